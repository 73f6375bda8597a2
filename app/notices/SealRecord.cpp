#include "SealRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace casedesk {

namespace {

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray sm3(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &size, EVP_sm3(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}

// Exactly what is signed: the fields in a fixed order, one per line.
QByteArray signedText(const QString &digestHex, const SealRecord::Subject &s, const QString &id)
{
    return QStringList{QLatin1String(SealRecord::kFormat),
                       id,
                       digestHex,
                       s.number,
                       s.caseNo,
                       s.kind,
                       s.department,
                       s.issuedAt}
            .join(QLatin1Char('\n'))
            .toUtf8();
}

QString distinguishingId(const QString &department)
{
    // GM/T 0009's default id is 1234567812345678; the department's own makes records of two
    // departments distinguishable even under one key.
    return QStringLiteral("CaseDesk-") + department;
}

// An SM2 sign or verify context with the distinguishing id set. The id goes into Z, which the
// provider computes at the first update, so setting it on the context Init made is in time.
MdCtx sm2Context(EVP_PKEY *key, const QByteArray &id, bool signing)
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

QByteArray publicPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

} // namespace

QByteArray SealRecord::newKey(QString *error)
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
    if (!key) {
        *error = QCoreApplication::translate("SealRecord", "This OpenSSL cannot make SM2 keys.");
        ERR_clear_error();
        return {};
    }
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

std::optional<QJsonObject> SealRecord::make(const QByteArray &pdf, const Subject &subject,
                                            const QByteArray &sm2KeyPem, QString *error)
{
    Bio bio(BIO_new_mem_buf(sm2KeyPem.constData(), int(sm2KeyPem.size())));
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key || !EVP_PKEY_is_a(key.get(), "SM2")) {
        ERR_clear_error();
        *error = QCoreApplication::translate("SealRecord", "The seal key is not an SM2 key.");
        return std::nullopt;
    }
    const QString id = distinguishingId(subject.department);
    const QString digest = QString::fromLatin1(sm3(pdf).toHex());
    const QByteArray text = signedText(digest, subject, id);
    MdCtx md = sm2Context(key.get(), id.toUtf8(), true);
    size_t size = size_t(EVP_PKEY_get_size(key.get()));
    QByteArray signature(qsizetype(size), '\0');
    if (md
        && EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                          reinterpret_cast<const unsigned char *>(text.constData()),
                          size_t(text.size()))
                == 1)
        signature.resize(qsizetype(size));
    else
        signature.clear();
    ERR_clear_error();
    if (signature.isEmpty()) {
        *error = QCoreApplication::translate("SealRecord", "The SM2 seal could not be made.");
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                       {QStringLiteral("algorithm"), QStringLiteral("SM2-SM3")},
                       {QStringLiteral("distinguishingId"), id},
                       {QStringLiteral("sm3"), digest},
                       {QStringLiteral("number"), subject.number},
                       {QStringLiteral("caseNo"), subject.caseNo},
                       {QStringLiteral("kind"), subject.kind},
                       {QStringLiteral("department"), subject.department},
                       {QStringLiteral("issuedAt"), subject.issuedAt},
                       {QStringLiteral("publicKey"), QString::fromLatin1(publicPem(key.get()))},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

SealRecord::Check SealRecord::verify(const QByteArray &pdf, const QJsonObject &record)
{
    Check check;
    auto field = [&](const char *name) { return record.value(QLatin1String(name)).toString(); };
    check.subject = {field("number"), field("caseNo"), field("kind"), field("department"),
                     field("issuedAt")};
    if (field("format") != QLatin1String(kFormat)) {
        check.problems.append(
                QCoreApplication::translate("SealRecord", "This is not a CaseDesk seal record."));
        return check;
    }
    check.digestMatches = field("sm3") == QString::fromLatin1(sm3(pdf).toHex());
    if (!check.digestMatches)
        check.problems.append(QCoreApplication::translate(
                "SealRecord",
                "The document's SM3 digest differs from the sealed one: the "
                "document was altered."));
    const QByteArray pem = field("publicKey").toLatin1();
    check.publicKeySha256 = QString::fromLatin1(
            QCryptographicHash::hash(pem, QCryptographicHash::Sha256).toHex().left(16));
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || !EVP_PKEY_is_a(key.get(), "SM2")) {
        ERR_clear_error();
        check.problems.append(QCoreApplication::translate(
                "SealRecord", "The seal record's public key is not an SM2 key."));
        return check;
    }
    const QByteArray signature = QByteArray::fromBase64(field("signature").toLatin1());
    const QByteArray text = signedText(field("sm3"), check.subject, field("distinguishingId"));
    MdCtx md = sm2Context(key.get(), field("distinguishingId").toUtf8(), false);
    check.signatureValid = md
            && EVP_DigestVerify(md.get(),
                                reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(text.constData()),
                                size_t(text.size()))
                    == 1;
    ERR_clear_error();
    if (!check.signatureValid)
        check.problems.append(QCoreApplication::translate(
                "SealRecord", "The SM2 signature of the seal record does not verify."));
    return check;
}

} // namespace casedesk
