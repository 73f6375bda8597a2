#pragma once

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "cases/Case.h"
#include "session/CaseDetails.h"
#include "store/CaseStore.h"

#include <memory>
#include <optional>

class QAction;
class QLineEdit;
class QListWidget;
class QLabel;
class QProgressBar;
class QSystemTrayIcon;
class QSplitter;
class QTableView;

namespace casedesk {

struct IssuedNotice;

class FilterBar;
class QueueCounter;
struct CaseAlerts;
class SessionLock;

class CaseMaterialsWindow;
class PendingActionsController;
class CasePane;
struct ViewerFile;
class CredentialStore;
class InboxModel;
class Profile;
class SyncService;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Profile &profile, CredentialStore &credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Resumes the remembered session from the keychain, or asks the user to sign in.
    void startSession();

    InboxModel *inbox() const { return m_inbox; }
    QTableView *inboxView() const { return m_view; }
    CasePane *casePane() const { return m_pane; }
    SessionLock *sessionLock() const { return m_lock; }
    QString countText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    // The inbox's keys: Enter opens the case (the pane's first action), typing searches.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void startSync(const QString &refreshToken);
    void askSignIn(const QString &message);
    // Ends the session: revokes it on the platform, forgets it here, and when `ask`, offers to
    // remove the local data (then CaseDesk closes).
    void signOut(bool ask);
    QStringList selectedCaseIds() const;
    // Claims (认领) or releases the selected cases through the platform; batch as selected.
    void claimSelected(bool take);
    void keepSelectedOffline();
    void updateCount();
    void showCurrentCase();
    void updatePane();
    // After the inbox was read again: the case in the pane keeps (or finds) its row.
    void keepPlace();
    SessionUser sessionUser() const;
    void stepCase(int by); // the next (1) or previous (-1) case of the inbox into the pane
    void stepPane(int by); // F6: queues, search, inbox, case
    static QKeySequence actionShortcut(const QString &verb);
    std::optional<Case> currentCase() const; // as the clerk sees it, local actions applied
    void openAction(const QString &verb,
                    const QList<std::pair<QString, QString>> &corrections = {});
    // The current case's materials in the viewer beside the checklist (ui/CaseMaterialsWindow).
    void viewMaterials(int fileIndex = 0);
    // Fills the materials window's viewer with its case's files and the files of documents
    // reused for it, decrypted off the UI thread, then shows file `show`; returns the ids of
    // those not on this computer yet.
    QStringList loadMaterialFiles(int show);
    // Notices (notices/NoticeIssuer): issue one for the current case, prefilled from what the
    // clerk just decided; save or print an issued one as it was signed.
    void issueNotice(const QString &kind);
    // The issuer over this window's cache and vault; null, and the user told why, without the
    // data key.
    struct NoticeDesk;
    std::unique_ptr<NoticeDesk> noticeDesk(const QString &title);
    std::optional<QByteArray> issuedPdf(qint64 noticeId, IssuedNotice *notice);
    void saveNotice(qint64 noticeId);
    void printNotice(qint64 noticeId);
    void discardHeld(qint64 outboxId);
    void showPendingActions(); // View › Pending actions
    void afterLocalChange();
    void updateQueueCounts();
    void setQueueLabel(int row, int count); // count < 0: not known yet
    // After a sync: what is new for this user since the last look, for the notifications.
    void checkAlerts();
    void showAlerts(const CaseAlerts &alerts);
    void applyFilter();
    void onSyncStarted();
    void onSyncFinished(int changes, int cases);
    void onSyncFailed(int kind, const QString &message);

    Profile &m_profile;
    CredentialStore &m_credentials;
    InboxModel *m_inbox;
    QTableView *m_view;
    CasePane *m_pane;
    QSplitter *m_splitter;
    QListWidget *m_queues;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QLabel *m_count;
    QLabel *m_connection;
    QLabel *m_lastSync;
    QLabel *m_outbox;
    QProgressBar *m_progress;
    QAction *m_syncAction = nullptr;
    QAction *m_claimAction = nullptr;
    QAction *m_filtersAction = nullptr;
    FilterBar *m_filterBar = nullptr;
    QueueCounter *m_counter = nullptr;
    int m_countRequest = 0;
    int m_exactRequest = 0;
    CaseFilter m_exactFilter;
    QAction *m_notifyAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_offlineAction = nullptr;
    std::unique_ptr<SyncService> m_sync;
    QByteArray m_dataKey;
    SessionLock *m_lock = nullptr;
    bool m_synced = false;
    bool m_online = true; // until a sync finds the platform out of reach
    QPointer<CaseMaterialsWindow> m_materials;
    int m_reuseRow = -1;
    quint64 m_materialLoad = 0; // the latest loadMaterialFiles; an older one's result is stale
    CaseDetailsController *m_details = nullptr; // the case in the pane
    PendingActionsController *m_pending = nullptr; // the outbox's actions, to decide on
    QHash<QString, QAction *> m_verbActions; // Case › Actions, by verb
};

} // namespace casedesk
