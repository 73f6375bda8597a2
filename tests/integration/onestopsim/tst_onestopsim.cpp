#include "SimProcess.h"
#include "cases/ApprovalStatement.h"
#include "cases/CaseCodec.h"
#include "security/Sm2.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// onestop-sim as the platform: its rules, idempotency, versions, paging, files, faults, TLS and
// persistence, checked over real HTTP.
namespace {

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Http
{
public:
    explicit Http(QUrl base) : m_base(std::move(base)) { m_nam.setAutoDeleteReplies(true); }
    QNetworkAccessManager &nam() { return m_nam; }

    Response send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                  const QString &token = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setTransferTimeout(20000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        if (m_caCertificates) {
            QSslConfiguration tls = request.sslConfiguration();
            tls.setCaCertificates(*m_caCertificates);
            request.setSslConfiguration(tls);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        return r;
    }

    QString signIn(const QString &user)
    {
        const Response r
                = send("POST", QStringLiteral("/api/v1/token"),
                       "grant_type=password&username=" + user.toLatin1() + "&password=demo123",
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
        return r.json().value(QStringLiteral("access_token")).toString();
    }

    void trust(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    std::optional<QList<QSslCertificate>> m_caCertificates;
};

QByteArray actionBody(const char *type, const QJsonObject &payload = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                     {QStringLiteral("payload"), payload}})
            .toJson(QJsonDocument::Compact);
}

// `payload` for `type` on `c`, signed by `user` with `keyPem` as the client signs it
// (cases/ApprovalStatement): what the simulator checks is computed by the client's code.
// The approval chain's roles of a case, and how many of its steps are signed.
QStringList chainOf(const QJsonObject &c)
{
    QStringList roles;
    const QJsonObject approval = c.value(QStringLiteral("approval")).toObject();
    for (const QJsonValue &v : approval.value(QStringLiteral("chain")).toArray())
        roles.append(v.toString());
    return roles;
}

qsizetype signedSteps(const QJsonObject &c)
{
    return c.value(QStringLiteral("approval"))
            .toObject()
            .value(QStringLiteral("approvals"))
            .toArray()
            .size();
}

QJsonObject signedPayload(const QJsonObject &c, const char *type, QJsonObject payload,
                          const QString &user, const QByteArray &keyPem,
                          const QString &commentSigned = {})
{
    QString readError;
    const std::optional<casedesk::Case> typed
            = casedesk::CaseCodec::readCase(c, QStringLiteral("case"), &readError);
    if (!typed)
        return {};
    QJsonObject seen = payload;
    if (!commentSigned.isNull())
        seen.insert(QStringLiteral("comment"), commentSigned);
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-5);
    QString error;
    const QByteArray value = casedesk::Sm2::sign(
            keyPem, casedesk::ApprovalStatement::distinguishingId(user),
            casedesk::ApprovalStatement::text(*typed, QLatin1String(type), seen, user, at), &error);
    const QByteArray publicKey = casedesk::Sm2::publicKeyOf(keyPem);
    payload.insert(
            QStringLiteral("signature"),
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("SM2-SM3")},
                        {QStringLiteral("keyId"), casedesk::Sm2::keyId(publicKey)},
                        {QStringLiteral("publicKey"), QString::fromLatin1(publicKey)},
                        {QStringLiteral("signedAt"), casedesk::ApprovalStatement::timestamp(at)},
                        {QStringLiteral("value"), QString::fromLatin1(value.toBase64())}});
    return payload;
}

QByteArray keyBody(const QByteArray &privatePem)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("publicKey"),
                                      QString::fromLatin1(casedesk::Sm2::publicKeyOf(privatePem))}})
            .toJson(QJsonDocument::Compact);
}

} // namespace

class TestOnestopSim : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim{SimProcess::Options{600, 21, 900, QStringLiteral("2026-11-27")}};
    std::unique_ptr<Http> m_http;
    QString m_clerk1, m_clerk2, m_chief, m_super, m_head;
    int m_keys = 0;

    // A case of the clerks' department in `stage` that `user` may work on.
    QJsonObject findCase(const QString &stage, const QString &workableBy,
                         const std::function<bool(const QJsonObject &)> &also = {})
    {
        for (int offset = 0; offset < 600; offset += 200) {
            const Response r
                    = m_http->send("GET",
                                   QStringLiteral("/api/v1/cases?stage=%1&limit=200&offset=%2")
                                           .arg(stage)
                                           .arg(offset),
                                   {}, {}, m_clerk1);
            const QJsonArray cases = r.json().value(QStringLiteral("cases")).toArray();
            for (const QJsonValue &v : cases) {
                const QString holder = v.toObject().value(QStringLiteral("claimedBy")).toString();
                if ((holder.isEmpty() || holder == workableBy) && (!also || also(v.toObject())))
                    return v.toObject();
            }
        }
        return {};
    }

    Response act(const QJsonObject &c, const QByteArray &body, const QString &token,
                 QByteArray key = {})
    {
        if (key.isEmpty())
            key = "test-key-" + QByteArray::number(++m_keys);
        return m_http->send(
                "POST",
                QStringLiteral("/api/v1/cases/%1/actions")
                        .arg(c.value(QStringLiteral("id")).toString()),
                body,
                {{"Idempotency-Key", key},
                 {"If-Match",
                  "\"v" + QByteArray::number(c.value(QStringLiteral("version")).toInteger())
                          + '"'}},
                token);
    }

    int actionLogRows(const QString &key)
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("simlog"));
        db.setDatabaseName(m_sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
        int rows = -1;
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM actions WHERE idem_key = ?"));
            q.addBindValue(key);
            if (q.exec() && q.next())
                rows = q.value(0).toInt();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("simlog"));
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        m_http = std::make_unique<Http>(m_sim.url());
        m_clerk1 = m_http->signIn(QStringLiteral("clerk1"));
        m_clerk2 = m_http->signIn(QStringLiteral("clerk2"));
        m_chief = m_http->signIn(QStringLiteral("chief1"));
        m_super = m_http->signIn(QStringLiteral("super1"));
        m_head = m_http->signIn(QStringLiteral("head1"));
        QVERIFY(!m_clerk1.isEmpty() && !m_chief.isEmpty() && !m_super.isEmpty()
                && !m_head.isEmpty());
    }

    void everyCallNeedsAToken()
    {
        const Response r = m_http->send("GET", QStringLiteral("/api/v1/cases"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_token"));
        QVERIFY(r.headers.value("content-type").startsWith("application/problem+json"));
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/v1/nothing"), {}, {}, m_clerk1).status,
                 404);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v1/me"), {}, {}, m_clerk1).status,
                 405);
    }

    void departmentsSeeTheirOwnCases()
    {
        const int clerkTotal
                = m_http->send("GET", QStringLiteral("/api/v1/cases?limit=1"), {}, {}, m_clerk1)
                          .json()
                          .value(QStringLiteral("total"))
                          .toInt();
        const int allTotal
                = m_http->send("GET", QStringLiteral("/api/v1/cases?limit=1"), {}, {}, m_super)
                          .json()
                          .value(QStringLiteral("total"))
                          .toInt();
        QCOMPARE(allTotal, 600);
        QVERIFY(clerkTotal > 0 && clerkTotal < allTotal);
        // Another department's case does not exist for the clerk.
        const Response all
                = m_http->send("GET", QStringLiteral("/api/v1/cases?limit=200"), {}, {}, m_super);
        for (const QJsonValue &v : all.json().value(QStringLiteral("cases")).toArray()) {
            if (v.toObject().value(QStringLiteral("department")).toString()
                != QLatin1String("SCJG")) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                QCOMPARE(
                        m_http->send("GET", QStringLiteral("/api/v1/cases/") + id, {}, {}, m_clerk1)
                                .status,
                        404);
                break;
            }
        }
    }

    // A clock that restarted after a correction has the correction in the history, asked for
    // by the department and answered by the applicant, in that order.
    void aResubmissionHasItsCorrectionInTheHistory()
    {
        int resubmitted = 0;
        for (int offset = 0; offset < 600; offset += 200) {
            const Response r = m_http->send(
                    "GET",
                    QStringLiteral("/api/v1/cases?stage=acceptance&limit=200&offset=%1")
                            .arg(offset),
                    {}, {}, m_super);
            for (const QJsonValue &v : r.json().value(QStringLiteral("cases")).toArray()) {
                const QJsonObject listed = v.toObject();
                const QJsonObject c
                        = m_http->send("GET",
                                       QStringLiteral("/api/v1/cases/")
                                               + listed.value(QStringLiteral("id")).toString(),
                                       {}, {}, m_super)
                                  .json();
                if (!c.contains(QStringLiteral("resubmittedAt")))
                    continue;
                ++resubmitted;
                QStringList kinds;
                for (const QJsonValue &e : c.value(QStringLiteral("history")).toArray())
                    kinds.append(e.toObject().value(QStringLiteral("kind")).toString());
                const qsizetype asked = kinds.indexOf(QStringLiteral("requestCorrection"));
                const qsizetype answered = kinds.indexOf(QStringLiteral("resubmitted"));
                QVERIFY2(asked >= 0 && answered > asked, qPrintable(kinds.join(QLatin1Char(','))));
            }
        }
        QVERIFY(resubmitted > 0);
    }

    // What waits for a chief's approval was proposed by a clerk: the decision proposed, the
    // opinion, and for a denial its reasons and legal basis (行政许可法 art. 38), on record.
    void aCaseInApprovalCarriesItsProposal()
    {
        const Response r = m_http->send(
                "GET", QStringLiteral("/api/v1/cases?stage=approval&limit=200"), {}, {}, m_super);
        const QJsonArray listed = r.json().value(QStringLiteral("cases")).toArray();
        QVERIFY(!listed.isEmpty());
        for (const QJsonValue &v : listed) {
            const QJsonObject c
                    = m_http->send("GET",
                                   QStringLiteral("/api/v1/cases/")
                                           + v.toObject().value(QStringLiteral("id")).toString(),
                                   {}, {}, m_super)
                              .json();
            const QJsonObject proposal = c.value(QStringLiteral("proposal")).toObject();
            const QString decision = proposal.value(QStringLiteral("proposal")).toString();
            QVERIFY2(decision == QLatin1String("grant") || decision == QLatin1String("deny"),
                     qPrintable(c.value(QStringLiteral("id")).toString()));
            QVERIFY(!proposal.value(QStringLiteral("opinion")).toString().isEmpty());
            if (decision == QLatin1String("deny")) {
                QVERIFY(!proposal.value(QStringLiteral("reasons")).toString().isEmpty());
                QVERIFY(!proposal.value(QStringLiteral("legalBasis")).toString().isEmpty());
            }
            bool proposed = false;
            for (const QJsonValue &e : c.value(QStringLiteral("history")).toArray())
                proposed = proposed
                        || e.toObject().value(QStringLiteral("kind")).toString()
                                == QLatin1String("propose");
            QVERIFY(proposed);
        }
    }

    // 行政许可法 art. 42: 经本行政机关负责人批准，可以延长十日. The demo has requests waiting for
    // the agency head (head1); the section chief's approval is refused, the head's moves the
    // limit by the days asked for and is on record; the head claims no case.
    void anExtensionIsTheAgencyHeadsToApprove()
    {
        QJsonObject requested;
        for (const char *stage : {"review", "approval"}) {
            const Response r = m_http->send(
                    "GET",
                    QStringLiteral("/api/v1/cases?stage=%1&limit=200").arg(QLatin1String(stage)),
                    {}, {}, m_head);
            for (const QJsonValue &v : r.json().value(QStringLiteral("cases")).toArray()) {
                const QJsonObject c = m_http->send("GET",
                                                   QStringLiteral("/api/v1/cases/")
                                                           + v.toObject()
                                                                     .value(QStringLiteral("id"))
                                                                     .toString(),
                                                   {}, {}, m_head)
                                              .json();
                if (requested.isEmpty() && c.contains(QStringLiteral("extensionRequest")))
                    requested = c;
            }
        }
        QVERIFY2(!requested.isEmpty(), "no extension request waits in the demo");
        const int days = requested.value(QStringLiteral("extensionRequest"))
                                 .toObject()
                                 .value(QStringLiteral("days"))
                                 .toInt();
        QVERIFY(days >= 1 && days <= 10);

        QString chiefError;
        const QByteArray chiefKey = casedesk::Sm2::newPrivateKey(&chiefError);
        m_http->send("POST", QStringLiteral("/api/v1/me/approval-keys"), keyBody(chiefKey), {},
                     m_chief);
        // Signed or not, a chief does not approve an extension.
        const Response byChief = act(requested,
                                     actionBody("approveExtension",
                                                signedPayload(requested, "approveExtension", {},
                                                              QStringLiteral("chief1"), chiefKey)),
                                     m_chief);
        QCOMPARE(byChief.status, 403);
        QCOMPARE(byChief.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("role-forbidden"));
        // The chain: the chief's opinion goes with the request, once.
        QCOMPARE(act(requested, actionBody("recommendExtension"), m_chief).status, 422);
        const Response opinion = act(
                requested,
                actionBody("recommendExtension",
                           {{QStringLiteral("opinion"), QStringLiteral("同意延长，请负责人审批")}}),
                m_chief);
        QCOMPARE(opinion.status, 200);
        requested = opinion.json();
        QCOMPARE(requested.value(QStringLiteral("extensionRequest"))
                         .toObject()
                         .value(QStringLiteral("recommendation"))
                         .toString(),
                 QStringLiteral("同意延长，请负责人审批"));
        QCOMPARE(act(requested,
                     actionBody("recommendExtension",
                                {{QStringLiteral("opinion"), QStringLiteral("再次同意")}}),
                     m_chief)
                         .status,
                 422);

        // The head signs it; unsigned, it is refused.
        QCOMPARE(act(requested, actionBody("approveExtension"), m_head).status, 422);
        QString error;
        const QByteArray headKey = casedesk::Sm2::newPrivateKey(&error);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/me/approval-keys"), keyBody(headKey),
                              {}, m_head)
                         .status,
                 201);
        const Response byHead = act(requested,
                                    actionBody("approveExtension",
                                               signedPayload(requested, "approveExtension", {},
                                                             QStringLiteral("head1"), headKey)),
                                    m_head);
        QCOMPARE(byHead.status, 200);
        const QJsonObject after = byHead.json();
        QCOMPARE(after.value(QStringLiteral("extensionDays")).toInt(),
                 requested.value(QStringLiteral("extensionDays")).toInt() + days);
        QVERIFY(!after.contains(QStringLiteral("extensionRequest")));
        const QJsonArray history = after.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("approveExtension"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("head1"));
        // Nothing left to approve.
        QCOMPARE(act(after, actionBody("approveExtension"), m_head).status, 422);

        const Response claim
                = m_http->send("POST",
                               QStringLiteral("/api/v1/cases/%1/claim")
                                       .arg(requested.value(QStringLiteral("id")).toString()),
                               {}, {}, m_head);
        QCOMPARE(claim.status, 403);
    }

    void conditionalGet()
    {
        const QJsonObject c = findCase(QStringLiteral("review"), QStringLiteral("clerk1"));
        const QString path
                = QStringLiteral("/api/v1/cases/") + c.value(QStringLiteral("id")).toString();
        const Response first = m_http->send("GET", path, {}, {}, m_clerk1);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(m_http->send("GET", path, {}, {{"If-None-Match", etag}}, m_clerk1).status, 304);
        QCOMPARE(m_http->send("GET", path, {}, {{"If-None-Match", "\"v0\""}}, m_clerk1).status,
                 200);
    }

    // 分派: the chief moves a clerk's claim to another clerk of the department, with a reason;
    // the history says who moved it from whom; nobody else assigns, and never outside.
    void theChiefMovesAClaimToAnotherClerk()
    {
        const QJsonObject c = findCase(QStringLiteral("review"), QString());
        QVERIFY(!c.isEmpty());
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString claim = QStringLiteral("/api/v1/cases/%1/claim").arg(id);
        const QString assign = QStringLiteral("/api/v1/cases/%1/assign").arg(id);
        QCOMPARE(m_http->send("POST", claim, {}, {}, m_clerk1).status, 200);
        const auto body = [](const char *to, const char *reason) {
            return QJsonDocument(QJsonObject{{QStringLiteral("to"), QLatin1String(to)},
                                             {QStringLiteral("reason"), QString::fromUtf8(reason)}})
                    .toJson(QJsonDocument::Compact);
        };
        const auto code = [](const Response &r) {
            return QStringLiteral("%1 %2").arg(r.status).arg(
                    r.json().value(QStringLiteral("code")).toString());
        };
        QCOMPARE(code(m_http->send("POST", assign, body("clerk2", "张敏休假"), {}, m_clerk1)),
                 QStringLiteral("403 role-forbidden"));
        QCOMPARE(code(m_http->send("POST", assign, body("clerk2", "张敏休假"), {}, m_head)),
                 QStringLiteral("403 role-forbidden"));
        QCOMPARE(code(m_http->send("POST", assign, body("clerk2", " "), {}, m_chief)),
                 QStringLiteral("422 invalid-payload"));
        // Not a clerk of the department: the district's supervisor, the head, nobody.
        for (const char *to : {"super1", "head1", "nobody"})
            QCOMPARE(code(m_http->send("POST", assign, body(to, "张敏休假"), {}, m_chief)),
                     QStringLiteral("422 assignee-outside-department"));
        const Response moved
                = m_http->send("POST", assign, body("clerk2", "张敏休假"), {}, m_chief);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(QStringLiteral("claimedBy")).toString(),
                 QStringLiteral("clerk2"));
        QCOMPARE(moved.json().value(QStringLiteral("version")).toInteger(),
                 c.value(QStringLiteral("version")).toInteger() + 2); // the claim, then this
        const QJsonObject event
                = moved.json().value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("assign"));
        QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("chief1"));
        QCOMPARE(event.value(QStringLiteral("assignee")).toString(), QStringLiteral("clerk2"));
        QCOMPARE(event.value(QStringLiteral("previousHolder")).toString(),
                 QStringLiteral("clerk1"));
        QCOMPARE(event.value(QStringLiteral("note")).toString(), QStringLiteral("张敏休假"));
        // The lock moved: the former holder can neither act on it nor take it back.
        QCOMPARE(m_http->send("POST", claim, {}, {}, m_clerk1).status, 409);
        QCOMPARE(m_http->send("DELETE", claim, {}, {}, m_clerk1).status, 409);
        QCOMPARE(act(moved.json(), actionBody("accept"), m_clerk1).status, 409);
        QCOMPARE(m_http->send("DELETE", claim, {}, {}, m_clerk2).status, 200);

        // The department's staff, for the chief to choose from.
        const QJsonArray staff
                = m_http->send("GET", QStringLiteral("/api/v1/staff"), {}, {}, m_chief)
                          .json()
                          .value(QStringLiteral("staff"))
                          .toArray();
        QStringList names;
        for (const QJsonValue &v : staff)
            names.append(v.toObject().value(QStringLiteral("userName")).toString());
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("chief1"), QStringLiteral("clerk1"),
                              QStringLiteral("clerk2"), QStringLiteral("head1")}));
    }

    // 转办: the chief sends a case that is not the department's back to the dispatcher; it
    // leaves the department's feed with a delete, and the department no longer sees it.
    void aTransferredCaseLeavesTheDepartment()
    {
        QString cursor;
        for (bool more = true; more;) {
            const QJsonObject page
                    = m_http->send("GET",
                                   QStringLiteral("/api/v1/changes?limit=500&cursor=") + cursor, {},
                                   {}, m_chief)
                              .json();
            cursor = page.value(QStringLiteral("nextCursor")).toString();
            more = page.value(QStringLiteral("hasMore")).toBool();
        }
        const QJsonObject c = findCase(QStringLiteral("preReview"), QString());
        QVERIFY(!c.isEmpty());
        const QString id = c.value(QStringLiteral("id")).toString();
        QCOMPARE(act(c, actionBody("transfer"), m_chief).status, 422); // says why
        QCOMPARE(act(c, actionBody("transfer", {{QStringLiteral("reason"), QStringLiteral("x")}}),
                     m_clerk1)
                         .status,
                 403);
        const Response sent
                = act(c,
                      actionBody("transfer",
                                 {{QStringLiteral("reason"), QStringLiteral("属于区卫健局职责")}}),
                      m_chief);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json().value(QStringLiteral("transferredFrom")).toString(),
                 QStringLiteral("SCJG"));
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/v1/cases/") + id, {}, {}, m_chief).status,
                 404);
        const QJsonArray changes
                = m_http->send("GET", QStringLiteral("/api/v1/changes?cursor=") + cursor, {}, {},
                               m_chief)
                          .json()
                          .value(QStringLiteral("changes"))
                          .toArray();
        QStringList seen;
        for (const QJsonValue &v : changes)
            seen.append(v.toObject().value(QStringLiteral("op")).toString() + QLatin1Char(' ')
                        + v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY2(seen.contains(QStringLiteral("delete ") + id), qPrintable(seen.join(u',')));
        QVERIFY2(!seen.contains(QStringLiteral("upsert ") + id), qPrintable(seen.join(u',')));
        // The district's supervisor still sees it, with the dispatcher.
        const QJsonObject held
                = m_http->send("GET", QStringLiteral("/api/v1/cases/") + id, {}, {}, m_super)
                          .json();
        QCOMPARE(held.value(QStringLiteral("department")).toString(), QStringLiteral("DISPATCH"));
    }

    void anApprovalCarriesItsApproversSignature()
    {
        QString error;
        const QByteArray key = casedesk::Sm2::newPrivateKey(&error);
        QVERIFY2(!key.isEmpty(), qPrintable(error));
        const QString keys = QStringLiteral("/api/v1/me/approval-keys");
        // Only those who approve register a key; only an SM2 key is taken; again is no error.
        QCOMPARE(m_http->send("POST", keys, keyBody(key), {}, m_clerk1).status, 403);
        QCOMPARE(m_http->send("POST", keys, R"({"publicKey": "not a key"})", {}, m_chief).status,
                 422);
        const Response registered = m_http->send("POST", keys, keyBody(key), {}, m_chief);
        QVERIFY(registered.status == 201 || registered.status == 200);
        QCOMPARE(registered.json().value(QStringLiteral("keyId")).toString(),
                 casedesk::Sm2::keyId(casedesk::Sm2::publicKeyOf(key)));
        QCOMPARE(m_http->send("POST", keys, keyBody(key), {}, m_chief).status, 200);

        // A chain of the chief alone, so that his approval decides.
        const QJsonObject c = findCase(
                QStringLiteral("approval"), QStringLiteral("clerk1"), [](const QJsonObject &o) {
                    return chainOf(o) == QStringList{QStringLiteral("Chief")};
                });
        QVERIFY(!c.isEmpty());
        const QJsonObject payload{{QStringLiteral("comment"), QStringLiteral("同意")}};
        const QString chief = QStringLiteral("chief1");
        const auto refusal = [&](const QJsonObject &p) {
            const Response r = act(c, actionBody("approve", p), m_chief);
            return QStringLiteral("%1 %2").arg(r.status).arg(
                    r.json().value(QStringLiteral("code")).toString());
        };
        QCOMPARE(refusal(payload), QStringLiteral("422 signature-required"));
        // Another key than the one registered.
        const QByteArray stranger = casedesk::Sm2::newPrivateKey(&error);
        QCOMPARE(refusal(signedPayload(c, "approve", payload, chief, stranger)),
                 QStringLiteral("422 signing-key-unknown"));
        // Signed for other words than those sent: tampered.
        QCOMPARE(
                refusal(signedPayload(c, "approve", payload, chief, key, QStringLiteral("不同意"))),
                QStringLiteral("422 signature-invalid"));
        // Signed as someone else.
        QCOMPARE(refusal(signedPayload(c, "approve", payload, QStringLiteral("chief2"), key)),
                 QStringLiteral("422 signature-invalid"));
        // A signature for another case does not carry over.
        QJsonObject other = c;
        other.insert(QStringLiteral("id"), QStringLiteral("another-case"));
        QCOMPARE(refusal(signedPayload(other, "approve", payload, chief, key)),
                 QStringLiteral("422 signature-invalid"));
        // A signature value altered by one byte.
        QJsonObject altered = signedPayload(c, "approve", payload, chief, key);
        QJsonObject signature = altered.value(QStringLiteral("signature")).toObject();
        QByteArray value = QByteArray::fromBase64(
                signature.value(QStringLiteral("value")).toString().toLatin1());
        value[value.size() / 2] = char(value.at(value.size() / 2) ^ 0x01);
        signature.insert(QStringLiteral("value"), QString::fromLatin1(value.toBase64()));
        altered.insert(QStringLiteral("signature"), signature);
        QCOMPARE(refusal(altered), QStringLiteral("422 signature-invalid"));

        const Response approved
                = act(c, actionBody("approve", signedPayload(c, "approve", payload, chief, key)),
                      m_chief);
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("decided"));
        const QJsonObject event
                = approved.json().value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("approve"));
        const QJsonObject recorded = event.value(QStringLiteral("signature")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("keyId")).toString(),
                 registered.json().value(QStringLiteral("keyId")).toString());
        QVERIFY(recorded.value(QStringLiteral("verified")).toBool());
    }

    // The approval chain (审批链), the platform's policy per item and decision: a denial goes
    // 科长审核 → 分管领导签发, each step signed by its holder and refused to anyone else; only
    // the last step decides; the chief may change the proposal only before he signs.
    void aDenialGoesFromTheChiefToTheHead()
    {
        QString error;
        const QByteArray chiefKey = casedesk::Sm2::newPrivateKey(&error);
        const QByteArray headKey = casedesk::Sm2::newPrivateKey(&error);
        const QString keys = QStringLiteral("/api/v1/me/approval-keys");
        QVERIFY(m_http->send("POST", keys, keyBody(chiefKey), {}, m_chief).status < 300);
        QVERIFY(m_http->send("POST", keys, keyBody(headKey), {}, m_head).status < 300);

        // The catalogue says so, per item and decision.
        const QJsonArray items
                = m_http->send("GET", QStringLiteral("/api/v1/items?limit=100"), {}, {}, m_clerk1)
                          .json()
                          .value(QStringLiteral("items"))
                          .toArray();
        QVERIFY(!items.isEmpty());
        const QStringList both{QStringLiteral("Chief"), QStringLiteral("Head")};
        for (const QJsonValue &v : items) {
            const QJsonObject chains
                    = v.toObject().value(QStringLiteral("approvalChain")).toObject();
            QCOMPARE(chains.value(QStringLiteral("deny")).toVariant().toStringList(), both);
        }

        // A clerk proposes a denial: its chain is set by the policy, nothing signed.
        const auto proposeDenial = [&](const QJsonObject &review) {
            const Response proposed
                    = act(review,
                          actionBody("propose",
                                     {{QStringLiteral("proposal"), QStringLiteral("deny")},
                                      {QStringLiteral("opinion"), QStringLiteral("建议不予许可")},
                                      {QStringLiteral("reasons"), QStringLiteral("场所不符")},
                                      {QStringLiteral("legalBasis"),
                                       QStringLiteral("《行政许可法》第三十八条")}}),
                          m_clerk1);
            return proposed.status == 200 ? proposed.json() : QJsonObject();
        };
        const QJsonObject review = findCase(QStringLiteral("review"), QStringLiteral("clerk1"));
        QVERIFY(!review.isEmpty());
        QJsonObject c = proposeDenial(review);
        QCOMPARE(chainOf(c), both);
        QCOMPARE(signedSteps(c), 0);

        const QJsonObject comment{{QStringLiteral("comment"), QStringLiteral("同意")}};
        const auto approve = [&](const QString &user, const QByteArray &key, const QString &token) {
            return act(c, actionBody("approve", signedPayload(c, "approve", comment, user, key)),
                       token);
        };
        // The head's step comes second, signed or not.
        Response r = approve(QStringLiteral("head1"), headKey, m_head);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("role-forbidden"));
        r = approve(QStringLiteral("chief1"), chiefKey, m_chief);
        QCOMPARE(r.status, 200);
        c = r.json();
        QCOMPARE(c.value(QStringLiteral("stage")).toString(), QStringLiteral("approval"));
        QVERIFY(!c.contains(QStringLiteral("decision")));
        const QJsonObject first = c.value(QStringLiteral("approval"))
                                          .toObject()
                                          .value(QStringLiteral("approvals"))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("Chief"));
        QCOMPARE(first.value(QStringLiteral("by")).toString(), QStringLiteral("chief1"));
        QCOMPARE(first.value(QStringLiteral("byName")).toString(), QStringLiteral("王建国"));
        // Signed, the step is the head's: the chief neither signs again nor changes it.
        r = approve(QStringLiteral("chief1"), chiefKey, m_chief);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.json().value(QStringLiteral("detail")).toString().contains(u"Head"),
                 r.body.constData());
        QCOMPARE(act(c,
                     actionBody("changeProposal",
                                {{QStringLiteral("proposal"), QStringLiteral("grant")},
                                 {QStringLiteral("opinion"), QStringLiteral("改为准予")}}),
                     m_chief)
                         .status,
                 422);
        r = approve(QStringLiteral("head1"), headKey, m_head);
        QCOMPARE(r.status, 200);
        c = r.json();
        QCOMPARE(c.value(QStringLiteral("stage")).toString(), QStringLiteral("decided"));
        QCOMPARE(c.value(QStringLiteral("decision")).toString(), QStringLiteral("deny"));
        QCOMPARE(signedSteps(c), 2);
        const QJsonObject last = c.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("head1"));
        QVERIFY(last.value(QStringLiteral("signature")).toObject().value(u"verified").toBool());

        // The head may send a case back from his step too; what was signed then no longer
        // stands, and the chief cannot return what is no longer his.
        c = proposeDenial(findCase(QStringLiteral("review"), QStringLiteral("clerk1")));
        QVERIFY(!c.isEmpty());
        r = approve(QStringLiteral("chief1"), chiefKey, m_chief);
        QCOMPARE(r.status, 200);
        c = r.json();
        const QByteArray back = actionBody(
                "return", {{QStringLiteral("comments"), QStringLiteral("请补充现场核查记录")}});
        QCOMPARE(act(c, back, m_chief).status, 403);
        r = act(c, back, m_head);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("stage")).toString(), QStringLiteral("review"));
        QVERIFY(!r.json().contains(QStringLiteral("approval")));
    }

    void rolesAndStates_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("stageAfter");
        QTest::newRow("clerk accepts") << "acceptance"
                                       << "clerk1" << actionBody("accept") << 200 << ""
                                       << "review";
        QTest::newRow("clerk passes pre-review")
                << "preReview"
                << "clerk1"
                << actionBody("preReview",
                              {{QStringLiteral("outcome"), QStringLiteral("pass")},
                               {QStringLiteral("opinion"), QStringLiteral("材料齐全")}})
                << 200 << ""
                << "acceptance";
        QTest::newRow("correction needs every item")
                << "acceptance"
                << "clerk1"
                << actionBody("requestCorrection", {{QStringLiteral("items"), QJsonArray()}}) << 422
                << "invalid-payload"
                << "";
        QTest::newRow("refusal needs a legal basis")
                << "acceptance"
                << "clerk1"
                << actionBody("refuseAcceptance",
                              {{QStringLiteral("reasons"), QStringLiteral("不属于本部门职权范围")}})
                << 422 << "invalid-payload"
                << "";
        QTest::newRow("refusal with reasons and basis")
                << "acceptance"
                << "clerk1"
                << actionBody("refuseAcceptance",
                              {{QStringLiteral("reasons"), QStringLiteral("不属于本部门职权范围")},
                               {QStringLiteral("legalBasis"),
                                QStringLiteral("《行政许可法》第三十二条")}})
                << 200 << ""
                << "refused";
        QTest::newRow("a clerk may not approve")
                << "approval"
                << "clerk1" << actionBody("approve") << 403 << "role-forbidden"
                << "";
        QTest::newRow("an unsigned approval is refused")
                << "approval"
                << "chief1" << actionBody("approve") << 422 << "signature-required"
                << "";
        QTest::newRow("the chief changes the proposal")
                << "approval"
                << "chief1"
                << actionBody(
                           "changeProposal",
                           {{QStringLiteral("proposal"), QStringLiteral("deny")},
                            {QStringLiteral("opinion"), QStringLiteral("经复核，场所不符合要求")},
                            {QStringLiteral("reasons"), QStringLiteral("经营场所不符合要求")},
                            {QStringLiteral("legalBasis"),
                             QStringLiteral("《行政许可法》第三十八条第二款")}})
                << 200 << ""
                << "approval";
        QTest::newRow("a change to denial needs a legal basis")
                << "approval"
                << "chief1"
                << actionBody("changeProposal",
                              {{QStringLiteral("proposal"), QStringLiteral("deny")},
                               {QStringLiteral("opinion"), QStringLiteral("经复核")},
                               {QStringLiteral("reasons"), QStringLiteral("不符合")}})
                << 422 << "invalid-payload"
                << "";
        QTest::newRow("a clerk does not change the chief's proposal")
                << "approval"
                << "clerk1" << actionBody("changeProposal") << 403 << "role-forbidden"
                << "";
        QTest::newRow("a return needs comments")
                << "approval"
                << "chief1" << actionBody("return") << 422 << "invalid-payload"
                << "";
        QTest::newRow("a supervisor takes no action")
                << "review"
                << "super1" << actionBody("propose") << 403 << "role-forbidden"
                << "";
        QTest::newRow("no acceptance of a completed case")
                << "completed"
                << "clerk1" << actionBody("accept") << 409 << "invalid-state"
                << "";
        QTest::newRow("suspension for a hearing")
                << "review"
                << "clerk1"
                << actionBody("suspend",
                              {{QStringLiteral("kind"), QStringLiteral("hearing")},
                               {QStringLiteral("reason"), QStringLiteral("申请人申请听证")},
                               {QStringLiteral("legalBasis"),
                                QStringLiteral("《行政许可法》第四十五条")}})
                << 200 << ""
                << "suspended";
        QTest::newRow("an unknown action")
                << "review"
                << "clerk1" << actionBody("teleport") << 422 << "unknown-action"
                << "";
    }
    void rolesAndStates()
    {
        QFETCH(QString, stage);
        QFETCH(QString, user);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, stageAfter);
        const QJsonObject c = findCase(stage, QStringLiteral("clerk1"));
        QVERIFY2(!c.isEmpty(), qPrintable(QStringLiteral("no case in stage ") + stage));
        const QString token = user == QLatin1String("clerk1") ? m_clerk1
                : user == QLatin1String("chief1")             ? m_chief
                                                              : m_super;
        const Response r = act(c, body, token);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.json().value(QStringLiteral("stage")).toString(), stageAfter);
            QCOMPARE(r.json().value(QStringLiteral("version")).toInteger(),
                     c.value(QStringLiteral("version")).toInteger() + 1);
        } else {
            QCOMPARE(r.json().value(QStringLiteral("code")).toString(), code);
        }
    }

    void anotherClerksClaimIsRespected()
    {
        const QJsonObject c = findCase(QStringLiteral("preReview"), QString());
        QVERIFY(!c.isEmpty());
        const QString path = QStringLiteral("/api/v1/cases/%1/claim")
                                     .arg(c.value(QStringLiteral("id")).toString());
        QCOMPARE(m_http->send("POST", path, {}, {}, m_clerk2).status, 200);
        QCOMPARE(m_http->send("POST", path, {}, {}, m_clerk1).status, 409);
        const QJsonObject claimed = m_http->send("GET",
                                                 QStringLiteral("/api/v1/cases/")
                                                         + c.value(QStringLiteral("id")).toString(),
                                                 {}, {}, m_clerk1)
                                            .json();
        QCOMPARE(claimed.value(QStringLiteral("claimedBy")).toString(), QStringLiteral("clerk2"));
        const Response refused = act(claimed, actionBody("accept"), m_clerk1);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("claimed-by-other"));
        QCOMPARE(m_http->send("DELETE", path, {}, {}, m_clerk1).status, 409);
        QCOMPARE(m_http->send("DELETE", path, {}, {}, m_clerk2).status, 200);
        QCOMPARE(m_http->send("POST", path, {}, {}, m_clerk1).status, 200);
        QCOMPARE(m_http->send("POST", path, {}, {}, m_super).status, 403);
    }

    void idempotencyKeysApplyOnce()
    {
        const QJsonObject c = findCase(QStringLiteral("acceptance"), QStringLiteral("clerk1"));
        const QByteArray key = "once-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const Response first = act(c, actionBody("accept"), m_clerk1, key);
        QCOMPARE(first.status, 200);
        const Response replay = act(c, actionBody("accept"), m_clerk1, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        const QJsonObject now = m_http->send("GET",
                                             QStringLiteral("/api/v1/cases/")
                                                     + c.value(QStringLiteral("id")).toString(),
                                             {}, {}, m_clerk1)
                                        .json();
        QCOMPARE(now.value(QStringLiteral("version")).toInteger(),
                 c.value(QStringLiteral("version")).toInteger() + 1);
        QCOMPARE(actionLogRows(QString::fromLatin1(key)), 1);
        const Response reused = act(c, actionBody("requestCorrection"), m_clerk1, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("idempotency-key-reused"));
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/cases/x/actions"),
                              actionBody("accept"), {}, m_clerk1)
                         .status,
                 400);
    }

    void staleVersionsAreRefused()
    {
        QJsonObject c = findCase(QStringLiteral("review"), QStringLiteral("clerk1"));
        const qint64 version = c.value(QStringLiteral("version")).toInteger();
        c.insert(QStringLiteral("version"), version - 1);
        const Response stale = act(c, actionBody("complete"), m_clerk1);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json()
                         .value(QStringLiteral("current"))
                         .toObject()
                         .value(QStringLiteral("version"))
                         .toInteger(),
                 version);
        const Response missing = m_http->send(
                "POST",
                QStringLiteral("/api/v1/cases/%1/actions")
                        .arg(c.value(QStringLiteral("id")).toString()),
                actionBody("complete"), {{"Idempotency-Key", "no-if-match"}}, m_clerk1);
        QCOMPARE(missing.status, 428);
    }

    void changeFeedPagesAndCursors()
    {
        QString cursor;
        int total = 0;
        int pages = 0;
        bool more = true;
        QSet<QString> types;
        while (more && pages < 100) {
            const Response r = m_http->send(
                    "GET", QStringLiteral("/api/v1/changes?limit=150&cursor=") + cursor, {}, {},
                    m_super);
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray())
                types.insert(change.toObject().value(QStringLiteral("type")).toString());
            total += int(page.value(QStringLiteral("changes")).toArray().size());
            cursor = page.value(QStringLiteral("nextCursor")).toString();
            more = page.value(QStringLiteral("hasMore")).toBool();
            ++pages;
        }
        QVERIFY(!more);
        QVERIFY(total >= 600 + 9); // every case, the catalogue, the calendars and the actions above
        QVERIFY(types.contains(QStringLiteral("calendar")));
        QVERIFY(types.contains(QStringLiteral("item")));
        // At the end the cursor stays valid and returns nothing new.
        const Response end = m_http->send("GET", QStringLiteral("/api/v1/changes?cursor=") + cursor,
                                          {}, {}, m_super);
        QCOMPARE(end.json().value(QStringLiteral("changes")).toArray().size(), 0);
        const Response bad = m_http->send("GET", QStringLiteral("/api/v1/changes?cursor=bogus"), {},
                                          {}, m_super);
        QCOMPARE(bad.status, 410);
        QCOMPARE(bad.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("cursor-expired"));
        const Response future = m_http->send(
                "GET", QStringLiteral("/api/v1/changes?cursor=ZjE6OTk5OTk5OQ"), {}, {}, m_super);
        QCOMPARE(future.status, 410);
    }

    void largeAnswersAreGzipped()
    {
        const Response r = m_http->send("GET", QStringLiteral("/api/v1/changes?limit=100"), {},
                                        {{"Accept-Encoding", "gzip"}}, m_super);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-encoding"), QByteArray("gzip"));
        QVERIFY(r.body.startsWith("\x1f\x8b"));
    }

    void materialsAreRealFilesWithRanges()
    {
        const QJsonObject c = findCase(QStringLiteral("review"), QStringLiteral("clerk1"));
        const QString path = QStringLiteral("/api/v1/cases/%1/materials/m1/content")
                                     .arg(c.value(QStringLiteral("id")).toString());
        const Response whole = m_http->send("GET", path, {}, {}, m_clerk1);
        QCOMPARE(whole.status, 200);
        const Response part = m_http->send("GET", path, {}, {{"Range", "bytes=10-19"}}, m_clerk1);
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, whole.body.mid(10, 10));
        QCOMPARE(part.headers.value("content-range"),
                 "bytes 10-19/" + QByteArray::number(whole.body.size()));
        const Response tail = m_http->send("GET", path, {}, {{"Range", "bytes=100-"}}, m_clerk1);
        QCOMPARE(tail.body, whole.body.mid(100));
        QCOMPARE(m_http->send("GET", path, {}, {{"Range", "bytes=99999999-"}}, m_clerk1).status,
                 416);
        QCOMPARE(m_http->send("GET",
                              QStringLiteral("/api/v1/cases/%1/materials/m99/content")
                                      .arg(c.value(QStringLiteral("id")).toString()),
                              {}, {}, m_clerk1)
                         .status,
                 404);
    }

    void theContentTypeTellsWhatTheBytesAre()
    {
        const Response list
                = m_http->send("GET", QStringLiteral("/api/v1/cases?limit=25"), {}, {}, m_super);
        int files = 0;
        for (const QJsonValue &v : list.json().value(QStringLiteral("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            for (const QJsonValue &m : c.value(QStringLiteral("materials")).toArray()) {
                const Response r = m_http->send(
                        "GET",
                        QStringLiteral("/api/v1/cases/%1/materials/%2/content")
                                .arg(c.value(QStringLiteral("id")).toString(),
                                     m.toObject().value(QStringLiteral("id")).toString()),
                        {}, {}, m_super);
                QCOMPARE(r.status, 200);
                ++files;
                const QByteArray type = r.headers.value("content-type");
                if (r.body.isEmpty())
                    continue; // a zero-byte upload: nothing to tell
                if (type == "application/pdf")
                    QVERIFY(r.body.startsWith("%PDF-"));
                else if (type == "image/jpeg")
                    QVERIFY(r.body.startsWith("\xff\xd8\xff"));
                else if (type == "image/png")
                    QVERIFY(r.body.startsWith("\x89PNG"));
                else
                    QFAIL(type.constData());
            }
        }
        QVERIFY(files > 50);
    }

    void noticesAreCheckedPdfs()
    {
        const QJsonObject c = findCase(QStringLiteral("review"), QStringLiteral("clerk1"));
        const QString path = QStringLiteral("/api/v1/cases/%1/notices?kind=acceptance")
                                     .arg(c.value(QStringLiteral("id")).toString());
        const QByteArray pdf = "%PDF-1.7\n% a notice\n%%EOF\n";
        const Response ok
                = m_http->send("POST", path, pdf, {{"Content-Type", "application/pdf"}}, m_clerk1);
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json().value(QStringLiteral("size")).toInt(), pdf.size());
        QCOMPARE(m_http->send("POST", path, "hello", {{"Content-Type", "text/plain"}}, m_clerk1)
                         .status,
                 415);
        QCOMPARE(m_http->send("POST",
                              QStringLiteral("/api/v1/cases/%1/notices?kind=poem")
                                      .arg(c.value(QStringLiteral("id")).toString()),
                              pdf, {{"Content-Type", "application/pdf"}}, m_clerk1)
                         .status,
                 422);
        QCOMPARE(m_http->send("POST", path, "%PDF-" + QByteArray(11 * 1024 * 1024, 'x'),
                              {{"Content-Type", "application/pdf"}}, m_clerk1)
                         .status,
                 413);
    }

    void licencesForReuse()
    {
        const Response done = m_http->send(
                "GET", QStringLiteral("/api/v1/cases?stage=completed&limit=1"), {}, {}, m_super);
        const QJsonObject c
                = done.json().value(QStringLiteral("cases")).toArray().first().toObject();
        const QString holder = c.value(QStringLiteral("applicant"))
                                       .toObject()
                                       .value(QStringLiteral("idNumber"))
                                       .toString();
        const Response list = m_http->send(
                "GET", QStringLiteral("/api/v1/licences?holderId=") + holder, {}, {}, m_clerk1);
        QCOMPARE(list.status, 200);
        const QJsonArray licences = list.json().value(QStringLiteral("licences")).toArray();
        QVERIFY(!licences.isEmpty());
        // The file is what the licence's mimeType says: an OFD package (a zip whose first part
        // is OFD.xml, with the seal's signature) or a PDF.
        for (const QJsonValue &v : licences) {
            const QJsonObject licence = v.toObject();
            const Response file
                    = m_http->send("GET",
                                   QStringLiteral("/api/v1/licences/%1/content")
                                           .arg(licence.value(QStringLiteral("id")).toString()),
                                   {}, {}, m_clerk1);
            QCOMPARE(file.status, 200);
            const QString type = licence.value(QStringLiteral("mimeType")).toString();
            QCOMPARE(file.headers.value("content-type"), type.toUtf8());
            if (type == QLatin1String("application/ofd")) {
                QVERIFY(file.body.startsWith("PK\x03\x04"));
                QCOMPARE(file.body.mid(30, 7), QByteArray("OFD.xml"));
                QVERIFY(file.body.contains("Doc_0/Signs/Sign_0/SignedValue.dat"));
            } else {
                QCOMPARE(type, QStringLiteral("application/pdf"));
                QVERIFY(file.body.startsWith("%PDF-"));
            }
        }
        // Both kinds are handed out across the district (most as OFD, as the standards ask).
        QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                          QStringLiteral("licence-kinds"));
        {
            platform.setDatabaseName(m_sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
            QVERIFY(platform.open());
            QSqlQuery q(platform);
            QVERIFY(q.exec(QStringLiteral(
                    "SELECT SUM(json_extract(json, '$.mimeType') = 'application/ofd'), "
                    "SUM(json_extract(json, '$.mimeType') = 'application/pdf') FROM records "
                    "WHERE kind = 'licence'")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() > q.value(1).toInt() && q.value(1).toInt() > 0,
                     qPrintable(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()));
        }
        platform = {};
        QSqlDatabase::removeDatabase(QStringLiteral("licence-kinds"));
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/v1/licences"), {}, {}, m_clerk1).status,
                 422);
    }

    void calendar()
    {
        const Response r
                = m_http->send("GET", QStringLiteral("/api/v1/calendar/2026"), {}, {}, m_clerk1);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("workdays"))
                        .toArray()
                        .contains(QStringLiteral("2026-10-10")));
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/v1/calendar/1999"), {}, {}, m_clerk1)
                         .status,
                 404);
    }

    // 窗口收件: POST /cases creates a counter case once per key, after checking it as the
    // platform would an online application.
    static QJsonObject counterApplication()
    {
        return {{QStringLiteral("itemCode"), QStringLiteral("620102-SCJG-XK-001")},
                {QStringLiteral("channel"), QStringLiteral("counter")},
                {QStringLiteral("applicant"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                             {QStringLiteral("name"), QStringLiteral("王小明")},
                             {QStringLiteral("idNumber"), QStringLiteral("620102198001011239")}}},
                {QStringLiteral("materials"),
                 QJsonArray{
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("食品经营许可申请书")},
                                     {QStringLiteral("original"), true},
                                     {QStringLiteral("pages"), 3}}}}};
    }
    Response postCase(const QJsonObject &body, const QByteArray &key, const QString &token)
    {
        return m_http->send(
                "POST", QStringLiteral("/api/v1/cases"),
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                key.isEmpty() ? QList<std::pair<QByteArray, QByteArray>>()
                              : QList<std::pair<QByteArray, QByteArray>>{{"Idempotency-Key", key}},
                token);
    }

    void counterCaseIsCreatedOnce()
    {
        const Response first = postCase(counterApplication(), "intake-once", m_clerk1);
        QCOMPARE(first.status, 201);
        const QJsonObject c = first.json();
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("counter"));
        QCOMPARE(c.value(QStringLiteral("stage")).toString(), QStringLiteral("preReview"));
        QCOMPARE(c.value(QStringLiteral("claimedBy")).toString(), QStringLiteral("clerk1"));
        QCOMPARE(c.value(QStringLiteral("department")).toString(), QStringLiteral("SCJG"));
        QVERIFY(c.value(QStringLiteral("caseNo")).toString().startsWith(QLatin1String("620102")));
        QCOMPARE(c.value(QStringLiteral("receivedMaterials")).toArray().size(), 1);
        // The same key again: the same case, nothing new.
        const Response again = postCase(counterApplication(), "intake-once", m_clerk1);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.json().value(QStringLiteral("id")), c.value(QStringLiteral("id")));
        // A key used for another application is refused.
        QJsonObject other = counterApplication();
        other.insert(QStringLiteral("remarks"), QStringLiteral("另一份"));
        QCOMPARE(postCase(other, "intake-once", m_clerk1).status, 422);
        // It is a case like any other: read, and in the department's feed.
        const Response read = m_http->send(
                "GET", QStringLiteral("/api/v1/cases/") + c.value(QStringLiteral("id")).toString(),
                {}, {}, m_clerk2);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("caseNo")), c.value(QStringLiteral("caseNo")));
    }

    void counterCaseRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        auto with = [](const char *path, const QJsonValue &value) {
            QJsonObject b = counterApplication();
            const QString key = QLatin1String(path);
            if (key.startsWith(QLatin1String("applicant."))) {
                QJsonObject a = b.value(QStringLiteral("applicant")).toObject();
                a.insert(key.mid(10), value);
                b.insert(QStringLiteral("applicant"), a);
            } else {
                b.insert(key, value);
            }
            return b;
        };
        QTest::newRow("wrong check digit")
                << with("applicant.idNumber", QStringLiteral("620102198001011238")) << "clerk1"
                << 422 << "invalid-id-number";
        QJsonObject company = with("applicant.kind", QStringLiteral("company"));
        QJsonObject a = company.value(QStringLiteral("applicant")).toObject();
        a.insert(QStringLiteral("idNumber"), QStringLiteral("91350100M000100Y44"));
        a.insert(QStringLiteral("legalRepresentative"), QStringLiteral("赵六"));
        company.insert(QStringLiteral("applicant"), a);
        QTest::newRow("wrong credit code") << company << "clerk1" << 422 << "invalid-credit-code";
        a.insert(QStringLiteral("idNumber"), QStringLiteral("91350100M000100Y43"));
        a.remove(QStringLiteral("legalRepresentative"));
        company.insert(QStringLiteral("applicant"), a);
        QTest::newRow("no legal representative") << company << "clerk1" << 422 << "invalid-payload";
        QTest::newRow("agent's ID") << with(
                "agent",
                QJsonObject{{QStringLiteral("name"), QStringLiteral("李娜")},
                            {QStringLiteral("idNumber"), QStringLiteral("110105194912310021")}})
                                    << "clerk1" << 422 << "invalid-id-number";
        QTest::newRow("unknown item") << with("itemCode", QStringLiteral("620102-XX-999"))
                                      << "clerk1" << 422 << "unknown-item";
        QTest::newRow("online channel") << with("channel", QStringLiteral("online")) << "clerk1"
                                        << 422 << "invalid-payload";
        QTest::newRow("received in the future") << with(
                "receivedAt", QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate))
                                                << "clerk1" << 422 << "invalid-received-at";
        QTest::newRow("received two months ago") << with(
                "receivedAt", QDateTime::currentDateTimeUtc().addDays(-60).toString(Qt::ISODate))
                                                 << "clerk1" << 422 << "invalid-received-at";
        QTest::newRow("a supervisor")
                << counterApplication() << "super1" << 403 << "role-forbidden";
    }
    void counterCaseRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString token = user == QLatin1String("super1") ? m_super : m_clerk1;
        const Response r = postCase(body, "refused-" + QByteArray(QTest::currentDataTag()), token);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(postCase(counterApplication(), {}, m_clerk1).status, 400); // no key
    }

    void stateSurvivesARestart()
    {
        const QJsonObject c = findCase(QStringLiteral("acceptance"), QStringLiteral("clerk1"));
        QCOMPARE(act(c, actionBody("accept"), m_clerk1).status, 200);
        const QString id = c.value(QStringLiteral("id")).toString();
        m_sim.stop();
        SimProcess again(SimProcess::Options{600, 21, 900, QStringLiteral("2026-11-27")},
                         m_sim.dataDir());
        QString error;
        QVERIFY2(again.start(&error), qPrintable(error));
        Http http(again.url());
        const QString token = http.signIn(QStringLiteral("clerk1"));
        const QJsonObject after
                = http.send("GET", QStringLiteral("/api/v1/cases/") + id, {}, {}, token).json();
        QCOMPARE(after.value(QStringLiteral("stage")).toString(), QStringLiteral("review"));
        QCOMPARE(after.value(QStringLiteral("version")).toInteger(),
                 c.value(QStringLiteral("version")).toInteger() + 1);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::newRow("every answer a 503")
                << "error=1" << 503 << int(QNetworkReply::ServiceUnavailableError);
        QTest::newRow("connections cut")
                << "drop=1" << 0 << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("bodies cut short")
                << "truncate=1" << 200 << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("bursts of 429")
                << "burst=1" << 429 << int(QNetworkReply::UnknownContentError);
        QTest::newRow("slow bodies still arrive whole")
                << "slow=1" << 200 << int(QNetworkReply::NoError);
        QTest::newRow("latency") << "latency=300" << 200 << int(QNetworkReply::NoError);
    }
    void faults()
    {
        QFETCH(QString, spec);
        QFETCH(int, status);
        QFETCH(int, networkError);
        SimProcess sim(SimProcess::Options{
                40, 5, 900, QStringLiteral("2026-11-27"), {QStringLiteral("--faults"), spec}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        Http http(sim.url());
        QElapsedTimer timer;
        timer.start();
        // Without a token the answer is a 401 problem, unless a fault gets in the way.
        const Response r = http.send("GET", QStringLiteral("/api/v1/changes?limit=50"));
        if (!spec.startsWith(QLatin1String("truncate")))
            QCOMPARE(r.status, status == 200 ? 401 : status);
        if (status == 200 && spec.startsWith(QLatin1String("latency")))
            QVERIFY(timer.elapsed() >= 300);
        if (status == 429)
            QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
        if (networkError == int(QNetworkReply::NoError))
            QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                     QStringLiteral("invalid_token"));
        else if (spec.startsWith(QLatin1String("truncate")))
            // The cut may come before or after the status line was read; either way the
            // client sees a failed request and never a whole body.
            QVERIFY(r.error != QNetworkReply::NoError && r.json().isEmpty());
        else if (status == 0)
            QCOMPARE(int(r.error), networkError);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        SimProcess sim(SimProcess::Options{20,
                                           5,
                                           900,
                                           QStringLiteral("2026-11-27"),
                                           {QStringLiteral("--rate-limit"), QStringLiteral("5")}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        Http http(sim.url());
        int limited = 0;
        for (int i = 0; i < 30; ++i) {
            const Response r = http.send("GET", QStringLiteral("/api/v1/me"));
            if (r.status == 429) {
                ++limited;
                QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
            }
        }
        QVERIFY(limited > 0);
    }

    void tls()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        SimProcess sim(SimProcess::Options{
                20,
                5,
                900,
                QStringLiteral("2026-11-27"),
                {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QCOMPARE(sim.url().scheme(), QStringLiteral("https"));
        Http untrusting(sim.url());
        QCOMPARE(int(untrusting.send("GET", QStringLiteral("/api/v1/calendar/2026")).error),
                 int(QNetworkReply::SslHandshakeFailedError));
        Http trusting(sim.url());
        trusting.trust(QSslCertificate::fromPath(cert));
        const QString token = trusting.signIn(QStringLiteral("clerk1"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(trusting.send("GET", QStringLiteral("/api/v1/me"), {}, {}, token).status, 200);
    }

    void theWorldLives()
    {
        SimProcess sim(SimProcess::Options{30,
                                           5,
                                           900,
                                           QStringLiteral("2026-11-27"),
                                           {QStringLiteral("--arrivals"), QStringLiteral("1200")}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        Http http(sim.url());
        const QString token = http.signIn(QStringLiteral("super1"));
        const int before = http.send("GET", QStringLiteral("/api/v1/cases?limit=1"), {}, {}, token)
                                   .json()
                                   .value(QStringLiteral("total"))
                                   .toInt();
        QTest::qWait(1500);
        const int after = http.send("GET", QStringLiteral("/api/v1/cases?limit=1"), {}, {}, token)
                                  .json()
                                  .value(QStringLiteral("total"))
                                  .toInt();
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestOnestopSim)
#include "tst_onestopsim.moc"
