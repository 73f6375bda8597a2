#include "PersonalData.h"

#include "Cipher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {
const char *const kSealedFields[] = {"idNumber", "phone", "address", "email"};
const QLatin1String kApplicant("applicant");
const QLatin1String kSealed("sealed");

QByteArray context(const QString &caseId)
{
    return QByteArrayLiteral("casedesk-personal-data|") + caseId.toUtf8();
}

// Takes the personal fields out of `applicant`; true when there were any.
bool takeFields(QJsonObject &applicant, QJsonObject &fields)
{
    for (const char *name : kSealedFields) {
        const QString key = QLatin1String(name);
        if (applicant.contains(key))
            fields.insert(key, applicant.take(key));
    }
    return !fields.isEmpty();
}

QByteArray sealWith(QJsonObject c, const QByteArray &key, const QString &caseId)
{
    QJsonObject applicant = c.value(kApplicant).toObject();
    QJsonObject fields;
    if (!takeFields(applicant, fields))
        return QJsonDocument(c).toJson(QJsonDocument::Compact);
    const QByteArray sealed = key.isEmpty()
            ? QByteArray()
            : cipher::seal(key, QJsonDocument(fields).toJson(QJsonDocument::Compact),
                           context(caseId))
                      .toBase64();
    applicant.insert(kSealed, QString::fromLatin1(sealed));
    c.insert(kApplicant, applicant);
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray PersonalDataSeal::seal(QJsonObject caseRecord, const QString &caseId) const
{
    return sealWith(std::move(caseRecord), m_key, caseId);
}

QByteArray PersonalDataSeal::withhold(const QByteArray &caseJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(caseJson);
    if (!doc.isObject())
        return caseJson;
    return sealWith(doc.object(), {}, {});
}

QByteArray PersonalDataSeal::open(const QByteArray &storedJson, const QString &caseId,
                                  bool *withheld) const
{
    if (withheld)
        *withheld = false;
    // Cheap test first: most callers read many cases, and the JSON parse is the cost.
    if (!storedJson.contains("\"sealed\""))
        return storedJson;
    QJsonDocument doc = QJsonDocument::fromJson(storedJson);
    QJsonObject c = doc.object();
    QJsonObject applicant = c.value(kApplicant).toObject();
    if (!applicant.contains(kSealed))
        return storedJson;
    const QByteArray blob = QByteArray::fromBase64(applicant.take(kSealed).toString().toLatin1());
    const auto plain = (m_key.isEmpty() || blob.isEmpty())
            ? std::nullopt
            : cipher::open(m_key, blob, context(caseId));
    if (plain) {
        const QJsonObject fields = QJsonDocument::fromJson(*plain).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            applicant.insert(it.key(), it.value());
    } else if (withheld) {
        *withheld = true;
    }
    c.insert(kApplicant, applicant);
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

} // namespace casedesk
