#include "RestPlatformClient.h"

#include "core/Logging.h"

#include "JsonMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

namespace {
constexpr int kTransferTimeoutMs = 30000;
// Every answer has an overall deadline and a size cap besides the idle timeout above, so a body
// that trickles in or never ends cannot hold a sync for ever. Material files get more of both.
constexpr qint64 kMaxAnswerBytes = 64LL * 1024 * 1024;
constexpr int kAnswerDeadlineMs = 120 * 1000;
constexpr qint64 kMaxMaterialBytes = 1024LL * 1024 * 1024;
constexpr int kMaterialDeadlineMs = 15 * 60 * 1000;
// Set on a reply that was stopped for its size (the limit) or its time (the deadline, in ms).
constexpr char kTooLarge[] = "casedesk_tooLarge";
constexpr char kLimit[] = "casedesk_limit";
constexpr char kPastDeadline[] = "casedesk_pastDeadline";
// The bytes of the body that arrived, and how many the platform announced.
constexpr char kReceived[] = "casedesk_received";
constexpr char kAnnounced[] = "casedesk_announced";
// Set on a reply whose server presented a key that is not pinned.
constexpr char kPinRefused[] = "casedesk_pinRefused";
// Refresh a little before the access token runs out, so a request never races its expiry.
constexpr int kRefreshMarginSecs = 30;

} // namespace

RestPlatformClient::RestPlatformClient(QUrl baseUrl, QObject *parent)
    : PlatformClient(parent), m_baseUrl(std::move(baseUrl)), m_maxAnswerBytes(kMaxAnswerBytes),
      m_answerDeadlineMs(kAnswerDeadlineMs)
{
    if (!m_baseUrl.path().endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(m_baseUrl.path() + QLatin1Char('/'));
    m_network.setAutoDeleteReplies(true);
    m_network.setTransferTimeout(kTransferTimeoutMs);
    m_tlsConfiguration = m_tls.configuration();
    // Checked after the handshake and before any request data, passwords included, is sent.
    connect(&m_network, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
        if (m_tls.acceptsChain(reply->sslConfiguration().peerCertificateChain(),
                               m_tlsConfiguration.caCertificates()))
            return;
        reply->setProperty(kPinRefused, true);
        reply->abort();
    });
}

QString RestPlatformClient::setTlsPolicy(const TlsPolicy &policy)
{
    m_tls = policy;
    m_tlsWarning.clear();
    m_tlsConfiguration = m_tls.configuration(&m_tlsWarning);
    // Connections made under the old policy must not be reused under the new one.
    m_network.clearConnectionCache();
    return m_tlsWarning;
}

void RestPlatformClient::setAnswerLimits(qint64 maxBytes, int deadlineMs)
{
    m_maxAnswerBytes = maxBytes;
    m_answerDeadlineMs = deadlineMs;
}

void RestPlatformClient::bound(QNetworkReply *reply, bool material)
{
    const qint64 maxBytes
            = material ? std::max(m_maxAnswerBytes, kMaxMaterialBytes) : m_maxAnswerBytes;
    const int deadlineMs
            = material ? std::max(m_answerDeadlineMs, kMaterialDeadlineMs) : m_answerDeadlineMs;
    reply->setProperty(kLimit, maxBytes);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, maxBytes](qint64 received, qint64 total) {
                reply->setProperty(kReceived, received);
                reply->setProperty(kAnnounced, total);
                if (received > maxBytes || total > maxBytes) {
                    reply->setProperty(kTooLarge, maxBytes);
                    reply->abort();
                }
            });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, deadlineMs] {
        reply->setProperty(kPastDeadline, deadlineMs);
        reply->abort();
    });
    deadline->start(deadlineMs);
}

QNetworkRequest RestPlatformClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl.resolved(QUrl(QStringLiteral("api/v1/") + path));
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_tlsConfiguration);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("CaseDesk/%1").arg(QCoreApplication::applicationVersion()));
    return req;
}

void RestPlatformClient::signIn(const QString &userName, const QString &password,
                                TokensCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), userName);
    form.addQueryItem(QStringLiteral("password"), password);
    requestToken(form, Grant::Password, std::move(done));
}

void RestPlatformClient::setRefreshToken(const QString &refreshToken)
{
    m_tokens = Tokens{};
    m_tokens.refreshToken = refreshToken;
}

void RestPlatformClient::requestToken(const QUrlQuery &form, Grant grant, TokensCallback done)
{
    QNetworkRequest req = request(QStringLiteral("token"));
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Form encoding must escape '+' and '&' in passwords, which toString(FullyEncoded) does.
    QNetworkReply *reply = m_network.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
    bound(reply, false);
    connect(reply, &QNetworkReply::finished, this, [this, reply, grant, done = std::move(done)] {
        PlatformError error = errorFor(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (error.isError() && (status == 400 || status == 401)) {
            error.kind = grant == Grant::Refresh ? PlatformError::Kind::SessionExpired
                                                 : PlatformError::Kind::BadCredentials;
            if (grant == Grant::Password)
                error.message = QCoreApplication::translate(
                        "RestPlatformClient", "The user name or the password is wrong.");
            else if (grant == Grant::Code)
                error.message = QCoreApplication::translate(
                        "RestPlatformClient",
                        "The identity portal's sign-in could not be completed; "
                        "please try again.");
            else
                error.message = QCoreApplication::translate(
                        "RestPlatformClient", "Your session has ended. Please sign in again.");
        }
        if (error.isError()) {
            done({}, error);
            return;
        }
        QString parseError;
        const auto tokens
                = json::parseTokens(reply->readAll(), QDateTime::currentDateTimeUtc(), &parseError);
        if (!tokens) {
            done({}, {PlatformError::Kind::Malformed, status, {}, parseError});
            return;
        }
        m_tokens = *tokens;
        Q_EMIT refreshTokenChanged(m_tokens.refreshToken);
        done(m_tokens, {});
    });
}

void RestPlatformClient::withFreshToken(std::function<void(const PlatformError &)> then)
{
    const bool fresh = !m_tokens.accessToken.isEmpty()
            && QDateTime::currentDateTimeUtc().addSecs(kRefreshMarginSecs)
                    < m_tokens.accessExpiresAt;
    if (fresh) {
        then({});
        return;
    }
    if (m_tokens.refreshToken.isEmpty()) {
        // Answered later, like every call, so a caller's event loop is always running by then.
        QTimer::singleShot(0, this, [then = std::move(then)] {
            then({PlatformError::Kind::SessionExpired,
                  0,
                  {},
                  QCoreApplication::translate("RestPlatformClient", "You are not signed in.")});
        });
        return;
    }
    m_waitingForToken.append(std::move(then));
    if (m_refreshing)
        return; // one refresh serves every waiting call: refresh tokens are single-use
    m_refreshing = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), m_tokens.refreshToken);
    requestToken(form, Grant::Refresh, [this](const Tokens &, const PlatformError &error) {
        m_refreshing = false;
        if (error.kind == PlatformError::Kind::SessionExpired) {
            m_tokens = Tokens{};
            Q_EMIT sessionExpired(error.message);
        }
        const auto waiting = std::exchange(m_waitingForToken, {});
        for (const auto &next : waiting)
            next(error);
    });
}

void RestPlatformClient::authorized(const Call &call, ReplyHandler handler, bool retried)
{
    withFreshToken([=, this](const PlatformError &tokenError) {
        if (tokenError.isError()) {
            handler(nullptr, tokenError);
            return;
        }
        QNetworkRequest req = request(call.path, call.query);
        req.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
        for (const auto &[name, value] : call.headers)
            req.setRawHeader(name, value);
        QNetworkReply *reply = call.body.isNull()
                ? m_network.sendCustomRequest(req, call.verb)
                : m_network.sendCustomRequest(req, call.verb, call.body);
        bound(reply, call.material);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            noteServerDate(reply);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401 && !retried) {
                // The platform may end an access token early (revocation, restart): refresh once.
                m_tokens.accessToken.clear();
                authorized(call, handler, true);
                return;
            }
            handler(reply, errorFor(reply));
        });
    });
}

template<typename T, typename Parse>
void RestPlatformClient::authorizedJson(const Call &call, Parse parse,
                                        std::function<void(const T &, const PlatformError &)> done)
{
    authorized(call, [parse, done](QNetworkReply *reply, const PlatformError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        QString parseError;
        const std::optional<T> value = parse(reply, &parseError);
        if (!value) {
            done({}, {PlatformError::Kind::Malformed, 200, {}, parseError, {}});
            return;
        }
        done(*value, {});
    });
}

void RestPlatformClient::fetchMe(UserCallback done)
{
    authorizedJson<UserInfo>(
            {"GET", QStringLiteral("me"), {}, {}, {}},
            [](QNetworkReply *reply, QString *error) {
                return json::parseUser(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::fetchChanges(const QString &cursor, int limit, PageCallback done)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    authorized({"GET", QStringLiteral("changes"), query, {}, {}},
               [this, done](QNetworkReply *reply, const PlatformError &error) {
                   if (error.isError()) {
                       done({}, error);
                       return;
                   }
                   // Reading a page of thousands of cases takes about as long as writing one:
                   // it is read on a worker, while the caller writes the page before. The
                   // watcher is this client's child, so a page read for a client that is gone
                   // is dropped.
                   struct Parsed
                   {
                       std::optional<ChangePage> page;
                       QString error;
                   };
                   auto *watcher = new QFutureWatcher<Parsed>(this);
                   connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
                       watcher->deleteLater();
                       const Parsed parsed = watcher->result();
                       if (!parsed.page)
                           done({}, {PlatformError::Kind::Malformed, 200, {}, parsed.error, {}});
                       else
                           done(*parsed.page, {});
                   });
                   watcher->setFuture(QtConcurrent::run([body = reply->readAll()] {
                       Parsed parsed;
                       parsed.page = json::parseChangePage(body, &parsed.error);
                       return parsed;
                   }));
               });
}

void RestPlatformClient::noteServerDate(QNetworkReply *reply)
{
    const QByteArray date = reply->rawHeader("Date");
    if (date.isEmpty())
        return;
    const QDateTime parsed = QLocale::c().toDateTime(
            QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return;
    const QDateTime server(parsed.date(), parsed.time(), Qt::UTC);
    const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(server);
    // One-second resolution and network delay make small differences noise.
    if (std::abs(offset - m_clockOffset) > 2) {
        m_clockOffset = offset;
        Q_EMIT clockOffsetChanged(offset);
    }
}

PlatformError RestPlatformClient::errorFor(QNetworkReply *reply) const
{
    const PlatformError error = classify(reply);
    const QByteArray method = reply->operation() == QNetworkAccessManager::CustomOperation
            ? reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
            : reply->operation() == QNetworkAccessManager::GetOperation  ? QByteArray("GET")
            : reply->operation() == QNetworkAccessManager::PostOperation ? QByteArray("POST")
                                                                         : QByteArray("PUT");
    // The path only: a query may name a licence holder by ID number.
    const QString path = reply->url().path();
    if (!error.isError())
        qCDebug(lcPlatform).noquote()
                << method << path << "answered"
                << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    else if (error.isTransient() || error.kind == PlatformError::Kind::SessionExpired)
        qCInfo(lcPlatform).noquote()
                << method << path << "failed" << QStringLiteral("(%1):").arg(error.summary())
                << error.message;
    else
        qCWarning(lcPlatform).noquote()
                << method << path << "failed" << QStringLiteral("(%1):").arg(error.summary())
                << error.message;
    return error;
}

PlatformError RestPlatformClient::classify(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    PlatformError error;
    // Stopped while it came in, or whole before the progress was seen.
    const qint64 limit = reply->property(kLimit).toLongLong();
    if (reply->property(kTooLarge).isValid() || (limit > 0 && reply->bytesAvailable() > limit)) {
        // Asking again would bring the same answer: this is the platform's fault, not the line's.
        error.kind = PlatformError::Kind::Malformed;
        error.httpStatus = status;
        error.message = QCoreApplication::translate("RestPlatformClient",
                                                    "The platform's answer is larger than allowed "
                                                    "(%1 MiB); none of it was used.")
                                .arg(limit >> 20);
        return error;
    }
    const QVariant deadline = reply->property(kPastDeadline);
    if (deadline.isValid()) {
        const int seconds = deadline.toInt() / 1000;
        error.kind = PlatformError::Kind::Network;
        error.httpStatus = status;
        error.message = QCoreApplication::translate("RestPlatformClient",
                                                    "The platform did not finish its answer "
                                                    "within %n second(s); CaseDesk stopped "
                                                    "waiting and will try again.",
                                                    nullptr, seconds);
        return error;
    }
    // 304 answers a conditional request: not an error, the caller asked for it.
    if (reply->error() == QNetworkReply::NoError
        && ((status >= 200 && status < 300) || status == 304))
        return {};
    error.httpStatus = status;
    // Errors below 100 are the connection's (refused, cut, timed out), even after a status line:
    // the body is incomplete and stays unread for whoever can use a part of it.
    if (reply->property(kPinRefused).toBool()) {
        error.kind = PlatformError::Kind::Tls;
        error.message = QCoreApplication::translate(
                "RestPlatformClient",
                "The platform's certificate was refused: its key is not one of the pinned keys "
                "in the settings. Nothing was sent. Ask your administrator.");
        return error;
    }
    // Headers came, then the connection ended before the body announced was complete.
    const qint64 announced = reply->property(kAnnounced).toLongLong();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::RemoteHostClosedError
        && announced > 0) {
        error.kind = PlatformError::Kind::Network;
        error.message = QCoreApplication::translate("RestPlatformClient",
                                                    "The platform's answer was cut off (%1 of %2 "
                                                    "bytes arrived); CaseDesk will try again.")
                                .arg(reply->property(kReceived).toLongLong())
                                .arg(announced);
        return error;
    }
    if (status >= 200 && status < 300 && reply->error() >= QNetworkReply::ContentAccessDenied) {
        // A body that cannot be unpacked (a compression bomb, broken compression) or framed.
        // Qt's own words would be English in the Chinese window.
        error.kind = PlatformError::Kind::Malformed;
        error.message = QCoreApplication::translate(
                "RestPlatformClient",
                "The platform's answer could not be unpacked (broken or far too strongly "
                "compressed); none of it was used.");
        return error;
    }
    if (status == 0 || (reply->error() > QNetworkReply::NoError && reply->error() < 100)) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        error.kind = tls ? PlatformError::Kind::Tls : PlatformError::Kind::Network;
        error.message = tls
                ? QCoreApplication::translate("RestPlatformClient",
                                              "The platform's certificate was refused: %1")
                                .arg(reply->errorString())
                        + (m_tlsWarning.isEmpty() ? QString() : QLatin1Char(' ') + m_tlsWarning)
                : QCoreApplication::translate("RestPlatformClient",
                                              "Cannot reach the platform at %1: %2")
                          .arg(m_baseUrl.host(), reply->errorString());
        return error;
    }
    const QByteArray body = reply->readAll();
    const json::Problem problem = json::parseProblem(body);
    error.code = problem.code;
    error.retryAfterSecs = reply->rawHeader("Retry-After").toInt();
    const QString detail = problem.detail.isEmpty() ? problem.title : problem.detail;
    if (status == 401) {
        error.kind = PlatformError::Kind::SessionExpired;
        error.message = QCoreApplication::translate(
                "RestPlatformClient", "Your session has ended. Please sign in again.");
    } else if (status == 403) {
        error.kind = PlatformError::Kind::Forbidden;
        error.message = QCoreApplication::translate(
                "RestPlatformClient", "The platform does not allow this for your role.");
    } else if (status == 404) {
        error.kind = PlatformError::Kind::NotFound;
        error.message = QCoreApplication::translate("RestPlatformClient",
                                                    "The platform does not know this record.");
    } else if (status == 410 || problem.code == QLatin1String("cursor-expired")) {
        error.kind = PlatformError::Kind::CursorExpired;
        error.message = QCoreApplication::translate(
                "RestPlatformClient",
                "The platform no longer knows the last sync position; a full resync is needed.");
    } else if (status == 412) {
        error.kind = PlatformError::Kind::VersionConflict;
        error.message = QCoreApplication::translate(
                "RestPlatformClient", "The case was changed on the platform meanwhile.");
        error.current = QJsonDocument(QJsonDocument::fromJson(body)
                                              .object()
                                              .value(QStringLiteral("current"))
                                              .toObject())
                                .toJson(QJsonDocument::Compact);
    } else if (status == 409) {
        error.kind = PlatformError::Kind::InvalidState;
        if (problem.code == QLatin1String("claimed-by-other"))
            error.message = QCoreApplication::translate("RestPlatformClient",
                                                        "Another user has claimed this case.");
        else if (problem.code == QLatin1String("upload-offset-mismatch")
                 || problem.code == QLatin1String("upload-incomplete"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform holds another part of the file than was sent; the upload goes "
                    "on from there.");
        else
            error.message = QCoreApplication::translate(
                    "RestPlatformClient", "The case's current stage does not allow this.");
    } else if (status == 422 || status == 413 || status == 415 || status == 416 || status == 428
               || status == 400) {
        error.kind = PlatformError::Kind::Invalid;
        // The refusals a user can act on, in his words.
        if (problem.code == QLatin1String("signature-invalid"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform did not accept your signature: the case is no longer as you "
                    "saw it when you signed. Open it again, check it and approve again.");
        else if (problem.code == QLatin1String("signature-required")
                 || problem.code == QLatin1String("signing-key-unknown"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform did not accept the approval: it is not signed with a key "
                    "registered for you.");
        else if (problem.code == QLatin1String("invalid-id-number"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform refused the application: an ID number does not check.");
        else if (problem.code == QLatin1String("invalid-credit-code"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform refused the application: the unified "
                    "social credit code does not check.");
        else if (problem.code == QLatin1String("invalid-received-at"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform refused the application: the time it was received lies in the "
                    "future or more than 30 days back.");
        else if (problem.code == QLatin1String("unknown-item"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform does not know the service item of the application.");
        else if (problem.code == QLatin1String("checksum-mismatch")
                 || problem.code == QLatin1String("chunk-digest-mismatch"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform received the file damaged (its checksum does not match); it is "
                    "sent again.");
        else if (problem.code == QLatin1String("too-large"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient", "The file is larger than the platform accepts.");
        else if (problem.code == QLatin1String("unsupported-media-type"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient", "The platform does not accept files of this type.");
        else if (problem.code == QLatin1String("assignee-outside-department"))
            error.message = QCoreApplication::translate(
                    "RestPlatformClient", "Cases are assigned only to clerks of their department.");
        else
            error.message = QCoreApplication::translate(
                    "RestPlatformClient",
                    "The platform refused the request as incomplete or invalid.");
    } else if (status == 429) {
        error.kind = PlatformError::Kind::RateLimited;
        error.message = QCoreApplication::translate(
                "RestPlatformClient", "The platform is busy; CaseDesk will try again shortly.");
    } else {
        error.kind = PlatformError::Kind::Server;
        error.message
                = QCoreApplication::translate("RestPlatformClient",
                                              "The platform answered with an error (HTTP %1).")
                          .arg(status);
    }
    // The platform's own words help the administrator; they are shown as plain text only.
    if (!detail.isEmpty())
        error.message += QLatin1Char(' ') + detail;
    return error;
}

} // namespace casedesk

namespace casedesk {

namespace {
std::optional<CaseRecord> caseFrom(QNetworkReply *reply, QString *error)
{
    CaseRecord record;
    record.etag = reply->rawHeader("ETag");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304) {
        record.notModified = true;
        return record;
    }
    record.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    record.json = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(record.json);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("RestPlatformClient",
                                             "The platform sent a case that is not JSON.");
        return std::nullopt;
    }
    auto c = json::parseCase(doc.object(), error);
    if (!c)
        return std::nullopt;
    record.data = std::move(*c);
    return record;
}

QString escaped(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

void RestPlatformClient::fetchCase(const QString &caseId, const QByteArray &knownEtag,
                                   CaseCallback done)
{
    Call call{"GET", QStringLiteral("cases/") + escaped(caseId), {}, {}, {}};
    if (!knownEtag.isEmpty())
        call.headers.append({"If-None-Match", knownEtag});
    authorizedJson<CaseRecord>(call, caseFrom, std::move(done));
}

void RestPlatformClient::postAction(const QString &caseId, const ActionRequest &action,
                                    CaseCallback done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("type"), action.type},
                                                      {QStringLiteral("payload"), action.payload}})
                                    .toJson(QJsonDocument::Compact);
    const Call call{"POST",
                    QStringLiteral("cases/%1/actions").arg(escaped(caseId)),
                    {},
                    body,
                    {{"Content-Type", "application/json"},
                     {"Idempotency-Key", action.idempotencyKey.toUtf8()},
                     {"If-Match", "\"v" + QByteArray::number(action.caseVersion) + '"'}}};
    authorizedJson<CaseRecord>(call, caseFrom, std::move(done));
}

void RestPlatformClient::createCase(const QJsonObject &application, const QString &idempotencyKey,
                                    CaseCallback done)
{
    const Call call{
            "POST",
            QStringLiteral("cases"),
            {},
            QJsonDocument(application).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}, {"Idempotency-Key", idempotencyKey.toUtf8()}}};
    authorizedJson<CaseRecord>(call, caseFrom, std::move(done));
}

void RestPlatformClient::claimCase(const QString &caseId, bool claim, ClaimCallback done)
{
    const Call call{claim ? "POST" : "DELETE",
                    QStringLiteral("cases/%1/claim").arg(escaped(caseId)),
                    {},
                    {},
                    {}};
    authorizedJson<ClaimResult>(
            call,
            [](QNetworkReply *reply, QString *error) {
                return json::parseClaim(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::assignCase(const QString &caseId, const QString &userName,
                                    const QString &reason, CaseCallback done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("to"), userName},
                                                      {QStringLiteral("reason"), reason}})
                                    .toJson(QJsonDocument::Compact);
    const Call call{"POST",
                    QStringLiteral("cases/%1/assign").arg(escaped(caseId)),
                    {},
                    body,
                    {{"Content-Type", "application/json"}}};
    authorizedJson<CaseRecord>(call, caseFrom, std::move(done));
}

void RestPlatformClient::fetchStaff(StaffCallback done)
{
    authorizedJson<QList<StaffMember>>(
            {"GET", QStringLiteral("staff"), {}, {}, {}},
            [](QNetworkReply *reply, QString *error) {
                return json::parseStaff(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::downloadMaterial(const QString &caseId, const QString &materialId,
                                          qint64 offset, ChunkCallback done)
{
    Call call{"GET",
              QStringLiteral("cases/%1/materials/%2/content")
                      .arg(escaped(caseId), escaped(materialId)),
              {},
              {},
              {}};
    call.material = true;
    if (offset > 0)
        call.headers.append({"Range", "bytes=" + QByteArray::number(offset) + '-'});
    authorized(
            call,
            [offset, done = std::move(done)](QNetworkReply *reply, const PlatformError &error) {
                if (error.isError() && !(reply && error.kind == PlatformError::Kind::Network)) {
                    done({}, error);
                    return;
                }
                MaterialChunk chunk;
                chunk.data = reply->readAll();
                chunk.mimeType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                const int status
                        = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 206) {
                    // Content-Range: bytes FROM-TO/TOTAL
                    const QByteArray range = reply->rawHeader("Content-Range");
                    chunk.offset = range.mid(6, range.indexOf('-') - 6).toLongLong();
                    chunk.totalSize = range.mid(range.indexOf('/') + 1).toLongLong();
                    if (chunk.offset != offset) {
                        done({},
                             {PlatformError::Kind::Malformed,
                              status,
                              {},
                              QCoreApplication::translate(
                                      "RestPlatformClient",
                                      "The platform sent another part of the file than asked.")});
                        return;
                    }
                } else if (status == 200) {
                    chunk.offset = 0; // the whole file: the server ignored the range
                    chunk.totalSize
                            = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                } else {
                    chunk.data.clear(); // no usable part without a status line
                }
                // A cut connection still hands over the part that arrived, so the next try resumes.
                done(chunk, error);
            });
}

void RestPlatformClient::uploadNotice(const QString &caseId, const QString &kind,
                                      const QByteArray &pdf, NoticeCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("kind"), kind);
    const Call call{"POST",
                    QStringLiteral("cases/%1/notices").arg(escaped(caseId)),
                    query,
                    pdf,
                    {{"Content-Type", "application/pdf"}}};
    authorizedJson<NoticeReceipt>(
            call,
            [](QNetworkReply *reply, QString *error) {
                return json::parseNoticeReceipt(reply->readAll(), error);
            },
            std::move(done));
}

namespace {
std::optional<UploadState> uploadFrom(QNetworkReply *reply, QString *error)
{
    return json::parseUploadState(reply->readAll(), error);
}
} // namespace

void RestPlatformClient::createUpload(const QString &caseId, const UploadSpec &spec,
                                      const QString &idempotencyKey, UploadCallback done)
{
    QJsonObject body{{QStringLiteral("name"), spec.name},
                     {QStringLiteral("fileName"), spec.fileName},
                     {QStringLiteral("mimeType"), spec.mimeType},
                     {QStringLiteral("category"), spec.category},
                     {QStringLiteral("size"), spec.size},
                     {QStringLiteral("sha256"), spec.sha256}};
    if (!spec.replaces.isEmpty())
        body.insert(QStringLiteral("replaces"), spec.replaces);
    const Call call{
            "POST",
            QStringLiteral("cases/%1/uploads").arg(escaped(caseId)),
            {},
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}, {"Idempotency-Key", idempotencyKey.toUtf8()}}};
    authorizedJson<UploadState>(call, uploadFrom, std::move(done));
}

void RestPlatformClient::fetchUpload(const QString &caseId, const QString &uploadId,
                                     UploadCallback done)
{
    authorizedJson<UploadState>(
            {"GET",
             QStringLiteral("cases/%1/uploads/%2").arg(escaped(caseId), escaped(uploadId)),
             {},
             {},
             {}},
            uploadFrom, std::move(done));
}

void RestPlatformClient::sendUploadChunk(const QString &caseId, const QString &uploadId,
                                         qint64 offset, const QByteArray &chunk,
                                         UploadCallback done)
{
    // RFC 9530: the platform checks each chunk on its own, so a chunk damaged on the way is
    // sent again alone.
    const QByteArray digest = "sha-256=:"
            + QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toBase64() + ':';
    Call call{"PUT",
              QStringLiteral("cases/%1/uploads/%2/chunks/%3")
                      .arg(escaped(caseId), escaped(uploadId))
                      .arg(offset),
              {},
              chunk,
              {{"Content-Type", "application/octet-stream"}, {"Content-Digest", digest}}};
    call.material = true;
    authorizedJson<UploadState>(call, uploadFrom, std::move(done));
}

void RestPlatformClient::completeUpload(const QString &caseId, const QString &uploadId,
                                        CaseCallback done)
{
    authorizedJson<CaseRecord>(
            {"POST",
             QStringLiteral("cases/%1/uploads/%2/complete").arg(escaped(caseId), escaped(uploadId)),
             {},
             {},
             {}},
            caseFrom, std::move(done));
}

void RestPlatformClient::fetchItems(ItemsCallback done)
{
    QUrlQuery query;
    // The contract's largest page: a district's catalogue is hundreds of items, not thousands.
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("2000"));
    authorizedJson<ItemListing>(
            {"GET", QStringLiteral("items"), query, {}, {}},
            [](QNetworkReply *reply, QString *error) {
                return json::parseItemListing(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::fetchCacheDigest(DigestCallback done)
{
    authorizedJson<QList<DigestGroup>>(
            {"GET", QStringLiteral("cache-digest"), {}, {}, {}},
            [](QNetworkReply *reply, QString *error) {
                return json::parseCacheDigest(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::fetchDigestCases(const QString &department, const QString &stage,
                                          VersionsCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("department"), department);
    query.addQueryItem(QStringLiteral("stage"), stage);
    authorizedJson<QList<CaseVersion>>(
            {"GET", QStringLiteral("cache-digest/cases"), query, {}, {}},
            [](QNetworkReply *reply, QString *error) {
                return json::parseDigestCases(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::fetchLicences(const QString &holderId, LicencesCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("holderId"), holderId);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    authorizedJson<QList<Licence>>(
            {"GET", QStringLiteral("licences"), query, {}, {}},
            [](QNetworkReply *reply, QString *error) {
                return json::parseLicences(reply->readAll(), error);
            },
            std::move(done));
}

void RestPlatformClient::downloadLicence(const QString &licenceId, ChunkCallback done)
{
    authorized({"GET", QStringLiteral("licences/%1/content").arg(escaped(licenceId)), {}, {}, {}},
               [done = std::move(done)](QNetworkReply *reply, const PlatformError &error) {
                   if (error.isError()) {
                       done({}, error);
                       return;
                   }
                   MaterialChunk chunk;
                   chunk.data = reply->readAll();
                   chunk.mimeType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                   chunk.totalSize = chunk.data.size();
                   done(chunk, error);
               });
}

void RestPlatformClient::fetchCalendar(int year, CalendarCallback done)
{
    authorizedJson<QJsonObject>(
            {"GET", QStringLiteral("calendar/%1").arg(year), {}, {}, {}},
            [](QNetworkReply *reply, QString *error) -> std::optional<QJsonObject> {
                const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
                if (!doc.isObject()) {
                    *error = QCoreApplication::translate(
                            "RestPlatformClient", "The platform sent a calendar that is not JSON.");
                    return std::nullopt;
                }
                return doc.object();
            },
            std::move(done));
}

} // namespace casedesk

namespace casedesk {

void RestPlatformClient::pushAudit(const QString &device, const QJsonArray &entries,
                                   AuditCallback done)
{
    const QJsonObject body{{QStringLiteral("device"), device},
                           {QStringLiteral("entries"), entries}};
    authorizedJson<qint64>(
            {"POST",
             QStringLiteral("audit"),
             {},
             QJsonDocument(body).toJson(QJsonDocument::Compact),
             {{"Content-Type", "application/json"}}},
            [](QNetworkReply *reply, QString *error) -> std::optional<qint64> {
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (!answer.value(QStringLiteral("lastSeq")).isDouble()) {
                    *error = QCoreApplication::translate(
                            "RestPlatformClient",
                            "The platform's answer to the audit log is not "
                            "understood.");
                    return std::nullopt;
                }
                return answer.value(QStringLiteral("lastSeq")).toInteger();
            },
            std::move(done));
}

void RestPlatformClient::revoke(DoneCallback done)
{
    if (m_tokens.refreshToken.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    QNetworkRequest req = request(QStringLiteral("token/revoke"));
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), m_tokens.refreshToken);
    m_tokens = Tokens{};
    QNetworkReply *reply = m_network.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done)] { done(errorFor(reply)); });
}

void RestPlatformClient::signInWithCode(const QString &code, const QString &verifier,
                                        const QString &redirectUri, const QString &clientId,
                                        TokensCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), verifier);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    requestToken(form, Grant::Code, std::move(done));
}

void RestPlatformClient::issueSigningCertificate(CertificateCallback done)
{
    authorizedJson<SigningCertificate>(
            {"POST",
             QStringLiteral("signing-certificates"),
             {},
             QByteArray("{}"),
             {{"Content-Type", "application/json"}}},
            [](QNetworkReply *reply, QString *error) -> std::optional<SigningCertificate> {
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                SigningCertificate cert{
                        QByteArray::fromBase64(
                                o.value(QStringLiteral("pkcs12")).toString().toLatin1()),
                        o.value(QStringLiteral("password")).toString(),
                        o.value(QStringLiteral("caCertificate")).toString().toLatin1(),
                        o.value(QStringLiteral("subject")).toString()};
                if (cert.pkcs12.isEmpty() || cert.password.isEmpty()) {
                    *error = QCoreApplication::translate(
                            "RestPlatformClient",
                            "The platform sent a signing certificate that cannot be used.");
                    return std::nullopt;
                }
                return cert;
            },
            std::move(done));
}

void RestPlatformClient::registerApprovalKey(const QByteArray &publicKeyPem, KeyCallback done)
{
    const QJsonObject body{{QStringLiteral("publicKey"), QString::fromLatin1(publicKeyPem)}};
    authorizedJson<QString>(
            {"POST",
             QStringLiteral("me/approval-keys"),
             {},
             QJsonDocument(body).toJson(QJsonDocument::Compact),
             {{"Content-Type", "application/json"}}},
            [](QNetworkReply *reply, QString *error) -> std::optional<QString> {
                const QString keyId = QJsonDocument::fromJson(reply->readAll())
                                              .object()
                                              .value(QStringLiteral("keyId"))
                                              .toString();
                if (keyId.isEmpty()) {
                    *error = QCoreApplication::translate(
                            "RestPlatformClient",
                            "The platform did not say which signing key it registered.");
                    return std::nullopt;
                }
                return keyId;
            },
            std::move(done));
}

void RestPlatformClient::reserveNoticeNumbers(const QString &kind, int year, int count,
                                              NumbersCallback done)
{
    const QJsonObject body{{QStringLiteral("kind"), kind},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("count"), count}};
    authorizedJson<NumberBlock>(
            {"POST",
             QStringLiteral("notice-numbers"),
             {},
             QJsonDocument(body).toJson(QJsonDocument::Compact),
             {{"Content-Type", "application/json"}}},
            [](QNetworkReply *reply, QString *error) -> std::optional<NumberBlock> {
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                NumberBlock block{o.value(QStringLiteral("kind")).toString(),
                                  o.value(QStringLiteral("year")).toInt(),
                                  o.value(QStringLiteral("prefix")).toString(),
                                  o.value(QStringLiteral("first")).toInteger(),
                                  o.value(QStringLiteral("last")).toInteger()};
                if (block.prefix.isEmpty() || block.first < 1 || block.last < block.first) {
                    *error = QCoreApplication::translate(
                            "RestPlatformClient",
                            "The platform sent a block of numbers that "
                            "cannot be used.");
                    return std::nullopt;
                }
                return block;
            },
            std::move(done));
}

} // namespace casedesk
