// The offline password check that unlocks a locked session.

#include "security/UnlockVerifier.h"

#include <QTest>

using namespace casedesk;

class TestUnlockVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksThePassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "demo123"
                              << "demo123" << true;
        QTest::newRow("other") << "demo123"
                               << "demo124" << false;
        QTest::newRow("case") << "Demo123"
                              << "demo123" << false;
        QTest::newRow("chinese") << "办件密码2026"
                                 << "办件密码2026" << true;
        QTest::newRow("empty attempt") << "demo123"
                                       << "" << false;
    }
    void checksThePassword()
    {
        QFETCH(QString, password);
        QFETCH(QString, attempt);
        QFETCH(bool, matches);
        const QString verifier = unlock::makeVerifier(password);
        QVERIFY(verifier.startsWith(QLatin1String("pbkdf2-sha256$")));
        QVERIFY(!verifier.contains(password));
        QCOMPARE(unlock::matches(verifier, attempt), matches);
    }

    void everyVerifierHasItsOwnSalt()
    {
        QVERIFY(unlock::makeVerifier(QStringLiteral("x"))
                != unlock::makeVerifier(QStringLiteral("x")));
    }

    void doctoredVerifiersNeverMatch_data()
    {
        QTest::addColumn<QString>("verifier");
        const QStringList good
                = unlock::makeVerifier(QStringLiteral("demo123")).split(QLatin1Char('$'));
        auto with = [&](int index, const QString &value) {
            QStringList parts = good;
            parts[index] = value;
            return parts.join(QLatin1Char('$'));
        };
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << with(0, QStringLiteral("md5"));
        QTest::newRow("too few rounds") << with(1, QStringLiteral("1"));
        QTest::newRow("endless rounds") << with(1, QStringLiteral("2000000000"));
        QTest::newRow("short hash") << with(3, QStringLiteral("AAAA"));
    }
    void doctoredVerifiersNeverMatch()
    {
        QFETCH(QString, verifier);
        QVERIFY(!unlock::matches(verifier, QStringLiteral("demo123")));
    }
};

QTEST_GUILESS_MAIN(TestUnlockVerifier)
#include "tst_unlockverifier.moc"
