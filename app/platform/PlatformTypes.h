#pragma once

#include "store/CaseStore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casedesk {

// Why a platform call failed, in terms the caller can act on. `message` is translated and
// safe to show; `code` is the platform's stable problem code, when it sent one.
struct PlatformError
{
    enum class Kind {
        None,
        Network, // no connection, timeout, DNS: try again later, work offline
        Tls, // the certificate was refused: never retried silently
        BadCredentials, // wrong user or password
        SessionExpired, // the refresh token is gone: sign in again
        Forbidden,
        NotFound,
        CursorExpired, // the change feed lost our place: resync
        RateLimited,
        Server,
        Malformed, // the answer was not what the contract says
        Storage, // the local cache could not be written (disk full, read-only profile)
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
};

// The signed-in user as the platform's `me` describes them. The platform owns the roles.
struct UserInfo
{
    QString userName;
    QString displayName;
    QString department;
    QString departmentName;
    QStringList roles; // Clerk, Chief, Supervisor
};

struct ChangePage
{
    CacheBatch batch; // batch.cursor is the cursor after this page
    bool hasMore = false;
    int changeCount = 0;
};

} // namespace casedesk
