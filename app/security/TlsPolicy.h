#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QString>

class QSslCertificate;

namespace casedesk {

// Which server certificates CaseDesk trusts: the system's CAs, plus an optional department CA
// bundle, plus optional pins (SHA-256 of a certificate's SubjectPublicKeyInfo, base64). A pin
// narrows trust, it never widens it: a pinned certificate must still chain to a trusted CA and
// name the host. There is deliberately no way to ignore TLS errors.
class TlsPolicy
{
public:
    QString caBundlePath;
    QList<QByteArray> pins; // base64 of SHA-256 over the DER SubjectPublicKeyInfo

    // The configuration for every request; `error` is set when the bundle cannot be read, and
    // then the configuration trusts the system CAs only.
    QSslConfiguration configuration(QString *error = nullptr) const;
    // True when no pins are set or a key on the path from the server's certificate to a
    // trusted CA is pinned. Servers often do not send their CA, so the path continues through
    // `authorities` (issuer names and signatures checked).
    bool acceptsChain(const QList<QSslCertificate> &chain,
                      const QList<QSslCertificate> &authorities) const;

    static QByteArray pinOf(const QSslCertificate &certificate);
    // Pins as the settings hold them: "sha256/BASE64" or bare base64, separated by commas.
    static QList<QByteArray> parsePins(const QStringList &values);
};

} // namespace casedesk
