#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace casedesk {

class CredentialStore;
class Profile;

// The profile's data key, which seals cached materials (store/Vault) and the applicant's
// personal data (PersonalDataSeal). It exists only in the keychain and is made on first use;
// without a keychain there is none, and `error` says why.
std::optional<QByteArray> profileDataKey(CredentialStore &credentials, const Profile &profile,
                                         QString *error);

} // namespace casedesk
