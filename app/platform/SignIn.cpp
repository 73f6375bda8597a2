#include "SignIn.h"

#include "RestPlatformClient.h"
#include "core/Profile.h"
#include "security/CredentialStore.h"

namespace casedesk {

void signIn(const QUrl &server, const QString &userName, const QString &password, Profile &profile,
            CredentialStore &credentials, std::function<void(const SignInResult &)> done)
{
    auto *client = new RestPlatformClient(server);
    client->setTlsPolicy(profile.tlsPolicy());
    auto finish = [client, done](const SignInResult &result) {
        client->deleteLater();
        done(result);
    };
    client->signIn(userName, password,
                   [=, &profile, &credentials](const Tokens &tokens, const PlatformError &error) {
                       if (error.isError()) {
                           finish({{}, {}, error, {}});
                           return;
                       }
                       client->fetchMe([=, &profile, &credentials](const UserInfo &user,
                                                                   const PlatformError &meError) {
                           if (meError.isError()) {
                               finish({{}, {}, meError, {}});
                               return;
                           }
                           profile.setServer(server);
                           profile.setUserName(userName);
                           profile.setRoles(user.roles);
                           credentials.write(profile.refreshTokenKey(), tokens.refreshToken,
                                             [=](bool ok, const QString &keychainError) {
                                                 finish({user,
                                                         tokens.refreshToken,
                                                         {},
                                                         ok ? QString() : keychainError});
                                             });
                       });
                   });
}

} // namespace casedesk
