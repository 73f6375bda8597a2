#pragma once

#include <QJsonArray>
#include <QString>

namespace casedesk {

class Database;

// The clerk's material checklists (cases/MaterialChecklist), one per case, in the cache.
class ChecklistStore
{
public:
    explicit ChecklistStore(Database &db) : m_db(db) { }
    // Empty when the case has none yet.
    QJsonArray load(const QString &caseId) const;
    bool save(const QString &caseId, const QJsonArray &checklist, const QString &user);

private:
    Database &m_db;
};

} // namespace casedesk
