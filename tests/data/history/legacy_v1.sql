-- The schema and rows of history version 1, from which legacy_v1.sqlite was made
-- (sqlite3 legacy_v1.sqlite < legacy_v1.sql). tst_historystore migrates a copy of it.
CREATE TABLE meta (name TEXT PRIMARY KEY, value);
INSERT INTO meta VALUES ('schemaVersion', 1);
CREATE TABLE messages (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL,
    account TEXT NOT NULL, recipient TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '',
    request_json TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, response_json TEXT,
    wamid TEXT, error_code INTEGER NOT NULL DEFAULT 0, error_message TEXT NOT NULL DEFAULT '');
INSERT INTO messages VALUES (1, 1763380800000, 'Sandbox', '+1 555-0100', 'text',
    '{"messaging_product":"whatsapp","to":"+1 555-0100","type":"text","text":{"body":"Your order 4412 has shipped"}}',
    200, '{"messaging_product":"whatsapp","contacts":[{"input":"+1 555-0100","wa_id":"15550100"}],"messages":[{"id":"wamid.LEGACY1"}]}',
    'wamid.LEGACY1', 0, '');
INSERT INTO messages VALUES (2, 1763384400000, 'Production', '+55 11 91234-5678', 'template',
    '{"messaging_product":"whatsapp","to":"+55 11 91234-5678","type":"template","template":{"name":"order_update","language":{"code":"pt_BR"}}}',
    400, '{"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001,"fbtrace_id":"AbCdEf"}}',
    NULL, 132001, '(#132001) Template name does not exist in the translation');
INSERT INTO messages VALUES (3, 1763388000000, 'Sandbox', '+44 7700 900123', 'text',
    '{"messaging_product":"whatsapp","context":{"message_id":"wamid.LEGACY1"},"to":"+44 7700 900123","type":"text","text":{"body":"Привет, refund approved"}}',
    0, NULL, NULL, 0, 'The connection closed before the answer came');
