#include "SimServer.h"

#include "District.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrlQuery>

namespace sim {

namespace {
constexpr int kDefaultPage = 500;
constexpr int kMaxPage = 2000;
constexpr int kRefreshTtl = 30 * 24 * 3600;
constexpr auto kStateVersion = "1";
const QString kDemoPassword = QStringLiteral("demo123");

// RFC 9457 problem details with the platform's stable `code`.
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &code,
                            const QString &title, const QString &detail = {})
{
    QJsonObject body{{QStringLiteral("type"),
                      QString(QStringLiteral("https://onestop.example/problems/") + code)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), int(status)},
                     {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    QHttpServerResponse response("application/problem+json",
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    return response;
}

QHttpServerResponse json(const QByteArray &body)
{
    return QHttpServerResponse("application/json", body);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Cursors are opaque to clients; inside they are a format tag and a feed position.
QString encodeCursor(qint64 seq)
{
    return QString::fromLatin1(
            QByteArray("f1:" + QByteArray::number(seq))
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("f1:"))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = raw.mid(3).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

std::optional<Account> account(const QString &userName)
{
    for (const Account &a : District::accounts()) {
        if (a.userName == userName)
            return a;
    }
    return std::nullopt;
}
} // namespace

SimServer::SimServer(Options options) : m_options(std::move(options))
{
    // The district keeps China's time. A given date is simulated as of its closing time;
    // without one the district's history runs up to this very moment.
    const QTimeZone china(8 * 3600);
    if (m_options.today.isValid()) {
        m_until = QDateTime(m_options.today, QTime(17, 30), china);
    } else {
        m_until = QDateTime::currentDateTime().toTimeZone(china);
        m_options.today = m_until.date();
    }
}

SimServer::~SimServer()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool SimServer::open(QString *error)
{
    QDir().mkpath(m_options.dataDir);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("onestop-sim"));
    m_db.setDatabaseName(QDir(m_options.dataDir).filePath(QStringLiteral("onestop-sim.sqlite")));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const QString fingerprint = QStringLiteral("%1/%2/%3/%4")
                                        .arg(QLatin1String(kStateVersion))
                                        .arg(m_options.seed)
                                        .arg(m_options.cases)
                                        .arg(m_options.today.toString(Qt::ISODate));
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'fingerprint'")) && q.next()
        && q.value(0).toString() == fingerprint)
        return true; // the same district as last time: keep its state
    return generate(error);
}

bool SimServer::generate(QString *error)
{
    QSqlQuery q(m_db);
    const QStringList schema{
            QStringLiteral("DROP TABLE IF EXISTS meta"),
            QStringLiteral("DROP TABLE IF EXISTS items"),
            QStringLiteral("DROP TABLE IF EXISTS cases"),
            QStringLiteral("DROP TABLE IF EXISTS changes"),
            QStringLiteral("DROP TABLE IF EXISTS tokens"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE items (code TEXT PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cases (id TEXT PRIMARY KEY, department TEXT NOT NULL,"
                           " version INTEGER NOT NULL, json TEXT NOT NULL)"),
            // dept is NULL for changes everyone sees (the item catalogue).
            QStringLiteral("CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT "
                           "NOT NULL,"
                           " entity TEXT NOT NULL, op TEXT NOT NULL, dept TEXT, payload TEXT)"),
            QStringLiteral("CREATE INDEX changes_by_dept ON changes(dept, seq)"),
            QStringLiteral("CREATE TABLE tokens (token TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                           " user TEXT NOT NULL, expires INTEGER NOT NULL)"),
    };
    m_db.transaction();
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    QSqlQuery change(m_db);
    change.prepare(QStringLiteral(
            "INSERT INTO changes(type, entity, op, dept, payload) VALUES (?, ?, 'upsert', ?, ?)"));
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO items(code, json) VALUES (?, ?)"));
    const QList<QJsonObject> items = District::items();
    for (const QJsonObject &o : items) {
        const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const QString code = o.value(QStringLiteral("code")).toString();
        item.addBindValue(code);
        item.addBindValue(payload);
        change.addBindValue(QStringLiteral("item"));
        change.addBindValue(code);
        change.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        change.addBindValue(payload);
        if (!item.exec() || !change.exec()) {
            *error = item.lastError().text() + change.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    QSqlQuery caseInsert(m_db);
    caseInsert.prepare(
            QStringLiteral("INSERT INTO cases(id, department, version, json) VALUES (?, ?, ?, ?)"));
    bool ok = true;
    District::generateCases(m_options.seed, m_options.cases, m_until, [&](const GeneratedCase &c) {
        if (!ok)
            return;
        const QByteArray payload = QJsonDocument(c.json).toJson(QJsonDocument::Compact);
        caseInsert.addBindValue(c.id);
        caseInsert.addBindValue(c.department);
        caseInsert.addBindValue(c.json.value(QStringLiteral("version")).toInt());
        caseInsert.addBindValue(payload);
        change.addBindValue(QStringLiteral("case"));
        change.addBindValue(c.id);
        change.addBindValue(c.department);
        change.addBindValue(payload);
        ok = caseInsert.exec() && change.exec();
        if (!ok)
            *error = caseInsert.lastError().text() + change.lastError().text();
    });
    if (!ok) {
        m_db.rollback();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('fingerprint', ?)"));
    q.addBindValue(QStringLiteral("%1/%2/%3/%4")
                           .arg(QLatin1String(kStateVersion))
                           .arg(m_options.seed)
                           .arg(m_options.cases)
                           .arg(m_options.today.toString(Qt::ISODate)));
    if (!q.exec() || !m_db.commit()) {
        *error = q.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

quint16 SimServer::listen(const QHostAddress &address, quint16 port)
{
    routes();
    return m_server.listen(address, port);
}

void SimServer::routes()
{
    m_server.route(QStringLiteral("/api/v1/token"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return token(request); });
    m_server.route(QStringLiteral("/api/v1/me"), QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &request) { return me(request); });
    m_server.route(QStringLiteral("/api/v1/items"), QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &request) { return items(request); });
    m_server.route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &request) { return changes(request); });
    m_server.setMissingHandler(
            [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                problem(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not-found"),
                        QStringLiteral("No such resource"), request.url().path())
                        .write(std::move(responder));
            });
}

QHttpServerResponse SimServer::issueTokens(const QString &userName)
{
    const QString access = randomToken();
    const QString refresh = randomToken();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "INSERT INTO tokens(token, kind, user, expires) VALUES (?, ?, ?, ?), (?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(access), QVariant(QStringLiteral("access")), QVariant(userName),
          QVariant(now + m_options.accessTokenTtl), QVariant(refresh),
          QVariant(QStringLiteral("refresh")), QVariant(userName), QVariant(now + kRefreshTtl)})
        q.addBindValue(v);
    if (!q.exec())
        return problem(QHttpServerResponse::StatusCode::InternalServerError,
                       QStringLiteral("internal"), QStringLiteral("Token store failed"));
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_options.accessTokenTtl},
                     {QStringLiteral("refresh_token"), refresh},
                     {QStringLiteral("scope"), QStringLiteral("cases")}};
    QHttpServerResponse response = json(QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse SimServer::token(const QHttpServerRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    auto invalidGrant = [](const QString &detail) {
        QJsonObject body{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                         {QStringLiteral("code"), QStringLiteral("invalid_grant")},
                         {QStringLiteral("title"), QStringLiteral("Invalid grant")},
                         {QStringLiteral("detail"), detail}};
        return QHttpServerResponse("application/problem+json",
                                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                                   QHttpServerResponse::StatusCode::BadRequest);
    };
    if (grant == QLatin1String("password")) {
        // Form bodies encode spaces as '+'; QUrlQuery leaves them, so decode them here.
        const QString user = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const QString password
                = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if (!account(user) || password != kDemoPassword)
            return invalidGrant(QStringLiteral("Wrong user name or password."));
        return issueTokens(user);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh
                = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
                "SELECT user FROM tokens WHERE token = ? AND kind = 'refresh' AND expires > ?"));
        q.addBindValue(refresh);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec() || !q.next())
            return invalidGrant(QStringLiteral("The refresh token is unknown, used or expired."));
        const QString user = q.value(0).toString();
        // Rotation: a refresh token is good for one use only.
        QSqlQuery drop(m_db);
        drop.prepare(QStringLiteral("DELETE FROM tokens WHERE token = ?"));
        drop.addBindValue(refresh);
        drop.exec();
        return issueTokens(user);
    }
    QJsonObject body{{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
                     {QStringLiteral("code"), QStringLiteral("unsupported_grant_type")},
                     {QStringLiteral("title"), QStringLiteral("Unsupported grant type")}};
    return QHttpServerResponse("application/problem+json",
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode::BadRequest);
}

std::optional<Account> SimServer::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "SELECT user FROM tokens WHERE token = ? AND kind = 'access' AND expires > ?"));
    q.addBindValue(QString::fromLatin1(auth.mid(7).trimmed()));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return account(q.value(0).toString());
}

static QHttpServerResponse unauthorized()
{
    QHttpServerResponse r = problem(
            QHttpServerResponse::StatusCode::Unauthorized, QStringLiteral("invalid_token"),
            QStringLiteral("The access token is missing, expired or revoked."));
    r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

QHttpServerResponse SimServer::me(const QHttpServerRequest &request)
{
    const auto user = authenticate(request);
    if (!user)
        return unauthorized();
    QJsonObject body{
            {QStringLiteral("userName"), user->userName},
            {QStringLiteral("displayName"), user->displayName},
            {QStringLiteral("department"),
             QJsonObject{{QStringLiteral("code"), user->department},
                         {QStringLiteral("name"), District::departmentName(user->department)}}},
            {QStringLiteral("roles"), QJsonArray{user->role}}};
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse SimServer::items(const QHttpServerRequest &request)
{
    if (!authenticate(request))
        return unauthorized();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT json FROM items ORDER BY code"));
    QByteArray body("{\"items\":[");
    bool first = true;
    while (q.next()) {
        if (!first)
            body += ',';
        first = false;
        body += q.value(0).toByteArray();
    }
    body += "]}";
    return json(body);
}

QHttpServerResponse SimServer::changes(const QHttpServerRequest &request)
{
    const auto user = authenticate(request);
    if (!user)
        return unauthorized();
    const QUrlQuery query = request.query();
    const auto after
            = decodeCursor(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
    if (!after)
        return problem(QHttpServerResponse::StatusCode::Gone, QStringLiteral("cursor-expired"),
                       QStringLiteral("Unknown or expired cursor"),
                       QStringLiteral("Start again without a cursor to resynchronise."));
    bool limitOk = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        limit = kDefaultPage;
    limit = std::min(limit, kMaxPage);

    const bool seesAll = user->role == QLatin1String("Supervisor");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One row more than the page tells whether more follow.
    q.prepare(seesAll ? QStringLiteral(
                      "SELECT seq, type, entity, op, payload FROM changes WHERE seq > ? "
                      "ORDER BY seq LIMIT ?")
                      : QStringLiteral(
                              "SELECT seq, type, entity, op, payload FROM changes WHERE seq > ? "
                              "AND (dept IS NULL OR dept = ?) ORDER BY seq LIMIT ?"));
    q.addBindValue(*after);
    if (!seesAll)
        q.addBindValue(user->department);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return problem(QHttpServerResponse::StatusCode::InternalServerError,
                       QStringLiteral("internal"), QStringLiteral("Feed query failed"),
                       q.lastError().text());
    QByteArray body("{\"changes\":[");
    qint64 last = *after;
    int n = 0;
    bool more = false;
    while (q.next()) {
        if (n == limit) {
            more = true;
            break;
        }
        if (n++ > 0)
            body += ',';
        last = q.value(0).toLongLong();
        body += "{\"seq\":" + QByteArray::number(last) + ",\"type\":\"" + q.value(1).toByteArray()
                + "\",\"id\":"
                + QJsonDocument(QJsonArray{q.value(2).toString()})
                          .toJson(QJsonDocument::Compact)
                          .mid(1)
                          .chopped(1)
                + ",\"op\":\"" + q.value(3).toByteArray() + '"';
        if (!q.value(4).isNull())
            body += ",\"data\":" + q.value(4).toByteArray();
        body += '}';
    }
    body += "],\"nextCursor\":\"" + encodeCursor(last).toLatin1()
            + "\",\"hasMore\":" + (more ? "true" : "false") + '}';
    return json(body);
}

} // namespace sim
