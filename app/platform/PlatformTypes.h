#pragma once

#include "store/CaseStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <iterator>

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
        VersionConflict, // the case changed on the platform meanwhile (412); `current` holds it
        InvalidState, // the case's stage or another clerk's claim does not allow this (409)
        Invalid, // the request lacks what the rules require (422, 413, 415, 416, 428)
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QByteArray current; // 412: the platform's current record, as JSON
    int retryAfterSecs = 0; // 429 and 503: how long the platform asked us to wait
    PlatformError() = default;
    PlatformError(Kind k, int status, QString problemCode, QString text,
                  QByteArray currentRecord = {})
        : kind(k), httpStatus(status), code(std::move(problemCode)), message(std::move(text)),
          current(std::move(currentRecord))
    {
    }

    bool isError() const { return kind != Kind::None; }
    // Worth sending again later, unchanged (the platform or the way to it had trouble).
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::RateLimited || kind == Kind::Server;
    }
    // For the log: the kind, the HTTP status and the platform's problem code, in one word each.
    QString summary() const
    {
        static const char *const names[] = {"none",
                                            "network",
                                            "tls",
                                            "bad-credentials",
                                            "session-expired",
                                            "forbidden",
                                            "not-found",
                                            "cursor-expired",
                                            "rate-limited",
                                            "server",
                                            "malformed",
                                            "storage",
                                            "version-conflict",
                                            "invalid-state",
                                            "invalid"};
        static_assert(std::size(names) == std::size_t(Kind::Invalid) + 1, "a name per kind");
        const auto index = static_cast<std::size_t>(kind);
        QString text = QLatin1String(index < std::size(names) ? names[index] : "?");
        if (httpStatus)
            text += QStringLiteral(" HTTP ") + QString::number(httpStatus);
        if (!code.isEmpty())
            text += QStringLiteral(" ") + code;
        return text;
    }
};

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
};

// The user's department, with what its notices must tell an applicant.
struct DepartmentInfo
{
    QString code;
    QString name;
    QString address;
    QString contactPhone;
    QString complaintPhone; // complaint and supervision telephone
    QString reconsiderationBody; // where to apply for administrative reconsideration
    QString court; // where to sue
    QString progressUrl; // the public progress page; {caseNo} stands for the case
};

// The signed-in user as the platform's `me` describes them. The platform owns the roles.
struct UserInfo
{
    QString userName;
    QString displayName;
    DepartmentInfo department;
    QStringList roles; // Clerk, Chief, Supervisor
};

// A member of the department's staff, as the platform lists them (the chief assigns to them).
struct StaffMember
{
    QString userName;
    QString displayName;
    QString department;
    QString role; // Clerk, Chief, Supervisor, Head
};

// One workflow action as the platform takes it: exactly once per idempotency key, and only on
// the case version it was decided on.
struct ActionRequest
{
    QString type;
    QJsonObject payload;
    QString idempotencyKey;
    qint64 caseVersion = 0;
};

struct CaseRecord
{
    Case data;
    QByteArray json;
    QByteArray etag;
    bool notModified = false; // the known ETag still holds; data and json are empty
    bool replayed = false; // an action answered from the platform's idempotency log
};

// The service item catalogue as the platform lists it; an item that cannot be read is named
// with why, never dropped.
struct ItemListing
{
    QList<ServiceItem> items;
    QList<std::pair<QString, QString>> unreadable; // code, error
};

// Reconciliation (GET /cache-digest): what the platform holds of one department's cases in
// one stage, as a count and a SHA-256 over "id:version\n" in ascending id order.
struct DigestGroup
{
    QString department;
    QString stage; // wire name
    qint64 count = 0;
    QByteArray digest; // lowercase hex
    bool operator==(const DigestGroup &) const = default;
};

struct CaseVersion
{
    QString id;
    qint64 version = 0;
};

// A block of 文号 reserved on the platform for this department, notice kind and year.
struct NumberBlock
{
    QString kind;
    int year = 0;
    QString prefix; // e.g. 城关市监补字
    qint64 first = 0;
    qint64 last = 0;
};

// A department signing certificate the platform issued (PKCS#12, with its password).
struct SigningCertificate
{
    QByteArray pkcs12;
    QString password;
    QByteArray caPem;
    QString subject;
};

struct ClaimResult
{
    QString claimedBy; // empty after a release
    QDateTime expiresAt;
    qint64 version = 0;
};

struct MaterialChunk
{
    QByteArray data;
    QByteArray mimeType; // the type of the bytes, as the platform found it
    qint64 offset = 0;
    qint64 totalSize = 0;
};

// A file announced for upload: what it is and its digest, before any byte is sent.
struct UploadSpec
{
    QString name; // the material's name, as the checklist has it
    QString fileName;
    QString mimeType;
    QString category; // "material" or "receipt"
    qint64 size = 0;
    QString sha256; // hex, of the whole file
    QString replaces; // the platform's id of the material this is a new version of
};

// Where an upload stands on the platform: the bytes it holds are the truth a resumed upload
// goes on from.
struct UploadState
{
    QString id;
    qint64 size = 0;
    qint64 received = 0;
    qint64 chunkSize = 0; // the largest chunk the platform takes
    bool complete = false;
    QString materialId; // once complete
};

struct NoticeReceipt
{
    QString id;
    QString sha256;
    qint64 size = 0;
};

// 电子证照 or an earlier material the platform holds for an applicant (材料复用).
struct Licence
{
    QString id;
    QString type; // eLicence, material
    QString name;
    QString number;
    QString holderId;
    QString holderName;
    QString issuedBy;
    QDate validUntil;
    QString sourceCaseId;
};

struct ChangePage
{
    CacheBatch batch; // batch.cursor is the cursor after this page
    bool hasMore = false;
    int changeCount = 0;
};

} // namespace casedesk
