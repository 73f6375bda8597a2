// The desktop's session controller without a window, against onestop-sim over HTTP and the
// real keyring: it resumes a remembered session per role, says when the platform is out of
// reach, and signs out without waiting (the call returns at once; the platform gets the rest
// of the audit trail and revokes the session; the keychain forgets it; on request the local
// data goes too).
#include "DemoSignIn.h"
#include "SimProcess.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "security/CredentialStore.h"
#include "session/SessionController.h"
#include "session/Workspace.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "sync/SyncService.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

class TestSession : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    CredentialStore m_credentials;

    // A profile signed in to the simulator as `user`, its refresh token in the keychain.
    std::unique_ptr<Profile> signedInProfile(const QTemporaryDir &home, const QString &user,
                                             const QString &role)
    {
        auto profile = std::make_unique<Profile>(home.path());
        profile->setServer(m_sim.url());
        profile->setUserName(user);
        profile->setRoles({role});
        const QString token = demoRefreshToken(m_sim.url(), user);
        if (token.isEmpty() || !m_credentials.writeNow(profile->refreshTokenKey(), token, nullptr))
            return nullptr;
        return profile;
    }

    // A signed-in profile's workspace and session, started and online (null when it did not
    // get there within a minute).
    struct Online
    {
        QTemporaryDir home;
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<SessionController> session;
    };
    std::unique_ptr<Online> onlineAs(const QString &user, const QString &role)
    {
        auto online = std::make_unique<Online>();
        online->profile = signedInProfile(online->home, user, role);
        if (!online->profile)
            return nullptr;
        online->workspace = std::make_unique<Workspace>(*online->profile);
        if (!online->workspace->open(nullptr))
            return nullptr;
        online->session = std::make_unique<SessionController>(*online->workspace, m_credentials);
        online->session->start();
        SessionController &session = *online->session;
        if (!QTest::qWaitFor(
                    [&session] {
                        return session.connection() == SessionController::Connection::Online;
                    },
                    60000))
            return nullptr;
        return online;
    }

    int platformAuditEntries(const QString &user, const QString &kind)
    {
        const QString name = QStringLiteral("platform-%1").arg(user);
        int count = -1;
        {
            QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            platform.setDatabaseName(m_sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
            if (platform.open()) {
                QSqlQuery q(platform);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit WHERE user = ? AND kind = ?"));
                q.addBindValue(user);
                q.addBindValue(kind);
                if (q.exec() && q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void withoutAnAccountItAsksForASignIn()
    {
        QTemporaryDir home;
        Profile profile(home.path());
        Workspace workspace(profile);
        QVERIFY(workspace.open(nullptr));
        SessionController session(workspace, m_credentials);
        QSignalSpy key(&session, &SessionController::dataKeyLoaded);
        QSignalSpy ask(&session, &SessionController::signInNeeded);
        session.start();
        // Nothing is decided inside start(): the keychain answers later.
        QCOMPARE(ask.count(), 0);
        QTRY_COMPARE(ask.count(), 1);
        QCOMPARE(ask.at(0).at(0).toString(), QString());
        QCOMPARE(key.count(), 1);
        QCOMPARE(key.at(0).at(0).toString(), QString()); // made and kept in the keychain
        QCOMPARE(workspace.dataKey().size(), 32);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(session.connection(), SessionController::Connection::SignedOut);
        m_credentials.removeNow(profile.dataKeyName(), nullptr);
    }

    void aRememberedSessionSyncsForEachRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::newRow("clerk") << QStringLiteral("clerk1") << QStringLiteral("Clerk");
        QTest::newRow("chief") << QStringLiteral("chief1") << QStringLiteral("Chief");
        QTest::newRow("supervisor") << QStringLiteral("super1") << QStringLiteral("Supervisor");
    }

    void aRememberedSessionSyncsForEachRole()
    {
        QFETCH(QString, user);
        QFETCH(QString, role);
        QTemporaryDir home;
        const auto profile = signedInProfile(home, user, role);
        QVERIFY(profile);
        Workspace workspace(*profile);
        QVERIFY(workspace.open(nullptr));
        SessionController session(workspace, m_credentials);
        QSignalSpy started(&session, &SessionController::syncStarted);
        QSignalSpy connection(&session, &SessionController::connectionChanged);
        session.start();
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(connection.at(0).at(0).value<SessionController::Connection>(),
                 SessionController::Connection::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.connection(), SessionController::Connection::Online,
                                  60000);
        QVERIFY(workspace.cases()->caseCount() > 0);
        QCOMPARE(workspace.user().role, roleFromName(role));
        m_credentials.removeNow(profile->refreshTokenKey(), nullptr);
        m_credentials.removeNow(profile->dataKeyName(), nullptr);
    }

    void aPlatformOutOfReachIsOffline()
    {
        QTemporaryDir home;
        const auto profile
                = signedInProfile(home, QStringLiteral("clerk1"), QStringLiteral("Clerk"));
        QVERIFY(profile);
        // Nobody listens there; the session is remembered under the server's name.
        const QString token = *m_credentials.readNow(profile->refreshTokenKey(), nullptr);
        profile->setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(m_credentials.writeNow(profile->refreshTokenKey(), token, nullptr));
        Workspace workspace(*profile);
        QVERIFY(workspace.open(nullptr));
        SessionController session(workspace, m_credentials);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.connection(), SessionController::Connection::Offline,
                                  30000);
        QVERIFY(session.isSignedIn()); // the work goes on; the outbox waits
        // Sign-out does not hang on the dead platform: it goes on after the wait.
        session.setFarewellWaitMs(500);
        QSignalSpy out(&session, &SessionController::signedOut);
        session.signOut(false);
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, 10000);
        QVERIFY(!m_credentials.readNow(profile->refreshTokenKey(), nullptr));
        m_credentials.removeNow(profile->dataKeyName(), nullptr);
    }

    void signingOutTellsThePlatformWithoutWaiting()
    {
        const auto online = onlineAs(QStringLiteral("clerk2"), QStringLiteral("Clerk"));
        QVERIFY(online);
        const auto &profile = online->profile;
        Workspace &workspace = *online->workspace;
        SessionController &session = *online->session;
        const QString token = *m_credentials.readNow(profile->refreshTokenKey(), nullptr);
        const int before
                = platformAuditEntries(QStringLiteral("clerk2"), QStringLiteral("sign-out"));
        QSignalSpy out(&session, &SessionController::signedOut);
        QSignalSpy removing(&session, &SessionController::aboutToRemoveData);
        session.signOut(false);
        // The call returns before the platform has answered: no loop ran inside it.
        QCOMPARE(out.count(), 0);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(session.connection(), SessionController::Connection::SignedOut);
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, 10000);
        QCOMPARE(out.at(0).at(0).toBool(), false);
        QCOMPARE(removing.count(), 0);
        // The platform has the sign-out on record and the session is over there.
        QCOMPARE(platformAuditEntries(QStringLiteral("clerk2"), QStringLiteral("sign-out")),
                 before + 1);
        RestPlatformClient client(m_sim.url());
        client.setRefreshToken(token);
        PlatformError refused;
        bool answered = false;
        client.fetchMe([&](const UserInfo &, const PlatformError &error) {
            refused = error;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(refused.isError());
        // Here the session is forgotten; the cache stays for the next sign-in.
        QVERIFY(!m_credentials.readNow(profile->refreshTokenKey(), nullptr));
        QVERIFY(QFile::exists(profile->databasePath()));
        QVERIFY(workspace.isOpen());
        m_credentials.removeNow(profile->dataKeyName(), nullptr);
    }

    void signingOutCanRemoveTheLocalData()
    {
        const auto online = onlineAs(QStringLiteral("clerk1"), QStringLiteral("Clerk"));
        QVERIFY(online);
        const auto &profile = online->profile;
        Workspace &workspace = *online->workspace;
        SessionController &session = *online->session;
        QVERIFY(m_credentials.readNow(profile->dataKeyName(), nullptr));
        QSignalSpy removing(&session, &SessionController::aboutToRemoveData);
        QSignalSpy out(&session, &SessionController::signedOut);
        session.signOut(true);
        QCOMPARE(out.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, 10000);
        QCOMPARE(removing.count(), 1);
        QCOMPARE(out.at(0).at(0).toBool(), true);
        QCOMPARE(out.at(0).at(1).toString(), QString());
        QVERIFY(!workspace.isOpen());
        QVERIFY(!QFile::exists(profile->databasePath()));
        QVERIFY(!QFile::exists(profile->vaultDir()));
        QString error;
        QVERIFY(!m_credentials.readNow(profile->dataKeyName(), &error));
        QCOMPARE(error, QString()); // not there, rather than not readable
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
