#pragma once

#include <QString>

namespace casedesk {

// Unlocking a locked session checks the password here, offline: the keychain keeps a salted
// PBKDF2-HMAC-SHA256 verifier made at sign-in, never the password. Format:
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64).
namespace unlock {

QString makeVerifier(const QString &password);
bool matches(const QString &verifier, const QString &password);

} // namespace unlock
} // namespace casedesk
