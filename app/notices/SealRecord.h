#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// The SM2/SM3 seal record kept with every issued notice (GM/T 0003, 0004): the document's SM3
// digest and what it is (文号, case, kind, department, time), signed with the department's SM2
// seal key under a distinguishing id. It travels beside the PDF (FILE.pdf.seal.json) and in the
// vault, and lets a verifier who does not rely on the PDF signature check the same bytes.
class SealRecord
{
public:
    struct Subject
    {
        QString number; // 文号
        QString caseNo;
        QString kind;
        QString department;
        QString issuedAt; // ISO 8601
    };

    // A new SM2 private key, PEM; the caller keeps it in the keychain.
    static QByteArray newKey(QString *error);
    static std::optional<QJsonObject> make(const QByteArray &pdf, const Subject &subject,
                                           const QByteArray &sm2KeyPem, QString *error);

    struct Check
    {
        bool digestMatches = false;
        bool signatureValid = false;
        QString publicKeySha256; // the seal key's fingerprint
        Subject subject;
        QStringList problems;
    };
    static Check verify(const QByteArray &pdf, const QJsonObject &record);

    static constexpr const char *kFormat = "casedesk-seal/1";
};

} // namespace casedesk
