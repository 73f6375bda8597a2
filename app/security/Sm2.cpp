#include "Sm2.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace casedesk::Sm2 {

namespace {

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray memoryContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

Key readKey(const QByteArray &pem, bool isPrivate)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Key key(isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                      : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!key || !EVP_PKEY_is_a(key.get(), "SM2"))
        return nullptr;
    return key;
}

// A sign or verify context with the distinguishing id set. The id goes into Z, which the
// provider computes at the first update, so setting it on the context Init made is in time.
MdCtx context(EVP_PKEY *key, const QByteArray &id, bool signing)
{
    MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    const int ok = !md ? 0
            : signing  ? EVP_DigestSignInit(md.get(), &pctx, EVP_sm3(), nullptr, key)
                       : EVP_DigestVerifyInit(md.get(), &pctx, EVP_sm3(), nullptr, key);
    if (ok != 1 || !pctx || EVP_PKEY_CTX_set1_id(pctx, id.constData(), size_t(id.size())) <= 0)
        return nullptr;
    return md;
}

} // namespace

QByteArray newPrivateKey(QString *error)
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
    if (!key) {
        *error = QCoreApplication::translate("Sm2", "This OpenSSL cannot make SM2 keys.");
        ERR_clear_error();
        return {};
    }
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    return memoryContents(bio.get());
}

QByteArray publicKeyOf(const QByteArray &privatePem)
{
    const Key key = readKey(privatePem, true);
    if (!key)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key.get());
    return memoryContents(bio.get());
}

QString keyId(const QByteArray &publicPem)
{
    const Key key = readKey(publicPem, false);
    if (!key)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(key.get(), &der);
    if (size <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray sign(const QByteArray &privatePem, const QByteArray &id, const QByteArray &message,
                QString *error)
{
    const Key key = readKey(privatePem, true);
    if (!key) {
        *error = QCoreApplication::translate("Sm2", "The key is not an SM2 private key.");
        return {};
    }
    MdCtx md = context(key.get(), id, true);
    size_t size = size_t(EVP_PKEY_get_size(key.get()));
    QByteArray signature(qsizetype(size), '\0');
    if (md
        && EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()))
                == 1)
        signature.resize(qsizetype(size));
    else
        signature.clear();
    ERR_clear_error();
    if (signature.isEmpty())
        *error = QCoreApplication::translate("Sm2", "The SM2 signature could not be made.");
    return signature;
}

bool verify(const QByteArray &publicPem, const QByteArray &id, const QByteArray &message,
            const QByteArray &signature)
{
    const Key key = readKey(publicPem, false);
    if (!key)
        return false;
    MdCtx md = context(key.get(), id, false);
    const bool valid = md
            && EVP_DigestVerify(md.get(),
                                reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(message.constData()),
                                size_t(message.size()))
                    == 1;
    ERR_clear_error();
    return valid;
}

bool isPublicKey(const QByteArray &pem)
{
    return bool(readKey(pem, false));
}

} // namespace casedesk::Sm2
