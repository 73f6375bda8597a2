#include "store/AuditLog.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// The audit trail finds any edited, deleted or reordered entry and says which.
class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> freshLog(int entries)
    {
        auto db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_files)));
        if (!db->open(nullptr))
            return nullptr;
        AuditLog log(*db);
        for (int i = 1; i <= entries; ++i)
            log.append(QStringLiteral("clerk1"), QStringLiteral("action"), QStringLiteral("c%1").arg(i),
                       QStringLiteral("accept {}"));
        return db;
    }

private Q_SLOTS:
    void theHashCoversEveryField()
    {
        AuditLog::Entry e{1, 1796000000000, QStringLiteral("clerk1"), QStringLiteral("action"), QStringLiteral("c1"),
                          QStringLiteral("accept {}"), QString(64, QLatin1Char('0')), {}};
        const QString hash = AuditLog::hashOf(e);
        QCOMPARE(hash.size(), 64); // SM3: 256 bits
        QCOMPARE(AuditLog::hashOf(e), hash);
        auto changed = [&](auto mutate) {
            AuditLog::Entry copy = e;
            mutate(copy);
            return AuditLog::hashOf(copy) != hash;
        };
        QVERIFY(changed([](auto &c) { c.seq = 2; }));
        QVERIFY(changed([](auto &c) { c.at += 1; }));
        QVERIFY(changed([](auto &c) { c.user = QStringLiteral("clerk2"); }));
        QVERIFY(changed([](auto &c) { c.kind = QStringLiteral("sign-in"); }));
        QVERIFY(changed([](auto &c) { c.subject = QStringLiteral("c2"); }));
        QVERIFY(changed([](auto &c) { c.detail = QStringLiteral("accept {} "); }));
        QVERIFY(changed([](auto &c) { c.prevHash = QString(64, QLatin1Char('1')); }));
        // Field boundaries cannot be moved: "ab"+"c" is not "a"+"bc".
        QVERIFY(changed([](auto &c) {
            c.subject = QStringLiteral("c1accept");
            c.detail = QStringLiteral(" {}");
        }));
    }

    void anIntactChainVerifies()
    {
        auto db = freshLog(10);
        QVERIFY(db);
        AuditLog log(*db);
        QCOMPARE(log.entries().size(), 10);
        QVERIFY(log.verify().isEmpty());
        QCOMPARE(log.entries().at(1).prevHash, log.entries().at(0).hash);
    }

    void tamperingIsFoundAndLocated_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("edited detail") << "UPDATE audit SET detail = 'refuseAcceptance {}' WHERE seq = 4" << qint64(4);
        QTest::newRow("edited user") << "UPDATE audit SET user = 'clerk2' WHERE seq = 7" << qint64(7);
        QTest::newRow("deleted entry") << "DELETE FROM audit WHERE seq = 5" << qint64(6);
        QTest::newRow("edited and re-hashed, but the next entry still points at the old hash")
                << "UPDATE audit SET hash = 'x' || substr(hash, 2) WHERE seq = 3" << qint64(3);
        QTest::newRow("reordered: two entries swap places")
                << "UPDATE audit SET seq = 100 WHERE seq = 8; UPDATE audit SET seq = 8 WHERE seq = 9; "
                   "UPDATE audit SET seq = 9 WHERE seq = 100" << qint64(8);
        QTest::newRow("the newest entry deleted is the one thing a chain cannot see")
                << "SELECT 1" << qint64(-1);
    }
    void tamperingIsFoundAndLocated()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, seq);
        auto db = freshLog(10);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        const QStringList statements = sql.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        const QList<AuditLog::Problem> problems = AuditLog(*db).verify();
        if (seq < 0) {
            QVERIFY(problems.isEmpty());
            return;
        }
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().seq, seq);
        QVERIFY(!problems.first().what.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
