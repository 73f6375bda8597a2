#include "UnlockVerifier.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace casedesk::unlock {

namespace {
constexpr int kIterations = 210000; // OWASP's 2023 figure for PBKDF2-HMAC-SHA256
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray hash(kHashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), kHashBytes,
                          reinterpret_cast<unsigned char *>(hash.data()))
        != 1)
        return {};
    return hash;
}
} // namespace

QString makeVerifier(const QString &password)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray hash = derive(password, salt, kIterations);
    if (hash.isEmpty())
        return {};
    return QStringList{kScheme, QString::number(kIterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(hash.toBase64())}
            .join(QLatin1Char('$'));
}

bool matches(const QString &verifier, const QString &password)
{
    const QStringList parts = verifier.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    // Bounded, so a doctored verifier cannot make an unlock attempt run for minutes.
    if (!ok || iterations < 10000 || iterations > 10000000)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual
            = derive(password, QByteArray::fromBase64(parts[2].toLatin1()), iterations);
    return expected.size() == kHashBytes && actual.size() == kHashBytes
            && CRYPTO_memcmp(expected.constData(), actual.constData(), kHashBytes) == 0;
}

} // namespace casedesk::unlock
