<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About waconsole</source>
        <translation>Sobre o waconsole</translation>
    </message>
    <message>
        <source>Compose, validate, preview, send and follow WhatsApp Business Cloud API messages.</source>
        <translation>Compor, validar, pré-visualizar, enviar e acompanhar mensagens da WhatsApp Business Cloud API.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. There is no warranty.</source>
        <translation>Software livre sob a GNU General Public License, versão 3 ou posterior. Não há garantia.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Settings and profiles</source>
        <translation>Configurações e perfis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the settings folder</source>
        <translation>Abrir a pasta de configurações</translation>
    </message>
    <message>
        <source>History, templates and drafts</source>
        <translation>Histórico, modelos e rascunhos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Downloaded media</source>
        <translation>Mídia baixada</translation>
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation>Abrir a pasta de cache</translation>
    </message>
</context>
<context>
    <name>AddressComposerPage</name>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Two-letter ISO code: IN (India) and SG (Singapore) are supported</source>
        <translation>Código ISO de duas letras: IN (Índia) e SG (Singapura) são aceitos</translation>
    </message>
    <message>
        <source>Prefilled values</source>
        <translation>Valores pré-preenchidos</translation>
    </message>
    <message>
        <source>{ &quot;name&quot;: &quot;…&quot;, &quot;phone_number&quot;: &quot;…&quot;, &quot;in_pin_code&quot;: &quot;…&quot; }</source>
        <translation>{ &quot;name&quot;: &quot;…&quot;, &quot;phone_number&quot;: &quot;…&quot;, &quot;in_pin_code&quot;: &quot;…&quot; }</translation>
    </message>
    <message>
        <source>Optional: fields filled in for the customer, as a JSON object</source>
        <translation>Opcional: campos já preenchidos para o cliente, como objeto JSON</translation>
    </message>
</context>
<context>
    <name>BuilderAppEditor</name>
    <message>
        <source>Android package, e.g. com.example.app</source>
        <translation>Pacote Android, ex.: com.example.app</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Pacote Android</translation>
    </message>
    <message>
        <source>Signature hash (11 characters)</source>
        <translation>Hash da assinatura (11 caracteres)</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>Hash de assinatura do app</translation>
    </message>
    <message>
        <source>The 11-character hash of the app&apos;s signing key, e.g. K8a/AINcGX7</source>
        <translation>O hash de 11 caracteres da chave de assinatura do app, ex.: K8a/AINcGX7</translation>
    </message>
</context>
<context>
    <name>BuilderAuthenticationPage</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Add the security recommendation</source>
        <translation>Adicionar a recomendação de segurança</translation>
    </message>
    <message>
        <source>WhatsApp adds &quot;For your security, do not share this code.&quot; to the body</source>
        <translation>O WhatsApp adiciona &quot;Para sua segurança, não compartilhe este código.&quot; ao corpo</translation>
    </message>
    <message>
        <source>Code expires after</source>
        <translation>O código expira após</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Não exibido</translation>
    </message>
    <message>
        <source>One-time password button</source>
        <translation>Botão de senha de uso único</translation>
    </message>
    <message>
        <source>WhatsApp writes the body of an authentication template itself; the footer shows the expiry (1 to 90 minutes). One-tap and zero-tap need the Android app&apos;s package and signature hash.</source>
        <translation>O próprio WhatsApp escreve o corpo de um modelo de autenticação; o rodapé mostra a validade (1 a 90 minutos). Um toque e zero toque precisam do pacote e do hash de assinatura do app Android.</translation>
    </message>
</context>
<context>
    <name>BuilderBodyPage</name>
    <message>
        <source>Body &amp;text</source>
        <translation>&amp;Texto do corpo</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} is on its way.</source>
        <translation>Olá, {{1}}! Seu pedido {{2}} está a caminho.</translation>
    </message>
    <message>
        <source>&amp;Examples of the variables (Meta reviews the template with them)</source>
        <translation>E&amp;xemplos das variáveis (a Meta analisa o modelo com eles)</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Adicionar variável</translation>
    </message>
    <message>
        <source>Insert the next variable at the cursor</source>
        <translation>Inserir a próxima variável no cursor</translation>
    </message>
    <message>
        <source>Examples of the variables</source>
        <translation>Exemplos das variáveis</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
</context>
<context>
    <name>BuilderButtonEditor</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Button type</source>
        <translation>Tipo de botão</translation>
    </message>
    <message>
        <source>Code delivery</source>
        <translation>Entrega do código</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>Tipo de senha de uso único</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>What the button says (at most 25 characters)</source>
        <translation>O que o botão diz (até 25 caracteres)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://www.example.com/order/{{1}}</source>
        <translation>https://www.example.com/pedido/{{1}}</translation>
    </message>
    <message>
        <source>URL example</source>
        <translation>Exemplo de URL</translation>
    </message>
    <message>
        <source>A whole URL as sent, for the review</source>
        <translation>Uma URL completa, como enviada, para a análise</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>+15550100000</source>
        <translation>+15550100000</translation>
    </message>
    <message>
        <source>Code example</source>
        <translation>Exemplo de código</translation>
    </message>
    <message>
        <source>e.g. SAVE25 (at most 15 characters in an offer)</source>
        <translation>ex.: DESC25 (até 15 caracteres numa oferta)</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID do flow</translation>
    </message>
    <message>
        <source>The published flow&apos;s ID</source>
        <translation>O ID do flow publicado</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nome do flow</translation>
    </message>
    <message>
        <source>Or the flow&apos;s name</source>
        <translation>Ou o nome do flow</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Primeira tela</translation>
    </message>
    <message>
        <source>e.g. WELCOME_SCREEN</source>
        <translation>ex.: WELCOME_SCREEN</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Ação do flow</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texto do preenchimento</translation>
    </message>
    <message>
        <source>e.g. Autofill</source>
        <translation>ex.: Preencher automaticamente</translation>
    </message>
    <message>
        <source>The business accepted the zero-tap terms</source>
        <translation>A empresa aceitou os termos do zero toque</translation>
    </message>
    <message>
        <source>Call link valid for</source>
        <translation>Link de chamada válido por</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default (7 days)</source>
        <translation>Padrão (7 dias)</translation>
    </message>
    <message>
        <source>Android apps</source>
        <translation>Apps Android</translation>
    </message>
</context>
<context>
    <name>BuilderButtonsPage</name>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>At most 10 buttons: up to 10 quick replies (kept together), 2 URL buttons, 1 phone number and 1 copy-code button. Each text at most 25 characters.</source>
        <translation>No máximo 10 botões: até 10 respostas rápidas (juntas), 2 botões de URL, 1 de telefone e 1 de copiar código. Cada texto com até 25 caracteres.</translation>
    </message>
</context>
<context>
    <name>BuilderCardEditor</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Card header</source>
        <translation>Cabeçalho do cartão</translation>
    </message>
    <message>
        <source>Media example</source>
        <translation>Exemplo de mídia</translation>
    </message>
    <message>
        <source>The upload handle (4::...) of a sample</source>
        <translation>O handle de upload (4::...) de uma amostra</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texto do cartão</translation>
    </message>
    <message>
        <source>Optional: at most 160 characters, variables {{1}}...</source>
        <translation>Opcional: até 160 caracteres, variáveis {{1}}...</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Card buttons</source>
        <translation>Botões do cartão</translation>
    </message>
</context>
<context>
    <name>BuilderCarouselPage</name>
    <message>
        <source>Carousel cards</source>
        <translation>Cartões do carrossel</translation>
    </message>
    <message>
        <source>Add a &amp;carousel</source>
        <translation>Adicionar um &amp;carrossel</translation>
    </message>
    <message>
        <source>Remove the carousel</source>
        <translation>Remover o carrossel</translation>
    </message>
    <message>
        <source>2 to 10 cards, fixed when the template is created; every card has the same components: an image or video header (a product header in a product carousel), optional text (all cards or none) and up to 2 buttons.</source>
        <translation>De 2 a 10 cartões, fixados quando o modelo é criado; todo cartão tem os mesmos componentes: um cabeçalho de imagem ou vídeo (de produto num carrossel de produtos), texto opcional (em todos os cartões ou em nenhum) e até 2 botões.</translation>
    </message>
</context>
<context>
    <name>BuilderFooterPage</name>
    <message>
        <source>&amp;Footer</source>
        <translation>R&amp;odapé</translation>
    </message>
    <message>
        <source>e.g. Reply STOP to unsubscribe</source>
        <translation>ex.: Responda SAIR para cancelar a inscrição</translation>
    </message>
    <message>
        <source>At most 60 characters, no variables; empty: no footer</source>
        <translation>No máximo 60 caracteres, sem variáveis; vazio: sem rodapé</translation>
    </message>
</context>
<context>
    <name>BuilderHeaderPage</name>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>e.g. Your order {{1}}</source>
        <translation>ex.: Seu pedido {{1}}</translation>
    </message>
    <message>
        <source>At most 60 characters and one variable; no emoji, asterisks or new lines</source>
        <translation>No máximo 60 caracteres e uma variável; sem emoji, asteriscos ou quebras de linha</translation>
    </message>
    <message>
        <source>&amp;Example</source>
        <translation>E&amp;xemplo</translation>
    </message>
    <message>
        <source>What the variable shows in review</source>
        <translation>O que a variável mostra na análise</translation>
    </message>
    <message>
        <source>E&amp;xample media</source>
        <translation>&amp;Mídia de exemplo</translation>
    </message>
    <message>
        <source>The handle the Resumable Upload API returned (4::aW1…)</source>
        <translation>O identificador que a Resumable Upload API retornou (4::aW1…)</translation>
    </message>
    <message>
        <source>Meta reviews a media header with this sample file (example.header_handle). Upload the file first with Meta&apos;s Resumable Upload API (POST /{app-id}/uploads, then the file to the upload session) and paste the handle it returns.</source>
        <translation>A Meta analisa um cabeçalho de mídia com este arquivo de exemplo (example.header_handle). Envie o arquivo antes com a Resumable Upload API da Meta (POST /{app-id}/uploads e depois o arquivo para a sessão de envio) e cole o identificador que ela retornar.</translation>
    </message>
</context>
<context>
    <name>BuilderIdentityPage</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>e.g. order_confirmation</source>
        <translation>ex.: order_confirmation</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, at most 512 characters</source>
        <translation>Letras minúsculas, dígitos e sublinhados, no máximo 512 caracteres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variáveis</translation>
    </message>
    <message>
        <source>Switching renames the header&apos;s and body&apos;s variables: {{1}} becomes {{var_1}}, names become numbers in the order they appear</source>
        <translation>Trocar renomeia as variáveis do cabeçalho e do corpo: {{1}} vira {{var_1}}, nomes viram números na ordem em que aparecem</translation>
    </message>
</context>
<context>
    <name>BuilderOfferPage</name>
    <message>
        <source>Limited-time offer</source>
        <translation>Oferta por tempo limitado</translation>
    </message>
    <message>
        <source>Show a limited-time offer</source>
        <translation>Mostrar uma oferta por tempo limitado</translation>
    </message>
    <message>
        <source>Offer text</source>
        <translation>Texto da oferta</translation>
    </message>
    <message>
        <source>e.g. Expiring offer! (at most 16 characters)</source>
        <translation>ex.: Oferta acabando! (até 16 caracteres)</translation>
    </message>
    <message>
        <source>The offer expires (its time is given at send)</source>
        <translation>A oferta expira (o horário é informado no envio)</translation>
    </message>
    <message>
        <source>Marketing templates only, without a footer; the body is at most 600 characters and an offer code at most 15. WhatsApp Web and desktop do not show the offer.</source>
        <translation>Só modelos de marketing, sem rodapé; o corpo tem até 600 caracteres e o código da oferta, até 15. O WhatsApp Web e o desktop não mostram a oferta.</translation>
    </message>
</context>
<context>
    <name>ButtonsComposerPage</name>
    <message>
        <source>Reply buttons</source>
        <translation>Botões de resposta</translation>
    </message>
    <message>
        <source>One to three buttons. Each title (at most 20 characters) and each ID must be unique.</source>
        <translation>De um a três botões. Cada título (até 20 caracteres) e cada ID devem ser únicos.</translation>
    </message>
</context>
<context>
    <name>CallPermissionComposerPage</name>
    <message>
        <source>The customer sees your message with buttons to allow or decline your calls; their answer comes back as a call_permission_reply webhook. WhatsApp allows 1 request per customer in 24 hours and 2 in 7 days; an allowed permission lasts 7 days unless the customer makes it permanent.</source>
        <translation>O cliente vê sua mensagem com botões para permitir ou recusar suas chamadas; a resposta dele volta como um webhook call_permission_reply. O WhatsApp permite 1 pedido por cliente a cada 24 horas e 2 a cada 7 dias; uma permissão concedida dura 7 dias, a menos que o cliente a torne permanente.</translation>
    </message>
</context>
<context>
    <name>CarouselCardEditor</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Card header</source>
        <translation>Cabeçalho do cartão</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Card media</source>
        <translation>Mídia do cartão</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texto do cartão</translation>
    </message>
    <message>
        <source>Optional: at most 160 characters and 2 line breaks</source>
        <translation>Opcional: no máximo 160 caracteres e 2 quebras de linha</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Texto do botão</translation>
    </message>
    <message>
        <source>e.g. Buy now</source>
        <translation>ex.: Comprar agora</translation>
    </message>
    <message>
        <source>Button URL</source>
        <translation>URL do botão</translation>
    </message>
    <message>
        <source>https://www.example.com/product</source>
        <translation>https://www.example.com/product</translation>
    </message>
    <message>
        <source>Product retailer ID</source>
        <translation>ID do produto no varejista</translation>
    </message>
    <message>
        <source>The product&apos;s retailer ID in the catalog</source>
        <translation>O ID do varejista do produto no catálogo</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
</context>
<context>
    <name>CarouselComposerPage</name>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corpo</translation>
    </message>
    <message>
        <source>The message above the cards</source>
        <translation>A mensagem acima dos cartões</translation>
    </message>
    <message>
        <source>Card &amp;kind</source>
        <translation>&amp;Tipo de cartão</translation>
    </message>
    <message>
        <source>B&amp;uttons</source>
        <translation>&amp;Botões</translation>
    </message>
    <message>
        <source>Buttons on every card</source>
        <translation>Botões em todos os cartões</translation>
    </message>
    <message>
        <source>Cata&amp;log ID</source>
        <translation>ID do catá&amp;logo</translation>
    </message>
    <message>
        <source>The one catalog of every card</source>
        <translation>O único catálogo de todos os cartões</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>Two to ten cards, shown left to right. Every card is of the same kind with the same buttons: quick replies need as many on each card. Product cards come from one catalog.</source>
        <translation>De dois a dez cartões, exibidos da esquerda para a direita. Todos os cartões são do mesmo tipo, com os mesmos botões: respostas rápidas precisam da mesma quantidade em cada cartão. Cartões de produto vêm de um só catálogo.</translation>
    </message>
</context>
<context>
    <name>CatalogComposerPage</name>
    <message>
        <source>Thumbnail &amp;product</source>
        <translation>&amp;Produto da miniatura</translation>
    </message>
    <message>
        <source>Optional: the retailer ID of the product shown; the first one otherwise</source>
        <translation>Opcional: o ID do varejista do produto exibido; senão, o primeiro</translation>
    </message>
</context>
<context>
    <name>ComposerRegistry</name>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interativas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation>Botões de resposta</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Call-to-action URL</source>
        <translation>URL de CTA</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Location request</source>
        <translation>Pedido de localização</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>Lista de produtos</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <source>Other type</source>
        <translation>Outro tipo</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Chamada de voz</translation>
    </message>
    <message>
        <source>Call permission request</source>
        <translation>Permissão de chamada</translation>
    </message>
    <message>
        <source>Contact info request</source>
        <translation>Pedido de contato</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Detalhes do pedido</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Status do pedido</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
</context>
<context>
    <name>ContactAddressEditor</name>
    <message>
        <source>Street</source>
        <translation>Rua</translation>
    </message>
    <message>
        <source>1 Hacker Way</source>
        <translation>1 Hacker Way</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Two-letter ISO country code</source>
        <translation>Código ISO do país, com duas letras</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código do país</translation>
    </message>
    <message>
        <source>HOME or WORK</source>
        <translation>HOME ou WORK</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>Tipo de endereço</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>John Smith</source>
        <translation>João Silva</translation>
    </message>
    <message>
        <source>The name as shown on the card (required)</source>
        <translation>O nome como aparece no cartão (obrigatório)</translation>
    </message>
    <message>
        <source>Name parts</source>
        <translation>Partes do nome</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefixo</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Nome do meio</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Aniversário</translation>
    </message>
    <message>
        <source>Has a birthday</source>
        <translation>Tem aniversário</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Prefix, suffix</source>
        <translation>Prefixo, sufixo</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>ex.: Dr.</translation>
    </message>
    <message>
        <source>e.g. Jr.</source>
        <translation>ex.: Jr.</translation>
    </message>
</context>
<context>
    <name>ContactEntryEditor</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>HOME, WORK, CELL, MAIN, IPHONE…</source>
        <translation>HOME, WORK, CELL, MAIN, IPHONE…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID do WhatsApp</translation>
    </message>
    <message>
        <source>The WhatsApp ID of this number, when known</source>
        <translation>O ID do WhatsApp deste número, quando conhecido</translation>
    </message>
</context>
<context>
    <name>ContactInfoComposerPage</name>
    <message>
        <source>The customer sees your message with a Share contact info button, whose text WhatsApp sets in the customer&apos;s language. Their phone number comes back in a contacts webhook with origin contact_request.</source>
        <translation>O cliente vê sua mensagem com um botão Compartilhar dados de contato, cujo texto o WhatsApp define no idioma do cliente. O número de telefone dele volta em um webhook contacts com origin contact_request.</translation>
    </message>
</context>
<context>
    <name>ContactsComposerPage</name>
    <message>
        <source>Each contact is sent as a card the customer can save or message.</source>
        <translation>Cada contato vai como um cartão que o cliente pode salvar ou usar para mandar mensagem.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
</context>
<context>
    <name>ConversationsPane</name>
    <message>
        <source>Search names, numbers and messages</source>
        <translation>Buscar nomes, números e mensagens</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Pesquisar nas conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
</context>
<context>
    <name>CtaUrlComposerPage</name>
    <message>
        <source>Button te&amp;xt</source>
        <translation>Te&amp;xto do botão</translation>
    </message>
    <message>
        <source>e.g. See dates</source>
        <translation>ex.: Ver datas</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>https://www.example.com/offer</source>
        <translation>https://www.example.com/offer</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Thumbs up</source>
        <translation>Joinha</translation>
    </message>
    <message>
        <source>Red heart</source>
        <translation>Coração vermelho</translation>
    </message>
    <message>
        <source>Face with tears of joy</source>
        <translation>Rosto chorando de rir</translation>
    </message>
    <message>
        <source>Face with open mouth</source>
        <translation>Rosto com boca aberta</translation>
    </message>
    <message>
        <source>Crying face</source>
        <translation>Rosto chorando</translation>
    </message>
    <message>
        <source>Folded hands</source>
        <translation>Mãos juntas</translation>
    </message>
    <message>
        <source>Clapping hands</source>
        <translation>Aplausos</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fogo</translation>
    </message>
    <message>
        <source>Party popper</source>
        <translation>Confete</translation>
    </message>
    <message>
        <source>Smiling face with heart-eyes</source>
        <translation>Rosto sorridente com olhos de coração</translation>
    </message>
    <message>
        <source>Thinking face</source>
        <translation>Rosto pensativo</translation>
    </message>
    <message>
        <source>OK hand</source>
        <translation>Sinal de OK</translation>
    </message>
    <message>
        <source>Hundred points</source>
        <translation>Cem pontos</translation>
    </message>
    <message>
        <source>Check mark button</source>
        <translation>Marca de seleção</translation>
    </message>
    <message>
        <source>Smiling face with smiling eyes</source>
        <translation>Rosto sorridente com olhos sorridentes</translation>
    </message>
    <message>
        <source>Raising hands</source>
        <translation>Mãos para o alto</translation>
    </message>
    <message>
        <source>Grinning face with sweat</source>
        <translation>Rosto sorrindo com suor</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Aperto de mãos</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrela</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Foguete</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Olhos</translation>
    </message>
    <message>
        <source>Waving hand</source>
        <translation>Mão acenando</translation>
    </message>
    <message>
        <source>Person shrugging</source>
        <translation>Pessoa dando de ombros</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>Polegar para baixo</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; não é um número.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
    <message>
        <source>Must be a JSON object: { … }.</source>
        <translation>Deve ser um objeto JSON: { … }.</translation>
    </message>
</context>
<context>
    <name>FlowComposerPage</name>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>By I&amp;D</source>
        <translation>Por I&amp;D</translation>
    </message>
    <message>
        <source>By na&amp;me</source>
        <translation>Por no&amp;me</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID do flow</translation>
    </message>
    <message>
        <source>e.g. 1234567890</source>
        <translation>ex.: 1234567890</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nome do flow</translation>
    </message>
    <message>
        <source>The flow&apos;s name in WhatsApp Manager</source>
        <translation>O nome do flow no WhatsApp Manager</translation>
    </message>
    <message>
        <source>Button te&amp;xt</source>
        <translation>Te&amp;xto do botão</translation>
    </message>
    <message>
        <source>e.g. Book now</source>
        <translation>ex.: Reservar agora</translation>
    </message>
    <message>
        <source>Flow to&amp;ken</source>
        <translation>To&amp;ken do flow</translation>
    </message>
    <message>
        <source>Identifies this session in your endpoint</source>
        <translation>Identifica esta sessão no seu endpoint</translation>
    </message>
    <message>
        <source>Message version</source>
        <translation>Versão da mensagem</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Primeira tela</translation>
    </message>
    <message>
        <source>Screen ID, for the navigate action</source>
        <translation>ID da tela, para a ação navigate</translation>
    </message>
    <message>
        <source>Screen data</source>
        <translation>Dados da tela</translation>
    </message>
    <message>
        <source>{ &quot;product_name&quot;: &quot;name&quot; }</source>
        <translation>{ &quot;product_name&quot;: &quot;name&quot; }</translation>
    </message>
    <message>
        <source>The first screen&apos;s input as a JSON object</source>
        <translation>A entrada da primeira tela como objeto JSON</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Search text, a WAMID, +number, or type:… status:… since:YYYY-MM-DD</source>
        <translation>Texto, WAMID, +número ou type:… status:… since:AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mensagens enviadas</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>&amp;Copy WAMID</source>
        <translation>&amp;Copiar WAMID</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>Re&amp;agir</translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation>&amp;Abrir no editor</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>Re&amp;enviar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>More history actions</source>
        <translation>Mais ações do histórico</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>InteractiveFields</name>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Cabeçalho</translation>
    </message>
    <message>
        <source>Header te&amp;xt</source>
        <translation>Te&amp;xto do cabeçalho</translation>
    </message>
    <message>
        <source>Shown in bold above the body</source>
        <translation>Aparece em negrito acima do corpo</translation>
    </message>
    <message>
        <source>Header media</source>
        <translation>Mídia do cabeçalho</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>For a document header: the name shown</source>
        <translation>Para um documento no cabeçalho: o nome exibido</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corpo</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>O texto da mensagem</translation>
    </message>
    <message>
        <source>F&amp;ooter</source>
        <translation>&amp;Rodapé</translation>
    </message>
    <message>
        <source>Optional small print under the body</source>
        <translation>Letras miúdas opcionais abaixo do corpo</translation>
    </message>
</context>
<context>
    <name>ListComposerPage</name>
    <message>
        <source>List &amp;button</source>
        <translation>&amp;Botão da lista</translation>
    </message>
    <message>
        <source>Opens the list, e.g. Choose</source>
        <translation>Abre a lista, ex.: Escolher</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Rows in all sections</source>
        <translation>Linhas em todas as seções</translation>
    </message>
</context>
<context>
    <name>ListRowEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Row title</source>
        <translation>Título da linha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Optional second line</source>
        <translation>Segunda linha opcional</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Returned in the webhook when chosen</source>
        <translation>Volta no webhook quando escolhida</translation>
    </message>
</context>
<context>
    <name>LocationComposerPage</name>
    <message>
        <source>Lat&amp;itude</source>
        <translation>Lat&amp;itude</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. 37.4847</source>
        <translation>de -90 a 90, ex.: 37.4847</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>Lo&amp;ngitude</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. -122.1473</source>
        <translation>de -180 a 180, ex.: -122.1473</translation>
    </message>
    <message>
        <source>&amp;Place name</source>
        <translation>Nome do &amp;lugar</translation>
    </message>
    <message>
        <source>Optional, e.g. Philz Coffee</source>
        <translation>Opcional, ex.: Philz Coffee</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>End&amp;ereço</translation>
    </message>
    <message>
        <source>Optional, e.g. 101 Forest Ave, Palo Alto</source>
        <translation>Opcional, ex.: 101 Forest Ave, Palo Alto</translation>
    </message>
    <message>
        <source>Decimal degrees, with a point as the decimal separator.</source>
        <translation>Graus decimais, com ponto como separador decimal.</translation>
    </message>
</context>
<context>
    <name>LocationRequestComposerPage</name>
    <message>
        <source>The customer sees your message with a Send location button; their location comes back in a webhook.</source>
        <translation>O cliente vê sua mensagem com um botão Enviar localização; a localização dele volta em um webhook.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>waconsole</source>
        <translation>waconsole</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblemas</translation>
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
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Recipien&amp;t</source>
        <translation>&amp;Destinatário</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Reply to WAMI&amp;D</source>
        <translation>Resposta ao WAMI&amp;D</translation>
    </message>
    <message>
        <source>Optional: the message this one quotes</source>
        <translation>Opcional: a mensagem que esta cita</translation>
    </message>
    <message>
        <source>Reply to message (WAMID)</source>
        <translation>Resposta à mensagem (WAMID)</translation>
    </message>
    <message>
        <source>Callback &amp;data</source>
        <translation>Dados de &amp;retorno</translation>
    </message>
    <message>
        <source>Optional: returned in status webhooks</source>
        <translation>Opcional: volta nos webhooks de status</translation>
    </message>
    <message>
        <source>Callback data (biz_opaque_callback_data)</source>
        <translation>Dados de retorno (biz_opaque_callback_data)</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Tipos de mensagem</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>c&amp;URL</source>
        <translation>c&amp;URL</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Enviar a mensagem (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemplos</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Nova mensagem</translation>
    </message>
    <message>
        <source>Clear this type&apos;s form (the recipient stays)</source>
        <translation>Limpar o formulário deste tipo (o destinatário fica)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Paste payload or curl command</source>
        <translation>&amp;Colar payload ou comando curl</translation>
    </message>
    <message>
        <source>Load a JSON payload or a whole curl command from the clipboard</source>
        <translation>Carregar um payload JSON ou um comando curl inteiro da área de transferência</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Copiar &amp;JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Copy c&amp;URL (token masked)</source>
        <translation>Copiar c&amp;URL (token oculto)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clara</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escura</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Prévia</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Browse the profile&apos;s template library and fill one in a form</source>
        <translation>Navegar pela biblioteca de modelos do perfil e preencher um num formulário</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Go back to the message as it was before the last change</source>
        <translation>Voltar a mensagem ao estado anterior à última alteração</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Make the change undone again</source>
        <translation>Refazer a alteração desfeita</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of this window, searchable</source>
        <translation>Todos os atalhos desta janela, com busca</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The customer&apos;s 24-hour window</source>
        <translation>A janela de 24 horas do cliente</translation>
    </message>
    <message>
        <source>Recipient kind</source>
        <translation>Tipo de destinatário</translation>
    </message>
    <message>
        <source>A person, by phone number or business-scoped user ID, or a group, by its ID (recipient_type)</source>
        <translation>Uma pessoa, por número de telefone ou ID de usuário no escopo da empresa, ou um grupo, pelo ID dele (recipient_type)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>New te&amp;mplate…</source>
        <translation>Novo mo&amp;delo…</translation>
    </message>
    <message>
        <source>Design a template with its live preview and submit it for review</source>
        <translation>Criar um modelo com prévia ao vivo e enviá-lo para análise</translation>
    </message>
</context>
<context>
    <name>MarkReadComposerPage</name>
    <message>
        <source>Message &amp;ID</source>
        <translation>&amp;ID da mensagem</translation>
    </message>
    <message>
        <source>wamid.HBgL…</source>
        <translation>wamid.HBgL…</translation>
    </message>
    <message>
        <source>The WAMID of the incoming message to mark as read</source>
        <translation>O WAMID da mensagem recebida a marcar como lida</translation>
    </message>
    <message>
        <source>Also show a t&amp;yping indicator until you reply (up to 25 seconds)</source>
        <translation>Mostrar também o indicador de &amp;digitação até você responder (até 25 segundos)</translation>
    </message>
    <message>
        <source>Marks the customer&apos;s message, and every earlier one in the chat, as read: they see blue ticks. This request has no recipient or type of its own.</source>
        <translation>Marca a mensagem do cliente, e todas as anteriores na conversa, como lidas: ele vê os tiques azuis. Este pedido não tem destinatário nem tipo próprios.</translation>
    </message>
</context>
<context>
    <name>MediaComposerPage</name>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Media source</source>
        <translation>Origem da mídia</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Legenda opcional</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>&amp;Nome do arquivo</translation>
    </message>
    <message>
        <source>invoice.pdf</source>
        <translation>fatura.pdf</translation>
    </message>
    <message>
        <source>The name the customer sees; the file type is read from its extension</source>
        <translation>O nome que o cliente vê; o tipo do arquivo vem da extensão</translation>
    </message>
    <message>
        <source>Send as a voice &amp;note (OGG/Opus only)</source>
        <translation>Enviar como mensagem de &amp;voz (só OGG/Opus)</translation>
    </message>
</context>
<context>
    <name>MediaSourceEditor</name>
    <message>
        <source>Uploaded media &amp;ID</source>
        <translation>&amp;ID da mídia enviada</translation>
    </message>
    <message>
        <source>Public lin&amp;k</source>
        <translation>Lin&amp;k público</translation>
    </message>
    <message>
        <source>U&amp;pload a file…</source>
        <translation>En&amp;viar um arquivo…</translation>
    </message>
    <message>
        <source>Upload a file to the current profile and use its media ID</source>
        <translation>Enviar um arquivo para o perfil atual e usar o ID da mídia</translation>
    </message>
    <message>
        <source>Media ID returned by POST /{phone-number-id}/media</source>
        <translation>ID da mídia devolvido por POST /{phone-number-id}/media</translation>
    </message>
    <message>
        <source>Media ID</source>
        <translation>ID da mídia</translation>
    </message>
    <message>
        <source>https://example.com/file.jpg</source>
        <translation>https://example.com/arquivo.jpg</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Link público</translation>
    </message>
</context>
<context>
    <name>OrderDetailsComposerPage</name>
    <message>
        <source>&amp;Reference ID</source>
        <translation>ID de &amp;referência</translation>
    </message>
    <message>
        <source>e.g. GOB-2026-0419</source>
        <translation>ex.: GOB-2026-0419</translation>
    </message>
    <message>
        <source>Your order&apos;s unique ID: up to 35 letters, digits, _ - and .</source>
        <translation>O ID único do seu pedido: até 35 letras, dígitos, _ - e .</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Bens</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Payment &amp;configuration</source>
        <translation>&amp;Configuração de pagamento</translation>
    </message>
    <message>
        <source>The name set up in WhatsApp Manager</source>
        <translation>O nome configurado no WhatsApp Manager</translation>
    </message>
    <message>
        <source>payment_configuration: the payment configuration set up for this number</source>
        <translation>payment_configuration: a configuração de pagamento definida para este número</translation>
    </message>
    <message>
        <source>Payment t&amp;ype</source>
        <translation>Tipo de pa&amp;gamento</translation>
    </message>
    <message>
        <source>e.g. upi</source>
        <translation>ex.: upi</translation>
    </message>
    <message>
        <source>payment_type, sent with the payment configuration</source>
        <translation>payment_type, enviado com a configuração de pagamento</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Su&amp;btotal</source>
        <translation>S&amp;ubtotal</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>What the items add up to</source>
        <translation>A soma dos itens</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>&amp;Impostos</translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation>&amp;Frete</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Disc&amp;ount</source>
        <translation>&amp;Desconto</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>&amp;Total</translation>
    </message>
    <message>
        <source>subtotal + tax + shipping − discount</source>
        <translation>subtotal + impostos + frete − desconto</translation>
    </message>
    <message>
        <source>&amp;Fill in subtotal and total</source>
        <translation>&amp;Preencher subtotal e total</translation>
    </message>
    <message>
        <source>Sets the subtotal to what the items add up to, and the total to subtotal + tax + shipping − discount</source>
        <translation>Define o subtotal como a soma dos itens, e o total como subtotal + impostos + frete − desconto</translation>
    </message>
</context>
<context>
    <name>OrderItemEditor</name>
    <message>
        <source>Retailer &amp;ID</source>
        <translation>&amp;ID no varejista</translation>
    </message>
    <message>
        <source>e.g. sourdough-800g</source>
        <translation>ex.: sourdough-800g</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>e.g. Sourdough loaf, 800 g</source>
        <translation>ex.: Pão de fermentação natural, 800 g</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Preço unitário</translation>
    </message>
    <message>
        <source>320.00</source>
        <translation>320.00</translation>
    </message>
    <message>
        <source>The price of one unit, in the order&apos;s currency</source>
        <translation>O preço de uma unidade, na moeda do pedido</translation>
    </message>
    <message>
        <source>On &amp;sale for</source>
        <translation>Preço pro&amp;mocional</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>A discounted unit price; the subtotal counts it instead of the unit price</source>
        <translation>Um preço unitário com desconto; o subtotal o considera no lugar do preço unitário</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantidade</translation>
    </message>
</context>
<context>
    <name>OrderStatusComposerPage</name>
    <message>
        <source>&amp;Reference ID</source>
        <translation>ID de &amp;referência</translation>
    </message>
    <message>
        <source>The reference ID of the order details message</source>
        <translation>O ID de referência da mensagem de detalhes do pedido</translation>
    </message>
    <message>
        <source>The order this status is about: the reference_id its order_details message had</source>
        <translation>O pedido a que este status se refere: o reference_id que a mensagem order_details dele tinha</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>optional, e.g. Out for delivery</source>
        <translation>opcional, ex.: Saiu para entrega</translation>
    </message>
</context>
<context>
    <name>PinComposerPage</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Ação</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <source>wamid.HBgL…</source>
        <translation>wamid.HBgL…</translation>
    </message>
    <message>
        <source>The WAMID of the group message to pin or unpin</source>
        <translation>O WAMID da mensagem do grupo a fixar ou desafixar</translation>
    </message>
    <message>
        <source>&amp;Days pinned</source>
        <translation>&amp;Dias de fixação</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>How long the message stays pinned: 1 to 30 days</source>
        <translation>Por quanto tempo a mensagem fica fixada: de 1 a 30 dias</translation>
    </message>
    <message>
        <source>Pins work only in groups: send to the group&apos;s ID with recipient type &quot;group&quot;. A group holds at most 3 pins at a time, and only an admin can pin.</source>
        <translation>Fixar só funciona em grupos: envie para o ID do grupo com o tipo de destinatário &quot;group&quot;. Um grupo tem no máximo 3 mensagens fixadas por vez, e só um admin pode fixar.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Mensagem %1</translation>
    </message>
    <message>
        <source>The catalog&apos;s first product</source>
        <translation>O primeiro produto do catálogo</translation>
    </message>
    <message>
        <source>Send location</source>
        <translation>Enviar localização</translation>
    </message>
    <message>
        <source>Provide address</source>
        <translation>Informar endereço</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>View items</source>
        <translation>Ver itens</translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation>Ver catálogo</translation>
    </message>
    <message>
        <source>Media %1</source>
        <translation>Mídia %1</translation>
    </message>
    <message>
        <source>No media yet</source>
        <translation>Ainda sem mídia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other contact(s)</source>
        <translation>
            <numerusform>%1 e mais %n contato</numerusform>
            <numerusform>%1 e mais %n contatos</numerusform>
        </translation>
    </message>
    <message>
        <source>View all</source>
        <translation>Ver todos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Name and price from the catalog</source>
        <translation>Nome e preço vêm do catálogo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>The customer&apos;s message %1</source>
        <translation>A mensagem do cliente %1</translation>
    </message>
    <message>
        <source>The customer&apos;s message %1, as they see it</source>
        <translation>A mensagem do cliente %1, como ele a vê</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>digitando…</translation>
    </message>
    <message>
        <source>waconsole cannot draw &quot;%1&quot; messages yet.</source>
        <translation>O waconsole ainda não desenha mensagens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Price from the catalog</source>
        <translation>Preço do catálogo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>Ainda sem documento</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Modelo %1 (%2)</translation>
    </message>
    <message>
        <source>Its text is not known here: the values it fills in are below.</source>
        <translation>O texto do modelo não é conhecido aqui: abaixo, os valores que ele preenche.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Button %1 (%2)</source>
        <translation>Botão %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to preview yet: type the message</source>
        <translation>Ainda sem prévia: digite a mensagem</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation>Reação removida</translation>
    </message>
    <message numerus="yes">
        <source>Order · %n item(s)</source>
        <translation>
            <numerusform>Pedido · %n item</numerusform>
            <numerusform>Pedido · %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <source>The customer opened the chat</source>
        <translation>O cliente abriu a conversa</translation>
    </message>
    <message>
        <source>Call permission request</source>
        <translation>Pedido de permissão de chamada</translation>
    </message>
    <message>
        <source>Allow this business to call you on WhatsApp</source>
        <translation>Permitir que esta empresa ligue para você pelo WhatsApp</translation>
    </message>
    <message>
        <source>Call Now</source>
        <translation>Ligar agora</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Share contact info</source>
        <translation>Compartilhar dados de contato</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Seu pedido</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>+ 1 more item</source>
        <translation>+ mais 1 item</translation>
    </message>
    <message>
        <source>+ %1 more items</source>
        <translation>+ mais %1 itens</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Ainda sem itens</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Review and pay</source>
        <translation>Revisar e pagar</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Revisar pedido</translation>
    </message>
    <message>
        <source>You unpinned a message</source>
        <translation>Você desafixou uma mensagem</translation>
    </message>
    <message>
        <source>You pinned a message</source>
        <translation>Você fixou uma mensagem</translation>
    </message>
    <message>
        <source>No product yet</source>
        <translation>Ainda sem produto</translation>
    </message>
    <message>
        <source>Ends: no expiration_time_ms yet</source>
        <translation>Termina: ainda sem expiration_time_ms</translation>
    </message>
    <message>
        <source>Ends: %1 ms is not a date (seconds, or a duration?)</source>
        <translation>Termina: %1 ms não é uma data (segundos, ou uma duração?)</translation>
    </message>
    <message>
        <source>Ends %1 UTC</source>
        <extracomment>The end of a limited-time offer, in UTC so that every preview shows the same.</extracomment>
        <translation>Termina em %1 UTC</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>Allow voice calls?</source>
        <translation>Permitir chamadas de voz?</translation>
    </message>
    <message>
        <source>The customer chooses whether you may call them on WhatsApp.</source>
        <translation>O cliente escolhe se você pode ligar para ele pelo WhatsApp.</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Browse the catalog on WhatsApp</source>
        <translation>Navegue pelo catálogo no WhatsApp</translation>
    </message>
    <message>
        <source>1 item to choose from</source>
        <translation>1 item para escolher</translation>
    </message>
    <message>
        <source>%1 items to choose from</source>
        <translation>%1 itens para escolher</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ProductComposerPage</name>
    <message>
        <source>Cata&amp;log ID</source>
        <translation>ID do cat&amp;álogo</translation>
    </message>
    <message>
        <source>The catalog connected to this number</source>
        <translation>O catálogo ligado a este número</translation>
    </message>
    <message>
        <source>Product &amp;retailer ID</source>
        <translation>ID do p&amp;roduto no varejista</translation>
    </message>
    <message>
        <source>The product&apos;s content ID in the catalog</source>
        <translation>O ID de conteúdo do produto no catálogo</translation>
    </message>
</context>
<context>
    <name>ProductItemEditor</name>
    <message>
        <source>Product retailer ID</source>
        <translation>ID do produto no varejista</translation>
    </message>
</context>
<context>
    <name>ProductListComposerPage</name>
    <message>
        <source>Cata&amp;log ID</source>
        <translation>ID do cat&amp;álogo</translation>
    </message>
    <message>
        <source>The catalog connected to this number</source>
        <translation>O catálogo ligado a este número</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Products in all sections</source>
        <translation>Produtos em todas as seções</translation>
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
    <message>
        <source>Pr&amp;ofile</source>
        <translation>Perfi&amp;l</translation>
    </message>
    <message>
        <source>&amp;Receiving webhooks</source>
        <translation>&amp;Recebimento de webhooks</translation>
    </message>
</context>
<context>
    <name>QuickReplyEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Learn more</source>
        <translation>ex.: Saiba mais</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Returned in the webhook when tapped</source>
        <translation>Volta no webhook quando tocado</translation>
    </message>
</context>
<context>
    <name>ReactionComposerPage</name>
    <message>
        <source>Rea&amp;ct to message</source>
        <translation>Rea&amp;gir à mensagem</translation>
    </message>
    <message>
        <source>wamid.HBgL…</source>
        <translation>wamid.HBgL…</translation>
    </message>
    <message>
        <source>The WAMID of the message the reaction goes on</source>
        <translation>O WAMID da mensagem que recebe a reação</translation>
    </message>
    <message>
        <source>Em&amp;oji</source>
        <translation>Em&amp;oji</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose an emoji</source>
        <translation>Escolher um emoji</translation>
    </message>
    <message>
        <source>Leave the emoji empty to remove an earlier reaction to that message. A reaction can only go on a message from the last 30 days.</source>
        <translation>Deixe o emoji vazio para remover uma reação anterior a essa mensagem. Só é possível reagir a mensagens dos últimos 30 dias.</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>Receiver &amp;port</source>
        <translation>&amp;Porta do receptor</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Porta do receptor</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Callback &amp;URL</source>
        <translation>&amp;URL de callback</translation>
    </message>
    <message>
        <source>&amp;Verify token</source>
        <translation>Token de &amp;verificação</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Generate a verify token</source>
        <translation>Gerar um token de verificação</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the verify token</source>
        <translation>Copiar o token de verificação</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>C&amp;heck subscription</source>
        <translation>Veri&amp;ficar inscrição</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>&amp;Inscrever</translation>
    </message>
</context>
<context>
    <name>ReplyButtonEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What the button says</source>
        <translation>O que o botão diz</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Returned in the webhook when tapped</source>
        <translation>Volta no webhook quando tocado</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section title</source>
        <translation>Título da seção</translation>
    </message>
</context>
<context>
    <name>StorePanel</name>
    <message>
        <source>&amp;History kept in</source>
        <translation>&amp;Histórico guardado em</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rvidor</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;orta</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Porta do servidor</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <source>waconsole</source>
        <translation>waconsole</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the store&apos;s password</source>
        <translation>Mostrar a senha do armazenamento</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Agent name</source>
        <translation>Nome do &amp;agente</translation>
    </message>
    <message>
        <source>How the team sees your replies in a shared thread; empty: the profile&apos;s name.</source>
        <translation>Como a equipe vê suas respostas numa conversa compartilhada; vazio: o nome do perfil.</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authorities</source>
        <translation>Autoridades &amp;certificadoras</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the certificate authorities file</source>
        <translation>Escolher o arquivo de autoridades certificadoras</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar pelo nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the whole library from Graph again (F5)</source>
        <translation>Ler de novo toda a biblioteca do Graph (F5)</translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation>&amp;Usar modelo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>&amp;Editar modelo…</translation>
    </message>
    <message>
        <source>Open the template in the template builder; Submit there edits it</source>
        <translation>Abrir o modelo no criador de modelos; lá, Enviar para análise o edita</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>E&amp;xcluir modelo…</translation>
    </message>
    <message>
        <source>Delete the template in this language from the account, asked first</source>
        <translation>Excluir o modelo neste idioma da conta, com confirmação</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Parts of the template</source>
        <translation>Partes do modelo</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblemas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Enviar para análise</translation>
    </message>
    <message>
        <source>Send the template to Meta for review (Ctrl+Return)</source>
        <translation>Enviar o modelo para análise da Meta (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>TemplateComponentEditor</name>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Button type</source>
        <translation>Tipo de botão</translation>
    </message>
    <message>
        <source>Button index</source>
        <translation>Índice do botão</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
</context>
<context>
    <name>TemplateComposerPage</name>
    <message>
        <source>Template &amp;name</source>
        <translation>&amp;Nome do modelo</translation>
    </message>
    <message>
        <source>e.g. order_confirmation</source>
        <translation>ex.: order_confirmation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language code the template was approved in, e.g. en_US</source>
        <translation>O código do idioma em que o modelo foi aprovado, ex.: en_US</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Fill the template&apos;s variables: a header or body component per part that has them, a button component (with its index) per button that needs a value.</source>
        <translation>Preencha as variáveis do modelo: um componente header ou body para cada parte que as tem, e um componente button (com o índice) para cada botão que precisa de valor.</translation>
    </message>
    <message>
        <source>Choose a template from the profile&apos;s library to fill it in a form made from its definition.</source>
        <translation>Escolha um modelo da biblioteca do perfil para preenchê-lo num formulário feito a partir da definição.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Pick a template from the profile&apos;s library (Templates window)</source>
        <translation>Escolher um modelo da biblioteca do perfil (janela Modelos)</translation>
    </message>
    <message>
        <source>Edit by &amp;hand</source>
        <translation>Editar à &amp;mão</translation>
    </message>
</context>
<context>
    <name>TemplateParameterEditor</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nome do parâmetro</translation>
    </message>
    <message>
        <source>For named variables, e.g. first_name</source>
        <translation>Para variáveis nomeadas, ex.: first_name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Replaces the variable</source>
        <translation>Substitui a variável</translation>
    </message>
    <message>
        <source>Fallback text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Shown where the value cannot be localised</source>
        <translation>Exibido onde o valor não pode ser localizado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation>Código ISO 4217, ex.: USD</translation>
    </message>
    <message>
        <source>Amount × 1000</source>
        <translation>Valor × 1000</translation>
    </message>
    <message>
        <source>e.g. 100990 for 100.99</source>
        <translation>ex.: 100990 para 100,99</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>For a document: the name shown</source>
        <translation>Para um documento: o nome exibido</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>-90 to 90</source>
        <translation>de -90 a 90</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>-180 to 180</source>
        <translation>de -180 a 180</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nome do lugar</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Returned in the webhook when the button is tapped</source>
        <translation>Volta no webhook quando o botão é tocado</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
    <message>
        <source>At most 15 characters</source>
        <translation>Até 15 caracteres</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>{ }</source>
        <translation>{ }</translation>
    </message>
    <message>
        <source>The parameter&apos;s object as JSON</source>
        <translation>O objeto do parâmetro em JSON</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Time to live, in minutes</source>
        <translation>Tempo de vida, em minutos</translation>
    </message>
</context>
<context>
    <name>TextComposerPage</name>
    <message>
        <source>Message &amp;body</source>
        <translation>&amp;Corpo da mensagem</translation>
    </message>
    <message>
        <source>Hello! Type the message here.</source>
        <translation>Olá! Digite a mensagem aqui.</translation>
    </message>
    <message>
        <source>Show a link &amp;preview for the first URL (preview_url)</source>
        <translation>Mostrar &amp;prévia do primeiro link (preview_url)</translation>
    </message>
    <message>
        <source>WhatsApp formatting: *bold*, _italic_, ~strikethrough~, ```monospace```, `inline code`, &quot;&gt; &quot; for a quote, &quot;- &quot; or &quot;1. &quot; for lists.</source>
        <translation>Formatação do WhatsApp: *negrito*, _itálico_, ~tachado~, ```monoespaçado```, `código em linha`, &quot;&gt; &quot; para citação, &quot;- &quot; ou &quot;1. &quot; para listas.</translation>
    </message>
</context>
<context>
    <name>ThreadLook</name>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Outcome unknown: no complete answer came back; check before sending again.</source>
        <translation>Resultado desconhecido: nenhuma resposta completa voltou; verifique antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Não enviado.</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <translation>%1 #%2 %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>Uma mensagem anterior</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agent name, time</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>UnknownComposerPage</name>
    <message>
        <source>waconsole has no form for this message type. It is kept exactly as loaded: edit it in the JSON tab, validate it and send it from there.</source>
        <translation>O waconsole não tem formulário para este tipo de mensagem. Ela fica exatamente como foi carregada: edite na aba JSON, valide e envie por lá.</translation>
    </message>
</context>
<context>
    <name>VoiceCallComposerPage</name>
    <message>
        <source>Button te&amp;xt</source>
        <translation>Te&amp;xto do botão</translation>
    </message>
    <message>
        <source>Call Now (WhatsApp&apos;s text when left empty)</source>
        <translation>Ligar agora (texto do WhatsApp quando vazio)</translation>
    </message>
    <message>
        <source>&amp;Valid for (minutes)</source>
        <translation>&amp;Válido por (minutos)</translation>
    </message>
    <message>
        <source>1 to 43200; 10080 (7 days) when left empty</source>
        <translation>De 1 a 43200; 10080 (7 dias) quando vazio</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Your own data, back as cta_payload in the calls webhooks</source>
        <translation>Seus próprios dados, de volta como cta_payload nos webhooks de chamadas</translation>
    </message>
    <message>
        <source>The customer sees your message with a button that calls you on WhatsApp. It can be sent only while the customer service window is open. The payload needs WhatsApp 2.25.27 or later; on older clients the message fails with error 131026.</source>
        <translation>O cliente vê sua mensagem com um botão que liga para você pelo WhatsApp. Ela só pode ser enviada enquanto a janela de atendimento ao cliente estiver aberta. O payload exige o WhatsApp 2.25.27 ou posterior; em clientes mais antigos, a mensagem falha com o erro 131026.</translation>
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
        <source>send: the Graph API address.</source>
        <translation>send: o endereço da Graph API.</translation>
    </message>
    <message>
        <source>send: the sending number&apos;s ID.</source>
        <translation>send: o ID do número remetente.</translation>
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
        <source>No saved profile is named &quot;%1&quot; (the Sandbox runs inside waconsole; use waconsole-sim with --base-url).</source>
        <translation>Nenhum perfil salvo se chama &quot;%1&quot; (o Sandbox roda dentro do waconsole; use o waconsole-sim com --base-url).</translation>
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
        <source>upload: the file&apos;s MIME type (default: detected from the file).</source>
        <translation>upload: o tipo MIME do arquivo (padrão: detectado pelo arquivo).</translation>
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
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>A aspa aberta na linha %1 nunca é fechada.</translation>
    </message>
    <message>
        <source>A message payload must be a JSON object.</source>
        <translation>O payload de uma mensagem deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>The curl command sends no body: no -d, --data or --json.</source>
        <translation>O comando curl não envia corpo: não há -d, --data nem --json.</translation>
    </message>
    <message>
        <source>The curl command has %1 body options; curl would join them with &quot;&amp;&quot;, which is not one JSON payload.</source>
        <translation>O comando curl tem %1 opções de corpo; o curl as juntaria com &quot;&amp;&quot;, o que não é um payload JSON.</translation>
    </message>
    <message>
        <source>The curl command reads its body from the file %1; paste or drop that file instead.</source>
        <translation>O comando curl lê o corpo do arquivo %1; cole ou arraste esse arquivo.</translation>
    </message>
    <message>
        <source>The curl command&apos;s body is not valid JSON: %1</source>
        <translation>O corpo do comando curl não é JSON válido: %1</translation>
    </message>
    <message>
        <source>There is nothing to import: the text is empty.</source>
        <translation>Não há nada a importar: o texto está vazio.</translation>
    </message>
    <message>
        <source>%1 is not a WebP image that can be read.</source>
        <translation>%1 não é uma imagem WebP legível.</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; a sticker must be exactly %4×%4.</source>
        <translation>%1 tem %2×%3 pixels; uma figurinha deve ter exatamente %4×%4.</translation>
    </message>
    <message>
        <source>%1 is %2; a static sticker may be at most %3 (animated ones %4).</source>
        <translation>%1 tem %2; uma figurinha estática pode ter até %3 (animada, %4).</translation>
    </message>
    <message>
        <source>%1 is %2, which a %3 message cannot carry.</source>
        <translation>%1 é %2, que uma mensagem %3 não pode levar.</translation>
    </message>
    <message>
        <source>render: the PNG file to write.</source>
        <translation>render: o arquivo PNG a gravar.</translation>
    </message>
    <message>
        <source>render: light or dark.</source>
        <translation>render: light ou dark.</translation>
    </message>
    <message>
        <source>render: closed, or open for a list&apos;s or product list&apos;s sheet.</source>
        <translation>render: closed, ou open para a folha aberta de uma lista ou lista de produtos.</translation>
    </message>
    <message>
        <source>render: the phone&apos;s width in pixels.</source>
        <translation>render: a largura do celular em pixels.</translation>
    </message>
    <message>
        <source>render: pixels per point (2 for HiDPI).</source>
        <translation>render: pixels por ponto (2 para HiDPI).</translation>
    </message>
    <message>
        <source>render: the template&apos;s definition, or a message_templates answer.</source>
        <translation>render: a definição do modelo, ou uma resposta de message_templates.</translation>
    </message>
    <message>
        <source>render: the time shown (default: now).</source>
        <translation>render: a hora exibida (padrão: agora).</translation>
    </message>
    <message>
        <source>render needs -o OUT.png.</source>
        <translation>render precisa de -o OUT.png.</translation>
    </message>
    <message>
        <source>The definitions hold no template %1 in %2.</source>
        <translation>As definições não têm o modelo %1 em %2.</translation>
    </message>
    <message>
        <source>%1 is not a template definition: %2</source>
        <translation>%1 não é uma definição de modelo: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format aceita table, csv ou json.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Ainda não há histórico: %1 não existe.</translation>
    </message>
    <message>
        <source>history: which sends, e.g. &quot;type:text status:failed since:2026-11-01 refund&quot;.</source>
        <translation>history: quais envios, por exemplo &quot;type:text status:failed since:2026-11-01 reembolso&quot;.</translation>
    </message>
    <message>
        <source>history: at most N sends, newest first (default 50).</source>
        <translation>history: no máximo N envios, os mais novos primeiro (padrão 50).</translation>
    </message>
    <message>
        <source>history: table, csv or json (default table).</source>
        <translation>history: table, csv ou json (padrão table).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
    <message>
        <source>%1: expects a date such as 2026-11-21, not &quot;%2&quot;.</source>
        <translation>%1: espera uma data como 2026-11-21, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>it was written by a newer waconsole (schema %1)</source>
        <translation>ele foi gravado por um waconsole mais novo (esquema %1)</translation>
    </message>
    <message>
        <source>The history file could not be used (%1). It was moved to %2 and a new history was started.</source>
        <translation>O arquivo de histórico não pôde ser usado (%1). Ele foi movido para %2 e um novo histórico foi iniciado.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2) and could not be moved aside.</source>
        <translation>O arquivo de histórico %1 está danificado (%2) e não pôde ser movido.</translation>
    </message>
    <message>
        <source>waconsole stopped before the answer came: the message may have been sent.</source>
        <translation>O waconsole parou antes da resposta: a mensagem pode ter sido enviada.</translation>
    </message>
    <message>
        <source>templates: the WhatsApp Business Account ID (with --base-url).</source>
        <translation>templates: o ID da conta do WhatsApp Business (com --base-url).</translation>
    </message>
    <message>
        <source>templates: print the profile&apos;s library as last read, without the network.</source>
        <translation>templates: imprime a biblioteca do perfil como foi lida da última vez, sem rede.</translation>
    </message>
    <message>
        <source>templates needs --profile, or --base-url and --waba-id.</source>
        <translation>templates precisa de --profile, ou de --base-url e --waba-id.</translation>
    </message>
    <message>
        <source>templates: --format is table or json.</source>
        <translation>templates: --format é table ou json.</translation>
    </message>
    <message>
        <source>templates --cached needs --profile and the template cache.</source>
        <translation>templates --cached precisa de --profile e do cache de modelos.</translation>
    </message>
    <message>
        <source>The library of &quot;%1&quot; was never read; run without --cached.</source>
        <translation>A biblioteca de &quot;%1&quot; nunca foi lida; rode sem --cached.</translation>
    </message>
    <message>
        <source>page %1: %L2 templates</source>
        <translation>página %1: %L2 modelos</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corpo</translation>
    </message>
    <message>
        <source>The template&apos;s %1 has %2 variables; this send gives %3 values (Graph error 132000).</source>
        <translation>O %1 do modelo tem %2 variáveis; este envio dá %3 valores (erro 132000 do Graph).</translation>
    </message>
    <message>
        <source>(Graph error 132012)</source>
        <translation>(erro 132012 do Graph)</translation>
    </message>
    <message>
        <source>A %1 variable takes text, currency or date_time, not &quot;%2&quot;.</source>
        <translation>Uma variável do %1 aceita text, currency ou date_time, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This template uses named variables: the value needs its &quot;parameter_name&quot;.</source>
        <translation>Este modelo usa variáveis nomeadas: o valor precisa do seu &quot;parameter_name&quot;.</translation>
    </message>
    <message>
        <source>This template uses numbered variables: &quot;parameter_name&quot; must not be given.</source>
        <translation>Este modelo usa variáveis numeradas: &quot;parameter_name&quot; não deve ser dado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable of the template&apos;s %2; it has %3.</source>
        <translation>&quot;%1&quot; não é uma variável do %2 do modelo; ele tem %3.</translation>
    </message>
    <message>
        <source>The template&apos;s header is %1: the send needs exactly one &quot;%2&quot; header value.</source>
        <translation>O cabeçalho do modelo é %1: o envio precisa de exatamente um valor de cabeçalho &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Button index %1 does not exist: the template has %2 buttons (Graph error 132000).</source>
        <translation>O índice de botão %1 não existe: o modelo tem %2 botões (erro 132000 do Graph).</translation>
    </message>
    <message>
        <source>Button %1 (%2) needs a value: add a button component with index %1 and sub_type &quot;%3&quot; (Graph error 132000).</source>
        <translation>O botão %1 (%2) precisa de um valor: adicione um componente button com index %1 e sub_type &quot;%3&quot; (erro 132000 do Graph).</translation>
    </message>
    <message>
        <source>With its values the body is %L1 characters; Graph allows %L2 (Graph error 132005).</source>
        <translation>Com os valores, o corpo tem %L1 caracteres; o Graph permite %L2 (erro 132005 do Graph).</translation>
    </message>
    <message>
        <source>The library has no template &quot;%1&quot; in %2: Graph would answer 132001 unless it was created since the library was fetched.</source>
        <translation>A biblioteca não tem o modelo &quot;%1&quot; em %2: o Graph responderia 132001, a não ser que ele tenha sido criado depois da leitura da biblioteca.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is paused for low quality: Graph refuses it with error 132015 until it is unpaused.</source>
        <translation>O modelo &quot;%1&quot; está pausado por baixa qualidade: o Graph o recusa com o erro 132015 até ser retomado.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is disabled: Graph refuses it with error 132016.</source>
        <translation>O modelo &quot;%1&quot; está desativado: o Graph o recusa com o erro 132016.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; (%2) is %3, not approved: Graph answers 132001 (the template does not exist in this language) until it is approved.</source>
        <translation>O modelo &quot;%1&quot; (%2) está %3, não aprovado: o Graph responde 132001 (o modelo não existe neste idioma) até ser aprovado.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID; add it in File → Profiles to read its templates.</source>
        <translation>O perfil não tem ID de conta do WhatsApp Business; adicione-o em Arquivo → Perfis para ler os modelos.</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot; list of templates.</source>
        <translation>A resposta não tem a lista &quot;data&quot; de modelos.</translation>
    </message>
    <message>
        <source>%1 is not a template library: %2</source>
        <translation>%1 não é uma biblioteca de modelos: %2</translation>
    </message>
    <message>
        <source>send: the API version (default %1).</source>
        <translation>send: a versão da API (padrão %1).</translation>
    </message>
    <message>
        <source>send: do not record the send in the history the window shows.</source>
        <translation>send: não registrar o envio no histórico que a janela mostra.</translation>
    </message>
    <message>
        <source>waconsole-cli: the history cannot be written (%1), so nothing was sent; --no-history sends without recording.</source>
        <translation>waconsole-cli: não é possível gravar no histórico (%1), então nada foi enviado; --no-history envia sem registrar.</translation>
    </message>
    <message>
        <source>Header</source>
        <extracomment>A place in a message, before a problem found there (&quot;Header: ...&quot;).
----------
A place in a template message (&quot;Header: ...&quot; / &quot;Body: ...&quot;).</extracomment>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <extracomment>A place in a message, before a problem found there (&quot;Body: ...&quot;).</extracomment>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Footer</source>
        <extracomment>A place in a message, before a problem found there (&quot;Footer: ...&quot;).</extracomment>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Button %1</source>
        <extracomment>A place in a message: the reply button with this number.
----------
A place in a template message: the template&apos;s button with this number.</extracomment>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>A place in a message: the carousel card with this number.</extracomment>
        <translation>Cartão %1</translation>
    </message>
    <message>
        <source>Saved address %1</source>
        <extracomment>A place in an address message: the saved address with this number.</extracomment>
        <translation>Endereço salvo %1</translation>
    </message>
    <message>
        <source>Section %1, row %2</source>
        <extracomment>A place in a list message: row %2 of section %1.</extracomment>
        <translation>Seção %1, linha %2</translation>
    </message>
    <message>
        <source>Section %1, product %2</source>
        <extracomment>A place in a product list: product %2 of section %1.</extracomment>
        <translation>Seção %1, produto %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <extracomment>A place in a list message: the section with this number.</extracomment>
        <translation>Seção %1</translation>
    </message>
    <message>
        <source>Contact %1, phone %2</source>
        <extracomment>A place in a contacts message: phone %2 of contact %1.</extracomment>
        <translation>Contato %1, telefone %2</translation>
    </message>
    <message>
        <source>Contact %1, email %2</source>
        <extracomment>A place in a contacts message: email address %2 of contact %1.</extracomment>
        <translation>Contato %1, e-mail %2</translation>
    </message>
    <message>
        <source>Contact %1, website %2</source>
        <extracomment>A place in a contacts message: web address %2 of contact %1.</extracomment>
        <translation>Contato %1, site %2</translation>
    </message>
    <message>
        <source>Contact %1, address %2</source>
        <extracomment>A place in a contacts message: postal address %2 of contact %1.</extracomment>
        <translation>Contato %1, endereço %2</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <extracomment>A place in a contacts message: the contact with this number.</extracomment>
        <translation>Contato %1</translation>
    </message>
    <message>
        <source>Header variable %1</source>
        <extracomment>A place in a template message: the header&apos;s variable, e.g. &quot;Header variable {{1}}&quot;.</extracomment>
        <translation>Variável do cabeçalho %1</translation>
    </message>
    <message>
        <source>Body variable %1</source>
        <extracomment>A place in a template message: a body variable, e.g. &quot;Body variable {{2}}&quot;.</extracomment>
        <translation>Variável do corpo %1</translation>
    </message>
    <message>
        <source>Component %1</source>
        <extracomment>A place in a template message: the component with this number, when its kind is unknown.</extracomment>
        <translation>Componente %1</translation>
    </message>
    <message>
        <source>The button at index %1 (%2) takes no value; leave its component out.</source>
        <translation>O botão no índice %1 (%2) não aceita valor; deixe o componente dele de fora.</translation>
    </message>
    <message>
        <source>The button at index %1 is %2: its component&apos;s sub_type is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>O botão no índice %1 é %2: o sub_type do componente dele deve ser &quot;%3&quot;, não &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Not sent: the profile&apos;s access token could not be read.</source>
        <translation>Não enviado: não foi possível ler o token de acesso do perfil.</translation>
    </message>
    <message>
        <source>No secure storage was found (%1), and no access token was entered for &quot;%2&quot; in this session: enter it in File → Profiles; it is kept in memory until waconsole quits.</source>
        <translation>Nenhum armazenamento seguro foi encontrado (%1), e nenhum token de acesso foi informado para &quot;%2&quot; nesta sessão: informe-o em Arquivo → Perfis; ele fica na memória até o waconsole fechar.</translation>
    </message>
    <message>
        <source>No access token is stored for &quot;%1&quot;: add it in File → Profiles.</source>
        <translation>Não há token de acesso guardado para &quot;%1&quot;: adicione-o em Arquivo → Perfis.</translation>
    </message>
    <message>
        <source>The keychain refused to give the access token of &quot;%1&quot; (%2): unlock the keychain or allow waconsole, then try again.</source>
        <translation>O chaveiro se recusou a fornecer o token de acesso de &quot;%1&quot; (%2): desbloqueie o chaveiro ou autorize o waconsole e tente de novo.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the access token of &quot;%2&quot; cannot be read.</source>
        <translation>Nenhum chaveiro está disponível (%1), então o token de acesso de &quot;%2&quot; não pode ser lido.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): if it is locked, unlock it and try again.</source>
        <translation>Não foi possível ler o chaveiro (%1): se ele estiver bloqueado, desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>The history could not record the send, so it was not sent: %1</source>
        <translation>O histórico não pôde registrar o envio, então a mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1): set WACONSOLE_TOKEN.</source>
        <translation>Nenhum chaveiro disponível (%1): defina WACONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token is stored for &quot;%1&quot;: save one in waconsole (File → Profiles), or set WACONSOLE_TOKEN.</source>
        <translation>Nenhum token de acesso salvo para &quot;%1&quot;: salve um no waconsole (Arquivo → Perfis) ou defina WACONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>No conversation with %1: they have not written to a receiver of this computer.</source>
        <translation>Nenhuma conversa com %1: essa pessoa não escreveu para nenhum receptor deste computador.</translation>
    </message>
    <message>
        <source>--format takes table or json.</source>
        <translation>--format aceita table ou json.</translation>
    </message>
    <message>
        <source>--path must start with /.</source>
        <translation>--path deve começar com /.</translation>
    </message>
    <message>
        <source>--port takes 0 (a free port) to 65535.</source>
        <translation>--port aceita de 0 (uma porta livre) a 65535.</translation>
    </message>
    <message>
        <source>--forward takes an http or https URL.</source>
        <translation>--forward aceita uma URL http ou https.</translation>
    </message>
    <message>
        <source>waconsole-cli: no app secret (set WACONSOLE_APP_SECRET, or use --profile): every delivery will be refused.</source>
        <translation>waconsole-cli: sem segredo do app (defina WACONSOLE_APP_SECRET ou use --profile): toda entrega será recusada.</translation>
    </message>
    <message>
        <source>--listen takes an IP address, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>--listen aceita um endereço IP, ex.: 127.0.0.1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <source>forward failed: %1</source>
        <translation>falha ao repassar: %1</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>recusado (%1): %2</translation>
    </message>
    <message>
        <source>conversations: this customer&apos;s thread (a number or a BSUID).</source>
        <translation>conversations: a conversa deste cliente (um número ou um BSUID).</translation>
    </message>
    <message>
        <source>listen: the address to listen on (default 127.0.0.1).</source>
        <translation>listen: o endereço de escuta (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>listen: the port (0 picks a free one; default: the profile&apos;s, else 0).</source>
        <translation>listen: a porta (0 escolhe uma livre; padrão: a do perfil, senão 0).</translation>
    </message>
    <message>
        <source>listen: the callback path (default /webhook).</source>
        <translation>listen: o caminho do callback (padrão /webhook).</translation>
    </message>
    <message>
        <source>listen: relay each accepted delivery, signed as received, to this URL.</source>
        <translation>listen: repassar cada entrega aceita, com a assinatura com que foi recebida, para esta URL.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID; add it in File → Profiles to check which apps receive its webhooks.</source>
        <translation>O perfil não tem ID de conta do WhatsApp Business; adicione-o em Arquivo → Perfis para verificar quais apps recebem os webhooks dele.</translation>
    </message>
    <message>
        <source>The file is larger than the %1-byte limit.</source>
        <translation>O arquivo passa do limite de %1 bytes.</translation>
    </message>
    <message>
        <source>Cannot write a file in %1: %2</source>
        <translation>Não foi possível gravar um arquivo em %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The download answered HTTP %1.</source>
        <translation>O download respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>The download was cut short: %1 of %2 bytes came.</source>
        <translation>O download foi interrompido: chegaram %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Nada foi baixado.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Não foi possível substituir %1.</translation>
    </message>
    <message>
        <source>the answer describes media %1, not %2</source>
        <translation>a resposta descreve a mídia %1, não %2</translation>
    </message>
    <message>
        <source>it has no http(s) download URL</source>
        <translation>ela não tem URL de download http(s)</translation>
    </message>
    <message>
        <source>its mime_type is not a string</source>
        <translation>o mime_type dela não é uma string</translation>
    </message>
    <message>
        <source>its file_size is not a number of bytes</source>
        <translation>o file_size dela não é um número de bytes</translation>
    </message>
    <message>
        <source>its sha256 is not a SHA-256 in hex or base64</source>
        <translation>o sha256 dela não é um SHA-256 em hexadecimal ou base64</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot; list of subscribed apps.</source>
        <translation>A resposta não tem a lista &quot;data&quot; de apps inscritos.</translation>
    </message>
    <message>
        <source>Subscribed app %1 in the answer has no &quot;whatsapp_business_api_data&quot; with an &quot;id&quot;.</source>
        <translation>O app inscrito %1 na resposta não tem &quot;whatsapp_business_api_data&quot; com um &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;</source>
        <translation>A linha de requisição não é &quot;MÉTODO /caminho HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are understood</source>
        <translation>Só HTTP/1.0 e HTTP/1.1 são aceitos</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must name its Host once</source>
        <translation>Uma requisição HTTP/1.1 deve informar o Host uma única vez</translation>
    </message>
    <message>
        <source>The Content-Length is not one number</source>
        <translation>O Content-Length não é um número único</translation>
    </message>
    <message>
        <source>The body&apos;s length cannot be told for certain</source>
        <translation>Não é possível saber com certeza o tamanho do corpo</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is understood</source>
        <translation>Só a codificação de transferência chunked é aceita</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is understood</source>
        <translation>Só &quot;Expect: 100-continue&quot; é aceito</translation>
    </message>
    <message>
        <source>A line of the request holds a bare carriage return</source>
        <translation>Uma linha da requisição contém um retorno de carro (CR) isolado</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;</source>
        <translation>Uma linha de cabeçalho não está no formato &quot;Nome: valor&quot;</translation>
    </message>
    <message>
        <source>The request line and headers are over %1 KB</source>
        <translation>A linha de requisição e os cabeçalhos passam de %1 KB</translation>
    </message>
    <message>
        <source>A chunk&apos;s size line is too long</source>
        <translation>A linha de tamanho de um chunk é longa demais</translation>
    </message>
    <message>
        <source>A chunk&apos;s size is not a hexadecimal number</source>
        <translation>O tamanho de um chunk não é um número hexadecimal</translation>
    </message>
    <message>
        <source>A chunk is longer than its size says</source>
        <translation>Um chunk é maior do que o tamanho informado</translation>
    </message>
    <message>
        <source>The fields after the chunks are over %1 KB</source>
        <translation>Os campos depois dos chunks passam de %1 KB</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>Não foi possível criar a pasta de mídia %1.</translation>
    </message>
    <message>
        <source>Graph did not describe media %1: %2</source>
        <translation>O Graph não descreveu a mídia %1: %2</translation>
    </message>
    <message>
        <source>Graph&apos;s description of media %1 cannot be used: %2.</source>
        <translation>A descrição da mídia %1 dada pelo Graph não pode ser usada: %2.</translation>
    </message>
    <message>
        <source>Media %1 is %2 bytes, over the %3-byte limit.</source>
        <translation>A mídia %1 tem %2 bytes, acima do limite de %3 bytes.</translation>
    </message>
    <message>
        <source>The download of media %1 answered 404 with a new URL too: the file has expired or is gone.</source>
        <translation>O download da mídia %1 respondeu 404 também com uma nova URL: o arquivo expirou ou não existe mais.</translation>
    </message>
    <message>
        <source>The download of media %1 failed: %2</source>
        <translation>O download da mídia %1 falhou: %2</translation>
    </message>
    <message>
        <source>Media %1 could not be saved as %2: %3</source>
        <translation>Não foi possível salvar a mídia %1 como %2: %3</translation>
    </message>
    <message>
        <source>Media %1 does not match Graph&apos;s description: %2 bytes came, it says %3.</source>
        <translation>A mídia %1 não corresponde à descrição do Graph: chegaram %2 bytes, a descrição diz %3.</translation>
    </message>
    <message>
        <source>The webhook&apos;s sha256 of media %1, &quot;%2&quot;, is not a SHA-256.</source>
        <translation>O sha256 da mídia %1 informado no webhook, &quot;%2&quot;, não é um SHA-256.</translation>
    </message>
    <message>
        <source>Media %1 does not match the webhook&apos;s sha256: the file hashes to %2, the webhook says %3.</source>
        <translation>A mídia %1 não corresponde ao sha256 do webhook: o hash do arquivo é %2, o webhook diz %3.</translation>
    </message>
    <message>
        <source>Media %1 does not match the sha256 of Graph&apos;s description: the file hashes to %2, Graph says %3.</source>
        <translation>A mídia %1 não corresponde ao sha256 da descrição do Graph: o hash do arquivo é %2, o Graph diz %3.</translation>
    </message>
    <message>
        <source>The message has no media to fetch.</source>
        <translation>A mensagem não tem mídia para buscar.</translation>
    </message>
    <message>
        <source>No profile is known for this message, so there is no token to fetch its media with.</source>
        <translation>Nenhum perfil é conhecido para esta mensagem, então não há token para buscar a mídia dela.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; that received this message is not set up any more: add it again to fetch its media.</source>
        <translation>O perfil &quot;%1&quot; que recebeu esta mensagem não está mais configurado: adicione-o de novo para buscar a mídia dela.</translation>
    </message>
    <message>
        <source>Removed from the media cache, which keeps to %1: fetch it again to see it.</source>
        <translation>Removida do cache de mídia, que se limita a %1: busque-a de novo para vê-la.</translation>
    </message>
    <message>
        <source>Not subscribed: Meta sends nothing to your callback URL until you subscribe.</source>
        <translation>Sem inscrição: a Meta não envia nada para sua URL de callback até você se inscrever.</translation>
    </message>
    <message>
        <source>Subscribed: the app “%1” receives this account&apos;s webhooks.</source>
        <translation>Inscrito: o app “%1” recebe os webhooks desta conta.</translation>
    </message>
    <message>
        <source>Subscribed: the apps “%1” receive this account&apos;s webhooks.</source>
        <translation>Inscrito: os apps “%1” recebem os webhooks desta conta.</translation>
    </message>
    <message>
        <source>They go to %1, which overrides the app&apos;s callback URL.</source>
        <translation>Eles vão para %1, que substitui a URL de callback do app.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 is neither a handshake (GET) nor a delivery (POST)</source>
        <translation>%1 não é nem um handshake (GET) nem uma entrega (POST)</translation>
    </message>
    <message>
        <source>%1 is not the callback path, %2</source>
        <translation>%1 não é o caminho do callback, %2</translation>
    </message>
    <message>
        <source>This profile has no verify token, so no handshake can be accepted</source>
        <translation>Este perfil não tem token de verificação, então nenhum handshake pode ser aceito</translation>
    </message>
    <message>
        <source>The hub.mode is not &quot;subscribe&quot;</source>
        <translation>O hub.mode não é &quot;subscribe&quot;</translation>
    </message>
    <message>
        <source>The request has no hub.verify_token</source>
        <translation>A requisição não tem hub.verify_token</translation>
    </message>
    <message>
        <source>The hub.verify_token does not match this profile&apos;s verify token</source>
        <translation>O hub.verify_token não corresponde ao token de verificação deste perfil</translation>
    </message>
    <message>
        <source>This profile has no app secret, so no delivery can be verified</source>
        <translation>Este perfil não tem segredo do app, então nenhuma entrega pode ser verificada</translation>
    </message>
    <message>
        <source>The X-Hub-Signature-256 header is missing</source>
        <translation>O cabeçalho X-Hub-Signature-256 está ausente</translation>
    </message>
    <message>
        <source>The X-Hub-Signature-256 header is not &quot;sha256=&quot; and 64 hex digits</source>
        <translation>O cabeçalho X-Hub-Signature-256 não é &quot;sha256=&quot; seguido de 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>The signature does not match this profile&apos;s app secret</source>
        <translation>A assinatura não corresponde ao segredo do app deste perfil</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2</source>
        <translation>O corpo não é JSON: %1 no byte %2</translation>
    </message>
    <message>
        <source>The body is JSON but not an object</source>
        <translation>O corpo é JSON, mas não é um objeto</translation>
    </message>
    <message>
        <source>The delivery could not be kept, so Meta is asked to send it again</source>
        <translation>Não foi possível guardar a entrega, então a Meta é solicitada a enviá-la de novo</translation>
    </message>
    <message>
        <source>The body, sent in chunks, grew past Meta&apos;s limit of %1</source>
        <translation>O corpo, enviado em chunks, passou do limite de %1 da Meta</translation>
    </message>
    <message>
        <source>The body, sent in chunks, grew past the limit of %1</source>
        <translation>O corpo, enviado em chunks, passou do limite de %1</translation>
    </message>
    <message>
        <source>The body is %1; Meta&apos;s limit is %2</source>
        <translation>O corpo tem %1; o limite da Meta é %2</translation>
    </message>
    <message>
        <source>The body is %1; the limit is %2</source>
        <translation>O corpo tem %1; o limite é %2</translation>
    </message>
    <message>
        <source>The receiver port is between %1 and 65535, or Off.</source>
        <translation>A porta do receptor deve estar entre %1 e 65535, ou Desligado.</translation>
    </message>
    <message>
        <source>The receiver port %1 is already the port of &quot;%2&quot;: two receivers cannot listen on one port.</source>
        <translation>A porta do receptor %1 já é a porta de &quot;%2&quot;: dois receptores não podem escutar na mesma porta.</translation>
    </message>
    <message>
        <source>open · less than a minute left</source>
        <translation>aberta · falta menos de 1 min</translation>
    </message>
    <message numerus="yes">
        <source>open · %n min left</source>
        <translation>
            <numerusform>aberta · falta %n min</numerusform>
            <numerusform>aberta · faltam %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>open · %1 h %2 min left</source>
        <extracomment>The customer-service window: hours and minutes until it closes.</extracomment>
        <translation>aberta · faltam %1 h %2 min</translation>
    </message>
    <message>
        <source>closed just now: only templates</source>
        <translation>fechada agora há pouco: só modelos</translation>
    </message>
    <message numerus="yes">
        <source>closed %n min ago: only templates</source>
        <translation>
            <numerusform>fechada há %n min: só modelos</numerusform>
            <numerusform>fechada há %n min: só modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed %n h ago: only templates</source>
        <translation>
            <numerusform>fechada há %n h: só modelos</numerusform>
            <numerusform>fechada há %n h: só modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>closed 1 day ago: only templates</source>
        <translation>fechada há 1 dia: só modelos</translation>
    </message>
    <message numerus="yes">
        <source>closed %n days ago: only templates</source>
        <translation>
            <numerusform>fechada há %n dia: só modelos</numerusform>
            <numerusform>fechada há %n dias: só modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: this customer has not written to the console</source>
        <translation>desconhecida: este cliente não escreveu para o console</translation>
    </message>
    <message>
        <source>Re-engagement message: more than 24 hours have passed since the customer last replied to this number; only a template can be sent</source>
        <translation>Mensagem de reengajamento: passaram-se mais de 24 horas desde a última resposta do cliente a este número; só é possível enviar um modelo</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>could not be fetched: %1</source>
        <translation>não foi possível buscar: %1</translation>
    </message>
    <message>
        <source>Form answered</source>
        <translation>Formulário respondido</translation>
    </message>
    <message>
        <source>Call permission</source>
        <translation>Permissão de chamada</translation>
    </message>
    <message>
        <source>A message WhatsApp does not pass on to the API</source>
        <translation>Uma mensagem que o WhatsApp não repassa à API</translation>
    </message>
    <message>
        <source>A message WhatsApp does not pass on: %1</source>
        <translation>Uma mensagem que o WhatsApp não repassa: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; message, not understood by this version: its raw JSON shows it whole.</source>
        <translation>Uma mensagem &quot;%1&quot;, que esta versão não entende: o JSON bruto a mostra por inteiro.</translation>
    </message>
    <message>
        <source>The customer took a reaction back</source>
        <translation>O cliente removeu uma reação</translation>
    </message>
    <message>
        <source>The customer reacted %1 to a message</source>
        <translation>O cliente reagiu com %1 a uma mensagem</translation>
    </message>
    <message>
        <source>send: the deadline in seconds for the whole exchange, from connecting to the answer&apos;s last byte (1 to %1, default 30).</source>
        <translation>send: o prazo em segundos para toda a troca, da conexão até o último byte da resposta (1 a %1, padrão 30).</translation>
    </message>
    <message>
        <source>waconsole-cli: --timeout must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>waconsole-cli: --timeout deve ser um número inteiro de segundos de 1 a %1, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the string that starts here is never closed</source>
        <translation>a string que começa aqui nunca é fechada</translation>
    </message>
    <message>
        <source>a NUL byte inside a string; JSON writes it as \u0000</source>
        <translation>um byte NUL dentro de uma string; o JSON o escreve como \u0000</translation>
    </message>
    <message>
        <source>a raw control character (U+%1) inside a string; JSON writes it escaped, as %2</source>
        <translation>um caractere de controle literal (U+%1) dentro de uma string; o JSON o escreve com escape, como %2</translation>
    </message>
    <message>
        <source>the byte 0x%1 is not UTF-8 here; JSON text must be UTF-8</source>
        <translation>o byte 0x%1 não é UTF-8 aqui; um texto JSON deve ser UTF-8</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u deve ser seguido de quatro dígitos hexadecimais</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>\%1 não é uma sequência de escape que o JSON conheça (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>a number cannot start with +; write it without</source>
        <translation>um número não pode começar com +; escreva-o sem o sinal</translation>
    </message>
    <message>
        <source>a number needs a digit before its decimal point: 0.5, not .5</source>
        <translation>um número precisa de um dígito antes do ponto decimal: 0.5, não .5</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits</source>
        <translation>um número não pode começar com 0 seguido de outros dígitos</translation>
    </message>
    <message>
        <source>a minus sign must be followed by digits</source>
        <translation>um sinal de menos deve ser seguido de dígitos</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point: 1.0 or 1, not 1.</source>
        <translation>o ponto decimal deve ser seguido de um dígito: 1.0 ou 1, não 1.</translation>
    </message>
    <message>
        <source>the exponent of a number needs digits: 1e5, not 1e</source>
        <translation>o expoente de um número precisa de dígitos: 1e5, não 1e</translation>
    </message>
    <message>
        <source>the number %1 is too large to keep: a JSON number here ends near ±1.8e308</source>
        <translation>o número %1 é grande demais para ser mantido: aqui um número JSON vai só até cerca de ±1.8e308</translation>
    </message>
    <message>
        <source>the number %1 is too small to keep: it would become 0</source>
        <translation>o número %1 é pequeno demais para ser mantido: ele viraria 0</translation>
    </message>
    <message>
        <source>the integer %1 cannot be kept exactly: JSON numbers are exact only up to ±2^53 (9007199254740992), and it would become %2; write it as a string</source>
        <translation>o inteiro %1 não pode ser mantido com exatidão: números JSON só são exatos até ±2^53 (9007199254740992), e ele viraria %2; escreva-o como string</translation>
    </message>
    <message>
        <source>the number %1 has more digits than a JSON number keeps (about 17): it would become %2</source>
        <translation>o número %1 tem mais dígitos do que um número JSON mantém (cerca de 17): ele viraria %2</translation>
    </message>
    <message>
        <source>the text starts with a byte order mark (U+FEFF), which JSON text must not have (RFC 8259 §8.1); save it as UTF-8 without a BOM</source>
        <translation>o texto começa com uma marca de ordem de bytes (U+FEFF), que um texto JSON não pode ter (RFC 8259 §8.1); salve-o como UTF-8 sem BOM</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON value: %1</source>
        <translation>há mais conteúdo depois do fim do valor JSON: %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>nível superior</translation>
    </message>
    <message>
        <source>the text ends where a value should be</source>
        <translation>o texto termina onde deveria haver um valor</translation>
    </message>
    <message>
        <source>JSON strings take double quotes (&quot;), not single ones</source>
        <translation>strings JSON usam aspas duplas (&quot;), não simples</translation>
    </message>
    <message>
        <source>%1 where a value should be (an object, an array, a string in double quotes, a number, true, false or null)</source>
        <translation>%1 onde deveria haver um valor (um objeto, um array, uma string entre aspas duplas, um número, true, false ou null)</translation>
    </message>
    <message>
        <source>a word JSON does not know where a value should be; its only words are true, false and null, and a string needs double quotes</source>
        <translation>uma palavra que o JSON não conhece onde deveria haver um valor; as únicas palavras do JSON são true, false e null, e uma string precisa de aspas duplas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the values nest more than %1 levels deep</source>
        <translation>os valores se aninham em mais de %1 níveis</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>o texto termina dentro de um objeto</translation>
    </message>
    <message>
        <source>a comma before the closing } (a trailing comma) is not JSON</source>
        <translation>uma vírgula antes do } de fechamento (vírgula final) não é JSON</translation>
    </message>
    <message>
        <source>%1 where a key in double quotes should be</source>
        <translation>%1 onde deveria haver uma chave entre aspas duplas</translation>
    </message>
    <message>
        <source>a colon (:) should follow the key &quot;%1&quot;</source>
        <translation>a chave &quot;%1&quot; deveria ser seguida de dois-pontos (:)</translation>
    </message>
    <message>
        <source>%1 where a comma or the closing } should be</source>
        <translation>%1 onde deveria haver uma vírgula ou o } de fechamento</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2; remove one</source>
        <translation>a chave &quot;%1&quot; aparece duas vezes em %2; remova uma</translation>
    </message>
    <message>
        <source>a comma before the closing ] (a trailing comma) is not JSON</source>
        <translation>uma vírgula antes do ] de fechamento (vírgula final) não é JSON</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>o texto termina dentro de um array</translation>
    </message>
    <message>
        <source>%1 where a comma or the closing ] should be</source>
        <translation>%1 onde deveria haver uma vírgula ou o ] de fechamento</translation>
    </message>
    <message>
        <source>HTTP %1, and the answer is not a Graph API error: a proxy or gateway on the way may have failed.</source>
        <translation>HTTP %1, e a resposta não é um erro da Graph API: um proxy ou gateway no caminho pode ter falhado.</translation>
    </message>
    <message>
        <source>HTTP %1, and the answer is not a Graph API error.</source>
        <translation>HTTP %1, e a resposta não é um erro da Graph API.</translation>
    </message>
    <message>
        <source>Redirected to %1</source>
        <translation>Redirecionado para %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): the message may have gone out.</source>
        <translation>O servidor falhou (HTTP %1): a mensagem pode ter saído.</translation>
    </message>
    <message>
        <source>Redirected (HTTP %1): not the Graph API&apos;s answer, and not followed.</source>
        <translation>Redirecionado (HTTP %1): não é a resposta da Graph API, e o redirecionamento não foi seguido.</translation>
    </message>
    <message>
        <source>Refused (HTTP %1) by something other than the Graph API.</source>
        <translation>Recusado (HTTP %1) por algo que não é a Graph API.</translation>
    </message>
    <message>
        <source>The base URL points elsewhere: check the profile&apos;s address. A redirect is never followed, so the token went nowhere else.</source>
        <translation>A URL base aponta para outro lugar: verifique o endereço do perfil. Um redirecionamento nunca é seguido, então o token não foi para nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Nothing at this address answers as the Graph API: check the profile&apos;s base URL and API version.</source>
        <translation>Nada neste endereço responde como a Graph API: verifique a URL base e a versão da API do perfil.</translation>
    </message>
    <message>
        <source>A proxy asks for its own credentials: check the proxy settings.</source>
        <translation>Um proxy pede as próprias credenciais: verifique as configurações de proxy.</translation>
    </message>
    <message>
        <source>A proxy or gateway gave up waiting for the request: check the network and the proxy, then send again.</source>
        <translation>Um proxy ou gateway desistiu de esperar pela requisição: verifique a rede e o proxy e envie de novo.</translation>
    </message>
    <message>
        <source>A proxy or gateway limits the rate: wait before sending again, and check the profile&apos;s base URL.</source>
        <translation>Um proxy ou gateway limita a taxa: espere antes de enviar de novo e verifique a URL base do perfil.</translation>
    </message>
    <message>
        <source>A proxy, a firewall or a wrong base URL answered instead of the Graph API: check the profile&apos;s address and the network&apos;s proxy before changing the token.</source>
        <translation>Um proxy, um firewall ou uma URL base errada respondeu no lugar da Graph API: verifique o endereço do perfil e o proxy da rede antes de trocar o token.</translation>
    </message>
    <message>
        <source>The answer was still coming in when the %1 s time limit ran out.</source>
        <translation>A resposta ainda estava chegando quando o tempo limite de %1 s se esgotou.</translation>
    </message>
    <message>
        <source>No answer within the %1 s time limit.</source>
        <translation>Nenhuma resposta dentro do tempo limite de %1 s.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Não foi possível bloquear %1: %2</translation>
    </message>
    <message>
        <source>A running waconsole holds %1 but did not answer; start this one with --new-instance to run a second console.</source>
        <translation>Um waconsole em execução detém %1, mas não respondeu; inicie este com --new-instance para abrir um segundo console.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não foi possível escutar em %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <source>the file is a database, but not a waconsole history</source>
        <translation>o arquivo é um banco de dados, mas não um histórico do waconsole</translation>
    </message>
    <message>
        <source>the file holds no history yet</source>
        <translation>o arquivo ainda não contém histórico</translation>
    </message>
    <message>
        <source>it was written by an older waconsole (schema %1); open the window once to update it</source>
        <translation>ele foi gravado por um waconsole mais antigo (esquema %1); abra a janela uma vez para atualizá-lo</translation>
    </message>
    <message>
        <source>The history is busy (another program holds it): %1 stayed locked for %2 s (%3).</source>
        <translation>O histórico está ocupado (outro programa o está usando): %1 ficou bloqueado por %2 s (%3).</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used (%2).</source>
        <translation>O arquivo de histórico %1 não pode ser usado (%2).</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2). It was left as it is; the window moves it aside and starts a new history.</source>
        <translation>O arquivo de histórico %1 está danificado (%2). Ele foi deixado como está; a janela o põe de lado e inicia um novo histórico.</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>o byte 0x%1</translation>
    </message>
    <message>
        <source>[The preview is cut here: the text is longer than %1 characters, and only its first %2 are drawn. The message keeps the whole text.]</source>
        <translation>[A pré-visualização é cortada aqui: o texto tem mais de %1 caracteres e só os primeiros %2 são desenhados. A mensagem mantém o texto inteiro.]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; não é um valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than the offset %2 can hold (%3 at most).</source>
        <translation>&quot;%1&quot; tem mais casas decimais do que o offset %2 comporta (no máximo %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>&quot;%1&quot; é um valor grande demais.</translation>
    </message>
    <message>
        <source>A voice message must be an OGG file with the Opus codec; the link is a .%1 file, which WhatsApp may not play as a voice note.</source>
        <translation>Uma mensagem de voz deve ser um arquivo OGG com o codec Opus; o link é um arquivo .%1, que o WhatsApp pode não reproduzir como mensagem de voz.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; must be a whole number of minutes, not %1.</source>
        <translation>&quot;ttl_minutes&quot; deve ser um número inteiro de minutos, não %1.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; is %1; it must be between %2 and %3 (30 days).</source>
        <translation>&quot;ttl_minutes&quot; é %1; deve estar entre %2 e %3 (30 dias).</translation>
    </message>
    <message>
        <source>&quot;contact_request&quot; was renamed to &quot;request_contact_info&quot; (Meta&apos;s changelog, 2026-05-28); the old name is refused.</source>
        <translation>&quot;contact_request&quot; foi renomeado para &quot;request_contact_info&quot; (changelog da Meta, 2026-05-28); o nome antigo é recusado.</translation>
    </message>
    <message>
        <source>&quot;card_index&quot; must be a whole number from 0 to %1.</source>
        <translation>&quot;card_index&quot; deve ser um número inteiro de 0 a %1.</translation>
    </message>
    <message>
        <source>Meta documents only a &quot;link&quot; for a carousel card&apos;s header; an uploaded media &quot;id&quot; may be rejected.</source>
        <translation>A Meta documenta apenas um &quot;link&quot; para o cabeçalho de um cartão de carrossel; um &quot;id&quot; de mídia enviada pode ser rejeitado.</translation>
    </message>
    <message>
        <source>A card&apos;s &quot;text&quot; has %1 line breaks; at most %2 are allowed.</source>
        <translation>O &quot;text&quot; de um cartão tem %1 quebras de linha; são permitidas no máximo %2.</translation>
    </message>
    <message>
        <source>The quick-reply &quot;id&quot; &quot;%1&quot; is used on more than one button: a tap on either returns the same id.</source>
        <translation>O &quot;id&quot; de resposta rápida &quot;%1&quot; é usado em mais de um botão: um toque em qualquer um deles devolve o mesmo id.</translation>
    </message>
    <message>
        <source>a card has either one URL button or quick-reply buttons, not both.</source>
        <translation>um cartão tem um botão de URL ou botões de resposta rápida, não os dois.</translation>
    </message>
    <message>
        <source>%1 quick replies on a card: Meta states no maximum, but pywa documents up to 3 and Jelou up to %2.</source>
        <translation>%1 respostas rápidas em um cartão: a Meta não define um máximo, mas o pywa documenta até 3 e o Jelou até %2.</translation>
    </message>
    <message>
        <source>Every card must have the same buttons: the first card has %1, this one %2.</source>
        <translation>Todos os cartões devem ter os mesmos botões: o primeiro cartão tem %1, este tem %2.</translation>
    </message>
    <message>
        <source>a product card shows the product itself.</source>
        <translation>um cartão de produto mostra o próprio produto.</translation>
    </message>
    <message>
        <source>a product card has no buttons.</source>
        <translation>um cartão de produto não tem botões.</translation>
    </message>
    <message>
        <source>All cards must use the same &quot;catalog_id&quot;: the first card uses &quot;%1&quot;.</source>
        <translation>Todos os cartões devem usar o mesmo &quot;catalog_id&quot;: o primeiro cartão usa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Every card must be of one kind: the first card is &quot;%1&quot;.</source>
        <translation>Todos os cartões devem ser do mesmo tipo: o primeiro cartão é &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is the number %1; a phone number is a string of digits.</source>
        <translation>&quot;to&quot; é o número %1; um número de telefone é uma string de dígitos.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is a JSON number; Graph accepts it, but the reference and the SDKs send a string such as &quot;+%1&quot;.</source>
        <translation>&quot;to&quot; é um número JSON; o Graph o aceita, mas a referência e os SDKs enviam uma string como &quot;+%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; must hold a business-scoped user ID such as US.13491208655302741918, or be left out.</source>
        <translation>&quot;recipient&quot; deve conter um ID de usuário no escopo da empresa, como US.13491208655302741918, ou ser omitido.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is &quot;%1&quot;; a business-scoped user ID starts with a two-letter country code and a dot, as in US.13491208655302741918.</source>
        <translation>&quot;recipient&quot; é &quot;%1&quot;; um ID de usuário no escopo da empresa começa com um código de país de duas letras e um ponto, como em US.13491208655302741918.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is &quot;%1&quot;; after the country code (and ENT. for a parent ID) a business-scoped user ID holds only letters and digits.</source>
        <translation>&quot;recipient&quot; é &quot;%1&quot;; depois do código do país (e de ENT. para um ID pai), um ID de usuário no escopo da empresa contém apenas letras e dígitos.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; has an ID of %1 characters after its country code; the limit is %2.</source>
        <translation>&quot;recipient&quot; tem um ID de %1 caracteres depois do código do país; o limite é %2.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is ignored: when both are given, the message goes to &quot;to&quot;.</source>
        <translation>&quot;recipient&quot; é ignorado: quando os dois são informados, a mensagem vai para &quot;to&quot;.</translation>
    </message>
    <message>
        <source>&quot;to&quot; must hold the group&apos;s ID.</source>
        <translation>&quot;to&quot; deve conter o ID do grupo.</translation>
    </message>
    <message>
        <source>A group cannot receive &quot;%1&quot; messages: groups take text, media and templates only.</source>
        <translation>Um grupo não pode receber mensagens &quot;%1&quot;: grupos aceitam apenas texto, mídia e modelos.</translation>
    </message>
    <message>
        <source>Meta documents text, media and templates for groups; &quot;%1&quot; messages may be rejected.</source>
        <translation>A Meta documenta texto, mídia e modelos para grupos; mensagens &quot;%1&quot; podem ser rejeitadas.</translation>
    </message>
    <message>
        <source>&quot;flow_cta&quot; has %1 characters: Meta advises at most %2, but the SDKs stop at %3.</source>
        <translation>&quot;flow_cta&quot; tem %1 caracteres: a Meta recomenda no máximo %2, mas os SDKs param em %3.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; message has no footer.</source>
        <translation>uma mensagem &quot;%1&quot; não tem rodapé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2.</source>
        <translation>&quot;%1&quot; deve ser um número inteiro, não %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2, not %3.</source>
        <translation>&quot;%1&quot; deve ser pelo menos %2, não %3.</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; is required.</source>
        <translation>&quot;timestamp&quot; é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; must be a Unix time in seconds.</source>
        <translation>&quot;timestamp&quot; deve ser um horário Unix em segundos.</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; must be at least %1 seconds from now.</source>
        <translation>&quot;timestamp&quot; deve ficar pelo menos %1 segundos no futuro.</translation>
    </message>
    <message>
        <source>&quot;offset&quot; must be %1 for INR, not %2.</source>
        <translation>&quot;offset&quot; deve ser %1 para INR, não %2.</translation>
    </message>
    <message>
        <source>&quot;subtotal&quot; is %1 but the items add up to %2 (sale amount, or amount, times quantity).</source>
        <translation>&quot;subtotal&quot; é %1, mas os itens somam %2 (valor promocional, ou valor, vezes a quantidade).</translation>
    </message>
    <message>
        <source>&quot;total_amount&quot; is %1 but subtotal + tax + shipping − discount is %2.</source>
        <translation>&quot;total_amount&quot; é %1, mas subtotal + impostos + frete − desconto é %2.</translation>
    </message>
    <message>
        <source>Only India&apos;s payment settings are documented; &quot;%1&quot; is sent as written.</source>
        <translation>Só as configurações de pagamento da Índia estão documentadas; &quot;%1&quot; é enviado como escrito.</translation>
    </message>
    <message>
        <source>&quot;link&quot; must be a UPI intent link starting with upi://.</source>
        <translation>&quot;link&quot; deve ser um link de intenção UPI que comece com upi://.</translation>
    </message>
    <message>
        <source>Neither &quot;payment_settings&quot; nor &quot;payment_configuration&quot; is given: the customer has no way to pay.</source>
        <translation>Nem &quot;payment_settings&quot; nem &quot;payment_configuration&quot; foi informado: o cliente não tem como pagar.</translation>
    </message>
    <message>
        <source>&quot;reference_id&quot; contains &quot;%1&quot;; it may hold only letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;.</source>
        <translation>&quot;reference_id&quot; contém &quot;%1&quot;; ele só pode ter letras, dígitos, &quot;_&quot;, &quot;-&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>A pin works only in a group: &quot;recipient_type&quot; must be &quot;group&quot;, and &quot;to&quot; the group&apos;s ID.</source>
        <translation>Fixar só funciona em um grupo: &quot;recipient_type&quot; deve ser &quot;group&quot;, e &quot;to&quot;, o ID do grupo.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; must be a number of days.</source>
        <translation>&quot;expiration_days&quot; deve ser um número de dias.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; is a string, as in Meta&apos;s example; a number is the safer form.</source>
        <translation>&quot;expiration_days&quot; é uma string, como no exemplo da Meta; um número é a forma mais segura.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; is required to pin.</source>
        <translation>&quot;expiration_days&quot; é obrigatório para fixar.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; means nothing to an unpin.</source>
        <translation>&quot;expiration_days&quot; não tem efeito ao desafixar.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; must be a whole number from %1 to %2, not %3.</source>
        <translation>&quot;expiration_days&quot; deve ser um número inteiro de %1 a %2, não %3.</translation>
    </message>
    <message>
        <source>In a limited-time offer with a copy-code button the URL button has index 1, not %1.</source>
        <translation>Em uma oferta por tempo limitado com botão de copiar código, o botão de URL tem índice 1, não %1.</translation>
    </message>
    <message>
        <source>In a limited-time offer without a copy-code button the URL button has index 0, not %1.</source>
        <translation>Em uma oferta por tempo limitado sem botão de copiar código, o botão de URL tem índice 0, não %1.</translation>
    </message>
    <message>
        <source>30 products: Meta allows up to 30, but whatsapp-api-js requires fewer than 30 across all sections.</source>
        <translation>30 produtos: a Meta permite até 30, mas o whatsapp-api-js exige menos de 30 somando todas as seções.</translation>
    </message>
    <message>
        <source>a catalog button opens the whole catalog; sections are for an mpm button.</source>
        <translation>um botão de catálogo abre o catálogo inteiro; seções são para um botão mpm.</translation>
    </message>
    <message>
        <source>Catalog %1 differs from the first card&apos;s %2: a product carousel shows products of one catalog.</source>
        <translation>O catálogo %1 é diferente do %2 do primeiro cartão: um carrossel de produtos mostra produtos de um só catálogo.</translation>
    </message>
    <message>
        <source>A carousel card has at most 2 buttons: &quot;index&quot; is 0 or 1, not %1.</source>
        <translation>Um cartão de carrossel tem no máximo 2 botões: &quot;index&quot; é 0 ou 1, não %1.</translation>
    </message>
    <message>
        <source>Each card needs its &quot;card_index&quot;.</source>
        <translation>Cada cartão precisa do seu &quot;card_index&quot;.</translation>
    </message>
    <message>
        <source>&quot;card_index&quot; must be a whole number from 0 to %1 (%2 cards are sent).</source>
        <translation>&quot;card_index&quot; deve ser um número inteiro de 0 a %1 (são enviados %2 cartões).</translation>
    </message>
    <message>
        <source>Card index %1 is used by more than one card.</source>
        <translation>O índice de cartão %1 é usado por mais de um cartão.</translation>
    </message>
    <message>
        <source>A carousel card needs a header component: an image, a video or a product.</source>
        <translation>Um cartão de carrossel precisa de um componente de cabeçalho: uma imagem, um vídeo ou um produto.</translation>
    </message>
    <message>
        <source>Every card of a carousel has the same components: this card has (%1), the first card (%2).</source>
        <translation>Todos os cartões de um carrossel têm os mesmos componentes: este cartão tem (%1), o primeiro cartão (%2).</translation>
    </message>
    <message>
        <source>a carousel&apos;s values go in its cards&apos; components.</source>
        <translation>os valores de um carrossel vão nos componentes dos cartões dele.</translation>
    </message>
    <message>
        <source>One product card: Meta creates product carousels with 2 cards.</source>
        <translation>Um só cartão de produto: a Meta cria carrosséis de produtos com 2 cartões.</translation>
    </message>
    <message>
        <source>&quot;expiration_time_ms&quot; must be a positive whole number: the offer&apos;s end as a Unix time in milliseconds.</source>
        <translation>&quot;expiration_time_ms&quot; deve ser um número inteiro positivo: o fim da oferta como horário Unix em milissegundos.</translation>
    </message>
    <message>
        <source>&quot;expiration_time_ms&quot; is %1: as milliseconds (what Meta documents) that is %2; it is probably seconds (pywa sends seconds), which would be %3.</source>
        <translation>&quot;expiration_time_ms&quot; é %1: em milissegundos (o que a Meta documenta), isso é %2; provavelmente são segundos (o pywa envia segundos), o que seria %3.</translation>
    </message>
    <message>
        <source>&quot;tap_target_configuration&quot; is one object (as whatsapp-api-js sends it); Meta&apos;s page sends an array of {url, title}.</source>
        <translation>&quot;tap_target_configuration&quot; é um objeto (como o whatsapp-api-js o envia); a página da Meta envia um array de {url, title}.</translation>
    </message>
    <message>
        <source>&quot;currency&quot; is &quot;%1&quot;, which is not an ISO 4217 currency code such as INR.</source>
        <translation>&quot;currency&quot; é &quot;%1&quot;, que não é um código de moeda ISO 4217 como INR.</translation>
    </message>
    <message>
        <source>A quick-reply button&apos;s parameter is documented as {&quot;type&quot;: &quot;payload&quot;, &quot;payload&quot;: …}, which comes back in the reply webhook; &quot;text&quot; is what Meta&apos;s own sample_issue_resolution sends.</source>
        <translation>O parâmetro de um botão de resposta rápida é documentado como {&quot;type&quot;: &quot;payload&quot;, &quot;payload&quot;: …}, que volta no webhook da resposta; &quot;text&quot; é o que o próprio sample_issue_resolution da Meta envia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; não pode estar vazio.</translation>
    </message>
    <message>
        <source>a call_permission_request component takes no parameters.</source>
        <translation>um componente call_permission_request não aceita parâmetros.</translation>
    </message>
    <message>
        <source>Meta&apos;s order templates send &quot;policy&quot;: &quot;deterministic&quot; in the language.</source>
        <translation>Os modelos de pedido da Meta enviam &quot;policy&quot;: &quot;deterministic&quot; no idioma (language).</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing, which the reference says means &quot;text&quot;, but the message holds &quot;%1&quot; and no &quot;text&quot;: add &quot;type&quot;: &quot;%1&quot; to be sure it is sent as one.</source>
        <translation>&quot;type&quot; está ausente, o que segundo a referência significa &quot;text&quot;, mas a mensagem contém &quot;%1&quot; e nenhum &quot;text&quot;: adicione &quot;type&quot;: &quot;%1&quot; para garantir que seja enviada assim.</translation>
    </message>
    <message>
        <source>image header</source>
        <translation>cabeçalho de imagem</translation>
    </message>
    <message>
        <source>video header</source>
        <translation>cabeçalho de vídeo</translation>
    </message>
    <message>
        <source>product header</source>
        <translation>cabeçalho de produto</translation>
    </message>
    <message>
        <source>%1 button %2</source>
        <comment>a card&apos;s part: its sub_type, index</comment>
        <translation>botão %1 %2</translation>
    </message>
    <message>
        <source>validate, template-check, roundtrip, send, upload, render, history, conversations, listen, templates, template-submit or template-delete</source>
        <translation>validate, template-check, roundtrip, send, upload, render, history, conversations, listen, templates, template-submit ou template-delete</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli validate|roundtrip|send|upload|render FILE|-, or waconsole-cli history|conversations|listen|templates|template-submit|template-delete  (see --help)</source>
        <translation>Uso: waconsole-cli validate|roundtrip|send|upload|render FILE|-, ou waconsole-cli history|conversations|listen|templates|template-submit|template-delete  (veja --help)</translation>
    </message>
    <message>
        <source>A template definition must be a JSON object.</source>
        <translation>Uma definição de modelo deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>

Templates being designed:
  template-check FILE|-  check a template definition (the body of POST
                    /{waba-id}/message_templates) against Meta&apos;s creation
                    rules; prints and exits as validate does</source>
        <translation>

Modelos em criação:
  template-check FILE|-  verifica uma definição de modelo (o corpo do POST
                    /{waba-id}/message_templates) segundo as regras de criação
                    da Meta; imprime e sai como validate</translation>
    </message>
    <message>
        <source>waconsole-cli: the input is JSON, but not a template definition object.</source>
        <translation>waconsole-cli: a entrada é JSON, mas não um objeto de definição de modelo.</translation>
    </message>
    <message>
        <source>Not sent: the template has errors.</source>
        <translation>Não enviado: o modelo tem erros.</translation>
    </message>
    <message>
        <source>Edited %1 (%2): %3 until Meta&apos;s review.</source>
        <translation>Modelo %1 (%2) editado: %3 até a análise da Meta.</translation>
    </message>
    <message>
        <source>Created %1 (%2): %3 until Meta&apos;s review.</source>
        <translation>Modelo %1 (%2) criado: %3 até a análise da Meta.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluído.</translation>
    </message>
    <message>
        <source>template-submit: edit this template (its ID) instead of creating one.</source>
        <translation>template-submit: editar este modelo (pelo ID) em vez de criar um.</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli template-delete --profile NAME TEMPLATE_NAME</source>
        <translation>Uso: waconsole-cli template-delete --profile NAME TEMPLATE_NAME</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli template-submit --profile NAME [--edit TEMPLATE_ID] FILE|-</source>
        <translation>Uso: waconsole-cli template-submit --profile NAME [--edit TEMPLATE_ID] FILE|-</translation>
    </message>
    <message>
        <source>template-delete: --edit is for template-submit.</source>
        <translation>template-delete: --edit é para template-submit.</translation>
    </message>
    <message>
        <source>waconsole-cli: the template cache cannot be opened: %1</source>
        <translation>waconsole-cli: não é possível abrir o cache de modelos: %1</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>Acessar o site</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Ligar para o número</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
    </message>
    <message>
        <source>Open a flow</source>
        <translation>Abrir um flow</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Senha de uso único</translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation>Ver catálogo</translation>
    </message>
    <message>
        <source>View products (multi-product)</source>
        <translation>Ver produtos (multiproduto)</translation>
    </message>
    <message>
        <source>View product</source>
        <translation>Ver produto</translation>
    </message>
    <message>
        <source>Call on WhatsApp</source>
        <translation>Ligar pelo WhatsApp</translation>
    </message>
    <message>
        <source>Request contact info</source>
        <translation>Pedir dados de contato</translation>
    </message>
    <message>
        <source>WhatsApp labels this button itself (&quot;Copy offer code&quot;); the example is the code shown to the reviewer.</source>
        <translation>O próprio WhatsApp define o texto deste botão (&quot;Copiar código da oferta&quot;); o exemplo é o código mostrado na análise.</translation>
    </message>
    <message>
        <source>WhatsApp labels this button itself (&quot;Share contact info&quot;); utility and marketing templates only.</source>
        <translation>O próprio WhatsApp define o texto deste botão (&quot;Compartilhar dados de contato&quot;); só em modelos de utilidade e marketing.</translation>
    </message>
    <message>
        <source>The products are chosen when the template is sent.</source>
        <translation>Os produtos são escolhidos quando o modelo é enviado.</translation>
    </message>
    <message>
        <source>&quot;name&quot; may hold only lowercase letters, digits and _, not &quot;%1&quot;.</source>
        <translation>&quot;name&quot; só pode conter letras minúsculas, dígitos e _, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a language code like en, en_US or pt_BR, not &quot;%1&quot;.</source>
        <translation>&quot;language&quot; deve ser um código de idioma como en, en_US ou pt_BR, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No source documents a &quot;%1&quot; component; it is kept as written.</source>
        <translation>Nenhuma fonte documenta um componente &quot;%1&quot;; ele é mantido como escrito.</translation>
    </message>
    <message>
        <source>A template has at most one %1 component.</source>
        <translation>Um modelo tem no máximo um componente %1.</translation>
    </message>
    <message>
        <source>A template needs a BODY component.</source>
        <translation>Um modelo precisa de um componente BODY.</translation>
    </message>
    <message>
        <source>&quot;body_text&quot; holds one array of examples.</source>
        <translation>&quot;body_text&quot; contém um único array de exemplos.</translation>
    </message>
    <message>
        <source>The body has %1 variables, but %2 examples.</source>
        <translation>O corpo tem %1 variáveis, mas %2 exemplos.</translation>
    </message>
    <message>
        <source>The example of {{%1}} must be a non-empty text.</source>
        <translation>O exemplo de {{%1}} deve ser um texto não vazio.</translation>
    </message>
    <message>
        <source>The body has no variable {{%1}}.</source>
        <translation>O corpo não tem a variável {{%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} needs an example.</source>
        <translation>{{%1}} precisa de um exemplo.</translation>
    </message>
    <message>
        <source>The body cannot start with a variable: put some text before it.</source>
        <translation>O corpo não pode começar com uma variável: coloque algum texto antes dela.</translation>
    </message>
    <message>
        <source>The body cannot end with a variable: put some text after it.</source>
        <translation>O corpo não pode terminar com uma variável: coloque algum texto depois dela.</translation>
    </message>
    <message>
        <source>Two variables side by side are often rejected: put words between them.</source>
        <translation>Duas variáveis lado a lado costumam ser rejeitadas: coloque palavras entre elas.</translation>
    </message>
    <message>
        <source>%1 line breaks in a row are refused at review.</source>
        <translation>%1 quebras de linha seguidas são recusadas na análise.</translation>
    </message>
    <message>
        <source>%1 variables in %2 words of text: Meta rejects bodies that are mostly variables (about 2 words per variable, plus one).</source>
        <translation>%1 variáveis em %2 palavras de texto: a Meta rejeita corpos que são quase só variáveis (cerca de 2 palavras por variável, mais uma).</translation>
    </message>
    <message>
        <source>only an AUTHENTICATION template&apos;s body has it.</source>
        <translation>só o corpo de um modelo AUTHENTICATION o tem.</translation>
    </message>
    <message>
        <source>A URL button holds one variable; this one holds %1.</source>
        <translation>Um botão de URL contém uma variável; este contém %1.</translation>
    </message>
    <message>
        <source>A URL button&apos;s variable is {{1}} at the very end of the address.</source>
        <translation>A variável de um botão de URL é {{1}}, bem no fim do endereço.</translation>
    </message>
    <message>
        <source>The URL&apos;s variable needs an example.</source>
        <translation>A variável da URL precisa de um exemplo.</translation>
    </message>
    <message>
        <source>A flow button needs &quot;flow_id&quot;, &quot;flow_name&quot; or &quot;flow_json&quot;.</source>
        <translation>Um botão de flow precisa de &quot;flow_id&quot;, &quot;flow_name&quot; ou &quot;flow_json&quot;.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; is a whole number from 1440 to 43200, not %1.</source>
        <translation>&quot;ttl_minutes&quot; é um número inteiro de 1440 a 43200, não %1.</translation>
    </message>
    <message>
        <source>No source documents a &quot;%1&quot; button; it is kept as written.</source>
        <translation>Nenhuma fonte documenta um botão &quot;%1&quot;; ele é mantido como escrito.</translation>
    </message>
    <message>
        <source>WhatsApp writes this button&apos;s label itself; the text is not shown.</source>
        <translation>O próprio WhatsApp define o rótulo deste botão; o texto não é exibido.</translation>
    </message>
    <message>
        <source>A template has at most %1 %2 button(s).</source>
        <translation>Um modelo tem no máximo %1 botão(ões) %2.</translation>
    </message>
    <message>
        <source>Quick replies stand together, before or after the other buttons.</source>
        <translation>As respostas rápidas ficam juntas, antes ou depois dos outros botões.</translation>
    </message>
    <message>
        <source>A carousel card&apos;s buttons are quick replies, URL, phone number or product buttons, not %1.</source>
        <translation>Os botões de um cartão de carrossel são de resposta rápida, URL, número de telefone ou produto, não %1.</translation>
    </message>
    <message>
        <source>Every carousel card has a header.</source>
        <translation>Todo cartão de carrossel tem um cabeçalho.</translation>
    </message>
    <message>
        <source>Card %1 differs from the first: all cards have the same components, header format and buttons.</source>
        <translation>O cartão %1 difere do primeiro: todos os cartões têm os mesmos componentes, formato de cabeçalho e botões.</translation>
    </message>
    <message>
        <source>A product-card carousel is created with exactly %1 cards; it can send up to 10 once approved.</source>
        <translation>Um carrossel de cartões de produto é criado com exatamente %1 cartões; depois de aprovado, pode enviar até 10.</translation>
    </message>
    <message>
        <source>%1 belongs in a MARKETING template, not %2.</source>
        <translation>%1 pertence a um modelo MARKETING, não %2.</translation>
    </message>
    <message>
        <source>An OTP button belongs in an AUTHENTICATION template.</source>
        <translation>Um botão OTP pertence a um modelo AUTHENTICATION.</translation>
    </message>
    <message>
        <source>An AUTHENTICATION template has only its OTP button, not %1.</source>
        <translation>Um modelo AUTHENTICATION tem só o botão OTP, não %1.</translation>
    </message>
    <message>
        <source>A %1 button</source>
        <translation>Um botão %1</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates have no header.</source>
        <translation>Os modelos de autenticação da Meta não têm cabeçalho.</translation>
    </message>
    <message>
        <source>An AUTHENTICATION template has no %1 component.</source>
        <translation>Um modelo AUTHENTICATION não tem componente %1.</translation>
    </message>
    <message>
        <source>A carousel template has its headers and buttons on its cards; Meta&apos;s examples have no %1 beside them.</source>
        <translation>Um modelo de carrossel tem os cabeçalhos e botões nos cartões; os exemplos da Meta não têm %1 ao lado deles.</translation>
    </message>
    <message>
        <source>A limited-time offer</source>
        <translation>Uma oferta por tempo limitado</translation>
    </message>
    <message>
        <source>A carousel</source>
        <translation>Um carrossel</translation>
    </message>
    <message>
        <source>An AUTHENTICATION template needs a BUTTONS component with one OTP button.</source>
        <translation>Um modelo AUTHENTICATION precisa de um componente BUTTONS com um botão OTP.</translation>
    </message>
    <message>
        <source>Graph refused the template.</source>
        <translation>O Graph recusou o modelo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Graph&apos;s error title: its message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Header text with a line break is refused at review by most accounts.</source>
        <translation>Texto de cabeçalho com quebra de linha é recusado na análise pela maioria das contas.</translation>
    </message>
    <message>
        <source>Header text with emoji is refused at review.</source>
        <translation>Texto de cabeçalho com emoji é recusado na análise.</translation>
    </message>
    <message>
        <source>Header text is not formatted: *, _ and ~ are shown as written.</source>
        <translation>O texto do cabeçalho não é formatado: *, _ e ~ aparecem como escritos.</translation>
    </message>
    <message>
        <source>A header&apos;s example is &quot;%1&quot;; &quot;body_text&quot; is the body&apos;s.</source>
        <translation>O exemplo de um cabeçalho é &quot;%1&quot;; &quot;body_text&quot; é o do corpo.</translation>
    </message>
    <message>
        <source>The header&apos;s variable needs an example text.</source>
        <translation>A variável do cabeçalho precisa de um texto de exemplo.</translation>
    </message>
    <message>
        <source>The example is for &quot;%1&quot;, but the header&apos;s variable is {{%2}}.</source>
        <translation>O exemplo é para &quot;%1&quot;, mas a variável do cabeçalho é {{%2}}.</translation>
    </message>
    <message>
        <source>Header text may hold one variable; it holds %1.</source>
        <translation>O texto do cabeçalho pode ter uma variável; ele tem %1.</translation>
    </message>
    <message>
        <source>The header&apos;s variable is {{1}}, not {{%1}}.</source>
        <translation>A variável do cabeçalho é {{1}}, não {{%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} is a named variable, but &quot;parameter_format&quot; is POSITIONAL: number the variables {{1}}, {{2}}, … or make the format NAMED.</source>
        <translation>{{%1}} é uma variável nomeada, mas &quot;parameter_format&quot; é POSITIONAL: numere as variáveis {{1}}, {{2}}, … ou mude o formato para NAMED.</translation>
    </message>
    <message>
        <source>{{%1}} is a numbered variable, but &quot;parameter_format&quot; is NAMED.</source>
        <translation>{{%1}} é uma variável numerada, mas &quot;parameter_format&quot; é NAMED.</translation>
    </message>
    <message>
        <source>{{%1}} is not a valid name: lowercase letters, digits and _, not starting with a digit.</source>
        <translation>{{%1}} não é um nome válido: letras minúsculas, dígitos e _, sem começar com dígito.</translation>
    </message>
    <message>
        <source>Variables are numbered from {{1}} without gaps: {{%1}} is missing.</source>
        <translation>As variáveis são numeradas a partir de {{1}}, sem lacunas: falta {{%1}}.</translation>
    </message>
    <message>
        <source>The header has text but no &quot;format&quot;: TEXT is assumed.</source>
        <translation>O cabeçalho tem texto, mas nenhum &quot;format&quot;: assume-se TEXT.</translation>
    </message>
    <message>
        <source>A %1 header needs the handle of an uploaded sample.</source>
        <translation>Um cabeçalho %1 precisa do handle de uma amostra enviada.</translation>
    </message>
    <message>
        <source>A limited-time offer template has no footer.</source>
        <translation>Um modelo de oferta por tempo limitado não tem rodapé.</translation>
    </message>
    <message>
        <source>Footer text holds no variables.</source>
        <translation>O texto do rodapé não aceita variáveis.</translation>
    </message>
    <message>
        <source>&quot;code_expiration_minutes&quot; is a whole number from 1 to 90, not %1.</source>
        <translation>&quot;code_expiration_minutes&quot; é um número inteiro de 1 a 90, não %1.</translation>
    </message>
    <message>
        <source>only an AUTHENTICATION template&apos;s footer has it.</source>
        <translation>só o rodapé de um modelo AUTHENTICATION o tem.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID; add it in File → Profiles to create, edit or delete its templates.</source>
        <translation>O perfil não tem ID da conta do WhatsApp Business; adicione-o em Arquivo → Perfis para criar, editar ou excluir os modelos dele.</translation>
    </message>
    <message>
        <source>The template ID “%1” is not a number.</source>
        <translation>O ID do modelo “%1” não é um número.</translation>
    </message>
    <message>
        <source>Which template to delete: the name is empty.</source>
        <translation>Modelo a excluir: o nome está vazio.</translation>
    </message>
    <message>
        <source>The template has errors; nothing was sent. Correct the fields marked.</source>
        <translation>O modelo tem erros; nada foi enviado. Corrija os campos marcados.</translation>
    </message>
    <message>
        <source>The template was deleted, but the library&apos;s cache could not be written: %1</source>
        <translation>O modelo foi excluído, mas não foi possível gravar o cache da biblioteca: %1</translation>
    </message>
    <message>
        <source>Graph took the template, but the library&apos;s cache could not be written: %1</source>
        <translation>O Graph aceitou o modelo, mas não foi possível gravar o cache da biblioteca: %1</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>waconsole-cli: --%1 deve ser um número inteiro de %2 a %3, não &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>waconsole-cli: --%1 deve ser um número de %2 a %3, não &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>waconsole-cli: --%1 é um de: %2, não &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 is a time of day from 00:00 to 23:59, not &quot;%2&quot;.</source>
        <translation>waconsole-cli: --%1 é um horário de 00:00 a 23:59, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The text holds half of a character (\u%1 at character %L2, without its other half): WhatsApp cannot show it, and shows &quot;�&quot; or refuses the message. Write the whole character, or both halves of its escape.</source>
        <translation>O texto tem meio caractere (\u%1 no caractere %L2, sem a outra metade): o WhatsApp não consegue mostrá-lo e mostra &quot;�&quot; ou recusa a mensagem. Escreva o caractere inteiro, ou as duas metades do seu escape.</translation>
    </message>
    <message>
        <source>The API version &quot;%1&quot; is not like v25.0.</source>
        <translation>A versão da API &quot;%1&quot; não é como v25.0.</translation>
    </message>
    <message>
        <source>The phone-number ID &quot;%1&quot; is not a number.</source>
        <translation>O ID do número de telefone &quot;%1&quot; não é um número.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID &quot;%1&quot; is not a number.</source>
        <translation>O ID da conta do WhatsApp Business &quot;%1&quot; não é um número.</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is not a number.</source>
        <translation>O ID &quot;%1&quot; não é um número.</translation>
    </message>
    <message>
        <source>The team store %1 is unreachable (%2).</source>
        <translation>O armazenamento da equipe %1 está inacessível (%2).</translation>
    </message>
    <message>
        <source>The team store %1 cannot be used (%2).</source>
        <translation>O armazenamento da equipe %1 não pode ser usado (%2).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>O driver PostgreSQL do Qt não está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>waconsole-cli: no saved profile is named &quot;%1&quot;.</source>
        <translation>waconsole-cli: não há perfil salvo chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checks and converts WhatsApp Cloud API message payloads.

Commands:
  validate FILE|-   print one line per problem: POINTER: error|warning: message [code]
  roundtrip FILE|-  load the payload into waconsole&apos;s message model and print it back
  send FILE|-       send it: --profile NAME, or --base-url URL --phone-number-id ID
                    [--api-version V]; [--timeout SECONDS] [--send-anyway]; the token
                    comes from WACONSOLE_TOKEN or the profile&apos;s keychain entry, never
                    from the command line; recorded in the history as the window
                    records it, unless --no-history
  upload FILE       upload media with the same options as send [--type MIME];
                    prints {&quot;id&quot;: ...}
  render FILE|-     draw the phone preview: -o OUT.png [--theme light|dark]
                    [--state closed|open] [--width PX] [--scale N]
                    [--template-def DEF.json] [--time HH:MM]
  listen            receive webhooks until stopped: [--profile NAME] [--listen ADDR]
                    [--port N] [--path PATH] [--forward URL]; the app secret and verify
                    token come from WACONSOLE_APP_SECRET / WACONSOLE_VERIFY_TOKEN or the
                    profile&apos;s keychain entries; prints one JSON object per event
  conversations     every customer who wrote, newest first [--with NUMBER|BSUID for
                    their thread] [--profile NAME] [--limit N] [--format table|json]
  templates         list the template library: --profile NAME [--cached], or
                    --base-url URL --waba-id ID; [--format table|json] (json is what
                    render --template-def reads)
  template-submit FILE|-  create the template in FILE: --profile NAME [--edit ID];
                    prints ID STATUS (PENDING until Meta&apos;s review)
  template-delete NAME    delete the template: --profile NAME

Exit codes: 0 no errors (warnings allowed) / accepted, 1 the payload has errors or the
API rejected it, 2 the input cannot be read or is not JSON, or the command line is wrong,
3 sent but the outcome is unknown (check before sending again), 4 not sent.</source>
        <translation>Verifica e converte payloads de mensagens da WhatsApp Cloud API.

Comandos:
  validate FILE|-   imprime uma linha por problema: POINTER: error|warning: mensagem [código]
  roundtrip FILE|-  carrega o payload no modelo de mensagem do waconsole e o imprime de volta
  send FILE|-       envia: --profile NAME, ou --base-url URL --phone-number-id ID
                    [--api-version V]; [--timeout SECONDS] [--send-anyway]; o token
                    vem de WACONSOLE_TOKEN ou da entrada do perfil no chaveiro, nunca
                    da linha de comando; registrado no histórico como a janela
                    registra, a menos que --no-history
  upload FILE       envia mídia com as mesmas opções de send [--type MIME];
                    imprime {&quot;id&quot;: ...}
  render FILE|-     desenha a prévia do celular: -o OUT.png [--theme light|dark]
                    [--state closed|open] [--width PX] [--scale N]
                    [--template-def DEF.json] [--time HH:MM]
  listen            recebe webhooks até ser interrompido: [--profile NAME] [--listen ADDR]
                    [--port N] [--path PATH] [--forward URL]; o segredo do app e o token
                    de verificação vêm de WACONSOLE_APP_SECRET / WACONSOLE_VERIFY_TOKEN ou
                    das entradas do perfil no chaveiro; imprime um objeto JSON por evento
  conversations     todos os clientes que escreveram, os mais recentes primeiro
                    [--with NUMBER|BSUID para a conversa dele] [--profile NAME] [--limit N]
                    [--format table|json]
  templates         lista a biblioteca de modelos: --profile NAME [--cached], ou
                    --base-url URL --waba-id ID; [--format table|json] (json é o que
                    render --template-def lê)
  template-submit FILE|-  cria o modelo de FILE: --profile NAME [--edit ID];
                    imprime ID STATUS (PENDING até a análise da Meta)
  template-delete NAME    exclui o modelo: --profile NAME

Códigos de saída: 0 sem erros (avisos permitidos) / aceito, 1 o payload tem erros ou a
API o rejeitou, 2 a entrada não pode ser lida ou não é JSON, ou a linha de comando está
errada, 3 enviado, mas o resultado é desconhecido (verifique antes de enviar de novo),
4 não enviado.</translation>
    </message>
    <message>
        <source>send, listen, templates, history, conversations: use this saved profile (its token comes from the keychain; its store keeps the history).</source>
        <translation>send, listen, templates, history, conversations: usa este perfil salvo (o token vem do chaveiro; o armazenamento dele guarda o histórico).</translation>
    </message>
    <message>
        <source>store copy: the profile whose store is read.</source>
        <translation>store copy: o perfil cujo armazenamento é lido.</translation>
    </message>
    <message>
        <source>store copy: the profile whose store receives the copy.</source>
        <translation>store copy: o perfil cujo armazenamento recebe a cópia.</translation>
    </message>
    <message>
        <source>

History and team stores (the profile&apos;s store; without --profile, the
history file of this computer):
  history           the newest sends first: [--profile NAME] [--filter EXPR]
                    [--limit N] [--format table|csv|json]
  store copy        copy one profile&apos;s store into another&apos;s (a file into the
                    team&apos;s PostgreSQL store, or back): --from PROFILE --to
                    PROFILE; run it again to resume, it adds only what is new.
                    &quot;Sandbox&quot; names this computer&apos;s file; a team store&apos;s
                    password comes from WACONSOLE_STORE_PASSWORD or the keychain</source>
        <translation>

Histórico e armazenamentos de equipe (o armazenamento do perfil; sem --profile,
o arquivo de histórico deste computador):
  history           os envios mais recentes primeiro: [--profile NAME]
                    [--filter EXPR] [--limit N] [--format table|csv|json]
  store copy        copia o armazenamento de um perfil para o de outro (um arquivo
                    para o PostgreSQL da equipe, ou de volta): --from PROFILE --to
                    PROFILE; rode de novo para continuar, só o que é novo é somado.
                    &quot;Sandbox&quot; é o arquivo deste computador; a senha de um
                    armazenamento de equipe vem de WACONSOLE_STORE_PASSWORD ou do chaveiro</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli store copy --from PROFILE --to PROFILE</source>
        <translation>Uso: waconsole-cli store copy --from PROFILE --to PROFILE</translation>
    </message>
    <message>
        <source>waconsole-cli: &quot;%1&quot; and &quot;%2&quot; keep their history in the same store (%3): there is nothing to copy.</source>
        <translation>waconsole-cli: &quot;%1&quot; e &quot;%2&quot; guardam o histórico no mesmo armazenamento (%3): não há nada para copiar.</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 de %L3</translation>
    </message>
    <message>
        <source>waconsole-cli: the copy stopped (%1). What was copied stays; run the same command again to go on.</source>
        <translation>waconsole-cli: a cópia parou (%1). O que foi copiado fica; rode o mesmo comando de novo para continuar.</translation>
    </message>
    <message>
        <source>Copied %1 into %2: %L3 rows read, %L4 of them new.</source>
        <translation>%1 copiado para %2: %L3 linhas lidas, %L4 delas novas.</translation>
    </message>
    <message>
        <source>Not sent: &quot;%1&quot; keeps its history in %2, but this console records into %3, and nothing leaves without its record where the profile&apos;s team looks. Start waconsole with --profile &quot;%1&quot; to use its store.</source>
        <translation>Não enviado: &quot;%1&quot; guarda o histórico em %2, mas este console registra em %3, e nada sai sem o seu registro onde a equipe do perfil olha. Abra o waconsole com --profile &quot;%1&quot; para usar o armazenamento dele.</translation>
    </message>
    <message>
        <source>this computer&apos;s file</source>
        <translation>o arquivo deste computador</translation>
    </message>
    <message>
        <source>No password is stored for the team store %1 of &quot;%2&quot;: enter it in File → Profiles (or set WACONSOLE_STORE_PASSWORD for waconsole-cli).</source>
        <translation>Nenhuma senha está guardada para o armazenamento de equipe %1 de &quot;%2&quot;: digite-a em Arquivo → Perfis (ou defina WACONSOLE_STORE_PASSWORD para o waconsole-cli).</translation>
    </message>
    <message>
        <source>The keychain refused to give the team store&apos;s password of &quot;%1&quot; (%2): unlock the keychain or allow waconsole, then try again.</source>
        <translation>O chaveiro recusou a senha do armazenamento de equipe de &quot;%1&quot; (%2): desbloqueie o chaveiro ou permita o waconsole e tente de novo.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the team store&apos;s password of &quot;%2&quot; cannot be read.</source>
        <translation>Nenhum chaveiro está disponível (%1), então a senha do armazenamento de equipe de &quot;%2&quot; não pode ser lida.</translation>
    </message>
    <message>
        <source>The team store&apos;s password of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Não foi possível ler do chaveiro a senha do armazenamento de equipe de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The agent name has no leading or trailing spaces and at most %1 characters.</source>
        <translation>O nome do agente não tem espaços no início nem no fim e tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>copiando %1: %2</translation>
    </message>
    <message>
        <source>a store without its ID (open it once in waconsole to update it)</source>
        <translation>um armazenamento sem o seu ID (abra-o uma vez no waconsole para atualizá-lo)</translation>
    </message>
    <message>
        <source>the two profiles keep their history in the same store</source>
        <translation>os dois perfis guardam o histórico no mesmo armazenamento</translation>
    </message>
    <message>
        <source>The team store&apos;s server is a host name or an address, with no spaces.</source>
        <translation>O servidor do armazenamento de equipe é um nome de host ou um endereço, sem espaços.</translation>
    </message>
    <message>
        <source>The team store&apos;s port is between 1 and 65535.</source>
        <translation>A porta do armazenamento de equipe fica entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The team store&apos;s database is a name of up to 63 characters, with no spaces or quotes.</source>
        <translation>O banco de dados do armazenamento de equipe é um nome de até 63 caracteres, sem espaços nem aspas.</translation>
    </message>
    <message>
        <source>The team store&apos;s user is a role name of up to 63 characters, with no spaces or quotes.</source>
        <translation>O usuário do armazenamento de equipe é um nome de papel de até 63 caracteres, sem espaços nem aspas.</translation>
    </message>
    <message>
        <source>The team store&apos;s TLS mode is one of %1.</source>
        <translation>O modo TLS do armazenamento de equipe é um destes: %1.</translation>
    </message>
    <message>
        <source>A team store on another computer needs TLS (require, verify-ca or verify-full); %1 is only for a server on this computer.</source>
        <translation>Um armazenamento de equipe em outro computador precisa de TLS (require, verify-ca ou verify-full); %1 é só para um servidor neste computador.</translation>
    </message>
    <message>
        <source>Not started: &quot;%1&quot; keeps its history in %2, not in the store this console has open. Start waconsole with --profile &quot;%1&quot; to receive for it.</source>
        <translation>Não iniciado: &quot;%1&quot; guarda o histórico em %2, não no armazenamento que este console tem aberto. Abra o waconsole com --profile &quot;%1&quot; para receber por ele.</translation>
    </message>
    <message>
        <source>not on this computer: right-click to fetch it here</source>
        <translation>não está neste computador: clique com o botão direito para buscá-lo aqui</translation>
    </message>
    <message>
        <source>The team store is unreachable, so the answer is not in the history yet: it is kept, and recorded as soon as the server is back.</source>
        <translation>O armazenamento da equipe está inacessível, então a resposta ainda não está no histórico: ela foi guardada e será registrada assim que o servidor voltar.</translation>
    </message>
    <message>
        <source>The history could not record the answer: %1</source>
        <translation>O histórico não conseguiu registrar a resposta: %1</translation>
    </message>
    <message>
        <source>The team store&apos;s certificate authorities are a file&apos;s full path, with no &quot;;&quot;.</source>
        <translation>As autoridades certificadoras do armazenamento da equipe são o caminho completo de um arquivo, sem &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The team store&apos;s certificate authorities file %1 cannot be read.</source>
        <translation>O arquivo de autoridades certificadoras do armazenamento da equipe %1 não pode ser lido.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 não pode ser gravado: %2</translation>
    </message>
    <message>
        <source>Not sent: waconsole kept it back, nothing left.</source>
        <translation>Não enviada: o waconsole a reteve, nada saiu.</translation>
    </message>
</context>
<context>
    <name>Wac::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado com %2)</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderButtonEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Ir para uma tela</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Troca de dados</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation>Preenchimento com um toque</translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation>Zero toque</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>Add &amp;app</source>
        <translation>Adicionar &amp;app</translation>
    </message>
    <message>
        <source>A button names at most %1 apps.</source>
        <translation>Um botão indica no máximo %1 apps.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderButtonsPage</name>
    <message>
        <source>Button %1</source>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Adicionar botão</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons.</source>
        <translation>Um modelo tem no máximo %1 botões.</translation>
    </message>
    <message>
        <source>A template has at most 2 URL buttons.</source>
        <translation>Um modelo tem no máximo 2 botões de URL.</translation>
    </message>
    <message>
        <source>A template has one phone number button at most.</source>
        <translation>Um modelo tem no máximo um botão de número de telefone.</translation>
    </message>
    <message>
        <source>A template has one copy-code button at most.</source>
        <translation>Um modelo tem no máximo um botão de copiar código.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderCardEditor</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Card button %1</source>
        <translation>Botão do cartão %1</translation>
    </message>
    <message>
        <source>Add card &amp;button</source>
        <translation>Adicionar &amp;botão ao cartão</translation>
    </message>
    <message>
        <source>A card has at most %1 buttons.</source>
        <translation>Um cartão tem no máximo %1 botões.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderCarouselPage</name>
    <message>
        <source>Card %1</source>
        <translation>Cartão %1</translation>
    </message>
    <message>
        <source>Add &amp;card</source>
        <translation>Adicionar &amp;cartão</translation>
    </message>
    <message>
        <source>A carousel has at most %1 cards.</source>
        <translation>Um carrossel tem no máximo %1 cartões.</translation>
    </message>
    <message>
        <source>A carousel has at least %1 cards: remove the carousel instead.</source>
        <translation>Um carrossel tem no mínimo %1 cartões: remova o carrossel inteiro.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderHeaderPage</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>The location is given with each send; the template has no example for it.</source>
        <translation>A localização é informada em cada envio; o modelo não tem exemplo para ela.</translation>
    </message>
    <message>
        <source>Each send gives its own file; the example is only for Meta&apos;s review.</source>
        <translation>Cada envio informa o próprio arquivo; o exemplo serve só para a análise da Meta.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderIdentityPage</name>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Numbered: {{1}}, {{2}}</source>
        <translation>Numeradas: {{1}}, {{2}}</translation>
    </message>
    <message>
        <source>Named: {{first_name}}</source>
        <translation>Nomeadas: {{first_name}}</translation>
    </message>
    <message>
        <source>A template&apos;s name, language and variable format cannot change once created; create a new template for another one.</source>
        <translation>O nome, o idioma e o formato das variáveis de um modelo não mudam depois de criado; crie um novo modelo para outros.</translation>
    </message>
</context>
<context>
    <name>Wac::ButtonSlotEditor</name>
    <message>
        <source>URL suffix</source>
        <translation>Sufixo da URL</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
    <message>
        <source>At most 15 letters and digits</source>
        <translation>No máximo 15 letras e dígitos</translation>
    </message>
    <message>
        <source>Same as the body&apos;s first value</source>
        <translation>Igual ao primeiro valor do corpo</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>Thumbnail product retailer ID (optional: the catalog&apos;s first)</source>
        <translation>ID no varejista do produto da miniatura (opcional: o primeiro do catálogo)</translation>
    </message>
    <message>
        <source>Thumbnail product</source>
        <translation>Produto da miniatura</translation>
    </message>
    <message>
        <source>Minutes, 1 to %1 (optional: as approved)</source>
        <translation>Minutos, de 1 a %1 (opcional: como aprovado)</translation>
    </message>
    <message>
        <source>Valid for minutes</source>
        <translation>Válido por (minutos)</translation>
    </message>
    <message>
        <source>Payload returned when tapped (optional)</source>
        <translation>Payload devolvido ao tocar (opcional)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Write a whole number of minutes, e.g. 1440.</source>
        <translation>Escreva um número inteiro de minutos, ex.: 1440.</translation>
    </message>
</context>
<context>
    <name>Wac::ButtonsComposerPage</name>
    <message>
        <source>Button %1</source>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Adicionar botão</translation>
    </message>
</context>
<context>
    <name>Wac::CallPermissionComposerPage</name>
    <message>
        <source>Optional: why you would like to call, e.g. about order #4512</source>
        <translation>Opcional: por que você gostaria de ligar, ex.: sobre o pedido #4512</translation>
    </message>
</context>
<context>
    <name>Wac::CarouselCardEditor</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Quick reply %1</source>
        <translation>Resposta rápida %1</translation>
    </message>
    <message>
        <source>Add &amp;quick reply</source>
        <translation>Adicionar resposta &amp;rápida</translation>
    </message>
</context>
<context>
    <name>Wac::CarouselComposerPage</name>
    <message>
        <source>Media cards (image or video)</source>
        <translation>Cartões de mídia (imagem ou vídeo)</translation>
    </message>
    <message>
        <source>Product cards</source>
        <translation>Cartões de produto</translation>
    </message>
    <message>
        <source>One URL button</source>
        <translation>Um botão de URL</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Cartão %1</translation>
    </message>
    <message>
        <source>Add &amp;card</source>
        <translation>Adicionar &amp;cartão</translation>
    </message>
</context>
<context>
    <name>Wac::ComposerController</name>
    <message>
        <source>Other type: %1</source>
        <translation>Outro tipo: %1</translation>
    </message>
    <message>
        <source>A mark-as-read request has no recipient or reply.</source>
        <translation>Um pedido de marcar como lida não tem destinatário nem resposta.</translation>
    </message>
    <message>
        <source>Kept as loaded</source>
        <translation>Mantido como foi carregado</translation>
    </message>
    <message>
        <source>The payload is kept as loaded: edit it in the JSON tab.</source>
        <translation>O payload fica como foi carregado: edite-o na aba JSON.</translation>
    </message>
</context>
<context>
    <name>Wac::ContactEditor</name>
    <message>
        <source>Phone %1</source>
        <translation>Telefone %1</translation>
    </message>
    <message>
        <source>Add &amp;phone</source>
        <translation>Adicionar &amp;telefone</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Add &amp;email</source>
        <translation>Adicionar &amp;e-mail</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Add &amp;website</source>
        <translation>Adicionar &amp;site</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Endereço %1</translation>
    </message>
    <message>
        <source>Add a&amp;ddress</source>
        <translation>Adicionar en&amp;dereço</translation>
    </message>
</context>
<context>
    <name>Wac::ContactEntryEditor</name>
    <message>
        <source>+1 (650) 555-1234</source>
        <translation>+55 (11) 98765-4321</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>Wac::ContactsComposerPage</name>
    <message>
        <source>Contact %1</source>
        <translation>Contato %1</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Adicionar &amp;contato</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Não lidas: %1</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationsDock</name>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Choose it to open the Template page.</source>
        <translation>Escolha-o para abrir a página Modelo.</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <source>&amp;Notify of customers&apos; messages</source>
        <translation>&amp;Notificar mensagens de clientes</translation>
    </message>
    <message>
        <source>A desktop notification for each message a customer writes while the window is not in front</source>
        <translation>Uma notificação na área de trabalho para cada mensagem que um cliente escreve enquanto a janela não está em primeiro plano</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The profile %1 sends from the number this customer wrote to.</source>
        <translation>O perfil %1 envia do número para o qual este cliente escreveu.</translation>
    </message>
    <message>
        <source>No profile sends from the number this customer wrote to (ID %1): a message from %2 would come from another number.</source>
        <translation>Nenhum perfil envia do número para o qual este cliente escreveu (ID %1): uma mensagem de %2 sairia de outro número.</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>este perfil</translation>
    </message>
    <message>
        <source>Writing to %1</source>
        <translation>Escrevendo para %1</translation>
    </message>
    <message>
        <source>Replying to %1&apos;s message</source>
        <translation>Respondendo à mensagem de %1</translation>
    </message>
    <message>
        <source>Reacting to %1&apos;s message: choose the emoji.</source>
        <translation>Reagindo à mensagem de %1: escolha o emoji.</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationsPane</name>
    <message>
        <source>No customer has written yet</source>
        <translation>Nenhum cliente escreveu ainda</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Escolha uma conversa</translation>
    </message>
    <message>
        <source>24-hour window %1</source>
        <extracomment>The customer-service window&apos;s state in the thread&apos;s header: &quot;24-hour window open · …&quot;.</extracomment>
        <translation>Janela de 24 horas %1</translation>
    </message>
</context>
<context>
    <name>Wac::CurlPane</name>
    <message>
        <source>cURL command</source>
        <translation>Comando cURL</translation>
    </message>
    <message>
        <source>&amp;Reveal the token</source>
        <translation>&amp;Mostrar o token</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copiar comando</translation>
    </message>
    <message>
        <source>Copy &amp;body</source>
        <translation>Copiar &amp;corpo</translation>
    </message>
    <message>
        <source>The access token is shown: whoever sees or gets this command can send as you.</source>
        <translation>O token de acesso está visível: quem vir ou receber este comando pode enviar em seu nome.</translation>
    </message>
    <message>
        <source>The token is masked: the command reads it from $%1. Reveal it to include it.</source>
        <translation>O token está oculto: o comando o lê de $%1. Mostre-o para incluí-lo.</translation>
    </message>
    <message>
        <source>This profile has no access token to reveal.</source>
        <translation>Este perfil não tem token de acesso para mostrar.</translation>
    </message>
</context>
<context>
    <name>Wac::CustomerDialog</name>
    <message>
        <source>Simulate a customer message</source>
        <translation>Simular uma mensagem de cliente</translation>
    </message>
    <message>
        <source>Writes to the Sandbox as a customer would. The message arrives by webhook, like a real one, and opens their 24-hour window.</source>
        <translation>Escreve para o Sandbox como um cliente escreveria. A mensagem chega por webhook, como uma real, e abre a janela de 24 horas do cliente.</translation>
    </message>
    <message>
        <source>Pablo Morales</source>
        <translation>Paulo Moraes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Reply button tap</source>
        <translation>Toque em botão de resposta</translation>
    </message>
    <message>
        <source>Hi! Where is my order?</source>
        <translation>Oi! Cadê o meu pedido?</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>The box arrived damaged</source>
        <translation>A caixa chegou danificada</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Legenda:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>L&amp;ugar:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Track my order</source>
        <translation>Rastrear meu pedido</translation>
    </message>
    <message>
        <source>WAMID of our message with the buttons (optional)</source>
        <translation>WAMID da nossa mensagem com os botões (opcional)</translation>
    </message>
    <message>
        <source>Button &amp;title:</source>
        <translation>&amp;Título do botão:</translation>
    </message>
    <message>
        <source>Button &amp;ID:</source>
        <translation>&amp;ID do botão:</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>Em &amp;resposta a:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>En&amp;via:</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>Enviar como o &amp;cliente</translation>
    </message>
    <message>
        <source>&quot;From&quot; must be the customer&apos;s phone number, e.g. +1 650 555 1234.</source>
        <translation>&quot;De&quot; deve ser o número de telefone do cliente, ex.: +1 650 555 1234.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>O texto está vazio.</translation>
    </message>
    <message>
        <source>The button&apos;s title is empty.</source>
        <translation>O título do botão está vazio.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The simulator did not take it: %1</source>
        <translation>O simulador não aceitou a mensagem: %1</translation>
    </message>
    <message>
        <source>Sent as %1: it arrives in Conversations in a moment.</source>
        <translation>Enviada como %1: ela chega em Conversas em instantes.</translation>
    </message>
    <message>
        <source>Call permission answer</source>
        <translation>Resposta à permissão de chamada</translation>
    </message>
    <message>
        <source>Share contact info tap</source>
        <translation>Toque em Compartilhar dados de contato</translation>
    </message>
    <message>
        <source>The customer&apos;s business-scoped user ID (optional)</source>
        <translation>O ID de usuário no escopo da empresa do cliente (opcional)</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ID do &amp;usuário:</translation>
    </message>
</context>
<context>
    <name>Wac::CustomerNotifier</name>
    <message>
        <source>%1 wrote</source>
        <translation>%1 escreveu</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; message</source>
        <translation>Uma mensagem &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Wac::CustomerWindowNote</name>
    <message>
        <source>24-hour window unknown</source>
        <extracomment>The customer-service window beside the recipient: &quot;24-hour window open · 3 h 12 min left&quot;.</extracomment>
        <translation>Janela de 24 horas desconhecida</translation>
    </message>
    <message>
        <source>24-hour window %1</source>
        <translation>Janela de 24 horas %1</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: only an approved template reaches them until they write again. Click to open the Template page.</source>
        <translation>O cliente escreveu pela última vez há mais de 24 horas: até ele escrever de novo, só um modelo aprovado chega a ele. Clique para abrir a página Modelo.</translation>
    </message>
    <message>
        <source>Any message may go out until the window closes; each message the customer writes opens it for 24 hours again.</source>
        <translation>Qualquer mensagem pode ser enviada até a janela fechar; cada mensagem que o cliente escreve a abre de novo por 24 horas.</translation>
    </message>
    <message>
        <source>No message from this customer to this profile&apos;s number has reached the console, so it cannot tell whether the window is open; a free-form message may fail with error 131047.</source>
        <translation>Nenhuma mensagem deste cliente para o número deste perfil chegou ao console, então não dá para saber se a janela está aberta; uma mensagem livre pode falhar com o erro 131047.</translation>
    </message>
</context>
<context>
    <name>Wac::DeliveriesDialog</name>
    <message>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhook</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>&amp;Copy body</source>
        <translation>&amp;Copiar corpo</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Mais an&amp;tigas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificada</translation>
    </message>
    <message>
        <source>statuses: %1 · messages: %2 · other: %3</source>
        <translation>status: %1 · mensagens: %2 · outros: %3</translation>
    </message>
    <message>
        <source>%L1 of %L2 deliveries shown. They are kept as long as the history keeps its sends.</source>
        <translation>%L1 de %L2 entregas exibidas. Elas ficam guardadas enquanto o histórico mantiver os envios.</translation>
    </message>
    <message>
        <source>No webhook delivery has been accepted yet.</source>
        <translation>Nenhuma entrega de webhook foi aceita ainda.</translation>
    </message>
</context>
<context>
    <name>Wac::DeliveryForwarder</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondeu HTTP %2</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Não foi possível alcançar %1: %2</translation>
    </message>
</context>
<context>
    <name>Wac::EnvelopeFields</name>
    <message>
        <source>Replying to “%1”</source>
        <translation>Respondendo a “%1”</translation>
    </message>
    <message>
        <source>This message quotes %1&apos;s message “%2” (%3). Click to stop replying.</source>
        <translation>Esta mensagem cita a mensagem “%2”, de %1 (%3). Clique para deixar de responder.</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
    <message>
        <source>This message quotes %1. Click to stop replying.</source>
        <translation>Esta mensagem cita %1. Clique para deixar de responder.</translation>
    </message>
    <message>
        <source>The group&apos;s ID, e.g. Y2FwaV9ncm91cDoxNzA1…</source>
        <translation>O ID do grupo, ex.: Y2FwaV9ncm91cDoxNzA1…</translation>
    </message>
    <message>
        <source>Phone number with country code (+1 650 555 1234) or user ID (US.1349…)</source>
        <translation>Número de telefone com código do país (+1 650 555 1234) ou ID de usuário (US.1349…)</translation>
    </message>
    <message>
        <source>Parent user ID: sent as &quot;recipient&quot;</source>
        <translation>ID de usuário pai: enviado como &quot;recipient&quot;</translation>
    </message>
    <message>
        <source>User ID: sent as &quot;recipient&quot;</source>
        <translation>ID de usuário: enviado como &quot;recipient&quot;</translation>
    </message>
    <message>
        <source>No country code: the business number&apos;s code will be prepended</source>
        <translation>Sem código do país: o código do país do número da empresa será adicionado</translation>
    </message>
    <message>
        <source>Sends to %1</source>
        <translation>Envia para %1</translation>
    </message>
</context>
<context>
    <name>Wac::FlowComposerPage</name>
    <message>
        <source>Not set (published)</source>
        <translation>Não definido (published)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft (for testing)</source>
        <translation>Rascunho (para testes)</translation>
    </message>
    <message>
        <source>Not set (navigate)</source>
        <translation>Não definida (navigate)</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Ir para uma tela</translation>
    </message>
    <message>
        <source>Data exchange with your endpoint</source>
        <translation>Troca de dados com seu endpoint</translation>
    </message>
</context>
<context>
    <name>Wac::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>The history file is damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>O arquivo de histórico está danificado (%1). Ele foi movido para %2 e um novo histórico foi iniciado.</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
    <message>
        <source>Reacting to %1: choose the emoji.</source>
        <translation>Reagindo a %1: escolha o emoji.</translation>
    </message>
    <message>
        <source>The history is busy (another program holds it), so its check was skipped; the file was left as it is.</source>
        <translation>O histórico está ocupado (outro programa o está usando), então a verificação foi pulada; o arquivo foi deixado como está.</translation>
    </message>
    <message>
        <source>The history file could not be checked (%1); it was left as it is.</source>
        <translation>Não foi possível verificar o arquivo de histórico (%1); ele foi deixado como está.</translation>
    </message>
</context>
<context>
    <name>Wac::HistoryModel</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Failed after acceptance</source>
        <translation>Falhou após ser aceita</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Aceita (%1)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>WAMID</source>
        <translation>WAMID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>Wac::HistoryPane</name>
    <message>
        <source>Selected messages…</source>
        <translation>Mensagens selecionadas…</translation>
    </message>
    <message>
        <source>All messages shown…</source>
        <translation>Todas as mensagens exibidas…</translation>
    </message>
    <message>
        <source>&amp;Keep messages</source>
        <translation>&amp;Manter mensagens</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para sempre</translation>
    </message>
    <message>
        <source>C&amp;ompact the history file</source>
        <translation>C&amp;ompactar o arquivo de histórico</translation>
    </message>
    <message>
        <source>C&amp;lear the history…</source>
        <translation>&amp;Limpar o histórico…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Send this %1 message to %2 again with the profile %3? It is a new message: the customer gets it twice.</source>
        <translation>Enviar esta mensagem (%1) para %2 de novo com o perfil %3? É uma nova mensagem: o cliente a recebe duas vezes.</translation>
    </message>
    <message>
        <source>Its first send may have gone out: no answer came. Check before sending again.</source>
        <translation>O primeiro envio pode ter saído: nenhuma resposta chegou. Verifique antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Select the messages to export first.</source>
        <translation>Selecione primeiro as mensagens a exportar.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Exportando o histórico…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nada foi exportado: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Delete from the history</source>
        <translation>Excluir do histórico</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Limpar o histórico</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>O histórico está vazio.</translation>
    </message>
    <message>
        <source>Keep messages</source>
        <translation>Manter mensagens</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Excluí-las</translation>
    </message>
    <message>
        <source>Compacting failed: %1</source>
        <translation>A compactação falhou: %1</translation>
    </message>
    <message>
        <source>The history file went from %1 to %2.</source>
        <translation>O arquivo de histórico foi de %1 para %2.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Select a message to see its request, answer and timeline.</source>
        <translation>Selecione uma mensagem para ver a requisição, a resposta e a linha do tempo.</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>(WhatsApp ID %1)</source>
        <translation>(WhatsApp ID %1)</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>(no answer was received)</source>
        <translation>(nenhuma resposta foi recebida)</translation>
    </message>
    <message>
        <source>written, request sent</source>
        <translation>gravado, requisição enviada</translation>
    </message>
    <message numerus="yes">
        <source>For %n days</source>
        <translation>
            <numerusform>Por %n dia</numerusform>
            <numerusform>Por %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected messages from the history (%L1)? This cannot be undone.</source>
        <translation>Excluir do histórico as mensagens selecionadas (%L1)? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Messages deleted from the history: %L1.</source>
        <translation>Mensagens excluídas do histórico: %L1.</translation>
    </message>
    <message>
        <source>Delete every message in the history (%L1)? This cannot be undone.</source>
        <translation>Excluir todas as mensagens do histórico (%L1)? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Messages older than the new limit will be deleted now: %L1.</source>
        <translation>Mensagens mais antigas que o novo limite a excluir agora: %L1.</translation>
    </message>
    <message>
        <source>Messages older than the kept days deleted: %L1.</source>
        <translation>Mensagens mais antigas que o prazo excluídas: %L1.</translation>
    </message>
    <message>
        <source>Found: %L1 or more</source>
        <translation>Encontradas: %L1 ou mais</translation>
    </message>
    <message>
        <source>Messages: %L1</source>
        <translation>Mensagens: %L1</translation>
    </message>
    <message>
        <source>Found: %L1</source>
        <translation>Encontradas: %L1</translation>
    </message>
    <message>
        <source>Messages selected: %L1.</source>
        <translation>Mensagens selecionadas: %L1.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nada foi excluído: %1</translation>
    </message>
</context>
<context>
    <name>Wac::InteractiveFields</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
</context>
<context>
    <name>Wac::JsonPane</name>
    <message>
        <source>Request body (JSON)</source>
        <translation>Corpo da requisição (JSON)</translation>
    </message>
    <message>
        <source>&amp;Discard this edit</source>
        <translation>&amp;Descartar esta edição</translation>
    </message>
    <message>
        <source>Show the form&apos;s body again, dropping the text that does not parse</source>
        <translation>Mostrar de novo o corpo do formulário, descartando o texto que não é válido</translation>
    </message>
    <message>
        <source>Edit the body here: a valid change updates the form.</source>
        <translation>Edite o corpo aqui: uma mudança válida atualiza o formulário.</translation>
    </message>
    <message>
        <source>Not applied to the form: %1</source>
        <translation>Não aplicado ao formulário: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object: { … }.</source>
        <translation>O corpo deve ser um objeto JSON: { … }.</translation>
    </message>
    <message>
        <source>Cut: this view shows only the start of the body, read-only, since the body is %1 bytes. The whole body is validated, copied, saved and sent.</source>
        <translation>Cortado: esta visualização mostra só o início do corpo, somente leitura, pois o corpo tem %1 bytes. O corpo inteiro é validado, copiado, salvo e enviado.</translation>
    </message>
</context>
<context>
    <name>Wac::JsonSlotEditor</name>
    <message>
        <source>Flow token (optional)</source>
        <translation>Token do flow (opcional)</translation>
    </message>
    <message>
        <source>Flow token</source>
        <translation>Token do flow</translation>
    </message>
    <message>
        <source>flow_action_data as a JSON object (optional)</source>
        <translation>flow_action_data como objeto JSON (opcional)</translation>
    </message>
    <message>
        <source>order_details as a JSON object: currency, order, reference_id, total_amount…</source>
        <translation>order_details como objeto JSON: currency, order, reference_id, total_amount…</translation>
    </message>
    <message>
        <source>Flow action data</source>
        <translation>Dados da ação do flow</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Detalhes do pedido</translation>
    </message>
    <message>
        <source>The flow data is not a JSON object.</source>
        <translation>Os dados do flow não são um objeto JSON.</translation>
    </message>
    <message>
        <source>The order details are not a JSON object.</source>
        <translation>Os detalhes do pedido não são um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>Wac::KeptComposerPage</name>
    <message>
        <source>It is kept exactly as loaded: edit, validate and send it in the JSON tab. An edit there that the form can show brings the form back.</source>
        <translation>Ele fica exatamente como foi carregado: edite, valide e envie-o na aba JSON. Uma edição ali que o formulário consiga mostrar traz o formulário de volta.</translation>
    </message>
    <message>
        <source>The form cannot show this payload exactly: it would change %1.</source>
        <translation>O formulário não consegue mostrar este payload exatamente: ele mudaria %1.</translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>a mensagem inteira</translation>
    </message>
    <message>
        <source>The payload is kept as loaded, in the JSON tab.</source>
        <translation>O payload fica como foi carregado, na aba JSON.</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes, too large for the form (its limit is %3 bytes).</source>
        <translation>%1 tem %2 bytes, grande demais para o formulário (o limite é %3 bytes).</translation>
    </message>
    <message>
        <source>It is kept exactly as loaded and is validated, saved and sent whole; the JSON tab shows only its start, read-only.</source>
        <translation>O payload é mantido exatamente como foi carregado e é validado, salvo e enviado inteiro; a aba JSON mostra só o início, somente leitura.</translation>
    </message>
</context>
<context>
    <name>Wac::ListComposerPage</name>
    <message>
        <source>Rows: %1/%2</source>
        <translation>Linhas: %1/%2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Required when there are several sections</source>
        <translation>Obrigatório quando há várias seções</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Adicionar &amp;linha</translation>
    </message>
</context>
<context>
    <name>Wac::LocationSlotEditor</name>
    <message>
        <source>Latitude, e.g. -23.5614</source>
        <translation>Latitude, ex.: -23.5614</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude, e.g. -46.6559</source>
        <translation>Longitude, ex.: -46.6559</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Place name (optional)</source>
        <translation>Nome do lugar (opcional)</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nome do lugar</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Endereço (opcional)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
</context>
<context>
    <name>Wac::MainWindow</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The JSON body is on the clipboard.</source>
        <translation>O corpo JSON está na área de transferência.</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>O comando curl está na área de transferência.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1.</source>
        <translation>Não foi possível salvar o rascunho em %1.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Start a new message?</source>
        <translation>Começar uma nova mensagem?</translation>
    </message>
    <message>
        <source>The message in the form has not been sent or saved; a new message clears every page and the recipient.</source>
        <translation>A mensagem no formulário não foi enviada nem salva; uma nova mensagem limpa todas as páginas e o destinatário.</translation>
    </message>
    <message>
        <source>Clear it</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (produção)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>The team store is reachable again.</source>
        <translation>O armazenamento de equipe está acessível de novo.</translation>
    </message>
    <message>
        <source>%1 Nothing is sent until it is back; what you typed stays, and waconsole connects again by itself.</source>
        <translation>%1 Nada é enviado até ele voltar; o que você digitou fica, e o waconsole se conecta de novo sozinho.</translation>
    </message>
</context>
<context>
    <name>Wac::MediaComposerPage</name>
    <message>
        <source>JPEG or PNG, up to 5 MB. The caption may hold up to 1024 characters.</source>
        <translation>JPEG ou PNG, até 5 MB. A legenda pode ter até 1024 caracteres.</translation>
    </message>
    <message>
        <source>AAC, AMR, MP3, MP4 audio or OGG (Opus), up to 16 MB. Audio has no caption.</source>
        <translation>AAC, AMR, MP3, áudio MP4 ou OGG (Opus), até 16 MB. Áudio não tem legenda.</translation>
    </message>
    <message>
        <source>MP4 or 3GPP (H.264 video, AAC audio), up to 16 MB.</source>
        <translation>MP4 ou 3GPP (vídeo H.264, áudio AAC), até 16 MB.</translation>
    </message>
    <message>
        <source>PDF, Office documents or plain text, up to 100 MB. The file name&apos;s extension decides how the phone opens it.</source>
        <translation>PDF, documentos do Office ou texto simples, até 100 MB. A extensão do nome do arquivo decide como o celular o abre.</translation>
    </message>
    <message>
        <source>WebP, 512×512 pixels: static up to 100 KB, animated up to 500 KB. Stickers have no caption.</source>
        <translation>WebP, 512×512 pixels: estática até 100 KB, animada até 500 KB. Figurinhas não têm legenda.</translation>
    </message>
</context>
<context>
    <name>Wac::MediaSlotEditor</name>
    <message>
        <source>File name the customer sees (optional)</source>
        <translation>Nome do arquivo que o cliente vê (opcional)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
</context>
<context>
    <name>Wac::MessageFiles</name>
    <message>
        <source>Example loaded: %1</source>
        <translation>Exemplo carregado: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a payload: %2</source>
        <translation>%1 não é um payload: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aberto: %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Não carregado</translation>
    </message>
    <message>
        <source>Loaded the body of a curl command to %1</source>
        <translation>Carregado o corpo de um comando curl para %1</translation>
    </message>
    <message>
        <source>Payload loaded.</source>
        <translation>Payload carregado.</translation>
    </message>
    <message>
        <source>Open payload</source>
        <translation>Abrir payload</translation>
    </message>
    <message>
        <source>JSON payloads (*.json);;curl commands (*.sh *.txt);;All files (*)</source>
        <translation>Payloads JSON (*.json);;Comandos curl (*.sh *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Salvar payload</translation>
    </message>
    <message>
        <source>JSON payloads (*.json)</source>
        <translation>Payloads JSON (*.json)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Text to a business-scoped user ID</source>
        <translation>Texto para um ID de usuário da empresa (BSUID)</translation>
    </message>
    <message>
        <source>Text to a group</source>
        <translation>Texto para um grupo</translation>
    </message>
    <message>
        <source>Carousel of product cards</source>
        <translation>Carrossel de cartões de produto</translation>
    </message>
    <message>
        <source>Template: carousel of media cards</source>
        <translation>Modelo: carrossel de cartões de mídia</translation>
    </message>
    <message>
        <source>Template: carousel of product cards</source>
        <translation>Modelo: carrossel de cartões de produto</translation>
    </message>
    <message>
        <source>Template: limited-time offer</source>
        <translation>Modelo: oferta por tempo limitado</translation>
    </message>
    <message>
        <source>Template: coupon code</source>
        <translation>Modelo: código de cupom</translation>
    </message>
    <message>
        <source>Template: catalog</source>
        <translation>Modelo: catálogo</translation>
    </message>
    <message>
        <source>Template: multi-product</source>
        <translation>Modelo: vários produtos</translation>
    </message>
    <message>
        <source>Template: call permission request</source>
        <translation>Modelo: pedido de permissão de chamada</translation>
    </message>
    <message>
        <source>Template: order details</source>
        <translation>Modelo: detalhes do pedido</translation>
    </message>
    <message>
        <source>More examples</source>
        <translation>Mais exemplos</translation>
    </message>
</context>
<context>
    <name>Wac::MessageViews</name>
    <message>
        <source>The JSON tab holds an edit that does not parse (%1); fix it or discard it.</source>
        <translation>A aba JSON tem uma edição que não é válida (%1); corrija ou descarte.</translation>
    </message>
</context>
<context>
    <name>Wac::MpmSlotEditor</name>
    <message>
        <source>Thumbnail product retailer ID, e.g. 2lc20305pt</source>
        <translation>ID no varejista do produto da miniatura, ex.: 2lc20305pt</translation>
    </message>
    <message>
        <source>Thumbnail product</source>
        <translation>Produto da miniatura</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>e.g. Popular bundles</source>
        <translation>ex.: Pacotes populares</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produto %1</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>Adicionar &amp;produto</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Seção %1</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Adicionar &amp;seção</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Products: %1/%2</source>
        <translation>Produtos: %1/%2</translation>
    </message>
</context>
<context>
    <name>Wac::OfferSlotEditor</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Offer expires at</source>
        <translation>A oferta expira em</translation>
    </message>
    <message>
        <source>When the offer ends, in this computer&apos;s time zone</source>
        <translation>Quando a oferta termina, no fuso horário deste computador</translation>
    </message>
    <message>
        <source>Pick when the offer ends: the countdown needs it.</source>
        <translation>Escolha quando a oferta termina: a contagem regressiva precisa disso.</translation>
    </message>
    <message>
        <source>Sent as expiration_time_ms: %1, before 2001: seconds or a duration, not a time in milliseconds?</source>
        <translation>Enviado como expiration_time_ms: %1, antes de 2001: segundos ou uma duração, não um horário em milissegundos?</translation>
    </message>
    <message>
        <source>Sent as expiration_time_ms: %1</source>
        <translation>Enviado como expiration_time_ms: %1</translation>
    </message>
</context>
<context>
    <name>Wac::OrderDetailsComposerPage</name>
    <message>
        <source>Digital goods</source>
        <translation>Bens digitais</translation>
    </message>
    <message>
        <source>Physical goods</source>
        <translation>Bens físicos</translation>
    </message>
    <message>
        <source>INR · India</source>
        <translation>INR · Índia</translation>
    </message>
    <message>
        <source>BRL · Brazil</source>
        <translation>BRL · Brasil</translation>
    </message>
    <message>
        <source>SGD · Singapore</source>
        <translation>SGD · Singapura</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Adicionar &amp;item</translation>
    </message>
    <message>
        <source>payment gateway %1 (%2)</source>
        <translation>gateway de pagamento %1 (%2)</translation>
    </message>
    <message>
        <source>Payment settings, kept as written (edit them in the JSON tab): %1</source>
        <translation>Configurações de pagamento, mantidas como escritas (edite-as na aba JSON): %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Items add up to %1 · subtotal + tax + shipping − discount = %2</source>
        <translation>Os itens somam %1 · subtotal + impostos + frete − desconto = %2</translation>
    </message>
</context>
<context>
    <name>Wac::OrderStatusComposerPage</name>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Wac::OrderStatusSlotEditor</name>
    <message>
        <source>Reference ID, e.g. order-ref_2026.0042</source>
        <translation>ID de referência, ex.: order-ref_2026.0042</translation>
    </message>
    <message>
        <source>Order reference ID</source>
        <translation>ID de referência do pedido</translation>
    </message>
    <message>
        <source>The order&apos;s reference_id: up to 35 letters, digits, _ . or -, as sent with its order_details</source>
        <translation>O reference_id do pedido: até 35 letras, dígitos, _ . ou -, como enviado com o order_details dele</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <translation>Escolha um status</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Status do pedido</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descrição (opcional)</translation>
    </message>
    <message>
        <source>Order status description</source>
        <translation>Descrição do status do pedido</translation>
    </message>
    <message>
        <source>%1 (not a documented status)</source>
        <translation>%1 (status não documentado)</translation>
    </message>
</context>
<context>
    <name>Wac::PermissionReplyPage</name>
    <message>
        <source>Always, not only for 7 days</source>
        <translation>Sempre, não só por 7 dias</translation>
    </message>
    <message>
        <source>Allow calls</source>
        <translation>Permitir chamadas</translation>
    </message>
    <message>
        <source>Decline calls</source>
        <translation>Recusar chamadas</translation>
    </message>
    <message>
        <source>WAMID of our call permission request</source>
        <translation>WAMID do nosso pedido de permissão de chamada</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>Res&amp;posta:</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>Em &amp;resposta a:</translation>
    </message>
    <message>
        <source>&quot;In reply to&quot; must be the WAMID of the call permission request answered.</source>
        <translation>&quot;Em resposta a&quot; deve ser o WAMID do pedido de permissão de chamada respondido.</translation>
    </message>
</context>
<context>
    <name>Wac::PinComposerPage</name>
    <message>
        <source>Pin the message</source>
        <translation>Fixar a mensagem</translation>
    </message>
    <message>
        <source>Unpin the message</source>
        <translation>Desafixar a mensagem</translation>
    </message>
</context>
<context>
    <name>Wac::PreviewWidget</name>
    <message>
        <source>Phone t&amp;heme</source>
        <translation>Tema do ce&amp;lular</translation>
    </message>
    <message>
        <source>As the app</source>
        <translation>Como o aplicativo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escura</translation>
    </message>
    <message>
        <source>Save the preview as a PNG at twice the screen&apos;s density</source>
        <translation>Salvar a prévia como PNG com o dobro da densidade da tela</translation>
    </message>
    <message>
        <source>Phone preview</source>
        <translation>Prévia no celular</translation>
    </message>
    <message>
        <source>Save preview</source>
        <translation>Salvar prévia</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Salvar imagem…</translation>
    </message>
</context>
<context>
    <name>Wac::ProblemList</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in the Problems list: where it is (&quot;Section 2, row 1&quot;), then what it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>P&amp;roblems: none, ready to send</source>
        <translation>P&amp;roblemas: nenhum, pronto para enviar</translation>
    </message>
    <message>
        <source>P&amp;roblems: %1 errors, %2 warnings</source>
        <translation>P&amp;roblemas: %1 erros, %2 avisos</translation>
    </message>
</context>
<context>
    <name>Wac::ProductComposerPage</name>
    <message>
        <source>Optional text above the product</source>
        <translation>Texto opcional acima do produto</translation>
    </message>
</context>
<context>
    <name>Wac::ProductListComposerPage</name>
    <message>
        <source>Products: %1/%2</source>
        <translation>Produtos: %1/%2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>e.g. Best sellers</source>
        <translation>ex.: Mais vendidos</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produto %1</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>Adicionar &amp;produto</translation>
    </message>
</context>
<context>
    <name>Wac::ProductSlotEditor</name>
    <message>
        <source>Product retailer ID (SKU), e.g. vrpj01fvwp</source>
        <translation>ID do produto no varejista (SKU), ex.: vrpj01fvwp</translation>
    </message>
    <message>
        <source>Product retailer ID</source>
        <translation>ID do produto no varejista</translation>
    </message>
    <message>
        <source>Catalog ID, e.g. 194836987003835</source>
        <translation>ID do catálogo, ex.: 194836987003835</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>ID do catálogo</translation>
    </message>
    <message>
        <source>The same catalog on every card</source>
        <translation>O mesmo catálogo em todos os cartões</translation>
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
    <message>
        <source>Team store</source>
        <translation>Armazenamento de equipe</translation>
    </message>
</context>
<context>
    <name>Wac::ProfileReceiver</name>
    <message>
        <source>200: accepted and recorded</source>
        <translation>200: aceita e registrada</translation>
    </message>
    <message>
        <source>Verification handshake answered</source>
        <translation>Handshake de verificação respondido</translation>
    </message>
    <message>
        <source>Verification handshake refused: %1</source>
        <translation>Handshake de verificação recusado: %1</translation>
    </message>
    <message>
        <source>No app secret: every delivery is refused (403) until one is set.</source>
        <translation>Sem segredo do app: toda entrega é recusada (403) até que um seja definido.</translation>
    </message>
    <message>
        <source>No keychain: every delivery is refused (403) until an app secret is given.</source>
        <translation>Sem chaveiro: toda entrega é recusada (403) até que um segredo do app seja informado.</translation>
    </message>
    <message>
        <source>The keychain did not give the app secret of &quot;%1&quot; (%2): every delivery is refused until it does.</source>
        <translation>O chaveiro não forneceu o segredo do app de &quot;%1&quot; (%2): toda entrega é recusada até que ele o forneça.</translation>
    </message>
    <message>
        <source>The keychain did not give the verify token of &quot;%1&quot; (%2): Meta&apos;s verification handshake is refused until it does.</source>
        <translation>O chaveiro não forneceu o token de verificação de &quot;%1&quot; (%2): o handshake de verificação da Meta é recusado até que ele o forneça.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no app secret: every delivery is refused (403) until one is saved in File → Profiles.</source>
        <translation>&quot;%1&quot; não tem segredo do app: toda entrega é recusada (403) até que um seja salvo em Arquivo → Perfis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no verify token: Meta&apos;s verification handshake is refused until one is saved in File → Profiles.</source>
        <translation>&quot;%1&quot; não tem token de verificação: o handshake de verificação da Meta é recusado até que um seja salvo em Arquivo → Perfis.</translation>
    </message>
    <message>
        <source>The history file did not take it (%1): free disk space or close what holds the file; Meta sends it again.</source>
        <translation>O arquivo de histórico não a aceitou (%1): libere espaço em disco ou feche o que está usando o arquivo; a Meta a envia de novo.</translation>
    </message>
    <message>
        <source>No history is open, so nothing could be kept; Meta sends it again.</source>
        <translation>Nenhum histórico está aberto, então nada pôde ser guardado; a Meta a envia de novo.</translation>
    </message>
    <message>
        <source>The history could not be opened: deliveries are answered 500 so that Meta sends them again later.</source>
        <translation>Não foi possível abrir o histórico: as entregas são respondidas com 500 para que a Meta as envie de novo mais tarde.</translation>
    </message>
</context>
<context>
    <name>Wac::ProfileStatus</name>
    <message>
        <source>LIVE · real customers</source>
        <translation>PRODUÇÃO · clientes reais</translation>
    </message>
    <message>
        <source>This profile sends to real WhatsApp users.</source>
        <translation>Este perfil envia para usuários reais do WhatsApp.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sem perfil</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The built-in Cloud API simulator answers on this address while waconsole runs (token: sandbox-token).</source>
        <translation>O simulador embutido da Cloud API responde neste endereço enquanto o waconsole estiver aberto (token: sandbox-token).</translation>
    </message>
    <message>
        <source>The profile messages go out with, where they go, and the API version.</source>
        <translation>O perfil com que as mensagens saem, para onde vão e a versão da API.</translation>
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
        <source>Webhooks: off</source>
        <translation>Webhooks: desligados</translation>
    </message>
    <message>
        <source>Webhooks: not received</source>
        <translation>Webhooks: não recebidos</translation>
    </message>
    <message>
        <source>This profile has no receiver port: statuses and customers&apos; messages do not arrive. Set one in File → Profiles → Receiving webhooks.</source>
        <translation>Este perfil não tem porta do receptor: status e mensagens de clientes não chegam. Defina uma em Arquivo → Perfis → Recebimento de webhooks.</translation>
    </message>
    <message>
        <source>Webhooks: receiving</source>
        <translation>Webhooks: recebendo</translation>
    </message>
    <message>
        <source>Webhooks: refusing deliveries</source>
        <translation>Webhooks: recusando entregas</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Escutando em %1.</translation>
    </message>
    <message>
        <source>Last delivery %1: %2</source>
        <translation>Última entrega às %1: %2</translation>
    </message>
    <message>
        <source>Team store unreachable: nothing is sent</source>
        <translation>Armazenamento da equipe inacessível: nada é enviado</translation>
    </message>
</context>
<context>
    <name>Wac::RawJsonDialog</name>
    <message>
        <source>Raw JSON</source>
        <translation>JSON bruto</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar tudo</translation>
    </message>
</context>
<context>
    <name>Wac::ReceivingPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>not needed for the Sandbox</source>
        <translation>desnecessário no Sandbox</translation>
    </message>
    <message>
        <source>Generate one, or type your own</source>
        <translation>Gere um ou digite o seu</translation>
    </message>
    <message>
        <source>kept in the keychain; Generate replaces it</source>
        <translation>no chaveiro; Gerar o substitui</translation>
    </message>
    <message>
        <source>Add the WABA ID on the Profile tab to check whether Meta sends this account&apos;s webhooks to your app.</source>
        <translation>Adicione o ID da WABA na aba Perfil para verificar se a Meta envia os webhooks desta conta para o seu app.</translation>
    </message>
    <message>
        <source>The Sandbox&apos;s receiver picks a free port by itself, and the simulator&apos;s webhooks reach it without a tunnel.</source>
        <translation>O receptor do Sandbox escolhe sozinho uma porta livre, e os webhooks do simulador chegam a ele sem túnel.</translation>
    </message>
    <message>
        <source>Meta calls only an https address that reaches this port: run a tunnel such as %1 or %2, and enter its https address followed by /webhook in the app dashboard under WhatsApp → Configuration → Callback URL, with the verify token below.</source>
        <translation>A Meta só chama um endereço https que chegue a esta porta: rode um túnel como %1 ou %2 e informe o endereço https dele seguido de /webhook no Painel do App, em WhatsApp → Configuração → URL de callback, com o token de verificação abaixo.</translation>
    </message>
    <message>
        <source>Off: this profile&apos;s receiver does not run. Choose a port to receive webhooks.</source>
        <translation>Desligado: o receptor deste perfil não está em execução. Escolha uma porta para receber webhooks.</translation>
    </message>
    <message>
        <source>known once the Sandbox&apos;s receiver listens</source>
        <translation>conhecida quando o receptor do Sandbox estiver escutando</translation>
    </message>
    <message>
        <source>none while the receiver is off</source>
        <translation>nenhuma enquanto o receptor estiver desligado</translation>
    </message>
    <message>
        <source>none is stored yet: Generate one</source>
        <translation>nenhum guardado ainda: clique em Gerar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Inscrevendo…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escutando em %1</translation>
    </message>
    <message>
        <source>Last delivery %1, signature verified: %2</source>
        <translation>Última entrega às %1, assinatura verificada: %2</translation>
    </message>
    <message>
        <source>Last delivery %1, signature not verified: %2</source>
        <translation>Última entrega às %1, assinatura não verificada: %2</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>Nenhuma entrega ainda</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected</source>
        <translation>%1 aceitas, %2 rejeitadas</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Parado</translation>
    </message>
</context>
<context>
    <name>Wac::RepeatedList</name>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Mover %1 para cima</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Mover %1 para baixo</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
    <message>
        <source>&lt;b&gt;Uploaded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enviado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Media ID: %1 (filled in; kept by WhatsApp for 30 days)</source>
        <translation>ID da mídia: %1 (preenchido; o WhatsApp o guarda por 30 dias)</translation>
    </message>
    <message>
        <source>Copy media ID</source>
        <translation>Copiar ID da mídia</translation>
    </message>
</context>
<context>
    <name>Wac::Sandbox</name>
    <message>
        <source>The Sandbox simulator is not running.</source>
        <translation>O simulador Sandbox não está em execução.</translation>
    </message>
</context>
<context>
    <name>Wac::SectionsComposerPage</name>
    <message>
        <source>Section %1</source>
        <translation>Seção %1</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Adicionar &amp;seção</translation>
    </message>
</context>
<context>
    <name>Wac::SendPanel</name>
    <message>
        <source>Sandbox (simulator)</source>
        <translation>Sandbox (simulador)</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (produção)</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists: open the message in the composer and send it with another.</source>
        <translation>O perfil %1 não existe mais: abra a mensagem no editor e envie com outro.</translation>
    </message>
    <message>
        <source>Wait for the request in flight to finish.</source>
        <translation>Aguarde o fim da requisição em andamento.</translation>
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
    <message>
        <source>Choose a profile to upload to first.</source>
        <translation>Escolha primeiro um perfil para onde enviar.</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>Enviar um arquivo</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>Enviando %1 para %2…</translation>
    </message>
    <message>
        <source>Uploaded: media ID %1</source>
        <translation>Enviado: ID da mídia %1</translation>
    </message>
</context>
<context>
    <name>Wac::SendQuestions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e mais %n erro.</numerusform>
            <numerusform>…e mais %n erros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message with errors?</source>
        <translation>Enviar uma mensagem com erros?</translation>
    </message>
    <message>
        <source>The server will most likely refuse it:
%1</source>
        <translation>O servidor provavelmente vai recusá-la:
%1</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <source>Send a template that is not approved?</source>
        <translation>Enviar um modelo que não está aprovado?</translation>
    </message>
    <message>
        <source>Send the same message again?</source>
        <translation>Enviar a mesma mensagem de novo?</translation>
    </message>
    <message numerus="yes">
        <source>This exact message went to %1 at %2 (%n minutes ago). Send it a second time?</source>
        <translation>
            <numerusform>Esta mesma mensagem foi para %1 às %2 (há %n minuto). Enviar uma segunda vez?</numerusform>
            <numerusform>Esta mesma mensagem foi para %1 às %2 (há %n minutos). Enviar uma segunda vez?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
</context>
<context>
    <name>Wac::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Search by name or keys</source>
        <translation>Buscar por nome ou teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atalhos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>Wac::StoreHandover</name>
    <message>
        <source>Opening &quot;%1&quot; in a window of its own…</source>
        <translation>Abrindo &quot;%1&quot; em uma janela própria…</translation>
    </message>
    <message>
        <source>The window of &quot;%1&quot; could not be opened</source>
        <translation>Não foi possível abrir a janela de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps its history in %2</source>
        <translation>&quot;%1&quot; guarda seu histórico em %2</translation>
    </message>
    <message>
        <source>This window records into %1, so nothing is sent from here: every send is recorded where the profile&apos;s team looks. Open the profile in a window of its own; the message you are writing goes with it.</source>
        <translation>Esta janela registra em %1, então nada é enviado daqui: cada envio é registrado onde a equipe do perfil consulta. Abra o perfil em uma janela própria; a mensagem que você está escrevendo vai junto.</translation>
    </message>
    <message>
        <source>Open in a window of its own</source>
        <translation>Abrir em uma janela própria</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Não foi possível iniciar %1.</translation>
    </message>
</context>
<context>
    <name>Wac::StorePanel</name>
    <message>
        <source>This computer (a file of its own)</source>
        <translation>Este computador (um arquivo próprio)</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server</source>
        <translation>O servidor PostgreSQL da equipe</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full: criptografado, certificado e nome do servidor verificados</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the certificate checked, not the name</source>
        <translation>verify-ca: criptografado, o certificado verificado, não o nome</translation>
    </message>
    <message>
        <source>require: encrypted, the server not checked</source>
        <translation>require: criptografado, o servidor não verificado</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: criptografado quando o servidor oferece</translation>
    </message>
    <message>
        <source>disable: not encrypted (a server on this computer only)</source>
        <translation>disable: sem criptografia (só um servidor neste computador)</translation>
    </message>
    <message>
        <source>the role&apos;s password</source>
        <translation>a senha do papel</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>guardada no chaveiro; digite para substituir</translation>
    </message>
    <message>
        <source>Every console of the team with this store sees the same sends, statuses and conversations as they happen. Move your own history there with waconsole-cli store copy.</source>
        <translation>Cada console da equipe com este armazenamento vê os mesmos envios, status e conversas na hora. Leve o seu próprio histórico para lá com waconsole-cli store copy.</translation>
    </message>
    <message>
        <source>Sends and conversations stay on this computer, in the file every profile without a team store shares.</source>
        <translation>Envios e conversas ficam neste computador, no arquivo que todo perfil sem armazenamento de equipe compartilha.</translation>
    </message>
    <message>
        <source>empty: ~/.postgresql/root.crt, else the system&apos;s</source>
        <translation>vazio: ~/.postgresql/root.crt, senão as do sistema</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autoridades certificadoras</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>Wac::TapTargetSlotEditor</name>
    <message>
        <source>Override tap target</source>
        <translation>Substituir destino do toque</translation>
    </message>
    <message>
        <source>Send another title and address for a tap on the message than the template was approved with</source>
        <translation>Enviar, para o toque na mensagem, um título e um endereço diferentes dos aprovados com o modelo</translation>
    </message>
    <message>
        <source>e.g. Offer Details</source>
        <translation>ex.: Detalhes da oferta</translation>
    </message>
    <message>
        <source>Tap target title</source>
        <translation>Título do destino do toque</translation>
    </message>
    <message>
        <source>e.g. https://www.luckyshrubs.com/</source>
        <translation>ex.: https://www.luckyshrubs.com/</translation>
    </message>
    <message>
        <source>Tap target URL</source>
        <translation>URL do destino do toque</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateBrowser</name>
    <message>
        <source>Reading page %1 of the library: %L2 templates so far…</source>
        <translation>Lendo a página %1 da biblioteca: %L2 modelos até agora…</translation>
    </message>
    <message>
        <source>Templates — %1</source>
        <translation>Modelos — %1</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Qualquer categoria</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>named variables</source>
        <translation>variáveis nomeadas</translation>
    </message>
    <message>
        <source>numbered variables</source>
        <translation>variáveis numeradas</translation>
    </message>
    <message>
        <source>values to fill: %L1</source>
        <translation>valores a preencher: %L1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>qualidade %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejeitado: %1</translation>
    </message>
    <message>
        <source>not approved: sending it fails until it is</source>
        <translation>não aprovado: o envio falha até que seja</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Never read from Graph.</source>
        <translation>Nunca lida do Graph.</translation>
    </message>
    <message>
        <source>%L1 of %L2 templates · read %3</source>
        <translation>%L1 de %L2 modelos · lida em %3</translation>
    </message>
    <message>
        <source>Refresh failed: %1 — showing the copy kept before.</source>
        <translation>A atualização falhou: %1 — mostrando a cópia guardada antes.</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Lendo a biblioteca…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>A biblioteca está vazia.</translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation>Nenhum modelo corresponde à busca e aos filtros.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateBuilder</name>
    <message>
        <source>Identity</source>
        <translation>Identificação</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation>Oferta por tempo limitado</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Edit template %1 (%2)</source>
        <translation>Editar modelo %1 (%2)</translation>
    </message>
    <message>
        <source>Editing template ID %1.</source>
        <translation>Editando o modelo de ID %1.</translation>
    </message>
    <message>
        <source>P&amp;roblems: none, ready to submit</source>
        <translation>P&amp;roblemas: nenhum, pronto para enviar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Enviar para análise</translation>
    </message>
    <message>
        <source>Fix the errors in the Problems list first</source>
        <translation>Corrija primeiro os erros da lista Problemas</translation>
    </message>
    <message>
        <source>Send the template to Meta for review (Ctrl+Return)</source>
        <translation>Enviar o modelo para análise da Meta (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Change the category?</source>
        <translation>Mudar a categoria?</translation>
    </message>
    <message>
        <source>An authentication template has Meta&apos;s fixed text, a code expiry and a code button instead of its own header, body, footer and buttons: what is written on those pages is removed.</source>
        <translation>Um modelo de autenticação tem o texto fixo da Meta, a validade do código e um botão de código em vez de cabeçalho, corpo, rodapé e botões próprios: o que foi escrito nessas páginas é removido.</translation>
    </message>
    <message>
        <source>A marketing or utility template has its own header, body, footer and buttons instead of an authentication template&apos;s fixed text: the authentication options are removed.</source>
        <translation>Um modelo de marketing ou utilidade tem cabeçalho, corpo, rodapé e botões próprios em vez do texto fixo de um modelo de autenticação: as opções de autenticação são removidas.</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Mudar a categoria</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>The changes to this template have not been submitted.</source>
        <translation>As alterações deste modelo não foram enviadas.</translation>
    </message>
    <message>
        <source>The changes to the template %1 have not been submitted.</source>
        <translation>As alterações do modelo %1 não foram enviadas.</translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation>Se descartadas, elas se perdem.</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Descartá-las</translation>
    </message>
    <message>
        <source>The template %1 is being submitted; if Meta refuses it, the changes are lost with this window.</source>
        <translation>O modelo %1 está sendo enviado; se a Meta o recusar, as alterações se perdem com esta janela.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateComponentEditor</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botão</translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation>Oferta por tempo limitado</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Multi-product (mpm)</source>
        <translation>Vários produtos (mpm)</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Chamada de voz</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parâmetro %1</translation>
    </message>
    <message>
        <source>Add &amp;parameter</source>
        <translation>Adicionar &amp;parâmetro</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateComposerPage</name>
    <message>
        <source>Component %1</source>
        <translation>Componente %1</translation>
    </message>
    <message>
        <source>Add co&amp;mponent</source>
        <translation>Adicionar co&amp;mponente</translation>
    </message>
    <message>
        <source>From the library: &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Da biblioteca: &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit by &amp;hand</source>
        <translation>Editar à &amp;mão</translation>
    </message>
    <message>
        <source>Edit the components as JSON-shaped lists instead</source>
        <translation>Editar os componentes como listas no formato do JSON</translation>
    </message>
    <message>
        <source>The library has this template: use its form to fill the values.</source>
        <translation>A biblioteca tem este modelo: use o formulário dele para preencher os valores.</translation>
    </message>
    <message>
        <source>Choose a template from the profile&apos;s library to fill it in a form made from its definition.</source>
        <translation>Escolha um modelo da biblioteca do perfil para preenchê-lo num formulário feito a partir da definição.</translation>
    </message>
    <message>
        <source>Use its &amp;form</source>
        <translation>Usar o &amp;formulário</translation>
    </message>
    <message>
        <source>Rebuild the components from the template&apos;s definition (values kept where they fit)</source>
        <translation>Refazer os componentes a partir da definição do modelo (os valores que cabem são mantidos)</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateDesigner</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Choose a profile to design its templates.</source>
        <translation>Escolha um perfil para criar os modelos dele.</translation>
    </message>
    <message>
        <source>Profile %1.</source>
        <translation>Perfil %1.</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>Perfil %1 · %2</translation>
    </message>
    <message>
        <source>Sending the edit of template ID %1…</source>
        <translation>Enviando a edição do modelo de ID %1…</translation>
    </message>
    <message>
        <source>Submitting the template for review…</source>
        <translation>Enviando o modelo para análise…</translation>
    </message>
    <message>
        <source>Submitted: %1 review · template ID %2</source>
        <translation>Enviado para análise (%1) · ID do modelo %2</translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation>Modelo %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not sent: fix the errors in the Problems list.</source>
        <translation>Não enviado: corrija os erros da lista Problemas.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>A template request is still running; try again when it ends.</source>
        <translation>Uma requisição de modelo ainda está em andamento; tente de novo quando ela terminar.</translation>
    </message>
    <message>
        <source>Delete template %1?</source>
        <translation>Excluir o modelo %1?</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) from the account? Messages can no longer be sent with it; this cannot be undone.</source>
        <translation>Excluir o modelo %1 (%2) da conta? Não será mais possível enviar mensagens com ele; isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleting template %1…</source>
        <translation>Excluindo o modelo %1…</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Modelo %1 excluído.</translation>
    </message>
    <message>
        <source>Template %1 was not deleted: %2</source>
        <translation>O modelo %1 não foi excluído: %2</translation>
    </message>
    <message>
        <source>A template request is still running; submit again when it ends.</source>
        <translation>Uma solicitação de modelo ainda está em andamento; envie de novo quando ela terminar.</translation>
    </message>
    <message>
        <source>Template %1 (%2) was not submitted: %3</source>
        <translation>O modelo %1 (%2) não foi enviado: %3</translation>
    </message>
    <message>
        <source>Review: %1 · template ID %2</source>
        <translation>Análise: %1 · ID do modelo %2</translation>
    </message>
    <message>
        <source>Review: %1 (%2) · template ID %3</source>
        <translation>Análise: %1 (%2) · ID do modelo %3</translation>
    </message>
    <message>
        <source>(as submitted; changed since)</source>
        <translation>(como enviado; alterado desde então)</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateDesk</name>
    <message>
        <source>Choose a profile to see its templates.</source>
        <translation>Escolha um perfil para ver os modelos dele.</translation>
    </message>
    <message>
        <source>Template %1 (%2): fill its values.</source>
        <translation>Modelo %1 (%2): preencha os valores.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateForm</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Approved with the example: %1</source>
        <translation>Aprovado com o exemplo: %1</translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation>Oferta por tempo limitado</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Cartão %1</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Cartão %1: %2</translation>
    </message>
    <message>
        <source>Add &amp;card</source>
        <translation>Adicionar &amp;cartão</translation>
    </message>
    <message>
        <source>Remove last card</source>
        <translation>Remover o último cartão</translation>
    </message>
    <message>
        <source>Cards: %1/%2</source>
        <translation>Cartões: %1/%2</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Status do pedido</translation>
    </message>
    <message>
        <source>Tap target</source>
        <translation>Destino do toque</translation>
    </message>
    <message>
        <source>This template has no variables: unless you override its tap target, it goes out exactly as it was approved.</source>
        <translation>Este modelo não tem variáveis: a menos que você substitua o destino do toque, ele é enviado exatamente como foi aprovado.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateLibrary</name>
    <message>
        <source>The templates arrived but could not be saved: %1</source>
        <translation>Os modelos chegaram, mas não puderam ser salvos: %1</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateListModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitado: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateParameterEditor</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Button payload</source>
        <translation>Payload do botão</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
    <message>
        <source>Action (flow, catalog)</source>
        <translation>Ação (flow, catálogo)</translation>
    </message>
    <message>
        <source>Call time to live</source>
        <translation>Tempo de vida da chamada</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateSlotEditor</name>
    <message>
        <source>Header {{%1}}</source>
        <translation>Cabeçalho {{%1}}</translation>
    </message>
    <message>
        <source>Header location</source>
        <translation>Local do cabeçalho</translation>
    </message>
    <message>
        <source>Button &quot;%1&quot;</source>
        <translation>Botão &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write a number with a point, e.g. 12.5.</source>
        <translation>Escreva um número com ponto, p. ex. 12.5.</translation>
    </message>
    <message>
        <source>Header image</source>
        <translation>Imagem do cabeçalho</translation>
    </message>
    <message>
        <source>Header video</source>
        <translation>Vídeo do cabeçalho</translation>
    </message>
    <message>
        <source>Header document</source>
        <translation>Documento do cabeçalho</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Offer expires</source>
        <translation>Expiração da oferta</translation>
    </message>
    <message>
        <source>Call button valid for</source>
        <translation>Botão de chamada válido por</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Tap target</source>
        <translation>Destino do toque</translation>
    </message>
</context>
<context>
    <name>Wac::ThreadActions</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>R&amp;eact</source>
        <translation>Reag&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy &amp;WAMID</source>
        <translation>Copiar &amp;WAMID</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON bruto</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Abrir o arquivo</translation>
    </message>
    <message>
        <source>&amp;Fetch the file again</source>
        <translation>&amp;Buscar o arquivo de novo</translation>
    </message>
    <message>
        <source>Reply quoting this message: the composer takes the customer and the message&apos;s WAMID</source>
        <translation>Responder citando esta mensagem: o editor recebe o cliente e o WAMID da mensagem</translation>
    </message>
    <message>
        <source>React to this message with an emoji</source>
        <translation>Reagir a esta mensagem com um emoji</translation>
    </message>
    <message>
        <source>The message&apos;s JSON as it was received or sent</source>
        <translation>O JSON da mensagem como foi recebido ou enviado</translation>
    </message>
    <message>
        <source>The message&apos;s text is on the clipboard.</source>
        <translation>O texto da mensagem está na área de transferência.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s message as received</source>
        <translation>A mensagem do cliente como foi recebida</translation>
    </message>
    <message>
        <source>Our message as sent</source>
        <translation>Nossa mensagem como foi enviada</translation>
    </message>
    <message>
        <source>&amp;Fetch the file here</source>
        <translation>&amp;Buscar o arquivo aqui</translation>
    </message>
</context>
<context>
    <name>Wac::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Simulate a &amp;customer message…</source>
        <translation>Simular mensagem de &amp;cliente…</translation>
    </message>
    <message>
        <source>Write to the Sandbox as a customer: the message arrives by webhook and opens their 24-hour window.</source>
        <translation>Escrever para o Sandbox como cliente: a mensagem chega por webhook e abre a janela de 24 horas dele.</translation>
    </message>
    <message>
        <source>Webhook &amp;deliveries…</source>
        <translation>&amp;Entregas de webhook…</translation>
    </message>
    <message>
        <source>Offer &quot;Send anyway&quot; on every profile</source>
        <translation>Oferecer &quot;Enviar mesmo assim&quot; em todos os perfis</translation>
    </message>
    <message>
        <source>Sending a message with errors shows the server&apos;s own validation; the Sandbox always offers it.</source>
        <translation>Enviar uma mensagem com erros mostra a validação do próprio servidor; o Sandbox sempre oferece isso.</translation>
    </message>
</context>
<context>
    <name>Wac::TypeList</name>
    <message>
        <source>A group receives text, media and templates only.</source>
        <translation>Um grupo recebe apenas texto, mídia e modelos.</translation>
    </message>
    <message>
        <source>Only a group&apos;s messages are pinned: choose Group beside the recipient.</source>
        <translation>Só mensagens de grupo são fixadas: escolha Grupo ao lado do destinatário.</translation>
    </message>
</context>
<context>
    <name>Wac::VariableSlotEditor</name>
    <message>
        <source>Value of {{%1}}</source>
        <translation>Valor de {{%1}}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Date &amp; time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>Tipo do valor</translation>
    </message>
    <message>
        <source>Amount, e.g. 100.99</source>
        <translation>Valor, ex.: 100.99</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>BRL</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Código da moeda</translation>
    </message>
    <message>
        <source>What the customer sees, e.g. $100.99 or May 3</source>
        <translation>O que o cliente vê, ex.: R$ 100,99 ou 3 de maio</translation>
    </message>
</context>
<context>
    <name>Wac::WebhookReceiver</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Não foi possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <source>More than %1 connections at once: this one was turned away</source>
        <translation>Mais de %1 conexões ao mesmo tempo: esta foi recusada</translation>
    </message>
    <message>
        <source>No request was complete after %1 s</source>
        <translation>Nenhuma requisição ficou completa após %1 s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Não foi possível gravar a captura %1.</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API message console</source>
        <translation>Console de mensagens da WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>Start with this payload (JSON, or a curl command).</source>
        <translation>Começar com este payload (JSON ou comando curl).</translation>
    </message>
    <message>
        <source>Render the window to this PNG and exit.</source>
        <translation>Renderizar a janela neste PNG e sair.</translation>
    </message>
    <message>
        <source>The theme: system, light or dark.</source>
        <translation>O tema: system, light ou dark.</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>O tamanho da janela para --screenshot.</translation>
    </message>
    <message>
        <source>Write the payload the form holds after loading, and exit.</source>
        <translation>Gravar o payload que o formulário tem depois de carregar, e sair.</translation>
    </message>
    <message>
        <source>The Sandbox simulator did not start: %1</source>
        <translation>O simulador Sandbox não iniciou: %1</translation>
    </message>
    <message>
        <source>Sends are not recorded: %1</source>
        <translation>Os envios não são registrados: %1</translation>
    </message>
    <message>
        <source>Template libraries are not kept: %1</source>
        <translation>As bibliotecas de modelos não são guardadas: %1</translation>
    </message>
    <message>
        <source>The port the Sandbox simulator listens on (default 8808).</source>
        <translation>A porta de escuta do simulador Sandbox (padrão 8808).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Sends with no answer when waconsole last stopped, now marked &quot;outcome unknown&quot; in the history: %L1.</source>
        <translation>Envios sem resposta quando o waconsole parou da última vez, agora marcados como &quot;resultado desconhecido&quot; no histórico: %L1.</translation>
    </message>
    <message>
        <source>A payload to open, as with --open.</source>
        <translation>Um payload a abrir, como com --open.</translation>
    </message>
    <message>
        <source>Open a window of its own even when waconsole already runs (by default the running one comes forward and opens the file).</source>
        <translation>Abrir uma janela própria mesmo quando o waconsole já está em execução (por padrão, o que está em execução vem para a frente e abre o arquivo).</translation>
    </message>
    <message>
        <source>The window holds one message: give one file (--open or FILE), not %1.</source>
        <translation>A janela contém uma única mensagem: informe um arquivo (--open ou FILE), não %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>--theme is system, light or dark, not &quot;%1&quot;.</source>
        <translation>--theme é system, light ou dark, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>--size recebe LARGURAxALTURA em pixels, por exemplo 1280x800, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--sandbox-port is a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--sandbox-port é uma porta de 1 a 65535, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--size %1x%2 is smaller than the window can be: at least %3x%4.</source>
        <translation>--size %1x%2 é menor do que a janela pode ser: no mínimo %3x%4.</translation>
    </message>
    <message>
        <source>Open on this saved profile, with the history of its store (a team&apos;s PostgreSQL store: its password from the keychain).</source>
        <translation>Abre neste perfil salvo, com o histórico do armazenamento dele (um PostgreSQL de equipe: a senha vem do chaveiro).</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot;.</source>
        <translation>Não há perfil salvo chamado &quot;%1&quot;.</translation>
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
        <source>Template library: a {&quot;data&quot;: [templates]} JSON file.</source>
        <translation>Biblioteca de modelos: um arquivo JSON {&quot;data&quot;: [modelos]}.</translation>
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
    <message>
        <source>inbound: the file an image, document, audio or sticker sends (default: a built-in sample).</source>
        <translation>inbound: o arquivo enviado por uma imagem, documento, áudio ou figurinha (padrão: uma amostra embutida).</translation>
    </message>
    <message>
        <source>inbound: the file&apos;s MIME type (default: guessed from --file).</source>
        <translation>inbound: o tipo MIME do arquivo (padrão: deduzido de --file).</translation>
    </message>
    <message>
        <source>inbound: an image&apos;s or document&apos;s caption.</source>
        <translation>inbound: a legenda de uma imagem ou de um documento.</translation>
    </message>
    <message>
        <source>inbound: a document&apos;s file name.</source>
        <translation>inbound: o nome do arquivo de um documento.</translation>
    </message>
    <message>
        <source>inbound: the audio is a voice note.</source>
        <translation>inbound: o áudio é uma mensagem de voz.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s latitude.</source>
        <translation>inbound: a latitude de uma localização.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s longitude.</source>
        <translation>inbound: a longitude de uma localização.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s name.</source>
        <translation>inbound: o nome de uma localização.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s address.</source>
        <translation>inbound: o endereço de uma localização.</translation>
    </message>
    <message>
        <source>inbound: the ID of the reply button tapped.</source>
        <translation>inbound: o ID do botão de resposta tocado.</translation>
    </message>
    <message>
        <source>inbound: the title of the reply button tapped.</source>
        <translation>inbound: o título do botão de resposta tocado.</translation>
    </message>
    <message>
        <source>inbound: the WAMID of the message replied to.</source>
        <translation>inbound: o WAMID da mensagem respondida.</translation>
    </message>
    <message>
        <source>inbound: the WAMID a reaction is to.</source>
        <translation>inbound: o WAMID da mensagem que recebe a reação.</translation>
    </message>
    <message>
        <source>inbound: a reaction&apos;s emoji (none: the reaction is removed).</source>
        <translation>inbound: o emoji de uma reação (sem emoji: a reação é removida).</translation>
    </message>
    <message>
        <source>--%1 must be a number</source>
        <translation>--%1 deve ser um número</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Usage: waconsole-sim inbound --url URL --from NUMBER [--type TYPE] [--text TEXT] [--name NAME] … (see --help)</source>
        <translation>Uso: waconsole-sim inbound --url URL --from NUMBER [--type TYPE] [--text TEXT] [--name NAME] … (veja --help)</translation>
    </message>
    <message>
        <source>Queue a fault: mode[:count[:path]]; modes delay, hang, close, reset, http500, http502, http503, malformed, empty, ratelimit, http404 (repeatable).</source>
        <translation>Enfileirar uma falha: mode[:count[:path]]; modos delay, hang, close, reset, http500, http502, http503, malformed, empty, ratelimit, http404 (repetível).</translation>
    </message>
    <message>
        <source>An access token to accept (repeatable; default sandbox-token). Or set WACONSOLE_SIM_TOKEN, which other users cannot read in the process list.</source>
        <translation>Um token de acesso a aceitar (repetível; padrão sandbox-token). Ou defina WACONSOLE_SIM_TOKEN, que outros usuários não leem na lista de processos.</translation>
    </message>
    <message>
        <source>Uploaded and received files kept in memory, in MiB (default 256): the oldest go first. Graph keeps a file 30 days; so does the simulator, by its clock.</source>
        <translation>Arquivos enviados e recebidos mantidos na memória, em MiB (padrão 256): os mais antigos saem primeiro. O Graph guarda um arquivo por 30 dias; o simulador também, pelo relógio dele.</translation>
    </message>
    <message>
        <source>Close a connection that sent nothing for this many seconds (default 30).</source>
        <translation>Fechar uma conexão que não enviou nada durante esse número de segundos (padrão 30).</translation>
    </message>
    <message>
        <source>Answer 408 to a request that is not whole this many seconds after its first byte (default 30).</source>
        <translation>Responder 408 a uma requisição que não estiver completa esse número de segundos após o primeiro byte (padrão 30).</translation>
    </message>
    <message>
        <source>waconsole-sim: --%1 takes a whole number from 1 to %2</source>
        <translation>waconsole-sim: --%1 aceita um número inteiro de 1 a %2</translation>
    </message>
    <message>
        <source>inbound: text (default), image, document, audio, sticker, location, button_reply, reaction, call_permission_reply or contact_info.</source>
        <translation>inbound: text (padrão), image, document, audio, sticker, location, button_reply, reaction, call_permission_reply ou contact_info.</translation>
    </message>
    <message>
        <source>inbound: button_reply: the card of the carousel (--context) whose quick reply is tapped.</source>
        <translation>inbound: button_reply: o cartão do carrossel (--context) cuja resposta rápida é tocada.</translation>
    </message>
    <message>
        <source>inbound: button_reply: that card&apos;s quick reply tapped (default 0).</source>
        <translation>inbound: button_reply: a resposta rápida desse cartão que é tocada (padrão 0).</translation>
    </message>
    <message>
        <source>inbound: call_permission_reply: accept or reject the request (--context).</source>
        <translation>inbound: call_permission_reply: accept ou reject — aceitar ou recusar o pedido (--context).</translation>
    </message>
    <message>
        <source>inbound: call_permission_reply: the permission is permanent.</source>
        <translation>inbound: call_permission_reply: a permissão é permanente.</translation>
    </message>
    <message>
        <source>inbound: call_permission_reply: user_action (default) or automatic.</source>
        <translation>inbound: call_permission_reply: user_action (padrão) ou automatic.</translation>
    </message>
    <message>
        <source>inbound: contact_info: the customer&apos;s business-scoped user ID.</source>
        <translation>inbound: contact_info: o ID de usuário do cliente no escopo da empresa.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0</source>
        <translation>--%1 deve ser um número inteiro a partir de 0</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API simulator on loopback.
Graph endpoints: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, GET|POST|DELETE /{version}/{waba-id}/message_templates, GET|POST /{version}/{template-id}, GET|POST|DELETE /{version}/{waba-id}/subscribed_apps.
Control: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, POST /_sim/inbound, POST /_sim/payment, GET|POST /_sim/clock, GET|POST /_sim/options.
&quot;waconsole-sim inbound --url URL --from NUMBER&quot; sends a customer message to a running simulator.</source>
        <translation>Simulador da WhatsApp Cloud API em loopback.
Endpoints do Graph: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, GET|POST|DELETE /{version}/{waba-id}/message_templates, GET|POST /{version}/{template-id}, GET|POST|DELETE /{version}/{waba-id}/subscribed_apps.
Controle: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, POST /_sim/inbound, POST /_sim/payment, GET|POST /_sim/clock, GET|POST /_sim/options.
&quot;waconsole-sim inbound --url URL --from NUMBER&quot; envia uma mensagem de cliente a um simulador em execução.</translation>
    </message>
    <message>
        <source>Keep a created or edited template PENDING this many seconds of the simulator&apos;s clock before approving it, or rejecting it when its name contains &quot;reject&quot; (default 5; 0: at once).</source>
        <translation>Manter um modelo criado ou editado como PENDING durante esse número de segundos do relógio do simulador antes de aprová-lo, ou de rejeitá-lo quando o nome contém &quot;reject&quot; (padrão 5; 0: na hora).</translation>
    </message>
    <message>
        <source>waconsole-sim: --template-review-seconds takes a whole number from 0 to %1</source>
        <translation>waconsole-sim: --template-review-seconds aceita um número inteiro de 0 a %1</translation>
    </message>
</context>
</TS>
