#pragma once

#include <QMainWindow>

class QAction;

namespace casedesk {

class AlertNotifier;
class CasePane;
class CaseWorkView;
class CredentialStore;
class InboxModel;
class InboxView;
class MaterialsDesk;
class SessionController;
class SessionLock;
class SyncService;
class SyncStatus;
class Workspace;

// The window: the work area with the views of the user's work (the case desk, CaseWorkView,
// for now), the session (sign-in, lock, sign-out), the status bar and the menus. It lays out
// and wires; each view brings its own menus and controllers (session/).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, SessionController &session, CredentialStore &credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Resumes the remembered session from the keychain, or asks the user to sign in.
    void startSession();
    // Another start of CaseDesk on this profile: the window (and a dialog open on it) come to
    // the front, the clerk's place as it was.
    void bringToFront();

    Workspace &workspace() const { return m_workspace; }
    CaseWorkView *caseWork() const { return m_work; }
    InboxModel *inbox() const;
    InboxView *inboxView() const;
    CasePane *casePane() const;
    SessionLock *sessionLock() const { return m_lock; }
    MaterialsDesk *materials() const;
    QString countText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void followSync(SyncService *sync);
    void askSignIn(const QString &message);
    // Asks whether to sign out (and remove the local data); the session does the rest.
    void signOut(bool ask);
    void afterSignOut(bool dataRemoved, const QString &error);
    void say(const QString &message, int ms = 8000);

    Workspace &m_workspace;
    SessionController &m_session;
    CredentialStore &m_credentials;
    CaseWorkView *m_work; // the case desk: queues, inbox, case pane
    SyncStatus *m_status;
    QAction *m_syncAction = nullptr;
    QAction *m_checkAction = nullptr;
    bool m_checkAsked = false; // the user asked for the cache check now running
    QString m_checkNote; // what the check within a sync round found, said when the round ends
    AlertNotifier *m_alerts; // after a sync: what is new since the last look
    SessionLock *m_lock = nullptr;
};

} // namespace casedesk
