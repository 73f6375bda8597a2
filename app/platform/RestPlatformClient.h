#pragma once

#include "PlatformClient.h"
#include "security/TlsPolicy.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace casedesk {

// PlatformClient over the REST API of docs/platform-api.yaml.
class RestPlatformClient : public PlatformClient
{
    Q_OBJECT
public:
    explicit RestPlatformClient(QUrl baseUrl, QObject *parent = nullptr);

    void signIn(const QString &userName, const QString &password, TokensCallback done) override;
    void setRefreshToken(const QString &refreshToken) override;
    bool hasSession() const override { return !m_tokens.refreshToken.isEmpty(); }

    void fetchMe(UserCallback done) override;
    void fetchChanges(const QString &cursor, int limit, PageCallback done) override;
    void fetchCase(const QString &caseId, const QByteArray &knownEtag, CaseCallback done) override;
    void postAction(const QString &caseId, const ActionRequest &action, CaseCallback done) override;
    void createCase(const QJsonObject &application, const QString &idempotencyKey,
                    CaseCallback done) override;
    void claimCase(const QString &caseId, bool claim, ClaimCallback done) override;
    void downloadMaterial(const QString &caseId, const QString &materialId, qint64 offset,
                          ChunkCallback done) override;
    void createUpload(const QString &caseId, const UploadSpec &spec,
                      const QString &idempotencyKey, UploadCallback done) override;
    void fetchUpload(const QString &caseId, const QString &uploadId, UploadCallback done) override;
    void sendUploadChunk(const QString &caseId, const QString &uploadId, qint64 offset,
                         const QByteArray &chunk, UploadCallback done) override;
    void completeUpload(const QString &caseId, const QString &uploadId,
                        CaseCallback done) override;
    void uploadNotice(const QString &caseId, const QString &kind, const QByteArray &pdf,
                      NoticeCallback done) override;
    void fetchLicences(const QString &holderId, LicencesCallback done) override;
    void downloadLicence(const QString &licenceId, ChunkCallback done) override;
    void fetchCalendar(int year, CalendarCallback done) override;
    void pushAudit(const QString &device, const QJsonArray &entries, AuditCallback done) override;
    void revoke(DoneCallback done) override;
    void issueSigningCertificate(CertificateCallback done) override;
    void assignCase(const QString &caseId, const QString &userName, const QString &reason,
                    CaseCallback done) override;
    void fetchStaff(StaffCallback done) override;
    void fetchItems(ItemsCallback done) override;
    void fetchCacheDigest(DigestCallback done) override;
    void fetchDigestCases(const QString &department, const QString &stage,
                          VersionsCallback done) override;
    void registerApprovalKey(const QByteArray &publicKeyPem, KeyCallback done) override;
    void reserveNoticeNumbers(const QString &kind, int year, int count,
                              NumbersCallback done) override;
    // The authorization-code grant with PKCE (RFC 7636), after the identity portal redirected
    // the browser back with `code` (platform/PkceSignIn).
    void signInWithCode(const QString &code, const QString &verifier, const QString &redirectUri,
                        const QString &clientId, TokensCallback done);

    // Which certificates to trust; every request after this call follows it. Returns a warning
    // when the department CA bundle cannot be read (the system CAs are still used).
    QString setTlsPolicy(const TlsPolicy &policy);
    // The size cap and the overall deadline of every answer but a material file's (defaults
    // 64 MiB and 120 s); a test shortens them.
    void setAnswerLimits(qint64 maxBytes, int deadlineMs);

    QUrl baseUrl() const { return m_baseUrl; }
    QNetworkAccessManager *network() { return &m_network; }

private:
    using ReplyHandler = std::function<void(QNetworkReply *reply, const PlatformError &error)>;

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    enum class Grant { Password, Refresh, Code };
    void requestToken(const QUrlQuery &form, Grant grant, TokensCallback done);
    struct Call
    {
        QByteArray verb = "GET";
        QString path;
        QUrlQuery query;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool material = false; // a file: a larger size cap and a longer deadline
    };
    // A call with the access token; refreshes it first when needed and once more on a 401.
    void authorized(const Call &call, ReplyHandler handler, bool retried = false);
    // The common case of a JSON answer parsed by `parse`.
    template<typename T, typename Parse>
    void authorizedJson(const Call &call, Parse parse,
                        std::function<void(const T &, const PlatformError &)> done);
    void withFreshToken(std::function<void(const PlatformError &)> then);
    // What went wrong, logged in one line (method, path, kind, status, problem code).
    PlatformError errorFor(QNetworkReply *reply) const;
    PlatformError classify(QNetworkReply *reply) const;
    // Stops `reply` past its size cap or its overall deadline (marked for classify).
    void bound(QNetworkReply *reply, bool material);
    void noteServerDate(QNetworkReply *reply);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    qint64 m_maxAnswerBytes;
    int m_answerDeadlineMs;
    TlsPolicy m_tls;
    QSslConfiguration m_tlsConfiguration;
    QString m_tlsWarning;
    Tokens m_tokens;
    bool m_refreshing = false;
    qint64 m_clockOffset = 0;
    QList<std::function<void(const PlatformError &)>> m_waitingForToken;
};

} // namespace casedesk
