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
    };
    return steps;
}

} // namespace casedesk
