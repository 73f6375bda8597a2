#pragma once

#include "PlatformTypes.h"

#include <QUrl>

#include <functional>

namespace casedesk {

class CredentialStore;
class PkceSignIn;
class Profile;

struct SignInResult
{
    UserInfo user;
    QString refreshToken;
    PlatformError error; // a failed sign-in
    QString keychainError; // signed in, but the session could not be remembered
};

// Signs in with the password grant, asks who we are, and on success makes the profile point
// at this server and account and puts the refresh token into the keychain. The same steps
// serve the sign-in dialog and `casedesk-cli login`.
void signIn(const QUrl &server, const QString &userName, const QString &password, Profile &profile,
            CredentialStore &credentials, std::function<void(const SignInResult &)> done);

// The same after the identity portal's redirect brought `code` to `flow` (PKCE).
void signInWithCode(const QUrl &server, const PkceSignIn &flow, const QString &code,
                    Profile &profile, CredentialStore &credentials,
                    std::function<void(const SignInResult &)> done);

// The portal's authorization endpoint: identity/authorizeUrl in the settings, else the
// platform's own.
QUrl portalAuthorizeUrl(const Profile &profile, const QUrl &server);

} // namespace casedesk
