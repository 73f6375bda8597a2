#include "SignIn.h"

#include "PkceSignIn.h"
#include "RestPlatformClient.h"
#include "core/Logging.h"
#include "core/Profile.h"
#include "security/CredentialStore.h"
#include "security/UnlockVerifier.h"

namespace casedesk {

namespace {
// After the platform issued tokens: who are we, then remember the profile and the session.
void completeSignIn(RestPlatformClient *client, const QUrl &server, const Tokens &tokens,
                    Profile &profile, CredentialStore &credentials,
                    std::function<void(const SignInResult &)> finish)
{
    client->fetchMe([=, &profile, &credentials](const UserInfo &user, const PlatformError &error) {
        if (error.isError()) {
            finish({{}, {}, error, {}});
            return;
        }
        profile.setServer(server);
        profile.setUserName(user.userName);
        profile.setRoles(user.roles);
        profile.setDisplayName(user.displayName);
        profile.setDepartment(user.department);
        credentials.write(
                profile.refreshTokenKey(), tokens.refreshToken,
                [=](bool ok, const QString &keychainError) {
                    finish({user, tokens.refreshToken, {}, ok ? QString() : keychainError});
                });
    });
}

RestPlatformClient *clientFor(const QUrl &server, const Profile &profile,
                              std::function<void(const SignInResult &)> &done)
{
    auto *client = new RestPlatformClient(server);
    client->setTlsPolicy(profile.tlsPolicy());
    done = [client, done, host = server.host()](const SignInResult &result) {
        client->deleteLater();
        if (result.error.isError())
            qCWarning(lcSecurity).noquote() << "sign-in at" << host << "failed"
                                            << QStringLiteral("(%1)").arg(result.error.summary());
        else
            qCInfo(lcSecurity).noquote()
                    << "signed in at" << host << "as" << result.user.userName << "with roles"
                    << result.user.roles.join(QLatin1Char(','))
                    << (result.keychainError.isEmpty() ? "" : "- the session is not remembered");
        done(result);
    };
    return client;
}
} // namespace

void signIn(const QUrl &server, const QString &userName, const QString &password, Profile &profile,
            CredentialStore &credentials, std::function<void(const SignInResult &)> done)
{
    RestPlatformClient *client = clientFor(server, profile, done);
    client->signIn(userName, password,
                   [=, &profile, &credentials](const Tokens &tokens, const PlatformError &error) {
                       if (error.isError()) {
                           done({{}, {}, error, {}});
                           return;
                       }
                       // For unlocking a locked session offline; a failure only means an
                       // unlock will ask the platform instead.
                       credentials.write(profile.unlockVerifierKey(),
                                         unlock::makeVerifier(password),
                                         [](bool, const QString &) {});
                       completeSignIn(client, server, tokens, profile, credentials, done);
                   });
}

void signInWithCode(const QUrl &server, const PkceSignIn &flow, const QString &code,
                    Profile &profile, CredentialStore &credentials,
                    std::function<void(const SignInResult &)> done)
{
    RestPlatformClient *client = clientFor(server, profile, done);
    client->signInWithCode(
            code, flow.verifier(), flow.redirectUri(), flow.clientId(),
            [=, &profile, &credentials](const Tokens &tokens, const PlatformError &error) {
                if (error.isError()) {
                    done({{}, {}, error, {}});
                    return;
                }
                completeSignIn(client, server, tokens, profile, credentials, done);
            });
}

QUrl portalAuthorizeUrl(const Profile &profile, const QUrl &server)
{
    const QUrl configured(profile.setting(QStringLiteral("identity/authorizeUrl")).toString());
    if (configured.isValid() && !configured.isEmpty())
        return configured;
    QUrl base = server;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(QStringLiteral("api/v1/authorize")));
}

} // namespace casedesk
