#pragma once

#include <QObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace casedesk {

class AuditLog;
class CredentialStore;
class Profile;

// What a locked window shows instead of its content: who is signed in and a password field.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(const QString &userName, QWidget *parent = nullptr);
    void setMessage(const QString &message);
    void setUserName(const QString &userName);
    void clear();
    QLineEdit *passwordField() const { return m_password; }

Q_SIGNALS:
    void unlockRequested(const QString &password);
    void signOutRequested();

private:
    QLineEdit *m_password;
    QLabel *m_who;
    QLabel *m_message;
};

// Locks the window after the profile's idle time (session/lockAfterMinutes) and on demand:
// the content page of `stack` gives way to a LockScreen, menus and toolbars go inactive, open
// dialogs close (forms keep their drafts). The password is checked offline against the
// keychain's verifier (security/UnlockVerifier). Every lock, unlock and failed attempt is in
// the audit log; after five failures the session ends.
class SessionLock : public QObject
{
    Q_OBJECT
public:
    SessionLock(Profile &profile, CredentialStore &credentials, QStackedWidget *stack,
                QWidget *window);

    bool isLocked() const { return m_locked; }
    void setAuditLog(AuditLog *audit) { m_audit = audit; }
    // Idle time before locking, in milliseconds; 0 switches idle locking off.
    void setIdleLimit(int msecs);
    LockScreen *screen() const { return m_screen; }

public Q_SLOTS:
    void lock();
    // After a full sign-in, which proves the user as well as the password would.
    void release();

Q_SIGNALS:
    // Too many wrong passwords, or the user chose to sign out from the lock screen.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryUnlock(const QString &password);
    void checked(bool matches); // the password against the verifier, off the UI thread
    void unlockNow();
    void record(const QString &kind);

    Profile &m_profile;
    CredentialStore &m_credentials;
    QStackedWidget *m_stack;
    QWidget *m_window;
    LockScreen *m_screen;
    AuditLog *m_audit = nullptr;
    QTimer m_idle;
    bool m_locked = false;
    int m_failures = 0;
    bool m_checking = false;
};

} // namespace casedesk
