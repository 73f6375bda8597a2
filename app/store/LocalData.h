#pragma once

#include <QString>
#include <QStringList>

namespace casedesk {

class CredentialStore;
class Profile;

// The local copy of a profile's cases, materials and keys, removed on sign-out when the user
// asks (a shared or lent computer). The settings stay, so the next sign-in finds the platform.
namespace localdata {

// What would be lost: actions not yet sent and audit entries the platform does not have yet,
// as a translated sentence; empty when nothing would be.
QString unsentWork(const Profile &profile);

// Forgets the session on this computer: the refresh token and the unlock verifier.
void forgetSession(const Profile &profile, CredentialStore &credentials);

// The keychain entries of the session (forgetSession) and those of the local data (wipe), for
// callers that remove them without waiting.
QStringList sessionKeys(const Profile &profile);
QStringList dataKeys(const Profile &profile); // the data key first

// Deletes the cache file, the vault and the signing certificate, not the keychain's entries;
// every connection to the cache must be closed first.
bool removeFiles(const Profile &profile, QString *error);

// Deletes the cache file, the vault and the data key from the keychain. With the key gone,
// any copy of the cache or the vault left on the disk (a backup, a recovered block) stays
// sealed. False, with the reason, when something could not be removed.
bool wipe(const Profile &profile, CredentialStore &credentials, QString *error);

} // namespace localdata
} // namespace casedesk
