#include "security/CredentialStore.h"

#include <QTest>
#include <QUuid>

using namespace casedesk;

// Runs against the real Secret Service (gnome-keyring in the test command's D-Bus session).
class TestCredentialStore : public QObject
{
    Q_OBJECT
private:
    CredentialStore m_store{QStringLiteral("CaseDesk-test")};
    QString m_key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // Fails, not skips, without a keychain: the test command always provides one.
        QVERIFY2(m_store.writeNow(m_key + QStringLiteral("-probe"), QStringLiteral("x"), &error),
                 qPrintable(QStringLiteral("no usable keychain: ") + error));
        QVERIFY(m_store.removeNow(m_key + QStringLiteral("-probe"), &error));
    }

    void roundTrip()
    {
        QString error;
        const QString secret
                = QStringLiteral("refresh-令牌-%1").arg(QUuid::createUuid().toString());
        QVERIFY2(m_store.writeNow(m_key, secret, &error), qPrintable(error));
        QCOMPARE(m_store.readNow(m_key, &error), std::optional<QString>(secret));
        QVERIFY(error.isEmpty());
    }

    void overwriteReplaces()
    {
        QString error;
        QVERIFY(m_store.writeNow(m_key, QStringLiteral("first"), &error));
        QVERIFY(m_store.writeNow(m_key, QStringLiteral("second"), &error));
        QCOMPARE(m_store.readNow(m_key, &error), std::optional<QString>(QStringLiteral("second")));
    }

    void keysAreSeparate()
    {
        QString error;
        QVERIFY(m_store.writeNow(m_key + QStringLiteral("-a"), QStringLiteral("A"), &error));
        QVERIFY(m_store.writeNow(m_key + QStringLiteral("-b"), QStringLiteral("B"), &error));
        QCOMPARE(m_store.readNow(m_key + QStringLiteral("-a"), &error),
                 std::optional<QString>(QStringLiteral("A")));
        QCOMPARE(m_store.readNow(m_key + QStringLiteral("-b"), &error),
                 std::optional<QString>(QStringLiteral("B")));
        m_store.removeNow(m_key + QStringLiteral("-a"), &error);
        m_store.removeNow(m_key + QStringLiteral("-b"), &error);
    }

    void missingEntryIsNotAnError()
    {
        QString error;
        QVERIFY(m_store.removeNow(m_key, &error));
        QCOMPARE(m_store.readNow(m_key, &error), std::nullopt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Removing what is not there is fine too (sign-out twice).
        QVERIFY(m_store.removeNow(m_key, &error));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
