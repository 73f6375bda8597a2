#include "ChecklistStore.h"

#include "Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace casedesk {

QJsonArray ChecklistStore::load(const QString &caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT json FROM checklists WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!Database::exec(q) || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).array();
}

bool ChecklistStore::save(const QString &caseId, const QJsonArray &checklist, const QString &user)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO checklists(case_id, json, updated_at, updated_by) VALUES "
                             "(?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET json = "
                             "excluded.json, updated_at = excluded.updated_at, updated_by = "
                             "excluded.updated_by"));
    q.addBindValue(caseId);
    q.addBindValue(QJsonDocument(checklist).toJson(QJsonDocument::Compact));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(user);
    return Database::exec(q);
}

} // namespace casedesk
