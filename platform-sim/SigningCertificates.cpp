#include "SigningCertificates.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sim {

namespace {

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Key newKey()
{
    // P-256: quick to make, and PDF readers verify ECDSA as well as RSA.
    return Key(EVP_EC_gen("P-256"));
}

void addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(utf8.constData()),
                               int(utf8.size()), -1, 0);
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

Cert makeCert(EVP_PKEY *key, const QString &commonName, const QString &organisation, X509 *issuer,
              EVP_PKEY *issuerKey, int days, bool ca)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     long(QRandomGenerator::global()->bounded(1, 0x7fffffff)));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    addName(name, "C", QStringLiteral("CN"));
    addName(name, "O", organisation);
    addName(name, "CN", commonName);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509 *issuerCert = issuer ? issuer : cert.get();
    addExtension(cert.get(), issuerCert, NID_basic_constraints,
                 ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExtension(cert.get(), issuerCert, NID_key_usage,
                 ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,nonRepudiation");
    addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (!ca)
        addExtension(cert.get(), issuerCert, NID_ext_key_usage, "emailProtection");
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray pemOf(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

// The CA of the demo platform, made on first use.
bool loadOrMakeCa(const QString &dataDir, Key *key, Cert *cert, QString *error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("signing-ca.pem"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        const QByteArray pem = file.readAll();
        Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        key->reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
        cert->reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!*key || !*cert) {
            *error = QStringLiteral("%1 is damaged").arg(path);
            return false;
        }
        return true;
    }
    *key = newKey();
    *cert = makeCert(key->get(), QStringLiteral("一网通办平台演示签章根证书"),
                     QStringLiteral("一网通办平台（演示）"), nullptr, key->get(), 3650, true);
    if (!*key || !*cert) {
        *error = QStringLiteral("making the signing CA failed");
        return false;
    }
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key->get(), nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_X509(bio.get(), cert->get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    if (!file.open(QIODevice::WriteOnly) || file.write(data, size) != size) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace

bool issueSigningCertificate(const QString &dataDir, const QString &departmentCode,
                             const QString &departmentName, IssuedCertificate *issued,
                             QString *error)
{
    Key caKey;
    Cert caCert;
    if (!loadOrMakeCa(dataDir, &caKey, &caCert, error))
        return false;
    Key key = newKey();
    const int days = 730;
    Cert cert = makeCert(key.get(), departmentName, departmentCode, caCert.get(), caKey.get(), days,
                         false);
    if (!key || !cert) {
        *error = QStringLiteral("issuing the certificate failed");
        return false;
    }
    QString password;
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(
                alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, caCert.get());
    const QByteArray name = departmentName.toUtf8();
    const QByteArray pass = password.toUtf8();
    PKCS12 *p12 = PKCS12_create(pass.constData(), name.constData(), key.get(), cert.get(), chain, 0,
                                0, 0, 0, 0);
    sk_X509_free(chain);
    if (!p12) {
        *error = QStringLiteral("making the PKCS#12 file failed");
        return false;
    }
    unsigned char *der = nullptr;
    const int size = i2d_PKCS12(p12, &der);
    PKCS12_free(p12);
    issued->pkcs12 = QByteArray(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    issued->password = password;
    issued->caPem = pemOf(caCert.get());
    issued->subject = departmentName;
    issued->notAfter = QDate::currentDate().addDays(days).toString(Qt::ISODate);
    return true;
}

} // namespace sim
