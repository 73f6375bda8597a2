#include "SignInDialog.h"

#include "core/Profile.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SignInDialog::SignInDialog(Profile &profile, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_credentials(credentials)
{
    setWindowTitle(tr("Sign in to the one-stop service platform"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(profile.defaultServer().toString(), this);
    m_server->setAccessibleName(tr("Platform address"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_user = new QLineEdit(profile.userName(), this);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Platform address:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Where the province runs a unified identity portal (统一身份认证), its sign-in page in the
    // browser replaces the password here.
    if (profile.setting(QStringLiteral("identity/portalSignIn")).toBool()) {
        QPushButton *portal = m_buttons->addButton(tr("Sign in through the identity &portal"),
                                                   QDialogButtonBox::ActionRole);
        connect(portal, &QPushButton::clicked, this, &SignInDialog::signInAtPortal);
    }
    layout->addWidget(m_buttons);

    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        setMessage(tr("Signing in…"));
}

std::optional<QUrl> SignInDialog::serverAddress()
{
    const QUrl server(m_server->text().trimmed(), QUrl::StrictMode);
    if (!server.isValid()
        || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))
        || server.host().isEmpty()) {
        setMessage(tr("Enter the platform's address, for example https://zwfw.example.gov.cn"));
        m_server->setFocus();
        return std::nullopt;
    }
    return server;
}

void SignInDialog::signInAtPortal()
{
    const std::optional<QUrl> server = serverAddress();
    if (!server)
        return;
    m_portal = std::make_unique<PkceSignIn>(portalAuthorizeUrl(m_profile, *server),
                                            m_profile
                                                    .setting(QStringLiteral("identity/clientId"),
                                                             QStringLiteral("casedesk-desktop"))
                                                    .toString());
    QString error;
    const QUrl page = m_portal->start(&error);
    if (page.isEmpty() || !QDesktopServices::openUrl(page)) {
        setMessage(error.isEmpty() ? tr("The browser could not be opened.") : error);
        return;
    }
    setMessage(tr("Continue in the browser; CaseDesk waits for the identity portal."));
    connect(m_portal.get(), &PkceSignIn::codeReceived, this,
            [this, url = *server](const QString &code) {
                setBusy(true);
                signInWithCode(url, *m_portal, code, m_profile, m_credentials,
                               [self = QPointer<SignInDialog>(this)](const SignInResult &result) {
                                   if (self)
                                       self->finished(result);
                               });
            });
}

void SignInDialog::submit()
{
    const std::optional<QUrl> address = serverAddress();
    if (!address)
        return;
    const QUrl server = *address;
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        setMessage(tr("Enter your user name and password."));
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setBusy(true);
    signIn(server, m_user->text().trimmed(), m_password->text(), m_profile, m_credentials,
           [self = QPointer<SignInDialog>(this)](const SignInResult &result) {
               if (!self)
                   return; // closed meanwhile
               self->finished(result);
           });
}

void SignInDialog::finished(const SignInResult &result)
{
    {
        setBusy(false);
        m_password->clear();
        if (result.error.isError()) {
            setMessage(result.error.message);
            m_password->setFocus();
            return;
        }
        m_result = result;
        accept();
    }
}

} // namespace casedesk
