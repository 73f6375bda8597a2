#include "DataKey.h"

#include "Cipher.h"
#include "CredentialStore.h"
#include "core/Profile.h"

namespace casedesk {

std::optional<QByteArray> profileDataKey(CredentialStore &credentials, const Profile &profile,
                                         QString *error)
{
    QString readError;
    const auto stored = credentials.readNow(profile.dataKeyName(), &readError);
    if (stored) {
        const QByteArray key = QByteArray::fromBase64(stored->toLatin1());
        if (key.size() == cipher::kKeySize)
            return key;
    }
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    const QByteArray key = cipher::randomKey();
    if (!credentials.writeNow(profile.dataKeyName(), QString::fromLatin1(key.toBase64()), error))
        return std::nullopt;
    return key;
}

void loadProfileDataKey(
        CredentialStore &credentials, const Profile &profile,
        std::function<void(const std::optional<QByteArray> &key, const QString &error)> done)
{
    const QString name = profile.dataKeyName();
    credentials.read(name,
                     [&credentials, name, done](const std::optional<QString> &stored,
                                                const QString &readError) {
                         if (stored) {
                             const QByteArray key = QByteArray::fromBase64(stored->toLatin1());
                             if (key.size() == cipher::kKeySize) {
                                 done(key, {});
                                 return;
                             }
                         }
                         if (!readError.isEmpty()) {
                             done(std::nullopt, readError);
                             return;
                         }
                         // None yet (or not a key): a new one, kept only once the keychain has it.
                         const QByteArray key = cipher::randomKey();
                         credentials.write(name, QString::fromLatin1(key.toBase64()),
                                           [key, done](bool ok, const QString &writeError) {
                                               done(ok ? std::optional<QByteArray>(key)
                                                       : std::nullopt,
                                                    writeError);
                                           });
                     });
}

} // namespace casedesk
