#pragma once

#include "platform/PlatformClient.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimer>

#include <functional>

// An in-process platform for unit tests of the sync engine, in the manner of a fake network
// access manager: every call is recorded and answered from the event loop (never inside the
// call, as a network would not), by the test's override for that request when it set one,
// else as a healthy platform with nothing new would answer. Integration tests use onestop-sim.
class FakePlatform : public casedesk::PlatformClient
{
public:
    using PlatformClient::PlatformClient;

    // Per-request overrides.
    std::function<void(const QString &cursor, int limit, PageCallback done)> onChanges;
    std::function<void(const QString &caseId, const casedesk::ActionRequest &action,
                       CaseCallback done)>
            onAction;
    std::function<void(const QString &caseId, bool claim, ClaimCallback done)> onClaim;
    std::function<void(const QJsonObject &application, const QString &idempotencyKey,
                       CaseCallback done)>
            onCreate;
    std::function<void(const QString &caseId, CaseCallback done)> onCase;
    std::function<void(const QString &caseId, const casedesk::UploadSpec &spec, const QString &key,
                       UploadCallback done)>
            onCreateUpload;
    std::function<void(const QString &caseId, const QString &uploadId, UploadCallback done)>
            onUploadState;
    std::function<void(const QString &caseId, const QString &uploadId, qint64 offset,
                       const QByteArray &chunk, UploadCallback done)>
            onChunk;
    std::function<void(const QString &caseId, const QString &uploadId, CaseCallback done)>
            onComplete;
    std::function<void(const QByteArray &publicKeyPem, KeyCallback done)> onRegisterKey;
    std::function<void(const QString &caseId, const QString &userName, CaseCallback done)> onAssign;
    std::function<void(ItemsCallback done)> onItems;
    std::function<void(DigestCallback done)> onDigest;
    std::function<void(const QString &department, const QString &stage, VersionsCallback done)>
            onDigestCases;

    // What was asked, in order: "changes CURSOR", "action CASE VERB", "claim CASE", …
    QStringList calls;

    // A platform error of `kind`, with a message as the REST client would give one.
    static casedesk::PlatformError error(casedesk::PlatformError::Kind kind,
                                         const QString &message = QStringLiteral("fake"))
    {
        casedesk::PlatformError e;
        e.kind = kind;
        e.message = message;
        return e;
    }

    void signIn(const QString &, const QString &, TokensCallback done) override
    {
        calls.append(QStringLiteral("sign-in"));
        later([done] { done(casedesk::Tokens{}, {}); });
    }
    void setRefreshToken(const QString &token) override { m_session = !token.isEmpty(); }
    bool hasSession() const override { return m_session; }
    void fetchMe(UserCallback done) override
    {
        calls.append(QStringLiteral("me"));
        later([done] { done(casedesk::UserInfo{}, {}); });
    }
    void fetchChanges(const QString &cursor, int limit, PageCallback done) override
    {
        calls.append(QStringLiteral("changes ") + cursor);
        if (onChanges) {
            later([this, cursor, limit, done] { onChanges(cursor, limit, done); });
            return;
        }
        later([cursor, done] {
            casedesk::ChangePage page;
            page.batch.cursor = cursor.isEmpty() ? QStringLiteral("c0") : cursor;
            done(page, {});
        });
    }
    void fetchCase(const QString &caseId, const QByteArray &, CaseCallback done) override
    {
        calls.append(QStringLiteral("case ") + caseId);
        if (onCase) {
            later([this, caseId, done] { onCase(caseId, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::NotFound)); });
    }
    void postAction(const QString &caseId, const casedesk::ActionRequest &action,
                    CaseCallback done) override
    {
        calls.append(QStringLiteral("action %1 %2").arg(caseId, action.type));
        if (onAction) {
            later([this, caseId, action, done] { onAction(caseId, action, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void createCase(const QJsonObject &application, const QString &idempotencyKey,
                    CaseCallback done) override
    {
        calls.append(QStringLiteral("create ") + idempotencyKey);
        if (onCreate) {
            later([this, application, idempotencyKey, done] {
                onCreate(application, idempotencyKey, done);
            });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void claimCase(const QString &caseId, bool claim, ClaimCallback done) override
    {
        calls.append(QStringLiteral("claim ") + caseId);
        if (onClaim) {
            later([this, caseId, claim, done] { onClaim(caseId, claim, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void assignCase(const QString &caseId, const QString &userName, const QString &,
                    CaseCallback done) override
    {
        calls.append(QStringLiteral("assign %1 %2").arg(caseId, userName));
        if (onAssign) {
            later([this, caseId, userName, done] { onAssign(caseId, userName, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void fetchStaff(StaffCallback done) override
    {
        calls.append(QStringLiteral("staff"));
        later([done] { done({}, {}); });
    }
    void fetchItems(ItemsCallback done) override
    {
        calls.append(QStringLiteral("items"));
        if (onItems) {
            later([this, done] { onItems(done); });
            return;
        }
        later([done] { done({}, {}); });
    }
    void fetchCacheDigest(DigestCallback done) override
    {
        calls.append(QStringLiteral("digest"));
        if (onDigest) {
            later([this, done] { onDigest(done); });
            return;
        }
        // As a platform that predates reconciliation: nothing to compare with.
        later([done] { done({}, error(casedesk::PlatformError::Kind::NotFound)); });
    }
    void fetchDigestCases(const QString &department, const QString &stage,
                          VersionsCallback done) override
    {
        calls.append(QStringLiteral("digest-cases %1 %2").arg(department, stage));
        if (onDigestCases) {
            later([this, department, stage, done] { onDigestCases(department, stage, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::NotFound)); });
    }
    void downloadMaterial(const QString &caseId, const QString &materialId, qint64,
                          ChunkCallback done) override
    {
        calls.append(QStringLiteral("material %1 %2").arg(caseId, materialId));
        later([done] { done({}, error(casedesk::PlatformError::Kind::NotFound)); });
    }
    void createUpload(const QString &caseId, const casedesk::UploadSpec &spec, const QString &key,
                      UploadCallback done) override
    {
        calls.append(QStringLiteral("upload %1 %2 %3").arg(caseId, spec.name, key));
        if (onCreateUpload) {
            later([this, caseId, spec, key, done] { onCreateUpload(caseId, spec, key, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void fetchUpload(const QString &caseId, const QString &uploadId, UploadCallback done) override
    {
        calls.append(QStringLiteral("upload-state %1 %2").arg(caseId, uploadId));
        if (onUploadState) {
            later([this, caseId, uploadId, done] { onUploadState(caseId, uploadId, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void sendUploadChunk(const QString &caseId, const QString &uploadId, qint64 offset,
                         const QByteArray &chunk, UploadCallback done) override
    {
        calls.append(QStringLiteral("chunk %1 %2 %3").arg(caseId, uploadId).arg(offset));
        if (onChunk) {
            later([this, caseId, uploadId, offset, chunk, done] {
                onChunk(caseId, uploadId, offset, chunk, done);
            });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void completeUpload(const QString &caseId, const QString &uploadId, CaseCallback done) override
    {
        calls.append(QStringLiteral("complete %1 %2").arg(caseId, uploadId));
        if (onComplete) {
            later([this, caseId, uploadId, done] { onComplete(caseId, uploadId, done); });
            return;
        }
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void uploadNotice(const QString &caseId, const QString &kind, const QByteArray &,
                      NoticeCallback done) override
    {
        calls.append(QStringLiteral("notice %1 %2").arg(caseId, kind));
        later([done] { done({}, error(casedesk::PlatformError::Kind::Network)); });
    }
    void fetchLicences(const QString &, LicencesCallback done) override
    {
        calls.append(QStringLiteral("licences"));
        later([done] { done({}, {}); });
    }
    void downloadLicence(const QString &, ChunkCallback done) override
    {
        calls.append(QStringLiteral("licence"));
        later([done] { done({}, error(casedesk::PlatformError::Kind::NotFound)); });
    }
    void fetchCalendar(int, CalendarCallback done) override
    {
        calls.append(QStringLiteral("calendar"));
        later([done] { done({}, error(casedesk::PlatformError::Kind::NotFound)); });
    }
    void pushAudit(const QString &, const QJsonArray &entries, AuditCallback done) override
    {
        calls.append(QStringLiteral("audit"));
        const qint64 last = entries.isEmpty()
                ? 0
                : entries.last().toObject().value(QStringLiteral("seq")).toInteger();
        later([done, last] { done(last, {}); });
    }
    void reserveNoticeNumbers(const QString &kind, int, int, NumbersCallback done) override
    {
        calls.append(QStringLiteral("numbers ") + kind);
        // As for a role that issues no notices: refused, which is no failure of a sync.
        later([done] { done({}, error(casedesk::PlatformError::Kind::Forbidden)); });
    }
    void issueSigningCertificate(CertificateCallback done) override
    {
        later([done] { done({}, error(casedesk::PlatformError::Kind::Forbidden)); });
    }
    void registerApprovalKey(const QByteArray &publicKeyPem, KeyCallback done) override
    {
        calls.append(QStringLiteral("register-key"));
        if (onRegisterKey) {
            later([this, publicKeyPem, done] { onRegisterKey(publicKeyPem, done); });
            return;
        }
        later([done] { done(QStringLiteral("fake-key"), {}); });
    }
    void revoke(DoneCallback done) override
    {
        calls.append(QStringLiteral("revoke"));
        m_session = false;
        later([done] { done({}); });
    }

private:
    void later(std::function<void()> answer) { QTimer::singleShot(0, this, std::move(answer)); }
    bool m_session = false;
};
