#include "SessionLock.h"

#include "core/Profile.h"
#include "security/CredentialStore.h"
#include "security/UnlockVerifier.h"
#include "store/AuditLog.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

namespace {
constexpr int kMaxFailures = 5;
} // namespace

LockScreen::LockScreen(const QString &userName, QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Locked session"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *panel = new QWidget(this);
    panel->setAccessibleName(tr("Unlock"));
    panel->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    auto *layout = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("CaseDesk is locked"), panel);
    title->setTextFormat(Qt::PlainText);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    title->setFont(big);
    layout->addWidget(title);
    m_who = new QLabel(panel);
    m_who->setTextFormat(Qt::PlainText); // a user name is shown as typed, never as markup
    m_who->setWordWrap(true);
    layout->addWidget(m_who);
    setUserName(userName);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(panel);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password to unlock"));
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(panel);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Unlock message"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *unlock = new QPushButton(tr("&Unlock"), panel);
    unlock->setDefault(true);
    auto *signOut = new QPushButton(tr("Sign &out"), panel);
    buttons->addWidget(unlock);
    buttons->addWidget(signOut);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    connect(unlock, &QPushButton::clicked, this,
            [this] { Q_EMIT unlockRequested(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT unlockRequested(m_password->text()); });
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LockScreen::setUserName(const QString &userName)
{
    m_who->setText(tr("Signed in as %1. Enter your password to continue.").arg(userName));
}

void LockScreen::clear()
{
    m_password->clear();
    setMessage({});
}

SessionLock::SessionLock(Profile &profile, CredentialStore &credentials, QStackedWidget *stack,
                         QWidget *window)
    : QObject(window), m_profile(profile), m_credentials(credentials), m_stack(stack),
      m_window(window), m_screen(new LockScreen(profile.userName(), stack))
{
    m_stack->addWidget(m_screen);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionLock::lock);
    connect(m_screen, &LockScreen::unlockRequested, this, &SessionLock::tryUnlock);
    connect(m_screen, &LockScreen::signOutRequested, this, &SessionLock::signOutRequested);
    setIdleLimit(profile.lockAfterMinutes() * 60 * 1000);
    qApp->installEventFilter(this);
}

void SessionLock::setIdleLimit(int msecs)
{
    m_idle.setInterval(msecs);
    if (msecs > 0 && !m_locked)
        m_idle.start();
    else
        m_idle.stop();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    // Any input restarts the idle time; only input counts, not repaints or network.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_idle.interval() > 0)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    // Dialogs show case data too; they close (a form keeps its draft).
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject();
    }
    m_stack->setCurrentWidget(m_screen);
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->menuBar()->setEnabled(false);
        for (QToolBar *bar : main->findChildren<QToolBar *>())
            bar->setEnabled(false);
    }
    m_screen->clear();
    m_screen->setUserName(m_profile.userName());
    m_screen->passwordField()->setFocus();
    record(QStringLiteral("lock"));
}

void SessionLock::tryUnlock(const QString &password)
{
    if (!m_locked || m_checking)
        return; // a second Enter while the first is being checked
    m_checking = true;
    // The keychain answers by callback, and the password's hash takes a while by design
    // (PBKDF2): neither keeps the window's thread.
    m_credentials.read(m_profile.unlockVerifierKey(),
                       [self = QPointer(this), password](const std::optional<QString> &verifier,
                                                         const QString &error) {
                           if (!self)
                               return;
                           if (!verifier) {
                               self->m_checking = false;
                               self->m_screen->setMessage(
                                       error.isEmpty()
                                               ? tr("This session cannot be unlocked here (it was "
                                                    "opened through the identity portal or without "
                                                    "a keychain). Sign out and sign in again.")
                                               : error);
                               return;
                           }
                           auto *watcher = new QFutureWatcher<bool>(self);
                           connect(watcher, &QFutureWatcher<bool>::finished, self, [self, watcher] {
                               watcher->deleteLater();
                               self->m_checking = false;
                               self->checked(watcher->result());
                           });
                           watcher->setFuture(QtConcurrent::run([stored = *verifier, password] {
                               return unlock::matches(stored, password);
                           }));
                       });
}

void SessionLock::checked(bool matches)
{
    if (!m_locked)
        return;
    if (!matches) {
        ++m_failures;
        record(QStringLiteral("unlock-failed"));
        m_screen->passwordField()->clear();
        if (m_failures >= kMaxFailures) {
            m_screen->setMessage(tr("Too many wrong passwords: the session ends."));
            Q_EMIT signOutRequested();
            return;
        }
        m_screen->setMessage(
                tr("The password is wrong (%1 of %2 attempts).").arg(m_failures).arg(kMaxFailures));
        return;
    }
    record(QStringLiteral("unlock"));
    unlockNow();
}

void SessionLock::release()
{
    if (m_locked)
        unlockNow();
}

void SessionLock::unlockNow()
{
    m_failures = 0;
    m_locked = false;
    m_screen->clear();
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->menuBar()->setEnabled(true);
        for (QToolBar *bar : main->findChildren<QToolBar *>())
            bar->setEnabled(true);
    }
    m_stack->setCurrentIndex(0);
    setIdleLimit(m_idle.interval());
}

void SessionLock::record(const QString &kind)
{
    if (m_audit)
        m_audit->append(m_profile.userName(), kind, QString(), QString());
}

} // namespace casedesk
