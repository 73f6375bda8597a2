#include "SessionController.h"

#include "Workspace.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "platform/SignIn.h"
#include "security/CredentialStore.h"
#include "security/DataKey.h"
#include "store/AuditLog.h"
#include "store/LocalData.h"
#include "sync/AuditPush.h"
#include "sync/SyncService.h"

namespace casedesk {

SessionController::SessionController(Workspace &workspace, CredentialStore &credentials,
                                     QObject *parent)
    : QObject(parent), m_workspace(workspace), m_credentials(credentials)
{
    m_farewellTimer.setSingleShot(true);
}

SessionController::~SessionController() = default;

void SessionController::start()
{
    if (!m_workspace.dataKey().isEmpty()) {
        resume();
        return;
    }
    loadProfileDataKey(
            m_credentials, m_workspace.profile(),
            [self = QPointer(this)](const std::optional<QByteArray> &key, const QString &error) {
                if (!self)
                    return;
                if (key)
                    self->m_workspace.setDataKey(*key);
                Q_EMIT self->dataKeyLoaded(key ? QString() : error);
                self->resume();
            });
}

void SessionController::resume()
{
    const Profile &profile = m_workspace.profile();
    if (profile.server().isEmpty() || profile.userName().isEmpty()) {
        Q_EMIT signInNeeded({});
        return;
    }
    m_credentials.read(
            profile.refreshTokenKey(),
            [self = QPointer(this)](const std::optional<QString> &token, const QString &error) {
                if (!self)
                    return;
                if (token)
                    self->startSync(*token);
                else
                    Q_EMIT self->signInNeeded(error);
            });
}

void SessionController::signedIn(const SignInResult &result)
{
    const Profile &profile = m_workspace.profile();
    if (AuditLog *audit = m_workspace.audit())
        audit->append(profile.userName(), QStringLiteral("sign-in"), profile.server().host(),
                      result.user.roles.join(QLatin1Char(',')));
    if (!result.keychainError.isEmpty())
        Q_EMIT notice(result.keychainError);
    startSync(result.refreshToken);
}

void SessionController::startSync(const QString &refreshToken)
{
    const Profile &profile = m_workspace.profile();
    m_sync = std::make_unique<SyncService>(m_workspace.syncConfig(), profile.refreshTokenKey(),
                                           m_credentials);
    connect(m_sync.get(), &SyncService::syncFinished, this,
            [this] { setConnection(Connection::Online); });
    connect(m_sync.get(), &SyncService::syncFailed, this, [this](int kind) {
        setConnection(kind == static_cast<int>(PlatformError::Kind::Network) ? Connection::Offline
                                                                             : Connection::Failing);
    });
    connect(m_sync.get(), &SyncService::sessionExpired, this, [this](const QString &message) {
        setConnection(Connection::SignedOut);
        Q_EMIT signInNeeded(message);
    });
    connect(m_sync.get(), &SyncService::keychainFailed, this, &SessionController::notice);
    m_sync->setIntervalSeconds(profile.syncIntervalSeconds());
    setConnection(Connection::Connecting);
    Q_EMIT syncStarted(m_sync.get());
    m_sync->start(refreshToken);
}

void SessionController::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged(connection);
}

void SessionController::signOut(bool removeData)
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    const Profile &profile = m_workspace.profile();
    if (AuditLog *audit = m_workspace.audit())
        audit->append(profile.userName(), QStringLiteral("sign-out"), profile.server().host(),
                      removeData ? QStringLiteral("wipe") : QString());
    m_sync.reset();
    setConnection(Connection::SignedOut);
    // The platform gets the rest of the audit trail (the sign-out included) and ends the
    // session when it can be reached within the wait; the local secrets go in any case.
    m_farewellTimer.disconnect(this);
    connect(&m_farewellTimer, &QTimer::timeout, this,
            [this, removeData] { afterFarewell(removeData); });
    m_farewellTimer.start(m_farewellWaitMs);
    m_credentials.read(profile.refreshTokenKey(),
                       [self = QPointer(this), removeData](const std::optional<QString> &token,
                                                           const QString &) {
                           if (!self || !self->m_farewellTimer.isActive())
                               return;
                           if (!token) {
                               self->afterFarewell(removeData);
                               return;
                           }
                           const Profile &own = self->m_workspace.profile();
                           self->m_farewell = std::make_unique<RestPlatformClient>(own.server());
                           self->m_farewell->setTlsPolicy(own.tlsPolicy());
                           self->m_farewell->setRefreshToken(*token);
                           auto revoke = [self, removeData] {
                               if (!self || !self->m_farewell)
                                   return;
                               self->m_farewell->revoke([self, removeData](const PlatformError &) {
                                   if (self && self->m_farewellTimer.isActive())
                                       self->afterFarewell(removeData);
                               });
                           };
                           if (AuditLog *audit = self->m_workspace.audit())
                               pushAuditTrail(*self->m_farewell, *audit, own.deviceId(), revoke);
                           else
                               revoke();
                       });
}

void SessionController::afterFarewell(bool removeData)
{
    m_farewellTimer.stop();
    // Not now: this may be a callback of the client being let go of.
    if (m_farewell)
        m_farewell.release()->deleteLater();
    const Profile &profile = m_workspace.profile();
    m_credentials.removeAll(
            localdata::sessionKeys(profile),
            [self = QPointer(this), removeData](const QStringList &) {
                if (!self)
                    return;
                if (!removeData) {
                    self->m_signingOut = false;
                    Q_EMIT self->signedOut(false, {});
                    return;
                }
                Q_EMIT self->aboutToRemoveData();
                self->m_workspace.close();
                self->m_workspace.setDataKey({});
                const QStringList keys = localdata::dataKeys(self->m_workspace.profile());
                // The data key first: from then on whatever is left on the disk cannot be read.
                self->m_credentials.remove(
                        keys.constFirst(), [self, keys](bool, const QString &keyError) {
                            if (!self)
                                return;
                            self->m_credentials.removeAll(
                                    keys.mid(1), [self, keyError](const QStringList &) {
                                        if (!self)
                                            return;
                                        QString filesError;
                                        localdata::removeFiles(self->m_workspace.profile(),
                                                               &filesError);
                                        QStringList problems;
                                        for (const QString &problem : {keyError, filesError}) {
                                            if (!problem.isEmpty())
                                                problems.append(problem);
                                        }
                                        self->m_signingOut = false;
                                        Q_EMIT self->signedOut(true,
                                                               problems.join(QStringLiteral("; ")));
                                    });
                        });
            });
}

} // namespace casedesk
