#pragma once

#include "PlatformTypes.h"

#include <QJsonArray>
#include <QObject>

#include <functional>

namespace casedesk {

// Every call the client makes to the one-stop platform. The rest of CaseDesk sees only this
// interface, so a deployment can map another platform's API onto it. Calls are asynchronous
// and answer on the thread that owns the client, never from within the call (the sync engine
// asks for the next page before it applies the one it has); an instance is used from one
// thread only.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    using TokensCallback = std::function<void(const Tokens &, const PlatformError &)>;
    using UserCallback = std::function<void(const UserInfo &, const PlatformError &)>;
    using PageCallback = std::function<void(const ChangePage &, const PlatformError &)>;
    using CaseCallback = std::function<void(const CaseRecord &, const PlatformError &)>;
    using ClaimCallback = std::function<void(const ClaimResult &, const PlatformError &)>;
    using ChunkCallback = std::function<void(const MaterialChunk &, const PlatformError &)>;
    using UploadCallback = std::function<void(const UploadState &, const PlatformError &)>;
    using NoticeCallback = std::function<void(const NoticeReceipt &, const PlatformError &)>;
    using LicencesCallback = std::function<void(const QList<Licence> &, const PlatformError &)>;
    using CalendarCallback = std::function<void(const QJsonObject &, const PlatformError &)>;
    using AuditCallback = std::function<void(qint64 lastSeq, const PlatformError &)>;
    using DoneCallback = std::function<void(const PlatformError &)>;
    using NumbersCallback = std::function<void(const NumberBlock &, const PlatformError &)>;
    using CertificateCallback
            = std::function<void(const SigningCertificate &, const PlatformError &)>;
    using StaffCallback = std::function<void(const QList<StaffMember> &, const PlatformError &)>;
    using KeyCallback = std::function<void(const QString &keyId, const PlatformError &)>;
    using ItemsCallback = std::function<void(const ItemListing &, const PlatformError &)>;
    using DigestCallback = std::function<void(const QList<DigestGroup> &, const PlatformError &)>;
    using VersionsCallback = std::function<void(const QList<CaseVersion> &, const PlatformError &)>;

    using QObject::QObject;

    // Password grant. On success the client holds the tokens and emits refreshTokenChanged.
    virtual void signIn(const QString &userName, const QString &password, TokensCallback done) = 0;
    // Resumes a remembered session; the access token is fetched on the first call.
    virtual void setRefreshToken(const QString &refreshToken) = 0;
    virtual bool hasSession() const = 0;

    virtual void fetchMe(UserCallback done) = 0;
    virtual void fetchChanges(const QString &cursor, int limit, PageCallback done) = 0;
    // `knownEtag` makes it conditional: an unchanged case answers notModified.
    virtual void fetchCase(const QString &caseId, const QByteArray &knownEtag, CaseCallback done)
            = 0;
    virtual void postAction(const QString &caseId, const ActionRequest &action, CaseCallback done)
            = 0;
    // 窗口收件: a case from an application registered at the counter (POST /cases), created
    // once per idempotency key (a replay answers the same case).
    virtual void createCase(const QJsonObject &application, const QString &idempotencyKey,
                            CaseCallback done)
            = 0;
    // Claim (认领) or release; one holder at a time.
    virtual void claimCase(const QString &caseId, bool claim, ClaimCallback done) = 0;
    // 分派: the chief moves the case's claim to `userName`, a clerk of its department, with
    // the reason; answers the case as it is after.
    virtual void assignCase(const QString &caseId, const QString &userName, const QString &reason,
                            CaseCallback done)
            = 0;
    // The whole service item catalogue (a quarantined item is fetched again from it).
    virtual void fetchItems(ItemsCallback done) = 0;
    // Reconciliation: the counts and digests of the cases the user's feed holds, per
    // department and stage; and the ids and versions of one such group, to find what differs.
    virtual void fetchCacheDigest(DigestCallback done) = 0;
    virtual void fetchDigestCases(const QString &department, const QString &stage,
                                  VersionsCallback done)
            = 0;
    // The staff of the user's department.
    virtual void fetchStaff(StaffCallback done) = 0;
    // From `offset` to the end: a download that broke off resumes where it stopped.
    virtual void downloadMaterial(const QString &caseId, const QString &materialId, qint64 offset,
                                  ChunkCallback done)
            = 0;
    // Resumable material upload: announce the file (once per idempotency key), send it in
    // chunks from the offset the platform holds, then complete it; the platform checks every
    // chunk's digest and the whole file's SHA-256, and answers the case with the new material.
    virtual void createUpload(const QString &caseId, const UploadSpec &spec,
                              const QString &idempotencyKey, UploadCallback done)
            = 0;
    virtual void fetchUpload(const QString &caseId, const QString &uploadId, UploadCallback done)
            = 0;
    virtual void sendUploadChunk(const QString &caseId, const QString &uploadId, qint64 offset,
                                 const QByteArray &chunk, UploadCallback done)
            = 0;
    virtual void completeUpload(const QString &caseId, const QString &uploadId, CaseCallback done)
            = 0;
    virtual void uploadNotice(const QString &caseId, const QString &kind, const QByteArray &pdf,
                              NoticeCallback done)
            = 0;
    virtual void fetchLicences(const QString &holderId, LicencesCallback done) = 0;
    // The file of an e-licence or earlier material, whole.
    virtual void downloadLicence(const QString &licenceId, ChunkCallback done) = 0;
    virtual void fetchCalendar(int year, CalendarCallback done) = 0;
    // The device's audit entries (JSON objects in order); answers the last sequence number the
    // platform holds for the device.
    virtual void pushAudit(const QString &device, const QJsonArray &entries, AuditCallback done)
            = 0;
    // Reserves `count` 文号 of a notice kind and year for the user's department.
    virtual void reserveNoticeNumbers(const QString &kind, int year, int count,
                                      NumbersCallback done)
            = 0;
    // A notice-signing certificate for the user's department.
    virtual void issueSigningCertificate(CertificateCallback done) = 0;
    // Registers the user's personal approval key (SM2 public key, PEM); answers the key's id as
    // the platform computed it. Registering a key again is no error.
    virtual void registerApprovalKey(const QByteArray &publicKeyPem, KeyCallback done) = 0;
    // Ends the session on the platform (RFC 7009): the refresh token and its access tokens.
    virtual void revoke(DoneCallback done) = 0;

Q_SIGNALS:
    // Refresh tokens rotate: the new one must replace the stored one at once.
    void refreshTokenChanged(const QString &refreshToken);
    // The platform no longer accepts the session; the user must sign in again.
    void sessionExpired(const QString &message);
    // How far the platform's clock is ahead of ours (seconds), from each answer's Date header.
    void clockOffsetChanged(qint64 seconds);
};

} // namespace casedesk
