#include "CaseWorkView.h"

#include "ActionDialog.h"
#include "ActionKeys.h"
#include "AssignDialog.h"
#include "BatchApprovalDialog.h"
#include "CaseMaterialsWindow.h" // MaterialsDesk::window()
#include "CasePane.h"
#include "CounterIntakeDialog.h"
#include "FilterBar.h"
#include "InboxModel.h"
#include "InboxPanel.h"
#include "InboxView.h"
#include "MaterialsDesk.h"
#include "NoticeDesk.h"
#include "PendingActionsDialog.h"
#include "QueueList.h"
#include "WorkloadDialog.h"
#include "cases/CasePolicy.h"
#include "cases/Workflow.h"
#include "core/Profile.h"
#include "session/CaseDetails.h"
#include "session/LocalWriter.h"
#include "session/PendingActions.h"
#include "session/SessionController.h"
#include "session/Workspace.h"
#include "store/Database.h"
#include "store/QueueCounter.h"
#include "store/Workload.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

CaseWorkView::CaseWorkView(Workspace &workspace, SessionController &session,
                           CredentialStore &credentials, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(session)
{
    Profile &profile = workspace.profile();
    m_inbox = new InboxModel(workspace.cases(), this);
    m_counter = new QueueCounter(profile.databasePath(), this);
    m_details = new CaseDetailsController(*workspace.database(), *workspace.cases(),
                                          *workspace.outbox(), profile.templatesDir(), this);
    m_details->setAuditLog(workspace.audit());
    m_details->setWarningPolicy(profile.warningPolicy());
    m_details->setUser(workspace.user());
    // The outbox as the pane's held actions and View › Pending actions decide on it.
    m_pending = new PendingActionsController(*workspace.cases(), *workspace.outbox(),
                                             profile.userName(), this);
    m_pending->setUploads(workspace.uploads());
    connect(m_pending, &PendingActionsController::changed, this, &CaseWorkView::afterLocalChange);
    m_materials = new MaterialsDesk(workspace, session, *m_details, this);
    connect(m_materials, &MaterialsDesk::status, this, [this](const QString &m) { say(m); });
    connect(m_materials, &MaterialsDesk::actionRequested, this,
            [this](const QString &verb, const QList<std::pair<QString, QString>> &corrections) {
                openAction(verb, corrections);
            });
    m_notices = new NoticeDesk(workspace, credentials, *m_details, this);
    connect(m_notices, &NoticeDesk::status, this, [this](const QString &m) { say(m); });
    connect(m_notices, &NoticeDesk::issued, this, [this](const QString &number) {
        say(tr("%1 issued and signed; it is uploaded with the next sync.").arg(number));
        afterLocalChange();
    });

    m_panel = new InboxPanel(*m_inbox, *m_counter, profile, this);
    m_view = m_panel->view();
    connect(m_panel, &InboxPanel::filterChanged, this, &CaseWorkView::applyFilter);
    connect(m_panel, &InboxPanel::searchAllRequested, this, [this] {
        // A case that moved on (accepted, say) is found where it is now.
        m_queues->showAll();
        applyFilter();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_panel, [this] {
        m_panel->search()->setFocus();
        m_panel->search()->selectAll();
    });
    addAction(find);

    m_pane = new CasePane(this);
    connect(m_view, &InboxView::openRequested, m_pane, &CasePane::focusFirst);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_queues = new QueueList(*m_counter, this);
    connect(m_queues, &QListWidget::currentRowChanged, this, &CaseWorkView::applyFilter);
    m_splitter->addWidget(m_queues);
    m_splitter->addWidget(m_panel);
    // The pane scrolls rather than widening the window: at large fonts a case has more lines
    // than a laptop screen, and the inbox keeps its room.
    auto *paneScroll = new QScrollArea(this);
    paneScroll->setAccessibleName(tr("Case details area"));
    paneScroll->setWidgetResizable(true);
    paneScroll->setFrameShape(QFrame::NoFrame);
    paneScroll->setWidget(m_pane);
    m_splitter->addWidget(paneScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setAccessibleName(tr("Inbox and case details"));
    for (int i = 0; i < m_splitter->count(); ++i)
        m_splitter->handle(i)->setAccessibleName(tr("Divider between inbox and case details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseWorkView::showCurrentCase);
    connect(m_inbox, &InboxModel::refreshed, this, &CaseWorkView::keepPlace);
    connect(m_details, &CaseDetailsController::detailsChanged, this, &CaseWorkView::updatePane);
    connect(m_pane, &CasePane::actionRequested, this,
            [this](const QString &verb) { openAction(verb); });
    connect(m_pane, &CasePane::issueNoticeRequested, this, [this] { m_notices->issue({}); });
    connect(m_pane, &CasePane::viewMaterialsRequested, m_materials, &MaterialsDesk::view);
    connect(m_pane, &CasePane::saveNoticeRequested, m_notices, &NoticeDesk::save);
    connect(m_pane, &CasePane::printNoticeRequested, m_notices, &NoticeDesk::print);
    connect(m_pane, &CasePane::discardRequested, this,
            [this](qint64 id) { PendingActionsDialog::discard(*m_pending, id, this); });
    connect(m_pane, &CasePane::reapplyRequested, this,
            [this](qint64 id) { PendingActionsDialog::sendAgain(*m_pending, id, this); });
    connect(m_pane, &CasePane::claimRequested, this, &CaseWorkView::claimSelected);
    connect(m_pane, &CasePane::relatedActivated, this, [this](const QString &caseNo) {
        // Shown through the search, so the inbox holds exactly that case.
        m_queues->showAll();
        m_panel->search()->setText(caseNo);
        applyFilter();
        m_view->selectRow(0);
        m_view->setFocus();
    });
    connect(m_pane, &CasePane::revealRequested, this, [this] {
        if (!m_details->reveal())
            say(tr("The reveal could not be recorded, so it is not shown."));
    });
    connect(&session, &SessionController::dataKeyLoaded, m_details,
            &CaseDetailsController::reload); // what the key opens shows now

    updateQueueCounts();
    m_queues->setCurrentRow(m_queues->count() - 1); // everything, until the clerk picks a queue
    m_panel->updateCount();
    setFocusProxy(m_view);
}

CaseWorkView::~CaseWorkView() = default;

void CaseWorkView::addMenus(QMenuBar &bar, QMenu &view, QToolBar &toolbar)
{
    m_filtersAction = view.addAction(tr("&Filters"));
    m_filtersAction->setCheckable(true);
    m_filtersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filtersAction->setToolTip(tr("Filter by item, status, deadline, date and claim "
                                   "(Ctrl+Shift+F)"));
    connect(m_filtersAction, &QAction::toggled, this, [this](bool on) {
        m_panel->filterBar()->setItems(m_inbox->store() ? m_inbox->store()->catalogue().items()
                                                        : QList<ServiceItem>());
        m_panel->filterBar()->setVisible(on);
    });
    QAction *pending = view.addAction(tr("&Pending actions…"));
    pending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pending->setToolTip(tr("Actions not yet on the platform, and those that need your decision "
                           "(Ctrl+Shift+P)"));
    connect(pending, &QAction::triggered, this, [this] {
        PendingActionsDialog dialog(*m_pending, this);
        dialog.exec();
    });
    m_workloadAction = view.addAction(tr("&Workload…"));
    m_workloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_workloadAction->setToolTip(tr("Open cases per clerk: by stage, due soon, overdue "
                                    "(Ctrl+Shift+W)"));
    connect(m_workloadAction, &QAction::triggered, this, [this] {
        const SessionUser user = m_workspace.user();
        WorkloadDialog dialog(m_workspace.profile().databasePath(), m_inbox->today(),
                              m_workspace.cases()->calendar(), user.role == Role::Chief, this);
        QString moving;
        connect(&dialog, &WorkloadDialog::reassignRequested, &dialog,
                [&dialog, &moving](const QString &holder) {
                    moving = holder;
                    dialog.accept();
                });
        // Drill down: the holder's cases in the inbox, in every queue.
        connect(&dialog, &WorkloadDialog::showCasesRequested, &dialog,
                [this, &dialog](const QString &holder, const QString &name) {
                    dialog.accept();
                    m_queues->showAll();
                    m_panel->showHeldBy(holder, name);
                    m_view->setFocus(Qt::OtherFocusReason);
                });
        dialog.exec();
        if (!moving.isEmpty())
            reassignAllOf(moving);
    });
    userChanged();
    QMenu *columns = view.addMenu(tr("&Columns"));
    columns->setAccessibleName(tr("Columns menu"));
    m_view->addColumnToggles(columns);
    QAction *nextPane = view.addAction(tr("Next &pane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { stepPane(1); });
    QAction *previousPane = view.addAction(tr("Previous pa&ne"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { stepPane(-1); });

    buildCaseMenu(bar);
    toolbar.addAction(m_filtersAction);
    toolbar.addAction(m_claimAction);
    toolbar.addAction(m_releaseAction);
    toolbar.addAction(m_offlineAction);
}

QMenu *CaseWorkView::buildCaseMenu(QMenuBar &bar)
{
    QMenu *caseMenu = bar.addMenu(tr("&Case"));
    caseMenu->setAccessibleName(tr("Case menu"));
    m_claimAction = caseMenu->addAction(tr("&Claim"));
    m_claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_claimAction->setToolTip(tr("Claim the selected cases through the platform (Ctrl+K)"));
    connect(m_claimAction, &QAction::triggered, this, [this] { claimSelected(true); });
    m_releaseAction = caseMenu->addAction(tr("&Release"));
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_releaseAction->setToolTip(tr("Release your claim on the selected cases (Ctrl+Shift+K)"));
    connect(m_releaseAction, &QAction::triggered, this, [this] { claimSelected(false); });
    m_offlineAction = caseMenu->addAction(tr("Keep &offline"));
    m_offlineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_offlineAction->setToolTip(tr("Download the selected cases' materials into the encrypted "
                                   "store and keep them for work without a network "
                                   "(Ctrl+Shift+O)"));
    connect(m_offlineAction, &QAction::triggered, this, &CaseWorkView::keepSelectedOffline);
    m_assignAction = caseMenu->addAction(tr("&Assign…"));
    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_assignAction->setToolTip(tr("Give the selected cases to a clerk of the department, with "
                                  "the reason; their claim moves (Ctrl+Shift+G)"));
    connect(m_assignAction, &QAction::triggered, this,
            [this] { assignCases(m_view->selectedCaseIds()); });
    for (QAction *a : {m_claimAction, m_releaseAction, m_offlineAction, m_assignAction})
        a->setEnabled(false); // until the platform session runs
    m_intakeAction = caseMenu->addAction(tr("Counter &intake…"));
    m_intakeAction->setShortcut(QKeySequence::New);
    m_intakeAction->setToolTip(tr("Register an application handed in at the window (Ctrl+N)"));
    connect(m_intakeAction, &QAction::triggered, this, [this] {
        CounterIntake counter(m_workspace);
        CounterIntakeDialog dialog(counter, this);
        // Each registration shows in the inbox at once, the clerk's place kept.
        connect(&dialog, &CounterIntakeDialog::registered, this, [this] { afterLocalChange(); });
        dialog.exec();
    });
    caseMenu->addSeparator();
    QAction *viewAction = caseMenu->addAction(tr("&View materials"));
    viewAction->setShortcut(QKeySequence(Qt::Key_F3));
    viewAction->setToolTip(tr("The case's materials beside the checklist of required ones (F3)"));
    connect(viewAction, &QAction::triggered, m_materials, [this] { m_materials->view(0); });
    QAction *noticeAction = caseMenu->addAction(tr("Issue a &notice…"));
    noticeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    noticeAction->setToolTip(tr("Issue a notice or decision for the selected case, signed and "
                                "numbered (Ctrl+Shift+N)"));
    connect(noticeAction, &QAction::triggered, m_notices, [this] { m_notices->issue({}); });
    caseMenu->addSeparator();
    // Every step of the procedure has its menu command and key; those the role may take on the
    // case shown are enabled (the pane offers the same as buttons).
    QMenu *steps = caseMenu->addMenu(tr("&Actions"));
    steps->setAccessibleName(tr("Actions menu"));
    for (const Transition &t : Workflow::transitions()) {
        QAction *a = steps->addAction(Workflow::label(t) + QStringLiteral("…"));
        a->setShortcut(actionKey(QLatin1String(t.verb)));
        a->setEnabled(false);
        connect(a, &QAction::triggered, this,
                [this, verb = QString::fromLatin1(t.verb)] { openAction(verb); });
        m_verbActions.insert(QString::fromLatin1(t.verb), a);
    }
    m_batchApproveAction = caseMenu->addAction(tr("Approve se&veral…"));
    m_batchApproveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_batchApproveAction->setToolTip(tr("Approve the selected cases after seeing each one's "
                                        "proposal, each signed with your key (Ctrl+Shift+Y)"));
    m_batchApproveAction->setEnabled(false);
    connect(m_batchApproveAction, &QAction::triggered, this, &CaseWorkView::approveSelected);
    caseMenu->addSeparator();
    QAction *next = caseMenu->addAction(tr("Ne&xt case"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    connect(next, &QAction::triggered, m_view, [this] { m_view->step(1); });
    QAction *previous = caseMenu->addAction(tr("Pre&vious case"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(previous, &QAction::triggered, m_view, [this] { m_view->step(-1); });
    QAction *inbox = caseMenu->addAction(tr("Back to the &inbox"));
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(inbox, &QAction::triggered, m_view,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    // The same on the inbox's context menu, for the rows under the mouse.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_claimAction, m_releaseAction, m_offlineAction, m_assignAction});
    return caseMenu;
}

void CaseWorkView::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/splitter"))) {
        const int em = fontMetrics().averageCharWidth();
        m_splitter->setSizes({em * 20, em * 80, em * 50});
    }
    m_view->restoreLayout(settings);
}

void CaseWorkView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_view->saveLayout(settings);
}

void CaseWorkView::follow(SyncService *sync)
{
    m_materials->follow(sync);
    connect(sync, &SyncService::syncFinished, this, &CaseWorkView::onSyncFinished);
    // A held action shows in the case pane at once.
    connect(sync, &SyncService::outboxChanged, m_details, &CaseDetailsController::reload);
    connect(sync, &SyncService::claimsDone, this,
            [this](int changed, int failed, const QString &error) {
                m_inbox->refresh();
                say(failed == 0 ? tr("%n case(s) changed on the platform.", nullptr, changed)
                                : tr("%1 changed, %2 not: %3").arg(changed).arg(failed).arg(error),
                    0);
            });
    connect(sync, &SyncService::assignmentsDone, this,
            [this](int changed, int failed, const QString &error) {
                m_inbox->refresh();
                m_details->reload();
                updateQueueCounts();
                say(failed == 0 ? tr("%n case(s) assigned.", nullptr, changed)
                                : tr("%1 assigned, %2 not: %3").arg(changed).arg(failed).arg(error),
                    0);
            });
    connect(sync, &SyncService::offlineDone, this,
            [this](int files, int failed, const QString &error) {
                say(failed == 0
                            ? tr("%n file(s) kept for offline work.", nullptr, files)
                            : tr("%1 file(s) kept, %2 not: %3").arg(files).arg(failed).arg(error),
                    0);
            });
    userChanged();
}

void CaseWorkView::userChanged()
{
    // The user may be another after a sign-in; 认领 and keeping materials offline are a
    // clerk's, others read and approve without them.
    const SessionUser user = m_workspace.user();
    m_details->setUser(user);
    for (QAction *a : {m_claimAction, m_releaseAction, m_offlineAction}) {
        if (a)
            a->setEnabled(user.role && CasePolicy::mayClaim(*user.role));
    }
    if (m_assignAction)
        m_assignAction->setEnabled(user.role == Role::Chief);
    // Applications are registered at the window by its clerks and their chief.
    if (m_intakeAction)
        m_intakeAction->setEnabled(user.role == Role::Clerk || user.role == Role::Chief);
    if (m_batchApproveAction)
        m_batchApproveAction->setEnabled(user.role == Role::Chief);
    // The work of the department, for those who share it out and watch it.
    if (m_workloadAction)
        m_workloadAction->setEnabled(user.role && *user.role != Role::Clerk);
}

void CaseWorkView::closeCache()
{
    delete m_counter;
    m_counter = nullptr;
    m_inbox->closeCache();
}

void CaseWorkView::onSyncFinished(int changes)
{
    // The first round may also have recomputed stored deadlines (see SyncEngine::open), and
    // the round may have brought new limits and holidays.
    if (changes > 0 || !m_synced) {
        m_workspace.cases()->reloadCatalogue();
        m_inbox->refresh();
        updateQueueCounts();
    }
    m_synced = true;
}

void CaseWorkView::claimSelected(bool take)
{
    const QStringList ids = m_view->selectedCaseIds();
    if (ids.isEmpty())
        return;
    SyncService *sync = m_session.sync();
    if (!sync) {
        say(tr("Claims go through the platform: sign in first."));
        return;
    }
    if (m_session.connection() == SessionController::Connection::Offline) {
        // A claim is the platform's lock: it cannot wait in the outbox like an action.
        say(tr("The platform cannot be reached, so the claim is not taken: a claim is the "
               "platform's lock. Try again when the connection is back (F5 syncs now)."),
            10000);
        return;
    }
    say(take ? tr("Claiming %n case(s)…", nullptr, int(ids.size()))
             : tr("Releasing %n case(s)…", nullptr, int(ids.size())),
        0);
    sync->setClaims(ids, take);
}

void CaseWorkView::assignCases(const QStringList &caseIds, const QString &fromUser)
{
    if (caseIds.isEmpty()) {
        say(tr("Choose the cases to assign in the inbox first."));
        return;
    }
    SyncService *sync = m_session.sync();
    if (!sync || m_session.connection() == SessionController::Connection::Offline) {
        // Like a claim, an assignment is the platform's lock: it cannot wait in the outbox.
        say(tr("The platform cannot be reached, so nothing is assigned: an assignment moves "
               "the platform's claim. Try again when the connection is back."),
            10000);
        return;
    }
    AssignDialog dialog(AssignmentForm(caseIds, fromUser), this);
    connect(sync, &SyncService::staffFetched, &dialog, &AssignDialog::setStaff);
    sync->fetchStaff();
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(tr("Assigning %n case(s)…", nullptr, int(caseIds.size())), 0);
    sync->assign(caseIds, dialog.assignee(), dialog.reason());
}

namespace {
// Reads the cache on a worker with a connection of its own (SQLite connections stay on their
// thread), then hands the result, or why it could not be read, to `then` on the window's thread.
template<typename Result, typename Read, typename Then>
void readOffTheWindow(QObject *owner, const QString &databasePath, Read read, Then then)
{
    using Answer = std::pair<Result, QString>;
    auto *watcher = new QFutureWatcher<Answer>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, then] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        then(answer.first, answer.second);
    });
    watcher->setFuture(QtConcurrent::run([databasePath, read] {
        Answer answer;
        Database db(databasePath);
        if (db.open(&answer.second))
            answer.first = read(db, &answer.second);
        return answer;
    }));
}
} // namespace

void CaseWorkView::approveSelected()
{
    const QStringList selected = m_view->selectedCaseIds();
    const SessionUser user = m_workspace.user();
    if (!user.role)
        return;
    if (selected.isEmpty()) {
        say(BatchApproval({}, *user.role, user.userName).problem());
        return;
    }
    // However many rows are selected, the window does not wait for them to be read.
    readOffTheWindow<QList<Case>>(
            this, m_workspace.profile().databasePath(),
            [selected, calendar = m_workspace.cases()->calendar(),
             key = m_workspace.dataKey()](Database &db, QString *) {
                CaseStore store(db, calendar);
                store.setPersonalDataKey(key);
                QList<Case> cases;
                for (const QString &id : selected) {
                    if (const auto stored = store.storedCase(id))
                        cases.append(stored->effective);
                }
                return cases;
            },
            [this](const QList<Case> &cases, const QString &error) {
                if (!error.isEmpty())
                    say(error, 10000);
                else
                    approveCases(cases);
            });
}

void CaseWorkView::approveCases(const QList<Case> &cases)
{
    const SessionUser user = m_workspace.user();
    if (!user.role)
        return;
    BatchApprovalDialog dialog(BatchApproval(cases, *user.role, user.userName), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList ids = dialog.chosenIds();
    QJsonObject payload;
    if (!dialog.comment().isEmpty())
        payload.insert(QStringLiteral("comment"), dialog.comment());
    say(tr("Approving %n case(s)…", nullptr, int(ids.size())), 0);
    // One after the other on the writer's thread, each checked and signed on its own.
    auto tally = std::make_shared<std::pair<int, QStringList>>();
    LocalWriter *writer = m_workspace.writer();
    for (const QString &id : ids) {
        writer->takeAction(id, *user.role, user.userName, QStringLiteral("approve"), payload,
                           [this, tally, total = ids.size()](const ActionService::Result &r) {
                               if (r.ok())
                                   ++tally->first;
                               else if (!r.violations.isEmpty())
                                   tally->second.append(r.violations.constFirst().message);
                               if (tally->first + tally->second.size() < total)
                                   return;
                               say(tally->second.isEmpty()
                                           ? tr("%n approval(s) signed; they are sent with the "
                                                "next sync.",
                                                nullptr, tally->first)
                                           : tr("%1 approved, %2 not: %3")
                                                     .arg(tally->first)
                                                     .arg(tally->second.size())
                                                     .arg(tally->second.constFirst()),
                                   0);
                               afterLocalChange();
                           });
    }
}

void CaseWorkView::reassignAllOf(const QString &user)
{
    readOffTheWindow<QStringList>(
            this, m_workspace.profile().databasePath(),
            [user](Database &db, QString *error) { return openCasesHeldBy(db, user, error); },
            [this, user](const QStringList &ids, const QString &error) {
                if (!error.isEmpty())
                    say(error, 10000);
                else
                    assignCases(ids, user);
            });
}

void CaseWorkView::keepSelectedOffline()
{
    const QStringList ids = m_view->selectedCaseIds();
    if (ids.isEmpty() || !m_session.sync())
        return;
    say(tr("Downloading the materials of %n case(s)…", nullptr, int(ids.size())), 0);
    m_session.sync()->keepOffline(ids);
}

void CaseWorkView::updateQueueCounts()
{
    if (m_inbox->store() && m_counter)
        m_queues->recount(m_workspace.profile().userName(), m_workspace.user().role,
                          m_inbox->today());
}

void CaseWorkView::applyFilter()
{
    const int active = m_panel->applyFilter(m_queues->currentQueue(m_workspace.user().role),
                                            m_workspace.profile().userName());
    if (m_filtersAction)
        m_filtersAction->setText(active > 0 ? tr("&Filters (%1)").arg(active) : tr("&Filters"));
}

QString CaseWorkView::countText() const
{
    return m_panel->countText();
}

void CaseWorkView::showCurrentCase()
{
    // A case that left the list stays in the pane (updatePane says so) until another is chosen.
    if (const CaseSummary *summary = m_view->currentSummary())
        m_details->setCase(summary->id);
    else
        updatePane();
}

void CaseWorkView::updatePane()
{
    for (QAction *a : std::as_const(m_verbActions))
        a->setEnabled(false);
    if (m_details->caseId().isEmpty()) {
        m_pane->showDetails(nullptr);
        return;
    }
    const CaseDetails &d = m_details->details();
    for (const CaseDetails::Action &action : d.actions) {
        if (QAction *a = m_verbActions.value(action.verb))
            a->setEnabled(true);
    }
    const CaseSummary *summary = m_view->currentSummary();
    QString note;
    if (d.found && (!summary || summary->id != d.caseId))
        note = tr("This case is not in the list shown now (it is %1). Choose another case, or "
                  "search all cases for it.")
                       .arg(stageLabel(d.effective.stage));
    m_pane->showDetails(&d, note);
}

void CaseWorkView::keepPlace()
{
    m_panel->updateCount();
    // The list was read again: the case in the pane keeps its row, wherever that row is now.
    // A counter application the sync has just created keeps its place under its new id.
    m_details->followCreatedCase();
    const QString shown = m_details->caseId();
    const CaseSummary *summary = m_view->currentSummary();
    if (!shown.isEmpty() && (!summary || summary->id != shown) && m_view->selectCase(shown))
        return; // showCurrentCase follows
    m_details->reload();
}

void CaseWorkView::stepPane(int by)
{
    // Queues, search, inbox, case: the desk's panes in reading order.
    const QList<QWidget *> panes{m_queues, m_panel->search(), m_view, m_pane};
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            at = i;
    }
    const qsizetype next = (at + by + panes.size()) % panes.size();
    if (panes.at(next) == m_pane)
        m_pane->focusFirst();
    else
        panes.at(next)->setFocus(Qt::ShortcutFocusReason);
}

void CaseWorkView::openAction(const QString &verb,
                              const QList<std::pair<QString, QString>> &corrections)
{
    const Transition *t = Workflow::find(verb);
    const SessionUser user = m_workspace.user();
    if (!m_details->details().found || !t || !user.role)
        return;
    const Case c = m_details->details().effective;
    auto settings = m_workspace.profile().settings();
    // Written on the workspace's writer thread: the window never waits for the sync's lock.
    LocalWriter *writer = m_workspace.writer();
    ActionDialog dialog(
            *t, c, *user.role, user.userName,
            [writer, id = c.id, role = *user.role, name = user.userName,
             verb](const QJsonObject &payload, LocalWriter::Done done) {
                writer->takeAction(id, role, name, verb, payload, std::move(done));
            },
            *settings, this);
    if (!corrections.isEmpty())
        dialog.suggestCorrections(corrections);
    // What he approves is also what the applicant will read: the decision notice, as a draft.
    if (const QString kind = CasePolicy::noticeAfter(c, verb, {});
        verb == QLatin1String("approve") && !kind.isEmpty())
        dialog.addButton(tr("&Preview the notice…"), [this, kind, user] {
            m_notices->preview(kind, user.displayName.isEmpty() ? user.userName : user.displayName);
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(tr("%1 saved; it is sent with the next sync.").arg(Workflow::label(*t)), 5000);
    afterLocalChange();
    if (m_details->caseId() != c.id)
        return;
    // The notice is filled from the case as the act left it, not from the list's next read.
    m_details->reload();
    // The decisions the law wants in writing: offer the notice at once, filled from the act.
    const QString kind = CasePolicy::noticeAfter(c, verb, dialog.payload());
    if (kind.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Issue the notice"),
                              tr("The law requires a written notice of this decision. Issue it "
                                 "now?"))
        == QMessageBox::Yes)
        m_notices->issue(kind);
}

void CaseWorkView::afterLocalChange()
{
    m_inbox->refresh();
    updateQueueCounts();
    if (m_session.sync())
        m_session.sync()->syncNow();
}

} // namespace casedesk
