#include "TlsPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace casedesk {

QSslConfiguration TlsPolicy::configuration(QString *error) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::SecureProtocols);
    if (caBundlePath.isEmpty())
        return config;
    QFile file(caBundlePath);
    QList<QSslCertificate> bundle;
    if (file.open(QIODevice::ReadOnly))
        bundle = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (bundle.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                             "TlsPolicy",
                             "The department CA bundle %1 cannot be read or holds no PEM "
                             "certificate; only the system's certificate authorities are trusted.")
                             .arg(caBundlePath);
        return config;
    }
    config.addCaCertificates(bundle);
    return config;
}

namespace {
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, der.size()), &X509_free);
}

// `issuer` names `subject`'s issuer and really signed it.
bool issued(const QSslCertificate &issuer, const QSslCertificate &subject)
{
    const X509Ptr parent = toX509(issuer);
    const X509Ptr child = toX509(subject);
    if (!parent || !child || X509_check_issued(parent.get(), child.get()) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(parent.get());
    return key && X509_verify(child.get(), key) == 1;
}
} // namespace

bool TlsPolicy::acceptsChain(const QList<QSslCertificate> &chain,
                             const QList<QSslCertificate> &authorities) const
{
    if (pins.isEmpty())
        return true;
    if (chain.isEmpty())
        return false;
    for (const QSslCertificate &certificate : chain) {
        if (pins.contains(pinOf(certificate)))
            return true;
    }
    constexpr int kMaxDepth = 8;
    QSslCertificate top = chain.last();
    for (int depth = 0; depth < kMaxDepth && !top.isSelfSigned(); ++depth) {
        const auto parent
                = std::find_if(authorities.cbegin(), authorities.cend(),
                               [&](const QSslCertificate &ca) { return issued(ca, top); });
        if (parent == authorities.cend())
            return false;
        if (pins.contains(pinOf(*parent)))
            return true;
        top = *parent;
    }
    return false;
}

QByteArray TlsPolicy::pinOf(const QSslCertificate &certificate)
{
    // The pin covers the whole SubjectPublicKeyInfo (algorithm and key), as in RFC 7469, which
    // QSslKey::toDer does not give for every key type; OpenSSL encodes it exactly.
    const X509Ptr x509 = toX509(certificate);
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    QByteArray pin;
    if (length > 0)
        pin = QCryptographicHash::hash(
                      QByteArray::fromRawData(reinterpret_cast<const char *>(spki), length),
                      QCryptographicHash::Sha256)
                      .toBase64();
    OPENSSL_free(spki);
    return pin;
}

QList<QByteArray> TlsPolicy::parsePins(const QStringList &values)
{
    QList<QByteArray> pins;
    for (const QString &value : values) {
        for (QString pin : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            pin = pin.trimmed();
            if (pin.startsWith(QLatin1String("sha256/")))
                pin = pin.mid(7);
            if (!pin.isEmpty())
                pins.append(pin.toLatin1());
        }
    }
    return pins;
}

} // namespace casedesk
