<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>MainWindow</name>
    <message>
        <source>waconsole</source>
        <translation>waconsole</translation>
    </message>
    <message>
        <source>Paste or open a Cloud API message payload.</source>
        <translation>Cole ou abra o payload de uma mensagem da Cloud API.</translation>
    </message>
    <message>
        <source>&amp;Payload (JSON request body)</source>
        <translation>&amp;Payload (corpo JSON da requisição)</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblemas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About waconsole</source>
        <translation>&amp;Sobre o waconsole</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>Profi&amp;le</source>
        <translation>Perfi&amp;l</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Enviar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Send despite the problems, to see how the server answers (Sandbox only)</source>
        <translation>Enviar apesar dos problemas, para ver como o servidor responde (só no Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the payload (Ctrl+Return)</source>
        <translation>Enviar o payload (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>No secure storage on this computer: access tokens and app secrets are kept in memory for this session only and written nowhere.</source>
        <translation>Não há armazenamento seguro neste computador: tokens de acesso e segredos do app ficam na memória só nesta sessão e não são gravados em lugar nenhum.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Novo perfil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Graph &amp;base URL</source>
        <translation>URL &amp;base do Graph</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>&amp;Versão da API</translation>
    </message>
    <message>
        <source>&amp;Phone-number ID</source>
        <translation>ID do número de &amp;telefone</translation>
    </message>
    <message>
        <source>&amp;WABA ID</source>
        <translation>ID da &amp;WABA</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Token de acesso</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar o token de acesso</translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation>&amp;Segredo do app</translation>
    </message>
    <message>
        <source>Show the app secret</source>
        <translation>Mostrar o segredo do app</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Testar &amp;conexão</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
<context>
    <name>Wac</name>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>waconsole-cli: cannot read %1: %2</source>
        <translation>waconsole-cli: não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>waconsole-cli: %1 is not valid JSON: %2</source>
        <translation>waconsole-cli: %1 não é um JSON válido: %2</translation>
    </message>
    <message>
        <source>a JSON payload, or - for standard input</source>
        <translation>um payload JSON, ou - para a entrada padrão</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start or end with spaces.</source>
        <translation>&quot;%1&quot; não pode começar nem terminar com espaços.</translation>
    </message>
    <message>
        <source>The sections hold %1 rows in total; a list allows at most %2.</source>
        <translation>As seções têm %1 linhas no total; uma lista permite no máximo %2.</translation>
    </message>
    <message>
        <source>Without &quot;thumbnail_product_retailer_id&quot; the API is known to reject catalog messages in practice.</source>
        <translation>Sem &quot;thumbnail_product_retailer_id&quot; a API costuma rejeitar mensagens de catálogo na prática.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>&quot;%1&quot; é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of decimal degrees.</source>
        <translation>&quot;%1&quot; deve ser um número em graus decimais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a string; send it as a JSON number.</source>
        <translation>&quot;%1&quot; é uma string; envie-o como número JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it must be between %3 and %4.</source>
        <translation>&quot;%1&quot; é %2; deve estar entre %3 e %4.</translation>
    </message>
    <message>
        <source>a reaction cannot be sent as a reply.</source>
        <translation>uma reação não pode ser enviada como resposta.</translation>
    </message>
    <message>
        <source>&quot;emoji&quot; must be exactly one emoji (or empty to remove a reaction), not &quot;%1&quot;.</source>
        <translation>&quot;emoji&quot; deve ser exatamente um emoji (ou vazio para remover uma reação), não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either &quot;id&quot; or &quot;link&quot; for the %1, not both.</source>
        <translation>Informe &quot;id&quot; ou &quot;link&quot; para %1, não os dois.</translation>
    </message>
    <message>
        <source>The %1 needs an uploaded media &quot;id&quot; or an http(s) &quot;link&quot;.</source>
        <translation>%1 precisa de um &quot;id&quot; de mídia enviada ou de um &quot;link&quot; http(s).</translation>
    </message>
    <message>
        <source>template media take no caption.</source>
        <translation>mídias de modelo não aceitam legenda.</translation>
    </message>
    <message>
        <source>audio and sticker messages have no caption.</source>
        <translation>mensagens de áudio e figurinha não têm legenda.</translation>
    </message>
    <message>
        <source>A header&apos;s media shows no caption; use the body text.</source>
        <translation>A mídia do cabeçalho não mostra legenda; use o texto do corpo.</translation>
    </message>
    <message>
        <source>only documents have a file name.</source>
        <translation>apenas documentos têm nome de arquivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing: the legacy reference requires it, and an address shows only under a name.</source>
        <translation>&quot;%1&quot; está ausente: a referência antiga o exige, e um endereço só aparece abaixo de um nome.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>um array</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 deve ser %2, não %3.</translation>
    </message>
    <message>
        <source>Each entry of %1 must be %2, not %3.</source>
        <translation>Cada item de %1 deve ser %2, não %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 não pode estar vazio.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, the limit is %3.</source>
        <translation>%1 é longo demais: %2 caracteres, o limite é %3.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be one of: %3.</source>
        <translation>%1 é &quot;%2&quot;; deve ser um de: %3.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation>%1 deve ser uma URL http:// ou https:// com host, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not allowed here: %2</source>
        <translation>%1 não é permitido aqui: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used more than once; each must be unique.</source>
        <translation>%1 &quot;%2&quot; é usado mais de uma vez; cada um deve ser único.</translation>
    </message>
    <message>
        <source>%1 is not a field waconsole knows here; it is kept and sent as is.</source>
        <translation>%1 não é um campo que o waconsole conhece aqui; ele é mantido e enviado como está.</translation>
    </message>
    <message>
        <source>Besides &quot;formatted_name&quot;, a contact&apos;s name needs at least one of first_name, last_name, middle_name, suffix or prefix.</source>
        <translation>Além de &quot;formatted_name&quot;, o nome do contato precisa de pelo menos um de first_name, last_name, middle_name, suffix ou prefix.</translation>
    </message>
    <message>
        <source>&quot;birthday&quot; is &quot;%1&quot;; it must be a real date written YYYY-MM-DD.</source>
        <translation>&quot;birthday&quot; é &quot;%1&quot;; deve ser uma data real no formato AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;country_code&quot; should be a two-letter country code, not &quot;%1&quot;.</source>
        <translation>&quot;country_code&quot; deve ser um código de país de duas letras, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>it is used only with flow_action &quot;navigate&quot;.</source>
        <translation>ele só é usado com flow_action &quot;navigate&quot;.</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a non-empty object, or be left out.</source>
        <translation>&quot;data&quot; deve ser um objeto não vazio, ou ser omitido.</translation>
    </message>
    <message>
        <source>Give either &quot;flow_id&quot; or &quot;flow_name&quot;, not both.</source>
        <translation>Informe &quot;flow_id&quot; ou &quot;flow_name&quot;, não os dois.</translation>
    </message>
    <message>
        <source>A flow message needs &quot;flow_id&quot; (or &quot;flow_name&quot;).</source>
        <translation>Uma mensagem de fluxo precisa de &quot;flow_id&quot; (ou &quot;flow_name&quot;).</translation>
    </message>
    <message>
        <source>&quot;flow_cta&quot; must not contain emoji.</source>
        <translation>&quot;flow_cta&quot; não pode conter emoji.</translation>
    </message>
    <message>
        <source>&quot;country&quot; must be a two-letter ISO country code such as IN, not &quot;%1&quot;.</source>
        <translation>&quot;country&quot; deve ser um código de país ISO de duas letras, como IN, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Address messages are documented for India (IN) only; &quot;%1&quot; may be rejected.</source>
        <translation>Mensagens de endereço são documentadas apenas para a Índia (IN); &quot;%1&quot; pode ser rejeitado.</translation>
    </message>
    <message>
        <source>The sections hold %1 products in total; at most %2 are allowed.</source>
        <translation>As seções têm %1 produtos no total; no máximo %2 são permitidos.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; message has no header.</source>
        <translation>uma mensagem &quot;%1&quot; não tem cabeçalho.</translation>
    </message>
    <message>
        <source>No source documents a header on a &quot;%1&quot; message.</source>
        <translation>Nenhuma fonte documenta um cabeçalho em uma mensagem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;text&quot; has %1 characters: the 2026 list page allows %2, but the legacy reference and SDKs stop at %3.</source>
        <translation>&quot;text&quot; tem %1 caracteres: a página de listas de 2026 permite %2, mas a referência antiga e os SDKs param em %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; messages are sent as written; waconsole does not check them.</source>
        <translation>Mensagens &quot;%1&quot; são enviadas como escritas; o waconsole não as verifica.</translation>
    </message>
    <message>
        <source>&quot;form_message&quot; appears in one reference example but no Cloud API page documents it; it is sent as written and may be rejected.</source>
        <translation>&quot;form_message&quot; aparece em um exemplo da referência, mas nenhuma página da Cloud API o documenta; é enviado como escrito e pode ser rejeitado.</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing: the 2026 reference marks a section title as required even for a single section.</source>
        <translation>&quot;title&quot; está ausente: a referência de 2026 exige título de seção mesmo com uma única seção.</translation>
    </message>
    <message>
        <source>&quot;parameter_name&quot; is &quot;%1&quot;; names hold lowercase letters and underscores.</source>
        <translation>&quot;parameter_name&quot; é &quot;%1&quot;; nomes contêm letras minúsculas e sublinhados.</translation>
    </message>
    <message>
        <source>&quot;code&quot; is &quot;%1&quot;, which is not an ISO 4217 currency code such as USD.</source>
        <translation>&quot;code&quot; é &quot;%1&quot;, que não é um código de moeda ISO 4217 como USD.</translation>
    </message>
    <message>
        <source>&quot;amount_1000&quot; must be a whole number (the amount times 1000), not %1.</source>
        <translation>&quot;amount_1000&quot; deve ser um número inteiro (o valor vezes 1000), não %1.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; must be a whole number from 1 to 43200.</source>
        <translation>&quot;ttl_minutes&quot; deve ser um número inteiro de 1 a 43200.</translation>
    </message>
    <message>
        <source>Template names hold only lowercase letters, digits and underscores; &quot;%1&quot; does not.</source>
        <translation>Nomes de modelos contêm apenas letras minúsculas, dígitos e sublinhados; &quot;%1&quot; não.</translation>
    </message>
    <message>
        <source>&quot;code&quot; is &quot;%1&quot;; a template language code looks like en or en_US.</source>
        <translation>&quot;code&quot; é &quot;%1&quot;; um código de idioma de modelo é como en ou en_US.</translation>
    </message>
    <message>
        <source>A button component needs its &quot;index&quot;.</source>
        <translation>Um componente de botão precisa do seu &quot;index&quot;.</translation>
    </message>
    <message>
        <source>&quot;index&quot; must be a whole number from 0 to %1 (the button&apos;s position).</source>
        <translation>&quot;index&quot; deve ser um número inteiro de 0 a %1 (a posição do botão).</translation>
    </message>
    <message>
        <source>Button index %1 is used by more than one component.</source>
        <translation>O índice de botão %1 é usado por mais de um componente.</translation>
    </message>
    <message>
        <source>Either every parameter of a component has a &quot;parameter_name&quot; (named template) or none has (positional template).</source>
        <translation>Ou todos os parâmetros de um componente têm &quot;parameter_name&quot; (modelo nomeado) ou nenhum tem (modelo posicional).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; components are sent as written; waconsole does not check them.</source>
        <translation>Componentes &quot;%1&quot; são enviados como escritos; o waconsole não os verifica.</translation>
    </message>
    <message>
        <source>a template footer takes no parameters.</source>
        <translation>o rodapé de um modelo não aceita parâmetros.</translation>
    </message>
    <message>
        <source>&quot;to&quot; must hold the recipient&apos;s phone number.</source>
        <translation>&quot;to&quot; deve conter o número de telefone do destinatário.</translation>
    </message>
    <message>
        <source>&quot;to&quot; contains &quot;%1&quot;; a phone number may hold only digits, a leading +, spaces, hyphens and parentheses.</source>
        <translation>&quot;to&quot; contém &quot;%1&quot;; um número de telefone só pode ter dígitos, um + inicial, espaços, hífens e parênteses.</translation>
    </message>
    <message>
        <source>&quot;to&quot; has %1 digits; a phone number with its country code has at least %2.</source>
        <translation>&quot;to&quot; tem %1 dígitos; um número com código do país tem pelo menos %2.</translation>
    </message>
    <message>
        <source>&quot;to&quot; has %1 digits; an international number has at most %2.</source>
        <translation>&quot;to&quot; tem %1 dígitos; um número internacional tem no máximo %2.</translation>
    </message>
    <message>
        <source>&quot;to&quot; has no leading + and country code: the business number&apos;s country code will be prepended, which may reach the wrong person.</source>
        <translation>&quot;to&quot; não tem + inicial e código do país: o código do país do número da empresa será adicionado, o que pode atingir a pessoa errada.</translation>
    </message>
    <message>
        <source>A message must be a JSON object.</source>
        <translation>Uma mensagem deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ignored because the message type is &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; é ignorado porque o tipo da mensagem é &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n items; at least %2 required.</source>
        <translation>
            <numerusform>A quantidade de itens em %1 é %n; são necessários pelo menos %2.</numerusform>
            <numerusform>%1 tem %n itens; são necessários pelo menos %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n items; at most %2 allowed.</source>
        <translation>
            <numerusform>A quantidade de itens em %1 é %n; são permitidos no máximo %2.</numerusform>
            <numerusform>%1 tem %n itens; são permitidos no máximo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>waconsole-cli: %1 holds JSON, but not a message object.</source>
        <translation>waconsole-cli: %1 contém JSON, mas não um objeto de mensagem.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Aceito.</translation>
    </message>
    <message>
        <source>Not sent: the request did not reach the server.</source>
        <translation>Não enviado: a requisição não chegou ao servidor.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request left, but no complete answer came back.</source>
        <translation>Resultado desconhecido: a requisição saiu, mas nenhuma resposta completa voltou.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes do envio.</translation>
    </message>
    <message>
        <source>Not authorised: the access token was refused.</source>
        <translation>Não autorizado: o token de acesso foi recusado.</translation>
    </message>
    <message>
        <source>Rate limited: too many messages.</source>
        <translation>Limite de taxa: mensagens demais.</translation>
    </message>
    <message>
        <source>Rejected: a parameter is missing or not valid.</source>
        <translation>Rejeitado: um parâmetro está ausente ou inválido.</translation>
    </message>
    <message>
        <source>Not delivered: the customer&apos;s 24-hour window is closed.</source>
        <translation>Não entregue: a janela de 24 horas do cliente está fechada.</translation>
    </message>
    <message>
        <source>Rejected: the template does not match.</source>
        <translation>Rejeitado: o modelo não corresponde.</translation>
    </message>
    <message>
        <source>The media could not be fetched or sent.</source>
        <translation>A mídia não pôde ser obtida ou enviada.</translation>
    </message>
    <message>
        <source>Not deliverable to this recipient.</source>
        <translation>Não pode ser entregue a este destinatário.</translation>
    </message>
    <message>
        <source>The business account is restricted.</source>
        <translation>A conta comercial está restrita.</translation>
    </message>
    <message>
        <source>The server failed.</source>
        <translation>O servidor falhou.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>A requisição falhou.</translation>
    </message>
    <message>
        <source>Update the profile&apos;s access token (a system-user token does not expire).</source>
        <translation>Atualize o token de acesso do perfil (um token de usuário do sistema não expira).</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: send an approved template instead.</source>
        <translation>Passaram-se mais de 24 horas desde a última mensagem do cliente: envie um modelo aprovado.</translation>
    </message>
    <message>
        <source>Wait before writing to this user again: the pair limit allows about one message every 6 seconds.</source>
        <translation>Espere antes de escrever de novo a este usuário: o limite por par permite cerca de uma mensagem a cada 6 segundos.</translation>
    </message>
    <message>
        <source>Slow down and retry later; the limit resets on its own.</source>
        <translation>Diminua o ritmo e tente mais tarde; o limite se restabelece sozinho.</translation>
    </message>
    <message>
        <source>The number may not use WhatsApp, or has not accepted the terms, or runs an old version. Check the number.</source>
        <translation>O número pode não usar WhatsApp, não ter aceitado os termos ou usar uma versão antiga. Verifique o número.</translation>
    </message>
    <message>
        <source>A test number can only message the numbers on its allowed list; add this one in the App Dashboard.</source>
        <translation>Um número de teste só envia para os números da sua lista permitida; adicione este no Painel do App.</translation>
    </message>
    <message>
        <source>The recipient is this business number itself; choose another recipient.</source>
        <translation>O destinatário é o próprio número da empresa; escolha outro destinatário.</translation>
    </message>
    <message>
        <source>Check the media&apos;s MIME type and size, and that its link is public.</source>
        <translation>Verifique o tipo MIME e o tamanho da mídia, e se o link é público.</translation>
    </message>
    <message>
        <source>Give exactly one parameter per template variable.</source>
        <translation>Informe exatamente um parâmetro por variável do modelo.</translation>
    </message>
    <message>
        <source>Check the template&apos;s name and language, and that it is approved.</source>
        <translation>Verifique o nome e o idioma do modelo, e se ele está aprovado.</translation>
    </message>
    <message>
        <source>Match each parameter&apos;s format (text, image, …) to the template&apos;s definition.</source>
        <translation>Ajuste o formato de cada parâmetro (texto, imagem, …) à definição do modelo.</translation>
    </message>
    <message>
        <source>The template is paused for low quality; edit it or use another.</source>
        <translation>O modelo está pausado por baixa qualidade; edite-o ou use outro.</translation>
    </message>
    <message>
        <source>Correct the field named in the details and send again.</source>
        <translation>Corrija o campo indicado nos detalhes e envie de novo.</translation>
    </message>
    <message>
        <source>Check the network and the profile&apos;s address; nothing went out, so sending again is safe.</source>
        <translation>Verifique a rede e o endereço do perfil; nada saiu, então enviar de novo é seguro.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s chat or the status webhooks before sending again: the message may have gone out.</source>
        <translation>Verifique o chat do destinatário ou os webhooks de status antes de enviar de novo: a mensagem pode ter saído.</translation>
    </message>
    <message>
        <source>Retry later. If the outcome matters, check before resending.</source>
        <translation>Tente mais tarde. Se o resultado importa, verifique antes de reenviar.</translation>
    </message>
    <message>
        <source>Compare the parameters with the template&apos;s definition.</source>
        <translation>Compare os parâmetros com a definição do modelo.</translation>
    </message>
    <message>
        <source>The profile has no access token.</source>
        <translation>O perfil não tem token de acesso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL with a host.</source>
        <translation>&quot;%1&quot; não é uma URL com host.</translation>
    </message>
    <message>
        <source>%1 is not https: a token is sent only over https, or plain http to this computer (the Sandbox).</source>
        <translation>%1 não é https: um token só é enviado por https, ou por http simples para este computador (o Sandbox).</translation>
    </message>
    <message>
        <source>Cancelled after the request had left.</source>
        <translation>Cancelado depois que a requisição saiu.</translation>
    </message>
    <message>
        <source>Cancelled before the request left.</source>
        <translation>Cancelado antes de a requisição sair.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>O certificado do servidor foi recusado: %1</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent and before any answer.</source>
        <translation>A conexão fechou depois do envio da requisição e antes de qualquer resposta.</translation>
    </message>
    <message>
        <source>No answer within the time limit.</source>
        <translation>Nenhuma resposta dentro do tempo limite.</translation>
    </message>
    <message>
        <source>The server answered 200 with an empty body.</source>
        <translation>O servidor respondeu 200 com corpo vazio.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is incomplete or not JSON.</source>
        <translation>A resposta do servidor está incompleta ou não é JSON.</translation>
    </message>
    <message>
        <source>HTTP %1 without a Graph error body.</source>
        <translation>HTTP %1 sem corpo de erro do Graph.</translation>
    </message>
    <message>
        <source>send: the Graph API address.</source>
        <translation>send: o endereço da Graph API.</translation>
    </message>
    <message>
        <source>send: the sending number&apos;s ID.</source>
        <translation>send: o ID do número remetente.</translation>
    </message>
    <message>
        <source>send: the API version (default v25.0).</source>
        <translation>send: a versão da API (padrão v25.0).</translation>
    </message>
    <message>
        <source>send: seconds to wait for the answer (default 30).</source>
        <translation>send: segundos de espera pela resposta (padrão 30).</translation>
    </message>
    <message>
        <source>send: send even when the payload has errors.</source>
        <translation>send: enviar mesmo quando o payload tem erros.</translation>
    </message>
    <message>
        <source>Accepted (not yet delivered): %1</source>
        <translation>Aceito (ainda não entregue): %1</translation>
    </message>
    <message>
        <source>WhatsApp ID %1 differs from the number given, %2.</source>
        <translation>O WhatsApp ID %1 difere do número informado, %2.</translation>
    </message>
    <message>
        <source>Pacing status: %1</source>
        <translation>Status de cadência: %1</translation>
    </message>
    <message>
        <source>waconsole-cli: the input is JSON, but not a message object.</source>
        <translation>waconsole-cli: a entrada é JSON, mas não um objeto de mensagem.</translation>
    </message>
    <message>
        <source>waconsole-cli: set WACONSOLE_TOKEN to the access token (it is never taken from the command line).</source>
        <translation>waconsole-cli: defina WACONSOLE_TOKEN com o token de acesso (ele nunca é lido da linha de comando).</translation>
    </message>
    <message>
        <source>Not sent: the payload has errors (--send-anyway sends it to see the server&apos;s answer).</source>
        <translation>Não enviado: o payload tem erros (--send-anyway o envia para ver a resposta do servidor).</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>O chaveiro não respondeu em %1 s.</translation>
    </message>
    <message>
        <source>send: use this saved profile (its token comes from the keychain).</source>
        <translation>send: usar este perfil salvo (o token vem do chaveiro).</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot; (the Sandbox runs inside waconsole; use waconsole-sim with --base-url).</source>
        <translation>Nenhum perfil salvo se chama &quot;%1&quot; (o Sandbox roda dentro do waconsole; use o waconsole-sim com --base-url).</translation>
    </message>
    <message>
        <source>waconsole-cli: no access token is stored for profile &quot;%1&quot;; save one in waconsole, or set WACONSOLE_TOKEN.</source>
        <translation>waconsole-cli: nenhum token de acesso está salvo para o perfil &quot;%1&quot;; salve um no waconsole, ou defina WACONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>waconsole-cli: the keychain cannot be read (%1); set WACONSOLE_TOKEN.</source>
        <translation>waconsole-cli: o chaveiro não pode ser lido (%1); defina WACONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>A profile name has no leading or trailing spaces and no &quot;/&quot;.</source>
        <translation>Um nome de perfil não tem espaços no início ou no fim, nem &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be changed.</source>
        <translation>O perfil Sandbox é embutido e não pode ser alterado.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Graph base URL must be https (plain http only for this computer).</source>
        <translation>A URL base do Graph deve ser https (http simples só para este computador).</translation>
    </message>
    <message>
        <source>The API version looks like v25.0.</source>
        <translation>A versão da API tem a forma v25.0.</translation>
    </message>
    <message>
        <source>The phone-number ID is the number&apos;s numeric ID from the App Dashboard, not the phone number.</source>
        <translation>O ID do número de telefone é o ID numérico do Painel do App, não o número.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is numeric.</source>
        <translation>O ID da conta do WhatsApp Business é numérico.</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be deleted.</source>
        <translation>O perfil Sandbox é embutido e não pode ser excluído.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não há perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checks and converts WhatsApp Cloud API message payloads.

Commands:
  validate FILE|-   print one line per problem: POINTER: error|warning: message [code]
  roundtrip FILE|-  load the payload into waconsole&apos;s message model and print it back
  send FILE|-       send it: --profile NAME, or --base-url URL --phone-number-id ID
                    [--api-version V]; [--timeout SECONDS] [--send-anyway]; the token
                    comes from WACONSOLE_TOKEN or the profile&apos;s keychain entry, never
                    from the command line
  upload FILE       upload media with the same options as send [--type MIME];
                    prints {&quot;id&quot;: ...}

Exit codes: 0 no errors (warnings allowed) / accepted, 1 the payload has errors or the
API rejected it, 2 the input cannot be read or is not JSON, or the command line is wrong,
3 sent but the outcome is unknown (check before sending again), 4 not sent.</source>
        <translation>Verifica, converte e envia payloads de mensagens da WhatsApp Cloud API.

Comandos:
  validate FILE|-   imprime uma linha por problema: POINTER: error|warning: mensagem [código]
  roundtrip FILE|-  carrega o payload no modelo de mensagem do waconsole e o imprime de volta
  send FILE|-       envia: --profile NOME, ou --base-url URL --phone-number-id ID
                    [--api-version V]; [--timeout SECONDS] [--send-anyway]; o token vem
                    de WACONSOLE_TOKEN ou da entrada do perfil no chaveiro, nunca
                    da linha de comando
  upload FILE       envia uma mídia com as mesmas opções de send [--type MIME];
                    imprime {&quot;id&quot;: ...}

Códigos de saída: 0 sem erros (avisos permitidos) / aceito, 1 o payload tem erros ou a API o
rejeitou, 2 a entrada não pode ser lida ou não é JSON, ou a linha de comando está errada,
3 enviado, mas o resultado é desconhecido (verifique antes de reenviar), 4 não enviado.</translation>
    </message>
    <message>
        <source>validate, roundtrip, send or upload</source>
        <translation>validate, roundtrip, send ou upload</translation>
    </message>
    <message>
        <source>upload: the file&apos;s MIME type (default: detected from the file).</source>
        <translation>upload: o tipo MIME do arquivo (padrão: detectado pelo arquivo).</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli validate|roundtrip|send|upload FILE|-  (see --help)</source>
        <translation>Uso: waconsole-cli validate|roundtrip|send|upload FILE|-  (veja --help)</translation>
    </message>
    <message>
        <source>send and upload need --profile, or --base-url and --phone-number-id.</source>
        <translation>send e upload precisam de --profile, ou de --base-url e --phone-number-id.</translation>
    </message>
    <message>
        <source>Uploaded: media ID %1</source>
        <translation>Enviado: ID da mídia %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Não enviado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2, which WhatsApp does not take; use JPEG or PNG images, MP4 or 3GPP video, AAC, AMR, MP3, MP4 or OGG/Opus audio, PDF, Office or text documents, or WebP stickers.</source>
        <translation>%1 é %2, que o WhatsApp não aceita; use imagens JPEG ou PNG, vídeo MP4 ou 3GPP, áudio AAC, AMR, MP3, MP4 ou OGG/Opus, documentos PDF, Office ou texto, ou figurinhas WebP.</translation>
    </message>
    <message>
        <source>%1 is %2; %3 files may be at most %4.</source>
        <translation>%1 tem %2; arquivos %3 podem ter no máximo %4.</translation>
    </message>
</context>
<context>
    <name>Wac::MainWindow</name>
    <message>
        <source>Mark as read: %1</source>
        <translation>Marcar como lida: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Type: %1 · to %2</source>
        <translation>Tipo: %1 · para %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>The payload is not valid JSON.</source>
        <translation>O payload não é um JSON válido.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Não é JSON: %1</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>O payload não é um objeto JSON.</translation>
    </message>
    <message>
        <source>No problems: the payload is ready to send.</source>
        <translation>Nenhum problema: o payload está pronto para envio.</translation>
    </message>
    <message>
        <source>Open payload</source>
        <translation>Abrir payload</translation>
    </message>
    <message>
        <source>JSON payloads (*.json);;All files (*)</source>
        <translation>Payloads JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>About waconsole</source>
        <translation>Sobre o waconsole</translation>
    </message>
    <message>
        <source>&lt;b&gt;waconsole&lt;/b&gt; %1&lt;br&gt;Compose, validate and send WhatsApp Business Cloud API messages.</source>
        <translation>&lt;b&gt;waconsole&lt;/b&gt; %1&lt;br&gt;Componha, valide e envie mensagens da WhatsApp Business Cloud API.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2</source>
        <translation>Erros: %1, avisos: %2</translation>
    </message>
    <message>
        <source>Type: %1 · to %2 (no country code: the business number&apos;s code will be prepended)</source>
        <translation>Tipo: %1 · para %2 (sem código do país: o código do número da empresa será adicionado)</translation>
    </message>
    <message>
        <source>Sandbox · %1 · %2</source>
        <translation>Sandbox · %1 · %2</translation>
    </message>
    <message>
        <source>The built-in Cloud API simulator answers on this address while waconsole runs (token: sandbox-token).</source>
        <translation>O simulador embutido da Cloud API responde neste endereço enquanto o waconsole estiver aberto (token: sandbox-token).</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Segredos: só esta sessão</translation>
    </message>
    <message>
        <source>Secrets: OS keychain</source>
        <translation>Segredos: chaveiro do sistema</translation>
    </message>
    <message>
        <source>No secure storage was found: tokens are kept in memory until waconsole quits and written nowhere.</source>
        <translation>Nenhum armazenamento seguro foi encontrado: os tokens ficam na memória até o waconsole fechar e não são gravados em lugar nenhum.</translation>
    </message>
    <message>
        <source>Access tokens and app secrets are kept in the operating system&apos;s keychain.</source>
        <translation>Tokens de acesso e segredos do app ficam no chaveiro do sistema operacional.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sandbox (simulator)</source>
        <translation>Sandbox (simulador)</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>Enviando com %1…</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceito: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
</context>
<context>
    <name>Wac::ProfileDialog</name>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (embutido)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>embutido</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>no chaveiro; digite para trocar</translation>
    </message>
    <message>
        <source>The Sandbox is the simulator inside waconsole: everything works without a Meta account.</source>
        <translation>O Sandbox é o simulador dentro do waconsole: tudo funciona sem uma conta Meta.</translation>
    </message>
    <message>
        <source>paste the access token</source>
        <translation>cole o token de acesso</translation>
    </message>
    <message>
        <source>optional, for webhook signatures</source>
        <translation>opcional, para assinaturas de webhooks</translation>
    </message>
    <message>
        <source>Saved, but its secrets could not be moved: %1</source>
        <translation>Salvo, mas os segredos não puderam ser movidos: %1</translation>
    </message>
    <message>
        <source>Saved, but a secret could not be stored: %1</source>
        <translation>Salvo, mas um segredo não pôde ser guardado: %1</translation>
    </message>
    <message>
        <source>Saved; the secrets are kept for this session only.</source>
        <translation>Salvo; os segredos ficam só nesta sessão.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Confirm &amp;delete</source>
        <translation>Confirmar e&amp;xclusão</translation>
    </message>
    <message>
        <source>Click again to delete &quot;%1&quot; and its secrets.</source>
        <translation>Clique de novo para excluir &quot;%1&quot; e seus segredos.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; excluído.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Connected: %1 · %2</source>
        <translation>Conectado: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Wac::ResultPanel</name>
    <message>
        <source>The template is paced: this message was accepted for sending.</source>
        <translation>O modelo está com cadência: esta mensagem foi aceita para envio.</translation>
    </message>
    <message>
        <source>Held for quality assessment: it will be sent or dropped later.</source>
        <translation>Retida para avaliação de qualidade: será enviada ou descartada depois.</translation>
    </message>
    <message>
        <source>The template is paused: the message is held, not sent.</source>
        <translation>O modelo está pausado: a mensagem fica retida, não é enviada.</translation>
    </message>
    <message>
        <source>Pacing status: %1</source>
        <translation>Status de cadência: %1</translation>
    </message>
    <message>
        <source>Copy WAMID</source>
        <translation>Copiar WAMID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted&lt;/b&gt; — not yet delivered</source>
        <translation>&lt;b&gt;Aceito&lt;/b&gt; — ainda não entregue</translation>
    </message>
    <message>
        <source>WAMID: %1</source>
        <translation>WAMID: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensagem: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Addressed to WhatsApp ID %1 (you wrote %2).</source>
        <translation>Endereçado ao WhatsApp ID %1 (você escreveu %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WhatsApp Cloud API message console</source>
        <translation>Console de mensagens da WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>Start with this payload.</source>
        <translation>Iniciar com este payload.</translation>
    </message>
    <message>
        <source>The Sandbox simulator did not start: %1</source>
        <translation>O simulador Sandbox não iniciou: %1</translation>
    </message>
</context>
<context>
    <name>waconsole_sim</name>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Porta de escuta (padrão: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Endereço de escuta (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>An access token to accept (repeatable; default sandbox-token).</source>
        <translation>Um token de acesso aceito (repetível; padrão sandbox-token).</translation>
    </message>
    <message>
        <source>Template library: a {&quot;data&quot;: [templates]} JSON file.</source>
        <translation>Biblioteca de modelos: um arquivo JSON {&quot;data&quot;: [modelos]}.</translation>
    </message>
    <message>
        <source>Queue a fault: mode[:count[:path]]; modes delay, hang, close, reset, http500, http502, http503, malformed, empty, ratelimit (repeatable).</source>
        <translation>Enfileirar uma falha: mode[:count[:path]]; modos delay, hang, close, reset, http500, http502, http503, malformed, empty, ratelimit (repetível).</translation>
    </message>
    <message>
        <source>waconsole-sim: --fault %1: %2</source>
        <translation>waconsole-sim: --fault %1: %2</translation>
    </message>
    <message>
        <source>waconsole-sim: not an address: %1</source>
        <translation>waconsole-sim: não é um endereço: %1</translation>
    </message>
    <message>
        <source>waconsole-sim: %1</source>
        <translation>waconsole-sim: %1</translation>
    </message>
    <message>
        <source>  phone number id %1 (%2), WABA id %3, %4 templates</source>
        <translation>  ID do número de telefone %1 (%2), ID da WABA %3, %4 modelos</translation>
    </message>
    <message>
        <source>waconsole-sim stopped</source>
        <translation>waconsole-sim parado</translation>
    </message>
    <message>
        <source>Usage: waconsole-sim inbound --url URL --from NUMBER [--text TEXT] [--name NAME]</source>
        <translation>Uso: waconsole-sim inbound --url URL --from NÚMERO [--text TEXTO] [--name NOME]</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API simulator on loopback.
Graph endpoints: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, GET /{version}/{waba-id}/message_templates.
Control: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, POST /_sim/inbound, GET|POST /_sim/clock, GET|POST /_sim/options.
&quot;waconsole-sim inbound --url URL --from NUMBER&quot; sends a customer message to a running simulator.</source>
        <translation>Simulador da WhatsApp Cloud API em loopback.
Endpoints do Graph: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, GET /{version}/{waba-id}/message_templates.
Controle: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, POST /_sim/inbound, GET|POST /_sim/clock, GET|POST /_sim/options.
&quot;waconsole-sim inbound --url URL --from NÚMERO&quot; envia uma mensagem de cliente a um simulador em execução.</translation>
    </message>
    <message>
        <source>Send a customer message to a running simulator.</source>
        <translation>Enviar uma mensagem de cliente a um simulador em execução.</translation>
    </message>
    <message>
        <source>A callback URL for webhooks (repeatable).</source>
        <translation>Uma URL de callback para webhooks (repetível).</translation>
    </message>
    <message>
        <source>The app secret that signs webhooks (or set WACONSOLE_SIM_APP_SECRET, which other users cannot read in the process list).</source>
        <translation>O segredo do app que assina os webhooks (ou defina WACONSOLE_SIM_APP_SECRET, que outros usuários não leem na lista de processos).</translation>
    </message>
    <message>
        <source>Free-form sends outside the 24-hour window: async (accepted, then a failed webhook; default) or sync (400 at once).</source>
        <translation>Envios livres fora da janela de 24 horas: async (aceito, depois um webhook failed; padrão) ou sync (400 imediato).</translation>
    </message>
    <message>
        <source>Turn off the pair rate and throughput limits.</source>
        <translation>Desligar os limites de taxa por par e de vazão.</translation>
    </message>
    <message>
        <source>inbound: the running simulator&apos;s URL.</source>
        <translation>inbound: a URL do simulador em execução.</translation>
    </message>
    <message>
        <source>inbound: the customer&apos;s phone number.</source>
        <translation>inbound: o número de telefone do cliente.</translation>
    </message>
    <message>
        <source>inbound: the message text.</source>
        <translation>inbound: o texto da mensagem.</translation>
    </message>
    <message>
        <source>inbound: the customer&apos;s profile name.</source>
        <translation>inbound: o nome de perfil do cliente.</translation>
    </message>
    <message>
        <source>waconsole-sim: --window-errors is async or sync</source>
        <translation>waconsole-sim: --window-errors é async ou sync</translation>
    </message>
</context>
</TS>
