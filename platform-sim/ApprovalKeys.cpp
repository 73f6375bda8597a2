#include "ApprovalKeys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace sim {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

Key publicKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    Key key(PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    ERR_clear_error();
    if (key && !EVP_PKEY_is_a(key.get(), "SM2"))
        key.reset();
    return key;
}

QString fingerprint(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(key, &der);
    if (size <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString sha256(const QJsonValue &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toString().toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The statement as the contract writes it, from the case as this platform holds it.
QByteArray statement(const QJsonObject &c, const QString &type, const QJsonObject &payload,
                     const QString &user, const QString &signedAt)
{
    QStringList lines{QStringLiteral("casedesk-approval/1"),
                      QStringLiteral("case=") + c.value(QStringLiteral("id")).toString(),
                      QStringLiteral("type=") + type, QStringLiteral("approver=") + user,
                      QStringLiteral("signedAt=") + signedAt};
    if (type == QLatin1String("approve")) {
        const QJsonObject p = c.value(QStringLiteral("proposal")).toObject();
        lines << QStringLiteral("decision=") + p.value(QStringLiteral("proposal")).toString()
              << QStringLiteral("opinion=") + sha256(p.value(QStringLiteral("opinion")))
              << QStringLiteral("reasons=") + sha256(p.value(QStringLiteral("reasons")))
              << QStringLiteral("legalBasis=") + sha256(p.value(QStringLiteral("legalBasis")));
    } else {
        const QJsonObject r = c.value(QStringLiteral("extensionRequest")).toObject();
        lines << QStringLiteral("days=") + QString::number(r.value(QStringLiteral("days")).toInt())
              << QStringLiteral("reason=") + sha256(r.value(QStringLiteral("reason")))
              << QStringLiteral("recommendation=")
                        + sha256(r.value(QStringLiteral("recommendation")));
    }
    lines << QStringLiteral("comment=") + sha256(payload.value(QStringLiteral("comment")));
    return lines.join(QLatin1Char('\n')).toUtf8();
}

bool verifySm2(EVP_PKEY *key, const QByteArray &id, const QByteArray &message,
               const QByteArray &signature)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool valid = md && EVP_DigestVerifyInit(md, &pctx, EVP_sm3(), nullptr, key) == 1 && pctx
            && EVP_PKEY_CTX_set1_id(pctx, id.constData(), size_t(id.size())) > 0
            && EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(message.constData()),
                                size_t(message.size()))
                    == 1;
    EVP_MD_CTX_free(md);
    ERR_clear_error();
    return valid;
}

} // namespace

QString ApprovalKeys::createTable()
{
    return QStringLiteral("CREATE TABLE approval_keys (user TEXT NOT NULL, key_id TEXT NOT NULL,"
                          " public_key TEXT NOT NULL, registered_at TEXT NOT NULL,"
                          " PRIMARY KEY (user, key_id))");
}

bool ApprovalKeys::isSigned(const QString &type)
{
    return type == QLatin1String("approve") || type == QLatin1String("approveExtension");
}

ApprovalKeys::Registered ApprovalKeys::add(const QString &user, const QByteArray &publicKeyPem,
                                           const QString &now)
{
    const Key key = publicKey(publicKeyPem);
    if (!key)
        return {{}, false, QStringLiteral("publicKey must be an SM2 public key in PEM")};
    const QString id = fingerprint(key.get());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO approval_keys(user, key_id, public_key, "
                             "registered_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(user);
    q.addBindValue(id);
    q.addBindValue(QString::fromLatin1(publicKeyPem));
    q.addBindValue(now);
    if (!q.exec())
        return {{}, false, QStringLiteral("the key could not be kept")};
    return {id, q.numRowsAffected() > 0, {}};
}

ApprovalKeys::Problem ApprovalKeys::check(const QJsonObject &caseBefore, const QString &type,
                                          const QJsonObject &payload, const QString &user,
                                          const QDateTime &now) const
{
    const QJsonObject s = payload.value(QStringLiteral("signature")).toObject();
    if (s.isEmpty())
        return {QStringLiteral("signature-required"),
                QStringLiteral("An approval must carry its approver's signature")};
    if (s.value(QStringLiteral("algorithm")).toString() != QLatin1String("SM2-SM3"))
        return {QStringLiteral("signature-invalid"), QStringLiteral("algorithm must be SM2-SM3")};
    const QString signedAt = s.value(QStringLiteral("signedAt")).toString();
    const QDateTime at = QDateTime::fromString(signedAt, Qt::ISODate);
    // An approval given offline is signed when it was given; never in the future.
    if (!at.isValid() || at > now.addSecs(300))
        return {QStringLiteral("signature-invalid"),
                QStringLiteral("signedAt must be a past time in ISO 8601")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT public_key FROM approval_keys WHERE user = ? AND key_id = ?"));
    q.addBindValue(user);
    q.addBindValue(s.value(QStringLiteral("keyId")).toString());
    if (!q.exec() || !q.next())
        return {QStringLiteral("signing-key-unknown"),
                QStringLiteral("The key %1 is not registered for %2")
                        .arg(s.value(QStringLiteral("keyId")).toString(), user)};
    const Key key = publicKey(q.value(0).toString().toLatin1());
    const QByteArray value
            = QByteArray::fromBase64(s.value(QStringLiteral("value")).toString().toLatin1());
    const QByteArray id = QByteArrayLiteral("CaseDesk-approver-") + user.toUtf8();
    if (!key || value.isEmpty()
        || !verifySm2(key.get(), id, statement(caseBefore, type, payload, user, signedAt), value))
        return {QStringLiteral("signature-invalid"),
                QStringLiteral("The signature does not verify for this case as it stands")};
    return {};
}

} // namespace sim
