// The client's trust in the platform's certificate, against onestop-sim serving HTTPS with
// certificates made for each case: good, for another host, self-signed, expired, pinned.

#include "SimProcess.h"
#include "TestPki.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "platform/SignIn.h"
#include "security/CredentialStore.h"
#include "security/TlsPolicy.h"

#include <QEventLoop>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {
PlatformError signInOver(const QUrl &url, const TlsPolicy &policy)
{
    RestPlatformClient client(url);
    client.setTlsPolicy(policy);
    PlatformError result;
    QEventLoop loop;
    client.signIn(QStringLiteral("clerk1"), QStringLiteral("demo123"),
                  [&](const Tokens &, const PlatformError &error) {
                      result = error;
                      loop.quit();
                  });
    loop.exec();
    return result;
}

QByteArray pinOfFile(const QString &path)
{
    return TlsPolicy::pinOf(QSslCertificate::fromPath(path).value(0));
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;

    SimProcess::Options serving(const TestPki::Issued &issued)
    {
        return {5,
                3,
                900,
                QStringLiteral("2026-11-27"),
                {QStringLiteral("--tls-cert"), issued.certPath, QStringLiteral("--tls-key"),
                 issued.keyPath}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<TestPki>(m_dir.filePath(QStringLiteral("pki")));
        QVERIFY(m_pki->isValid());
    }

    void trust_data()
    {
        QTest::addColumn<QString>("certificate"); // good, otherHost, selfSigned, expired
        QTest::addColumn<bool>("withBundle");
        QTest::addColumn<QString>("pin"); // "", "server", "ca", "other"
        QTest::addColumn<bool>("accepted");

        QTest::newRow("department CA") << "good" << true << "" << true;
        QTest::newRow("department CA not configured") << "good" << false << "" << false;
        QTest::newRow("wrong host name") << "otherHost" << true << "" << false;
        QTest::newRow("self-signed") << "selfSigned" << true << "" << false;
        QTest::newRow("expired") << "expired" << true << "" << false;
        QTest::newRow("not yet valid") << "future" << true << "" << false;
        QTest::newRow("pinned server key") << "good" << true << "server" << true;
        QTest::newRow("pinned CA key") << "good" << true << "ca" << true;
        QTest::newRow("another key pinned") << "good" << true << "other" << false;
        // A pin narrows trust and never widens it.
        QTest::newRow("self-signed and pinned") << "selfSigned" << true << "server" << false;
    }

    void trust()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, withBundle);
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        const QStringList local{QStringLiteral("IP:127.0.0.1")};
        TestPki::Issued issued;
        if (certificate == QLatin1String("good"))
            issued = m_pki->issue(QStringLiteral("good"), local);
        else if (certificate == QLatin1String("otherHost"))
            issued = m_pki->issue(QStringLiteral("other"),
                                  {QStringLiteral("DNS:zwfw.example.org")});
        else if (certificate == QLatin1String("selfSigned"))
            issued = m_pki->selfSigned(QStringLiteral("self"), local);
        else if (certificate == QLatin1String("expired"))
            issued = m_pki->issue(QStringLiteral("expired"), local, -60, -1);
        else
            issued = m_pki->issue(QStringLiteral("future"), local, 2, 60);

        SimProcess sim(serving(issued));
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QCOMPARE(sim.url().scheme(), QStringLiteral("https"));

        TlsPolicy policy;
        if (withBundle)
            policy.caBundlePath = m_pki->caPath();
        if (pin == QLatin1String("server"))
            policy.pins = {pinOfFile(issued.certPath)};
        else if (pin == QLatin1String("ca"))
            policy.pins = {pinOfFile(m_pki->caPath())};
        else if (pin == QLatin1String("other"))
            policy.pins = {pinOfFile(m_pki->issue(QStringLiteral("unrelated"), local).certPath)};

        const PlatformError result = signInOver(sim.url(), policy);
        if (accepted) {
            QVERIFY2(!result.isError(), qPrintable(result.message));
            return;
        }
        QCOMPARE(int(result.kind), int(PlatformError::Kind::Tls));
        QVERIFY(!result.message.isEmpty());
        if (pin == QLatin1String("other"))
            QVERIFY2(result.message.contains(QLatin1String("pinned")), qPrintable(result.message));
    }

    // The policy as an administrator writes it into the profile's settings, used by sign-in.
    void profileSettingsGovernSignIn()
    {
        const auto issued
                = m_pki->issue(QStringLiteral("profile"), {QStringLiteral("IP:127.0.0.1")});
        SimProcess sim(serving(issued));
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));

        QTemporaryDir home;
        Profile profile(home.path());
        QVERIFY(QFile::copy(m_pki->caPath(), home.filePath(QStringLiteral("department-ca.pem"))));
        profile.settings()->setValue(QStringLiteral("tls/caBundle"),
                                     QStringLiteral("department-ca.pem"));
        profile.settings()->setValue(QStringLiteral("tls/pins"),
                                     QString(QStringLiteral("sha256/")
                                             + QString::fromLatin1(pinOfFile(issued.certPath))));
        QCOMPARE(profile.tlsPolicy().pins.size(), 1);

        CredentialStore credentials(QStringLiteral("CaseDesk-tst_tls"));
        SignInResult result;
        QEventLoop loop;
        signIn(sim.url(), QStringLiteral("clerk1"), QStringLiteral("demo123"), profile, credentials,
               [&](const SignInResult &r) {
                   result = r;
                   loop.quit();
               });
        loop.exec();
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        credentials.removeNow(profile.refreshTokenKey(), nullptr);

        // An unreadable bundle is named in the refusal, so the administrator knows where to look.
        profile.settings()->setValue(QStringLiteral("tls/caBundle"), QStringLiteral("missing.pem"));
        RestPlatformClient client(sim.url());
        QVERIFY(client.setTlsPolicy(profile.tlsPolicy()).contains(QLatin1String("missing.pem")));
        const PlatformError refused = signInOver(sim.url(), profile.tlsPolicy());
        QCOMPARE(int(refused.kind), int(PlatformError::Kind::Tls));
        QVERIFY2(refused.message.contains(QLatin1String("missing.pem")),
                 qPrintable(refused.message));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
