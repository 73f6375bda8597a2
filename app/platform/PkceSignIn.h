#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace casedesk {

// The authorization-code flow with PKCE (RFC 7636) for a unified identity portal, as a native
// app does it (RFC 8252): the browser signs in at the portal, which redirects it to a one-shot
// listener on 127.0.0.1. Only the code comes back that way; the verifier never leaves CaseDesk,
// so an intercepted code is worthless. RestPlatformClient::signInWithCode completes it.
class PkceSignIn : public QObject
{
    Q_OBJECT
public:
    // `authorizeUrl` is the portal's authorization endpoint.
    PkceSignIn(QUrl authorizeUrl, QString clientId, QObject *parent = nullptr);

    // Listens for the redirect and answers the URL to open in the browser; empty on failure.
    QUrl start(QString *error);
    QString redirectUri() const { return m_redirectUri; }
    QString verifier() const { return m_verifier; }
    QString clientId() const { return m_clientId; }

    // S256: base64url(SHA-256(verifier)) without padding.
    static QString challengeOf(const QString &verifier);

Q_SIGNALS:
    void codeReceived(const QString &code);

private:
    void answer(QTcpSocket *socket, const QByteArray &requestLine);

    QUrl m_authorizeUrl;
    QString m_clientId;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    QTcpServer m_server;
};

} // namespace casedesk
