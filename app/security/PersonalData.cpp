#include "PersonalData.h"

#include "Cipher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {
const char *const kSealedFields[] = {"idNumber", "phone", "address", "email"};
// The people a record names with their personal data: the applicant and, for an application
// handed in at the counter, the agent (代办人).
const QLatin1String kPeople[] = {QLatin1String("applicant"), QLatin1String("agent")};
const QLatin1String kSealed("sealed");

// Bound to the case and the person: a sealed field cannot be moved to another case or person.
// The applicant's context is the one the cache has always used.
QByteArray context(const QString &caseId, QLatin1String person)
{
    QByteArray text = QByteArrayLiteral("casedesk-personal-data|") + caseId.toUtf8();
    if (person != kPeople[0])
        text += '|' + QByteArray(person.data(), person.size());
    return text;
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
    for (const QLatin1String person : kPeople) {
        if (!c.value(person).isObject())
            continue;
        QJsonObject fields;
        QJsonObject who = c.value(person).toObject();
        if (!takeFields(who, fields))
            continue;
        const QByteArray sealed = key.isEmpty()
                ? QByteArray()
                : cipher::seal(key, QJsonDocument(fields).toJson(QJsonDocument::Compact),
                               context(caseId, person))
                          .toBase64();
        who.insert(kSealed, QString::fromLatin1(sealed));
        c.insert(person, who);
    }
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
    bool changed = false;
    for (const QLatin1String person : kPeople) {
        QJsonObject who = c.value(person).toObject();
        if (!who.contains(kSealed))
            continue;
        changed = true;
        const QByteArray blob = QByteArray::fromBase64(who.take(kSealed).toString().toLatin1());
        const auto plain = (m_key.isEmpty() || blob.isEmpty())
                ? std::nullopt
                : cipher::open(m_key, blob, context(caseId, person));
        if (plain) {
            const QJsonObject fields = QJsonDocument::fromJson(*plain).object();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                who.insert(it.key(), it.value());
        } else if (withheld) {
            *withheld = true;
        }
        c.insert(person, who);
    }
    if (!changed)
        return storedJson;
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

} // namespace casedesk
