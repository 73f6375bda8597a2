#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace casedesk {

class CredentialStore;

// The approver's personal SM2 key (审批签名密钥): made on first use and kept in the keychain
// under the profile's entry, never on disk; its public half goes to the platform with the
// first signed approval, which registers it. Blocking, for the writer's thread and the CLI.
class ApprovalSigner
{
public:
    ApprovalSigner(CredentialStore &credentials, QString keyName);
    // Over a key held elsewhere (a test's).
    explicit ApprovalSigner(QByteArray privateKeyPem);

    struct Signature
    {
        QString keyId; // SHA-256 of the public key's DER, hex
        QByteArray publicKey; // PEM
        QByteArray value; // DER
    };
    std::optional<Signature> sign(const QByteArray &message, const QByteArray &distinguishingId,
                                  QString *error);

private:
    std::optional<QByteArray> key(QString *error);

    CredentialStore *m_credentials = nullptr;
    QString m_keyName;
    QByteArray m_key; // read once
};

} // namespace casedesk
