#pragma once

#include "PlatformTypes.h"

#include <QObject>

#include <functional>

namespace casedesk {

// Every call the client makes to the one-stop platform. The rest of CaseDesk sees only this
// interface, so a deployment can map another platform's API onto it. Calls are asynchronous
// and answer on the thread that owns the client; an instance is used from one thread only.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    using TokensCallback = std::function<void(const Tokens &, const PlatformError &)>;
    using UserCallback = std::function<void(const UserInfo &, const PlatformError &)>;
    using PageCallback = std::function<void(const ChangePage &, const PlatformError &)>;

    using QObject::QObject;

    // Password grant. On success the client holds the tokens and emits refreshTokenChanged.
    virtual void signIn(const QString &userName, const QString &password, TokensCallback done) = 0;
    // Resumes a remembered session; the access token is fetched on the first call.
    virtual void setRefreshToken(const QString &refreshToken) = 0;
    virtual bool hasSession() const = 0;

    virtual void fetchMe(UserCallback done) = 0;
    virtual void fetchChanges(const QString &cursor, int limit, PageCallback done) = 0;

Q_SIGNALS:
    // Refresh tokens rotate: the new one must replace the stored one at once.
    void refreshTokenChanged(const QString &refreshToken);
    // The platform no longer accepts the session; the user must sign in again.
    void sessionExpired(const QString &message);
};

} // namespace casedesk
