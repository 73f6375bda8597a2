#include "SimServer.h"

#include "ApprovalKeys.h"
#include "CounterIntake.h"
#include "District.h"
#include "Gzip.h"
#include "Materials.h"
#include "OfdLicence.h"
#include "SigningCertificates.h"
#include "SimRules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

namespace sim {

namespace {
constexpr int kDefaultPage = 500;
constexpr int kMaxPage = 2000;
constexpr int kRefreshTtl = 30 * 24 * 3600;
constexpr int kClaimTtl = 8 * 3600;
constexpr qint64 kMaxNoticeBytes = 10 * 1024 * 1024;
constexpr auto kStateVersion = "10";
constexpr int kAuthCodeTtl = 120;
constexpr int kMaxAuditBatch = 500;
const QString kDemoPassword = QStringLiteral("demo123");
using Method = QHttpServerRequest::Method;

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

QByteArray quoted(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// offset/limit paging, the same for every list.
std::pair<int, int> paging(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    bool ok = false;
    int limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = kDefaultPage;
    const int offset = std::max(0, q.queryItemValue(QStringLiteral("offset")).toInt());
    return {offset, std::min(limit, kMaxPage)};
}

Reply listReply(const char *key, const QList<QByteArray> &rows, int total, int offset, int limit)
{
    QByteArray body = "{\"" + QByteArray(key) + "\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i)
            body += ',';
        body += rows.at(i);
    }
    body += "],\"total\":" + QByteArray::number(total) + ",\"offset\":" + QByteArray::number(offset)
            + ",\"limit\":" + QByteArray::number(limit) + '}';
    return {200, "application/json", body, {}, true};
}


Reply unauthorized()
{
    return problem(401, QStringLiteral("invalid_token"),
                   QStringLiteral("The access token is missing, expired or revoked."))
            .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
}

// Department filter in SQL for a user: a Supervisor sees all.
bool seesAll(const Account &user)
{
    return user.role == QLatin1String("Supervisor");
}
} // namespace

SimServer::SimServer(Options options)
    : m_options(std::move(options)), m_faults(m_options.faults, m_options.seed),
      m_worldRng(quint32(m_options.seed + 17))
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

QString SimServer::now() const
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate);
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
    q.finish(); // an active read would lock the tables that generate() drops
    if (!generate(error))
        return false;
    // Generation writes the whole district through the WAL; fold it into the database file.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('fingerprint', ?)"));
    q.addBindValue(fingerprint);
    return q.exec();
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
            QStringLiteral("DROP TABLE IF EXISTS actions"),
            QStringLiteral("DROP TABLE IF EXISTS notices"),
            QStringLiteral("DROP TABLE IF EXISTS records"),
            QStringLiteral("DROP TABLE IF EXISTS files"),
            QStringLiteral("DROP TABLE IF EXISTS auth_codes"),
            QStringLiteral("DROP TABLE IF EXISTS audit"),
            QStringLiteral("DROP TABLE IF EXISTS notice_numbers"),
            QStringLiteral("DROP TABLE IF EXISTS approval_keys"),
            QStringLiteral("DROP TABLE IF EXISTS uploads"),
            QStringLiteral("DROP TABLE IF EXISTS upload_chunks"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE items (code TEXT PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cases (id TEXT PRIMARY KEY, department TEXT NOT NULL, "
                           "stage TEXT NOT NULL, holder TEXT,"
                           " version INTEGER NOT NULL, claim_expires INTEGER, json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cases_by_department ON cases(department, stage, id)"),
            QStringLiteral("CREATE INDEX cases_by_holder ON cases(holder)"),
            // dept is NULL for changes everyone sees (the item catalogue, the calendar).
            QStringLiteral("CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT "
                           "NOT NULL,"
                           " entity TEXT NOT NULL, op TEXT NOT NULL, dept TEXT, payload TEXT)"),
            QStringLiteral("CREATE INDEX changes_by_dept ON changes(dept, seq)"),
            // A session is one sign-in: its access and refresh tokens, through every rotation.
            QStringLiteral("CREATE TABLE tokens (token TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                           " user TEXT NOT NULL, expires INTEGER NOT NULL, session TEXT NOT NULL)"),
            // The action log: one row per Idempotency-Key, with the answer given the first time.
            QStringLiteral(
                    "CREATE TABLE actions (idem_key TEXT PRIMARY KEY, user TEXT NOT NULL, case_id "
                    "TEXT NOT NULL,"
                    " type TEXT NOT NULL, body_sha256 TEXT NOT NULL, status INTEGER NOT NULL,"
                    " response TEXT NOT NULL, applied_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE notices (id INTEGER PRIMARY KEY AUTOINCREMENT, case_id "
                           "TEXT NOT NULL,"
                           " kind TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                           "uploaded_by TEXT,"
                           " uploaded_at TEXT, content BLOB NOT NULL)"),
            // Ratings, inquiries and e-licences: JSON records keyed by table name.
            QStringLiteral(
                    "CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, department TEXT,"
                    " holder TEXT, json TEXT NOT NULL, PRIMARY KEY (kind, id))"),
            QStringLiteral("CREATE INDEX records_by_holder ON records(kind, holder)"),
            QStringLiteral("CREATE TABLE files (key TEXT PRIMARY KEY, mime TEXT NOT NULL, content "
                           "BLOB NOT NULL)"),
            // Authorization codes of the PKCE flow: single use, bound to the challenge.
            QStringLiteral("CREATE TABLE auth_codes (code TEXT PRIMARY KEY, user TEXT NOT NULL,"
                           " client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,"
                           " challenge TEXT NOT NULL, expires INTEGER NOT NULL)"),
            // 文号: the next free number per department, kind and year.
            QStringLiteral("CREATE TABLE notice_numbers (department TEXT NOT NULL, kind TEXT NOT "
                           "NULL, year INTEGER NOT NULL, next INTEGER NOT NULL,"
                           " PRIMARY KEY (department, kind, year))"),
            // Approvers' personal SM2 keys, every one a user registered (old signatures stay
            // verifiable after a new key).
            ApprovalKeys::createTable(),
            // Material uploads (create, chunks, complete) and the log of every chunk taken.
            uploadsTable(),
            uploadChunksTable(),
            // Clients' audit trails, one hash chain per device, kept as received.
            QStringLiteral("CREATE TABLE audit (device TEXT NOT NULL, seq INTEGER NOT NULL,"
                           " user TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL,"
                           " subject TEXT, detail TEXT, prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL, received_by TEXT NOT NULL,"
                           " PRIMARY KEY (device, seq))"),
    };
    m_db.transaction();
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    for (const QJsonObject &o : District::items()) {
        const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const QString code = o.value(QStringLiteral("code")).toString();
        q.prepare(QStringLiteral("INSERT INTO items(code, json) VALUES (?, ?)"));
        q.addBindValue(code);
        q.addBindValue(payload);
        q.exec();
        appendChange(QStringLiteral("item"), code, QStringLiteral("upsert"), QString(), payload);
    }
    for (const QJsonObject &year : District::calendars())
        appendChange(QStringLiteral("calendar"),
                     QString::number(year.value(QStringLiteral("year")).toInt()),
                     QStringLiteral("upsert"), QString(),
                     QJsonDocument(year).toJson(QJsonDocument::Compact));

    QSqlQuery caseInsert(m_db);
    caseInsert.prepare(QStringLiteral("INSERT INTO cases(id, department, stage, holder, version, "
                                      "json) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery change(m_db);
    change.prepare(QStringLiteral("INSERT INTO changes(type, entity, op, dept, payload) VALUES "
                                  "('case', ?, 'upsert', ?, ?)"));
    bool ok = true;
    District::generateCases(m_options.seed, m_options.cases, m_until, [&](const GeneratedCase &c) {
        if (!ok)
            return;
        const QByteArray payload = QJsonDocument(c.json).toJson(QJsonDocument::Compact);
        caseInsert.addBindValue(c.id);
        caseInsert.addBindValue(c.department);
        caseInsert.addBindValue(c.json.value(QStringLiteral("stage")).toString());
        caseInsert.addBindValue(c.json.value(QStringLiteral("applicant"))
                                        .toObject()
                                        .value(QStringLiteral("idNumber"))
                                        .toString());
        caseInsert.addBindValue(c.json.value(QStringLiteral("version")).toInt());
        caseInsert.addBindValue(payload);
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
    // E-licences held by some applicants, for material reuse.
    q.exec(QStringLiteral("SELECT json FROM cases WHERE stage = 'completed' LIMIT 2000"));
    QList<QJsonObject> done;
    while (q.next())
        done.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    QSqlQuery rec(m_db);
    rec.prepare(QStringLiteral("INSERT OR REPLACE INTO records(kind, id, department, holder, json) "
                               "VALUES (?, ?, ?, ?, ?)"));
    for (const QJsonObject &c : std::as_const(done)) {
        const QJsonObject licence = District::licenceFor(c);
        rec.addBindValue(QStringLiteral("licence"));
        rec.addBindValue(licence.value(QStringLiteral("id")).toString());
        rec.addBindValue(c.value(QStringLiteral("department")).toString());
        rec.addBindValue(licence.value(QStringLiteral("holderId")).toString());
        rec.addBindValue(QJsonDocument(licence).toJson(QJsonDocument::Compact));
        rec.exec();
    }
    // Feedback so far: ratings of some finished cases, and a few messages and complaints.
    QRandomGenerator feedbackRng(quint32(m_options.seed + 3));
    const QDateTime feedbackAt = m_until.addDays(-1);
    auto addRecord = [&](const QString &kind, const QJsonObject &record) {
        const QByteArray payload = QJsonDocument(record).toJson(QJsonDocument::Compact);
        const QString id = record.value(QStringLiteral("id")).toString();
        const QString dept = record.value(QStringLiteral("department")).toString();
        rec.addBindValue(kind);
        rec.addBindValue(id);
        rec.addBindValue(dept);
        rec.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        rec.addBindValue(payload);
        if (rec.exec())
            appendChange(kind, id, QStringLiteral("upsert"), dept, payload);
    };
    for (qsizetype i = 0; i < done.size(); i += 5)
        addRecord(QStringLiteral("rating"),
                  District::ratingFor(feedbackRng, done.at(i), feedbackAt));
    for (int i = 0; i < std::min(20, m_options.cases / 10 + 1); ++i)
        addRecord(QStringLiteral("inquiry"),
                  District::inquiry(feedbackRng, feedbackAt.addSecs(i * 600)));
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

void SimServer::appendChange(const QString &type, const QString &id, const QString &op,
                             const QString &dept, const QByteArray &payload)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "INSERT INTO changes(type, entity, op, dept, payload) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(op);
    q.addBindValue(dept.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(dept));
    q.addBindValue(payload.isNull() ? QVariant(QMetaType(QMetaType::QByteArray))
                                    : QVariant(payload));
    q.exec();
}

quint16 SimServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (usesTls()) {
        QFile certFile(m_options.tlsCert);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key");
            return 0;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (cert.isNull() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return 0;
        }
        m_server.sslSetup(cert, key);
    }
    addRoutes();
    m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(request, std::move(responder));
            });
    if (m_options.arrivalsPerMinute > 0) {
        m_world.setInterval(int(60000 / m_options.arrivalsPerMinute));
        QObject::connect(&m_world, &QTimer::timeout, [this] { livingWorldTick(); });
        m_world.start();
    }
    const quint16 actual = m_server.listen(address, port);
    if (!actual)
        *error = QStringLiteral("cannot listen");
    return actual;
}

void SimServer::addRoutes()
{
    auto add = [this](Method method, const char *pattern, bool authenticated, auto handler) {
        m_routes.append({method,
                         QRegularExpression(QStringLiteral("^/api/v1/") + QLatin1String(pattern)
                                            + QLatin1Char('$')),
                         authenticated, handler});
    };
    add(Method::Post, "token", false,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *) {
            return token(r);
        });
    add(Method::Post, "token/revoke", false,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *) {
            return revoke(r);
        });
    add(Method::Get, "authorize", false,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *) {
            return authorizePage(r);
        });
    add(Method::Post, "authorize", false,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *) {
            return authorize(r);
        });
    add(Method::Post, "notice-numbers", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return reserveNoticeNumbers(r, *u);
        });
    add(Method::Post, "audit", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return receiveAudit(r, *u);
        });
    add(Method::Post, "signing-certificates", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &, const Account *u) {
            return issueSigningCertificate(*u);
        });
    add(Method::Post, "me/approval-keys", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return registerApprovalKey(r, *u);
        });
    add(Method::Get, "me", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &, const Account *u) {
            return me(*u);
        });
    add(Method::Get, "items", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *) {
            return items(r);
        });
    add(Method::Get, "changes", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return changes(r, *u);
        });
    add(Method::Get, "cache-digest", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &, const Account *u) {
            return cacheDigest(*u);
        });
    add(Method::Get, "cache-digest/cases", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return digestCases(r, *u);
        });
    add(Method::Get, "cases", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return listCases(r, *u);
        });
    add(Method::Post, "cases", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return createCase(r, *u);
        });
    add(Method::Get, "cases/([^/]+)", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return getCase(r, m.captured(1), *u);
        });
    add(Method::Get, "cases/([^/]+)/materials/([^/]+)/content", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return material(r, m.captured(1), m.captured(2), *u);
        });
    add(Method::Post, "cases/([^/]+)/uploads", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return createUpload(r, m.captured(1), *u);
        });
    add(Method::Get, "cases/([^/]+)/uploads/([^/]+)", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &m, const Account *u) {
            return uploadState(m.captured(1), m.captured(2), *u);
        });
    add(Method::Put, "cases/([^/]+)/uploads/([^/]+)/chunks/([0-9]+)", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return uploadChunk(r, m.captured(1), m.captured(2), m.captured(3), *u);
        });
    add(Method::Post, "cases/([^/]+)/uploads/([^/]+)/complete", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &m, const Account *u) {
            return completeUpload(m.captured(1), m.captured(2), *u);
        });
    add(Method::Post, "cases/([^/]+)/actions", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return action(r, m.captured(1), *u);
        });
    add(Method::Post, "cases/([^/]+)/claim", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &m, const Account *u) {
            return claim(m.captured(1), *u, true);
        });
    add(Method::Post, "cases/([^/]+)/assign", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return assign(r, m.captured(1), *u);
        });
    add(Method::Get, "staff", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &, const Account *u) {
            return staff(*u);
        });
    add(Method::Delete, "cases/([^/]+)/claim", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &m, const Account *u) {
            return claim(m.captured(1), *u, false);
        });
    add(Method::Post, "cases/([^/]+)/notices", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return uploadNotice(r, m.captured(1), *u);
        });
    add(Method::Get, "licences", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return licences(r, *u);
        });
    add(Method::Get, "licences/([^/]+)/content", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &m, const Account *) {
            return licenceContent(m.captured(1));
        });
    add(Method::Get, "calendar/([0-9]{4})", true,
        [this](const QHttpServerRequest &, const QRegularExpressionMatch &m, const Account *) {
            return calendar(m.captured(1));
        });
    add(Method::Get, "ratings", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return listFeedRecords(r, *u, QStringLiteral("rating"));
        });
    add(Method::Get, "inquiries", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &, const Account *u) {
            return listFeedRecords(r, *u, QStringLiteral("inquiry"));
        });
    add(Method::Post, "ratings/([^/]+)/reply", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return reply(r, QStringLiteral("rating"), m.captured(1), *u);
        });
    add(Method::Post, "inquiries/([^/]+)/reply", true,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m, const Account *u) {
            return reply(r, QStringLiteral("inquiry"), m.captured(1), *u);
        });
}

Reply SimServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    bool pathKnown = false;
    for (const Route &r : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = r.path.match(path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (r.method != request.method())
            continue;
        std::optional<Account> user;
        if (r.authenticated) {
            user = authenticate(request);
            if (!user)
                return unauthorized();
        }
        return r.handler(request, match, user ? &*user : nullptr);
    }
    if (pathKnown)
        return problem(405, QStringLiteral("method-not-allowed"),
                       QStringLiteral("Method not allowed"));
    return problem(404, QStringLiteral("not-found"), QStringLiteral("No such resource"), path);
}

bool SimServer::rateLimited(const QByteArray &key)
{
    if (m_options.rateLimit <= 0)
        return false;
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    Bucket &b = m_buckets[key];
    const qint64 nowMs = clock.elapsed();
    const double capacity = 2.0 * m_options.rateLimit;
    b.tokens = b.lastMs == 0
            ? capacity
            : std::min(capacity, b.tokens + (nowMs - b.lastMs) * m_options.rateLimit / 1000.0);
    b.lastMs = std::max<qint64>(nowMs, 1);
    if (b.tokens < 1)
        return true;
    b.tokens -= 1;
    return false;
}

void SimServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const Fault fault = m_faults.next();
    const QByteArray bucketKey = header(request, "Authorization").isEmpty()
            ? request.remoteAddress().toString().toLatin1()
            : header(request, "Authorization");
    Reply reply;
    if (fault == Fault::TooMany || rateLimited(bucketKey))
        reply = problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests"))
                        .header("Retry-After", "1");
    else if (fault == Fault::Error)
        reply = problem(503, QStringLiteral("unavailable"),
                        QStringLiteral("The platform is temporarily unavailable"))
                        .header("Retry-After", "1");
    else
        reply = route(request);

    if (reply.compressible && reply.body.size() > 1024
        && header(request, "Accept-Encoding").contains("gzip")) {
        if (QByteArray zipped = gzipCompress(reply.body); !zipped.isEmpty()) {
            reply.body = std::move(zipped);
            reply.header("Content-Encoding", "gzip");
        }
    }
    reply.header("Vary", "Accept-Encoding");
    // RFC 9110 Date: clients take the platform's clock from it.
    reply.header("Date",
                 QLocale::c()
                         .toString(QDateTime::currentDateTimeUtc().addSecs(m_options.clockSkew),
                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                         .toLatin1());

    auto keep = std::make_shared<QHttpServerResponder>(std::move(responder));
    // A client that hung up while the answer was held back (latency): its socket is gone.
    const QPointer<QTcpSocket> socket(keep->socket());
    auto send = [keep, reply, fault, socket]() {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        QHttpServerResponder &r = *keep;
        if (fault == Fault::Drop) {
            r.socket()->abort();
            return;
        }
        r.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        r.writeHeader("Content-Type", reply.contentType);
        r.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &[name, value] : reply.headers)
            r.writeHeader(name, value);
        if (fault == Fault::Truncate && reply.body.size() > 1) {
            r.writeBody(reply.body.left(reply.body.size() / 2));
            r.socket()->flush();
            r.socket()->abort();
            return;
        }
        if (fault == Fault::Slow && reply.body.size() > 10) {
            // Ten pieces, 50 ms apart; the responder stays alive until the last one.
            const qsizetype piece = reply.body.size() / 10 + 1;
            r.writeBody(reply.body.left(piece));
            for (int i = 1; i * piece < reply.body.size(); ++i) {
                QTimer::singleShot(50 * i, [keep, body = reply.body.mid(i * piece, piece)] {
                    if (keep->socket()
                        && keep->socket()->state() == QAbstractSocket::ConnectedState)
                        keep->socket()->write(body);
                });
            }
            return;
        }
        r.writeBody(reply.body);
    };
    if (m_faults.spec().latencyMs > 0)
        QTimer::singleShot(m_faults.spec().latencyMs, send);
    else
        send();
}

Reply SimServer::issueTokens(const QString &userName, const QString &session)
{
    const QString access = randomToken();
    const QString refresh = randomToken();
    const QString sessionId = session.isEmpty() ? randomToken() : session;
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tokens(token, kind, user, expires, session) VALUES "
                             "(?, ?, ?, ?, ?), (?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(access), QVariant(QStringLiteral("access")), QVariant(userName),
          QVariant(nowSecs + m_options.accessTokenTtl), QVariant(sessionId), QVariant(refresh),
          QVariant(QStringLiteral("refresh")), QVariant(userName), QVariant(nowSecs + kRefreshTtl),
          QVariant(sessionId)})
        q.addBindValue(v);
    if (!q.exec())
        return problem(500, QStringLiteral("internal"), QStringLiteral("Token store failed"));
    return jsonReply({{QStringLiteral("access_token"), access},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), m_options.accessTokenTtl},
                      {QStringLiteral("refresh_token"), refresh},
                      {QStringLiteral("scope"), QStringLiteral("cases")}})
            .header("Cache-Control", "no-store");
}

Reply SimServer::token(const QHttpServerRequest &request)
{
    // Form bodies encode spaces as '+'.
    QByteArray body = request.body();
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    auto oauthError = [](const QString &code, const QString &detail) {
        QJsonObject o{{QStringLiteral("error"), code},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("title"), QStringLiteral("Token request refused")},
                      {QStringLiteral("status"), 400},
                      {QStringLiteral("detail"), detail}};
        return Reply{400,
                     "application/problem+json",
                     QJsonDocument(o).toJson(QJsonDocument::Compact),
                     {},
                     true};
    };
    if (grant == QLatin1String("password")) {
        const QString user = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const QString password
                = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if (!account(user) || password != kDemoPassword)
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Wrong user name or password."));
        return issueTokens(user);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh
                = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT user, session FROM tokens WHERE token = ? AND kind = "
                                 "'refresh' AND expires > ?"));
        q.addBindValue(refresh);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec() || !q.next())
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("The refresh token is unknown, used or expired."));
        const QString user = q.value(0).toString();
        const QString session = q.value(1).toString();
        // Rotation: a used refresh token lapses. It stays good for a short grace period, as on
        // real identity servers, so a client that died before storing the new one can recover.
        QSqlQuery drop(m_db);
        drop.prepare(QStringLiteral("UPDATE tokens SET expires = MIN(expires, ?) WHERE token = ?"));
        drop.addBindValue(QDateTime::currentSecsSinceEpoch() + m_options.refreshGrace);
        drop.addBindValue(refresh);
        drop.exec();
        return issueTokens(user, session);
    }
    if (grant == QLatin1String("authorization_code")) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM auth_codes WHERE code = ? RETURNING user, "
                                 "client_id, redirect_uri, challenge, expires"));
        q.addBindValue(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
        if (!q.exec() || !q.next() || q.value(4).toLongLong() < QDateTime::currentSecsSinceEpoch())
            return oauthError(
                    QStringLiteral("invalid_grant"),
                    QStringLiteral("The authorization code is unknown, used or expired."));
        const QString verifier
                = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
        const QString challenge = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (verifier.size() < 43 || challenge != q.value(3).toString()
            || form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    != q.value(2).toString()
            || form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded)
                    != q.value(1).toString())
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("The code verifier, client or redirect URI does not "
                                             "match the authorization request."));
        return issueTokens(q.value(0).toString());
    }
    return oauthError(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Use password, refresh_token or authorization_code."));
}

namespace {
QUrlQuery formOf(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}
} // namespace

Reply SimServer::revoke(const QHttpServerRequest &request)
{
    // RFC 7009: the answer is 200 whether or not the token was known. Revoking a refresh
    // token ends its session's access tokens too, as a sign-out must; other sign-ins of the
    // same account go on.
    const QString token
            = formOf(request).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT session, kind FROM tokens WHERE token = ?"));
    q.addBindValue(token);
    if (q.exec() && q.next()) {
        const QString session = q.value(0).toString();
        const bool refresh = q.value(1).toString() == QLatin1String("refresh");
        q.finish();
        QSqlQuery drop(m_db);
        drop.prepare(refresh ? QStringLiteral("DELETE FROM tokens WHERE session = ?")
                             : QStringLiteral("DELETE FROM tokens WHERE token = ?"));
        drop.addBindValue(refresh ? session : token);
        drop.exec();
    }
    return {200, "application/json", "{}", {}, false};
}

Reply SimServer::authorizePage(const QHttpServerRequest &request)
{
    // The identity portal's sign-in page, for a browser: the parameters go back in a form.
    const QUrlQuery query
            = request.method() == Method::Post ? formOf(request) : QUrlQuery(request.url());
    QString hidden;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                          .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    const QString html
            = QStringLiteral("<!DOCTYPE html><html lang=\"zh-CN\"><meta "
                             "charset=\"utf-8\"><title>统一身份认证"
                             "</title><form method=\"post\">%1<label>用户名 <input "
                             "name=\"username\"></label>"
                             "<label>密码 <input name=\"password\" type=\"password\"></label>"
                             "<button>登录</button></form></html>")
                      .arg(hidden);
    return {200, "text/html; charset=utf-8", html.toUtf8(), {}, true};
}

Reply SimServer::authorize(const QHttpServerRequest &request)
{
    const QUrlQuery form = formOf(request);
    auto value = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QUrl redirect(value("redirect_uri"));
    // Only loopback redirects (RFC 8252) for a desktop client; anything else is refused here
    // rather than sent somewhere with a code.
    if (value("response_type") != QLatin1String("code") || value("client_id").isEmpty()
        || value("code_challenge_method") != QLatin1String("S256")
        || value("code_challenge").size() != 43 || redirect.scheme() != QLatin1String("http")
        || (redirect.host() != QLatin1String("127.0.0.1")
            && redirect.host() != QLatin1String("[::1]")))
        return problem(400, QStringLiteral("invalid_request"),
                       QStringLiteral("Authorization request refused"),
                       QStringLiteral("Needs response_type=code, a client_id, an S256 "
                                      "code_challenge and a loopback redirect_uri."));
    if (value("username").isEmpty())
        return authorizePage(request); // the form again, as a portal shows it without a name
    if (!account(value("username")) || value("password") != kDemoPassword)
        return problem(401, QStringLiteral("invalid_credentials"),
                       QStringLiteral("Wrong user name or password"));
    const QString code = randomToken();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO auth_codes VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(code), QVariant(value("username")), QVariant(value("client_id")),
          QVariant(value("redirect_uri")), QVariant(value("code_challenge")),
          QVariant(QDateTime::currentSecsSinceEpoch() + kAuthCodeTtl)})
        q.addBindValue(v);
    if (!q.exec())
        return problem(500, QStringLiteral("internal"), QStringLiteral("Code store failed"));
    QUrl target = redirect;
    QUrlQuery answer(redirect);
    answer.addQueryItem(QStringLiteral("code"), code);
    if (!value("state").isEmpty())
        answer.addQueryItem(QStringLiteral("state"), value("state"));
    target.setQuery(answer);
    return Reply{302, "text/plain", {}, {}, false}.header("Location", target.toEncoded());
}

namespace {
// The platform's register of notice kinds and the character of each in the 文号: 受理 受, 补正
// 补, 不予受理 不受, 准予 许, 不予 不许, and 延长审批期限 延 (a kind a department adds with a
// template of its own).
const QHash<QString, QString> &noticeKinds()
{
    static const QHash<QString, QString> kinds{{QStringLiteral("acceptance"), QStringLiteral("受")},
                                               {QStringLiteral("correction"), QStringLiteral("补")},
                                               {QStringLiteral("refusal"), QStringLiteral("不受")},
                                               {QStringLiteral("grant"), QStringLiteral("许")},
                                               {QStringLiteral("denial"), QStringLiteral("不许")},
                                               {QStringLiteral("extension"), QStringLiteral("延")}};
    return kinds;
}
} // namespace

Reply SimServer::reserveNoticeNumbers(const QHttpServerRequest &request, const Account &user)
{
    const QHash<QString, QString> &kinds = noticeKinds();
    if (user.role == QLatin1String("Supervisor"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A Supervisor does not issue notices"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString kind = body.value(QStringLiteral("kind")).toString();
    const int year = body.value(QStringLiteral("year")).toInt();
    const int count = body.value(QStringLiteral("count")).toInt();
    if (!kinds.contains(kind) || year < 2000 || year > 2100 || count < 1 || count > 100)
        return problem(422, QStringLiteral("invalid-payload"),
                       QStringLiteral("Numbers request refused"),
                       QStringLiteral("Needs a notice kind, a year and a count of 1 to 100."));
    QString abbreviation = user.department;
    for (const Department &d : District::departments()) {
        if (d.code == user.department)
            abbreviation = d.abbreviation;
    }
    // One statement: two workstations asking at once get two different blocks.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO notice_numbers(department, kind, year, next) VALUES "
                             "(?, ?, ?, 1 + ?) ON CONFLICT(department, kind, year) DO UPDATE SET "
                             "next = next + excluded.next - 1 RETURNING next"));
    for (const QVariant &v :
         {QVariant(user.department), QVariant(kind), QVariant(year), QVariant(count)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return problem(500, QStringLiteral("internal"), QStringLiteral("Numbering failed"));
    const qint64 next = q.value(0).toLongLong();
    return jsonReply({{QStringLiteral("department"), user.department},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("year"), year},
                      {QStringLiteral("prefix"),
                       QString(abbreviation + kinds.value(kind) + QStringLiteral("字"))},
                      {QStringLiteral("first"), next - count},
                      {QStringLiteral("last"), next - 1}});
}

Reply SimServer::receiveAudit(const QHttpServerRequest &request, const Account &user)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString device = body.value(QStringLiteral("device")).toString();
    const QJsonArray entries = body.value(QStringLiteral("entries")).toArray();
    if (device.isEmpty() || entries.isEmpty() || entries.size() > kMaxAuditBatch)
        return problem(422, QStringLiteral("invalid-audit"), QStringLiteral("Audit batch refused"),
                       QStringLiteral("Needs a device and 1 to 500 entries."));
    QSqlQuery last(m_db);
    last.prepare(QStringLiteral("SELECT seq, hash FROM audit WHERE device = ? ORDER BY seq DESC "
                                "LIMIT 1"));
    last.addBindValue(device);
    qint64 lastSeq = 0;
    QString lastHash;
    if (last.exec() && last.next()) {
        lastSeq = last.value(0).toLongLong();
        lastHash = last.value(1).toString();
    }
    last.finish();
    m_db.transaction();
    QSqlQuery put(m_db);
    put.prepare(QStringLiteral("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        if (seq <= lastSeq)
            continue; // sent before: a retry after a lost answer
        // The chain must go on where it stopped; a gap or a rewritten entry is refused.
        if (seq != lastSeq + 1
            || (lastSeq > 0 && e.value(QStringLiteral("prevHash")).toString() != lastHash)
            || e.value(QStringLiteral("hash")).toString().size() != 64) {
            m_db.rollback();
            return problem(409, QStringLiteral("audit-chain-broken"),
                           QStringLiteral("The audit chain does not continue"),
                           QStringLiteral("Expected entry %1 following hash %2.")
                                   .arg(lastSeq + 1)
                                   .arg(lastHash));
        }
        for (const QVariant &value :
             {QVariant(device), QVariant(seq), e.value(QStringLiteral("user")).toVariant(),
              e.value(QStringLiteral("at")).toVariant(),
              e.value(QStringLiteral("kind")).toVariant(),
              e.value(QStringLiteral("subject")).toVariant(),
              e.value(QStringLiteral("detail")).toVariant(),
              e.value(QStringLiteral("prevHash")).toVariant(),
              e.value(QStringLiteral("hash")).toVariant(), QVariant(user.userName)})
            put.addBindValue(value);
        if (!put.exec()) {
            m_db.rollback();
            return problem(500, QStringLiteral("internal"), QStringLiteral("Audit store failed"));
        }
        lastSeq = seq;
        lastHash = e.value(QStringLiteral("hash")).toString();
    }
    m_db.commit();
    return jsonReply({{QStringLiteral("device"), device}, {QStringLiteral("lastSeq"), lastSeq}});
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

Reply SimServer::me(const Account &user)
{
    // What a notice must tell the applicant about the department: where it is, whom to call,
    // where to complain and where to appeal.
    const QString name = District::departmentName(user.department);
    return jsonReply(
            {{QStringLiteral("userName"), user.userName},
             {QStringLiteral("displayName"), user.displayName},
             {QStringLiteral("department"),
              QJsonObject{{QStringLiteral("code"), user.department},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("address"),
                           QStringLiteral("城关区人民路88号政务服务中心二楼%1窗口").arg(name)},
                          {QStringLiteral("contactPhone"), QStringLiteral("0931-8123456")},
                          {QStringLiteral("complaintPhone"), QStringLiteral("12345")},
                          {QStringLiteral("reconsiderationBody"), QStringLiteral("城关区人民政府")},
                          {QStringLiteral("court"), QStringLiteral("城关区人民法院")},
                          {QStringLiteral("progressUrl"),
                           QStringLiteral("https://zwfw.example.gov.cn/progress?case={caseNo}")}}},
             {QStringLiteral("roles"), QJsonArray{user.role}}});
}

Reply SimServer::registerApprovalKey(const QHttpServerRequest &request, const Account &user)
{
    if (user.role != QLatin1String("Chief") && user.role != QLatin1String("Head"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A %1 approves nothing").arg(user.role));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const ApprovalKeys::Registered r = ApprovalKeys(m_db).add(
            user.userName, body.value(QStringLiteral("publicKey")).toString().toLatin1(), now());
    if (r.keyId.isEmpty())
        return problem(422, QStringLiteral("invalid-payload"), QStringLiteral("Key refused"),
                       r.problem);
    return jsonReply({{QStringLiteral("keyId"), r.keyId}, {QStringLiteral("user"), user.userName}},
                     r.created ? 201 : 200);
}

void SimServer::signApproval(const QJsonObject &before, const QString &type,
                             const QJsonObject &payload, const Account &user,
                             ActionOutcome *outcome) const
{
    const ApprovalKeys::Problem p = ApprovalKeys(m_db).check(before, type, payload, user.userName,
                                                             QDateTime::currentDateTimeUtc());
    if (!p.code.isEmpty()) {
        *outcome = {422, p.code, p.detail, {}};
        return;
    }
    // The history records the approval as signed and checked; the value stays in the action log.
    QJsonArray history = outcome->caseAfter.value(QStringLiteral("history")).toArray();
    QJsonObject event = history.last().toObject();
    const QJsonObject s = payload.value(QStringLiteral("signature")).toObject();
    event.insert(QStringLiteral("signature"),
                 QJsonObject{{QStringLiteral("algorithm"), s.value(QStringLiteral("algorithm"))},
                             {QStringLiteral("keyId"), s.value(QStringLiteral("keyId"))},
                             {QStringLiteral("signedAt"), s.value(QStringLiteral("signedAt"))},
                             {QStringLiteral("verified"), true}});
    history.replace(history.size() - 1, event);
    outcome->caseAfter.insert(QStringLiteral("history"), history);
}

Reply SimServer::issueSigningCertificate(const Account &user)
{
    if (user.role == QLatin1String("Supervisor"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A Supervisor does not issue notices"));
    IssuedCertificate issued;
    QString error;
    if (!sim::issueSigningCertificate(m_options.dataDir, user.department,
                                      District::departmentName(user.department), &issued, &error))
        return problem(500, QStringLiteral("internal"), error);
    return jsonReply({{QStringLiteral("pkcs12"), QString::fromLatin1(issued.pkcs12.toBase64())},
                      {QStringLiteral("password"), issued.password},
                      {QStringLiteral("caCertificate"), QString::fromLatin1(issued.caPem)},
                      {QStringLiteral("subject"), issued.subject},
                      {QStringLiteral("notAfter"), issued.notAfter}},
                     201);
}

Reply SimServer::items(const QHttpServerRequest &request)
{
    return page(request, "items", QStringLiteral("FROM items"), {}, QStringLiteral("code"));
}

Reply SimServer::page(const QHttpServerRequest &request, const char *key, const QString &from,
                      const QVariantMap &binds, const QString &orderBy)
{
    const auto [offset, limit] = paging(request);
    QSqlQuery q(m_db);
    auto bindAll = [&] {
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
    };
    q.prepare(QStringLiteral("SELECT COUNT(*) ") + from);
    bindAll();
    q.exec();
    const int total = q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("SELECT json ") + from + QStringLiteral(" ORDER BY ") + orderBy
              + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindAll();
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    q.exec();
    QList<QByteArray> rows;
    while (q.next())
        rows.append(q.value(0).toByteArray());
    return listReply(key, rows, total, offset, limit);
}

Reply SimServer::changes(const QHttpServerRequest &request, const Account &user)
{
    const QUrlQuery query = request.query();
    const auto after
            = decodeCursor(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
    if (!after)
        return problem(410, QStringLiteral("cursor-expired"),
                       QStringLiteral("Unknown or expired cursor"),
                       QStringLiteral("Start again without a cursor to resynchronise."));
    const auto [offset, limit] = paging(request);
    Q_UNUSED(offset)
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One row more than the page tells whether more follow.
    q.prepare(seesAll(user)
                      ? QStringLiteral(
                              "SELECT seq, type, entity, op, payload FROM changes WHERE seq > ? "
                              "ORDER BY seq LIMIT ?")
                      : QStringLiteral(
                              "SELECT seq, type, entity, op, payload FROM changes WHERE seq > ? "
                              "AND (dept IS NULL OR dept = ?) ORDER BY seq LIMIT ?"));
    q.addBindValue(*after);
    if (!seesAll(user))
        q.addBindValue(user.department);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return problem(500, QStringLiteral("internal"), QStringLiteral("Feed query failed"),
                       q.lastError().text());
    QByteArray body("{\"changes\":[");
    qint64 last = *after;
    int n = 0;
    int written = 0;
    bool more = false;
    while (q.next()) {
        if (n == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        const bool isCase = q.value(1).toByteArray() == "case";
        // A platform bug on purpose (--faults lose=): the change is never sent; only a
        // reconciliation finds what the cache lacks.
        ++n;
        if (isCase && FaultSpec::hits(m_faults.spec().lose, last, 0x1055))
            continue;
        if (written++ > 0)
            body += ',';
        body += "{\"seq\":" + QByteArray::number(last) + ",\"type\":\"" + q.value(1).toByteArray()
                + "\",\"id\":" + quoted(q.value(2).toString()) + ",\"op\":\""
                + q.value(3).toByteArray() + '"';
        if (!q.value(4).isNull()) {
            QByteArray data = q.value(4).toByteArray();
            // --faults corrupt=: the feed's copy lacks its stage and has a version in words;
            // the case itself, asked for by id, is whole.
            if (isCase && FaultSpec::hits(m_faults.spec().corrupt, last, 0xc0de)) {
                QJsonObject damaged = QJsonDocument::fromJson(data).object();
                damaged.remove(QStringLiteral("stage"));
                damaged.insert(QStringLiteral("version"), QStringLiteral("seven"));
                data = QJsonDocument(damaged).toJson(QJsonDocument::Compact);
            }
            body += ",\"data\":" + data;
        }
        body += '}';
    }
    if (n == 0) {
        // An empty page keeps the cursor; a cursor beyond the feed's end is one we never issued.
        QSqlQuery max(m_db);
        max.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        if (max.next() && *after > max.value(0).toLongLong())
            return problem(410, QStringLiteral("cursor-expired"),
                           QStringLiteral("Unknown or expired cursor"),
                           QStringLiteral("Start again without a cursor to resynchronise."));
    }
    body += "],\"nextCursor\":\"" + encodeCursor(last).toLatin1()
            + "\",\"hasMore\":" + (more ? "true" : "false") + '}';
    return {200, "application/json", body, {}, true};
}

std::optional<QJsonObject> SimServer::loadCase(const QString &id, const Account &user,
                                               Reply *failure)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json, department FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next() || (!seesAll(user) && q.value(1).toString() != user.department)) {
        // Another department's case does not exist for this user.
        *failure = problem(404, QStringLiteral("not-found"), QStringLiteral("No such case"), id);
        return std::nullopt;
    }
    QJsonObject c = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    return c;
}

void SimServer::storeCase(const QJsonObject &c)
{
    const QByteArray payload = QJsonDocument(c).toJson(QJsonDocument::Compact);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE cases SET stage = ?, version = ?, json = ? WHERE id = ?"));
    q.addBindValue(c.value(QStringLiteral("stage")).toString());
    q.addBindValue(c.value(QStringLiteral("version")).toInteger());
    q.addBindValue(payload);
    q.addBindValue(c.value(QStringLiteral("id")).toString());
    q.exec();
    appendChange(QStringLiteral("case"), c.value(QStringLiteral("id")).toString(),
                 QStringLiteral("upsert"), c.value(QStringLiteral("department")).toString(),
                 payload);
}

namespace {
// The cases a user's feed holds: the department's (every department's for a supervisor), never
// those the dispatcher holds, whose last change in any department's feed was a delete.
QString heldBy(const Account &user)
{
    return seesAll(user) ? QStringLiteral("department <> 'DISPATCH'")
                         : QStringLiteral("department = :dept");
}
} // namespace

Reply SimServer::cacheDigest(const Account &user)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT department, stage, id, version FROM cases WHERE ")
              + heldBy(user) + QStringLiteral(" ORDER BY department, stage, id"));
    if (!seesAll(user))
        q.bindValue(QStringLiteral(":dept"), user.department);
    if (!q.exec())
        return problem(500, QStringLiteral("internal"), QStringLiteral("Digest query failed"),
                       q.lastError().text());
    QJsonArray groups;
    QString department;
    QString stage;
    qint64 count = 0;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    auto flush = [&] {
        if (count > 0)
            groups.append(QJsonObject{
                    {QStringLiteral("department"), department},
                    {QStringLiteral("stage"), stage},
                    {QStringLiteral("count"), count},
                    {QStringLiteral("digest"), QString::fromLatin1(sha.result().toHex())}});
        sha.reset();
        count = 0;
    };
    while (q.next()) {
        if (q.value(0).toString() != department || q.value(1).toString() != stage) {
            flush();
            department = q.value(0).toString();
            stage = q.value(1).toString();
        }
        ++count;
        sha.addData(QStringLiteral("%1:%2\n")
                            .arg(q.value(2).toString())
                            .arg(q.value(3).toLongLong())
                            .toUtf8());
    }
    flush();
    return jsonReply(QJsonObject{{QStringLiteral("groups"), groups}});
}

Reply SimServer::digestCases(const QHttpServerRequest &request, const Account &user)
{
    const QUrlQuery query = request.query();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, version FROM cases WHERE ") + heldBy(user)
              + QStringLiteral(" AND department = :group AND stage = :stage ORDER BY id"));
    if (!seesAll(user))
        q.bindValue(QStringLiteral(":dept"), user.department);
    q.bindValue(QStringLiteral(":group"), query.queryItemValue(QStringLiteral("department")));
    q.bindValue(QStringLiteral(":stage"), query.queryItemValue(QStringLiteral("stage")));
    if (!q.exec())
        return problem(500, QStringLiteral("internal"), QStringLiteral("Digest query failed"),
                       q.lastError().text());
    QJsonArray cases;
    while (q.next())
        cases.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                 {QStringLiteral("version"), q.value(1).toLongLong()}});
    return jsonReply(QJsonObject{{QStringLiteral("cases"), cases}});
}

Reply SimServer::listCases(const QHttpServerRequest &request, const Account &user)
{
    const QString stage = request.query().queryItemValue(QStringLiteral("stage"));
    QString where = seesAll(user) ? QStringLiteral("1") : QStringLiteral("department = :dept");
    QVariantMap binds;
    if (!seesAll(user))
        binds.insert(QStringLiteral(":dept"), user.department);
    if (!stage.isEmpty()) {
        where += QStringLiteral(" AND stage = :stage");
        binds.insert(QStringLiteral(":stage"), stage);
    }
    return page(request, "cases", QStringLiteral("FROM cases WHERE ") + where, binds,
                QStringLiteral("id"));
}

Reply SimServer::getCase(const QHttpServerRequest &request, const QString &id, const Account &user)
{
    Reply failure;
    const auto c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    const QByteArray etag = etagOf(c->value(QStringLiteral("version")).toInteger());
    if (header(request, "If-None-Match") == etag)
        return Reply{304, "application/json", {}, {{"ETag", etag}}, false};
    return jsonReply(*c).header("ETag", etag);
}

Reply SimServer::material(const QHttpServerRequest &request, const QString &id, const QString &mid,
                          const Account &user)
{
    Reply failure;
    const auto c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    QJsonObject meta;
    for (const QJsonValue &m : c->value(QStringLiteral("materials")).toArray()) {
        if (m.toObject().value(QStringLiteral("id")).toString() == mid)
            meta = m.toObject();
    }
    if (meta.isEmpty())
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such material"), mid);
    const QString key = id + QLatin1Char('/') + mid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mime, content FROM files WHERE key = ?"));
    q.addBindValue(key);
    QByteArray mime;
    QByteArray content;
    if (q.exec() && q.next()) {
        mime = q.value(0).toByteArray();
        content = q.value(1).toByteArray();
    } else {
        const MaterialFile file = makeMaterial(*c, meta, m_options.seed);
        mime = file.mimeType;
        content = file.content;
        QSqlQuery put(m_db);
        put.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO files(key, mime, content) VALUES (?, ?, ?)"));
        put.addBindValue(key);
        put.addBindValue(mime);
        put.addBindValue(content);
        put.exec();
    }
    const QByteArray etag = '"'
            + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(32) + '"';
    const QByteArray range = header(request, "Range");
    if (range.startsWith("bytes=")) {
        // One range, as resumable downloads ask: bytes=FROM- or bytes=FROM-TO.
        const QByteArray spec = range.mid(6);
        const qsizetype dash = spec.indexOf('-');
        bool okFrom = false;
        bool okTo = true;
        const qint64 from = spec.left(dash).toLongLong(&okFrom);
        qint64 to = dash + 1 < spec.size() ? spec.mid(dash + 1).toLongLong(&okTo)
                                           : content.size() - 1;
        to = std::min<qint64>(to, content.size() - 1);
        if (dash < 0 || !okFrom || !okTo || from > to || from >= content.size())
            return Reply{416,
                         "application/problem+json",
                         problem(416, QStringLiteral("range-not-satisfiable"),
                                 QStringLiteral("Range not satisfiable"))
                                 .body,
                         {{"Content-Range", "bytes */" + QByteArray::number(content.size())}},
                         true};
        return Reply{206,
                     mime,
                     content.mid(from, to - from + 1),
                     {{"Content-Range",
                       "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                               + QByteArray::number(content.size())},
                      {"Accept-Ranges", "bytes"},
                      {"ETag", etag}},
                     false};
    }
    return Reply{200, mime, content, {{"Accept-Ranges", "bytes"}, {"ETag", etag}}, false};
}

Reply SimServer::action(const QHttpServerRequest &request, const QString &id, const Account &user)
{
    const QByteArray key = header(request, "Idempotency-Key");
    if (key.isEmpty() || key.size() > 200)
        return missingIdempotencyKey();
    const QByteArray bodySha = sha256Hex(request.body());
    QSqlQuery seen(m_db);
    seen.prepare(QStringLiteral(
            "SELECT body_sha256, status, response, user, case_id FROM actions WHERE idem_key = ?"));
    seen.addBindValue(QString::fromLatin1(key));
    if (seen.exec() && seen.next()) {
        if (seen.value(0).toByteArray() != bodySha || seen.value(3).toString() != user.userName
            || seen.value(4).toString() != id)
            return problem(422, QStringLiteral("idempotency-key-reused"),
                           QStringLiteral("This Idempotency-Key was used for another request"));
        // A replay: the first answer again, and nothing changes.
        const int status = seen.value(1).toInt();
        return Reply{status,
                     status == 200 ? QByteArray("application/json")
                                   : QByteArray("application/problem+json"),
                     seen.value(2).toByteArray(),
                     {{"Idempotent-Replayed", "true"}},
                     true};
    }
    Reply failure;
    const auto before = loadCase(id, user, &failure);
    if (!before)
        return failure;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("type")).isString())
        return problem(422, QStringLiteral("invalid-payload"),
                       QStringLiteral("The body must be {\"type\", \"payload\"}"));
    const QByteArray ifMatch = header(request, "If-Match");
    if (ifMatch.isEmpty())
        return problem(428, QStringLiteral("precondition-required"),
                       QStringLiteral("If-Match with the case's ETag is required"));
    const QByteArray etag = etagOf(before->value(QStringLiteral("version")).toInteger());
    if (ifMatch != etag) {
        QJsonObject body
                = QJsonDocument::fromJson(problem(412, QStringLiteral("version-mismatch"),
                                                  QStringLiteral("The case changed meanwhile"))
                                                  .body)
                          .object();
        body.insert(QStringLiteral("current"), *before);
        return Reply{412,
                     "application/problem+json",
                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                     {{"ETag", etag}},
                     true};
    }
    const QString at = now();
    const QString type = doc.object().value(QStringLiteral("type")).toString();
    const QJsonObject payload = doc.object().value(QStringLiteral("payload")).toObject();
    ActionOutcome outcome = applyAction(*before, type, payload, user.userName, user.role, at);
    if (outcome.status == 200 && ApprovalKeys::isSigned(type))
        signApproval(*before, type, payload, user, &outcome);
    Reply answer = outcome.status == 200
            ? jsonReply(outcome.caseAfter)
                      .header("ETag",
                              etagOf(outcome.caseAfter.value(QStringLiteral("version"))
                                             .toInteger()))
            : problem(outcome.status, outcome.code, QStringLiteral("Action refused"),
                      outcome.detail);
    m_db.transaction();
    if (outcome.status == 200)
        storeCase(outcome.caseAfter);
    if (outcome.status == 200 && type == QLatin1String("transfer")) {
        // The case leaves the department: its list drops it, the dispatcher holds it.
        QSqlQuery moved(m_db);
        moved.prepare(
                QStringLiteral("UPDATE cases SET department = ?, holder = NULL WHERE id = ?"));
        moved.addBindValue(outcome.caseAfter.value(QStringLiteral("department")).toString());
        moved.addBindValue(id);
        moved.exec();
        appendChange(QStringLiteral("case"), id, QStringLiteral("delete"),
                     before->value(QStringLiteral("department")).toString(), QByteArray());
    }
    QSqlQuery log(m_db);
    log.prepare(QStringLiteral("INSERT INTO actions(idem_key, user, case_id, type, body_sha256, "
                               "status, response, applied_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    log.addBindValue(QString::fromLatin1(key));
    log.addBindValue(user.userName);
    log.addBindValue(id);
    log.addBindValue(doc.object().value(QStringLiteral("type")).toString());
    log.addBindValue(QString::fromLatin1(bodySha));
    log.addBindValue(outcome.status);
    log.addBindValue(answer.body);
    log.addBindValue(at);
    log.exec();
    m_db.commit();
    return answer;
}

Reply SimServer::createCase(const QHttpServerRequest &request, const Account &user)
{
    const QByteArray key = header(request, "Idempotency-Key");
    if (key.isEmpty() || key.size() > 200)
        return missingIdempotencyKey();
    const QByteArray bodySha = sha256Hex(request.body());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "SELECT body_sha256, status, response, user, type FROM actions WHERE idem_key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (q.exec() && q.next()) {
        if (q.value(0).toByteArray() != bodySha || q.value(3).toString() != user.userName
            || q.value(4).toString() != QLatin1String("create"))
            return problem(422, QStringLiteral("idempotency-key-reused"),
                           QStringLiteral("This Idempotency-Key was used for another request"));
        const QJsonObject first = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        return jsonReply(first, 201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", etagOf(first.value(QStringLiteral("version")).toInteger()));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        return problem(422, QStringLiteral("invalid-payload"),
                       QStringLiteral("The body must be an application"));
    const QJsonObject body = doc.object();
    q.prepare(QStringLiteral("SELECT json FROM items WHERE code = ?"));
    q.addBindValue(body.value(QStringLiteral("itemCode")).toString());
    const QJsonObject item = q.exec() && q.next()
            ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
            : QJsonObject();
    const QDateTime nowAt = QDateTime::currentDateTime();
    if (const auto refusal = checkIntake(body, item, user, nowAt))
        return problem(refusal->status, refusal->code, QStringLiteral("Application refused"),
                       refusal->detail);
    m_db.transaction();
    q.exec(QStringLiteral("SELECT COALESCE(MAX(CAST(substr(id, 2) AS INTEGER)), 0) FROM cases"));
    const int index = (q.next() ? q.value(0).toInt() : 0) + 1;
    const QString id = QStringLiteral("c%1").arg(index, 8, 10, QLatin1Char('0'));
    // Numbered like the day's online arrivals, above the generated history's serials.
    const QString caseNo = QStringLiteral("620102")
            + nowAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(100000 + index % 900000, 6, 10, QLatin1Char('0'));
    const QJsonObject c = counterCase(body, item, user, id, caseNo, nowAt);
    const QByteArray payload = QJsonDocument(c).toJson(QJsonDocument::Compact);
    q.prepare(QStringLiteral("INSERT INTO cases(id, department, stage, holder, version, json) "
                             "VALUES (?, ?, 'preReview', ?, 1, ?)"));
    q.addBindValue(id);
    q.addBindValue(user.department);
    q.addBindValue(c.value(QStringLiteral("applicant"))
                           .toObject()
                           .value(QStringLiteral("idNumber"))
                           .toString());
    q.addBindValue(payload);
    q.exec();
    q.prepare(QStringLiteral("UPDATE cases SET claim_expires = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch() + kClaimTtl);
    q.addBindValue(id);
    q.exec();
    appendChange(QStringLiteral("case"), id, QStringLiteral("upsert"), user.department, payload);
    q.prepare(QStringLiteral("INSERT INTO actions(idem_key, user, case_id, type, body_sha256, "
                             "status, response, applied_at) VALUES (?, ?, ?, 'create', ?, 201, ?, "
                             "?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(user.userName);
    q.addBindValue(id);
    q.addBindValue(QString::fromLatin1(bodySha));
    q.addBindValue(payload);
    q.addBindValue(now());
    q.exec();
    m_db.commit();
    return jsonReply(c, 201)
            .header("ETag", etagOf(1))
            .header("Location", QByteArray("/api/v1/cases/") + id.toLatin1());
}

Reply SimServer::claim(const QString &id, const Account &user, bool take)
{
    Reply failure;
    auto c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    if (user.role == QLatin1String("Supervisor") || user.role == QLatin1String("Head"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A %1 does not claim cases").arg(user.role));
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT claim_expires FROM cases WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    const qint64 expires = q.next() ? q.value(0).toLongLong() : 0;
    const QString holder = c->value(QStringLiteral("claimedBy")).toString();
    // A claim without expiry (from the generated history) never lapses by itself.
    const bool held = !holder.isEmpty() && (expires == 0 || expires > nowSecs);
    if (take) {
        if (held && holder != user.userName)
            return problem(409, QStringLiteral("claimed-by-other"),
                           QStringLiteral("Claimed by another user"), holder);
        c->insert(QStringLiteral("claimedBy"), user.userName);
        c->insert(QStringLiteral("claimedByName"), user.displayName);
    } else {
        if (held && holder != user.userName)
            return problem(409, QStringLiteral("claimed-by-other"),
                           QStringLiteral("Claimed by another user"), holder);
        c->remove(QStringLiteral("claimedBy"));
        c->remove(QStringLiteral("claimedByName"));
    }
    c->insert(QStringLiteral("version"), c->value(QStringLiteral("version")).toInteger() + 1);
    c->insert(QStringLiteral("updatedAt"), now());
    appendHistory(*c, now(), user.userName,
                  take ? QStringLiteral("claim") : QStringLiteral("release"));
    m_db.transaction();
    storeCase(*c);
    q.prepare(QStringLiteral("UPDATE cases SET claim_expires = ? WHERE id = ?"));
    q.addBindValue(take ? QVariant(nowSecs + kClaimTtl) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    q.exec();
    m_db.commit();
    QJsonObject body{{QStringLiteral("caseId"), id},
                     {QStringLiteral("version"), c->value(QStringLiteral("version"))}};
    if (take) {
        body.insert(QStringLiteral("claimedBy"), user.userName);
        body.insert(QStringLiteral("expiresAt"),
                    QDateTime::fromSecsSinceEpoch(nowSecs + kClaimTtl, QTimeZone(8 * 3600))
                            .toString(Qt::ISODate));
    }
    return jsonReply(body).header("ETag", etagOf(c->value(QStringLiteral("version")).toInteger()));
}

Reply SimServer::staff(const Account &user)
{
    QJsonArray list;
    for (const Account &a : District::accounts()) {
        if (seesAll(user) || a.department == user.department)
            list.append(QJsonObject{{QStringLiteral("userName"), a.userName},
                                    {QStringLiteral("displayName"), a.displayName},
                                    {QStringLiteral("department"), a.department},
                                    {QStringLiteral("role"), a.role}});
    }
    return jsonReply({{QStringLiteral("staff"), list}});
}

// 分派: the chief moves the case's claim to a clerk of its department, whoever held it; the
// history says who moved it from whom, and why.
Reply SimServer::assign(const QHttpServerRequest &request, const QString &id, const Account &user)
{
    Reply failure;
    auto c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    if (user.role != QLatin1String("Chief"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A %1 does not assign cases").arg(user.role));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString to = body.value(QStringLiteral("to")).toString();
    const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty())
        return problem(422, QStringLiteral("invalid-payload"), QStringLiteral("Assignment refused"),
                       QStringLiteral("reason is required"));
    const Account *assignee = nullptr;
    for (const Account &a : District::accounts()) {
        if (a.userName == to)
            assignee = &a;
    }
    if (!assignee || assignee->role != QLatin1String("Clerk")
        || assignee->department != c->value(QStringLiteral("department")).toString())
        return problem(422, QStringLiteral("assignee-outside-department"),
                       QStringLiteral("Assignment refused"),
                       QStringLiteral("%1 is not a clerk of the case's department").arg(to));
    static const QStringList open{QStringLiteral("preReview"),  QStringLiteral("acceptance"),
                                  QStringLiteral("correction"), QStringLiteral("review"),
                                  QStringLiteral("approval"),   QStringLiteral("suspended"),
                                  QStringLiteral("decided")};
    if (!open.contains(c->value(QStringLiteral("stage")).toString()))
        return problem(409, QStringLiteral("invalid-state"), QStringLiteral("Assignment refused"),
                       QStringLiteral("The case is closed"));
    const QString previous = c->value(QStringLiteral("claimedBy")).toString();
    c->insert(QStringLiteral("claimedBy"), assignee->userName);
    c->insert(QStringLiteral("claimedByName"), assignee->displayName);
    c->insert(QStringLiteral("version"), c->value(QStringLiteral("version")).toInteger() + 1);
    const QString at = now();
    c->insert(QStringLiteral("updatedAt"), at);
    appendHistory(*c, at, user.userName, QStringLiteral("assign"), reason);
    QJsonArray history = c->value(QStringLiteral("history")).toArray();
    QJsonObject event = history.last().toObject();
    event.insert(QStringLiteral("assignee"), assignee->userName);
    event.insert(QStringLiteral("assigneeName"), assignee->displayName);
    if (!previous.isEmpty())
        event.insert(QStringLiteral("previousHolder"), previous);
    history.replace(history.size() - 1, event);
    c->insert(QStringLiteral("history"), history);
    m_db.transaction();
    storeCase(*c);
    // An assigned claim does not lapse: the clerk holds it until he releases it or the chief
    // moves it again.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE cases SET claim_expires = NULL WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    m_db.commit();
    return jsonReply(*c).header("ETag", etagOf(c->value(QStringLiteral("version")).toInteger()));
}

Reply SimServer::uploadNotice(const QHttpServerRequest &request, const QString &id,
                              const Account &user)
{
    Reply failure;
    std::optional<QJsonObject> c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    if (user.role == QLatin1String("Supervisor"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A Supervisor does not issue notices"));
    const QString kind = request.query().queryItemValue(QStringLiteral("kind"));
    if (!noticeKinds().contains(kind)) {
        QStringList known = noticeKinds().keys();
        known.sort();
        return problem(422, QStringLiteral("invalid-payload"),
                       QStringLiteral("kind must be one of ") + known.join(QLatin1Char(',')));
    }
    const QByteArray body = request.body();
    if (!header(request, "Content-Type").startsWith("application/pdf") || !body.startsWith("%PDF-"))
        return problem(415, QStringLiteral("unsupported-media-type"),
                       QStringLiteral("A notice must be a PDF"));
    if (body.size() > kMaxNoticeBytes)
        return problem(413, QStringLiteral("too-large"),
                       QStringLiteral("A notice may be 10 MiB at most"));
    const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "INSERT INTO notices(case_id, kind, size, sha256, uploaded_by, uploaded_at, content) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const QVariant &v : {QVariant(id), QVariant(kind), QVariant(body.size()), QVariant(sha),
                              QVariant(user.userName), QVariant(at), QVariant(body)})
        q.addBindValue(v);
    if (!q.exec())
        return problem(500, QStringLiteral("internal"),
                       QStringLiteral("Storing the notice failed"));
    const QString noticeId = q.lastInsertId().toString();
    appendHistory(*c, at, user.userName, QStringLiteral("notice"), kind);
    c->insert(QStringLiteral("version"), c->value(QStringLiteral("version")).toInteger() + 1);
    c->insert(QStringLiteral("updatedAt"), at);
    storeCase(*c);
    return jsonReply({{QStringLiteral("id"), noticeId},
                      {QStringLiteral("caseId"), id},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("size"), body.size()},
                      {QStringLiteral("sha256"), sha},
                      {QStringLiteral("uploadedAt"), at}},
                     201);
}

Reply SimServer::licences(const QHttpServerRequest &request, const Account &)
{
    const QString holder = request.query().queryItemValue(QStringLiteral("holderId"));
    if (holder.isEmpty())
        return problem(422, QStringLiteral("invalid-payload"),
                       QStringLiteral("holderId is required"));
    return page(request, "licences",
                QStringLiteral("FROM records WHERE kind = 'licence' AND holder = :holder"),
                {{QStringLiteral(":holder"), holder}}, QStringLiteral("id"));
}

Reply SimServer::licenceContent(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM records WHERE kind = 'licence' AND id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such licence"), id);
    const QJsonObject licence = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (licence.value(QStringLiteral("mimeType")).toString() == QLatin1String("application/ofd"))
        return Reply{200, "application/ofd", makeLicenceOfd(licence), {}, false};
    const MaterialFile file = makeLicencePdf(licence);
    return Reply{200, file.mimeType, file.content, {}, false};
}

Reply SimServer::calendar(const QString &year)
{
    for (const QJsonObject &c : District::calendars()) {
        if (QString::number(c.value(QStringLiteral("year")).toInt()) == year)
            return jsonReply(c);
    }
    return problem(404, QStringLiteral("not-found"), QStringLiteral("No calendar for this year"),
                   year);
}

Reply SimServer::listFeedRecords(const QHttpServerRequest &request, const Account &user,
                                 const QString &kind)
{
    QVariantMap binds{{QStringLiteral(":kind"), kind}};
    QString from = QStringLiteral("FROM records WHERE kind = :kind");
    if (!seesAll(user)) {
        from += QStringLiteral(" AND department = :dept");
        binds.insert(QStringLiteral(":dept"), user.department);
    }
    return page(request, kind == QLatin1String("rating") ? "ratings" : "inquiries", from, binds,
                QStringLiteral("id"));
}

Reply SimServer::reply(const QHttpServerRequest &request, const QString &kind, const QString &id,
                       const Account &user)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json, department FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec() || !q.next() || (!seesAll(user) && q.value(1).toString() != user.department))
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such record"), id);
    if (user.role == QLatin1String("Supervisor"))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("A Supervisor does not reply"));
    QJsonObject record = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (record.contains(QStringLiteral("reply")))
        return problem(409, QStringLiteral("already-replied"),
                       QStringLiteral("This was answered already"));
    const QString text = QJsonDocument::fromJson(request.body())
                                 .object()
                                 .value(QStringLiteral("text"))
                                 .toString();
    if (text.trimmed().isEmpty())
        return problem(422, QStringLiteral("invalid-payload"),
                       QStringLiteral("payload.text is required"));
    record.insert(QStringLiteral("reply"),
                  QJsonObject{{QStringLiteral("text"), text},
                              {QStringLiteral("by"), user.userName},
                              {QStringLiteral("at"), now()}});
    const QByteArray payload = QJsonDocument(record).toJson(QJsonDocument::Compact);
    m_db.transaction();
    QSqlQuery put(m_db);
    put.prepare(QStringLiteral("UPDATE records SET json = ? WHERE kind = ? AND id = ?"));
    put.addBindValue(payload);
    put.addBindValue(kind);
    put.addBindValue(id);
    put.exec();
    appendChange(kind, id, QStringLiteral("upsert"), q.value(1).toString(), payload);
    m_db.commit();
    return jsonReply(record);
}

// The applicants' side of the platform: arrivals, resubmissions, withdrawals, ratings, messages.
void SimServer::livingWorldTick()
{
    QRandomGenerator &rng = m_worldRng;
    const QDateTime at = QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600));
    const int roll = rng.bounded(100);
    QSqlQuery q(m_db);
    m_db.transaction();
    auto randomCase = [&](const char *stages) -> std::optional<QJsonObject> {
        q.prepare(
                QStringLiteral("SELECT json FROM cases WHERE stage = ? ORDER BY random() LIMIT 1"));
        q.addBindValue(QString::fromLatin1(stages));
        if (q.exec() && q.next())
            return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        return std::nullopt;
    };
    if (roll < 60) {
        q.exec(QStringLiteral(
                "SELECT COALESCE(MAX(CAST(substr(id, 2) AS INTEGER)), 0) FROM cases"));
        const int index = (q.next() ? q.value(0).toInt() : 0) + 1;
        // Arrivals number above the generated history's serials, so no 申报号 repeats in a day.
        const int serial = 100000 + index % 900000;
        const QJsonObject c = District::arrival(rng, index, serial, at);
        const QByteArray payload = QJsonDocument(c).toJson(QJsonDocument::Compact);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO cases(id, department, stage, holder, "
                                 "version, json) VALUES (?, ?, 'preReview', ?, ?, ?)"));
        q.addBindValue(c.value(QStringLiteral("id")).toString());
        q.addBindValue(c.value(QStringLiteral("department")).toString());
        q.addBindValue(c.value(QStringLiteral("applicant"))
                               .toObject()
                               .value(QStringLiteral("idNumber"))
                               .toString());
        q.addBindValue(c.value(QStringLiteral("version")).toInt());
        q.addBindValue(payload);
        if (q.exec())
            appendChange(QStringLiteral("case"), c.value(QStringLiteral("id")).toString(),
                         QStringLiteral("upsert"), c.value(QStringLiteral("department")).toString(),
                         payload);
    } else if (roll < 72) {
        if (auto c = randomCase("correction")) {
            c->insert(QStringLiteral("stage"), QStringLiteral("acceptance"));
            c->insert(QStringLiteral("resubmittedAt"), at.toString(Qt::ISODate));
            c->insert(QStringLiteral("stageStartedAt"), at.toString(Qt::ISODate));
            appendHistory(*c, at.toString(Qt::ISODate),
                          c->value(QStringLiteral("applicant"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString(),
                          QStringLiteral("resubmitted"));
            c->insert(QStringLiteral("version"),
                      c->value(QStringLiteral("version")).toInteger() + 1);
            storeCase(*c);
        }
    } else if (roll < 78) {
        if (auto c = randomCase("preReview")) {
            if (rng.bounded(2)) {
                c->insert(QStringLiteral("stage"), QStringLiteral("withdrawn"));
                c->insert(QStringLiteral("stageStartedAt"), at.toString(Qt::ISODate));
                c->insert(QStringLiteral("version"),
                          c->value(QStringLiteral("version")).toInteger() + 1);
                storeCase(*c);
            } else {
                // Withdrawn before anyone looked at it: the platform drops it from the department.
                const QString id = c->value(QStringLiteral("id")).toString();
                q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
                q.addBindValue(id);
                q.exec();
                appendChange(QStringLiteral("case"), id, QStringLiteral("delete"),
                             c->value(QStringLiteral("department")).toString(), QByteArray());
            }
        }
    } else if (roll < 90) {
        if (auto c = randomCase("completed")) {
            const QJsonObject rating = District::ratingFor(rng, *c, at);
            const QString rid = rating.value(QStringLiteral("id")).toString();
            const QByteArray payload = QJsonDocument(rating).toJson(QJsonDocument::Compact);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO records(kind, id, department, holder, "
                                     "json) VALUES ('rating', ?, ?, NULL, ?)"));
            q.addBindValue(rid);
            q.addBindValue(c->value(QStringLiteral("department")).toString());
            q.addBindValue(payload);
            if (q.exec() && q.numRowsAffected() > 0)
                appendChange(QStringLiteral("rating"), rid, QStringLiteral("upsert"),
                             c->value(QStringLiteral("department")).toString(), payload);
        }
    } else {
        const QJsonObject inquiry = District::inquiry(rng, at);
        const QString iid = inquiry.value(QStringLiteral("id")).toString();
        const QByteArray payload = QJsonDocument(inquiry).toJson(QJsonDocument::Compact);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO records(kind, id, department, holder, "
                                 "json) VALUES ('inquiry', ?, ?, NULL, ?)"));
        q.addBindValue(iid);
        q.addBindValue(inquiry.value(QStringLiteral("department")).toString());
        q.addBindValue(payload);
        if (q.exec())
            appendChange(QStringLiteral("inquiry"), iid, QStringLiteral("upsert"),
                         inquiry.value(QStringLiteral("department")).toString(), payload);
    }
    m_db.commit();
}

} // namespace sim
