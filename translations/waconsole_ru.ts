<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About waconsole</source>
        <translation>О программе waconsole</translation>
    </message>
    <message>
        <source>Compose, validate, preview, send and follow WhatsApp Business Cloud API messages.</source>
        <translation>Составление, проверка, предпросмотр, отправка и отслеживание сообщений WhatsApp Business Cloud API.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. There is no warranty.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или более поздней. Гарантии не предоставляются.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Settings and profiles</source>
        <translation>Настройки и профили</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the settings folder</source>
        <translation>Открыть папку настроек</translation>
    </message>
    <message>
        <source>History, templates and drafts</source>
        <translation>История, шаблоны и черновики</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>Downloaded media</source>
        <translation>Скачанные медиафайлы</translation>
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation>Открыть папку кэша</translation>
    </message>
</context>
<context>
    <name>AddressComposerPage</name>
    <message>
        <source>Countr&amp;y</source>
        <translation>Стра&amp;на</translation>
    </message>
    <message>
        <source>Two-letter ISO code: IN (India) and SG (Singapore) are supported</source>
        <translation>Двухбуквенный код ISO: поддерживаются IN (Индия) и SG (Сингапур)</translation>
    </message>
    <message>
        <source>Prefilled values</source>
        <translation>Предзаполненные значения</translation>
    </message>
    <message>
        <source>{ &quot;name&quot;: &quot;…&quot;, &quot;phone_number&quot;: &quot;…&quot;, &quot;in_pin_code&quot;: &quot;…&quot; }</source>
        <translation>{ &quot;name&quot;: &quot;…&quot;, &quot;phone_number&quot;: &quot;…&quot;, &quot;in_pin_code&quot;: &quot;…&quot; }</translation>
    </message>
    <message>
        <source>Optional: fields filled in for the customer, as a JSON object</source>
        <translation>Необязательно: поля, заполненные за клиента, в виде объекта JSON</translation>
    </message>
</context>
<context>
    <name>BuilderAppEditor</name>
    <message>
        <source>Android package, e.g. com.example.app</source>
        <translation>Пакет Android, например com.example.app</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Пакет Android</translation>
    </message>
    <message>
        <source>Signature hash (11 characters)</source>
        <translation>Хеш подписи (11 символов)</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>Хеш подписи приложения</translation>
    </message>
    <message>
        <source>The 11-character hash of the app&apos;s signing key, e.g. K8a/AINcGX7</source>
        <translation>Хеш ключа подписи приложения из 11 символов, например K8a/AINcGX7</translation>
    </message>
</context>
<context>
    <name>BuilderAuthenticationPage</name>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Add the security recommendation</source>
        <translation>Добавить рекомендацию по безопасности</translation>
    </message>
    <message>
        <source>WhatsApp adds &quot;For your security, do not share this code.&quot; to the body</source>
        <translation>WhatsApp добавляет в текст «В целях безопасности никому не сообщайте этот код.»</translation>
    </message>
    <message>
        <source>Code expires after</source>
        <translation>Код истекает через</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <source>One-time password button</source>
        <translation>Кнопка одноразового пароля</translation>
    </message>
    <message>
        <source>WhatsApp writes the body of an authentication template itself; the footer shows the expiry (1 to 90 minutes). One-tap and zero-tap need the Android app&apos;s package and signature hash.</source>
        <translation>Текст шаблона аутентификации WhatsApp пишет сам; в подписи указан срок действия кода (от 1 до 90 минут). Для one-tap и zero-tap нужны пакет Android-приложения и хеш его подписи.</translation>
    </message>
</context>
<context>
    <name>BuilderBodyPage</name>
    <message>
        <source>Body &amp;text</source>
        <translation>&amp;Текст сообщения</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} is on its way.</source>
        <translation>Здравствуйте, {{1}}! Ваш заказ {{2}} уже в пути.</translation>
    </message>
    <message>
        <source>&amp;Examples of the variables (Meta reviews the template with them)</source>
        <translation>&amp;Примеры переменных (по ним Meta модерирует шаблон)</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Добавить переменную</translation>
    </message>
    <message>
        <source>Insert the next variable at the cursor</source>
        <translation>Вставить следующую переменную в позицию курсора</translation>
    </message>
    <message>
        <source>Examples of the variables</source>
        <translation>Примеры переменных</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
</context>
<context>
    <name>BuilderButtonEditor</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Button type</source>
        <translation>Тип кнопки</translation>
    </message>
    <message>
        <source>Code delivery</source>
        <translation>Передача кода</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>Тип одноразового пароля</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>What the button says (at most 25 characters)</source>
        <translation>Надпись на кнопке (не длиннее 25 символов)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://www.example.com/order/{{1}}</source>
        <translation>https://www.example.com/order/{{1}}</translation>
    </message>
    <message>
        <source>URL example</source>
        <translation>Пример URL</translation>
    </message>
    <message>
        <source>A whole URL as sent, for the review</source>
        <translation>Полный URL, как при отправке, — для модерации</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>+15550100000</source>
        <translation>+79123456789</translation>
    </message>
    <message>
        <source>Code example</source>
        <translation>Пример кода</translation>
    </message>
    <message>
        <source>e.g. SAVE25 (at most 15 characters in an offer)</source>
        <translation>например, SAVE25 (в предложении не длиннее 15 символов)</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID flow</translation>
    </message>
    <message>
        <source>The published flow&apos;s ID</source>
        <translation>ID опубликованного flow</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Имя flow</translation>
    </message>
    <message>
        <source>Or the flow&apos;s name</source>
        <translation>Или имя flow</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Первый экран</translation>
    </message>
    <message>
        <source>e.g. WELCOME_SCREEN</source>
        <translation>например, WELCOME_SCREEN</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Действие flow</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Текст автозаполнения</translation>
    </message>
    <message>
        <source>e.g. Autofill</source>
        <translation>например, Автозаполнить</translation>
    </message>
    <message>
        <source>The business accepted the zero-tap terms</source>
        <translation>Компания приняла условия zero-tap</translation>
    </message>
    <message>
        <source>Call link valid for</source>
        <translation>Ссылка на звонок действует</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Default (7 days)</source>
        <translation>По умолчанию (7 дней)</translation>
    </message>
    <message>
        <source>Android apps</source>
        <translation>Приложения Android</translation>
    </message>
</context>
<context>
    <name>BuilderButtonsPage</name>
    <message>
        <source>Buttons</source>
        <translation>Кнопки</translation>
    </message>
    <message>
        <source>At most 10 buttons: up to 10 quick replies (kept together), 2 URL buttons, 1 phone number and 1 copy-code button. Each text at most 25 characters.</source>
        <translation>Не более 10 кнопок: до 10 быстрых ответов (подряд), 2 кнопки-ссылки, 1 кнопка с номером телефона и 1 кнопка копирования кода. Текст каждой — не длиннее 25 символов.</translation>
    </message>
</context>
<context>
    <name>BuilderCardEditor</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Card header</source>
        <translation>Заголовок карточки</translation>
    </message>
    <message>
        <source>Media example</source>
        <translation>Пример медиа</translation>
    </message>
    <message>
        <source>The upload handle (4::...) of a sample</source>
        <translation>Дескриптор загрузки (4::...) образца</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Текст карточки</translation>
    </message>
    <message>
        <source>Optional: at most 160 characters, variables {{1}}...</source>
        <translation>Необязательно: не более 160 символов, переменные {{1}}...</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Card buttons</source>
        <translation>Кнопки карточки</translation>
    </message>
</context>
<context>
    <name>BuilderCarouselPage</name>
    <message>
        <source>Carousel cards</source>
        <translation>Карточки карусели</translation>
    </message>
    <message>
        <source>Add a &amp;carousel</source>
        <translation>Добавить &amp;карусель</translation>
    </message>
    <message>
        <source>Remove the carousel</source>
        <translation>Удалить карусель</translation>
    </message>
    <message>
        <source>2 to 10 cards, fixed when the template is created; every card has the same components: an image or video header (a product header in a product carousel), optional text (all cards or none) and up to 2 buttons.</source>
        <translation>От 2 до 10 карточек, их число фиксируется при создании шаблона; у всех карточек одинаковые компоненты: заголовок-изображение или видео (в карусели товаров — заголовок-товар), необязательный текст (у всех карточек или ни у одной) и до 2 кнопок.</translation>
    </message>
</context>
<context>
    <name>BuilderFooterPage</name>
    <message>
        <source>&amp;Footer</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>e.g. Reply STOP to unsubscribe</source>
        <translation>например, Ответьте STOP, чтобы отписаться</translation>
    </message>
    <message>
        <source>At most 60 characters, no variables; empty: no footer</source>
        <translation>Не более 60 символов, без переменных; пусто — без подписи</translation>
    </message>
</context>
<context>
    <name>BuilderHeaderPage</name>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>e.g. Your order {{1}}</source>
        <translation>например, Ваш заказ {{1}}</translation>
    </message>
    <message>
        <source>At most 60 characters and one variable; no emoji, asterisks or new lines</source>
        <translation>Не более 60 символов и одна переменная; без эмодзи, звёздочек и переносов строк</translation>
    </message>
    <message>
        <source>&amp;Example</source>
        <translation>&amp;Пример</translation>
    </message>
    <message>
        <source>What the variable shows in review</source>
        <translation>Что покажет переменная при модерации</translation>
    </message>
    <message>
        <source>E&amp;xample media</source>
        <translation>Пример &amp;медиа</translation>
    </message>
    <message>
        <source>The handle the Resumable Upload API returned (4::aW1…)</source>
        <translation>Дескриптор, который вернул Resumable Upload API (4::aW1…)</translation>
    </message>
    <message>
        <source>Meta reviews a media header with this sample file (example.header_handle). Upload the file first with Meta&apos;s Resumable Upload API (POST /{app-id}/uploads, then the file to the upload session) and paste the handle it returns.</source>
        <translation>Заголовок с медиа Meta модерирует по этому файлу-образцу (example.header_handle). Сначала загрузите файл через Resumable Upload API от Meta (POST /{app-id}/uploads, затем сам файл в сеанс загрузки) и вставьте дескриптор, который он вернёт.</translation>
    </message>
</context>
<context>
    <name>BuilderIdentityPage</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>e.g. order_confirmation</source>
        <translation>например, order_confirmation</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, at most 512 characters</source>
        <translation>Строчные буквы, цифры и подчёркивания, не более 512 символов</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Переменные</translation>
    </message>
    <message>
        <source>Switching renames the header&apos;s and body&apos;s variables: {{1}} becomes {{var_1}}, names become numbers in the order they appear</source>
        <translation>При переключении переменные заголовка и текста переименовываются: {{1}} становится {{var_1}}, а имена — номерами в порядке появления</translation>
    </message>
</context>
<context>
    <name>BuilderOfferPage</name>
    <message>
        <source>Limited-time offer</source>
        <translation>Ограниченное предложение</translation>
    </message>
    <message>
        <source>Show a limited-time offer</source>
        <translation>Показать ограниченное предложение</translation>
    </message>
    <message>
        <source>Offer text</source>
        <translation>Текст предложения</translation>
    </message>
    <message>
        <source>e.g. Expiring offer! (at most 16 characters)</source>
        <translation>например, Успейте! (не длиннее 16 символов)</translation>
    </message>
    <message>
        <source>The offer expires (its time is given at send)</source>
        <translation>У предложения есть срок (время задаётся при отправке)</translation>
    </message>
    <message>
        <source>Marketing templates only, without a footer; the body is at most 600 characters and an offer code at most 15. WhatsApp Web and desktop do not show the offer.</source>
        <translation>Только для маркетинговых шаблонов, без подписи; текст — не длиннее 600 символов, код предложения — не длиннее 15. WhatsApp Web и настольное приложение предложение не показывают.</translation>
    </message>
</context>
<context>
    <name>ButtonsComposerPage</name>
    <message>
        <source>Reply buttons</source>
        <translation>Кнопки ответа</translation>
    </message>
    <message>
        <source>One to three buttons. Each title (at most 20 characters) and each ID must be unique.</source>
        <translation>От одной до трёх кнопок. Каждый заголовок (не длиннее 20 символов) и каждый ID должны быть уникальны.</translation>
    </message>
</context>
<context>
    <name>CallPermissionComposerPage</name>
    <message>
        <source>The customer sees your message with buttons to allow or decline your calls; their answer comes back as a call_permission_reply webhook. WhatsApp allows 1 request per customer in 24 hours and 2 in 7 days; an allowed permission lasts 7 days unless the customer makes it permanent.</source>
        <translation>Клиент видит ваше сообщение с кнопками, чтобы разрешить или отклонить ваши звонки; его ответ придёт в вебхуке call_permission_reply. WhatsApp допускает 1 запрос к клиенту за 24 часа и 2 за 7 дней; разрешение действует 7 дней, если клиент не сделает его постоянным.</translation>
    </message>
</context>
<context>
    <name>CarouselCardEditor</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Card header</source>
        <translation>Заголовок карточки</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>Card media</source>
        <translation>Медиа карточки</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Текст карточки</translation>
    </message>
    <message>
        <source>Optional: at most 160 characters and 2 line breaks</source>
        <translation>Необязательно: не более 160 символов и 2 переносов строки</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Текст кнопки</translation>
    </message>
    <message>
        <source>e.g. Buy now</source>
        <translation>например, Купить</translation>
    </message>
    <message>
        <source>Button URL</source>
        <translation>URL кнопки</translation>
    </message>
    <message>
        <source>https://www.example.com/product</source>
        <translation>https://www.example.com/product</translation>
    </message>
    <message>
        <source>Product retailer ID</source>
        <translation>ID товара у продавца</translation>
    </message>
    <message>
        <source>The product&apos;s retailer ID in the catalog</source>
        <translation>ID товара у продавца в каталоге</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Быстрые ответы</translation>
    </message>
</context>
<context>
    <name>CarouselComposerPage</name>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>The message above the cards</source>
        <translation>Сообщение над карточками</translation>
    </message>
    <message>
        <source>Card &amp;kind</source>
        <translation>Т&amp;ип карточек</translation>
    </message>
    <message>
        <source>B&amp;uttons</source>
        <translation>&amp;Кнопки</translation>
    </message>
    <message>
        <source>Buttons on every card</source>
        <translation>Кнопки на каждой карточке</translation>
    </message>
    <message>
        <source>Cata&amp;log ID</source>
        <translation>ID к&amp;аталога</translation>
    </message>
    <message>
        <source>The one catalog of every card</source>
        <translation>Общий каталог всех карточек</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <source>Two to ten cards, shown left to right. Every card is of the same kind with the same buttons: quick replies need as many on each card. Product cards come from one catalog.</source>
        <translation>От двух до десяти карточек, слева направо. Все карточки одного вида и с одинаковыми кнопками: быстрых ответов на каждой карточке должно быть поровну. Карточки товаров берутся из одного каталога.</translation>
    </message>
</context>
<context>
    <name>CatalogComposerPage</name>
    <message>
        <source>Thumbnail &amp;product</source>
        <translation>&amp;Товар на обложке</translation>
    </message>
    <message>
        <source>Optional: the retailer ID of the product shown; the first one otherwise</source>
        <translation>Необязательно: ID продавца для показываемого товара; иначе берётся первый</translation>
    </message>
</context>
<context>
    <name>ComposerRegistry</name>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Интерактивные</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation>Кнопки ответа</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Call-to-action URL</source>
        <translation>Кнопка-ссылка</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Location request</source>
        <translation>Запрос местоположения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>Список товаров</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Отметить прочитанным</translation>
    </message>
    <message>
        <source>Other type</source>
        <translation>Другой тип</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Карусель</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Голосовой звонок</translation>
    </message>
    <message>
        <source>Call permission request</source>
        <translation>Разрешение на звонки</translation>
    </message>
    <message>
        <source>Contact info request</source>
        <translation>Запрос контактов</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Детали заказа</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепление</translation>
    </message>
</context>
<context>
    <name>ContactAddressEditor</name>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>1 Hacker Way</source>
        <translation>1 Hacker Way</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Two-letter ISO country code</source>
        <translation>Двухбуквенный код страны ISO</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>HOME or WORK</source>
        <translation>HOME или WORK</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>Тип адреса</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Full &amp;name</source>
        <translation>Полное &amp;имя</translation>
    </message>
    <message>
        <source>John Smith</source>
        <translation>Иван Петров</translation>
    </message>
    <message>
        <source>The name as shown on the card (required)</source>
        <translation>Имя, как оно показано на карточке (обязательно)</translation>
    </message>
    <message>
        <source>Name parts</source>
        <translation>Части имени</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Has a birthday</source>
        <translation>Указать день рождения</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Prefix, suffix</source>
        <translation>Префикс, суффикс</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>например, д-р</translation>
    </message>
    <message>
        <source>e.g. Jr.</source>
        <translation>например, мл.</translation>
    </message>
</context>
<context>
    <name>ContactEntryEditor</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>HOME, WORK, CELL, MAIN, IPHONE…</source>
        <translation>HOME, WORK, CELL, MAIN, IPHONE…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>WhatsApp ID</translation>
    </message>
    <message>
        <source>The WhatsApp ID of this number, when known</source>
        <translation>WhatsApp ID этого номера, если известен</translation>
    </message>
</context>
<context>
    <name>ContactInfoComposerPage</name>
    <message>
        <source>The customer sees your message with a Share contact info button, whose text WhatsApp sets in the customer&apos;s language. Their phone number comes back in a contacts webhook with origin contact_request.</source>
        <translation>Клиент видит ваше сообщение с кнопкой «Поделиться контактными данными», текст которой WhatsApp показывает на языке клиента. Его номер телефона придёт в вебхуке contacts с origin contact_request.</translation>
    </message>
</context>
<context>
    <name>ContactsComposerPage</name>
    <message>
        <source>Each contact is sent as a card the customer can save or message.</source>
        <translation>Каждый контакт отправляется карточкой, которую клиент может сохранить или написать по ней.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>ConversationsPane</name>
    <message>
        <source>Search names, numbers and messages</source>
        <translation>Поиск по именам, номерам и сообщениям</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Поиск по диалогам</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
</context>
<context>
    <name>CtaUrlComposerPage</name>
    <message>
        <source>Button te&amp;xt</source>
        <translation>Те&amp;кст кнопки</translation>
    </message>
    <message>
        <source>e.g. See dates</source>
        <translation>например, Даты</translation>
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
        <translation>Большой палец вверх</translation>
    </message>
    <message>
        <source>Red heart</source>
        <translation>Красное сердце</translation>
    </message>
    <message>
        <source>Face with tears of joy</source>
        <translation>Лицо со слезами радости</translation>
    </message>
    <message>
        <source>Face with open mouth</source>
        <translation>Лицо с открытым ртом</translation>
    </message>
    <message>
        <source>Crying face</source>
        <translation>Плачущее лицо</translation>
    </message>
    <message>
        <source>Folded hands</source>
        <translation>Сложенные ладони</translation>
    </message>
    <message>
        <source>Clapping hands</source>
        <translation>Аплодисменты</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Огонь</translation>
    </message>
    <message>
        <source>Party popper</source>
        <translation>Хлопушка</translation>
    </message>
    <message>
        <source>Smiling face with heart-eyes</source>
        <translation>Улыбка с глазами-сердечками</translation>
    </message>
    <message>
        <source>Thinking face</source>
        <translation>Задумчивое лицо</translation>
    </message>
    <message>
        <source>OK hand</source>
        <translation>Жест «OK»</translation>
    </message>
    <message>
        <source>Hundred points</source>
        <translation>Сто баллов</translation>
    </message>
    <message>
        <source>Check mark button</source>
        <translation>Галочка</translation>
    </message>
    <message>
        <source>Smiling face with smiling eyes</source>
        <translation>Улыбка с улыбающимися глазами</translation>
    </message>
    <message>
        <source>Raising hands</source>
        <translation>Поднятые руки</translation>
    </message>
    <message>
        <source>Grinning face with sweat</source>
        <translation>Улыбка с каплей пота</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Рукопожатие</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Звезда</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Ракета</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Глаза</translation>
    </message>
    <message>
        <source>Waving hand</source>
        <translation>Машущая рука</translation>
    </message>
    <message>
        <source>Person shrugging</source>
        <translation>Пожимает плечами</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>Большой палец вниз</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Некорректный JSON: %1</translation>
    </message>
    <message>
        <source>Must be a JSON object: { … }.</source>
        <translation>Нужен объект JSON: { … }.</translation>
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
        <translation>По I&amp;D</translation>
    </message>
    <message>
        <source>By na&amp;me</source>
        <translation>По &amp;имени</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID flow</translation>
    </message>
    <message>
        <source>e.g. 1234567890</source>
        <translation>например, 1234567890</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Имя flow</translation>
    </message>
    <message>
        <source>The flow&apos;s name in WhatsApp Manager</source>
        <translation>Имя flow в WhatsApp Manager</translation>
    </message>
    <message>
        <source>Button te&amp;xt</source>
        <translation>Те&amp;кст кнопки</translation>
    </message>
    <message>
        <source>e.g. Book now</source>
        <translation>например, Записаться</translation>
    </message>
    <message>
        <source>Flow to&amp;ken</source>
        <translation>То&amp;кен flow</translation>
    </message>
    <message>
        <source>Identifies this session in your endpoint</source>
        <translation>Опознаёт этот сеанс на вашем сервере</translation>
    </message>
    <message>
        <source>Message version</source>
        <translation>Версия сообщения</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Первый экран</translation>
    </message>
    <message>
        <source>Screen ID, for the navigate action</source>
        <translation>ID экрана, для действия navigate</translation>
    </message>
    <message>
        <source>Screen data</source>
        <translation>Данные экрана</translation>
    </message>
    <message>
        <source>{ &quot;product_name&quot;: &quot;name&quot; }</source>
        <translation>{ &quot;product_name&quot;: &quot;name&quot; }</translation>
    </message>
    <message>
        <source>The first screen&apos;s input as a JSON object</source>
        <translation>Входные данные первого экрана в виде объекта JSON</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Search text, a WAMID, +number, or type:… status:… since:YYYY-MM-DD</source>
        <translation>Текст, WAMID, +номер или type:… status:… since:ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Поиск по истории</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Отправленные сообщения</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>&amp;Copy WAMID</source>
        <translation>&amp;Копировать WAMID</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>Р&amp;еакция</translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation>Открыть в &amp;редакторе</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>Отправить с&amp;нова…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>More history actions</source>
        <translation>Другие действия с историей</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
</context>
<context>
    <name>InteractiveFields</name>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Header te&amp;xt</source>
        <translation>Те&amp;кст заголовка</translation>
    </message>
    <message>
        <source>Shown in bold above the body</source>
        <translation>Показывается жирным над текстом</translation>
    </message>
    <message>
        <source>Header media</source>
        <translation>Медиа заголовка</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>For a document header: the name shown</source>
        <translation>Для документа в заголовке: показываемое имя</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>F&amp;ooter</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>Optional small print under the body</source>
        <translation>Необязательная мелкая подпись под текстом</translation>
    </message>
</context>
<context>
    <name>ListComposerPage</name>
    <message>
        <source>List &amp;button</source>
        <translation>&amp;Кнопка списка</translation>
    </message>
    <message>
        <source>Opens the list, e.g. Choose</source>
        <translation>Открывает список, например «Выбрать»</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Rows in all sections</source>
        <translation>Строки во всех разделах</translation>
    </message>
</context>
<context>
    <name>ListRowEditor</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Row title</source>
        <translation>Заголовок строки</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Optional second line</source>
        <translation>Необязательная вторая строка</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Returned in the webhook when chosen</source>
        <translation>Приходит в вебхуке при выборе</translation>
    </message>
</context>
<context>
    <name>LocationComposerPage</name>
    <message>
        <source>Lat&amp;itude</source>
        <translation>&amp;Широта</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. 37.4847</source>
        <translation>от -90 до 90, например 37.4847</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>&amp;Долгота</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. -122.1473</source>
        <translation>от -180 до 180, например -122.1473</translation>
    </message>
    <message>
        <source>&amp;Place name</source>
        <translation>&amp;Название места</translation>
    </message>
    <message>
        <source>Optional, e.g. Philz Coffee</source>
        <translation>Необязательно, например Philz Coffee</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Optional, e.g. 101 Forest Ave, Palo Alto</source>
        <translation>Необязательно, например 101 Forest Ave, Palo Alto</translation>
    </message>
    <message>
        <source>Decimal degrees, with a point as the decimal separator.</source>
        <translation>Десятичные градусы, с точкой в качестве разделителя.</translation>
    </message>
</context>
<context>
    <name>LocationRequestComposerPage</name>
    <message>
        <source>The customer sees your message with a Send location button; their location comes back in a webhook.</source>
        <translation>Клиент видит ваше сообщение с кнопкой «Отправить местоположение»; его местоположение придёт в вебхуке.</translation>
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
        <translation>П&amp;роблемы</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About waconsole</source>
        <translation>&amp;О программе waconsole</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Профили…</translation>
    </message>
    <message>
        <source>Profi&amp;le</source>
        <translation>Профи&amp;ль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Отправить &amp;всё равно</translation>
    </message>
    <message>
        <source>Send despite the problems, to see how the server answers (Sandbox only)</source>
        <translation>Отправить, несмотря на проблемы, чтобы увидеть ответ сервера (только песочница)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Recipien&amp;t</source>
        <translation>&amp;Получатель</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Reply to WAMI&amp;D</source>
        <translation>Ответ на WAMI&amp;D</translation>
    </message>
    <message>
        <source>Optional: the message this one quotes</source>
        <translation>Необязательно: цитируемое сообщение</translation>
    </message>
    <message>
        <source>Reply to message (WAMID)</source>
        <translation>Ответ на сообщение (WAMID)</translation>
    </message>
    <message>
        <source>Callback &amp;data</source>
        <translation>Данные &amp;обратного вызова</translation>
    </message>
    <message>
        <source>Optional: returned in status webhooks</source>
        <translation>Необязательно: придёт в вебхуках статуса</translation>
    </message>
    <message>
        <source>Callback data (biz_opaque_callback_data)</source>
        <translation>Данные обратного вызова (biz_opaque_callback_data)</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Типы сообщений</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
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
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Отправить сообщение (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>При&amp;меры</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Новое сообщение</translation>
    </message>
    <message>
        <source>Clear this type&apos;s form (the recipient stays)</source>
        <translation>Очистить форму этого типа (получатель останется)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Paste payload or curl command</source>
        <translation>&amp;Вставить тело запроса или команду curl</translation>
    </message>
    <message>
        <source>Load a JSON payload or a whole curl command from the clipboard</source>
        <translation>Загрузить JSON или целую команду curl из буфера обмена</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Копировать &amp;JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Copy c&amp;URL (token masked)</source>
        <translation>Копировать c&amp;URL (токен скрыт)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Превью</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <source>Browse the profile&apos;s template library and fill one in a form</source>
        <translation>Просмотреть библиотеку шаблонов профиля и заполнить шаблон в форме</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Go back to the message as it was before the last change</source>
        <translation>Вернуть сообщение к виду до последнего изменения</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Make the change undone again</source>
        <translation>Снова внести отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut of this window, searchable</source>
        <translation>Все сочетания клавиш этого окна, с поиском</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The customer&apos;s 24-hour window</source>
        <translation>24-часовое окно клиента</translation>
    </message>
    <message>
        <source>Recipient kind</source>
        <translation>Тип получателя</translation>
    </message>
    <message>
        <source>A person, by phone number or business-scoped user ID, or a group, by its ID (recipient_type)</source>
        <translation>Человек — по номеру телефона или ID пользователя в рамках компании, либо группа — по её ID (recipient_type)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>New te&amp;mplate…</source>
        <translation>Новый ша&amp;блон…</translation>
    </message>
    <message>
        <source>Design a template with its live preview and submit it for review</source>
        <translation>Создать шаблон с живым предпросмотром и отправить его на модерацию</translation>
    </message>
</context>
<context>
    <name>MarkReadComposerPage</name>
    <message>
        <source>Message &amp;ID</source>
        <translation>&amp;ID сообщения</translation>
    </message>
    <message>
        <source>wamid.HBgL…</source>
        <translation>wamid.HBgL…</translation>
    </message>
    <message>
        <source>The WAMID of the incoming message to mark as read</source>
        <translation>WAMID входящего сообщения, которое нужно отметить прочитанным</translation>
    </message>
    <message>
        <source>Also show a t&amp;yping indicator until you reply (up to 25 seconds)</source>
        <translation>Также показать индикатор &amp;набора до ответа (до 25 секунд)</translation>
    </message>
    <message>
        <source>Marks the customer&apos;s message, and every earlier one in the chat, as read: they see blue ticks. This request has no recipient or type of its own.</source>
        <translation>Отмечает сообщение клиента и все более ранние в чате прочитанными: клиент видит синие галочки. У этого запроса нет своего получателя и типа.</translation>
    </message>
</context>
<context>
    <name>MediaComposerPage</name>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>Media source</source>
        <translation>Источник медиа</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Необязательная подпись</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>&amp;Имя файла</translation>
    </message>
    <message>
        <source>invoice.pdf</source>
        <translation>invoice.pdf</translation>
    </message>
    <message>
        <source>The name the customer sees; the file type is read from its extension</source>
        <translation>Имя, которое видит клиент; тип файла определяется по расширению</translation>
    </message>
    <message>
        <source>Send as a voice &amp;note (OGG/Opus only)</source>
        <translation>Отправить как голосовое &amp;сообщение (только OGG/Opus)</translation>
    </message>
</context>
<context>
    <name>MediaSourceEditor</name>
    <message>
        <source>Uploaded media &amp;ID</source>
        <translation>&amp;ID загруженного медиа</translation>
    </message>
    <message>
        <source>Public lin&amp;k</source>
        <translation>Публичная сс&amp;ылка</translation>
    </message>
    <message>
        <source>U&amp;pload a file…</source>
        <translation>За&amp;грузить файл…</translation>
    </message>
    <message>
        <source>Upload a file to the current profile and use its media ID</source>
        <translation>Загрузить файл в текущий профиль и использовать его ID медиа</translation>
    </message>
    <message>
        <source>Media ID returned by POST /{phone-number-id}/media</source>
        <translation>ID медиа, который вернул POST /{phone-number-id}/media</translation>
    </message>
    <message>
        <source>Media ID</source>
        <translation>ID медиа</translation>
    </message>
    <message>
        <source>https://example.com/file.jpg</source>
        <translation>https://example.com/file.jpg</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Публичная ссылка</translation>
    </message>
</context>
<context>
    <name>OrderDetailsComposerPage</name>
    <message>
        <source>&amp;Reference ID</source>
        <translation>&amp;ID заказа</translation>
    </message>
    <message>
        <source>e.g. GOB-2026-0419</source>
        <translation>например, GOB-2026-0419</translation>
    </message>
    <message>
        <source>Your order&apos;s unique ID: up to 35 letters, digits, _ - and .</source>
        <translation>Уникальный ID вашего заказа: до 35 букв, цифр, _ - и .</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Вал&amp;юта</translation>
    </message>
    <message>
        <source>Payment &amp;configuration</source>
        <translation>Конфи&amp;гурация оплаты</translation>
    </message>
    <message>
        <source>The name set up in WhatsApp Manager</source>
        <translation>Название, заданное в WhatsApp Manager</translation>
    </message>
    <message>
        <source>payment_configuration: the payment configuration set up for this number</source>
        <translation>payment_configuration: конфигурация оплаты, настроенная для этого номера</translation>
    </message>
    <message>
        <source>Payment t&amp;ype</source>
        <translation>Тип оплат&amp;ы</translation>
    </message>
    <message>
        <source>e.g. upi</source>
        <translation>например, upi</translation>
    </message>
    <message>
        <source>payment_type, sent with the payment configuration</source>
        <translation>payment_type, отправляется вместе с конфигурацией оплаты</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Su&amp;btotal</source>
        <translation>По&amp;дытог</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>What the items add up to</source>
        <translation>Сумма по товарам</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>&amp;Налог</translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation>Дост&amp;авка</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Disc&amp;ount</source>
        <translation>С&amp;кидка</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>&amp;Итого</translation>
    </message>
    <message>
        <source>subtotal + tax + shipping − discount</source>
        <translation>подытог + налог + доставка − скидка</translation>
    </message>
    <message>
        <source>&amp;Fill in subtotal and total</source>
        <translation>&amp;Заполнить подытог и итог</translation>
    </message>
    <message>
        <source>Sets the subtotal to what the items add up to, and the total to subtotal + tax + shipping − discount</source>
        <translation>Записывает в подытог сумму по товарам, а в итог — подытог + налог + доставка − скидка</translation>
    </message>
</context>
<context>
    <name>OrderItemEditor</name>
    <message>
        <source>Retailer &amp;ID</source>
        <translation>ID товара &amp;у продавца</translation>
    </message>
    <message>
        <source>e.g. sourdough-800g</source>
        <translation>например, sourdough-800g</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Названи&amp;е</translation>
    </message>
    <message>
        <source>e.g. Sourdough loaf, 800 g</source>
        <translation>например, Хлеб на закваске, 800 г</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Цена за единицу</translation>
    </message>
    <message>
        <source>320.00</source>
        <translation>320.00</translation>
    </message>
    <message>
        <source>The price of one unit, in the order&apos;s currency</source>
        <translation>Цена одной единицы в валюте заказа</translation>
    </message>
    <message>
        <source>On &amp;sale for</source>
        <translation>Цена со скидко&amp;й</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>A discounted unit price; the subtotal counts it instead of the unit price</source>
        <translation>Цена единицы со скидкой; подытог учитывает её вместо обычной цены</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>Коли&amp;чество</translation>
    </message>
</context>
<context>
    <name>OrderStatusComposerPage</name>
    <message>
        <source>&amp;Reference ID</source>
        <translation>&amp;ID заказа</translation>
    </message>
    <message>
        <source>The reference ID of the order details message</source>
        <translation>ID заказа из сообщения с деталями заказа</translation>
    </message>
    <message>
        <source>The order this status is about: the reference_id its order_details message had</source>
        <translation>Заказ, к которому относится статус: reference_id из его сообщения order_details</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>optional, e.g. Out for delivery</source>
        <translation>необязательно, например Передан в доставку</translation>
    </message>
</context>
<context>
    <name>PinComposerPage</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Сообщение</translation>
    </message>
    <message>
        <source>wamid.HBgL…</source>
        <translation>wamid.HBgL…</translation>
    </message>
    <message>
        <source>The WAMID of the group message to pin or unpin</source>
        <translation>WAMID сообщения в группе, которое нужно закрепить или открепить</translation>
    </message>
    <message>
        <source>&amp;Days pinned</source>
        <translation>Срок &amp;закрепления</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>How long the message stays pinned: 1 to 30 days</source>
        <translation>Сколько сообщение будет закреплено: от 1 до 30 дней</translation>
    </message>
    <message>
        <source>Pins work only in groups: send to the group&apos;s ID with recipient type &quot;group&quot;. A group holds at most 3 pins at a time, and only an admin can pin.</source>
        <translation>Закрепление работает только в группах: отправляйте на ID группы с типом получателя «group». В группе одновременно может быть не более 3 закреплённых сообщений, и закреплять может только администратор.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <source>The catalog&apos;s first product</source>
        <translation>Первый товар каталога</translation>
    </message>
    <message>
        <source>Send location</source>
        <translation>Отправить местоположение</translation>
    </message>
    <message>
        <source>Provide address</source>
        <translation>Указать адрес</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Посмотреть</translation>
    </message>
    <message>
        <source>View items</source>
        <translation>Посмотреть товары</translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation>Посмотреть каталог</translation>
    </message>
    <message>
        <source>Media %1</source>
        <translation>Медиа %1</translation>
    </message>
    <message>
        <source>No media yet</source>
        <translation>Медиа пока нет</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other contact(s)</source>
        <translation>
            <numerusform>%1 и ещё %n контакт</numerusform>
            <numerusform>%1 и ещё %n контакта</numerusform>
            <numerusform>%1 и ещё %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>View all</source>
        <translation>Посмотреть все</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Name and price from the catalog</source>
        <translation>Название и цена — из каталога</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>The customer&apos;s message %1</source>
        <translation>Сообщение клиента %1</translation>
    </message>
    <message>
        <source>The customer&apos;s message %1, as they see it</source>
        <translation>Сообщение клиента %1 — так его видит клиент</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>печатает…</translation>
    </message>
    <message>
        <source>waconsole cannot draw &quot;%1&quot; messages yet.</source>
        <translation>waconsole пока не умеет рисовать сообщения «%1».</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Price from the catalog</source>
        <translation>Цена — из каталога</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>Документа пока нет</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Шаблон %1 (%2)</translation>
    </message>
    <message>
        <source>Its text is not known here: the values it fills in are below.</source>
        <translation>Текст шаблона здесь неизвестен: ниже — значения, которые в него подставляются.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Button %1 (%2)</source>
        <translation>Кнопка %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to preview yet: type the message</source>
        <translation>Показывать пока нечего: введите сообщение</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation>Реакция снята</translation>
    </message>
    <message numerus="yes">
        <source>Order · %n item(s)</source>
        <translation>
            <numerusform>Заказ · %n товар</numerusform>
            <numerusform>Заказ · %n товара</numerusform>
            <numerusform>Заказ · %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Это сообщение удалено</translation>
    </message>
    <message>
        <source>The customer opened the chat</source>
        <translation>Клиент открыл чат</translation>
    </message>
    <message>
        <source>Call permission request</source>
        <translation>Запрос разрешения на звонки</translation>
    </message>
    <message>
        <source>Allow this business to call you on WhatsApp</source>
        <translation>Разрешить этой компании звонить вам в WhatsApp</translation>
    </message>
    <message>
        <source>Call Now</source>
        <translation>Позвонить сейчас</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Share contact info</source>
        <translation>Поделиться контактными данными</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Ваш заказ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>+ 1 more item</source>
        <translation>+ ещё 1 товар</translation>
    </message>
    <message>
        <source>+ %1 more items</source>
        <translation>+ ещё товаров: %1</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Товаров пока нет</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 товар</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Частично отправлен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Review and pay</source>
        <translation>Проверить и оплатить</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Посмотреть заказ</translation>
    </message>
    <message>
        <source>You unpinned a message</source>
        <translation>Вы открепили сообщение</translation>
    </message>
    <message>
        <source>You pinned a message</source>
        <translation>Вы закрепили сообщение</translation>
    </message>
    <message>
        <source>No product yet</source>
        <translation>Товара пока нет</translation>
    </message>
    <message>
        <source>Ends: no expiration_time_ms yet</source>
        <translation>Окончание: expiration_time_ms пока не задано</translation>
    </message>
    <message>
        <source>Ends: %1 ms is not a date (seconds, or a duration?)</source>
        <translation>Окончание: %1 мс — не дата (секунды или длительность?)</translation>
    </message>
    <message>
        <source>Ends %1 UTC</source>
        <extracomment>The end of a limited-time offer, in UTC so that every preview shows the same.</extracomment>
        <translation>Заканчивается %1 UTC</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <source>Allow voice calls?</source>
        <translation>Разрешить голосовые звонки?</translation>
    </message>
    <message>
        <source>The customer chooses whether you may call them on WhatsApp.</source>
        <translation>Клиент решает, можно ли вам звонить ему в WhatsApp.</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Копировать код предложения</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Browse the catalog on WhatsApp</source>
        <translation>Посмотрите каталог в WhatsApp</translation>
    </message>
    <message>
        <source>1 item to choose from</source>
        <translation>1 товар на выбор</translation>
    </message>
    <message>
        <source>%1 items to choose from</source>
        <translation>Товаров на выбор: %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Открывает %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>ProductComposerPage</name>
    <message>
        <source>Cata&amp;log ID</source>
        <translation>ID ка&amp;талога</translation>
    </message>
    <message>
        <source>The catalog connected to this number</source>
        <translation>Каталог, подключённый к этому номеру</translation>
    </message>
    <message>
        <source>Product &amp;retailer ID</source>
        <translation>ID товара у &amp;продавца</translation>
    </message>
    <message>
        <source>The product&apos;s content ID in the catalog</source>
        <translation>ID содержимого товара в каталоге</translation>
    </message>
</context>
<context>
    <name>ProductItemEditor</name>
    <message>
        <source>Product retailer ID</source>
        <translation>ID товара у продавца</translation>
    </message>
</context>
<context>
    <name>ProductListComposerPage</name>
    <message>
        <source>Cata&amp;log ID</source>
        <translation>ID ка&amp;талога</translation>
    </message>
    <message>
        <source>The catalog connected to this number</source>
        <translation>Каталог, подключённый к этому номеру</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Products in all sections</source>
        <translation>Товары во всех разделах</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>No secure storage on this computer: access tokens and app secrets are kept in memory for this session only and written nowhere.</source>
        <translation>На этом компьютере нет защищённого хранилища: токены доступа и секреты приложений хранятся в памяти только на этот сеанс и нигде не записываются.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Новый профиль</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Graph &amp;base URL</source>
        <translation>&amp;Базовый URL Graph</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>&amp;Версия API</translation>
    </message>
    <message>
        <source>&amp;Phone-number ID</source>
        <translation>ID &amp;номера телефона</translation>
    </message>
    <message>
        <source>&amp;WABA ID</source>
        <translation>ID &amp;WABA</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Токен доступа</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Показать токен доступа</translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation>&amp;Секрет приложения</translation>
    </message>
    <message>
        <source>Show the app secret</source>
        <translation>Показать секрет приложения</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Проверить &amp;соединение</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Pr&amp;ofile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Receiving webhooks</source>
        <translation>П&amp;риём вебхуков</translation>
    </message>
</context>
<context>
    <name>QuickReplyEditor</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>e.g. Learn more</source>
        <translation>например, Подробнее</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Returned in the webhook when tapped</source>
        <translation>Приходит в вебхуке при нажатии</translation>
    </message>
</context>
<context>
    <name>ReactionComposerPage</name>
    <message>
        <source>Rea&amp;ct to message</source>
        <translation>Реакция на &amp;сообщение</translation>
    </message>
    <message>
        <source>wamid.HBgL…</source>
        <translation>wamid.HBgL…</translation>
    </message>
    <message>
        <source>The WAMID of the message the reaction goes on</source>
        <translation>WAMID сообщения, на которое ставится реакция</translation>
    </message>
    <message>
        <source>Em&amp;oji</source>
        <translation>Э&amp;модзи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose an emoji</source>
        <translation>Выбрать эмодзи</translation>
    </message>
    <message>
        <source>Leave the emoji empty to remove an earlier reaction to that message. A reaction can only go on a message from the last 30 days.</source>
        <translation>Оставьте эмодзи пустым, чтобы снять прежнюю реакцию на это сообщение. Реакцию можно поставить только на сообщение за последние 30 дней.</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>Receiver &amp;port</source>
        <translation>П&amp;орт приёмника</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Порт приёмника</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключен</translation>
    </message>
    <message>
        <source>Callback &amp;URL</source>
        <translation>&amp;URL обратного вызова</translation>
    </message>
    <message>
        <source>&amp;Verify token</source>
        <translation>&amp;Токен проверки</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>С&amp;генерировать</translation>
    </message>
    <message>
        <source>Generate a verify token</source>
        <translation>Сгенерировать токен проверки</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the verify token</source>
        <translation>Копировать токен проверки</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Приёмник</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>C&amp;heck subscription</source>
        <translation>Проверить по&amp;дписку</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>Подп&amp;исаться</translation>
    </message>
</context>
<context>
    <name>ReplyButtonEditor</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What the button says</source>
        <translation>Надпись на кнопке</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Returned in the webhook when tapped</source>
        <translation>Приходит в вебхуке при нажатии</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section title</source>
        <translation>Заголовок раздела</translation>
    </message>
</context>
<context>
    <name>StorePanel</name>
    <message>
        <source>&amp;History kept in</source>
        <translation>&amp;История хранится</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Се&amp;рвер</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>П&amp;орт</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <source>waconsole</source>
        <translation>waconsole</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Паро&amp;ль</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the store&apos;s password</source>
        <translation>Показать пароль хранилища</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Agent name</source>
        <translation>Имя &amp;агента</translation>
    </message>
    <message>
        <source>How the team sees your replies in a shared thread; empty: the profile&apos;s name.</source>
        <translation>Так команда видит ваши ответы в общей переписке; пусто — имя профиля.</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authorities</source>
        <translation>&amp;Центры сертификации</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the certificate authorities file</source>
        <translation>Выбрать файл центров сертификации</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Поиск по имени</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the whole library from Graph again (F5)</source>
        <translation>Заново прочитать всю библиотеку из Graph (F5)</translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation>&amp;Использовать шаблон</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>Из&amp;менить шаблон…</translation>
    </message>
    <message>
        <source>Open the template in the template builder; Submit there edits it</source>
        <translation>Открыть шаблон в конструкторе шаблонов; отправка оттуда изменит его</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>&amp;Удалить шаблон…</translation>
    </message>
    <message>
        <source>Delete the template in this language from the account, asked first</source>
        <translation>Удалить шаблон на этом языке из аккаунта (с подтверждением)</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Parts of the template</source>
        <translation>Части шаблона</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>П&amp;роблемы</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Отправить на модерацию</translation>
    </message>
    <message>
        <source>Send the template to Meta for review (Ctrl+Return)</source>
        <translation>Отправить шаблон в Meta на модерацию (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>TemplateComponentEditor</name>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Button type</source>
        <translation>Тип кнопки</translation>
    </message>
    <message>
        <source>Button index</source>
        <translation>Номер кнопки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>TemplateComposerPage</name>
    <message>
        <source>Template &amp;name</source>
        <translation>&amp;Имя шаблона</translation>
    </message>
    <message>
        <source>e.g. order_confirmation</source>
        <translation>например, order_confirmation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language code the template was approved in, e.g. en_US</source>
        <translation>Код языка, на котором одобрен шаблон, например en_US</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Fill the template&apos;s variables: a header or body component per part that has them, a button component (with its index) per button that needs a value.</source>
        <translation>Заполните переменные шаблона: компонент header или body для каждой части, где они есть, и компонент button (с номером) для каждой кнопки, которой нужно значение.</translation>
    </message>
    <message>
        <source>Choose a template from the profile&apos;s library to fill it in a form made from its definition.</source>
        <translation>Выберите шаблон из библиотеки профиля, чтобы заполнить его в форме, построенной по его определению.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Pick a template from the profile&apos;s library (Templates window)</source>
        <translation>Выбрать шаблон из библиотеки профиля (окно «Шаблоны»)</translation>
    </message>
    <message>
        <source>Edit by &amp;hand</source>
        <translation>Править &amp;вручную</translation>
    </message>
</context>
<context>
    <name>TemplateParameterEditor</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Имя параметра</translation>
    </message>
    <message>
        <source>For named variables, e.g. first_name</source>
        <translation>Для именованных переменных, например first_name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Replaces the variable</source>
        <translation>Подставляется вместо переменной</translation>
    </message>
    <message>
        <source>Fallback text</source>
        <translation>Запасной текст</translation>
    </message>
    <message>
        <source>Shown where the value cannot be localised</source>
        <translation>Показывается, где значение нельзя локализовать</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation>Код ISO 4217, например USD</translation>
    </message>
    <message>
        <source>Amount × 1000</source>
        <translation>Сумма × 1000</translation>
    </message>
    <message>
        <source>e.g. 100990 for 100.99</source>
        <translation>например, 100990 для 100.99</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>For a document: the name shown</source>
        <translation>Для документа: показываемое имя</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>-90 to 90</source>
        <translation>от -90 до 90</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>-180 to 180</source>
        <translation>от -180 до 180</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Returned in the webhook when the button is tapped</source>
        <translation>Приходит в вебхуке при нажатии кнопки</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код купона</translation>
    </message>
    <message>
        <source>At most 15 characters</source>
        <translation>Не длиннее 15 символов</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>{ }</source>
        <translation>{ }</translation>
    </message>
    <message>
        <source>The parameter&apos;s object as JSON</source>
        <translation>Объект параметра в виде JSON</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Time to live, in minutes</source>
        <translation>Время жизни, в минутах</translation>
    </message>
</context>
<context>
    <name>TextComposerPage</name>
    <message>
        <source>Message &amp;body</source>
        <translation>&amp;Текст сообщения</translation>
    </message>
    <message>
        <source>Hello! Type the message here.</source>
        <translation>Здравствуйте! Введите сообщение здесь.</translation>
    </message>
    <message>
        <source>Show a link &amp;preview for the first URL (preview_url)</source>
        <translation>Показать &amp;превью первой ссылки (preview_url)</translation>
    </message>
    <message>
        <source>WhatsApp formatting: *bold*, _italic_, ~strikethrough~, ```monospace```, `inline code`, &quot;&gt; &quot; for a quote, &quot;- &quot; or &quot;1. &quot; for lists.</source>
        <translation>Форматирование WhatsApp: *жирный*, _курсив_, ~зачёркнутый~, ```моноширинный```, `код в строке`, &quot;&gt; &quot; для цитаты, &quot;- &quot; или &quot;1. &quot; для списков.</translation>
    </message>
</context>
<context>
    <name>ThreadLook</name>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Outcome unknown: no complete answer came back; check before sending again.</source>
        <translation>Результат неизвестен: полный ответ не пришёл; проверьте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <translation>%1 #%2 %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>Более раннее сообщение</translation>
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
        <translation>Для этого типа сообщения в waconsole нет формы. Оно хранится в точности как загружено: правьте его на вкладке JSON, проверяйте и отправляйте оттуда.</translation>
    </message>
</context>
<context>
    <name>VoiceCallComposerPage</name>
    <message>
        <source>Button te&amp;xt</source>
        <translation>Те&amp;кст кнопки</translation>
    </message>
    <message>
        <source>Call Now (WhatsApp&apos;s text when left empty)</source>
        <translation>Позвонить сейчас (текст WhatsApp, если оставить пустым)</translation>
    </message>
    <message>
        <source>&amp;Valid for (minutes)</source>
        <translation>Срок &amp;действия (минут)</translation>
    </message>
    <message>
        <source>1 to 43200; 10080 (7 days) when left empty</source>
        <translation>от 1 до 43200; если пусто — 10080 (7 дней)</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Your own data, back as cta_payload in the calls webhooks</source>
        <translation>Ваши данные; вернутся как cta_payload в вебхуках звонков</translation>
    </message>
    <message>
        <source>The customer sees your message with a button that calls you on WhatsApp. It can be sent only while the customer service window is open. The payload needs WhatsApp 2.25.27 or later; on older clients the message fails with error 131026.</source>
        <translation>Клиент видит ваше сообщение с кнопкой, которая звонит вам в WhatsApp. Его можно отправить, только пока открыто 24-часовое окно клиента. Для payload нужен WhatsApp 2.25.27 или новее; на более старых клиентах сообщение не пройдёт с ошибкой 131026.</translation>
    </message>
</context>
<context>
    <name>Wac</name>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>waconsole-cli: cannot read %1: %2</source>
        <translation>waconsole-cli: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>waconsole-cli: %1 is not valid JSON: %2</source>
        <translation>waconsole-cli: %1 — некорректный JSON: %2</translation>
    </message>
    <message>
        <source>a JSON payload, or - for standard input</source>
        <translation>JSON-нагрузка или - для стандартного ввода</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start or end with spaces.</source>
        <translation>«%1» не должно начинаться или заканчиваться пробелами.</translation>
    </message>
    <message>
        <source>The sections hold %1 rows in total; a list allows at most %2.</source>
        <translation>Во всех разделах вместе %1 строк; список допускает не более %2.</translation>
    </message>
    <message>
        <source>Without &quot;thumbnail_product_retailer_id&quot; the API is known to reject catalog messages in practice.</source>
        <translation>Без «thumbnail_product_retailer_id» API на практике отклоняет сообщения каталога.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«%1» — обязательное поле.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of decimal degrees.</source>
        <translation>«%1» должно быть числом в десятичных градусах.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a string; send it as a JSON number.</source>
        <translation>«%1» — строка; отправляйте его как JSON-число.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it must be between %3 and %4.</source>
        <translation>«%1» равно %2; допустимо от %3 до %4.</translation>
    </message>
    <message>
        <source>a reaction cannot be sent as a reply.</source>
        <translation>реакцию нельзя отправить как ответ.</translation>
    </message>
    <message>
        <source>&quot;emoji&quot; must be exactly one emoji (or empty to remove a reaction), not &quot;%1&quot;.</source>
        <translation>«emoji» должно содержать ровно один эмодзи (или быть пустым, чтобы снять реакцию), а не «%1».</translation>
    </message>
    <message>
        <source>Give either &quot;id&quot; or &quot;link&quot; for the %1, not both.</source>
        <translation>Укажите для %1 либо «id», либо «link», но не оба.</translation>
    </message>
    <message>
        <source>The %1 needs an uploaded media &quot;id&quot; or an http(s) &quot;link&quot;.</source>
        <translation>Для %1 нужен «id» загруженного медиафайла или http(s)-ссылка «link».</translation>
    </message>
    <message>
        <source>template media take no caption.</source>
        <translation>медиа в шаблонах не поддерживают подпись.</translation>
    </message>
    <message>
        <source>audio and sticker messages have no caption.</source>
        <translation>у аудио и стикеров нет подписи.</translation>
    </message>
    <message>
        <source>A header&apos;s media shows no caption; use the body text.</source>
        <translation>Медиа в заголовке не показывает подпись; используйте текст сообщения.</translation>
    </message>
    <message>
        <source>only documents have a file name.</source>
        <translation>имя файла бывает только у документов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing: the legacy reference requires it, and an address shows only under a name.</source>
        <translation>«%1» отсутствует: старый справочник требует его, а адрес показывается только под названием.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массивом</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничем</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 — обязательное поле.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 должно быть %2, а не %3.</translation>
    </message>
    <message>
        <source>Each entry of %1 must be %2, not %3.</source>
        <translation>Каждый элемент %1 должен быть %2, а не %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 не должно быть пустым.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, the limit is %3.</source>
        <translation>%1 слишком длинное: %2 символов при пределе %3.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be one of: %3.</source>
        <translation>%1 равно «%2»; допустимые значения: %3.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation>%1 должно быть URL http:// или https:// с именем хоста, а не «%2».</translation>
    </message>
    <message>
        <source>%1 is not allowed here: %2</source>
        <translation>%1 здесь недопустимо: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used more than once; each must be unique.</source>
        <translation>%1 «%2» используется несколько раз; значения должны быть уникальными.</translation>
    </message>
    <message>
        <source>%1 is not a field waconsole knows here; it is kept and sent as is.</source>
        <translation>%1 — поле, неизвестное waconsole в этом месте; оно сохраняется и отправляется как есть.</translation>
    </message>
    <message>
        <source>Besides &quot;formatted_name&quot;, a contact&apos;s name needs at least one of first_name, last_name, middle_name, suffix or prefix.</source>
        <translation>Кроме «formatted_name», в имени контакта нужно хотя бы одно из: first_name, last_name, middle_name, suffix или prefix.</translation>
    </message>
    <message>
        <source>&quot;birthday&quot; is &quot;%1&quot;; it must be a real date written YYYY-MM-DD.</source>
        <translation>«birthday» равно «%1»; нужна существующая дата в формате ГГГГ-ММ-ДД (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;country_code&quot; should be a two-letter country code, not &quot;%1&quot;.</source>
        <translation>«country_code» должен быть двухбуквенным кодом страны, а не «%1».</translation>
    </message>
    <message>
        <source>it is used only with flow_action &quot;navigate&quot;.</source>
        <translation>оно используется только с flow_action «navigate».</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a non-empty object, or be left out.</source>
        <translation>«data» должно быть непустым объектом или отсутствовать.</translation>
    </message>
    <message>
        <source>Give either &quot;flow_id&quot; or &quot;flow_name&quot;, not both.</source>
        <translation>Укажите либо «flow_id», либо «flow_name», но не оба.</translation>
    </message>
    <message>
        <source>A flow message needs &quot;flow_id&quot; (or &quot;flow_name&quot;).</source>
        <translation>Сообщению flow нужен «flow_id» (или «flow_name»).</translation>
    </message>
    <message>
        <source>&quot;flow_cta&quot; must not contain emoji.</source>
        <translation>«flow_cta» не должен содержать эмодзи.</translation>
    </message>
    <message>
        <source>&quot;country&quot; must be a two-letter ISO country code such as IN, not &quot;%1&quot;.</source>
        <translation>«country» должен быть двухбуквенным кодом страны ISO, например IN, а не «%1».</translation>
    </message>
    <message>
        <source>Address messages are documented for India (IN) only; &quot;%1&quot; may be rejected.</source>
        <translation>Сообщения с адресом документированы только для Индии (IN); «%1» может быть отклонено.</translation>
    </message>
    <message>
        <source>The sections hold %1 products in total; at most %2 are allowed.</source>
        <translation>Во всех разделах вместе %1 товаров; допускается не более %2.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; message has no header.</source>
        <translation>у сообщения «%1» нет заголовка.</translation>
    </message>
    <message>
        <source>No source documents a header on a &quot;%1&quot; message.</source>
        <translation>Ни один источник не описывает заголовок у сообщения «%1».</translation>
    </message>
    <message>
        <source>&quot;text&quot; has %1 characters: the 2026 list page allows %2, but the legacy reference and SDKs stop at %3.</source>
        <translation>В «text» %1 символов: страница о списках 2026 года допускает %2, но старый справочник и SDK ограничивают %3.</translation>
    </message>
    <message>
        <source>&quot;form_message&quot; appears in one reference example but no Cloud API page documents it; it is sent as written and may be rejected.</source>
        <translation>«form_message» встречается в одном примере справочника, но ни одна страница Cloud API его не описывает; оно отправляется как написано и может быть отклонено.</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing: the 2026 reference marks a section title as required even for a single section.</source>
        <translation>«title» отсутствует: справочник 2026 года требует заголовок раздела даже при одном разделе.</translation>
    </message>
    <message>
        <source>&quot;parameter_name&quot; is &quot;%1&quot;; names hold lowercase letters and underscores.</source>
        <translation>«parameter_name» равно «%1»; имена состоят из строчных букв и подчёркиваний.</translation>
    </message>
    <message>
        <source>&quot;code&quot; is &quot;%1&quot;, which is not an ISO 4217 currency code such as USD.</source>
        <translation>«code» равно «%1», а это не код валюты ISO 4217, например USD.</translation>
    </message>
    <message>
        <source>&quot;amount_1000&quot; must be a whole number (the amount times 1000), not %1.</source>
        <translation>«amount_1000» должно быть целым числом (сумма, умноженная на 1000), а не %1.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; must be a whole number from 1 to 43200.</source>
        <translation>«ttl_minutes» должно быть целым числом от 1 до 43200.</translation>
    </message>
    <message>
        <source>Template names hold only lowercase letters, digits and underscores; &quot;%1&quot; does not.</source>
        <translation>Имена шаблонов состоят только из строчных букв, цифр и подчёркиваний; «%1» — нет.</translation>
    </message>
    <message>
        <source>&quot;code&quot; is &quot;%1&quot;; a template language code looks like en or en_US.</source>
        <translation>«code» равно «%1»; код языка шаблона выглядит как en или en_US.</translation>
    </message>
    <message>
        <source>A button component needs its &quot;index&quot;.</source>
        <translation>Компоненту кнопки нужен «index».</translation>
    </message>
    <message>
        <source>&quot;index&quot; must be a whole number from 0 to %1 (the button&apos;s position).</source>
        <translation>«index» должен быть целым числом от 0 до %1 (позиция кнопки).</translation>
    </message>
    <message>
        <source>Button index %1 is used by more than one component.</source>
        <translation>Индекс кнопки %1 используется в нескольких компонентах.</translation>
    </message>
    <message>
        <source>Either every parameter of a component has a &quot;parameter_name&quot; (named template) or none has (positional template).</source>
        <translation>Либо у всех параметров компонента есть «parameter_name» (именованный шаблон), либо ни у одного (позиционный шаблон).</translation>
    </message>
    <message>
        <source>a template footer takes no parameters.</source>
        <translation>у подвала шаблона нет параметров.</translation>
    </message>
    <message>
        <source>&quot;to&quot; must hold the recipient&apos;s phone number.</source>
        <translation>«to» должно содержать номер телефона получателя.</translation>
    </message>
    <message>
        <source>&quot;to&quot; contains &quot;%1&quot;; a phone number may hold only digits, a leading +, spaces, hyphens and parentheses.</source>
        <translation>«to» содержит «%1»; номер телефона может состоять только из цифр, начального +, пробелов, дефисов и скобок.</translation>
    </message>
    <message>
        <source>&quot;to&quot; has %1 digits; a phone number with its country code has at least %2.</source>
        <translation>В «to» %1 цифр; в номере с кодом страны их не меньше %2.</translation>
    </message>
    <message>
        <source>&quot;to&quot; has %1 digits; an international number has at most %2.</source>
        <translation>В «to» %1 цифр; в международном номере их не больше %2.</translation>
    </message>
    <message>
        <source>&quot;to&quot; has no leading + and country code: the business number&apos;s country code will be prepended, which may reach the wrong person.</source>
        <translation>В «to» нет начального + и кода страны: будет подставлен код страны номера компании, и сообщение может уйти не тому человеку.</translation>
    </message>
    <message>
        <source>A message must be a JSON object.</source>
        <translation>Сообщение должно быть JSON-объектом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ignored because the message type is &quot;%2&quot;.</source>
        <translation>«%1» игнорируется, потому что тип сообщения — «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n items; at least %2 required.</source>
        <translation>
            <numerusform>%1 содержит %n элемент; нужно не меньше %2.</numerusform>
            <numerusform>%1 содержит %n элемента; нужно не меньше %2.</numerusform>
            <numerusform>%1 содержит %n элементов; нужно не меньше %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n items; at most %2 allowed.</source>
        <translation>
            <numerusform>%1 содержит %n элемент; допускается не больше %2.</numerusform>
            <numerusform>%1 содержит %n элемента; допускается не больше %2.</numerusform>
            <numerusform>%1 содержит %n элементов; допускается не больше %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>waconsole-cli: %1 holds JSON, but not a message object.</source>
        <translation>waconsole-cli: %1 содержит JSON, но не объект сообщения.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Принято.</translation>
    </message>
    <message>
        <source>Not sent: the request did not reach the server.</source>
        <translation>Не отправлено: запрос не дошёл до сервера.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request left, but no complete answer came back.</source>
        <translation>Результат неизвестен: запрос ушёл, но полный ответ не пришёл.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Отменено до отправки.</translation>
    </message>
    <message>
        <source>Not authorised: the access token was refused.</source>
        <translation>Нет доступа: токен доступа отклонён.</translation>
    </message>
    <message>
        <source>Rate limited: too many messages.</source>
        <translation>Ограничение частоты: слишком много сообщений.</translation>
    </message>
    <message>
        <source>Rejected: a parameter is missing or not valid.</source>
        <translation>Отклонено: параметр отсутствует или неверен.</translation>
    </message>
    <message>
        <source>Not delivered: the customer&apos;s 24-hour window is closed.</source>
        <translation>Не доставлено: 24-часовое окно клиента закрыто.</translation>
    </message>
    <message>
        <source>Rejected: the template does not match.</source>
        <translation>Отклонено: шаблон не совпадает.</translation>
    </message>
    <message>
        <source>The media could not be fetched or sent.</source>
        <translation>Не удалось получить или отправить медиафайл.</translation>
    </message>
    <message>
        <source>Not deliverable to this recipient.</source>
        <translation>Этому получателю доставить нельзя.</translation>
    </message>
    <message>
        <source>The business account is restricted.</source>
        <translation>Бизнес-аккаунт ограничен.</translation>
    </message>
    <message>
        <source>The server failed.</source>
        <translation>Сбой на сервере.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Запрос не выполнен.</translation>
    </message>
    <message>
        <source>Update the profile&apos;s access token (a system-user token does not expire).</source>
        <translation>Обновите токен доступа профиля (токен системного пользователя не истекает).</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: send an approved template instead.</source>
        <translation>С последнего сообщения клиента прошло больше 24 часов: отправьте вместо этого одобренный шаблон.</translation>
    </message>
    <message>
        <source>Wait before writing to this user again: the pair limit allows about one message every 6 seconds.</source>
        <translation>Подождите, прежде чем снова писать этому пользователю: ограничение пары — примерно одно сообщение в 6 секунд.</translation>
    </message>
    <message>
        <source>Slow down and retry later; the limit resets on its own.</source>
        <translation>Снизьте частоту и повторите позже; ограничение снимется само.</translation>
    </message>
    <message>
        <source>The number may not use WhatsApp, or has not accepted the terms, or runs an old version. Check the number.</source>
        <translation>Номер может не использовать WhatsApp, не принять условия или работать на старой версии. Проверьте номер.</translation>
    </message>
    <message>
        <source>A test number can only message the numbers on its allowed list; add this one in the App Dashboard.</source>
        <translation>Тестовый номер может писать только на номера из разрешённого списка; добавьте этот номер в панели приложения.</translation>
    </message>
    <message>
        <source>The recipient is this business number itself; choose another recipient.</source>
        <translation>Получатель — сам номер компании; выберите другого получателя.</translation>
    </message>
    <message>
        <source>Check the media&apos;s MIME type and size, and that its link is public.</source>
        <translation>Проверьте MIME-тип и размер медиафайла и что ссылка общедоступна.</translation>
    </message>
    <message>
        <source>Give exactly one parameter per template variable.</source>
        <translation>Укажите ровно один параметр на каждую переменную шаблона.</translation>
    </message>
    <message>
        <source>Check the template&apos;s name and language, and that it is approved.</source>
        <translation>Проверьте имя и язык шаблона и что он одобрен.</translation>
    </message>
    <message>
        <source>Match each parameter&apos;s format (text, image, …) to the template&apos;s definition.</source>
        <translation>Приведите формат каждого параметра (текст, изображение, …) в соответствие с определением шаблона.</translation>
    </message>
    <message>
        <source>The template is paused for low quality; edit it or use another.</source>
        <translation>Шаблон приостановлен из-за низкого качества; измените его или используйте другой.</translation>
    </message>
    <message>
        <source>Correct the field named in the details and send again.</source>
        <translation>Исправьте поле, указанное в подробностях, и отправьте снова.</translation>
    </message>
    <message>
        <source>Check the network and the profile&apos;s address; nothing went out, so sending again is safe.</source>
        <translation>Проверьте сеть и адрес профиля; ничего не ушло, поэтому повторная отправка безопасна.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s chat or the status webhooks before sending again: the message may have gone out.</source>
        <translation>Проверьте чат получателя или вебхуки статусов, прежде чем отправлять снова: сообщение могло уйти.</translation>
    </message>
    <message>
        <source>Compare the parameters with the template&apos;s definition.</source>
        <translation>Сравните параметры с определением шаблона.</translation>
    </message>
    <message>
        <source>The profile has no access token.</source>
        <translation>У профиля нет токена доступа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL with a host.</source>
        <translation>«%1» — не URL с именем хоста.</translation>
    </message>
    <message>
        <source>%1 is not https: a token is sent only over https, or plain http to this computer (the Sandbox).</source>
        <translation>%1 — не https: токен отправляется только по https или по обычному http на этот компьютер (песочница).</translation>
    </message>
    <message>
        <source>Cancelled after the request had left.</source>
        <translation>Отменено после того, как запрос ушёл.</translation>
    </message>
    <message>
        <source>Cancelled before the request left.</source>
        <translation>Отменено до того, как запрос ушёл.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Сертификат сервера отклонён: %1</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent and before any answer.</source>
        <translation>Соединение закрылось после отправки запроса и до какого-либо ответа.</translation>
    </message>
    <message>
        <source>No answer within the time limit.</source>
        <translation>Нет ответа в пределах лимита времени.</translation>
    </message>
    <message>
        <source>The server answered 200 with an empty body.</source>
        <translation>Сервер ответил 200 с пустым телом.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is incomplete or not JSON.</source>
        <translation>Ответ сервера неполный или не JSON.</translation>
    </message>
    <message>
        <source>send: the Graph API address.</source>
        <translation>send: адрес Graph API.</translation>
    </message>
    <message>
        <source>send: the sending number&apos;s ID.</source>
        <translation>send: ID номера-отправителя.</translation>
    </message>
    <message>
        <source>send: send even when the payload has errors.</source>
        <translation>send: отправить, даже если в нагрузке есть ошибки.</translation>
    </message>
    <message>
        <source>Accepted (not yet delivered): %1</source>
        <translation>Принято (ещё не доставлено): %1</translation>
    </message>
    <message>
        <source>WhatsApp ID %1 differs from the number given, %2.</source>
        <translation>WhatsApp ID %1 отличается от указанного номера %2.</translation>
    </message>
    <message>
        <source>Pacing status: %1</source>
        <translation>Статус дозирования: %1</translation>
    </message>
    <message>
        <source>waconsole-cli: the input is JSON, but not a message object.</source>
        <translation>waconsole-cli: вход — JSON, но не объект сообщения.</translation>
    </message>
    <message>
        <source>waconsole-cli: set WACONSOLE_TOKEN to the access token (it is never taken from the command line).</source>
        <translation>waconsole-cli: задайте токен доступа в WACONSOLE_TOKEN (из командной строки он никогда не берётся).</translation>
    </message>
    <message>
        <source>Not sent: the payload has errors (--send-anyway sends it to see the server&apos;s answer).</source>
        <translation>Не отправлено: в нагрузке есть ошибки (--send-anyway отправит её, чтобы увидеть ответ сервера).</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Связка ключей не ответила за %1 с.</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot; (the Sandbox runs inside waconsole; use waconsole-sim with --base-url).</source>
        <translation>Нет сохранённого профиля «%1» (песочница работает внутри waconsole; используйте waconsole-sim с --base-url).</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Профилю нужно имя.</translation>
    </message>
    <message>
        <source>A profile name has no leading or trailing spaces and no &quot;/&quot;.</source>
        <translation>Имя профиля не начинается и не заканчивается пробелами и не содержит «/».</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be changed.</source>
        <translation>Профиль песочницы встроенный, его нельзя изменить.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Профиль «%1» уже существует.</translation>
    </message>
    <message>
        <source>The Graph base URL must be https (plain http only for this computer).</source>
        <translation>Базовый URL Graph должен быть https (обычный http — только для этого компьютера).</translation>
    </message>
    <message>
        <source>The API version looks like v25.0.</source>
        <translation>Версия API выглядит как v25.0.</translation>
    </message>
    <message>
        <source>The phone-number ID is the number&apos;s numeric ID from the App Dashboard, not the phone number.</source>
        <translation>ID номера телефона — это числовой ID из панели приложения, а не сам номер.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is numeric.</source>
        <translation>ID аккаунта WhatsApp Business — числовой.</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be deleted.</source>
        <translation>Профиль песочницы встроенный, его нельзя удалить.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Профиля «%1» нет.</translation>
    </message>
    <message>
        <source>upload: the file&apos;s MIME type (default: detected from the file).</source>
        <translation>upload: MIME-тип файла (по умолчанию определяется по файлу).</translation>
    </message>
    <message>
        <source>send and upload need --profile, or --base-url and --phone-number-id.</source>
        <translation>send и upload требуют --profile или --base-url и --phone-number-id.</translation>
    </message>
    <message>
        <source>Uploaded: media ID %1</source>
        <translation>Загружено: ID медиафайла %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2, which WhatsApp does not take; use JPEG or PNG images, MP4 or 3GPP video, AAC, AMR, MP3, MP4 or OGG/Opus audio, PDF, Office or text documents, or WebP stickers.</source>
        <translation>%1 имеет тип %2, который WhatsApp не принимает; используйте изображения JPEG или PNG, видео MP4 или 3GPP, аудио AAC, AMR, MP3, MP4 или OGG/Opus, документы PDF, Office или текстовые, либо стикеры WebP.</translation>
    </message>
    <message>
        <source>%1 is %2; %3 files may be at most %4.</source>
        <translation>%1 занимает %2; файлы %3 могут быть не больше %4.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Кавычка, открытая в строке %1, не закрыта.</translation>
    </message>
    <message>
        <source>A message payload must be a JSON object.</source>
        <translation>Тело сообщения должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>The curl command sends no body: no -d, --data or --json.</source>
        <translation>Команда curl не отправляет тела: нет -d, --data или --json.</translation>
    </message>
    <message>
        <source>The curl command has %1 body options; curl would join them with &quot;&amp;&quot;, which is not one JSON payload.</source>
        <translation>В команде curl %1 параметров с телом; curl соединил бы их через &quot;&amp;&quot;, а это не один JSON.</translation>
    </message>
    <message>
        <source>The curl command reads its body from the file %1; paste or drop that file instead.</source>
        <translation>Команда curl читает тело из файла %1; вставьте или перетащите этот файл.</translation>
    </message>
    <message>
        <source>The curl command&apos;s body is not valid JSON: %1</source>
        <translation>Тело команды curl — некорректный JSON: %1</translation>
    </message>
    <message>
        <source>There is nothing to import: the text is empty.</source>
        <translation>Нечего загружать: текст пуст.</translation>
    </message>
    <message>
        <source>%1 is not a WebP image that can be read.</source>
        <translation>%1 — не читаемое изображение WebP.</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; a sticker must be exactly %4×%4.</source>
        <translation>%1 имеет размер %2×%3 пикселей; стикер должен быть ровно %4×%4.</translation>
    </message>
    <message>
        <source>%1 is %2; a static sticker may be at most %3 (animated ones %4).</source>
        <translation>%1 занимает %2; статичный стикер — не больше %3 (анимированный — %4).</translation>
    </message>
    <message>
        <source>%1 is %2, which a %3 message cannot carry.</source>
        <translation>%1 имеет тип %2, который нельзя отправить сообщением типа %3.</translation>
    </message>
    <message>
        <source>render: the PNG file to write.</source>
        <translation>render: PNG-файл, который нужно записать.</translation>
    </message>
    <message>
        <source>render: light or dark.</source>
        <translation>render: light или dark.</translation>
    </message>
    <message>
        <source>render: closed, or open for a list&apos;s or product list&apos;s sheet.</source>
        <translation>render: closed или open — открытая панель списка или списка товаров.</translation>
    </message>
    <message>
        <source>render: the phone&apos;s width in pixels.</source>
        <translation>render: ширина телефона в пикселях.</translation>
    </message>
    <message>
        <source>render: pixels per point (2 for HiDPI).</source>
        <translation>render: пикселей на точку (2 для HiDPI).</translation>
    </message>
    <message>
        <source>render: the template&apos;s definition, or a message_templates answer.</source>
        <translation>render: определение шаблона или ответ message_templates.</translation>
    </message>
    <message>
        <source>render: the time shown (default: now).</source>
        <translation>render: показываемое время (по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>render needs -o OUT.png.</source>
        <translation>Для render нужен -o OUT.png.</translation>
    </message>
    <message>
        <source>The definitions hold no template %1 in %2.</source>
        <translation>В определениях нет шаблона %1 на языке %2.</translation>
    </message>
    <message>
        <source>%1 is not a template definition: %2</source>
        <translation>%1 — не определение шаблона: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format принимает table, csv или json.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Истории пока нет: %1 не существует.</translation>
    </message>
    <message>
        <source>history: which sends, e.g. &quot;type:text status:failed since:2026-11-01 refund&quot;.</source>
        <translation>history: какие отправки, например &quot;type:text status:failed since:2026-11-01 возврат&quot;.</translation>
    </message>
    <message>
        <source>history: at most N sends, newest first (default 50).</source>
        <translation>history: не больше N отправок, сначала новые (по умолчанию 50).</translation>
    </message>
    <message>
        <source>history: table, csv or json (default table).</source>
        <translation>history: table, csv или json (по умолчанию table).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>%1: expects a date such as 2026-11-21, not &quot;%2&quot;.</source>
        <translation>%1: ожидается дата вида 2026-11-21, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>it was written by a newer waconsole (schema %1)</source>
        <translation>он записан более новой версией waconsole (схема %1)</translation>
    </message>
    <message>
        <source>The history file could not be used (%1). It was moved to %2 and a new history was started.</source>
        <translation>Файл истории нельзя использовать (%1). Он перемещён в %2, начата новая история.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Файл истории %1 повреждён (%2), и его не удалось переместить.</translation>
    </message>
    <message>
        <source>waconsole stopped before the answer came: the message may have been sent.</source>
        <translation>waconsole остановился до получения ответа: сообщение могло быть отправлено.</translation>
    </message>
    <message>
        <source>templates: the WhatsApp Business Account ID (with --base-url).</source>
        <translation>templates: ID аккаунта WhatsApp Business (вместе с --base-url).</translation>
    </message>
    <message>
        <source>templates: print the profile&apos;s library as last read, without the network.</source>
        <translation>templates: вывести библиотеку профиля в последней прочитанной версии, без сети.</translation>
    </message>
    <message>
        <source>templates needs --profile, or --base-url and --waba-id.</source>
        <translation>templates требует --profile или --base-url и --waba-id.</translation>
    </message>
    <message>
        <source>templates: --format is table or json.</source>
        <translation>templates: --format может быть table или json.</translation>
    </message>
    <message>
        <source>templates --cached needs --profile and the template cache.</source>
        <translation>templates --cached требует --profile и кэш шаблонов.</translation>
    </message>
    <message>
        <source>The library of &quot;%1&quot; was never read; run without --cached.</source>
        <translation>Библиотека «%1» ещё ни разу не читалась; запустите без --cached.</translation>
    </message>
    <message>
        <source>page %1: %L2 templates</source>
        <translation>страница %1: шаблонов: %L2</translation>
    </message>
    <message>
        <source>header</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>The template&apos;s %1 has %2 variables; this send gives %3 values (Graph error 132000).</source>
        <translation>Переменных в части «%1» шаблона: %2; в этой отправке значений: %3 (ошибка Graph 132000).</translation>
    </message>
    <message>
        <source>(Graph error 132012)</source>
        <translation>(ошибка Graph 132012)</translation>
    </message>
    <message>
        <source>A %1 variable takes text, currency or date_time, not &quot;%2&quot;.</source>
        <translation>Переменная в части «%1» принимает text, currency или date_time, а не «%2».</translation>
    </message>
    <message>
        <source>This template uses named variables: the value needs its &quot;parameter_name&quot;.</source>
        <translation>В этом шаблоне именованные переменные: значению нужен «parameter_name».</translation>
    </message>
    <message>
        <source>This template uses numbered variables: &quot;parameter_name&quot; must not be given.</source>
        <translation>В этом шаблоне нумерованные переменные: «parameter_name» указывать нельзя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable of the template&apos;s %2; it has %3.</source>
        <translation>«%1» — не переменная части «%2» шаблона; в ней есть: %3.</translation>
    </message>
    <message>
        <source>The template&apos;s header is %1: the send needs exactly one &quot;%2&quot; header value.</source>
        <translation>Заголовок шаблона — %1: отправке нужно ровно одно значение заголовка «%2».</translation>
    </message>
    <message>
        <source>Button index %1 does not exist: the template has %2 buttons (Graph error 132000).</source>
        <translation>Кнопки с индексом %1 нет: кнопок в шаблоне: %2 (ошибка Graph 132000).</translation>
    </message>
    <message>
        <source>Button %1 (%2) needs a value: add a button component with index %1 and sub_type &quot;%3&quot; (Graph error 132000).</source>
        <translation>Кнопке %1 (%2) нужно значение: добавьте компонент button с index %1 и sub_type «%3» (ошибка Graph 132000).</translation>
    </message>
    <message>
        <source>With its values the body is %L1 characters; Graph allows %L2 (Graph error 132005).</source>
        <translation>Со значениями текст занимает %L1 символов; Graph допускает %L2 (ошибка Graph 132005).</translation>
    </message>
    <message>
        <source>The library has no template &quot;%1&quot; in %2: Graph would answer 132001 unless it was created since the library was fetched.</source>
        <translation>В библиотеке нет шаблона «%1» на языке %2: Graph ответит 132001, если его не создали после чтения библиотеки.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is paused for low quality: Graph refuses it with error 132015 until it is unpaused.</source>
        <translation>Шаблон «%1» приостановлен из-за низкого качества: Graph отклоняет его с ошибкой 132015, пока его не возобновят.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is disabled: Graph refuses it with error 132016.</source>
        <translation>Шаблон «%1» отключён: Graph отклоняет его с ошибкой 132016.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; (%2) is %3, not approved: Graph answers 132001 (the template does not exist in this language) until it is approved.</source>
        <translation>Шаблон «%1» (%2) в статусе %3, а не одобрен: Graph отвечает 132001 (шаблона нет на этом языке), пока его не одобрят.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID; add it in File → Profiles to read its templates.</source>
        <translation>У профиля нет ID аккаунта WhatsApp Business; добавьте его в «Файл → Профили», чтобы читать шаблоны.</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot; list of templates.</source>
        <translation>В ответе нет списка шаблонов «data».</translation>
    </message>
    <message>
        <source>%1 is not a template library: %2</source>
        <translation>%1 — не библиотека шаблонов: %2</translation>
    </message>
    <message>
        <source>send: the API version (default %1).</source>
        <translation>send: версия API (по умолчанию %1).</translation>
    </message>
    <message>
        <source>send: do not record the send in the history the window shows.</source>
        <translation>send: не записывать отправку в историю, которую показывает окно.</translation>
    </message>
    <message>
        <source>waconsole-cli: the history cannot be written (%1), so nothing was sent; --no-history sends without recording.</source>
        <translation>waconsole-cli: в историю нельзя записать (%1), поэтому ничего не отправлено; с --no-history отправка идёт без записи.</translation>
    </message>
    <message>
        <source>Header</source>
        <extracomment>A place in a message, before a problem found there (&quot;Header: ...&quot;).
----------
A place in a template message (&quot;Header: ...&quot; / &quot;Body: ...&quot;).</extracomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Body</source>
        <extracomment>A place in a message, before a problem found there (&quot;Body: ...&quot;).</extracomment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Footer</source>
        <extracomment>A place in a message, before a problem found there (&quot;Footer: ...&quot;).</extracomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Button %1</source>
        <extracomment>A place in a message: the reply button with this number.
----------
A place in a template message: the template&apos;s button with this number.</extracomment>
        <translation>Кнопка %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>A place in a message: the carousel card with this number.</extracomment>
        <translation>Карточка %1</translation>
    </message>
    <message>
        <source>Saved address %1</source>
        <extracomment>A place in an address message: the saved address with this number.</extracomment>
        <translation>Сохранённый адрес %1</translation>
    </message>
    <message>
        <source>Section %1, row %2</source>
        <extracomment>A place in a list message: row %2 of section %1.</extracomment>
        <translation>Раздел %1, строка %2</translation>
    </message>
    <message>
        <source>Section %1, product %2</source>
        <extracomment>A place in a product list: product %2 of section %1.</extracomment>
        <translation>Раздел %1, товар %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <extracomment>A place in a list message: the section with this number.</extracomment>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <source>Contact %1, phone %2</source>
        <extracomment>A place in a contacts message: phone %2 of contact %1.</extracomment>
        <translation>Контакт %1, телефон %2</translation>
    </message>
    <message>
        <source>Contact %1, email %2</source>
        <extracomment>A place in a contacts message: email address %2 of contact %1.</extracomment>
        <translation>Контакт %1, почта %2</translation>
    </message>
    <message>
        <source>Contact %1, website %2</source>
        <extracomment>A place in a contacts message: web address %2 of contact %1.</extracomment>
        <translation>Контакт %1, сайт %2</translation>
    </message>
    <message>
        <source>Contact %1, address %2</source>
        <extracomment>A place in a contacts message: postal address %2 of contact %1.</extracomment>
        <translation>Контакт %1, адрес %2</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <extracomment>A place in a contacts message: the contact with this number.</extracomment>
        <translation>Контакт %1</translation>
    </message>
    <message>
        <source>Header variable %1</source>
        <extracomment>A place in a template message: the header&apos;s variable, e.g. &quot;Header variable {{1}}&quot;.</extracomment>
        <translation>Переменная заголовка %1</translation>
    </message>
    <message>
        <source>Body variable %1</source>
        <extracomment>A place in a template message: a body variable, e.g. &quot;Body variable {{2}}&quot;.</extracomment>
        <translation>Переменная текста %1</translation>
    </message>
    <message>
        <source>Component %1</source>
        <extracomment>A place in a template message: the component with this number, when its kind is unknown.</extracomment>
        <translation>Компонент %1</translation>
    </message>
    <message>
        <source>The button at index %1 (%2) takes no value; leave its component out.</source>
        <translation>Кнопка с индексом %1 (%2) не принимает значения; уберите её компонент.</translation>
    </message>
    <message>
        <source>The button at index %1 is %2: its component&apos;s sub_type is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Кнопка с индексом %1 — %2: sub_type её компонента должен быть «%3», а не «%4».</translation>
    </message>
    <message>
        <source>Not sent: the profile&apos;s access token could not be read.</source>
        <translation>Не отправлено: не удалось прочитать токен доступа профиля.</translation>
    </message>
    <message>
        <source>No secure storage was found (%1), and no access token was entered for &quot;%2&quot; in this session: enter it in File → Profiles; it is kept in memory until waconsole quits.</source>
        <translation>Защищённое хранилище не найдено (%1), а токен доступа для «%2» в этом сеансе не вводился: введите его в «Файл → Профили»; он будет храниться в памяти до выхода из waconsole.</translation>
    </message>
    <message>
        <source>No access token is stored for &quot;%1&quot;: add it in File → Profiles.</source>
        <translation>Для «%1» не сохранён токен доступа: добавьте его в «Файл → Профили».</translation>
    </message>
    <message>
        <source>The keychain refused to give the access token of &quot;%1&quot; (%2): unlock the keychain or allow waconsole, then try again.</source>
        <translation>Связка ключей отказалась выдать токен доступа профиля «%1» (%2): разблокируйте связку ключей или разрешите доступ waconsole, затем повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the access token of &quot;%2&quot; cannot be read.</source>
        <translation>Связка ключей недоступна (%1), поэтому токен доступа профиля «%2» прочитать нельзя.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): if it is locked, unlock it and try again.</source>
        <translation>Не удалось прочитать связку ключей (%1): если она заблокирована, разблокируйте её и повторите попытку.</translation>
    </message>
    <message>
        <source>The history could not record the send, so it was not sent: %1</source>
        <translation>Не удалось записать отправку в историю, поэтому сообщение не отправлено: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1): set WACONSOLE_TOKEN.</source>
        <translation>Связка ключей недоступна (%1): задайте WACONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token is stored for &quot;%1&quot;: save one in waconsole (File → Profiles), or set WACONSOLE_TOKEN.</source>
        <translation>Для «%1» не сохранён токен доступа: сохраните его в waconsole (Файл → Профили) или задайте WACONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>No conversation with %1: they have not written to a receiver of this computer.</source>
        <translation>Нет диалога с %1: этот клиент не писал ни на один приёмник этого компьютера.</translation>
    </message>
    <message>
        <source>--format takes table or json.</source>
        <translation>--format принимает table или json.</translation>
    </message>
    <message>
        <source>--path must start with /.</source>
        <translation>--path должен начинаться с /.</translation>
    </message>
    <message>
        <source>--port takes 0 (a free port) to 65535.</source>
        <translation>--port принимает значения от 0 (свободный порт) до 65535.</translation>
    </message>
    <message>
        <source>--forward takes an http or https URL.</source>
        <translation>--forward принимает URL http или https.</translation>
    </message>
    <message>
        <source>waconsole-cli: no app secret (set WACONSOLE_APP_SECRET, or use --profile): every delivery will be refused.</source>
        <translation>waconsole-cli: нет секрета приложения (задайте WACONSOLE_APP_SECRET или используйте --profile): все доставки будут отклонены.</translation>
    </message>
    <message>
        <source>--listen takes an IP address, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>--listen принимает IP-адрес, например 127.0.0.1 или 0.0.0.0.</translation>
    </message>
    <message>
        <source>forward failed: %1</source>
        <translation>пересылка не удалась: %1</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>отклонено (%1): %2</translation>
    </message>
    <message>
        <source>conversations: this customer&apos;s thread (a number or a BSUID).</source>
        <translation>conversations: диалог с этим клиентом (номер или BSUID).</translation>
    </message>
    <message>
        <source>listen: the address to listen on (default 127.0.0.1).</source>
        <translation>listen: адрес для приёма соединений (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <source>listen: the port (0 picks a free one; default: the profile&apos;s, else 0).</source>
        <translation>listen: порт (0 — выбрать свободный; по умолчанию — порт профиля, иначе 0).</translation>
    </message>
    <message>
        <source>listen: the callback path (default /webhook).</source>
        <translation>listen: путь обратного вызова (по умолчанию /webhook).</translation>
    </message>
    <message>
        <source>listen: relay each accepted delivery, signed as received, to this URL.</source>
        <translation>listen: пересылать каждую принятую доставку на этот URL с исходной подписью.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID; add it in File → Profiles to check which apps receive its webhooks.</source>
        <translation>У профиля нет ID аккаунта WhatsApp Business; добавьте его в «Файл → Профили», чтобы проверить, какие приложения получают его вебхуки.</translation>
    </message>
    <message>
        <source>The file is larger than the %1-byte limit.</source>
        <translation>Файл больше предела в %1 байт.</translation>
    </message>
    <message>
        <source>Cannot write a file in %1: %2</source>
        <translation>Не удалось записать файл в %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The download answered HTTP %1.</source>
        <translation>При скачивании сервер ответил HTTP %1.</translation>
    </message>
    <message>
        <source>The download was cut short: %1 of %2 bytes came.</source>
        <translation>Скачивание прервалось: получено %1 из %2 байт.</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Ничего не скачано.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не удалось заменить %1.</translation>
    </message>
    <message>
        <source>the answer describes media %1, not %2</source>
        <translation>ответ описывает медиафайл %1, а не %2</translation>
    </message>
    <message>
        <source>it has no http(s) download URL</source>
        <translation>в нём нет URL для скачивания по http(s)</translation>
    </message>
    <message>
        <source>its mime_type is not a string</source>
        <translation>mime_type — не строка</translation>
    </message>
    <message>
        <source>its file_size is not a number of bytes</source>
        <translation>file_size — не число байтов</translation>
    </message>
    <message>
        <source>its sha256 is not a SHA-256 in hex or base64</source>
        <translation>sha256 — не SHA-256 в hex или base64</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot; list of subscribed apps.</source>
        <translation>В ответе нет списка подписанных приложений «data».</translation>
    </message>
    <message>
        <source>Subscribed app %1 in the answer has no &quot;whatsapp_business_api_data&quot; with an &quot;id&quot;.</source>
        <translation>У подписанного приложения %1 в ответе нет «whatsapp_business_api_data» с «id».</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;</source>
        <translation>Строка запроса не имеет вида «МЕТОД /путь HTTP/1.1»</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are understood</source>
        <translation>Поддерживаются только HTTP/1.0 и HTTP/1.1</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must name its Host once</source>
        <translation>В запросе HTTP/1.1 заголовок Host должен быть указан ровно один раз</translation>
    </message>
    <message>
        <source>The Content-Length is not one number</source>
        <translation>Content-Length — не одно число</translation>
    </message>
    <message>
        <source>The body&apos;s length cannot be told for certain</source>
        <translation>Длину тела нельзя определить однозначно</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is understood</source>
        <translation>Из кодировок передачи поддерживается только chunked</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is understood</source>
        <translation>Поддерживается только «Expect: 100-continue»</translation>
    </message>
    <message>
        <source>A line of the request holds a bare carriage return</source>
        <translation>Строка запроса содержит одиночный символ возврата каретки</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;</source>
        <translation>Строка заголовка не имеет вида «Имя: значение»</translation>
    </message>
    <message>
        <source>The request line and headers are over %1 KB</source>
        <translation>Строка запроса и заголовки больше %1 КБ</translation>
    </message>
    <message>
        <source>A chunk&apos;s size line is too long</source>
        <translation>Строка размера фрагмента слишком длинная</translation>
    </message>
    <message>
        <source>A chunk&apos;s size is not a hexadecimal number</source>
        <translation>Размер фрагмента — не шестнадцатеричное число</translation>
    </message>
    <message>
        <source>A chunk is longer than its size says</source>
        <translation>Фрагмент длиннее указанного для него размера</translation>
    </message>
    <message>
        <source>The fields after the chunks are over %1 KB</source>
        <translation>Поля после фрагментов больше %1 КБ</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>Не удалось создать папку медиафайлов %1.</translation>
    </message>
    <message>
        <source>Graph did not describe media %1: %2</source>
        <translation>Graph не вернул описание медиафайла %1: %2</translation>
    </message>
    <message>
        <source>Graph&apos;s description of media %1 cannot be used: %2.</source>
        <translation>Описание медиафайла %1 от Graph нельзя использовать: %2.</translation>
    </message>
    <message>
        <source>Media %1 is %2 bytes, over the %3-byte limit.</source>
        <translation>Медиафайл %1 занимает %2 байт — больше предела в %3 байт.</translation>
    </message>
    <message>
        <source>The download of media %1 answered 404 with a new URL too: the file has expired or is gone.</source>
        <translation>Скачивание медиафайла %1 и по новому URL вернуло 404: срок хранения файла истёк или он удалён.</translation>
    </message>
    <message>
        <source>The download of media %1 failed: %2</source>
        <translation>Не удалось скачать медиафайл %1: %2</translation>
    </message>
    <message>
        <source>Media %1 could not be saved as %2: %3</source>
        <translation>Не удалось сохранить медиафайл %1 как %2: %3</translation>
    </message>
    <message>
        <source>Media %1 does not match Graph&apos;s description: %2 bytes came, it says %3.</source>
        <translation>Медиафайл %1 не соответствует описанию Graph: получено %2 байт, а в описании — %3.</translation>
    </message>
    <message>
        <source>The webhook&apos;s sha256 of media %1, &quot;%2&quot;, is not a SHA-256.</source>
        <translation>sha256 медиафайла %1 из вебхука («%2») — не SHA-256.</translation>
    </message>
    <message>
        <source>Media %1 does not match the webhook&apos;s sha256: the file hashes to %2, the webhook says %3.</source>
        <translation>Медиафайл %1 не совпадает с sha256 из вебхука: хеш файла — %2, а в вебхуке — %3.</translation>
    </message>
    <message>
        <source>Media %1 does not match the sha256 of Graph&apos;s description: the file hashes to %2, Graph says %3.</source>
        <translation>Медиафайл %1 не совпадает с sha256 из описания Graph: хеш файла — %2, а Graph указывает %3.</translation>
    </message>
    <message>
        <source>The message has no media to fetch.</source>
        <translation>В сообщении нет медиафайла, который можно получить.</translation>
    </message>
    <message>
        <source>No profile is known for this message, so there is no token to fetch its media with.</source>
        <translation>Профиль этого сообщения неизвестен, поэтому нет токена, чтобы получить его медиафайл.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; that received this message is not set up any more: add it again to fetch its media.</source>
        <translation>Профиль «%1», получивший это сообщение, больше не настроен: добавьте его снова, чтобы получить медиафайл.</translation>
    </message>
    <message>
        <source>Removed from the media cache, which keeps to %1: fetch it again to see it.</source>
        <translation>Удалено из кэша медиафайлов, размер которого ограничен %1: получите файл снова, чтобы его увидеть.</translation>
    </message>
    <message>
        <source>Not subscribed: Meta sends nothing to your callback URL until you subscribe.</source>
        <translation>Подписки нет: Meta ничего не отправляет на ваш URL обратного вызова, пока вы не подпишетесь.</translation>
    </message>
    <message>
        <source>Subscribed: the app “%1” receives this account&apos;s webhooks.</source>
        <translation>Подписка есть: приложение “%1” получает вебхуки этого аккаунта.</translation>
    </message>
    <message>
        <source>Subscribed: the apps “%1” receive this account&apos;s webhooks.</source>
        <translation>Подписка есть: приложения “%1” получают вебхуки этого аккаунта.</translation>
    </message>
    <message>
        <source>They go to %1, which overrides the app&apos;s callback URL.</source>
        <translation>Вебхуки приходят на %1: этот адрес переопределяет URL обратного вызова приложения.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 is neither a handshake (GET) nor a delivery (POST)</source>
        <translation>%1 — не проверочный запрос (GET) и не доставка (POST)</translation>
    </message>
    <message>
        <source>%1 is not the callback path, %2</source>
        <translation>%1 — не путь обратного вызова %2</translation>
    </message>
    <message>
        <source>This profile has no verify token, so no handshake can be accepted</source>
        <translation>У этого профиля нет токена проверки, поэтому проверочный запрос принять нельзя</translation>
    </message>
    <message>
        <source>The hub.mode is not &quot;subscribe&quot;</source>
        <translation>Значение hub.mode — не «subscribe»</translation>
    </message>
    <message>
        <source>The request has no hub.verify_token</source>
        <translation>В запросе нет hub.verify_token</translation>
    </message>
    <message>
        <source>The hub.verify_token does not match this profile&apos;s verify token</source>
        <translation>hub.verify_token не совпадает с токеном проверки этого профиля</translation>
    </message>
    <message>
        <source>This profile has no app secret, so no delivery can be verified</source>
        <translation>У этого профиля нет секрета приложения, поэтому доставку нельзя проверить</translation>
    </message>
    <message>
        <source>The X-Hub-Signature-256 header is missing</source>
        <translation>Нет заголовка X-Hub-Signature-256</translation>
    </message>
    <message>
        <source>The X-Hub-Signature-256 header is not &quot;sha256=&quot; and 64 hex digits</source>
        <translation>Заголовок X-Hub-Signature-256 — не «sha256=» и 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>The signature does not match this profile&apos;s app secret</source>
        <translation>Подпись не совпадает с секретом приложения этого профиля</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2</source>
        <translation>Тело — не JSON: %1 в байте %2</translation>
    </message>
    <message>
        <source>The body is JSON but not an object</source>
        <translation>Тело — JSON, но не объект</translation>
    </message>
    <message>
        <source>The delivery could not be kept, so Meta is asked to send it again</source>
        <translation>Не удалось сохранить доставку, поэтому Meta просят отправить её повторно</translation>
    </message>
    <message>
        <source>The body, sent in chunks, grew past Meta&apos;s limit of %1</source>
        <translation>Тело, переданное фрагментами, превысило предел Meta в %1</translation>
    </message>
    <message>
        <source>The body, sent in chunks, grew past the limit of %1</source>
        <translation>Тело, переданное фрагментами, превысило предел в %1</translation>
    </message>
    <message>
        <source>The body is %1; Meta&apos;s limit is %2</source>
        <translation>Размер тела — %1; предел Meta — %2</translation>
    </message>
    <message>
        <source>The body is %1; the limit is %2</source>
        <translation>Размер тела — %1; предел — %2</translation>
    </message>
    <message>
        <source>The receiver port is between %1 and 65535, or Off.</source>
        <translation>Порт приёмника — от %1 до 65535 или «Выключен».</translation>
    </message>
    <message>
        <source>The receiver port %1 is already the port of &quot;%2&quot;: two receivers cannot listen on one port.</source>
        <translation>Порт приёмника %1 уже занят профилем «%2»: два приёмника не могут принимать соединения на одном порту.</translation>
    </message>
    <message>
        <source>open · less than a minute left</source>
        <translation>открыто · осталось меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>open · %n min left</source>
        <translation>
            <numerusform>открыто · осталась %n мин</numerusform>
            <numerusform>открыто · осталось %n мин</numerusform>
            <numerusform>открыто · осталось %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>open · %1 h %2 min left</source>
        <extracomment>The customer-service window: hours and minutes until it closes.</extracomment>
        <translation>открыто · осталось %1 ч %2 мин</translation>
    </message>
    <message>
        <source>closed just now: only templates</source>
        <translation>закрыто только что: лишь шаблоны</translation>
    </message>
    <message numerus="yes">
        <source>closed %n min ago: only templates</source>
        <translation>
            <numerusform>закрыто %n мин назад: только шаблоны</numerusform>
            <numerusform>закрыто %n мин назад: только шаблоны</numerusform>
            <numerusform>закрыто %n мин назад: только шаблоны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed %n h ago: only templates</source>
        <translation>
            <numerusform>закрыто %n ч назад: только шаблоны</numerusform>
            <numerusform>закрыто %n ч назад: только шаблоны</numerusform>
            <numerusform>закрыто %n ч назад: только шаблоны</numerusform>
        </translation>
    </message>
    <message>
        <source>closed 1 day ago: only templates</source>
        <translation>закрыто 1 день назад: только шаблоны</translation>
    </message>
    <message numerus="yes">
        <source>closed %n days ago: only templates</source>
        <translation>
            <numerusform>закрыто %n день назад: только шаблоны</numerusform>
            <numerusform>закрыто %n дня назад: только шаблоны</numerusform>
            <numerusform>закрыто %n дней назад: только шаблоны</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: this customer has not written to the console</source>
        <translation>неизвестно: этот клиент не писал в консоль</translation>
    </message>
    <message>
        <source>Re-engagement message: more than 24 hours have passed since the customer last replied to this number; only a template can be sent</source>
        <translation>Сообщение для возобновления диалога: с последнего ответа клиента на этот номер прошло больше 24 часов; можно отправить только шаблон</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>загружается…</translation>
    </message>
    <message>
        <source>could not be fetched: %1</source>
        <translation>не удалось получить: %1</translation>
    </message>
    <message>
        <source>Form answered</source>
        <translation>Форма заполнена</translation>
    </message>
    <message>
        <source>Call permission</source>
        <translation>Разрешение на звонки</translation>
    </message>
    <message>
        <source>A message WhatsApp does not pass on to the API</source>
        <translation>Сообщение, которое WhatsApp не передаёт в API</translation>
    </message>
    <message>
        <source>A message WhatsApp does not pass on: %1</source>
        <translation>Сообщение, которое WhatsApp не передаёт: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; message, not understood by this version: its raw JSON shows it whole.</source>
        <translation>Сообщение «%1», которое эта версия не понимает: целиком его показывает исходный JSON.</translation>
    </message>
    <message>
        <source>The customer took a reaction back</source>
        <translation>Клиент снял реакцию</translation>
    </message>
    <message>
        <source>The customer reacted %1 to a message</source>
        <translation>Клиент поставил реакцию %1 на сообщение</translation>
    </message>
    <message>
        <source>send: the deadline in seconds for the whole exchange, from connecting to the answer&apos;s last byte (1 to %1, default 30).</source>
        <translation>send: предельное время в секундах на весь обмен, от подключения до последнего байта ответа (от 1 до %1, по умолчанию 30).</translation>
    </message>
    <message>
        <source>waconsole-cli: --timeout must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>waconsole-cli: --timeout должен быть целым числом секунд от 1 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>the string that starts here is never closed</source>
        <translation>строка, которая начинается здесь, нигде не закрыта</translation>
    </message>
    <message>
        <source>a NUL byte inside a string; JSON writes it as \u0000</source>
        <translation>байт NUL внутри строки; в JSON он записывается как \u0000</translation>
    </message>
    <message>
        <source>a raw control character (U+%1) inside a string; JSON writes it escaped, as %2</source>
        <translation>неэкранированный управляющий символ (U+%1) внутри строки; в JSON он записывается экранированным, как %2</translation>
    </message>
    <message>
        <source>the byte 0x%1 is not UTF-8 here; JSON text must be UTF-8</source>
        <translation>байт 0x%1 здесь не является UTF-8; текст JSON должен быть в UTF-8</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>после \u должны идти четыре шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>\%1 — экранирующая последовательность, которой нет в JSON (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>a number cannot start with +; write it without</source>
        <translation>число не может начинаться с +; запишите его без плюса</translation>
    </message>
    <message>
        <source>a number needs a digit before its decimal point: 0.5, not .5</source>
        <translation>перед десятичной точкой числа нужна цифра: 0.5, а не .5</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits</source>
        <translation>число не может начинаться с 0, за которым идут другие цифры</translation>
    </message>
    <message>
        <source>a minus sign must be followed by digits</source>
        <translation>после знака минус должны идти цифры</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point: 1.0 or 1, not 1.</source>
        <translation>после десятичной точки должна идти цифра: 1.0 или 1, а не 1.</translation>
    </message>
    <message>
        <source>the exponent of a number needs digits: 1e5, not 1e</source>
        <translation>в показателе степени числа нужны цифры: 1e5, а не 1e</translation>
    </message>
    <message>
        <source>the number %1 is too large to keep: a JSON number here ends near ±1.8e308</source>
        <translation>число %1 слишком велико, чтобы его сохранить: числа JSON здесь ограничены примерно ±1.8e308</translation>
    </message>
    <message>
        <source>the number %1 is too small to keep: it would become 0</source>
        <translation>число %1 слишком мало, чтобы его сохранить: оно превратилось бы в 0</translation>
    </message>
    <message>
        <source>the integer %1 cannot be kept exactly: JSON numbers are exact only up to ±2^53 (9007199254740992), and it would become %2; write it as a string</source>
        <translation>целое число %1 нельзя сохранить точно: числа JSON точны только до ±2^53 (9007199254740992), и оно превратилось бы в %2; запишите его строкой</translation>
    </message>
    <message>
        <source>the number %1 has more digits than a JSON number keeps (about 17): it would become %2</source>
        <translation>в числе %1 больше цифр, чем сохраняет число JSON (около 17): оно превратилось бы в %2</translation>
    </message>
    <message>
        <source>the text starts with a byte order mark (U+FEFF), which JSON text must not have (RFC 8259 §8.1); save it as UTF-8 without a BOM</source>
        <translation>текст начинается с метки порядка байтов (U+FEFF), которой в тексте JSON быть не должно (RFC 8259 §8.1); сохраните его в UTF-8 без BOM</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON value: %1</source>
        <translation>после конца значения JSON есть что-то ещё: %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>the text ends where a value should be</source>
        <translation>текст заканчивается там, где должно быть значение</translation>
    </message>
    <message>
        <source>JSON strings take double quotes (&quot;), not single ones</source>
        <translation>строки JSON заключаются в двойные кавычки (&quot;), а не в одинарные</translation>
    </message>
    <message>
        <source>%1 where a value should be (an object, an array, a string in double quotes, a number, true, false or null)</source>
        <translation>%1 там, где должно быть значение (объект, массив, строка в двойных кавычках, число, true, false или null)</translation>
    </message>
    <message>
        <source>a word JSON does not know where a value should be; its only words are true, false and null, and a string needs double quotes</source>
        <translation>слово, неизвестное JSON, там, где должно быть значение; в JSON есть только слова true, false и null, а строке нужны двойные кавычки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the values nest more than %1 levels deep</source>
        <translation>глубина вложенности значений больше %1</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>текст заканчивается внутри объекта</translation>
    </message>
    <message>
        <source>a comma before the closing } (a trailing comma) is not JSON</source>
        <translation>запятая перед закрывающей } (висячая запятая) в JSON недопустима</translation>
    </message>
    <message>
        <source>%1 where a key in double quotes should be</source>
        <translation>%1 там, где должен быть ключ в двойных кавычках</translation>
    </message>
    <message>
        <source>a colon (:) should follow the key &quot;%1&quot;</source>
        <translation>после ключа «%1» должно идти двоеточие (:)</translation>
    </message>
    <message>
        <source>%1 where a comma or the closing } should be</source>
        <translation>%1 там, где должна быть запятая или закрывающая }</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2; remove one</source>
        <translation>ключ «%1» встречается дважды в одном объекте (%2); удалите один из них</translation>
    </message>
    <message>
        <source>a comma before the closing ] (a trailing comma) is not JSON</source>
        <translation>запятая перед закрывающей ] (висячая запятая) в JSON недопустима</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>текст заканчивается внутри массива</translation>
    </message>
    <message>
        <source>%1 where a comma or the closing ] should be</source>
        <translation>%1 там, где должна быть запятая или закрывающая ]</translation>
    </message>
    <message>
        <source>HTTP %1, and the answer is not a Graph API error: a proxy or gateway on the way may have failed.</source>
        <translation>HTTP %1, и ответ не является ошибкой Graph API: возможно, сбой произошёл на прокси или шлюзе по пути.</translation>
    </message>
    <message>
        <source>HTTP %1, and the answer is not a Graph API error.</source>
        <translation>HTTP %1, и ответ не является ошибкой Graph API.</translation>
    </message>
    <message>
        <source>Redirected to %1</source>
        <translation>Перенаправление на %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): the message may have gone out.</source>
        <translation>Сбой на сервере (HTTP %1): сообщение могло уйти.</translation>
    </message>
    <message>
        <source>Redirected (HTTP %1): not the Graph API&apos;s answer, and not followed.</source>
        <translation>Перенаправление (HTTP %1): это не ответ Graph API, и переход по нему не выполнялся.</translation>
    </message>
    <message>
        <source>Refused (HTTP %1) by something other than the Graph API.</source>
        <translation>Отклонено (HTTP %1) не Graph API, а чем-то другим.</translation>
    </message>
    <message>
        <source>The base URL points elsewhere: check the profile&apos;s address. A redirect is never followed, so the token went nowhere else.</source>
        <translation>Базовый URL указывает не туда: проверьте адрес профиля. Перенаправления никогда не выполняются, поэтому токен больше никуда не ушёл.</translation>
    </message>
    <message>
        <source>Nothing at this address answers as the Graph API: check the profile&apos;s base URL and API version.</source>
        <translation>По этому адресу ничто не отвечает как Graph API: проверьте базовый URL и версию API профиля.</translation>
    </message>
    <message>
        <source>A proxy asks for its own credentials: check the proxy settings.</source>
        <translation>Прокси запрашивает собственные учётные данные: проверьте настройки прокси.</translation>
    </message>
    <message>
        <source>A proxy or gateway gave up waiting for the request: check the network and the proxy, then send again.</source>
        <translation>Прокси или шлюз не дождался запроса: проверьте сеть и прокси, затем отправьте снова.</translation>
    </message>
    <message>
        <source>A proxy or gateway limits the rate: wait before sending again, and check the profile&apos;s base URL.</source>
        <translation>Прокси или шлюз ограничивает частоту запросов: подождите, прежде чем отправлять снова, и проверьте базовый URL профиля.</translation>
    </message>
    <message>
        <source>A proxy, a firewall or a wrong base URL answered instead of the Graph API: check the profile&apos;s address and the network&apos;s proxy before changing the token.</source>
        <translation>Вместо Graph API ответил прокси, брандмауэр или неверный базовый URL: проверьте адрес профиля и прокси сети, прежде чем менять токен.</translation>
    </message>
    <message>
        <source>The answer was still coming in when the %1 s time limit ran out.</source>
        <translation>Ответ ещё поступал, когда истёк лимит времени (%1 с).</translation>
    </message>
    <message>
        <source>No answer within the %1 s time limit.</source>
        <translation>Нет ответа в пределах лимита времени (%1 с).</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Не удаётся заблокировать %1: %2</translation>
    </message>
    <message>
        <source>A running waconsole holds %1 but did not answer; start this one with --new-instance to run a second console.</source>
        <translation>Запущенный экземпляр waconsole занимает %1, но не ответил; чтобы работать во второй консоли, запустите эту с --new-instance.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Не удаётся принимать соединения на %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>the file is a database, but not a waconsole history</source>
        <translation>файл — база данных, но не история waconsole</translation>
    </message>
    <message>
        <source>the file holds no history yet</source>
        <translation>в файле ещё нет истории</translation>
    </message>
    <message>
        <source>it was written by an older waconsole (schema %1); open the window once to update it</source>
        <translation>он записан более старой версией waconsole (схема %1); откройте окно один раз, чтобы обновить его</translation>
    </message>
    <message>
        <source>The history is busy (another program holds it): %1 stayed locked for %2 s (%3).</source>
        <translation>История занята (её держит другая программа): файл %1 оставался заблокированным %2 с (%3).</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used (%2).</source>
        <translation>Файл истории %1 нельзя использовать (%2).</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2). It was left as it is; the window moves it aside and starts a new history.</source>
        <translation>Файл истории %1 повреждён (%2). Он оставлен как есть; окно waconsole переместит его и начнёт новую историю.</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>байт 0x%1</translation>
    </message>
    <message>
        <source>[The preview is cut here: the text is longer than %1 characters, and only its first %2 are drawn. The message keeps the whole text.]</source>
        <translation>[Здесь предпросмотр обрезан: текст длиннее %1 символов, показаны только первые %2. В сообщении текст сохранён целиком.]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» — не сумма.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than the offset %2 can hold (%3 at most).</source>
        <translation>В «%1» больше знаков после запятой, чем допускает offset %2 (не более %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>«%1» — слишком большая сумма.</translation>
    </message>
    <message>
        <source>A voice message must be an OGG file with the Opus codec; the link is a .%1 file, which WhatsApp may not play as a voice note.</source>
        <translation>Голосовое сообщение должно быть файлом OGG с кодеком Opus; ссылка ведёт на файл .%1, который WhatsApp может не воспроизвести как голосовое сообщение.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; must be a whole number of minutes, not %1.</source>
        <translation>«ttl_minutes» должно быть целым числом минут, а не %1.</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; is %1; it must be between %2 and %3 (30 days).</source>
        <translation>«ttl_minutes» равно %1; допустимо от %2 до %3 (30 дней).</translation>
    </message>
    <message>
        <source>&quot;contact_request&quot; was renamed to &quot;request_contact_info&quot; (Meta&apos;s changelog, 2026-05-28); the old name is refused.</source>
        <translation>«contact_request» переименован в «request_contact_info» (журнал изменений Meta, 2026-05-28); старое имя не принимается.</translation>
    </message>
    <message>
        <source>&quot;card_index&quot; must be a whole number from 0 to %1.</source>
        <translation>«card_index» должно быть целым числом от 0 до %1.</translation>
    </message>
    <message>
        <source>Meta documents only a &quot;link&quot; for a carousel card&apos;s header; an uploaded media &quot;id&quot; may be rejected.</source>
        <translation>Для заголовка карточки карусели Meta описывает только «link»; «id» загруженного медиафайла может быть отклонён.</translation>
    </message>
    <message>
        <source>A card&apos;s &quot;text&quot; has %1 line breaks; at most %2 are allowed.</source>
        <translation>В «text» карточки переносов строки: %1; допускается не более %2.</translation>
    </message>
    <message>
        <source>The quick-reply &quot;id&quot; &quot;%1&quot; is used on more than one button: a tap on either returns the same id.</source>
        <translation>«id» быстрого ответа «%1» используется на нескольких кнопках: нажатие любой из них вернёт один и тот же id.</translation>
    </message>
    <message>
        <source>a card has either one URL button or quick-reply buttons, not both.</source>
        <translation>у карточки либо одна кнопка-ссылка, либо кнопки быстрого ответа, но не то и другое вместе.</translation>
    </message>
    <message>
        <source>%1 quick replies on a card: Meta states no maximum, but pywa documents up to 3 and Jelou up to %2.</source>
        <translation>Быстрых ответов на карточке: %1. Meta не указывает максимум, но в pywa описано до 3, а в Jelou — до %2.</translation>
    </message>
    <message>
        <source>Every card must have the same buttons: the first card has %1, this one %2.</source>
        <translation>У всех карточек должны быть одинаковые кнопки: у первой карточки %1, у этой — %2.</translation>
    </message>
    <message>
        <source>a product card shows the product itself.</source>
        <translation>карточка товара показывает сам товар.</translation>
    </message>
    <message>
        <source>a product card has no buttons.</source>
        <translation>у карточки товара нет кнопок.</translation>
    </message>
    <message>
        <source>All cards must use the same &quot;catalog_id&quot;: the first card uses &quot;%1&quot;.</source>
        <translation>Все карточки должны использовать один и тот же «catalog_id»: у первой карточки — «%1».</translation>
    </message>
    <message>
        <source>Every card must be of one kind: the first card is &quot;%1&quot;.</source>
        <translation>Все карточки должны быть одного вида: первая карточка — «%1».</translation>
    </message>
    <message>
        <source>&quot;to&quot; is the number %1; a phone number is a string of digits.</source>
        <translation>«to» — число %1; номер телефона задаётся строкой из цифр.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is a JSON number; Graph accepts it, but the reference and the SDKs send a string such as &quot;+%1&quot;.</source>
        <translation>«to» — число JSON; Graph его принимает, но справочник и SDK передают строку, например &quot;+%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; must hold a business-scoped user ID such as US.13491208655302741918, or be left out.</source>
        <translation>«recipient» должно содержать ID пользователя в рамках компании, например US.13491208655302741918, или отсутствовать.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is &quot;%1&quot;; a business-scoped user ID starts with a two-letter country code and a dot, as in US.13491208655302741918.</source>
        <translation>«recipient» равно «%1»; ID пользователя в рамках компании начинается с двухбуквенного кода страны и точки, как в US.13491208655302741918.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is &quot;%1&quot;; after the country code (and ENT. for a parent ID) a business-scoped user ID holds only letters and digits.</source>
        <translation>«recipient» равно «%1»; после кода страны (и ENT. у родительского ID) ID пользователя в рамках компании содержит только буквы и цифры.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; has an ID of %1 characters after its country code; the limit is %2.</source>
        <translation>В «recipient» после кода страны идёт ID из %1 символов; предел — %2.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is ignored: when both are given, the message goes to &quot;to&quot;.</source>
        <translation>«recipient» игнорируется: если указаны оба, сообщение уходит на «to».</translation>
    </message>
    <message>
        <source>&quot;to&quot; must hold the group&apos;s ID.</source>
        <translation>«to» должно содержать ID группы.</translation>
    </message>
    <message>
        <source>A group cannot receive &quot;%1&quot; messages: groups take text, media and templates only.</source>
        <translation>Группе нельзя отправить сообщение «%1»: группы принимают только текст, медиа и шаблоны.</translation>
    </message>
    <message>
        <source>Meta documents text, media and templates for groups; &quot;%1&quot; messages may be rejected.</source>
        <translation>Для групп Meta описывает текст, медиа и шаблоны; сообщения «%1» могут быть отклонены.</translation>
    </message>
    <message>
        <source>&quot;flow_cta&quot; has %1 characters: Meta advises at most %2, but the SDKs stop at %3.</source>
        <translation>В «flow_cta» %1 символов: Meta советует не более %2, но SDK ограничивают %3.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; message has no footer.</source>
        <translation>у сообщения «%1» нет подвала.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2.</source>
        <translation>«%1» должно быть целым числом, а не %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2, not %3.</source>
        <translation>«%1» должно быть не меньше %2, а не %3.</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; is required.</source>
        <translation>«timestamp» обязательно.</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; must be a Unix time in seconds.</source>
        <translation>«timestamp» должно быть временем Unix в секундах.</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; must be at least %1 seconds from now.</source>
        <translation>«timestamp» должно отстоять от текущего момента не менее чем на %1 с.</translation>
    </message>
    <message>
        <source>&quot;offset&quot; must be %1 for INR, not %2.</source>
        <translation>«offset» для INR должно быть %1, а не %2.</translation>
    </message>
    <message>
        <source>&quot;subtotal&quot; is %1 but the items add up to %2 (sale amount, or amount, times quantity).</source>
        <translation>«subtotal» равно %1, но сумма по товарам — %2 (цена со скидкой или обычная цена, умноженная на количество).</translation>
    </message>
    <message>
        <source>&quot;total_amount&quot; is %1 but subtotal + tax + shipping − discount is %2.</source>
        <translation>«total_amount» равно %1, но подытог + налог + доставка − скидка = %2.</translation>
    </message>
    <message>
        <source>Only India&apos;s payment settings are documented; &quot;%1&quot; is sent as written.</source>
        <translation>Документированы только платёжные настройки для Индии; «%1» отправляется как написано.</translation>
    </message>
    <message>
        <source>&quot;link&quot; must be a UPI intent link starting with upi://.</source>
        <translation>«link» должно быть ссылкой UPI intent, начинающейся с upi://.</translation>
    </message>
    <message>
        <source>Neither &quot;payment_settings&quot; nor &quot;payment_configuration&quot; is given: the customer has no way to pay.</source>
        <translation>Не указаны ни «payment_settings», ни «payment_configuration»: клиенту нечем оплатить заказ.</translation>
    </message>
    <message>
        <source>&quot;reference_id&quot; contains &quot;%1&quot;; it may hold only letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;.</source>
        <translation>«reference_id» содержит «%1»; допустимы только буквы, цифры, «_», «-» и «.».</translation>
    </message>
    <message>
        <source>A pin works only in a group: &quot;recipient_type&quot; must be &quot;group&quot;, and &quot;to&quot; the group&apos;s ID.</source>
        <translation>Закрепление работает только в группе: «recipient_type» должно быть «group», а «to» — ID группы.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; must be a number of days.</source>
        <translation>«expiration_days» должно быть числом дней.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; is a string, as in Meta&apos;s example; a number is the safer form.</source>
        <translation>«expiration_days» — строка, как в примере Meta; надёжнее указать число.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; is required to pin.</source>
        <translation>Для закрепления нужно «expiration_days».</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; means nothing to an unpin.</source>
        <translation>«expiration_days» не имеет смысла при откреплении.</translation>
    </message>
    <message>
        <source>&quot;expiration_days&quot; must be a whole number from %1 to %2, not %3.</source>
        <translation>«expiration_days» должно быть целым числом от %1 до %2, а не %3.</translation>
    </message>
    <message>
        <source>In a limited-time offer with a copy-code button the URL button has index 1, not %1.</source>
        <translation>В ограниченном предложении с кнопкой копирования кода у кнопки-ссылки индекс 1, а не %1.</translation>
    </message>
    <message>
        <source>In a limited-time offer without a copy-code button the URL button has index 0, not %1.</source>
        <translation>В ограниченном предложении без кнопки копирования кода у кнопки-ссылки индекс 0, а не %1.</translation>
    </message>
    <message>
        <source>30 products: Meta allows up to 30, but whatsapp-api-js requires fewer than 30 across all sections.</source>
        <translation>30 товаров: Meta допускает до 30, но whatsapp-api-js требует меньше 30 во всех разделах вместе.</translation>
    </message>
    <message>
        <source>a catalog button opens the whole catalog; sections are for an mpm button.</source>
        <translation>кнопка каталога открывает весь каталог; разделы нужны для кнопки mpm.</translation>
    </message>
    <message>
        <source>Catalog %1 differs from the first card&apos;s %2: a product carousel shows products of one catalog.</source>
        <translation>Каталог %1 отличается от каталога первой карточки (%2): карусель товаров показывает товары одного каталога.</translation>
    </message>
    <message>
        <source>A carousel card has at most 2 buttons: &quot;index&quot; is 0 or 1, not %1.</source>
        <translation>У карточки карусели не больше 2 кнопок: «index» равен 0 или 1, а не %1.</translation>
    </message>
    <message>
        <source>Each card needs its &quot;card_index&quot;.</source>
        <translation>Каждой карточке нужен свой «card_index».</translation>
    </message>
    <message>
        <source>&quot;card_index&quot; must be a whole number from 0 to %1 (%2 cards are sent).</source>
        <translation>«card_index» должно быть целым числом от 0 до %1 (отправляется карточек: %2).</translation>
    </message>
    <message>
        <source>Card index %1 is used by more than one card.</source>
        <translation>Индекс карточки %1 используется в нескольких карточках.</translation>
    </message>
    <message>
        <source>A carousel card needs a header component: an image, a video or a product.</source>
        <translation>Карточке карусели нужен компонент header: изображение, видео или товар.</translation>
    </message>
    <message>
        <source>Every card of a carousel has the same components: this card has (%1), the first card (%2).</source>
        <translation>У всех карточек карусели одинаковые компоненты: у этой карточки (%1), у первой — (%2).</translation>
    </message>
    <message>
        <source>a carousel&apos;s values go in its cards&apos; components.</source>
        <translation>значения карусели задаются в компонентах её карточек.</translation>
    </message>
    <message>
        <source>One product card: Meta creates product carousels with 2 cards.</source>
        <translation>Одна карточка товара: Meta создаёт карусели товаров из 2 карточек.</translation>
    </message>
    <message>
        <source>&quot;expiration_time_ms&quot; must be a positive whole number: the offer&apos;s end as a Unix time in milliseconds.</source>
        <translation>«expiration_time_ms» должно быть положительным целым числом: окончание предложения как время Unix в миллисекундах.</translation>
    </message>
    <message>
        <source>&quot;expiration_time_ms&quot; is %1: as milliseconds (what Meta documents) that is %2; it is probably seconds (pywa sends seconds), which would be %3.</source>
        <translation>«expiration_time_ms» равно %1: в миллисекундах (как описано у Meta) это %2; вероятно, это секунды (pywa передаёт секунды) — тогда это %3.</translation>
    </message>
    <message>
        <source>&quot;tap_target_configuration&quot; is one object (as whatsapp-api-js sends it); Meta&apos;s page sends an array of {url, title}.</source>
        <translation>«tap_target_configuration» — один объект (так его передаёт whatsapp-api-js); на странице Meta передаётся массив {url, title}.</translation>
    </message>
    <message>
        <source>&quot;currency&quot; is &quot;%1&quot;, which is not an ISO 4217 currency code such as INR.</source>
        <translation>«currency» равно «%1», а это не код валюты ISO 4217, например INR.</translation>
    </message>
    <message>
        <source>A quick-reply button&apos;s parameter is documented as {&quot;type&quot;: &quot;payload&quot;, &quot;payload&quot;: …}, which comes back in the reply webhook; &quot;text&quot; is what Meta&apos;s own sample_issue_resolution sends.</source>
        <translation>Параметр кнопки быстрого ответа описан как {&quot;type&quot;: &quot;payload&quot;, &quot;payload&quot;: …} и возвращается в вебхуке ответа; «text» передаёт собственный шаблон Meta sample_issue_resolution.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>«%1» не должно быть пустым.</translation>
    </message>
    <message>
        <source>a call_permission_request component takes no parameters.</source>
        <translation>компонент call_permission_request не принимает параметров.</translation>
    </message>
    <message>
        <source>Meta&apos;s order templates send &quot;policy&quot;: &quot;deterministic&quot; in the language.</source>
        <translation>Шаблоны заказов Meta передают &quot;policy&quot;: &quot;deterministic&quot; в language.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing, which the reference says means &quot;text&quot;, but the message holds &quot;%1&quot; and no &quot;text&quot;: add &quot;type&quot;: &quot;%1&quot; to be sure it is sent as one.</source>
        <translation>Нет «type», а по справочнику это значит «text», но в сообщении есть «%1» и нет «text»: добавьте &quot;type&quot;: &quot;%1&quot;, чтобы оно наверняка ушло как «%1».</translation>
    </message>
    <message>
        <source>image header</source>
        <translation>заголовок-изображение</translation>
    </message>
    <message>
        <source>video header</source>
        <translation>заголовок-видео</translation>
    </message>
    <message>
        <source>product header</source>
        <translation>заголовок-товар</translation>
    </message>
    <message>
        <source>%1 button %2</source>
        <comment>a card&apos;s part: its sub_type, index</comment>
        <translation>кнопка %1 %2</translation>
    </message>
    <message>
        <source>validate, template-check, roundtrip, send, upload, render, history, conversations, listen, templates, template-submit or template-delete</source>
        <translation>validate, template-check, roundtrip, send, upload, render, history, conversations, listen, templates, template-submit или template-delete</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli validate|roundtrip|send|upload|render FILE|-, or waconsole-cli history|conversations|listen|templates|template-submit|template-delete  (see --help)</source>
        <translation>Использование: waconsole-cli validate|roundtrip|send|upload|render FILE|- или waconsole-cli history|conversations|listen|templates|template-submit|template-delete  (см. --help)</translation>
    </message>
    <message>
        <source>A template definition must be a JSON object.</source>
        <translation>Определение шаблона должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>

Templates being designed:
  template-check FILE|-  check a template definition (the body of POST
                    /{waba-id}/message_templates) against Meta&apos;s creation
                    rules; prints and exits as validate does</source>
        <translation>

Разработка шаблонов:
  template-check FILE|-  проверить определение шаблона (тело POST
                    /{waba-id}/message_templates) по правилам создания
                    шаблонов Meta; вывод и коды выхода — как у validate</translation>
    </message>
    <message>
        <source>waconsole-cli: the input is JSON, but not a template definition object.</source>
        <translation>waconsole-cli: вход — JSON, но не объект определения шаблона.</translation>
    </message>
    <message>
        <source>Not sent: the template has errors.</source>
        <translation>Не отправлено: в шаблоне есть ошибки.</translation>
    </message>
    <message>
        <source>Edited %1 (%2): %3 until Meta&apos;s review.</source>
        <translation>Шаблон %1 (%2) изменён: %3 до модерации Meta.</translation>
    </message>
    <message>
        <source>Created %1 (%2): %3 until Meta&apos;s review.</source>
        <translation>Шаблон %1 (%2) создан: %3 до модерации Meta.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Шаблон %1 удалён.</translation>
    </message>
    <message>
        <source>template-submit: edit this template (its ID) instead of creating one.</source>
        <translation>template-submit: изменить этот шаблон (по его ID), а не создавать новый.</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli template-delete --profile NAME TEMPLATE_NAME</source>
        <translation>Использование: waconsole-cli template-delete --profile NAME TEMPLATE_NAME</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli template-submit --profile NAME [--edit TEMPLATE_ID] FILE|-</source>
        <translation>Использование: waconsole-cli template-submit --profile NAME [--edit TEMPLATE_ID] FILE|-</translation>
    </message>
    <message>
        <source>template-delete: --edit is for template-submit.</source>
        <translation>template-delete: --edit относится к template-submit.</translation>
    </message>
    <message>
        <source>waconsole-cli: the template cache cannot be opened: %1</source>
        <translation>waconsole-cli: не удаётся открыть кэш шаблонов: %1</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Быстрый ответ</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>Перейти на сайт</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Позвонить по номеру</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Копировать код предложения</translation>
    </message>
    <message>
        <source>Open a flow</source>
        <translation>Открыть flow</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Одноразовый пароль</translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation>Посмотреть каталог</translation>
    </message>
    <message>
        <source>View products (multi-product)</source>
        <translation>Посмотреть товары (несколько)</translation>
    </message>
    <message>
        <source>View product</source>
        <translation>Посмотреть товар</translation>
    </message>
    <message>
        <source>Call on WhatsApp</source>
        <translation>Позвонить в WhatsApp</translation>
    </message>
    <message>
        <source>Request contact info</source>
        <translation>Запросить контактные данные</translation>
    </message>
    <message>
        <source>WhatsApp labels this button itself (&quot;Copy offer code&quot;); the example is the code shown to the reviewer.</source>
        <translation>Надпись этой кнопки WhatsApp задаёт сам («Копировать код предложения»); пример — код, который увидит модератор.</translation>
    </message>
    <message>
        <source>WhatsApp labels this button itself (&quot;Share contact info&quot;); utility and marketing templates only.</source>
        <translation>Надпись этой кнопки WhatsApp задаёт сам («Поделиться контактными данными»); только для служебных и маркетинговых шаблонов.</translation>
    </message>
    <message>
        <source>The products are chosen when the template is sent.</source>
        <translation>Товары выбираются при отправке шаблона.</translation>
    </message>
    <message>
        <source>&quot;name&quot; may hold only lowercase letters, digits and _, not &quot;%1&quot;.</source>
        <translation>«name» может содержать только строчные буквы, цифры и _, а не «%1».</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a language code like en, en_US or pt_BR, not &quot;%1&quot;.</source>
        <translation>«language» должно быть кодом языка, например en, en_US или pt_BR, а не «%1».</translation>
    </message>
    <message>
        <source>No source documents a &quot;%1&quot; component; it is kept as written.</source>
        <translation>Ни один источник не описывает компонент «%1»; он сохраняется как написан.</translation>
    </message>
    <message>
        <source>A template has at most one %1 component.</source>
        <translation>В шаблоне может быть не больше одного компонента %1.</translation>
    </message>
    <message>
        <source>A template needs a BODY component.</source>
        <translation>Шаблону нужен компонент BODY.</translation>
    </message>
    <message>
        <source>&quot;body_text&quot; holds one array of examples.</source>
        <translation>«body_text» содержит один массив примеров.</translation>
    </message>
    <message>
        <source>The body has %1 variables, but %2 examples.</source>
        <translation>Переменных в тексте: %1, а примеров: %2.</translation>
    </message>
    <message>
        <source>The example of {{%1}} must be a non-empty text.</source>
        <translation>Пример для {{%1}} должен быть непустым текстом.</translation>
    </message>
    <message>
        <source>The body has no variable {{%1}}.</source>
        <translation>В тексте нет переменной {{%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} needs an example.</source>
        <translation>Для {{%1}} нужен пример.</translation>
    </message>
    <message>
        <source>The body cannot start with a variable: put some text before it.</source>
        <translation>Текст не может начинаться с переменной: добавьте перед ней слова.</translation>
    </message>
    <message>
        <source>The body cannot end with a variable: put some text after it.</source>
        <translation>Текст не может заканчиваться переменной: добавьте после неё слова.</translation>
    </message>
    <message>
        <source>Two variables side by side are often rejected: put words between them.</source>
        <translation>Две переменные подряд часто отклоняют: добавьте между ними слова.</translation>
    </message>
    <message>
        <source>%1 line breaks in a row are refused at review.</source>
        <translation>Переносов строки подряд: %1 — такое отклоняется при модерации.</translation>
    </message>
    <message>
        <source>%1 variables in %2 words of text: Meta rejects bodies that are mostly variables (about 2 words per variable, plus one).</source>
        <translation>Переменных: %1, слов текста: %2. Meta отклоняет тексты, состоящие в основном из переменных (нужно примерно 2 слова на переменную плюс одно).</translation>
    </message>
    <message>
        <source>only an AUTHENTICATION template&apos;s body has it.</source>
        <translation>оно бывает только в тексте шаблона AUTHENTICATION.</translation>
    </message>
    <message>
        <source>A URL button holds one variable; this one holds %1.</source>
        <translation>В кнопке-ссылке одна переменная, а в этой — %1.</translation>
    </message>
    <message>
        <source>A URL button&apos;s variable is {{1}} at the very end of the address.</source>
        <translation>Переменная кнопки-ссылки — {{1}} в самом конце адреса.</translation>
    </message>
    <message>
        <source>The URL&apos;s variable needs an example.</source>
        <translation>Для переменной URL нужен пример.</translation>
    </message>
    <message>
        <source>A flow button needs &quot;flow_id&quot;, &quot;flow_name&quot; or &quot;flow_json&quot;.</source>
        <translation>Кнопке flow нужен «flow_id», «flow_name» или «flow_json».</translation>
    </message>
    <message>
        <source>&quot;ttl_minutes&quot; is a whole number from 1440 to 43200, not %1.</source>
        <translation>«ttl_minutes» — целое число от 1440 до 43200, а не %1.</translation>
    </message>
    <message>
        <source>No source documents a &quot;%1&quot; button; it is kept as written.</source>
        <translation>Ни один источник не описывает кнопку «%1»; она сохраняется как написана.</translation>
    </message>
    <message>
        <source>WhatsApp writes this button&apos;s label itself; the text is not shown.</source>
        <translation>Надпись этой кнопки WhatsApp задаёт сам; текст не показывается.</translation>
    </message>
    <message>
        <source>A template has at most %1 %2 button(s).</source>
        <translation>Кнопок %2 в шаблоне может быть не больше %1.</translation>
    </message>
    <message>
        <source>Quick replies stand together, before or after the other buttons.</source>
        <translation>Быстрые ответы идут подряд — до или после остальных кнопок.</translation>
    </message>
    <message>
        <source>A carousel card&apos;s buttons are quick replies, URL, phone number or product buttons, not %1.</source>
        <translation>Кнопки карточки карусели — это быстрые ответы, кнопки-ссылки, кнопки с номером телефона или товаром, а не %1.</translation>
    </message>
    <message>
        <source>Every carousel card has a header.</source>
        <translation>У каждой карточки карусели есть заголовок.</translation>
    </message>
    <message>
        <source>Card %1 differs from the first: all cards have the same components, header format and buttons.</source>
        <translation>Карточка %1 отличается от первой: у всех карточек одинаковые компоненты, формат заголовка и кнопки.</translation>
    </message>
    <message>
        <source>A product-card carousel is created with exactly %1 cards; it can send up to 10 once approved.</source>
        <translation>Карусель карточек товаров создаётся ровно с %1 карточками; после одобрения в ней можно отправлять до 10.</translation>
    </message>
    <message>
        <source>%1 belongs in a MARKETING template, not %2.</source>
        <translation>%1 — только для шаблона MARKETING, а не %2.</translation>
    </message>
    <message>
        <source>An OTP button belongs in an AUTHENTICATION template.</source>
        <translation>Кнопка OTP — только для шаблона AUTHENTICATION.</translation>
    </message>
    <message>
        <source>An AUTHENTICATION template has only its OTP button, not %1.</source>
        <translation>В шаблоне AUTHENTICATION есть только кнопка OTP, а не %1.</translation>
    </message>
    <message>
        <source>A %1 button</source>
        <translation>Кнопка %1</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates have no header.</source>
        <translation>В шаблонах аутентификации Meta нет заголовка.</translation>
    </message>
    <message>
        <source>An AUTHENTICATION template has no %1 component.</source>
        <translation>В шаблоне AUTHENTICATION нет компонента %1.</translation>
    </message>
    <message>
        <source>A carousel template has its headers and buttons on its cards; Meta&apos;s examples have no %1 beside them.</source>
        <translation>В шаблоне-карусели заголовки и кнопки находятся на карточках; в примерах Meta рядом с ними нет %1.</translation>
    </message>
    <message>
        <source>A limited-time offer</source>
        <translation>Ограниченное предложение</translation>
    </message>
    <message>
        <source>A carousel</source>
        <translation>Карусель</translation>
    </message>
    <message>
        <source>An AUTHENTICATION template needs a BUTTONS component with one OTP button.</source>
        <translation>Шаблону AUTHENTICATION нужен компонент BUTTONS с одной кнопкой OTP.</translation>
    </message>
    <message>
        <source>Graph refused the template.</source>
        <translation>Graph отклонил шаблон.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Graph&apos;s error title: its message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Header text with a line break is refused at review by most accounts.</source>
        <translation>Текст заголовка с переносом строки у большинства аккаунтов отклоняется при модерации.</translation>
    </message>
    <message>
        <source>Header text with emoji is refused at review.</source>
        <translation>Текст заголовка с эмодзи отклоняется при модерации.</translation>
    </message>
    <message>
        <source>Header text is not formatted: *, _ and ~ are shown as written.</source>
        <translation>Текст заголовка не форматируется: *, _ и ~ показываются как есть.</translation>
    </message>
    <message>
        <source>A header&apos;s example is &quot;%1&quot;; &quot;body_text&quot; is the body&apos;s.</source>
        <translation>Пример заголовка задаётся в «%1»; «body_text» — пример для текста.</translation>
    </message>
    <message>
        <source>The header&apos;s variable needs an example text.</source>
        <translation>Для переменной заголовка нужен пример текста.</translation>
    </message>
    <message>
        <source>The example is for &quot;%1&quot;, but the header&apos;s variable is {{%2}}.</source>
        <translation>Пример дан для «%1», а переменная заголовка — {{%2}}.</translation>
    </message>
    <message>
        <source>Header text may hold one variable; it holds %1.</source>
        <translation>В тексте заголовка может быть одна переменная, а в этом — %1.</translation>
    </message>
    <message>
        <source>The header&apos;s variable is {{1}}, not {{%1}}.</source>
        <translation>Переменная заголовка — {{1}}, а не {{%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} is a named variable, but &quot;parameter_format&quot; is POSITIONAL: number the variables {{1}}, {{2}}, … or make the format NAMED.</source>
        <translation>{{%1}} — именованная переменная, но «parameter_format» равно POSITIONAL: пронумеруйте переменные {{1}}, {{2}}, … или задайте формат NAMED.</translation>
    </message>
    <message>
        <source>{{%1}} is a numbered variable, but &quot;parameter_format&quot; is NAMED.</source>
        <translation>{{%1}} — нумерованная переменная, но «parameter_format» равно NAMED.</translation>
    </message>
    <message>
        <source>{{%1}} is not a valid name: lowercase letters, digits and _, not starting with a digit.</source>
        <translation>{{%1}} — недопустимое имя: нужны строчные буквы, цифры и _, причём не с цифры в начале.</translation>
    </message>
    <message>
        <source>Variables are numbered from {{1}} without gaps: {{%1}} is missing.</source>
        <translation>Переменные нумеруются с {{1}} без пропусков: нет {{%1}}.</translation>
    </message>
    <message>
        <source>The header has text but no &quot;format&quot;: TEXT is assumed.</source>
        <translation>У заголовка есть текст, но нет «format»: подразумевается TEXT.</translation>
    </message>
    <message>
        <source>A %1 header needs the handle of an uploaded sample.</source>
        <translation>Заголовку %1 нужен дескриптор загруженного образца.</translation>
    </message>
    <message>
        <source>A limited-time offer template has no footer.</source>
        <translation>В шаблоне с ограниченным предложением нет подвала.</translation>
    </message>
    <message>
        <source>Footer text holds no variables.</source>
        <translation>В тексте подвала не бывает переменных.</translation>
    </message>
    <message>
        <source>&quot;code_expiration_minutes&quot; is a whole number from 1 to 90, not %1.</source>
        <translation>«code_expiration_minutes» — целое число от 1 до 90, а не %1.</translation>
    </message>
    <message>
        <source>only an AUTHENTICATION template&apos;s footer has it.</source>
        <translation>оно бывает только в подвале шаблона AUTHENTICATION.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID; add it in File → Profiles to create, edit or delete its templates.</source>
        <translation>У профиля нет ID аккаунта WhatsApp Business; добавьте его в «Файл → Профили», чтобы создавать, изменять и удалять шаблоны.</translation>
    </message>
    <message>
        <source>The template ID “%1” is not a number.</source>
        <translation>ID шаблона «%1» — не число.</translation>
    </message>
    <message>
        <source>Which template to delete: the name is empty.</source>
        <translation>Не указано, какой шаблон удалить: имя пустое.</translation>
    </message>
    <message>
        <source>The template has errors; nothing was sent. Correct the fields marked.</source>
        <translation>В шаблоне есть ошибки; ничего не отправлено. Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>The template was deleted, but the library&apos;s cache could not be written: %1</source>
        <translation>Шаблон удалён, но записать кэш библиотеки не удалось: %1</translation>
    </message>
    <message>
        <source>Graph took the template, but the library&apos;s cache could not be written: %1</source>
        <translation>Graph принял шаблон, но записать кэш библиотеки не удалось: %1</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>waconsole-cli: --%1 — целое число от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>waconsole-cli: --%1 — число от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>waconsole-cli: --%1 — одно из: %2, а не «%3».</translation>
    </message>
    <message>
        <source>waconsole-cli: --%1 is a time of day from 00:00 to 23:59, not &quot;%2&quot;.</source>
        <translation>waconsole-cli: --%1 — время суток от 00:00 до 23:59, а не «%2».</translation>
    </message>
    <message>
        <source>The text holds half of a character (\u%1 at character %L2, without its other half): WhatsApp cannot show it, and shows &quot;�&quot; or refuses the message. Write the whole character, or both halves of its escape.</source>
        <translation>В тексте половина символа (\u%1 на позиции %L2, без второй половины): WhatsApp не может её показать и покажет «�» или отклонит сообщение. Напишите символ целиком или обе половины его escape-последовательности.</translation>
    </message>
    <message>
        <source>The API version &quot;%1&quot; is not like v25.0.</source>
        <translation>Версия API «%1» не похожа на v25.0.</translation>
    </message>
    <message>
        <source>The phone-number ID &quot;%1&quot; is not a number.</source>
        <translation>ID номера телефона «%1» — не число.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID &quot;%1&quot; is not a number.</source>
        <translation>ID аккаунта WhatsApp Business «%1» — не число.</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is not a number.</source>
        <translation>ID «%1» — не число.</translation>
    </message>
    <message>
        <source>The team store %1 is unreachable (%2).</source>
        <translation>Общее хранилище команды %1 недоступно (%2).</translation>
    </message>
    <message>
        <source>The team store %1 cannot be used (%2).</source>
        <translation>Общее хранилище команды %1 нельзя использовать (%2).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Драйвер PostgreSQL для Qt не установлен (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>waconsole-cli: no saved profile is named &quot;%1&quot;.</source>
        <translation>waconsole-cli: сохранённого профиля «%1» нет.</translation>
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
        <translation>Проверяет и преобразует нагрузки сообщений WhatsApp Cloud API.

Команды:
  validate FILE|-   вывести по строке на каждую проблему: POINTER: error|warning: message [code]
  roundtrip FILE|-  загрузить нагрузку в модель сообщения waconsole и вывести её обратно
  send FILE|-       отправить её: --profile NAME или --base-url URL --phone-number-id ID
                    [--api-version V]; [--timeout SECONDS] [--send-anyway]; токен
                    берётся из WACONSOLE_TOKEN или из записи профиля в связке ключей,
                    но никогда не из командной строки; отправка записывается в историю
                    так же, как в окне, если не указан --no-history
  upload FILE       загрузить медиафайл с теми же параметрами, что и send [--type MIME];
                    выводит {&quot;id&quot;: ...}
  render FILE|-     нарисовать превью на телефоне: -o OUT.png [--theme light|dark]
                    [--state closed|open] [--width PX] [--scale N]
                    [--template-def DEF.json] [--time HH:MM]
  listen            принимать вебхуки до остановки: [--profile NAME] [--listen ADDR]
                    [--port N] [--path PATH] [--forward URL]; секрет приложения и токен
                    проверки берутся из WACONSOLE_APP_SECRET / WACONSOLE_VERIFY_TOKEN или
                    из записей профиля в связке ключей; выводит по объекту JSON на событие
  conversations     все клиенты, которые писали, сначала последние [--with NUMBER|BSUID
                    для переписки с клиентом] [--profile NAME] [--limit N] [--format table|json]
  templates         вывести библиотеку шаблонов: --profile NAME [--cached] или
                    --base-url URL --waba-id ID; [--format table|json] (json — это то,
                    что читает render --template-def)
  template-submit FILE|-  создать шаблон из FILE: --profile NAME [--edit ID];
                    выводит ID STATUS (PENDING до модерации Meta)
  template-delete NAME    удалить шаблон: --profile NAME

Коды выхода: 0 — ошибок нет (предупреждения допустимы) / принято; 1 — в нагрузке есть
ошибки или API её отклонил; 2 — вход не читается или это не JSON, либо неверна командная
строка; 3 — отправлено, но результат неизвестен (проверьте, прежде чем отправлять снова);
4 — не отправлено.</translation>
    </message>
    <message>
        <source>send, listen, templates, history, conversations: use this saved profile (its token comes from the keychain; its store keeps the history).</source>
        <translation>send, listen, templates, history, conversations: использовать этот сохранённый профиль (токен — из связки ключей; история — в его хранилище).</translation>
    </message>
    <message>
        <source>store copy: the profile whose store is read.</source>
        <translation>store copy: профиль, хранилище которого читается.</translation>
    </message>
    <message>
        <source>store copy: the profile whose store receives the copy.</source>
        <translation>store copy: профиль, в хранилище которого пишется копия.</translation>
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

История и командные хранилища (хранилище профиля; без --profile — файл
истории этого компьютера):
  history           сначала последние отправки: [--profile NAME] [--filter EXPR]
                    [--limit N] [--format table|csv|json]
  store copy        скопировать хранилище одного профиля в хранилище другого (файл
                    в командное хранилище PostgreSQL или обратно): --from PROFILE
                    --to PROFILE; повторный запуск продолжает и добавляет только новое.
                    «Sandbox» — файл этого компьютера; пароль командного хранилища
                    берётся из WACONSOLE_STORE_PASSWORD или связки ключей</translation>
    </message>
    <message>
        <source>Usage: waconsole-cli store copy --from PROFILE --to PROFILE</source>
        <translation>Использование: waconsole-cli store copy --from PROFILE --to PROFILE</translation>
    </message>
    <message>
        <source>waconsole-cli: &quot;%1&quot; and &quot;%2&quot; keep their history in the same store (%3): there is nothing to copy.</source>
        <translation>waconsole-cli: «%1» и «%2» хранят историю в одном хранилище (%3): копировать нечего.</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 из %L3</translation>
    </message>
    <message>
        <source>waconsole-cli: the copy stopped (%1). What was copied stays; run the same command again to go on.</source>
        <translation>waconsole-cli: копирование остановилось (%1). Скопированное сохранено; запустите ту же команду снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Copied %1 into %2: %L3 rows read, %L4 of them new.</source>
        <translation>%1 скопировано в %2: прочитано строк: %L3, новых из них: %L4.</translation>
    </message>
    <message>
        <source>Not sent: &quot;%1&quot; keeps its history in %2, but this console records into %3, and nothing leaves without its record where the profile&apos;s team looks. Start waconsole with --profile &quot;%1&quot; to use its store.</source>
        <translation>Не отправлено: «%1» хранит историю в %2, а эта консоль записывает в %3, и ничто не уходит без записи там, где её видит команда профиля. Запустите waconsole с --profile «%1», чтобы работать с его хранилищем.</translation>
    </message>
    <message>
        <source>this computer&apos;s file</source>
        <translation>файл этого компьютера</translation>
    </message>
    <message>
        <source>No password is stored for the team store %1 of &quot;%2&quot;: enter it in File → Profiles (or set WACONSOLE_STORE_PASSWORD for waconsole-cli).</source>
        <translation>Для командного хранилища %1 профиля «%2» пароль не сохранён: введите его в «Файл → Профили» (или задайте WACONSOLE_STORE_PASSWORD для waconsole-cli).</translation>
    </message>
    <message>
        <source>The keychain refused to give the team store&apos;s password of &quot;%1&quot; (%2): unlock the keychain or allow waconsole, then try again.</source>
        <translation>Связка ключей не выдала пароль командного хранилища «%1» (%2): разблокируйте связку ключей или разрешите доступ waconsole и повторите.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the team store&apos;s password of &quot;%2&quot; cannot be read.</source>
        <translation>Связка ключей недоступна (%1), поэтому пароль командного хранилища «%2» прочитать нельзя.</translation>
    </message>
    <message>
        <source>The team store&apos;s password of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Пароль командного хранилища «%1» не удалось прочитать из связки ключей: %2</translation>
    </message>
    <message>
        <source>The agent name has no leading or trailing spaces and at most %1 characters.</source>
        <translation>Имя агента — без пробелов в начале и в конце и не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>копирование %1: %2</translation>
    </message>
    <message>
        <source>a store without its ID (open it once in waconsole to update it)</source>
        <translation>у хранилища нет идентификатора (откройте его один раз в waconsole, чтобы обновить)</translation>
    </message>
    <message>
        <source>the two profiles keep their history in the same store</source>
        <translation>оба профиля хранят историю в одном хранилище</translation>
    </message>
    <message>
        <source>The team store&apos;s server is a host name or an address, with no spaces.</source>
        <translation>Сервер командного хранилища — имя хоста или адрес, без пробелов.</translation>
    </message>
    <message>
        <source>The team store&apos;s port is between 1 and 65535.</source>
        <translation>Порт командного хранилища — от 1 до 65535.</translation>
    </message>
    <message>
        <source>The team store&apos;s database is a name of up to 63 characters, with no spaces or quotes.</source>
        <translation>База данных командного хранилища — имя до 63 символов, без пробелов и кавычек.</translation>
    </message>
    <message>
        <source>The team store&apos;s user is a role name of up to 63 characters, with no spaces or quotes.</source>
        <translation>Пользователь командного хранилища — имя роли до 63 символов, без пробелов и кавычек.</translation>
    </message>
    <message>
        <source>The team store&apos;s TLS mode is one of %1.</source>
        <translation>Режим TLS командного хранилища — один из: %1.</translation>
    </message>
    <message>
        <source>A team store on another computer needs TLS (require, verify-ca or verify-full); %1 is only for a server on this computer.</source>
        <translation>Командному хранилищу на другом компьютере нужен TLS (require, verify-ca или verify-full); %1 — только для сервера на этом компьютере.</translation>
    </message>
    <message>
        <source>Not started: &quot;%1&quot; keeps its history in %2, not in the store this console has open. Start waconsole with --profile &quot;%1&quot; to receive for it.</source>
        <translation>Не запущен: «%1» хранит историю в %2, а не в хранилище, открытом в этой консоли. Запустите waconsole с --profile «%1», чтобы принимать для него.</translation>
    </message>
    <message>
        <source>not on this computer: right-click to fetch it here</source>
        <translation>нет на этом компьютере: щёлкните правой кнопкой, чтобы получить его сюда</translation>
    </message>
    <message>
        <source>The team store is unreachable, so the answer is not in the history yet: it is kept, and recorded as soon as the server is back.</source>
        <translation>Хранилище команды недоступно, поэтому ответа ещё нет в истории: он сохранён и будет записан, как только сервер вернётся.</translation>
    </message>
    <message>
        <source>The history could not record the answer: %1</source>
        <translation>Не удалось записать ответ в историю: %1</translation>
    </message>
    <message>
        <source>The team store&apos;s certificate authorities are a file&apos;s full path, with no &quot;;&quot;.</source>
        <translation>Центры сертификации командного хранилища задаются полным путём к файлу, без «;».</translation>
    </message>
    <message>
        <source>The team store&apos;s certificate authorities file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл центров сертификации командного хранилища %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Not sent: waconsole kept it back, nothing left.</source>
        <translation>Не отправлено: waconsole задержал сообщение, ничего не ушло.</translation>
    </message>
</context>
<context>
    <name>Wac::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (собрано с %2)</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderButtonEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Перейти на экран</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation>Автозаполнение в одно касание</translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation>Zero-tap (без касаний)</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>Приложение %1</translation>
    </message>
    <message>
        <source>Add &amp;app</source>
        <translation>Добавить &amp;приложение</translation>
    </message>
    <message>
        <source>A button names at most %1 apps.</source>
        <translation>Кнопка может указывать не более %1 приложений.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderButtonsPage</name>
    <message>
        <source>Button %1</source>
        <translation>Кнопка %1</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Добавить кнопку</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons.</source>
        <translation>В шаблоне не больше %1 кнопок.</translation>
    </message>
    <message>
        <source>A template has at most 2 URL buttons.</source>
        <translation>В шаблоне не больше 2 кнопок-ссылок.</translation>
    </message>
    <message>
        <source>A template has one phone number button at most.</source>
        <translation>В шаблоне не больше одной кнопки с номером телефона.</translation>
    </message>
    <message>
        <source>A template has one copy-code button at most.</source>
        <translation>В шаблоне не больше одной кнопки копирования кода.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderCardEditor</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Card button %1</source>
        <translation>Кнопка карточки %1</translation>
    </message>
    <message>
        <source>Add card &amp;button</source>
        <translation>Добавить &amp;кнопку</translation>
    </message>
    <message>
        <source>A card has at most %1 buttons.</source>
        <translation>На карточке не больше %1 кнопок.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderCarouselPage</name>
    <message>
        <source>Card %1</source>
        <translation>Карточка %1</translation>
    </message>
    <message>
        <source>Add &amp;card</source>
        <translation>&amp;Добавить карточку</translation>
    </message>
    <message>
        <source>A carousel has at most %1 cards.</source>
        <translation>В карусели не больше %1 карточек.</translation>
    </message>
    <message>
        <source>A carousel has at least %1 cards: remove the carousel instead.</source>
        <translation>В карусели не меньше %1 карточек: вместо этого удалите карусель.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderHeaderPage</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>The location is given with each send; the template has no example for it.</source>
        <translation>Местоположение задаётся при каждой отправке; примера для него в шаблоне нет.</translation>
    </message>
    <message>
        <source>Each send gives its own file; the example is only for Meta&apos;s review.</source>
        <translation>Каждая отправка передаёт свой файл; пример нужен только для модерации Meta.</translation>
    </message>
</context>
<context>
    <name>Wac::BuilderIdentityPage</name>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Служебные</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Numbered: {{1}}, {{2}}</source>
        <translation>Нумерованные: {{1}}, {{2}}</translation>
    </message>
    <message>
        <source>Named: {{first_name}}</source>
        <translation>Именованные: {{first_name}}</translation>
    </message>
    <message>
        <source>A template&apos;s name, language and variable format cannot change once created; create a new template for another one.</source>
        <translation>Имя, язык и формат переменных шаблона после создания не меняются; для других создайте новый шаблон.</translation>
    </message>
</context>
<context>
    <name>Wac::ButtonSlotEditor</name>
    <message>
        <source>URL suffix</source>
        <translation>Окончание URL</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код купона</translation>
    </message>
    <message>
        <source>At most 15 letters and digits</source>
        <translation>Не более 15 букв и цифр</translation>
    </message>
    <message>
        <source>Same as the body&apos;s first value</source>
        <translation>Как первое значение текста</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>Thumbnail product retailer ID (optional: the catalog&apos;s first)</source>
        <translation>ID товара на обложке у продавца (необязательно: иначе первый в каталоге)</translation>
    </message>
    <message>
        <source>Thumbnail product</source>
        <translation>Товар на обложке</translation>
    </message>
    <message>
        <source>Minutes, 1 to %1 (optional: as approved)</source>
        <translation>Минуты, от 1 до %1 (необязательно: иначе как при одобрении)</translation>
    </message>
    <message>
        <source>Valid for minutes</source>
        <translation>Срок действия, минут</translation>
    </message>
    <message>
        <source>Payload returned when tapped (optional)</source>
        <translation>Payload, который вернётся при нажатии (необязательно)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Write a whole number of minutes, e.g. 1440.</source>
        <translation>Введите целое число минут, например 1440.</translation>
    </message>
</context>
<context>
    <name>Wac::ButtonsComposerPage</name>
    <message>
        <source>Button %1</source>
        <translation>Кнопка %1</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Добавить кнопку</translation>
    </message>
</context>
<context>
    <name>Wac::CallPermissionComposerPage</name>
    <message>
        <source>Optional: why you would like to call, e.g. about order #4512</source>
        <translation>Необязательно: зачем вы хотите позвонить, например по поводу заказа №4512</translation>
    </message>
</context>
<context>
    <name>Wac::CarouselCardEditor</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Quick reply %1</source>
        <translation>Быстрый ответ %1</translation>
    </message>
    <message>
        <source>Add &amp;quick reply</source>
        <translation>Добавить &amp;быстрый ответ</translation>
    </message>
</context>
<context>
    <name>Wac::CarouselComposerPage</name>
    <message>
        <source>Media cards (image or video)</source>
        <translation>Карточки с медиа (изображение или видео)</translation>
    </message>
    <message>
        <source>Product cards</source>
        <translation>Карточки товаров</translation>
    </message>
    <message>
        <source>One URL button</source>
        <translation>Одна кнопка-ссылка</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Быстрые ответы</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карточка %1</translation>
    </message>
    <message>
        <source>Add &amp;card</source>
        <translation>&amp;Добавить карточку</translation>
    </message>
</context>
<context>
    <name>Wac::ComposerController</name>
    <message>
        <source>Other type: %1</source>
        <translation>Другой тип: %1</translation>
    </message>
    <message>
        <source>A mark-as-read request has no recipient or reply.</source>
        <translation>У запроса «отметить прочитанным» нет получателя и ответа.</translation>
    </message>
    <message>
        <source>Kept as loaded</source>
        <translation>В исходном виде</translation>
    </message>
    <message>
        <source>The payload is kept as loaded: edit it in the JSON tab.</source>
        <translation>Тело сообщения сохранено в исходном виде: правьте его на вкладке JSON.</translation>
    </message>
</context>
<context>
    <name>Wac::ContactEditor</name>
    <message>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Add &amp;phone</source>
        <translation>Добавить &amp;телефон</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>Почта %1</translation>
    </message>
    <message>
        <source>Add &amp;email</source>
        <translation>Добавить &amp;почту</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>Сайт %1</translation>
    </message>
    <message>
        <source>Add &amp;website</source>
        <translation>Добавить &amp;сайт</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Адрес %1</translation>
    </message>
    <message>
        <source>Add a&amp;ddress</source>
        <translation>Добавить &amp;адрес</translation>
    </message>
</context>
<context>
    <name>Wac::ContactEntryEditor</name>
    <message>
        <source>+1 (650) 555-1234</source>
        <translation>+7 (912) 345-67-89</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адрес почты</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
</context>
<context>
    <name>Wac::ContactsComposerPage</name>
    <message>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Добавить &amp;контакт</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Непрочитанных: %1</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationsDock</name>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Choose it to open the Template page.</source>
        <translation>Выберите эту проблему, чтобы открыть страницу «Шаблон».</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Диалоги</translation>
    </message>
    <message>
        <source>&amp;Notify of customers&apos; messages</source>
        <translation>&amp;Уведомлять о сообщениях клиентов</translation>
    </message>
    <message>
        <source>A desktop notification for each message a customer writes while the window is not in front</source>
        <translation>Системное уведомление о каждом сообщении клиента, пока окно не на переднем плане</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>The profile %1 sends from the number this customer wrote to.</source>
        <translation>Профиль %1 отправляет с номера, на который написал этот клиент.</translation>
    </message>
    <message>
        <source>No profile sends from the number this customer wrote to (ID %1): a message from %2 would come from another number.</source>
        <translation>Ни один профиль не отправляет с номера, на который написал этот клиент (ID %1): сообщение через %2 придёт с другого номера.</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>этот профиль</translation>
    </message>
    <message>
        <source>Writing to %1</source>
        <translation>Получатель: %1</translation>
    </message>
    <message>
        <source>Replying to %1&apos;s message</source>
        <translation>Ответ на сообщение клиента %1</translation>
    </message>
    <message>
        <source>Reacting to %1&apos;s message: choose the emoji.</source>
        <translation>Реакция на сообщение клиента %1: выберите эмодзи.</translation>
    </message>
</context>
<context>
    <name>Wac::ConversationsPane</name>
    <message>
        <source>No customer has written yet</source>
        <translation>Клиенты пока не писали</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Выберите диалог</translation>
    </message>
    <message>
        <source>24-hour window %1</source>
        <extracomment>The customer-service window&apos;s state in the thread&apos;s header: &quot;24-hour window open · …&quot;.</extracomment>
        <translation>24-часовое окно %1</translation>
    </message>
</context>
<context>
    <name>Wac::CurlPane</name>
    <message>
        <source>cURL command</source>
        <translation>Команда cURL</translation>
    </message>
    <message>
        <source>&amp;Reveal the token</source>
        <translation>&amp;Показать токен</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Копировать команду</translation>
    </message>
    <message>
        <source>Copy &amp;body</source>
        <translation>Копировать &amp;тело</translation>
    </message>
    <message>
        <source>The access token is shown: whoever sees or gets this command can send as you.</source>
        <translation>Токен доступа показан: любой, кто увидит или получит эту команду, сможет отправлять от вашего имени.</translation>
    </message>
    <message>
        <source>The token is masked: the command reads it from $%1. Reveal it to include it.</source>
        <translation>Токен скрыт: команда берёт его из $%1. Покажите токен, чтобы вставить его.</translation>
    </message>
    <message>
        <source>This profile has no access token to reveal.</source>
        <translation>У этого профиля нет токена доступа.</translation>
    </message>
</context>
<context>
    <name>Wac::CustomerDialog</name>
    <message>
        <source>Simulate a customer message</source>
        <translation>Имитация сообщения клиента</translation>
    </message>
    <message>
        <source>Writes to the Sandbox as a customer would. The message arrives by webhook, like a real one, and opens their 24-hour window.</source>
        <translation>Пишет в песочницу так, как написал бы клиент. Сообщение приходит вебхуком, как настоящее, и открывает 24-часовое окно клиента.</translation>
    </message>
    <message>
        <source>Pablo Morales</source>
        <translation>Павел Морозов</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Reply button tap</source>
        <translation>Нажатие кнопки ответа</translation>
    </message>
    <message>
        <source>Hi! Where is my order?</source>
        <translation>Здравствуйте! Где мой заказ?</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>The box arrived damaged</source>
        <translation>Коробка пришла повреждённой</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Широта:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Долгота:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Track my order</source>
        <translation>Отследить заказ</translation>
    </message>
    <message>
        <source>WAMID of our message with the buttons (optional)</source>
        <translation>WAMID нашего сообщения с кнопками (необязательно)</translation>
    </message>
    <message>
        <source>Button &amp;title:</source>
        <translation>&amp;Надпись на кнопке:</translation>
    </message>
    <message>
        <source>Button &amp;ID:</source>
        <translation>&amp;ID кнопки:</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>&amp;В ответ на:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>П&amp;рисылает:</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>Отправить &amp;как клиент</translation>
    </message>
    <message>
        <source>&quot;From&quot; must be the customer&apos;s phone number, e.g. +1 650 555 1234.</source>
        <translation>«От» должно содержать номер телефона клиента, например +1 650 555 1234.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Текст пуст.</translation>
    </message>
    <message>
        <source>The button&apos;s title is empty.</source>
        <translation>Надпись на кнопке пуста.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The simulator did not take it: %1</source>
        <translation>Симулятор не принял сообщение: %1</translation>
    </message>
    <message>
        <source>Sent as %1: it arrives in Conversations in a moment.</source>
        <translation>Отправлено как %1: сообщение вскоре появится в разделе «Диалоги».</translation>
    </message>
    <message>
        <source>Call permission answer</source>
        <translation>Ответ на запрос звонков</translation>
    </message>
    <message>
        <source>Share contact info tap</source>
        <translation>Нажатие «Поделиться контактными данными»</translation>
    </message>
    <message>
        <source>The customer&apos;s business-scoped user ID (optional)</source>
        <translation>ID пользователя клиента в рамках компании (необязательно)</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ID по&amp;льзователя:</translation>
    </message>
</context>
<context>
    <name>Wac::CustomerNotifier</name>
    <message>
        <source>%1 wrote</source>
        <translation>Новое сообщение: %1</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; message</source>
        <translation>Сообщение «%1»</translation>
    </message>
</context>
<context>
    <name>Wac::CustomerWindowNote</name>
    <message>
        <source>24-hour window unknown</source>
        <extracomment>The customer-service window beside the recipient: &quot;24-hour window open · 3 h 12 min left&quot;.</extracomment>
        <translation>24-часовое окно неизвестно</translation>
    </message>
    <message>
        <source>24-hour window %1</source>
        <translation>24-часовое окно %1</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: only an approved template reaches them until they write again. Click to open the Template page.</source>
        <translation>Клиент писал последний раз больше 24 часов назад: пока он не напишет снова, до него дойдёт только одобренный шаблон. Нажмите, чтобы открыть страницу «Шаблон».</translation>
    </message>
    <message>
        <source>Any message may go out until the window closes; each message the customer writes opens it for 24 hours again.</source>
        <translation>Пока окно не закрылось, можно отправлять любые сообщения; каждое новое сообщение клиента снова открывает его на 24 часа.</translation>
    </message>
    <message>
        <source>No message from this customer to this profile&apos;s number has reached the console, so it cannot tell whether the window is open; a free-form message may fail with error 131047.</source>
        <translation>Ни одно сообщение этого клиента на номер этого профиля не дошло до консоли, поэтому неизвестно, открыто ли окно; свободное сообщение может не пройти с ошибкой 131047.</translation>
    </message>
</context>
<context>
    <name>Wac::DeliveriesDialog</name>
    <message>
        <source>Webhook deliveries</source>
        <translation>Доставки вебхуков</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>&amp;Copy body</source>
        <translation>&amp;Копировать тело</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Более &amp;ранние</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <source>statuses: %1 · messages: %2 · other: %3</source>
        <translation>статусы: %1 · сообщения: %2 · прочее: %3</translation>
    </message>
    <message>
        <source>%L1 of %L2 deliveries shown. They are kept as long as the history keeps its sends.</source>
        <translation>Показано доставок: %L1 из %L2. Они хранятся столько же, сколько история хранит отправки.</translation>
    </message>
    <message>
        <source>No webhook delivery has been accepted yet.</source>
        <translation>Пока не принято ни одной доставки вебхука.</translation>
    </message>
</context>
<context>
    <name>Wac::DeliveryForwarder</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 ответил HTTP %2</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
</context>
<context>
    <name>Wac::EnvelopeFields</name>
    <message>
        <source>Replying to “%1”</source>
        <translation>Ответ на «%1»</translation>
    </message>
    <message>
        <source>This message quotes %1&apos;s message “%2” (%3). Click to stop replying.</source>
        <translation>Это сообщение цитирует сообщение «%2» (автор: %1, %3). Нажмите, чтобы не отвечать.</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Ответ на %1</translation>
    </message>
    <message>
        <source>This message quotes %1. Click to stop replying.</source>
        <translation>Это сообщение цитирует %1. Нажмите, чтобы не отвечать.</translation>
    </message>
    <message>
        <source>The group&apos;s ID, e.g. Y2FwaV9ncm91cDoxNzA1…</source>
        <translation>ID группы, например Y2FwaV9ncm91cDoxNzA1…</translation>
    </message>
    <message>
        <source>Phone number with country code (+1 650 555 1234) or user ID (US.1349…)</source>
        <translation>Номер телефона с кодом страны (+1 650 555 1234) или ID пользователя (US.1349…)</translation>
    </message>
    <message>
        <source>Parent user ID: sent as &quot;recipient&quot;</source>
        <translation>Родительский ID пользователя: отправляется как «recipient»</translation>
    </message>
    <message>
        <source>User ID: sent as &quot;recipient&quot;</source>
        <translation>ID пользователя: отправляется как «recipient»</translation>
    </message>
    <message>
        <source>No country code: the business number&apos;s code will be prepended</source>
        <translation>Нет кода страны: будет подставлен код номера компании</translation>
    </message>
    <message>
        <source>Sends to %1</source>
        <translation>Отправится на %1</translation>
    </message>
</context>
<context>
    <name>Wac::FlowComposerPage</name>
    <message>
        <source>Not set (published)</source>
        <translation>Не задан (published)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Draft (for testing)</source>
        <translation>Черновик (для проверки)</translation>
    </message>
    <message>
        <source>Not set (navigate)</source>
        <translation>Не задано (navigate)</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Перейти на экран</translation>
    </message>
    <message>
        <source>Data exchange with your endpoint</source>
        <translation>Обмен данными с вашим сервером</translation>
    </message>
</context>
<context>
    <name>Wac::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>The history file is damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>Файл истории повреждён (%1). Он перемещён в %2, начата новая история.</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Ответ на %1</translation>
    </message>
    <message>
        <source>Reacting to %1: choose the emoji.</source>
        <translation>Реакция на %1: выберите эмодзи.</translation>
    </message>
    <message>
        <source>The history is busy (another program holds it), so its check was skipped; the file was left as it is.</source>
        <translation>История занята (её держит другая программа), поэтому проверка пропущена; файл оставлен как есть.</translation>
    </message>
    <message>
        <source>The history file could not be checked (%1); it was left as it is.</source>
        <translation>Не удалось проверить файл истории (%1); он оставлен как есть.</translation>
    </message>
</context>
<context>
    <name>Wac::HistoryModel</name>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Failed after acceptance</source>
        <translation>Ошибка после приёма</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Принято (%1)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>WAMID</source>
        <translation>WAMID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>Wac::HistoryPane</name>
    <message>
        <source>Selected messages…</source>
        <translation>Выбранные сообщения…</translation>
    </message>
    <message>
        <source>All messages shown…</source>
        <translation>Все показанные сообщения…</translation>
    </message>
    <message>
        <source>&amp;Keep messages</source>
        <translation>&amp;Хранить сообщения</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>C&amp;ompact the history file</source>
        <translation>С&amp;жать файл истории</translation>
    </message>
    <message>
        <source>C&amp;lear the history…</source>
        <translation>&amp;Очистить историю…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Send this %1 message to %2 again with the profile %3? It is a new message: the customer gets it twice.</source>
        <translation>Отправить это сообщение (%1) на %2 ещё раз с профилем %3? Это новое сообщение: клиент получит его дважды.</translation>
    </message>
    <message>
        <source>Its first send may have gone out: no answer came. Check before sending again.</source>
        <translation>Первая отправка могла уйти: ответа не было. Проверьте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Select the messages to export first.</source>
        <translation>Сначала выберите сообщения для экспорта.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Экспорт истории…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Delete from the history</source>
        <translation>Удаление из истории</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Очистка истории</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>История пуста.</translation>
    </message>
    <message>
        <source>Keep messages</source>
        <translation>Хранение сообщений</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Удалить их</translation>
    </message>
    <message>
        <source>Compacting failed: %1</source>
        <translation>Не удалось сжать: %1</translation>
    </message>
    <message>
        <source>The history file went from %1 to %2.</source>
        <translation>Размер файла истории: было %1, стало %2.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Select a message to see its request, answer and timeline.</source>
        <translation>Выберите сообщение, чтобы увидеть запрос, ответ и хронологию.</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>(WhatsApp ID %1)</source>
        <translation>(WhatsApp ID %1)</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>профиль %1</translation>
    </message>
    <message>
        <source>(no answer was received)</source>
        <translation>(ответ не получен)</translation>
    </message>
    <message>
        <source>written, request sent</source>
        <translation>записано, запрос отправлен</translation>
    </message>
    <message numerus="yes">
        <source>For %n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected messages from the history (%L1)? This cannot be undone.</source>
        <translation>Удалить выбранные сообщения из истории (%L1)? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Messages deleted from the history: %L1.</source>
        <translation>Удалено сообщений из истории: %L1.</translation>
    </message>
    <message>
        <source>Delete every message in the history (%L1)? This cannot be undone.</source>
        <translation>Удалить все сообщения истории (%L1)? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Messages older than the new limit will be deleted now: %L1.</source>
        <translation>Сообщений старше нового срока будет удалено сейчас: %L1.</translation>
    </message>
    <message>
        <source>Messages older than the kept days deleted: %L1.</source>
        <translation>Удалено сообщений старше срока хранения: %L1.</translation>
    </message>
    <message>
        <source>Found: %L1 or more</source>
        <translation>Найдено: %L1 или больше</translation>
    </message>
    <message>
        <source>Messages: %L1</source>
        <translation>Сообщений: %L1</translation>
    </message>
    <message>
        <source>Found: %L1</source>
        <translation>Найдено: %L1</translation>
    </message>
    <message>
        <source>Messages selected: %L1.</source>
        <translation>Выбрано сообщений: %L1.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Ничего не удалено: %1</translation>
    </message>
</context>
<context>
    <name>Wac::InteractiveFields</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Без заголовка</translation>
    </message>
</context>
<context>
    <name>Wac::JsonPane</name>
    <message>
        <source>Request body (JSON)</source>
        <translation>Тело запроса (JSON)</translation>
    </message>
    <message>
        <source>&amp;Discard this edit</source>
        <translation>&amp;Отменить эту правку</translation>
    </message>
    <message>
        <source>Show the form&apos;s body again, dropping the text that does not parse</source>
        <translation>Снова показать тело из формы, отбросив текст, который не разбирается</translation>
    </message>
    <message>
        <source>Edit the body here: a valid change updates the form.</source>
        <translation>Правьте тело здесь: корректное изменение обновит форму.</translation>
    </message>
    <message>
        <source>Not applied to the form: %1</source>
        <translation>Не применено к форме: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object: { … }.</source>
        <translation>Тело должно быть объектом JSON: { … }.</translation>
    </message>
    <message>
        <source>Cut: this view shows only the start of the body, read-only, since the body is %1 bytes. The whole body is validated, copied, saved and sent.</source>
        <translation>Обрезано: здесь показано только начало тела сообщения, только для чтения, так как его размер %1 байт. Проверяется, копируется, сохраняется и отправляется всё тело целиком.</translation>
    </message>
</context>
<context>
    <name>Wac::JsonSlotEditor</name>
    <message>
        <source>Flow token (optional)</source>
        <translation>Токен flow (необязательно)</translation>
    </message>
    <message>
        <source>Flow token</source>
        <translation>Токен flow</translation>
    </message>
    <message>
        <source>flow_action_data as a JSON object (optional)</source>
        <translation>flow_action_data в виде объекта JSON (необязательно)</translation>
    </message>
    <message>
        <source>order_details as a JSON object: currency, order, reference_id, total_amount…</source>
        <translation>order_details в виде объекта JSON: currency, order, reference_id, total_amount…</translation>
    </message>
    <message>
        <source>Flow action data</source>
        <translation>Данные действия flow</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Детали заказа</translation>
    </message>
    <message>
        <source>The flow data is not a JSON object.</source>
        <translation>Данные flow — не объект JSON.</translation>
    </message>
    <message>
        <source>The order details are not a JSON object.</source>
        <translation>Детали заказа — не объект JSON.</translation>
    </message>
</context>
<context>
    <name>Wac::KeptComposerPage</name>
    <message>
        <source>It is kept exactly as loaded: edit, validate and send it in the JSON tab. An edit there that the form can show brings the form back.</source>
        <translation>Оно хранится в точности как загружено: правьте, проверяйте и отправляйте его на вкладке JSON. Когда правку там можно будет показать в форме, форма вернётся.</translation>
    </message>
    <message>
        <source>The form cannot show this payload exactly: it would change %1.</source>
        <translation>Форма не может точно показать это тело сообщения: она изменила бы %1.</translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>всё сообщение</translation>
    </message>
    <message>
        <source>The payload is kept as loaded, in the JSON tab.</source>
        <translation>Тело сообщения сохранено в исходном виде на вкладке JSON.</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes, too large for the form (its limit is %3 bytes).</source>
        <translation>%1 содержит %2 байт — слишком много для формы (её предел — %3 байт).</translation>
    </message>
    <message>
        <source>It is kept exactly as loaded and is validated, saved and sent whole; the JSON tab shows only its start, read-only.</source>
        <translation>Оно сохранено точно в загруженном виде и целиком проверяется, сохраняется и отправляется; вкладка JSON показывает только его начало, только для чтения.</translation>
    </message>
</context>
<context>
    <name>Wac::ListComposerPage</name>
    <message>
        <source>Rows: %1/%2</source>
        <translation>Строк: %1/%2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Required when there are several sections</source>
        <translation>Обязателен, если разделов несколько</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Добавить ст&amp;року</translation>
    </message>
</context>
<context>
    <name>Wac::LocationSlotEditor</name>
    <message>
        <source>Latitude, e.g. -23.5614</source>
        <translation>Широта, например -23.5614</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude, e.g. -46.6559</source>
        <translation>Долгота, например -46.6559</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Place name (optional)</source>
        <translation>Название места (необязательно)</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Адрес (необязательно)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>Wac::MainWindow</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>The JSON body is on the clipboard.</source>
        <translation>Тело JSON скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>Команда curl скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1.</source>
        <translation>Не удалось сохранить черновик в %1.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>Start a new message?</source>
        <translation>Начать новое сообщение?</translation>
    </message>
    <message>
        <source>The message in the form has not been sent or saved; a new message clears every page and the recipient.</source>
        <translation>Сообщение в форме не отправлено и не сохранено; новое сообщение очистит все страницы и получателя.</translation>
    </message>
    <message>
        <source>Clear it</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (боевой)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <source>The team store is reachable again.</source>
        <translation>Командное хранилище снова доступно.</translation>
    </message>
    <message>
        <source>%1 Nothing is sent until it is back; what you typed stays, and waconsole connects again by itself.</source>
        <translation>%1 Пока оно недоступно, ничего не отправляется; набранное сохраняется, а waconsole подключится снова сам.</translation>
    </message>
</context>
<context>
    <name>Wac::MediaComposerPage</name>
    <message>
        <source>JPEG or PNG, up to 5 MB. The caption may hold up to 1024 characters.</source>
        <translation>JPEG или PNG, до 5 МБ. Подпись — до 1024 символов.</translation>
    </message>
    <message>
        <source>AAC, AMR, MP3, MP4 audio or OGG (Opus), up to 16 MB. Audio has no caption.</source>
        <translation>AAC, AMR, MP3, аудио MP4 или OGG (Opus), до 16 МБ. У аудио нет подписи.</translation>
    </message>
    <message>
        <source>MP4 or 3GPP (H.264 video, AAC audio), up to 16 MB.</source>
        <translation>MP4 или 3GPP (видео H.264, аудио AAC), до 16 МБ.</translation>
    </message>
    <message>
        <source>PDF, Office documents or plain text, up to 100 MB. The file name&apos;s extension decides how the phone opens it.</source>
        <translation>PDF, документы Office или простой текст, до 100 МБ. Расширение имени файла определяет, как телефон его откроет.</translation>
    </message>
    <message>
        <source>WebP, 512×512 pixels: static up to 100 KB, animated up to 500 KB. Stickers have no caption.</source>
        <translation>WebP, 512×512 пикселей: статичный до 100 КБ, анимированный до 500 КБ. У стикеров нет подписи.</translation>
    </message>
</context>
<context>
    <name>Wac::MediaSlotEditor</name>
    <message>
        <source>File name the customer sees (optional)</source>
        <translation>Имя файла, которое увидит клиент (необязательно)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
</context>
<context>
    <name>Wac::MessageFiles</name>
    <message>
        <source>Example loaded: %1</source>
        <translation>Загружен пример: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a payload: %2</source>
        <translation>%1 — не тело сообщения: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>Loaded the body of a curl command to %1</source>
        <translation>Загружено тело команды curl к %1</translation>
    </message>
    <message>
        <source>Payload loaded.</source>
        <translation>Тело сообщения загружено.</translation>
    </message>
    <message>
        <source>Open payload</source>
        <translation>Открыть тело сообщения</translation>
    </message>
    <message>
        <source>JSON payloads (*.json);;curl commands (*.sh *.txt);;All files (*)</source>
        <translation>Тела JSON (*.json);;Команды curl (*.sh *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Сохранить тело сообщения</translation>
    </message>
    <message>
        <source>JSON payloads (*.json)</source>
        <translation>Тела JSON (*.json)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>Text to a business-scoped user ID</source>
        <translation>Текст на ID пользователя в рамках компании (BSUID)</translation>
    </message>
    <message>
        <source>Text to a group</source>
        <translation>Текст в группу</translation>
    </message>
    <message>
        <source>Carousel of product cards</source>
        <translation>Карусель карточек товаров</translation>
    </message>
    <message>
        <source>Template: carousel of media cards</source>
        <translation>Шаблон: карусель медиакарточек</translation>
    </message>
    <message>
        <source>Template: carousel of product cards</source>
        <translation>Шаблон: карусель карточек товаров</translation>
    </message>
    <message>
        <source>Template: limited-time offer</source>
        <translation>Шаблон: ограниченное по времени предложение</translation>
    </message>
    <message>
        <source>Template: coupon code</source>
        <translation>Шаблон: код купона</translation>
    </message>
    <message>
        <source>Template: catalog</source>
        <translation>Шаблон: каталог</translation>
    </message>
    <message>
        <source>Template: multi-product</source>
        <translation>Шаблон: несколько товаров</translation>
    </message>
    <message>
        <source>Template: call permission request</source>
        <translation>Шаблон: запрос разрешения на звонок</translation>
    </message>
    <message>
        <source>Template: order details</source>
        <translation>Шаблон: детали заказа</translation>
    </message>
    <message>
        <source>More examples</source>
        <translation>Другие примеры</translation>
    </message>
</context>
<context>
    <name>Wac::MessageViews</name>
    <message>
        <source>The JSON tab holds an edit that does not parse (%1); fix it or discard it.</source>
        <translation>На вкладке JSON правка, которая не разбирается (%1); исправьте её или отмените.</translation>
    </message>
</context>
<context>
    <name>Wac::MpmSlotEditor</name>
    <message>
        <source>Thumbnail product retailer ID, e.g. 2lc20305pt</source>
        <translation>ID товара на обложке у продавца, например 2lc20305pt</translation>
    </message>
    <message>
        <source>Thumbnail product</source>
        <translation>Товар на обложке</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>e.g. Popular bundles</source>
        <translation>например, Популярные наборы</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>Добавить &amp;товар</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Добавить &amp;раздел</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Products: %1/%2</source>
        <translation>Товаров: %1/%2</translation>
    </message>
</context>
<context>
    <name>Wac::OfferSlotEditor</name>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Offer expires at</source>
        <translation>Предложение истекает</translation>
    </message>
    <message>
        <source>When the offer ends, in this computer&apos;s time zone</source>
        <translation>Когда заканчивается предложение, в часовом поясе этого компьютера</translation>
    </message>
    <message>
        <source>Pick when the offer ends: the countdown needs it.</source>
        <translation>Выберите, когда заканчивается предложение: это нужно для обратного отсчёта.</translation>
    </message>
    <message>
        <source>Sent as expiration_time_ms: %1, before 2001: seconds or a duration, not a time in milliseconds?</source>
        <translation>Отправляется как expiration_time_ms: %1 — раньше 2001 года: это секунды или длительность, а не время в миллисекундах?</translation>
    </message>
    <message>
        <source>Sent as expiration_time_ms: %1</source>
        <translation>Отправляется как expiration_time_ms: %1</translation>
    </message>
</context>
<context>
    <name>Wac::OrderDetailsComposerPage</name>
    <message>
        <source>Digital goods</source>
        <translation>Цифровые товары</translation>
    </message>
    <message>
        <source>Physical goods</source>
        <translation>Физические товары</translation>
    </message>
    <message>
        <source>INR · India</source>
        <translation>INR · Индия</translation>
    </message>
    <message>
        <source>BRL · Brazil</source>
        <translation>BRL · Бразилия</translation>
    </message>
    <message>
        <source>SGD · Singapore</source>
        <translation>SGD · Сингапур</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>До&amp;бавить товар</translation>
    </message>
    <message>
        <source>payment gateway %1 (%2)</source>
        <translation>платёжный шлюз %1 (%2)</translation>
    </message>
    <message>
        <source>Payment settings, kept as written (edit them in the JSON tab): %1</source>
        <translation>Платёжные настройки, сохраняются как написано (меняйте их на вкладке JSON): %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Items add up to %1 · subtotal + tax + shipping − discount = %2</source>
        <translation>Сумма по товарам: %1 · подытог + налог + доставка − скидка = %2</translation>
    </message>
</context>
<context>
    <name>Wac::OrderStatusComposerPage</name>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Частично отправлен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>Wac::OrderStatusSlotEditor</name>
    <message>
        <source>Reference ID, e.g. order-ref_2026.0042</source>
        <translation>ID заказа, например order-ref_2026.0042</translation>
    </message>
    <message>
        <source>Order reference ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>The order&apos;s reference_id: up to 35 letters, digits, _ . or -, as sent with its order_details</source>
        <translation>reference_id заказа: до 35 букв, цифр, _ . или -, как в его order_details</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <translation>Выберите статус</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Частично отправлен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Описание (необязательно)</translation>
    </message>
    <message>
        <source>Order status description</source>
        <translation>Описание статуса заказа</translation>
    </message>
    <message>
        <source>%1 (not a documented status)</source>
        <translation>%1 (недокументированный статус)</translation>
    </message>
</context>
<context>
    <name>Wac::PermissionReplyPage</name>
    <message>
        <source>Always, not only for 7 days</source>
        <translation>Навсегда, а не только на 7 дней</translation>
    </message>
    <message>
        <source>Allow calls</source>
        <translation>Разрешить звонки</translation>
    </message>
    <message>
        <source>Decline calls</source>
        <translation>Отклонить звонки</translation>
    </message>
    <message>
        <source>WAMID of our call permission request</source>
        <translation>WAMID нашего запроса разрешения на звонки</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>Отв&amp;ет:</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>&amp;В ответ на:</translation>
    </message>
    <message>
        <source>&quot;In reply to&quot; must be the WAMID of the call permission request answered.</source>
        <translation>«В ответ на» должно содержать WAMID запроса разрешения на звонки, на который дан ответ.</translation>
    </message>
</context>
<context>
    <name>Wac::PinComposerPage</name>
    <message>
        <source>Pin the message</source>
        <translation>Закрепить сообщение</translation>
    </message>
    <message>
        <source>Unpin the message</source>
        <translation>Открепить сообщение</translation>
    </message>
</context>
<context>
    <name>Wac::PreviewWidget</name>
    <message>
        <source>Phone t&amp;heme</source>
        <translation>Тема &amp;телефона</translation>
    </message>
    <message>
        <source>As the app</source>
        <translation>Как у приложения</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Save the preview as a PNG at twice the screen&apos;s density</source>
        <translation>Сохранить превью в PNG с удвоенной плотностью экрана</translation>
    </message>
    <message>
        <source>Phone preview</source>
        <translation>Превью на телефоне</translation>
    </message>
    <message>
        <source>Save preview</source>
        <translation>Сохранить превью</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Сохранить изображение…</translation>
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
        <translation>П&amp;роблемы: нет, можно отправлять</translation>
    </message>
    <message>
        <source>P&amp;roblems: %1 errors, %2 warnings</source>
        <translation>П&amp;роблемы: ошибок — %1, предупреждений — %2</translation>
    </message>
</context>
<context>
    <name>Wac::ProductComposerPage</name>
    <message>
        <source>Optional text above the product</source>
        <translation>Необязательный текст над товаром</translation>
    </message>
</context>
<context>
    <name>Wac::ProductListComposerPage</name>
    <message>
        <source>Products: %1/%2</source>
        <translation>Товаров: %1/%2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>e.g. Best sellers</source>
        <translation>например, Хиты продаж</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>Добавить &amp;товар</translation>
    </message>
</context>
<context>
    <name>Wac::ProductSlotEditor</name>
    <message>
        <source>Product retailer ID (SKU), e.g. vrpj01fvwp</source>
        <translation>ID товара у продавца (SKU), например vrpj01fvwp</translation>
    </message>
    <message>
        <source>Product retailer ID</source>
        <translation>ID товара у продавца</translation>
    </message>
    <message>
        <source>Catalog ID, e.g. 194836987003835</source>
        <translation>ID каталога, например 194836987003835</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>ID каталога</translation>
    </message>
    <message>
        <source>The same catalog on every card</source>
        <translation>Один и тот же каталог на всех карточках</translation>
    </message>
</context>
<context>
    <name>Wac::ProfileDialog</name>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (встроенный)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>в связке ключей; введите новый</translation>
    </message>
    <message>
        <source>The Sandbox is the simulator inside waconsole: everything works without a Meta account.</source>
        <translation>Песочница — это симулятор внутри waconsole: всё работает без аккаунта Meta.</translation>
    </message>
    <message>
        <source>paste the access token</source>
        <translation>вставьте токен доступа</translation>
    </message>
    <message>
        <source>optional, for webhook signatures</source>
        <translation>необязательно, для подписи вебхуков</translation>
    </message>
    <message>
        <source>Saved, but its secrets could not be moved: %1</source>
        <translation>Сохранено, но секреты не удалось перенести: %1</translation>
    </message>
    <message>
        <source>Saved, but a secret could not be stored: %1</source>
        <translation>Сохранено, но секрет не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Saved; the secrets are kept for this session only.</source>
        <translation>Сохранено; секреты хранятся только на этот сеанс.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Confirm &amp;delete</source>
        <translation>Подтвердить &amp;удаление</translation>
    </message>
    <message>
        <source>Click again to delete &quot;%1&quot; and its secrets.</source>
        <translation>Нажмите ещё раз, чтобы удалить «%1» и его секреты.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Connected: %1 · %2</source>
        <translation>Соединение есть: %1 · %2</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Командное хранилище</translation>
    </message>
</context>
<context>
    <name>Wac::ProfileReceiver</name>
    <message>
        <source>200: accepted and recorded</source>
        <translation>200: принято и записано</translation>
    </message>
    <message>
        <source>Verification handshake answered</source>
        <translation>Ответ на проверочный запрос отправлен</translation>
    </message>
    <message>
        <source>Verification handshake refused: %1</source>
        <translation>Проверочный запрос отклонён: %1</translation>
    </message>
    <message>
        <source>No app secret: every delivery is refused (403) until one is set.</source>
        <translation>Нет секрета приложения: все доставки отклоняются (403), пока он не задан.</translation>
    </message>
    <message>
        <source>No keychain: every delivery is refused (403) until an app secret is given.</source>
        <translation>Нет связки ключей: все доставки отклоняются (403), пока не указан секрет приложения.</translation>
    </message>
    <message>
        <source>The keychain did not give the app secret of &quot;%1&quot; (%2): every delivery is refused until it does.</source>
        <translation>Связка ключей не выдала секрет приложения профиля «%1» (%2): все доставки отклоняются, пока она его не выдаст.</translation>
    </message>
    <message>
        <source>The keychain did not give the verify token of &quot;%1&quot; (%2): Meta&apos;s verification handshake is refused until it does.</source>
        <translation>Связка ключей не выдала токен проверки профиля «%1» (%2): проверочный запрос Meta отклоняется, пока она его не выдаст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no app secret: every delivery is refused (403) until one is saved in File → Profiles.</source>
        <translation>У профиля «%1» нет секрета приложения: все доставки отклоняются (403), пока он не будет сохранён в «Файл → Профили».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no verify token: Meta&apos;s verification handshake is refused until one is saved in File → Profiles.</source>
        <translation>У профиля «%1» нет токена проверки: проверочный запрос Meta отклоняется, пока токен не будет сохранён в «Файл → Профили».</translation>
    </message>
    <message>
        <source>The history file did not take it (%1): free disk space or close what holds the file; Meta sends it again.</source>
        <translation>Файл истории не принял доставку (%1): освободите место на диске или закройте то, что держит файл; Meta пришлёт её снова.</translation>
    </message>
    <message>
        <source>No history is open, so nothing could be kept; Meta sends it again.</source>
        <translation>История не открыта, поэтому сохранить ничего не удалось; Meta пришлёт доставку снова.</translation>
    </message>
    <message>
        <source>The history could not be opened: deliveries are answered 500 so that Meta sends them again later.</source>
        <translation>Историю не удалось открыть: на доставки отвечается 500, чтобы Meta прислала их позже снова.</translation>
    </message>
</context>
<context>
    <name>Wac::ProfileStatus</name>
    <message>
        <source>LIVE · real customers</source>
        <translation>БОЕВОЙ · реальные клиенты</translation>
    </message>
    <message>
        <source>This profile sends to real WhatsApp users.</source>
        <translation>Этот профиль отправляет сообщения реальным пользователям WhatsApp.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Нет профиля</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The built-in Cloud API simulator answers on this address while waconsole runs (token: sandbox-token).</source>
        <translation>Встроенный симулятор Cloud API отвечает по этому адресу, пока работает waconsole (токен: sandbox-token).</translation>
    </message>
    <message>
        <source>The profile messages go out with, where they go, and the API version.</source>
        <translation>Профиль, с которого уходят сообщения, куда они уходят и версия API.</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Секреты: только на этот сеанс</translation>
    </message>
    <message>
        <source>Secrets: OS keychain</source>
        <translation>Секреты: связка ключей ОС</translation>
    </message>
    <message>
        <source>No secure storage was found: tokens are kept in memory until waconsole quits and written nowhere.</source>
        <translation>Защищённое хранилище не найдено: токены хранятся в памяти до выхода из waconsole и нигде не записываются.</translation>
    </message>
    <message>
        <source>Access tokens and app secrets are kept in the operating system&apos;s keychain.</source>
        <translation>Токены доступа и секреты приложений хранятся в связке ключей операционной системы.</translation>
    </message>
    <message>
        <source>Webhooks: off</source>
        <translation>Вебхуки: выключены</translation>
    </message>
    <message>
        <source>Webhooks: not received</source>
        <translation>Вебхуки: не принимаются</translation>
    </message>
    <message>
        <source>This profile has no receiver port: statuses and customers&apos; messages do not arrive. Set one in File → Profiles → Receiving webhooks.</source>
        <translation>У этого профиля нет порта приёмника: статусы и сообщения клиентов не приходят. Задайте порт в «Файл → Профили → Приём вебхуков».</translation>
    </message>
    <message>
        <source>Webhooks: receiving</source>
        <translation>Вебхуки: принимаются</translation>
    </message>
    <message>
        <source>Webhooks: refusing deliveries</source>
        <translation>Вебхуки: доставки отклоняются</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Принимает соединения на %1.</translation>
    </message>
    <message>
        <source>Last delivery %1: %2</source>
        <translation>Последняя доставка в %1: %2</translation>
    </message>
    <message>
        <source>Team store unreachable: nothing is sent</source>
        <translation>Общее хранилище недоступно: ничего не отправляется</translation>
    </message>
</context>
<context>
    <name>Wac::RawJsonDialog</name>
    <message>
        <source>Raw JSON</source>
        <translation>Исходный JSON</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Копировать всё</translation>
    </message>
</context>
<context>
    <name>Wac::ReceivingPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключен</translation>
    </message>
    <message>
        <source>not needed for the Sandbox</source>
        <translation>не нужен для песочницы</translation>
    </message>
    <message>
        <source>Generate one, or type your own</source>
        <translation>Сгенерируйте или введите свой</translation>
    </message>
    <message>
        <source>kept in the keychain; Generate replaces it</source>
        <translation>в связке ключей; «Сгенерировать» заменит его</translation>
    </message>
    <message>
        <source>Add the WABA ID on the Profile tab to check whether Meta sends this account&apos;s webhooks to your app.</source>
        <translation>Укажите ID WABA на вкладке «Профиль», чтобы проверить, отправляет ли Meta вебхуки этого аккаунта вашему приложению.</translation>
    </message>
    <message>
        <source>The Sandbox&apos;s receiver picks a free port by itself, and the simulator&apos;s webhooks reach it without a tunnel.</source>
        <translation>Приёмник песочницы сам выбирает свободный порт, и вебхуки симулятора доходят до него без туннеля.</translation>
    </message>
    <message>
        <source>Meta calls only an https address that reaches this port: run a tunnel such as %1 or %2, and enter its https address followed by /webhook in the app dashboard under WhatsApp → Configuration → Callback URL, with the verify token below.</source>
        <translation>Meta обращается только к адресу https, который ведёт на этот порт: запустите туннель, например %1 или %2, и укажите его адрес https с /webhook на конце в панели приложения в разделе WhatsApp → Configuration → Callback URL вместе с токеном проверки ниже.</translation>
    </message>
    <message>
        <source>Off: this profile&apos;s receiver does not run. Choose a port to receive webhooks.</source>
        <translation>Выключен: приёмник этого профиля не работает. Выберите порт, чтобы принимать вебхуки.</translation>
    </message>
    <message>
        <source>known once the Sandbox&apos;s receiver listens</source>
        <translation>станет известен, когда запустится приёмник песочницы</translation>
    </message>
    <message>
        <source>none while the receiver is off</source>
        <translation>нет, пока приёмник выключен</translation>
    </message>
    <message>
        <source>none is stored yet: Generate one</source>
        <translation>пока не сохранён: нажмите «Сгенерировать»</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Подписка…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Принимает соединения на %1</translation>
    </message>
    <message>
        <source>Last delivery %1, signature verified: %2</source>
        <translation>Последняя доставка в %1, подпись проверена: %2</translation>
    </message>
    <message>
        <source>Last delivery %1, signature not verified: %2</source>
        <translation>Последняя доставка в %1, подпись не проверена: %2</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>Доставок пока не было</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected</source>
        <translation>Принято: %1, отклонено: %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Не запущен</translation>
    </message>
</context>
<context>
    <name>Wac::RepeatedList</name>
    <message>
        <source>Item %1</source>
        <translation>Элемент %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Переместить «%1» вверх</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Переместить «%1» вниз</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Wac::ResultPanel</name>
    <message>
        <source>The template is paced: this message was accepted for sending.</source>
        <translation>Шаблон дозируется: сообщение принято к отправке.</translation>
    </message>
    <message>
        <source>Held for quality assessment: it will be sent or dropped later.</source>
        <translation>Задержано для оценки качества: позже будет отправлено или отброшено.</translation>
    </message>
    <message>
        <source>The template is paused: the message is held, not sent.</source>
        <translation>Шаблон приостановлен: сообщение задержано, а не отправлено.</translation>
    </message>
    <message>
        <source>Pacing status: %1</source>
        <translation>Статус дозирования: %1</translation>
    </message>
    <message>
        <source>Copy WAMID</source>
        <translation>Копировать WAMID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted&lt;/b&gt; — not yet delivered</source>
        <translation>&lt;b&gt;Принято&lt;/b&gt; — ещё не доставлено</translation>
    </message>
    <message>
        <source>WAMID: %1</source>
        <translation>WAMID: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Статус HTTP: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Сообщение: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Addressed to WhatsApp ID %1 (you wrote %2).</source>
        <translation>Адресовано WhatsApp ID %1 (вы указали %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploaded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Загружено&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Media ID: %1 (filled in; kept by WhatsApp for 30 days)</source>
        <translation>ID медиа: %1 (подставлен; WhatsApp хранит его 30 дней)</translation>
    </message>
    <message>
        <source>Copy media ID</source>
        <translation>Копировать ID медиа</translation>
    </message>
</context>
<context>
    <name>Wac::Sandbox</name>
    <message>
        <source>The Sandbox simulator is not running.</source>
        <translation>Симулятор песочницы не запущен.</translation>
    </message>
</context>
<context>
    <name>Wac::SectionsComposerPage</name>
    <message>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Добавить &amp;раздел</translation>
    </message>
</context>
<context>
    <name>Wac::SendPanel</name>
    <message>
        <source>Sandbox (simulator)</source>
        <translation>Песочница (симулятор)</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (боевой)</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists: open the message in the composer and send it with another.</source>
        <translation>Профиля %1 больше нет: откройте сообщение в редакторе и отправьте его с другим профилем.</translation>
    </message>
    <message>
        <source>Wait for the request in flight to finish.</source>
        <translation>Дождитесь завершения текущего запроса.</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>Отправка через %1…</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Принято: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>Choose a profile to upload to first.</source>
        <translation>Сначала выберите профиль для загрузки.</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>Загрузить файл</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>Загрузка %1 в %2…</translation>
    </message>
    <message>
        <source>Uploaded: media ID %1</source>
        <translation>Загружено: ID медиафайла %1</translation>
    </message>
</context>
<context>
    <name>Wac::SendQuestions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n ошибка.</numerusform>
            <numerusform>…и ещё %n ошибки.</numerusform>
            <numerusform>…и ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message with errors?</source>
        <translation>Отправить сообщение с ошибками?</translation>
    </message>
    <message>
        <source>The server will most likely refuse it:
%1</source>
        <translation>Сервер, скорее всего, его отклонит:
%1</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Send a template that is not approved?</source>
        <translation>Отправить неодобренный шаблон?</translation>
    </message>
    <message>
        <source>Send the same message again?</source>
        <translation>Отправить то же сообщение ещё раз?</translation>
    </message>
    <message numerus="yes">
        <source>This exact message went to %1 at %2 (%n minutes ago). Send it a second time?</source>
        <translation>
            <numerusform>Точно такое же сообщение ушло на %1 в %2 (%n минуту назад). Отправить его второй раз?</numerusform>
            <numerusform>Точно такое же сообщение ушло на %1 в %2 (%n минуты назад). Отправить его второй раз?</numerusform>
            <numerusform>Точно такое же сообщение ушло на %1 в %2 (%n минут назад). Отправить его второй раз?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
</context>
<context>
    <name>Wac::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Search by name or keys</source>
        <translation>Поиск по названию или клавишам</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Поиск сочетаний клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>Wac::StoreHandover</name>
    <message>
        <source>Opening &quot;%1&quot; in a window of its own…</source>
        <translation>Профиль «%1» открывается в отдельном окне…</translation>
    </message>
    <message>
        <source>The window of &quot;%1&quot; could not be opened</source>
        <translation>Не удалось открыть окно профиля «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps its history in %2</source>
        <translation>Профиль «%1» хранит историю в %2</translation>
    </message>
    <message>
        <source>This window records into %1, so nothing is sent from here: every send is recorded where the profile&apos;s team looks. Open the profile in a window of its own; the message you are writing goes with it.</source>
        <translation>Это окно записывает в %1, поэтому отсюда ничего не отправляется: каждая отправка записывается туда, где её видит команда профиля. Откройте профиль в отдельном окне — набираемое сообщение перейдёт вместе с ним.</translation>
    </message>
    <message>
        <source>Open in a window of its own</source>
        <translation>Открыть в отдельном окне</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
</context>
<context>
    <name>Wac::StorePanel</name>
    <message>
        <source>This computer (a file of its own)</source>
        <translation>Этот компьютер (собственный файл)</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server</source>
        <translation>Сервер PostgreSQL команды</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full: шифрование, проверяются сертификат и имя сервера</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the certificate checked, not the name</source>
        <translation>verify-ca: шифрование, проверяется сертификат, но не имя</translation>
    </message>
    <message>
        <source>require: encrypted, the server not checked</source>
        <translation>require: шифрование, сервер не проверяется</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: шифрование, если сервер его предлагает</translation>
    </message>
    <message>
        <source>disable: not encrypted (a server on this computer only)</source>
        <translation>disable: без шифрования (только сервер на этом компьютере)</translation>
    </message>
    <message>
        <source>the role&apos;s password</source>
        <translation>пароль роли</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>хранится в связке ключей; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Every console of the team with this store sees the same sends, statuses and conversations as they happen. Move your own history there with waconsole-cli store copy.</source>
        <translation>Каждая консоль команды с этим хранилищем сразу видит те же отправки, статусы и переписки. Перенести туда свою историю можно командой waconsole-cli store copy.</translation>
    </message>
    <message>
        <source>Sends and conversations stay on this computer, in the file every profile without a team store shares.</source>
        <translation>Отправки и переписки остаются на этом компьютере, в файле, общем для всех профилей без командного хранилища.</translation>
    </message>
    <message>
        <source>empty: ~/.postgresql/root.crt, else the system&apos;s</source>
        <translation>пусто: ~/.postgresql/root.crt, иначе системные</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Центры сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Wac::TapTargetSlotEditor</name>
    <message>
        <source>Override tap target</source>
        <translation>Заменить переход по нажатию</translation>
    </message>
    <message>
        <source>Send another title and address for a tap on the message than the template was approved with</source>
        <translation>Передать для нажатия на сообщение заголовок и адрес, отличные от одобренных в шаблоне</translation>
    </message>
    <message>
        <source>e.g. Offer Details</source>
        <translation>например, Подробности предложения</translation>
    </message>
    <message>
        <source>Tap target title</source>
        <translation>Заголовок перехода по нажатию</translation>
    </message>
    <message>
        <source>e.g. https://www.luckyshrubs.com/</source>
        <translation>например, https://www.luckyshrubs.com/</translation>
    </message>
    <message>
        <source>Tap target URL</source>
        <translation>URL перехода по нажатию</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
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
        <translation>Чтение страницы %1 библиотеки: пока шаблонов: %L2…</translation>
    </message>
    <message>
        <source>Templates — %1</source>
        <translation>Шаблоны — %1</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>named variables</source>
        <translation>именованные переменные</translation>
    </message>
    <message>
        <source>numbered variables</source>
        <translation>нумерованные переменные</translation>
    </message>
    <message>
        <source>values to fill: %L1</source>
        <translation>значений заполнить: %L1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>качество %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <source>not approved: sending it fails until it is</source>
        <translation>не одобрен: отправка не пройдёт, пока его не одобрят</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Never read from Graph.</source>
        <translation>Ещё ни разу не читалась из Graph.</translation>
    </message>
    <message>
        <source>%L1 of %L2 templates · read %3</source>
        <translation>%L1 из %L2 шаблонов · прочитано %3</translation>
    </message>
    <message>
        <source>Refresh failed: %1 — showing the copy kept before.</source>
        <translation>Обновить не удалось: %1 — показана сохранённая ранее копия.</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Чтение библиотеки…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>Библиотека пуста.</translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation>Ни один шаблон не подходит под поиск и фильтры.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateBuilder</name>
    <message>
        <source>Identity</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Кнопки</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Карусель</translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation>Ограниченное предложение</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Edit template %1 (%2)</source>
        <translation>Изменение шаблона %1 (%2)</translation>
    </message>
    <message>
        <source>Editing template ID %1.</source>
        <translation>Изменяется шаблон с ID %1.</translation>
    </message>
    <message>
        <source>P&amp;roblems: none, ready to submit</source>
        <translation>П&amp;роблем нет, можно отправлять</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Отправить на модерацию</translation>
    </message>
    <message>
        <source>Fix the errors in the Problems list first</source>
        <translation>Сначала исправьте ошибки из списка «Проблемы»</translation>
    </message>
    <message>
        <source>Send the template to Meta for review (Ctrl+Return)</source>
        <translation>Отправить шаблон в Meta на модерацию (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Change the category?</source>
        <translation>Сменить категорию?</translation>
    </message>
    <message>
        <source>An authentication template has Meta&apos;s fixed text, a code expiry and a code button instead of its own header, body, footer and buttons: what is written on those pages is removed.</source>
        <translation>У шаблона аутентификации вместо собственных заголовка, текста, подписи и кнопок — фиксированный текст Meta, срок действия кода и кнопка с кодом: написанное на этих страницах будет удалено.</translation>
    </message>
    <message>
        <source>A marketing or utility template has its own header, body, footer and buttons instead of an authentication template&apos;s fixed text: the authentication options are removed.</source>
        <translation>У маркетингового или служебного шаблона вместо фиксированного текста шаблона аутентификации — собственные заголовок, текст, подпись и кнопки: параметры аутентификации будут удалены.</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Сменить категорию</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>The changes to this template have not been submitted.</source>
        <translation>Изменения этого шаблона не отправлены.</translation>
    </message>
    <message>
        <source>The changes to the template %1 have not been submitted.</source>
        <translation>Изменения шаблона %1 не отправлены.</translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation>Если их отменить, они будут потеряны.</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Отменить их</translation>
    </message>
    <message>
        <source>The template %1 is being submitted; if Meta refuses it, the changes are lost with this window.</source>
        <translation>Шаблон %1 отправляется; если Meta его отклонит, изменения пропадут вместе с этим окном.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateComponentEditor</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation>Ограниченное предложение</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Карусель</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Быстрый ответ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Multi-product (mpm)</source>
        <translation>Несколько товаров (mpm)</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Голосовой звонок</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Параметр %1</translation>
    </message>
    <message>
        <source>Add &amp;parameter</source>
        <translation>Добавить &amp;параметр</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateComposerPage</name>
    <message>
        <source>Component %1</source>
        <translation>Компонент %1</translation>
    </message>
    <message>
        <source>Add co&amp;mponent</source>
        <translation>Добавить &amp;компонент</translation>
    </message>
    <message>
        <source>From the library: &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Из библиотеки: &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit by &amp;hand</source>
        <translation>Править &amp;вручную</translation>
    </message>
    <message>
        <source>Edit the components as JSON-shaped lists instead</source>
        <translation>Править компоненты списками в форме JSON</translation>
    </message>
    <message>
        <source>The library has this template: use its form to fill the values.</source>
        <translation>В библиотеке есть этот шаблон: заполните значения в его форме.</translation>
    </message>
    <message>
        <source>Choose a template from the profile&apos;s library to fill it in a form made from its definition.</source>
        <translation>Выберите шаблон из библиотеки профиля, чтобы заполнить его в форме, построенной по его определению.</translation>
    </message>
    <message>
        <source>Use its &amp;form</source>
        <translation>Использовать его &amp;форму</translation>
    </message>
    <message>
        <source>Rebuild the components from the template&apos;s definition (values kept where they fit)</source>
        <translation>Построить компоненты заново по определению шаблона (подходящие значения сохраняются)</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateDesigner</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Choose a profile to design its templates.</source>
        <translation>Выберите профиль, чтобы создавать для него шаблоны.</translation>
    </message>
    <message>
        <source>Profile %1.</source>
        <translation>Профиль %1.</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>Профиль %1 · %2</translation>
    </message>
    <message>
        <source>Sending the edit of template ID %1…</source>
        <translation>Отправка изменений шаблона с ID %1…</translation>
    </message>
    <message>
        <source>Submitting the template for review…</source>
        <translation>Отправка шаблона на модерацию…</translation>
    </message>
    <message>
        <source>Submitted: %1 review · template ID %2</source>
        <translation>Отправлено на модерацию: %1 · ID шаблона %2</translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation>Шаблон %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not sent: fix the errors in the Problems list.</source>
        <translation>Не отправлено: исправьте ошибки из списка «Проблемы».</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>A template request is still running; try again when it ends.</source>
        <translation>Запрос по шаблону ещё выполняется; повторите, когда он завершится.</translation>
    </message>
    <message>
        <source>Delete template %1?</source>
        <translation>Удалить шаблон %1?</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) from the account? Messages can no longer be sent with it; this cannot be undone.</source>
        <translation>Удалить шаблон %1 (%2) из аккаунта? Отправлять с ним сообщения будет больше нельзя; это действие необратимо.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Deleting template %1…</source>
        <translation>Удаление шаблона %1…</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Шаблон %1 удалён.</translation>
    </message>
    <message>
        <source>Template %1 was not deleted: %2</source>
        <translation>Шаблон %1 не удалён: %2</translation>
    </message>
    <message>
        <source>A template request is still running; submit again when it ends.</source>
        <translation>Запрос по шаблону ещё выполняется; отправьте снова, когда он завершится.</translation>
    </message>
    <message>
        <source>Template %1 (%2) was not submitted: %3</source>
        <translation>Шаблон %1 (%2) не отправлен: %3</translation>
    </message>
    <message>
        <source>Review: %1 · template ID %2</source>
        <translation>Модерация: %1 · ID шаблона %2</translation>
    </message>
    <message>
        <source>Review: %1 (%2) · template ID %3</source>
        <translation>Модерация: %1 (%2) · ID шаблона %3</translation>
    </message>
    <message>
        <source>(as submitted; changed since)</source>
        <translation>(как отправлен; с тех пор изменён)</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateDesk</name>
    <message>
        <source>Choose a profile to see its templates.</source>
        <translation>Выберите профиль, чтобы увидеть его шаблоны.</translation>
    </message>
    <message>
        <source>Template %1 (%2): fill its values.</source>
        <translation>Шаблон %1 (%2): заполните значения.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateForm</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Кнопки</translation>
    </message>
    <message>
        <source>Approved with the example: %1</source>
        <translation>Одобрен с примером: %1</translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation>Ограниченное предложение</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карточка %1</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Карточка %1: %2</translation>
    </message>
    <message>
        <source>Add &amp;card</source>
        <translation>&amp;Добавить карточку</translation>
    </message>
    <message>
        <source>Remove last card</source>
        <translation>Удалить последнюю карточку</translation>
    </message>
    <message>
        <source>Cards: %1/%2</source>
        <translation>Карточек: %1/%2</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Tap target</source>
        <translation>Переход по нажатию</translation>
    </message>
    <message>
        <source>This template has no variables: unless you override its tap target, it goes out exactly as it was approved.</source>
        <translation>В этом шаблоне нет переменных: если не заменить переход по нажатию, он уйдёт точно в том виде, в каком был одобрен.</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateLibrary</name>
    <message>
        <source>The templates arrived but could not be saved: %1</source>
        <translation>Шаблоны получены, но сохранить их не удалось: %1</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateListModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateParameterEditor</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Button payload</source>
        <translation>Payload кнопки</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код купона</translation>
    </message>
    <message>
        <source>Action (flow, catalog)</source>
        <translation>Действие (flow, каталог)</translation>
    </message>
    <message>
        <source>Call time to live</source>
        <translation>Время жизни звонка</translation>
    </message>
</context>
<context>
    <name>Wac::TemplateSlotEditor</name>
    <message>
        <source>Header {{%1}}</source>
        <translation>Заголовок {{%1}}</translation>
    </message>
    <message>
        <source>Header location</source>
        <translation>Место в заголовке</translation>
    </message>
    <message>
        <source>Button &quot;%1&quot;</source>
        <translation>Кнопка «%1»</translation>
    </message>
    <message>
        <source>Write a number with a point, e.g. 12.5.</source>
        <translation>Введите число с точкой, например 12.5.</translation>
    </message>
    <message>
        <source>Header image</source>
        <translation>Изображение в заголовке</translation>
    </message>
    <message>
        <source>Header video</source>
        <translation>Видео в заголовке</translation>
    </message>
    <message>
        <source>Header document</source>
        <translation>Документ в заголовке</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Offer expires</source>
        <translation>Окончание предложения</translation>
    </message>
    <message>
        <source>Call button valid for</source>
        <translation>Срок действия кнопки звонка</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Tap target</source>
        <translation>Переход по нажатию</translation>
    </message>
</context>
<context>
    <name>Wac::ThreadActions</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>R&amp;eact</source>
        <translation>&amp;Реакция</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <source>Copy &amp;WAMID</source>
        <translation>Копировать &amp;WAMID</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>Исходный &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>&amp;Fetch the file again</source>
        <translation>&amp;Получить файл заново</translation>
    </message>
    <message>
        <source>Reply quoting this message: the composer takes the customer and the message&apos;s WAMID</source>
        <translation>Ответить с цитатой этого сообщения: в редактор подставятся клиент и WAMID сообщения</translation>
    </message>
    <message>
        <source>React to this message with an emoji</source>
        <translation>Поставить на это сообщение реакцию эмодзи</translation>
    </message>
    <message>
        <source>The message&apos;s JSON as it was received or sent</source>
        <translation>JSON сообщения в том виде, в каком оно было получено или отправлено</translation>
    </message>
    <message>
        <source>The message&apos;s text is on the clipboard.</source>
        <translation>Текст сообщения скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s message as received</source>
        <translation>Сообщение клиента в полученном виде</translation>
    </message>
    <message>
        <source>Our message as sent</source>
        <translation>Наше сообщение в отправленном виде</translation>
    </message>
    <message>
        <source>&amp;Fetch the file here</source>
        <translation>&amp;Получить файл сюда</translation>
    </message>
</context>
<context>
    <name>Wac::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Simulate a &amp;customer message…</source>
        <translation>Имитировать сообщение &amp;клиента…</translation>
    </message>
    <message>
        <source>Write to the Sandbox as a customer: the message arrives by webhook and opens their 24-hour window.</source>
        <translation>Написать в песочницу от имени клиента: сообщение придёт вебхуком и откроет 24-часовое окно клиента.</translation>
    </message>
    <message>
        <source>Webhook &amp;deliveries…</source>
        <translation>&amp;Доставки вебхуков…</translation>
    </message>
    <message>
        <source>Offer &quot;Send anyway&quot; on every profile</source>
        <translation>Предлагать «Отправить всё равно» во всех профилях</translation>
    </message>
    <message>
        <source>Sending a message with errors shows the server&apos;s own validation; the Sandbox always offers it.</source>
        <translation>Отправка сообщения с ошибками показывает, как его проверяет сам сервер; в песочнице это доступно всегда.</translation>
    </message>
</context>
<context>
    <name>Wac::TypeList</name>
    <message>
        <source>A group receives text, media and templates only.</source>
        <translation>Группа принимает только текст, медиа и шаблоны.</translation>
    </message>
    <message>
        <source>Only a group&apos;s messages are pinned: choose Group beside the recipient.</source>
        <translation>Закрепляются только сообщения в группе: выберите «Группа» рядом с получателем.</translation>
    </message>
</context>
<context>
    <name>Wac::VariableSlotEditor</name>
    <message>
        <source>Value of {{%1}}</source>
        <translation>Значение {{%1}}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Date &amp; time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>Тип значения</translation>
    </message>
    <message>
        <source>Amount, e.g. 100.99</source>
        <translation>Сумма, например 100.99</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Код валюты</translation>
    </message>
    <message>
        <source>What the customer sees, e.g. $100.99 or May 3</source>
        <translation>Что увидит клиент, например 100,99 ₽ или 3 мая</translation>
    </message>
</context>
<context>
    <name>Wac::WebhookReceiver</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не удаётся принимать соединения на %1:%2: %3</translation>
    </message>
    <message>
        <source>More than %1 connections at once: this one was turned away</source>
        <translation>Больше %1 соединений одновременно: это соединение отклонено</translation>
    </message>
    <message>
        <source>No request was complete after %1 s</source>
        <translation>За %1 с не пришло ни одного полного запроса</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Не удалось записать снимок %1.</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API message console</source>
        <translation>Консоль сообщений WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>Start with this payload (JSON, or a curl command).</source>
        <translation>Открыть это тело сообщения (JSON или команду curl).</translation>
    </message>
    <message>
        <source>Render the window to this PNG and exit.</source>
        <translation>Отрисовать окно в этот PNG и выйти.</translation>
    </message>
    <message>
        <source>The theme: system, light or dark.</source>
        <translation>Тема: system, light или dark.</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>Размер окна для --screenshot.</translation>
    </message>
    <message>
        <source>Write the payload the form holds after loading, and exit.</source>
        <translation>Записать тело сообщения из формы после загрузки и выйти.</translation>
    </message>
    <message>
        <source>The Sandbox simulator did not start: %1</source>
        <translation>Симулятор Sandbox не запустился: %1</translation>
    </message>
    <message>
        <source>Sends are not recorded: %1</source>
        <translation>Отправки не записываются: %1</translation>
    </message>
    <message>
        <source>Template libraries are not kept: %1</source>
        <translation>Библиотеки шаблонов не сохраняются: %1</translation>
    </message>
    <message>
        <source>The port the Sandbox simulator listens on (default 8808).</source>
        <translation>Порт, на котором симулятор Sandbox принимает соединения (по умолчанию 8808).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Sends with no answer when waconsole last stopped, now marked &quot;outcome unknown&quot; in the history: %L1.</source>
        <translation>Отправок без ответа при прошлой остановке waconsole, теперь помеченных в истории «результат неизвестен»: %L1.</translation>
    </message>
    <message>
        <source>A payload to open, as with --open.</source>
        <translation>Тело сообщения для открытия, как с --open.</translation>
    </message>
    <message>
        <source>Open a window of its own even when waconsole already runs (by default the running one comes forward and opens the file).</source>
        <translation>Открыть собственное окно, даже если waconsole уже запущен (по умолчанию запущенный экземпляр выходит на передний план и открывает файл).</translation>
    </message>
    <message>
        <source>The window holds one message: give one file (--open or FILE), not %1.</source>
        <translation>Окно вмещает одно сообщение: укажите один файл (--open или FILE), а не %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <source>--theme is system, light or dark, not &quot;%1&quot;.</source>
        <translation>--theme — system, light или dark, а не «%1».</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>--size принимает ШИРИНАxВЫСОТА в пикселях, например 1280x800, а не «%1».</translation>
    </message>
    <message>
        <source>--sandbox-port is a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--sandbox-port — порт от 1 до 65535, а не «%1».</translation>
    </message>
    <message>
        <source>--size %1x%2 is smaller than the window can be: at least %3x%4.</source>
        <translation>--size %1x%2 меньше, чем может быть окно: не меньше %3x%4.</translation>
    </message>
    <message>
        <source>Open on this saved profile, with the history of its store (a team&apos;s PostgreSQL store: its password from the keychain).</source>
        <translation>Открыть с этим сохранённым профилем и историей его хранилища (для командного хранилища PostgreSQL пароль берётся из связки ключей).</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot;.</source>
        <translation>Сохранённого профиля «%1» нет.</translation>
    </message>
</context>
<context>
    <name>waconsole_sim</name>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Порт для приёма соединений (по умолчанию — любой свободный).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адрес для приёма соединений (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <source>Template library: a {&quot;data&quot;: [templates]} JSON file.</source>
        <translation>Библиотека шаблонов: JSON-файл вида {&quot;data&quot;: [шаблоны]}.</translation>
    </message>
    <message>
        <source>waconsole-sim: --fault %1: %2</source>
        <translation>waconsole-sim: --fault %1: %2</translation>
    </message>
    <message>
        <source>waconsole-sim: not an address: %1</source>
        <translation>waconsole-sim: это не адрес: %1</translation>
    </message>
    <message>
        <source>waconsole-sim: %1</source>
        <translation>waconsole-sim: %1</translation>
    </message>
    <message>
        <source>  phone number id %1 (%2), WABA id %3, %4 templates</source>
        <translation>  ID номера телефона %1 (%2), ID WABA %3, шаблонов: %4</translation>
    </message>
    <message>
        <source>waconsole-sim stopped</source>
        <translation>waconsole-sim остановлен</translation>
    </message>
    <message>
        <source>Send a customer message to a running simulator.</source>
        <translation>Отправить сообщение клиента работающему симулятору.</translation>
    </message>
    <message>
        <source>A callback URL for webhooks (repeatable).</source>
        <translation>URL обратного вызова для вебхуков (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>The app secret that signs webhooks (or set WACONSOLE_SIM_APP_SECRET, which other users cannot read in the process list).</source>
        <translation>Секрет приложения для подписи вебхуков (или задайте WACONSOLE_SIM_APP_SECRET — другие пользователи не увидят его в списке процессов).</translation>
    </message>
    <message>
        <source>Free-form sends outside the 24-hour window: async (accepted, then a failed webhook; default) or sync (400 at once).</source>
        <translation>Свободные сообщения вне 24-часового окна: async (принято, затем вебхук failed; по умолчанию) или sync (сразу 400).</translation>
    </message>
    <message>
        <source>Turn off the pair rate and throughput limits.</source>
        <translation>Отключить ограничения частоты для пары и пропускной способности.</translation>
    </message>
    <message>
        <source>inbound: the running simulator&apos;s URL.</source>
        <translation>inbound: URL работающего симулятора.</translation>
    </message>
    <message>
        <source>inbound: the customer&apos;s phone number.</source>
        <translation>inbound: номер телефона клиента.</translation>
    </message>
    <message>
        <source>inbound: the message text.</source>
        <translation>inbound: текст сообщения.</translation>
    </message>
    <message>
        <source>inbound: the customer&apos;s profile name.</source>
        <translation>inbound: имя профиля клиента.</translation>
    </message>
    <message>
        <source>waconsole-sim: --window-errors is async or sync</source>
        <translation>waconsole-sim: --window-errors принимает async или sync</translation>
    </message>
    <message>
        <source>inbound: the file an image, document, audio or sticker sends (default: a built-in sample).</source>
        <translation>inbound: файл, который отправляют image, document, audio или sticker (по умолчанию — встроенный образец).</translation>
    </message>
    <message>
        <source>inbound: the file&apos;s MIME type (default: guessed from --file).</source>
        <translation>inbound: MIME-тип файла (по умолчанию определяется по --file).</translation>
    </message>
    <message>
        <source>inbound: an image&apos;s or document&apos;s caption.</source>
        <translation>inbound: подпись изображения или документа.</translation>
    </message>
    <message>
        <source>inbound: a document&apos;s file name.</source>
        <translation>inbound: имя файла документа.</translation>
    </message>
    <message>
        <source>inbound: the audio is a voice note.</source>
        <translation>inbound: аудио — голосовое сообщение.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s latitude.</source>
        <translation>inbound: широта местоположения.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s longitude.</source>
        <translation>inbound: долгота местоположения.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s name.</source>
        <translation>inbound: название места.</translation>
    </message>
    <message>
        <source>inbound: a location&apos;s address.</source>
        <translation>inbound: адрес места.</translation>
    </message>
    <message>
        <source>inbound: the ID of the reply button tapped.</source>
        <translation>inbound: ID нажатой кнопки ответа.</translation>
    </message>
    <message>
        <source>inbound: the title of the reply button tapped.</source>
        <translation>inbound: заголовок нажатой кнопки ответа.</translation>
    </message>
    <message>
        <source>inbound: the WAMID of the message replied to.</source>
        <translation>inbound: WAMID сообщения, на которое дан ответ.</translation>
    </message>
    <message>
        <source>inbound: the WAMID a reaction is to.</source>
        <translation>inbound: WAMID сообщения, на которое ставится реакция.</translation>
    </message>
    <message>
        <source>inbound: a reaction&apos;s emoji (none: the reaction is removed).</source>
        <translation>inbound: эмодзи реакции (если не указан, реакция снимается).</translation>
    </message>
    <message>
        <source>--%1 must be a number</source>
        <translation>--%1 должен быть числом</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Usage: waconsole-sim inbound --url URL --from NUMBER [--type TYPE] [--text TEXT] [--name NAME] … (see --help)</source>
        <translation>Использование: waconsole-sim inbound --url URL --from NUMBER [--type TYPE] [--text TEXT] [--name NAME] … (см. --help)</translation>
    </message>
    <message>
        <source>Queue a fault: mode[:count[:path]]; modes delay, hang, close, reset, http500, http502, http503, malformed, empty, ratelimit, http404 (repeatable).</source>
        <translation>Поставить сбой в очередь: режим[:количество[:путь]]; режимы delay, hang, close, reset, http500, http502, http503, malformed, empty, ratelimit, http404 (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>An access token to accept (repeatable; default sandbox-token). Or set WACONSOLE_SIM_TOKEN, which other users cannot read in the process list.</source>
        <translation>Принимаемый токен доступа (можно указать несколько раз; по умолчанию sandbox-token). Или задайте WACONSOLE_SIM_TOKEN — другие пользователи не увидят его в списке процессов.</translation>
    </message>
    <message>
        <source>Uploaded and received files kept in memory, in MiB (default 256): the oldest go first. Graph keeps a file 30 days; so does the simulator, by its clock.</source>
        <translation>Объём памяти для загруженных и полученных файлов, в МиБ (по умолчанию 256): первыми удаляются самые старые. Graph хранит файл 30 дней; симулятор тоже, по своим часам.</translation>
    </message>
    <message>
        <source>Close a connection that sent nothing for this many seconds (default 30).</source>
        <translation>Закрывать соединение, по которому ничего не приходило столько секунд (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Answer 408 to a request that is not whole this many seconds after its first byte (default 30).</source>
        <translation>Отвечать 408 на запрос, не пришедший целиком через столько секунд после первого байта (по умолчанию 30).</translation>
    </message>
    <message>
        <source>waconsole-sim: --%1 takes a whole number from 1 to %2</source>
        <translation>waconsole-sim: --%1 принимает целое число от 1 до %2</translation>
    </message>
    <message>
        <source>inbound: text (default), image, document, audio, sticker, location, button_reply, reaction, call_permission_reply or contact_info.</source>
        <translation>inbound: text (по умолчанию), image, document, audio, sticker, location, button_reply, reaction, call_permission_reply или contact_info.</translation>
    </message>
    <message>
        <source>inbound: button_reply: the card of the carousel (--context) whose quick reply is tapped.</source>
        <translation>inbound: button_reply: карточка карусели (--context), чей быстрый ответ нажат.</translation>
    </message>
    <message>
        <source>inbound: button_reply: that card&apos;s quick reply tapped (default 0).</source>
        <translation>inbound: button_reply: какой быстрый ответ этой карточки нажат (по умолчанию 0).</translation>
    </message>
    <message>
        <source>inbound: call_permission_reply: accept or reject the request (--context).</source>
        <translation>inbound: call_permission_reply: accept или reject — принять или отклонить запрос (--context).</translation>
    </message>
    <message>
        <source>inbound: call_permission_reply: the permission is permanent.</source>
        <translation>inbound: call_permission_reply: разрешение бессрочное.</translation>
    </message>
    <message>
        <source>inbound: call_permission_reply: user_action (default) or automatic.</source>
        <translation>inbound: call_permission_reply: user_action (по умолчанию) или automatic.</translation>
    </message>
    <message>
        <source>inbound: contact_info: the customer&apos;s business-scoped user ID.</source>
        <translation>inbound: contact_info: ID пользователя клиента в рамках компании.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0</source>
        <translation>--%1 должно быть целым числом от 0</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API simulator on loopback.
Graph endpoints: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, GET|POST|DELETE /{version}/{waba-id}/message_templates, GET|POST /{version}/{template-id}, GET|POST|DELETE /{version}/{waba-id}/subscribed_apps.
Control: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, POST /_sim/inbound, POST /_sim/payment, GET|POST /_sim/clock, GET|POST /_sim/options.
&quot;waconsole-sim inbound --url URL --from NUMBER&quot; sends a customer message to a running simulator.</source>
        <translation>Симулятор WhatsApp Cloud API на петлевом интерфейсе (loopback).
Эндпоинты Graph: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, GET|POST|DELETE /{version}/{waba-id}/message_templates, GET|POST /{version}/{template-id}, GET|POST|DELETE /{version}/{waba-id}/subscribed_apps.
Управление: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, POST /_sim/inbound, POST /_sim/payment, GET|POST /_sim/clock, GET|POST /_sim/options.
&quot;waconsole-sim inbound --url URL --from NUMBER&quot; отправляет сообщение клиента в работающий симулятор.</translation>
    </message>
    <message>
        <source>Keep a created or edited template PENDING this many seconds of the simulator&apos;s clock before approving it, or rejecting it when its name contains &quot;reject&quot; (default 5; 0: at once).</source>
        <translation>Держать созданный или изменённый шаблон в статусе PENDING столько секунд по часам симулятора, прежде чем одобрить его или — если в имени есть «reject» — отклонить (по умолчанию 5; 0 — сразу).</translation>
    </message>
    <message>
        <source>waconsole-sim: --template-review-seconds takes a whole number from 0 to %1</source>
        <translation>waconsole-sim: --template-review-seconds принимает целое число от 0 до %1</translation>
    </message>
</context>
</TS>
