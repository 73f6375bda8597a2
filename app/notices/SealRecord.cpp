#include "SealRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include "security/Sm2.h"

#include <openssl/evp.h>

namespace casedesk {

namespace {

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

} // namespace

QByteArray SealRecord::newKey(QString *error)
{
    return Sm2::newPrivateKey(error);
}

std::optional<QJsonObject> SealRecord::make(const QByteArray &pdf, const Subject &subject,
                                            const QByteArray &sm2KeyPem, QString *error)
{
    const QByteArray publicKey = Sm2::publicKeyOf(sm2KeyPem);
    if (publicKey.isEmpty()) {
        *error = QCoreApplication::translate("SealRecord", "The seal key is not an SM2 key.");
        return std::nullopt;
    }
    const QString id = distinguishingId(subject.department);
    const QString digest = QString::fromLatin1(sm3(pdf).toHex());
    QString signError;
    const QByteArray signature
            = Sm2::sign(sm2KeyPem, id.toUtf8(), signedText(digest, subject, id), &signError);
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
                       {QStringLiteral("publicKey"), QString::fromLatin1(publicKey)},
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
    if (!Sm2::isPublicKey(pem)) {
        check.problems.append(QCoreApplication::translate(
                "SealRecord", "The seal record's public key is not an SM2 key."));
        return check;
    }
    const QByteArray signature = QByteArray::fromBase64(field("signature").toLatin1());
    const QByteArray text = signedText(field("sm3"), check.subject, field("distinguishingId"));
    check.signatureValid = Sm2::verify(pem, field("distinguishingId").toUtf8(), text, signature);
    if (!check.signatureValid)
        check.problems.append(QCoreApplication::translate(
                "SealRecord", "The SM2 signature of the seal record does not verify."));
    return check;
}

} // namespace casedesk
