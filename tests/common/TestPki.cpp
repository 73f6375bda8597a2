#include "TestPki.h"

#include <QDir>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

EVP_PKEY *newKey()
{
    return EVP_EC_gen("P-256");
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension
            = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// A certificate for `key`, signed by `issuerKey` under `issuer` (itself when null).
X509 *makeCertificate(const QString &commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey,
                      bool authority, const QStringList &altNames, int fromDays, int toDays)
{
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate), long(fromDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(certificate), long(toDays) * 86400);
    X509_NAME *name = X509_get_subject_name(certificate);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate, issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(certificate, key);
    X509 *issuerCert = issuer ? issuer : certificate;
    addExtension(certificate, issuerCert, NID_basic_constraints,
                 authority ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("CA:FALSE"));
    addExtension(certificate, issuerCert, NID_key_usage,
                 authority ? QStringLiteral("critical,keyCertSign,cRLSign")
                           : QStringLiteral("critical,digitalSignature,nonRepudiation"));
    addExtension(certificate, issuerCert, NID_subject_key_identifier, QStringLiteral("hash"));
    if (issuer)
        addExtension(certificate, issuerCert, NID_authority_key_identifier,
                     QStringLiteral("keyid:always"));
    if (!altNames.isEmpty()) {
        addExtension(certificate, issuerCert, NID_subject_alt_name,
                     altNames.join(QLatin1Char(',')));
        addExtension(certificate, issuerCert, NID_ext_key_usage, QStringLiteral("serverAuth"));
    }
    X509_sign(certificate, issuerKey ? issuerKey : key, EVP_sha256());
    return certificate;
}

} // namespace

TestPki::TestPki(QString dir) : m_dir(std::move(dir))
{
    QDir().mkpath(m_dir);
    EVP_PKEY *key = newKey();
    if (!key)
        return;
    X509 *ca = makeCertificate(QStringLiteral("CaseDesk Test Department CA"), key, nullptr, nullptr,
                               true, {}, -1, 365);
    m_caKey = key;
    m_caCert = ca;
    write(QStringLiteral("ca"), ca, key);
}

TestPki::~TestPki()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_caKey));
    X509_free(static_cast<X509 *>(m_caCert));
}

QString TestPki::caPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("ca.pem"));
}

TestPki::Issued TestPki::issue(const QString &name, const QStringList &altNames, int fromDays,
                               int toDays) const
{
    EVP_PKEY *key = newKey();
    X509 *certificate
            = makeCertificate(name, key, static_cast<X509 *>(m_caCert),
                              static_cast<EVP_PKEY *>(m_caKey), false, altNames, fromDays, toDays);
    const Issued issued = write(name, certificate, key);
    X509_free(certificate);
    EVP_PKEY_free(key);
    return issued;
}

TestPki::Issued TestPki::selfSigned(const QString &name, const QStringList &altNames) const
{
    EVP_PKEY *key = newKey();
    X509 *certificate = makeCertificate(name, key, nullptr, nullptr, false, altNames, -1, 30);
    const Issued issued = write(name, certificate, key);
    X509_free(certificate);
    EVP_PKEY_free(key);
    return issued;
}

TestPki::Issued TestPki::write(const QString &name, void *certificate, void *key) const
{
    const Issued issued{QDir(m_dir).filePath(name + QStringLiteral(".pem")),
                        QDir(m_dir).filePath(name + QStringLiteral("-key.pem"))};
    if (BIO *out = BIO_new_file(issued.certPath.toLocal8Bit().constData(), "w")) {
        PEM_write_bio_X509(out, static_cast<X509 *>(certificate));
        BIO_free(out);
    }
    if (BIO *out = BIO_new_file(issued.keyPath.toLocal8Bit().constData(), "w")) {
        PEM_write_bio_PrivateKey(out, static_cast<EVP_PKEY *>(key), nullptr, nullptr, 0, nullptr,
                                 nullptr);
        BIO_free(out);
    }
    return issued;
}
