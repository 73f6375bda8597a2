-- A cache as CaseDesk 0.1 (schema 1) left it. Later schema versions must migrate it.
CREATE TABLE items ( code TEXT PRIMARY KEY, name TEXT NOT NULL, department TEXT, legal_limit INTEGER, legal_unit TEXT, promised_limit INTEGER, promised_unit TEXT, json TEXT NOT NULL);
CREATE TABLE cases ( id TEXT PRIMARY KEY, case_no TEXT NOT NULL, item_code TEXT, item_name TEXT, department TEXT, applicant_name TEXT, stage TEXT NOT NULL, received_at INTEGER, due_date TEXT, warn_from TEXT, claimed_by TEXT, version INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL);
CREATE INDEX cases_by_received ON cases(received_at DESC, id);
CREATE INDEX cases_by_stage ON cases(stage, received_at DESC);
CREATE INDEX cases_by_due ON cases(due_date, id);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO items VALUES ('620102-SCJG-XK-001', '食品经营许可（新办）', 'SCJG', 10, 'working', 5, 'working', '{}');
INSERT INTO cases VALUES ('c00000001', '62010220261120000001', '620102-SCJG-XK-001', '食品经营许可（新办）', 'SCJG', '张伟', 'review', 1795663800, '2026-11-27', '2026-11-25', 'clerk1', 4, '{"id":"c00000001","applicant":{"kind":"person","name":"张伟","idNumber":"620102199003071234","phone":"13912345678","address":"甘肃省兰州市城关区张掖路1号"}}');
INSERT INTO sync_state VALUES ('feed_cursor', 'ZjE6MTA');
PRAGMA user_version = 1;
