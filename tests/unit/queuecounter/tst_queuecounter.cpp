// Queue counts and alerts, computed on the counter's own thread and connection.

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/QueueCounter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;

class TestQueueCounter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    static Case makeCase(int n, CaseStage stage, QDate received, const QString &claimedBy = {})
    {
        Case c;
        c.id = QStringLiteral("c%1").arg(n);
        c.caseNo = QStringLiteral("62010220261127%1").arg(n, 6, 10, QLatin1Char('0'));
        c.itemCode = QStringLiteral("X-1");
        c.applicant.name = QStringLiteral("张%1").arg(n);
        c.stage = stage;
        c.claimedBy = claimedBy;
        c.receivedAt = QDateTime(received, QTime(9, 0), QTimeZone(8 * 3600));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        CacheBatch batch;
        ServiceItem item;
        item.code = QStringLiteral("X-1");
        item.name = QStringLiteral("食品经营许可（新办）");
        batch.items.append(item);
        // Today 2026-11-27 (Fri); the last look was on Wed 11-25 at noon.
        for (const Case &c :
             {makeCase(1, CaseStage::PreReview,
                       QDate(2026, 11, 26)), // new; due 11-30, yellow from 11-27
              makeCase(2, CaseStage::PreReview, QDate(2026, 11, 23)), // due 11-25: red since 11-26
              makeCase(3, CaseStage::PreReview, QDate(2026, 11, 20)), // due 11-24: red before
              makeCase(4, CaseStage::PreReview, QDate(2026, 11, 26),
                       QStringLiteral("clerk2")), // someone else's
              makeCase(5, CaseStage::Completed,
                       QDate(2026, 11, 26))}) // new, but not in a queue stage
            batch.cases.append({c, "{}"});
        QVERIFY(store.apply(batch, nullptr));
    }

    void countsEachFilter()
    {
        QueueCounter counter(m_path);
        QSignalSpy spy(&counter, &QueueCounter::counted);
        CaseFilter all;
        CaseFilter preReview;
        preReview.queue = CaseQueue::PreReview;
        CaseFilter overdue;
        overdue.queue = CaseQueue::Overdue;
        overdue.today = QDate(2026, 11, 27);
        counter.count({all});
        const int request = counter.count({all, preReview, overdue});
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), request);
        QCOMPARE(spy.at(1).at(1).value<QList<int>>(), (QList<int>{5, 4, 2}));
    }

    void alertsSayWhatChangedSinceTheLastLook()
    {
        QueueCounter counter(m_path);
        QSignalSpy spy(&counter, &QueueCounter::alerted);
        counter.alerts(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone(8 * 3600)),
                       QDate(2026, 11, 27), QStringLiteral("clerk1"),
                       {CaseStage::PreReview, CaseStage::Acceptance});
        QTRY_COMPARE(spy.size(), 1);
        const auto alerts = spy.at(0).at(0).value<CaseAlerts>();
        QCOMPARE(alerts.newCases, 1); // c1: c4 is clerk2's, c5 is closed
        QCOMPARE(alerts.turnedYellow, 1); // c1 from today
        QCOMPARE(alerts.turnedRed, 1); // c2; c3 was red already
    }
};

QTEST_GUILESS_MAIN(TestQueueCounter)
#include "tst_queuecounter.moc"
