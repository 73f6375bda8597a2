#include "QueueCounter.h"

#include "Database.h"
#include "deadlines/WorkCalendar.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace casedesk {

class QueueCounter::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) { }

    // Opened on the worker's thread: a connection belongs to the thread that made it.
    bool ensureOpen()
    {
        if (m_store)
            return true;
        m_db = std::make_unique<Database>(m_path);
        if (!m_db->open(nullptr)) {
            m_db.reset();
            return false;
        }
        m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn());
        return true;
    }

    QList<int> count(const QList<CaseFilter> &filters)
    {
        QList<int> counts;
        for (const CaseFilter &filter : filters)
            counts.append(ensureOpen() ? m_store->caseCount(filter) : 0);
        return counts;
    }

    CaseAlerts alerts(const QDateTime &since, QDate today, const QString &user,
                      const QList<CaseStage> &stages)
    {
        CaseAlerts result;
        if (!ensureOpen())
            return result;
        QStringList wire;
        for (CaseStage s : stages)
            wire.append(QLatin1Char('\'') + stageWireName(s) + QLatin1Char('\''));
        const QString mine
                = QStringLiteral(" AND (claimed_by IS NULL OR claimed_by = '' OR claimed_by = ?)")
                + (wire.isEmpty() ? QString()
                                  : QStringLiteral(" AND COALESCE(local_stage, stage) IN (")
                                   + wire.join(QLatin1Char(',')) + QLatin1Char(')'));
        const QDate sinceDay = since.toTimeZone(QTimeZone(8 * 3600)).date();
        auto one = [&](const QString &where, const QVariantList &values) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE ") + where + mine);
            for (const QVariant &v : values)
                q.addBindValue(v);
            q.addBindValue(user);
            return Database::exec(q) && q.next() ? q.value(0).toInt() : 0;
        };
        result.newCases = one(QStringLiteral("received_at > ?"), {since.toSecsSinceEpoch()});
        // A light changes at the start of a day: yellow on warn_from, red the day after due.
        result.turnedYellow
                = one(QStringLiteral("warn_from > ? AND warn_from <= ? AND due_date >= ?"),
                      {sinceDay.toString(Qt::ISODate), today.toString(Qt::ISODate),
                       today.toString(Qt::ISODate)});
        result.turnedRed = one(QStringLiteral("due_date >= ? AND due_date < ?"),
                               {sinceDay.toString(Qt::ISODate), today.toString(Qt::ISODate)});
        return result;
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
};

QueueCounter::QueueCounter(QString databasePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(databasePath)))
{
    qRegisterMetaType<CaseAlerts>();
    m_thread.setObjectName(QStringLiteral("casedesk-counts"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

QueueCounter::~QueueCounter()
{
    m_thread.quit();
    m_thread.wait();
}

int QueueCounter::count(const QList<CaseFilter> &filters)
{
    const int request = ++m_requests;
    QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, filters, request] {
                const QList<int> counts = worker->count(filters);
                QMetaObject::invokeMethod(
                        this, [this, request, counts] { Q_EMIT counted(request, counts); },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return request;
}

void QueueCounter::alerts(const QDateTime &since, QDate today, const QString &user,
                          const QList<CaseStage> &stages)
{
    QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, since, today, user, stages] {
                const CaseAlerts found = worker->alerts(since, today, user, stages);
                QMetaObject::invokeMethod(
                        this, [this, found] { Q_EMIT alerted(found); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

} // namespace casedesk
