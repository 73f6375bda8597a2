// 文号: blocks reserved on onestop-sim, numbers taken from them offline, never one number twice:
// not across workstations, not between two connections of one profile.

#include "DemoSignIn.h"
#include "SimProcess.h"
#include "notices/NoticeNumbers.h"
#include "platform/RestPlatformClient.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace casedesk;

class TestNoticeNumbers : public QObject
{
    Q_OBJECT
    SimProcess m_sim{SimProcess::Options{20, 3, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_dir;

    NumberBlock reserve(const QString &user, const QString &kind, int count)
    {
        RestPlatformClient client(m_sim.url());
        client.setRefreshToken(demoRefreshToken(m_sim.url(), user));
        NumberBlock block;
        PlatformError error;
        QEventLoop loop;
        client.reserveNoticeNumbers(kind, 2026, count,
                                    [&](const NumberBlock &b, const PlatformError &e) {
                                        block = b;
                                        error = e;
                                        loop.quit();
                                    });
        loop.exec();
        if (error.isError())
            qWarning("%s", qPrintable(error.message));
        return block;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void twoWorkstationsOfflineNeverShareANumber()
    {
        Database first(m_dir.filePath(QStringLiteral("first.sqlite")));
        Database second(m_dir.filePath(QStringLiteral("second.sqlite")));
        QVERIFY(first.open(nullptr) && second.open(nullptr));
        NoticeNumbers a(first);
        NoticeNumbers b(second);
        QVERIFY(a.addBlock(reserve(QStringLiteral("clerk1"), QStringLiteral("correction"), 5)));
        QVERIFY(b.addBlock(reserve(QStringLiteral("clerk2"), QStringLiteral("correction"), 5)));
        QCOMPARE(a.remaining(QStringLiteral("correction"), 2026), 5);
        // From here on no network: each numbers from its own block.
        QSet<QString> issued;
        for (int i = 0; i < 5; ++i) {
            for (NoticeNumbers *numbers : {&a, &b}) {
                const auto number = numbers->take(QStringLiteral("correction"), 2026);
                QVERIFY(number);
                QVERIFY2(!issued.contains(*number), qPrintable(*number));
                issued.insert(*number);
            }
        }
        QCOMPARE(issued.size(), 10);
        QVERIFY(issued.contains(QStringLiteral("城关市监补字〔2026〕第0001号")));
        QVERIFY(issued.contains(QStringLiteral("城关市监补字〔2026〕第0010号")));
        // A spent block gives nothing more until the next reservation.
        QVERIFY(!a.take(QStringLiteral("correction"), 2026));
        QCOMPARE(a.remaining(QStringLiteral("correction"), 2026), 0);
        // Kinds and years are numbered apart.
        QVERIFY(a.addBlock(reserve(QStringLiteral("clerk1"), QStringLiteral("acceptance"), 2)));
        QCOMPARE(*a.take(QStringLiteral("acceptance"), 2026),
                 QStringLiteral("城关市监受字〔2026〕第0001号"));
        QVERIFY(!a.take(QStringLiteral("acceptance"), 2027));
    }

    // Two connections to one cache (two windows, the CLI beside the app) take at once.
    void concurrentTakersGetDistinctNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open(nullptr));
            QVERIFY(NoticeNumbers(db).addBlock(
                    reserve(QStringLiteral("clerk1"), QStringLiteral("grant"), 100)));
        }
        QList<QStringList> taken(2);
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            threads.append(QThread::create([&, t] {
                Database db(path);
                if (!db.open(nullptr))
                    return;
                NoticeNumbers numbers(db);
                for (int i = 0; i < 50; ++i) {
                    if (const auto n = numbers.take(QStringLiteral("grant"), 2026))
                        taken[t].append(*n);
                }
            }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        const QStringList all = taken[0] + taken[1];
        QCOMPARE(all.size(), 100);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestNoticeNumbers)
#include "tst_noticenumbers.moc"
