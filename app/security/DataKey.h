#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace casedesk {

class CredentialStore;
class Profile;

// The profile's data key, which seals cached materials (store/Vault) and the applicant's
// personal data (PersonalDataSeal). It exists only in the keychain and is made on first use;
// without a keychain there is none, and `error` says why.
std::optional<QByteArray> profileDataKey(CredentialStore &credentials, const Profile &profile,
                                         QString *error);
// The same without waiting, for the desktop: `done` gets the key, or nullopt and why.
void loadProfileDataKey(
        CredentialStore &credentials, const Profile &profile,
        std::function<void(const std::optional<QByteArray> &key, const QString &error)> done);

} // namespace casedesk
