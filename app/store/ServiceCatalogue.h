#pragma once

#include "cases/Case.h"
#include "deadlines/WorkCalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;
struct CacheBatch;

// The service items (事项: limits, materials, legal basis) and the working-day calendars the
// platform published over the shipped ones: what the deadline rules count with. Few (a
// catalogue of hundreds), so they are held in memory; the sync engine writes them through its
// own connection, so another thread's catalogue reads them again when it lacks what is asked
// for, and after every sync that changed them (reload).
class ServiceCatalogue
{
public:
    ServiceCatalogue(Database &db, WorkCalendar shipped);

    void reload();
    std::optional<ServiceItem> item(const QString &code) const;
    QList<ServiceItem> items() const;
    const QHash<QString, ServiceItem> &byCode() const { return m_items; }
    const WorkCalendar &calendar() const { return m_calendar; }

    // What a page of the feed makes of the catalogue, worked out before its transaction.
    struct Change
    {
        QHash<QString, ServiceItem> items;
        WorkCalendar calendar;
    };
    Change changedBy(const CacheBatch &batch) const;
    // Writes the page's items and calendars, inside the caller's transaction.
    bool write(const CacheBatch &batch, QString *error);
    // The catalogue in memory as the page left it, once it is written.
    void adopt(Change change);

private:
    QHash<QString, ServiceItem> loadedItems() const;

    Database &m_db;
    WorkCalendar m_shipped;
    WorkCalendar m_calendar;
    mutable QHash<QString, ServiceItem> m_items;
};

} // namespace casedesk
