#pragma once

#include "Faults.h"
#include "SimHttp.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace sim {

struct Account;
struct ActionOutcome;

// onestop-sim: the platform's REST API (docs/platform-api.yaml) over a SQLite file.
class SimServer
{
public:
    struct Options
    {
        QString dataDir;
        quint64 seed = 1;
        int cases = 2000;
        int accessTokenTtl = 900;
        int refreshGrace = 30; // seconds a used refresh token still works
        qint64 clockSkew = 0; // seconds added to the Date header: a platform clock ahead of ours
        QDate today;
        double arrivalsPerMinute = 0;
        int rateLimit = 100; // requests per second and token; 0: no limit
        FaultSpec faults;
        QString tlsCert;
        QString tlsKey;
    };

    explicit SimServer(Options options);
    ~SimServer();

    // Opens or creates the state; a state made with another seed or size is made anew.
    bool open(QString *error);
    // Returns the port, or 0; `error` says why.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    bool usesTls() const { return !m_options.tlsCert.isEmpty(); }

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QRegularExpression path;
        bool authenticated;
        std::function<Reply(const QHttpServerRequest &, const QRegularExpressionMatch &,
                            const Account *)>
                handler;
    };

    void addRoutes();
    bool generate(QString *error);
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply route(const QHttpServerRequest &request);
    QString now() const;

    Reply token(const QHttpServerRequest &request);
    Reply me(const Account &user);
    Reply issueSigningCertificate(const Account &user);
    Reply registerApprovalKey(const QHttpServerRequest &request, const Account &user);
    // Refuses `outcome` unless the approval carries a valid signature of its approver.
    void signApproval(const QJsonObject &before, const QString &type, const QJsonObject &payload,
                      const Account &user, ActionOutcome *outcome) const;
    Reply revoke(const QHttpServerRequest &request);
    Reply authorizePage(const QHttpServerRequest &request);
    Reply authorize(const QHttpServerRequest &request);
    Reply receiveAudit(const QHttpServerRequest &request, const Account &user);
    Reply reserveNoticeNumbers(const QHttpServerRequest &request, const Account &user);
    Reply items(const QHttpServerRequest &request);
    // One page of `SELECT json <from> ORDER BY <orderBy>` with the total, as every list answers.
    Reply page(const QHttpServerRequest &request, const char *key, const QString &from,
               const QVariantMap &binds, const QString &orderBy);
    Reply changes(const QHttpServerRequest &request, const Account &user);
    // Reconciliation: counts and digests of the cases the user's feed holds, per department and
    // stage, and the ids and versions of one group.
    Reply cacheDigest(const Account &user);
    Reply digestCases(const QHttpServerRequest &request, const Account &user);
    Reply listCases(const QHttpServerRequest &request, const Account &user);
    Reply getCase(const QHttpServerRequest &request, const QString &id, const Account &user);
    Reply material(const QHttpServerRequest &request, const QString &id, const QString &mid,
                   const Account &user);
    Reply action(const QHttpServerRequest &request, const QString &id, const Account &user);
    // 窗口收件: a case registered at the counter, created once per Idempotency-Key.
    Reply createCase(const QHttpServerRequest &request, const Account &user);
    Reply claim(const QString &id, const Account &user, bool take);
    Reply assign(const QHttpServerRequest &request, const QString &id, const Account &user);
    Reply staff(const Account &user);
    Reply uploadNotice(const QHttpServerRequest &request, const QString &id, const Account &user);
    // Resumable material upload (Uploads.cpp): announced with its size and SHA-256, sent in
    // chunks each with its own digest, completed when the whole file's digest matches.
    static QString uploadsTable();
    static QString uploadChunksTable();
    Reply createUpload(const QHttpServerRequest &request, const QString &id, const Account &user);
    Reply uploadState(const QString &id, const QString &uploadId, const Account &user);
    Reply uploadChunk(const QHttpServerRequest &request, const QString &id,
                      const QString &uploadId, const QString &offset, const Account &user);
    Reply completeUpload(const QString &id, const QString &uploadId, const Account &user);
    Reply licences(const QHttpServerRequest &request, const Account &user);
    Reply licenceContent(const QString &id);
    Reply calendar(const QString &year);
    Reply listFeedRecords(const QHttpServerRequest &request, const Account &user,
                          const QString &table);
    Reply reply(const QHttpServerRequest &request, const QString &table, const QString &id,
                const Account &user);

    std::optional<QJsonObject> loadCase(const QString &id, const Account &user, Reply *failure);
    void storeCase(const QJsonObject &c);
    void appendChange(const QString &type, const QString &id, const QString &op,
                      const QString &dept, const QByteArray &payload);
    std::optional<Account> authenticate(const QHttpServerRequest &request) const;
    Reply issueTokens(const QString &userName, const QString &session = {});
    bool rateLimited(const QByteArray &key);
    void livingWorldTick();

    Options m_options;
    QDateTime m_until;
    QSqlDatabase m_db;
    QHttpServer m_server;
    QList<Route> m_routes;
    Faults m_faults;
    QRandomGenerator m_worldRng;
    QTimer m_world;
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace sim
