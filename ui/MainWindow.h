#pragma once

#include <QHash>
#include <QMainWindow>

#include <utility>

class QAction;
class QLineEdit;
class QSplitter;

namespace casedesk {

class AlertNotifier;
class CaseDetailsController;
class CasePane;
class CredentialStore;
class InboxModel;
class InboxPanel;
class InboxView;
class MaterialsDesk;
class NoticeDesk;
class PendingActionsController;
class QueueCounter;
class QueueList;
class SessionController;
class SessionLock;
class SyncService;
class SyncStatus;
class Workspace;

// The desk of the day: queues, the inbox and the case pane, with menus and shortcuts for all of
// a day's work. It lays out and wires; what it shows comes from the application layer
// (session/: the workspace, the session, the case-details and pending-actions controllers) and
// what it opens are views of their own (materials, notices, pending actions).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, SessionController &session, CredentialStore &credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Resumes the remembered session from the keychain, or asks the user to sign in.
    void startSession();

    Workspace &workspace() const { return m_workspace; }
    InboxModel *inbox() const { return m_inbox; }
    InboxView *inboxView() const { return m_view; }
    CasePane *casePane() const { return m_pane; }
    SessionLock *sessionLock() const { return m_lock; }
    MaterialsDesk *materials() const { return m_materials; }
    QString countText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QMenu *buildCaseMenu();
    void followSync(SyncService *sync);
    void askSignIn(const QString &message);
    // Asks whether to sign out (and remove the local data); the session does the rest.
    void signOut(bool ask);
    void afterSignOut(bool dataRemoved, const QString &error);
    // Claims (认领) or releases the selected cases through the platform; batch as selected.
    void claimSelected(bool take);
    void keepSelectedOffline();
    void showCurrentCase();
    void updatePane();
    // After the inbox was read again: the case in the pane keeps (or finds) its row.
    void keepPlace();
    void stepPane(int by); // F6: queues, search, inbox, case
    void openAction(const QString &verb,
                    const QList<std::pair<QString, QString>> &corrections = {});
    void afterLocalChange();
    void updateQueueCounts();
    void applyFilter();
    void onSyncFinished(int changes);
    void say(const QString &message, int ms = 8000);

    Workspace &m_workspace;
    SessionController &m_session;
    CredentialStore &m_credentials;
    InboxModel *m_inbox;
    InboxView *m_view;
    CasePane *m_pane;
    QSplitter *m_splitter;
    QueueList *m_queues;
    InboxPanel *m_panel; // search, filters, count and the table
    SyncStatus *m_status;
    QAction *m_syncAction = nullptr;
    QAction *m_claimAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_filtersAction = nullptr;
    QueueCounter *m_counter = nullptr;
    AlertNotifier *m_alerts; // after a sync: what is new since the last look
    SessionLock *m_lock = nullptr;
    bool m_synced = false;
    CaseDetailsController *m_details; // the case in the pane
    PendingActionsController *m_pending; // the outbox's actions, to decide on
    MaterialsDesk *m_materials;
    NoticeDesk *m_notices;
    QHash<QString, QAction *> m_verbActions; // Case › Actions, by verb
};

} // namespace casedesk
