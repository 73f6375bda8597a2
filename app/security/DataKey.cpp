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

} // namespace casedesk
