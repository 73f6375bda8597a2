#include "ServiceCatalogue.h"

#include "CaseStore.h" // CacheBatch
#include "Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {
QString unitColumn(LimitUnit unit)
{
    return unit == LimitUnit::NaturalDays ? QStringLiteral("natural") : QStringLiteral("working");
}

LimitUnit unitFromColumn(const QString &value)
{
    return value == QLatin1String("natural") ? LimitUnit::NaturalDays : LimitUnit::WorkingDays;
}

QList<Role> chainFromRecord(const QJsonValue &value)
{
    QList<Role> chain;
    for (const QJsonValue &v : value.toArray()) {
        if (const std::optional<Role> role = roleFromName(v.toString()))
            chain.append(*role);
    }
    return chain.isEmpty() ? QList<Role>{Role::Chief} : chain;
}

// What of an item the columns do not hold, as JSON in the `json` column. The keys are the
// platform's (older caches kept the platform's record there), so both read alike.
QByteArray itemRecord(const ServiceItem &item)
{
    QJsonArray materials;
    for (const RequiredMaterial &m : item.materials)
        materials.append(QJsonObject{{QStringLiteral("name"), m.name},
                                     {QStringLiteral("required"), m.required},
                                     {QStringLiteral("original"), m.original}});
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), item.kind},
                                     {QStringLiteral("legalBasis"), item.legalBasis},
                                     {QStringLiteral("fees"), item.fees},
                                     {QStringLiteral("materials"), materials},
                                     {QStringLiteral("approvalChain"),
                                      QJsonObject{{QStringLiteral("grant"),
                                                   QJsonArray::fromStringList(
                                                           roleNames(item.approvalChains.grant))},
                                                  {QStringLiteral("deny"),
                                                   QJsonArray::fromStringList(
                                                           roleNames(item.approvalChains.deny))}}}})
            .toJson(QJsonDocument::Compact);
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("CaseStore", "Writing to the local cache failed: %1")
                         .arg(Database::errorText(q.lastError()));
    return false;
}
} // namespace

ServiceCatalogue::ServiceCatalogue(Database &db, WorkCalendar shipped)
    : m_db(db), m_shipped(std::move(shipped)), m_calendar(m_shipped)
{
    reload();
}

void ServiceCatalogue::reload()
{
    m_items = loadedItems();
    WorkCalendar calendar = m_shipped;
    QSqlQuery q(m_db.connection());
    if (Database::exec(q, QStringLiteral("SELECT json FROM calendars ORDER BY year"))) {
        while (q.next())
            calendar.addYear(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    m_calendar = std::move(calendar);
}

QHash<QString, ServiceItem> ServiceCatalogue::loadedItems() const
{
    QHash<QString, ServiceItem> loaded;
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q,
                        QStringLiteral("SELECT code, name, department, legal_limit, legal_unit, "
                                       "promised_limit, promised_unit, json FROM items")))
        return loaded;
    while (q.next()) {
        ServiceItem item;
        item.code = q.value(0).toString();
        item.name = q.value(1).toString();
        item.department = q.value(2).toString();
        item.legalLimit = {q.value(3).toInt(), unitFromColumn(q.value(4).toString())};
        item.promisedLimit = {q.value(5).toInt(), unitFromColumn(q.value(6).toString())};
        const QJsonObject record = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        item.kind = record.value(QStringLiteral("kind")).toString();
        item.legalBasis = record.value(QStringLiteral("legalBasis")).toString();
        item.fees = record.value(QStringLiteral("fees")).toString();
        for (const QJsonValue &v : record.value(QStringLiteral("materials")).toArray()) {
            const QJsonObject m = v.toObject();
            item.materials.append({m.value(QStringLiteral("name")).toString(),
                                   m.value(QStringLiteral("required")).toBool(true),
                                   m.value(QStringLiteral("original")).toBool(false)});
        }
        const QJsonObject chains = record.value(QStringLiteral("approvalChain")).toObject();
        item.approvalChains = {chainFromRecord(chains.value(QStringLiteral("grant"))),
                               chainFromRecord(chains.value(QStringLiteral("deny")))};
        loaded.insert(item.code, item);
    }
    return loaded;
}

std::optional<ServiceItem> ServiceCatalogue::item(const QString &code) const
{
    auto it = m_items.constFind(code);
    if (it == m_items.cend()) {
        m_items = loadedItems();
        it = m_items.constFind(code);
    }
    if (it == m_items.cend())
        return std::nullopt;
    return *it;
}

QList<ServiceItem> ServiceCatalogue::items() const
{
    if (m_items.isEmpty())
        m_items = loadedItems();
    return m_items.values();
}

ServiceCatalogue::Change ServiceCatalogue::changedBy(const CacheBatch &batch) const
{
    Change change{m_items, m_calendar};
    for (const ServiceItem &item : batch.items)
        change.items.insert(item.code, item);
    for (const QString &code : batch.deletedItems)
        change.items.remove(code);
    for (const QJsonObject &year : batch.calendars)
        change.calendar.addYear(year);
    return change;
}

bool ServiceCatalogue::write(const CacheBatch &batch, QString *error)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery putItem(db);
    putItem.prepare(QStringLiteral("INSERT OR REPLACE INTO items(code, name, department, "
                                   "legal_limit, legal_unit, promised_limit, promised_unit, json) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ServiceItem &item : batch.items) {
        putItem.bindValue(0, item.code);
        putItem.bindValue(1, item.name);
        putItem.bindValue(2, item.department);
        putItem.bindValue(3, item.legalLimit.value);
        putItem.bindValue(4, unitColumn(item.legalLimit.unit));
        putItem.bindValue(5, item.promisedLimit.value);
        putItem.bindValue(6, unitColumn(item.promisedLimit.unit));
        putItem.bindValue(7, itemRecord(item));
        if (!Database::exec(putItem))
            return failed(putItem, error);
    }
    QSqlQuery dropItem(db);
    dropItem.prepare(QStringLiteral("DELETE FROM items WHERE code = ?"));
    for (const QString &code : batch.deletedItems) {
        dropItem.bindValue(0, code);
        if (!Database::exec(dropItem))
            return failed(dropItem, error);
    }
    QSqlQuery putYear(db);
    putYear.prepare(QStringLiteral("INSERT OR REPLACE INTO calendars(year, json) VALUES (?, ?)"));
    for (const QJsonObject &year : batch.calendars) {
        putYear.bindValue(0, year.value(QLatin1String("year")).toInt());
        putYear.bindValue(1, QJsonDocument(year).toJson(QJsonDocument::Compact));
        if (!Database::exec(putYear))
            return failed(putYear, error);
    }
    return true;
}

void ServiceCatalogue::adopt(Change change)
{
    m_items = std::move(change.items);
    m_calendar = std::move(change.calendar);
}

} // namespace casedesk
