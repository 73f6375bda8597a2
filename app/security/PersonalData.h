#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace casedesk {

// The applicant's (and an agent's) ID number, phone, address and e-mail are sealed before a case is
// written to the cache (AES-256-GCM, bound to the case's id), so a copied profile folder without
// the keychain reveals none of them. Names stay readable: the inbox searches and sorts by them.
// Without a key (no keychain) the fields are withheld, never stored in plain text.
class PersonalDataSeal
{
public:
    PersonalDataSeal() = default;
    explicit PersonalDataSeal(QByteArray key) : m_key(std::move(key)) { }

    bool hasKey() const { return !m_key.isEmpty(); }

    // The platform's case record as the cache keeps it (compact JSON).
    QByteArray seal(QJsonObject caseRecord, const QString &caseId) const;
    // The cached JSON with the sealed fields back in place; when they cannot be opened (no or
    // another key, tampering) they are left out and `withheld` is set.
    QByteArray open(const QByteArray &storedJson, const QString &caseId,
                    bool *withheld = nullptr) const;
    // The JSON with the personal fields dropped, for copies that never need them.
    static QByteArray withhold(const QByteArray &caseJson);

private:
    QByteArray m_key;
};

} // namespace casedesk
