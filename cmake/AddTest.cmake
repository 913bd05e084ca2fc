# waconsole_add_test(<name> <source> LIBS <libs...> [TIMEOUT <seconds>])
# One executable per test file; every test runs offscreen with a timeout.
function(waconsole_add_test name source)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test waconsole_common)
    target_compile_definitions(${name} PRIVATE
        WACONSOLE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8")
endfunction()

# The store suite's PostgreSQL server: tests/postgres/pgserver.sh starts a throwaway cluster
# before the first test that needs it and stops it after the last (CTest fixtures). Its folder
# is per build tree, so two builds on one machine do not share a server.
string(MD5 _waconsole_build_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_waconsole_build_hash}" 0 12 _waconsole_build_hash)
set(WACONSOLE_TEST_PG_DIR "/tmp/waconsole-pg-${_waconsole_build_hash}")

function(waconsole_add_postgres_fixture)
    add_test(NAME postgres_start
        COMMAND bash ${PROJECT_SOURCE_DIR}/tests/postgres/pgserver.sh start ${WACONSOLE_TEST_PG_DIR})
    set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres TIMEOUT 120)
    add_test(NAME postgres_stop
        COMMAND bash ${PROJECT_SOURCE_DIR}/tests/postgres/pgserver.sh stop ${WACONSOLE_TEST_PG_DIR})
    set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres TIMEOUT 60)
endfunction()

# waconsole_add_postgres_run(<test>): runs the test program <test> a second time, as
# <test>_postgres, with its stores on the fixture's server instead of SQLite files.
function(waconsole_add_postgres_run name)
    get_test_property(${name} TIMEOUT timeout)
    add_test(NAME ${name}_postgres COMMAND ${name})
    set_tests_properties(${name}_postgres PROPERTIES
        TIMEOUT ${timeout}
        FIXTURES_REQUIRED postgres
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;WACONSOLE_TEST_POSTGRES=${WACONSOLE_TEST_PG_DIR}")
endfunction()

# waconsole_postgres_only(<test>): the test <test> runs on the fixture's server only (many
# writers, notices between consoles, TLS, a server that goes away).
function(waconsole_postgres_only name)
    set_tests_properties(${name} PROPERTIES
        FIXTURES_REQUIRED postgres
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;WACONSOLE_TEST_POSTGRES=${WACONSOLE_TEST_PG_DIR}")
endfunction()
