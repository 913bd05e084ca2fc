# SPDX-License-Identifier: GPL-3.0-or-later
# Writes each fuzz target's seed corpus into OUT/<target>/ from the fixtures the tests use
# (request bodies, webhook messages, template definitions), so the seeds follow the fixtures
# instead of being copies that drift. Run as: cmake -DSOURCE=<repo> -DOUT=<dir> -P seeds.cmake
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${OUT}")
set(crlf "\r\n")
# The reader's first byte is how many bytes arrive at a time (1 + byte % 64).
string(ASCII 1 piece1)
string(ASCII 3 piece3)
string(ASCII 7 piece7)

function(seed target name content)
    file(WRITE "${OUT}/${target}/${name}" "${content}")
endfunction()

# An HTTP/1.1 request with a body and the headers a client sends with it.
function(http_request out method target type body)
    string(LENGTH "${body}" length)
    set(head "${method} ${target} HTTP/1.1${crlf}Host: 127.0.0.1${crlf}")
    string(APPEND head "Authorization: Bearer sandbox-token${crlf}")
    if(NOT type STREQUAL "")
        string(APPEND head "Content-Type: ${type}${crlf}Content-Length: ${length}${crlf}")
    endif()
    set(${out} "${head}${crlf}${body}" PARENT_SCOPE)
endfunction()

# Request bodies: the reference's valid payloads and the examples the console opens.
file(GLOB bodies "${SOURCE}/tests/data/payloads/valid/*.json" "${SOURCE}/resources/examples/*.json")
set(messages "/v25.0/106540352242922/messages")
foreach(path IN LISTS bodies)
    get_filename_component(name "${path}" NAME_WE)
    file(READ "${path}" body)
    seed(payload "${name}.json" "${body}")
    seed(curlimport "${name}.json" "${body}")
    string(REPLACE "'" "'\\''" quoted "${body}")
    seed(curlimport "${name}.sh" "curl -X POST 'https://graph.facebook.com${messages}' \\\n  -H \"Authorization: Bearer $WACONSOLE_TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n  -d '${quoted}'\n")
    http_request(request POST "${messages}" "application/json" "${body}")
    seed(simhttp "${name}.http" "${request}")
endforeach()

# Webhook deliveries: each customer message of the fixture in a messages change, as Meta posts.
file(READ "${SOURCE}/tests/data/webhooks/inbound-messages.json" inbound)
string(JSON cases GET "${inbound}" cases)
string(JSON count LENGTH "${cases}")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON message GET "${cases}" ${i} message)
    set(delivery "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Pablo Morales\"},\"wa_id\":\"16505551234\"}],\"messages\":[${message}]}}]}]}")
    seed(webhookparser "message-${i}.json" "${delivery}")
    http_request(request POST "/webhook" "application/json" "${delivery}")
    seed(httprequestreader "message-${i}.http" "${piece7}${request}")
endforeach()
seed(webhookparser "status.json" "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"phone_number_id\":\"106540352242922\"},\"statuses\":[{\"id\":\"wamid.X\",\"status\":\"failed\",\"timestamp\":\"1714510003\",\"recipient_id\":\"16505551234\",\"errors\":[{\"code\":131047,\"title\":\"Re-engagement message\"}]}]}}]}]}")
seed(httprequestreader "verify.http" "${piece1}GET /webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=t HTTP/1.1${crlf}Host: x${crlf}${crlf}")
seed(httprequestreader "chunked.http" "${piece3}POST /webhook HTTP/1.1${crlf}Host: x${crlf}Transfer-Encoding: chunked${crlf}Expect: 100-continue${crlf}${crlf}5;x=y${crlf}{\"a\":${crlf}2${crlf}1}${crlf}0${crlf}Trailer: t${crlf}${crlf}GET / HTTP/1.0${crlf}${crlf}")

# Template definitions: the simulator's built-in ones, each as Graph lists it.
file(READ "${SOURCE}/resources/sim/templates.json" templates)
string(JSON definitions GET "${templates}" data)
string(JSON count LENGTH "${definitions}")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON definition GET "${definitions}" ${i})
    seed(templatedefinition "template-${i}.json" "${definition}")
endforeach()
http_request(request GET "/v25.0/102290129340398/message_templates?limit=5" "" "")
seed(simhttp "templates.http" "${request}")
http_request(request POST "/_sim/faults" "application/json" "{\"path\":\"${messages}\",\"mode\":\"hang\"}")
seed(simhttp "fault.http" "${request}${request}")

# Graph answers, one of each kind the client tells apart.
set(json "Content-Type: application/json; charset=UTF-8${crlf}")
seed(graphanswer "accepted.http" "HTTP/1.1 200 OK${crlf}${json}Content-Length: 99${crlf}${crlf}{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+16505551234\",\"wa_id\":\"16505551234\"}],\"messages\":[{\"id\":\"wamid.X\"}]}")
seed(graphanswer "window.http" "HTTP/1.1 400 Bad Request${crlf}${json}${crlf}{\"error\":{\"message\":\"Re-engagement message\",\"type\":\"OAuthException\",\"code\":131047,\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Message failed to send because more than 24 hours have passed\"},\"fbtrace_id\":\"AbC\"}}")
seed(graphanswer "token.http" "HTTP/1.1 401 Unauthorized${crlf}${json}Transfer-Encoding: chunked${crlf}${crlf}20${crlf}{\"error\":{\"code\":190,\"error_sub${crlf}15${crlf}code\":463,\"type\":\"x\"}}${crlf}0${crlf}${crlf}")
seed(graphanswer "proxy.http" "HTTP/1.1 502 Bad Gateway${crlf}Content-Type: text/html${crlf}${crlf}<html><body>Bad gateway</body></html>")
seed(graphanswer "redirect.http" "HTTP/1.1 307 Temporary Redirect${crlf}Location: https://login.example/${crlf}${crlf}")
seed(graphanswer "limit.http" "HTTP/1.0 429 Too Many Requests${crlf}${json}${crlf}{\"error\":{\"code\":130429,\"message\":\"Rate limit hit\"}}")

# History filters as the dock's bar and `history --filter` take them.
seed(historyfilter "terms.txt" "type:text status:failed to:+1555 wamid:wamid.X profile:Sandbox since:2026-11-01 until:2026-11-20")
seed(historyfilter "words.txt" "order \"shipped today\" status:read type:interactive.list")
seed(historyfilter "quotes.txt" "profile:'My shop' it's \"NEAR\" OR * -x")

# Media uploads as multipart/form-data: the Content-Type line, then the body.
set(boundary "----waconsole7MA4YWxkTrZu0gW")
set(part "--${boundary}${crlf}Content-Disposition: form-data; name=\"messaging_product\"${crlf}${crlf}whatsapp${crlf}--${boundary}${crlf}Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"${crlf}Content-Type: text/plain${crlf}${crlf}hello${crlf}--${boundary}--${crlf}")
seed(multipart "upload.txt" "multipart/form-data; boundary=${boundary}\n${part}")
seed(multipart "quoted.txt" "multipart/form-data; charset=utf-8; boundary=\"${boundary}\"\n${part}")
http_request(request POST "/v25.0/106540352242922/media" "multipart/form-data; boundary=${boundary}" "${part}")
seed(simhttp "upload.http" "${request}")
