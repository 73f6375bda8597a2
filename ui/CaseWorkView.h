#pragma once

#include <QHash>
#include <QWidget>

#include <utility>

class QAction;
class QMenu;
class QMenuBar;
class QSettings;
class QSplitter;
class QToolBar;

namespace casedesk {

struct Case;
class CaseDetailsController;
class CasePane;
class InboxModel;
class InboxPanel;
class InboxView;
class MaterialsDesk;
class NoticeDesk;
class PendingActionsController;
class QueueCounter;
class QueueList;
class SessionController;
class SyncService;
class Workspace;
class CredentialStore;

// The case desk, the work of every role that handles cases (a clerk's, a chief's approvals, a
// supervisor's reading): queues, the inbox and the case pane, with the Case menu and the keys
// for a day's work. MainWindow shows it as one page of its work area; the work of other roles
// (a supervisor's dashboard, the ratings, counter intake) comes as views of their own beside
// it, each adding its own menus.
class CaseWorkView : public QWidget
{
    Q_OBJECT
public:
    CaseWorkView(Workspace &workspace, SessionController &session, CredentialStore &credentials,
                 QWidget *parent = nullptr);
    ~CaseWorkView() override;

    // Its menus: the Case menu into `bar`, its entries into the View menu and the toolbar.
    void addMenus(QMenuBar &bar, QMenu &view, QToolBar &toolbar);
    void restoreState(QSettings &settings);
    void saveState(QSettings &settings) const;
    // A sync round runs: the inbox, the pane and the materials follow it.
    void follow(SyncService *sync);
    // The session's user may have changed (a sign-in): the pane's offers follow the role.
    void userChanged();
    // Every connection to the cache goes, before its files do.
    void closeCache();

    QueueCounter *counter() const { return m_counter; }
    InboxModel *inbox() const { return m_inbox; }
    InboxView *inboxView() const { return m_view; }
    CasePane *casePane() const { return m_pane; }
    MaterialsDesk *materials() const { return m_materials; }
    CaseDetailsController *details() const { return m_details; }
    QString countText() const;

Q_SIGNALS:
    // A line for the status bar; 0 ms: until the next.
    void status(const QString &message, int ms);

private:
    QMenu *buildCaseMenu(QMenuBar &bar);
    // Claims (认领) or releases the selected cases through the platform; batch as selected.
    void claimSelected(bool take);
    void keepSelectedOffline();
    // 分派: the chief gives `caseIds` (those of `fromUser`, when moving one clerk's work) to
    // a clerk of the department through the platform.
    void assignCases(const QStringList &caseIds, const QString &fromUser = {});
    // 批量审批: the selected cases' summaries, then each chosen one approved and signed.
    void approveSelected();
    void approveCases(const QList<Case> &cases);
    // Every open case `user` holds, read off the window's thread, then assigned.
    void reassignAllOf(const QString &user);
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
    void say(const QString &message, int ms = 8000) { Q_EMIT status(message, ms); }

    Workspace &m_workspace;
    SessionController &m_session;
    InboxModel *m_inbox;
    InboxView *m_view;
    CasePane *m_pane;
    QSplitter *m_splitter;
    QueueList *m_queues;
    InboxPanel *m_panel; // search, filters, count and the table
    QueueCounter *m_counter = nullptr;
    CaseDetailsController *m_details; // the case in the pane
    PendingActionsController *m_pending; // the outbox's actions, to decide on
    MaterialsDesk *m_materials;
    NoticeDesk *m_notices;
    QAction *m_claimAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_filtersAction = nullptr;
    QAction *m_workloadAction = nullptr; // View › Workload, for chiefs, heads, supervisors
    QAction *m_intakeAction = nullptr;
    QAction *m_assignAction = nullptr; // Case › Assign, the chief's
    QAction *m_batchApproveAction = nullptr; // Case › Approve several, the chief's
    QHash<QString, QAction *> m_verbActions; // Case › Actions, by verb
    bool m_synced = false;
};

} // namespace casedesk
