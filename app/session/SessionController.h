#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace casedesk {

class CredentialStore;
class RestPlatformClient;
class SyncService;
class Workspace;
struct SignInResult;

// The desktop's platform session: loads the data key, resumes the remembered session or asks
// for a sign-in, runs the sync while signed in, and signs out (the rest of the audit trail to
// the platform, the session revoked there, forgotten here, the local data removed on request).
// Nothing here waits: keychain and network answer through callbacks, the outcome comes as
// signals, so the window never runs a nested event loop for them.
class SessionController : public QObject
{
    Q_OBJECT
public:
    // What the window's corner says about the platform.
    enum class Connection {
        SignedOut, // no session
        Connecting, // a session, no answer from the platform yet
        Online, // the last round reached the platform
        Offline, // the last round found no network or no platform
        Failing, // the platform answered with an error
    };
    Q_ENUM(Connection)

    SessionController(Workspace &workspace, CredentialStore &credentials,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // The data key, then the remembered session (or signInNeeded).
    void start();
    // After the sign-in dialog: on record, and the sync starts with the new session.
    void signedIn(const SignInResult &result);
    // Ends the session; with `removeData` the cache, vault and keys go too (aboutToRemoveData
    // first). signedOut follows, within the farewell wait at most.
    void signOut(bool removeData);

    SyncService *sync() const { return m_sync.get(); }
    bool isSignedIn() const { return m_sync != nullptr; }
    Connection connection() const { return m_connection; }
    // How long sign-out waits for the platform before it goes on without it.
    void setFarewellWaitMs(int ms) { m_farewellWaitMs = ms; }

Q_SIGNALS:
    // The data key is in the workspace (error empty), or not, and why.
    void dataKeyLoaded(const QString &error);
    void signInNeeded(const QString &message);
    // A new sync service runs: the window connects to what it reports.
    void syncStarted(casedesk::SyncService *sync);
    void connectionChanged(casedesk::SessionController::Connection connection);
    // Every connection to the cache must be let go of now: its files are removed next.
    void aboutToRemoveData();
    void signedOut(bool dataRemoved, const QString &error);
    // Something the user should read that stops nothing (a keychain that cannot remember).
    void notice(const QString &message);

private:
    void resume();
    void startSync(const QString &refreshToken);
    void setConnection(Connection connection);
    void afterFarewell(bool removeData);

    Workspace &m_workspace;
    CredentialStore &m_credentials;
    std::unique_ptr<SyncService> m_sync;
    Connection m_connection = Connection::SignedOut;
    // Sign-out's last words to the platform, alive until they are said or the wait ends.
    std::unique_ptr<RestPlatformClient> m_farewell;
    QTimer m_farewellTimer;
    int m_farewellWaitMs = 5000;
    bool m_signingOut = false;
};

} // namespace casedesk
