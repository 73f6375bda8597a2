#include "PkceSignIn.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

namespace casedesk {

namespace {
QString randomUrlSafe(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
constexpr qint64 kMaxRequestLine = 8192;
} // namespace

PkceSignIn::PkceSignIn(QUrl authorizeUrl, QString clientId, QObject *parent)
    : QObject(parent), m_authorizeUrl(std::move(authorizeUrl)), m_clientId(std::move(clientId))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxRequestLine)
                        socket->abort();
                    return;
                }
                answer(socket, socket->readLine(kMaxRequestLine));
            });
        }
    });
}

QString PkceSignIn::challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl PkceSignIn::start(QString *error)
{
    if (!m_server.isListening() && !m_server.listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = QCoreApplication::translate("PkceSignIn",
                                                 "Cannot wait for the identity portal's answer: %1")
                             .arg(m_server.errorString());
        return {};
    }
    m_verifier = randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
    m_state = randomUrlSafe(16);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort());
    QUrl url = m_authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    url.setQuery(query);
    return url;
}

void PkceSignIn::answer(QTcpSocket *socket, const QByteArray &requestLine)
{
    // "GET /callback?code=…&state=… HTTP/1.1"
    const QList<QByteArray> parts = requestLine.trimmed().split(' ');
    const QUrl target
            = parts.size() == 3 && parts[0] == "GET" ? QUrl::fromEncoded(parts[1]) : QUrl();
    const QUrlQuery query(target);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    // The state ties the answer to our request: another page cannot inject its own code.
    const bool ok = target.path() == QLatin1String("/callback") && !code.isEmpty()
            && query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) == m_state;
    const QString text = ok
            ? QCoreApplication::translate("PkceSignIn",
                                          "Signed in. You can close this page and return to "
                                          "CaseDesk.")
            : QCoreApplication::translate("PkceSignIn",
                                          "This sign-in answer was not expected by CaseDesk.");
    const QByteArray body = text.toUtf8();
    socket->write((ok ? QByteArrayLiteral("HTTP/1.1 200 OK\r\n")
                      : QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n"))
                  + "Content-Type: text/plain; charset=utf-8\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (!ok)
        return;
    m_server.close(); // one code per request
    Q_EMIT codeReceived(code);
}

} // namespace casedesk
