#include "Cipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace casedesk::cipher {

namespace {
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

using Context = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

QByteArray randomKey()
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), kKeySize) != 1)
        return {};
    return key;
}

QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &context)
{
    if (key.size() != kKeySize)
        return {};
    QByteArray out(kNonceSize + plain.size() + kTagSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), kNonceSize) != 1)
        return {};
    Context ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(out)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(context), int(context.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(out) + kNonceSize, &len, bytes(plain),
                             int(plain.size()))
                != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + kNonceSize + total, &len) != 1)
        return {};
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize,
                            bytes(out) + kNonceSize + total)
        != 1)
        return {};
    out.resize(kNonceSize + total + kTagSize);
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed,
                               const QByteArray &context)
{
    if (key.size() != kKeySize || sealed.size() < kNonceSize + kTagSize)
        return std::nullopt;
    const int cipherSize = int(sealed.size()) - kNonceSize - kTagSize;
    QByteArray plain(cipherSize, Qt::Uninitialized);
    QByteArray tag = sealed.right(kTagSize);
    Context ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(sealed)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(context), int(context.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(sealed) + kNonceSize, cipherSize)
                != 1)
        return std::nullopt;
    int total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) != 1)
        return std::nullopt;
    // The tag check: any change to nonce, context, ciphertext or tag fails here.
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + total, &len) != 1)
        return std::nullopt;
    total += len;
    plain.resize(total);
    return plain;
}

} // namespace casedesk::cipher
