#pragma once

#include "platform/SignIn.h"

#include "platform/PkceSignIn.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace casedesk {

class CredentialStore;
class Profile;

// Signs in to the platform's identity service with user name and password. The password is
// never stored; the refresh token goes to the keychain (see signIn()).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Profile &profile, CredentialStore &credentials, QWidget *parent = nullptr);

    SignInResult result() const { return m_result; }
    void setMessage(const QString &message);

private:
    void submit();
    void signInAtPortal();
    std::optional<QUrl> serverAddress();
    void setBusy(bool busy);
    void finished(const SignInResult &result);

    Profile &m_profile;
    CredentialStore &m_credentials;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    SignInResult m_result;
    std::unique_ptr<PkceSignIn> m_portal;
};

} // namespace casedesk
