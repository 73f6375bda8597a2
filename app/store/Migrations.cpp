#include "Migrations.h"

namespace casedesk {

// Released steps are never edited: a cache of every released version must keep migrating.
// tests/data/migrations holds one fixture per version.
const QList<Migration> &cacheMigrations()
{
    static const QList<Migration> steps{
            {1,
             false,
             {
                     QStringLiteral("CREATE TABLE items ("
                                    " code TEXT PRIMARY KEY,"
                                    " name TEXT NOT NULL,"
                                    " department TEXT,"
                                    " legal_limit INTEGER,"
                                    " legal_unit TEXT,"
                                    " promised_limit INTEGER,"
                                    " promised_unit TEXT,"
                                    " json TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE cases ("
                                    " id TEXT PRIMARY KEY,"
                                    " case_no TEXT NOT NULL,"
                                    " item_code TEXT,"
                                    " item_name TEXT,"
                                    " department TEXT,"
                                    " applicant_name TEXT,"
                                    " stage TEXT NOT NULL,"
                                    " received_at INTEGER,"
                                    " due_date TEXT,"
                                    " warn_from TEXT,"
                                    " claimed_by TEXT,"
                                    " version INTEGER NOT NULL DEFAULT 0,"
                                    " json TEXT NOT NULL)"),
                     QStringLiteral(
                             "CREATE INDEX cases_by_received ON cases(received_at DESC, id)"),
                     QStringLiteral(
                             "CREATE INDEX cases_by_stage ON cases(stage, received_at DESC)"),
                     QStringLiteral("CREATE INDEX cases_by_due ON cases(due_date, id)"),
                     QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)"),
             }},
            // The outbox: every local action, kept until the platform has applied it or the
            // clerk discards it with a reason. local_stage shows an action's effect at once.
            {2,
             false,
             {
                     QStringLiteral("ALTER TABLE cases ADD COLUMN local_stage TEXT"),
                     QStringLiteral("CREATE TABLE outbox ("
                                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                    " case_id TEXT NOT NULL,"
                                    " verb TEXT NOT NULL,"
                                    " payload TEXT NOT NULL,"
                                    " idem_key TEXT NOT NULL UNIQUE,"
                                    " base_version INTEGER,"
                                    " user TEXT NOT NULL,"
                                    " created_at INTEGER NOT NULL,"
                                    " state TEXT NOT NULL DEFAULT 'pending',"
                                    " attempts INTEGER NOT NULL DEFAULT 0,"
                                    " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                                    " last_error TEXT,"
                                    " conflict_json TEXT)"),
                     QStringLiteral("CREATE INDEX outbox_by_case ON outbox(case_id, id)"),
                     // Material files, encrypted in profile/vault; this indexes them for quota and
                     // LRU.
                     QStringLiteral(
                             "CREATE TABLE vault (case_id TEXT NOT NULL, material_id TEXT NOT NULL,"
                             " file TEXT NOT NULL, mime TEXT, size INTEGER NOT NULL, stored_size "
                             "INTEGER NOT NULL,"
                             " last_used INTEGER NOT NULL, keep INTEGER NOT NULL DEFAULT 0,"
                             " PRIMARY KEY (case_id, material_id))"),
                     // Calendars the platform published, overriding the shipped ones.
                     QStringLiteral("CREATE TABLE calendars (year INTEGER PRIMARY KEY, json TEXT "
                                    "NOT NULL)"),
                     // Search: trigrams find any part of a 申报号, a name, an item or a material
                     // (3+ characters); shorter queries use the name and number indexes as
                     // prefixes. The index reads its text from the cases table; triggers keep it
                     // current and touch it only when a searched column really changes.
                     QStringLiteral("ALTER TABLE cases ADD COLUMN material_names TEXT"),
                     QStringLiteral("UPDATE cases SET material_names = (SELECT "
                                    "group_concat(json_extract(value, '$.name'), ' ') "
                                    "FROM json_each(cases.json, '$.materials'))"),
                     QStringLiteral("CREATE VIRTUAL TABLE cases_fts USING fts5(case_no, "
                                    "applicant_name, item_name, "
                                    "material_names, content='cases', content_rowid='rowid', "
                                    "tokenize='trigram')"),
                     QStringLiteral("INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')"),
                     QStringLiteral("CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN "
                                    "INSERT INTO cases_fts(rowid, case_no, applicant_name, "
                                    "item_name, material_names) "
                                    "VALUES (new.rowid, new.case_no, new.applicant_name, "
                                    "new.item_name, new.material_names); END"),
                     QStringLiteral("CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN "
                                    "INSERT INTO cases_fts(cases_fts, rowid, case_no, "
                                    "applicant_name, item_name, material_names) "
                                    "VALUES ('delete', old.rowid, old.case_no, old.applicant_name, "
                                    "old.item_name, "
                                    "old.material_names); END"),
                     QStringLiteral("CREATE TRIGGER cases_fts_update AFTER UPDATE OF case_no, "
                                    "applicant_name, item_name, "
                                    "material_names ON cases WHEN old.case_no IS NOT new.case_no "
                                    "OR old.applicant_name IS NOT new.applicant_name OR "
                                    "old.item_name IS NOT new.item_name "
                                    "OR old.material_names IS NOT new.material_names BEGIN "
                                    "INSERT INTO cases_fts(cases_fts, rowid, case_no, "
                                    "applicant_name, item_name, material_names) "
                                    "VALUES ('delete', old.rowid, old.case_no, old.applicant_name, "
                                    "old.item_name, "
                                    "old.material_names); "
                                    "INSERT INTO cases_fts(rowid, case_no, applicant_name, "
                                    "item_name, material_names) "
                                    "VALUES (new.rowid, new.case_no, new.applicant_name, "
                                    "new.item_name, new.material_names); END"),
                     QStringLiteral("CREATE INDEX cases_by_applicant ON cases(applicant_name, id)"),
                     QStringLiteral("CREATE INDEX cases_by_case_no ON cases(case_no)"),
                     QStringLiteral("CREATE TABLE outbox_discarded ("
                                    " id INTEGER PRIMARY KEY,"
                                    " case_id TEXT NOT NULL,"
                                    " verb TEXT NOT NULL,"
                                    " payload TEXT NOT NULL,"
                                    " idem_key TEXT NOT NULL,"
                                    " reason TEXT NOT NULL,"
                                    " discarded_by TEXT NOT NULL,"
                                    " discarded_at INTEGER NOT NULL)"),
             }},
            // The audit trail (security/AuditLog): an SM3 hash chain, one row per entry.
            {3,
             false,
             {
                     QStringLiteral("CREATE TABLE audit (seq INTEGER PRIMARY KEY, at INTEGER NOT "
                                    "NULL, user TEXT NOT NULL,"
                                    " kind TEXT NOT NULL, subject TEXT, detail TEXT, prev_hash "
                                    "TEXT NOT NULL,"
                                    " hash TEXT NOT NULL)"),
                     // Sorting by deadline puts cases without a running clock last in both
                     // directions (CaseStore's orderBy); these indexes serve exactly those orders.
                     QStringLiteral("CREATE INDEX cases_by_due_asc ON cases(due_date IS NULL, "
                                    "due_date, id)"),
                     QStringLiteral("CREATE INDEX cases_by_due_desc ON cases(due_date IS NULL, "
                                    "due_date DESC, id DESC)"),
             }},
            // Personal data at rest: the applicant's ID number, phone, address and e-mail are
            // sealed by CaseStore from now on. Rows written before are cleared of them, and the
            // feed position is dropped so the next sync fetches every case again, sealed.
            // Not "destructive": a backup copy would keep the very data this step removes.
            {4,
             false,
             {
                     QStringLiteral("UPDATE cases SET json = json_set(json_remove(json, "
                                    "'$.applicant.idNumber', '$.applicant.phone', "
                                    "'$.applicant.address', '$.applicant.email'), "
                                    "'$.applicant.sealed', '') "
                                    "WHERE json_type(json, '$.applicant.sealed') IS NULL"),
                     QStringLiteral("UPDATE outbox SET conflict_json = json_remove(conflict_json, "
                                    "'$.applicant.idNumber', '$.applicant.phone', "
                                    "'$.applicant.address', '$.applicant.email') "
                                    "WHERE conflict_json IS NOT NULL"),
                     QStringLiteral("DELETE FROM sync_state WHERE key = 'feed_cursor'"),
             }},
            // The stage queues filter on the stage the clerk sees (a pending local action's
            // effect first); without this index each queue's count read the whole table.
            {5,
             false,
             {
                     QStringLiteral("CREATE INDEX cases_by_shown_stage ON cases("
                                    "COALESCE(local_stage, stage), received_at DESC, id)"),
                     // The applicants' ratings (好差评), shown with their case.
                     QStringLiteral("CREATE TABLE ratings (id TEXT PRIMARY KEY, case_id TEXT NOT "
                                    "NULL, json TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX ratings_by_case ON ratings(case_id)"),
             }},
            // 文号 blocks reserved on the platform, numbered from offline (notices/NoticeNumbers).
            {6,
             false,
             {
                     QStringLiteral("CREATE TABLE number_blocks (kind TEXT NOT NULL, year INTEGER "
                                    "NOT NULL, prefix TEXT NOT NULL, first INTEGER NOT NULL,"
                                    " next INTEGER NOT NULL, last INTEGER NOT NULL,"
                                    " PRIMARY KEY (kind, year, first))"),
             }},
            // 7: issued notices. The signed PDF itself lives in the vault; a row is the register
            // entry, and `state` says whether the platform has it. A reissue points at the notice
            // it replaces, so the history stays.
            {7,
             false,
             {
                     QStringLiteral("CREATE TABLE notices (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                    " case_id TEXT NOT NULL, kind TEXT NOT NULL,"
                                    " number TEXT NOT NULL UNIQUE, issued_at TEXT NOT NULL,"
                                    " issued_by TEXT NOT NULL, sha256 TEXT NOT NULL,"
                                    " size INTEGER NOT NULL, seal_record TEXT NOT NULL,"
                                    " replaces INTEGER REFERENCES notices(id),"
                                    " state TEXT NOT NULL DEFAULT 'pending',"
                                    " platform_id TEXT, last_error TEXT)"),
                     QStringLiteral("CREATE INDEX notices_by_case ON notices(case_id, id)"),
             }},
            // 8: the clerk's material checklist per case (cases/MaterialChecklist), kept across
            // sessions and offline until the case is decided.
            {8,
             false,
             {
                     QStringLiteral("CREATE TABLE checklists (case_id TEXT PRIMARY KEY,"
                                    " json TEXT NOT NULL, updated_at TEXT NOT NULL,"
                                    " updated_by TEXT NOT NULL)"),
             }},
            // 9: the search index can be built after a large pull instead of row by row
            // (store/SearchIndex). While sync_state holds 'search_index_upto', the index covers
            // the rows up to that rowid only, and the triggers keep exactly those up to date.
            // cases_by_stage gave way to cases_by_shown_stage in 5 and served no query since.
            {9,
             false,
             {
                     QStringLiteral("DROP INDEX cases_by_stage"),
                     QStringLiteral("DROP TRIGGER cases_fts_insert"),
                     QStringLiteral("DROP TRIGGER cases_fts_delete"),
                     QStringLiteral("DROP TRIGGER cases_fts_update"),
                     QStringLiteral("CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases "
                                    "WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = "
                                    "'search_index_upto' AND CAST(value AS INTEGER) < new.rowid) "
                                    "BEGIN "
                                    "INSERT INTO cases_fts(rowid, case_no, applicant_name, "
                                    "item_name, material_names) "
                                    "VALUES (new.rowid, new.case_no, new.applicant_name, "
                                    "new.item_name, new.material_names); END"),
                     QStringLiteral("CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases "
                                    "WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = "
                                    "'search_index_upto' AND CAST(value AS INTEGER) < old.rowid) "
                                    "BEGIN "
                                    "INSERT INTO cases_fts(cases_fts, rowid, case_no, "
                                    "applicant_name, item_name, material_names) "
                                    "VALUES ('delete', old.rowid, old.case_no, old.applicant_name, "
                                    "old.item_name, old.material_names); END"),
                     QStringLiteral("CREATE TRIGGER cases_fts_update AFTER UPDATE OF case_no, "
                                    "applicant_name, item_name, material_names ON cases "
                                    "WHEN (old.case_no IS NOT new.case_no "
                                    "OR old.applicant_name IS NOT new.applicant_name "
                                    "OR old.item_name IS NOT new.item_name "
                                    "OR old.material_names IS NOT new.material_names) "
                                    "AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = "
                                    "'search_index_upto' AND CAST(value AS INTEGER) < old.rowid) "
                                    "BEGIN "
                                    "INSERT INTO cases_fts(cases_fts, rowid, case_no, "
                                    "applicant_name, item_name, material_names) "
                                    "VALUES ('delete', old.rowid, old.case_no, old.applicant_name, "
                                    "old.item_name, old.material_names); "
                                    "INSERT INTO cases_fts(rowid, case_no, applicant_name, "
                                    "item_name, material_names) "
                                    "VALUES (new.rowid, new.case_no, new.applicant_name, "
                                    "new.item_name, new.material_names); END"),
             }},
            // 10: the agency head's queue (extensions requested) without a scan of every case.
            {10,
             false,
             {
                     QStringLiteral("CREATE INDEX cases_by_extension ON cases(received_at DESC, "
                                    "id) WHERE json_extract(json, '$.extensionRequest') IS NOT "
                                    "NULL"),
             }},
            // 11: records of the feed the client could not read, kept aside and fetched again
            // (store/Quarantine) instead of holding the feed or being skipped.
            {11,
             false,
             {
                     QStringLiteral("CREATE TABLE quarantine ("
                                    " type TEXT NOT NULL,"
                                    " id TEXT NOT NULL,"
                                    " error TEXT NOT NULL,"
                                    " data BLOB,"
                                    " first_seen INTEGER NOT NULL,"
                                    " last_tried INTEGER NOT NULL,"
                                    " attempts INTEGER NOT NULL DEFAULT 1,"
                                    " PRIMARY KEY (type, id))"),
             }},
            // 12: applications registered at the counter (窗口收件): the provisional number they
            // had until the platform created them, the platform's after, and the application
            // itself (its personal data sealed) for the receipt and its reprint.
            {12,
             false,
             {
                     QStringLiteral("CREATE TABLE intakes ("
                                    " provisional_id TEXT PRIMARY KEY,"
                                    " provisional_no TEXT NOT NULL UNIQUE,"
                                    " case_id TEXT UNIQUE,"
                                    " case_no TEXT,"
                                    " registered_at INTEGER NOT NULL,"
                                    " user TEXT NOT NULL,"
                                    " application TEXT NOT NULL)"),
             }},
            // 13: files on their way to the platform (materials scanned at the counter, the
            // receipt), each revision of a file once, resumable from the offset reached.
            {13,
             false,
             {
                     QStringLiteral("CREATE TABLE uploads ("
                                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                    " case_id TEXT NOT NULL,"
                                    " vault_case TEXT NOT NULL,"
                                    " slot TEXT NOT NULL,"
                                    " revision INTEGER NOT NULL,"
                                    " vault_id TEXT NOT NULL,"
                                    " name TEXT NOT NULL,"
                                    " file_name TEXT NOT NULL,"
                                    " category TEXT NOT NULL,"
                                    " mime TEXT NOT NULL,"
                                    " size INTEGER NOT NULL,"
                                    " sha256 TEXT NOT NULL,"
                                    " idem_key TEXT NOT NULL UNIQUE,"
                                    " upload_id TEXT,"
                                    " received INTEGER NOT NULL DEFAULT 0,"
                                    " state TEXT NOT NULL DEFAULT 'pending',"
                                    " material_id TEXT,"
                                    " version INTEGER,"
                                    " attempts INTEGER NOT NULL DEFAULT 0,"
                                    " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                                    " last_error TEXT,"
                                    " user TEXT NOT NULL,"
                                    " created_at INTEGER NOT NULL,"
                                    " done_at INTEGER,"
                                    " UNIQUE (vault_case, slot, revision))"),
                     QStringLiteral("CREATE INDEX uploads_by_case ON uploads(case_id, id)"),
             }},
    };
    return steps;
}

} // namespace casedesk
