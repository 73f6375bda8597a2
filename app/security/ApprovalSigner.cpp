#include "ApprovalSigner.h"

#include "CredentialStore.h"
#include "Sm2.h"

#include <QCoreApplication>

namespace casedesk {

ApprovalSigner::ApprovalSigner(CredentialStore &credentials, QString keyName)
    : m_credentials(&credentials), m_keyName(std::move(keyName))
{
}

ApprovalSigner::ApprovalSigner(QByteArray privateKeyPem) : m_key(std::move(privateKeyPem)) { }

std::optional<QByteArray> ApprovalSigner::key(QString *error)
{
    if (!m_key.isEmpty() || !m_credentials)
        return m_key;
    QString readError;
    const std::optional<QString> kept = m_credentials->readNow(m_keyName, &readError);
    if (!readError.isEmpty()) {
        *error = QCoreApplication::translate("ApprovalSigner",
                                             "Your signing key cannot be read from the "
                                             "keychain: %1")
                         .arg(readError);
        return std::nullopt;
    }
    if (kept && !kept->isEmpty()) {
        m_key = kept->toLatin1();
        return m_key;
    }
    const QByteArray made = Sm2::newPrivateKey(error);
    if (made.isEmpty())
        return std::nullopt;
    QString writeError;
    if (!m_credentials->writeNow(m_keyName, QString::fromLatin1(made), &writeError)) {
        *error = QCoreApplication::translate("ApprovalSigner",
                                             "Your signing key cannot be kept in the keychain: %1")
                         .arg(writeError);
        return std::nullopt;
    }
    m_key = made;
    return m_key;
}

std::optional<ApprovalSigner::Signature>
ApprovalSigner::sign(const QByteArray &message, const QByteArray &distinguishingId, QString *error)
{
    const std::optional<QByteArray> privateKey = key(error);
    if (!privateKey)
        return std::nullopt;
    Signature s;
    s.publicKey = Sm2::publicKeyOf(*privateKey);
    s.keyId = Sm2::keyId(s.publicKey);
    if (s.keyId.isEmpty()) {
        *error = QCoreApplication::translate("ApprovalSigner",
                                             "The signing key in the keychain is not an SM2 key.");
        return std::nullopt;
    }
    s.value = Sm2::sign(*privateKey, distinguishingId, message, error);
    if (s.value.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace casedesk
