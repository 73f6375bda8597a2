#include "MainWindow.h"

#include "ActionDialog.h"
#include "BuiltInButtons.h"
#include "CaseMaterialsWindow.h"
#include "CasePane.h"
#include "FilterBar.h"
#include "FocusRing.h"
#include "InboxModel.h"
#include "NoticeDialog.h"
#include "PendingActionsDialog.h"
#include "PlainMessage.h"
#include "SessionLock.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "WindowSize.h"
#include "cases/CasePolicy.h"
#include "cases/MaterialChecklist.h"
#include "cases/Workflow.h"
#include "core/Profile.h"
#include "deadlines/StageDeadline.h"
#include "notices/NoticeIssuer.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplate.h"
#include "platform/PlatformTypes.h"
#include "platform/RestPlatformClient.h"
#include "security/CredentialStore.h"
#include "security/DataKey.h"
#include "session/CaseDetails.h"
#include "session/PendingActions.h"
#include "store/AuditLog.h"
#include "store/ChecklistStore.h"
#include "store/LocalData.h"
#include "store/Outbox.h"
#include "store/QueueCounter.h"
#include "store/Vault.h"
#include "sync/AuditPush.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

namespace {
// A queue of the sidebar: a stage's queue is named like the stage (CaseStage's labels); the
// others have names of their own.
struct QueueEntry
{
    CaseQueue queue;
    std::optional<CaseStage> stage;
    const char *label;
};
const QList<QueueEntry> &queueEntries()
{
    static const QList<QueueEntry> entries{
            {CaseQueue::Mine, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "My work")},
            {CaseQueue::PreReview, CaseStage::PreReview, nullptr},
            {CaseQueue::Acceptance, CaseStage::Acceptance, nullptr},
            {CaseQueue::Correction, CaseStage::Correction, nullptr},
            {CaseQueue::Review, CaseStage::Review, nullptr},
            {CaseQueue::Approval, CaseStage::Approval, nullptr},
            {CaseQueue::Suspended, CaseStage::Suspended, nullptr},
            {CaseQueue::DueSoon, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "Due soon")},
            {CaseQueue::Overdue, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "Overdue")},
            {CaseQueue::Completed, CaseStage::Completed, nullptr},
            {CaseQueue::All, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "All")},
    };
    return entries;
}
} // namespace

MainWindow::MainWindow(Profile &profile, CredentialStore &credentials, QWidget *parent)
    : QMainWindow(parent), m_profile(profile), m_credentials(credentials)
{
    setWindowTitle(tr("CaseDesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_inbox = new InboxModel(profile.databasePath(), this);
    m_counter = new QueueCounter(profile.databasePath(), this);
    connect(m_counter, &QueueCounter::counted, this, [this](int request, const QList<int> &counts) {
        if (request == m_exactRequest && !counts.isEmpty()) {
            m_inbox->setExactCount(m_exactFilter, counts.constFirst());
            m_count->setText(countText());
            return;
        }
        if (request != m_countRequest)
            return; // an older question; a newer answer is on its way
        for (int row = 0; row < std::min<int>(m_queues->count(), int(counts.size())); ++row)
            setQueueLabel(row, counts.at(row));
    });
    connect(m_counter, &QueueCounter::alerted, this, &MainWindow::showAlerts);
    // The key that opens the applicant's personal data in the cache, from the keychain.
    QString keyError;
    m_dataKey = profileDataKey(m_credentials, m_profile, &keyError).value_or(QByteArray());
    if (m_inbox->store()) {
        m_inbox->store()->setPersonalDataKey(m_dataKey);
        m_details = new CaseDetailsController(*m_inbox->database(), *m_inbox->store(),
                                              *m_inbox->outbox(), m_profile.templatesDir(), this);
        m_details->setAuditLog(m_inbox->audit());
        m_details->setWarningPolicy(m_profile.warningPolicy());
        m_details->setUser(sessionUser());
        // The outbox as the pane's held actions and View › Pending actions decide on it.
        m_pending = new PendingActionsController(*m_inbox->store(), *m_inbox->outbox(),
                                                 m_profile.userName(), this);
        connect(m_pending, &PendingActionsController::changed, this, &MainWindow::afterLocalChange);
    }

    auto *inboxPanel = new QWidget(this);
    inboxPanel->setAccessibleName(tr("Inbox"));
    auto *inboxLayout = new QVBoxLayout(inboxPanel);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(inboxPanel);
    m_search->setPlaceholderText(tr("Search case no., applicant, item or material (Ctrl+F)"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    inboxLayout->addWidget(m_search);
    // Typing is not interrupted: the query runs once the clerk pauses.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    // Filters beyond queue and search, shown on demand (Ctrl+Shift+F).
    m_filterBar = new FilterBar(m_profile, inboxPanel);
    m_filterBar->hide();
    inboxLayout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::applyFilter);

    m_count = new QLabel(inboxPanel);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Number of cases"));
    inboxLayout->addWidget(m_count);

    m_view = new QTableView(inboxPanel);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(tr("Case inbox"));
    m_view->setModel(m_inbox);
    m_view->installEventFilter(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the inbox for the case pane instead of walking cell by cell (and silently
    // changing the selected case at the end of a row).
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InboxModel::Received, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setCornerButtonEnabled(false);
    m_view->viewport()->setAccessibleName(tr("Case rows"));
    m_view->horizontalHeader()->setAccessibleName(tr("Columns"));
    m_view->verticalHeader()->setAccessibleName(tr("Rows"));
    m_view->verticalScrollBar()->setAccessibleName(tr("Scroll cases"));
    m_view->horizontalScrollBar()->setAccessibleName(tr("Scroll columns"));
    // Fixed row heights: the view never measures rows, so it never reads the whole cache.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from typical content in the current font, so that large fonts still fit.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthOf
            = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(InboxModel::CaseNo, widthOf(QStringLiteral("62010220261130000000")));
    m_view->setColumnWidth(InboxModel::Item, widthOf(QStringLiteral("城镇污水排入排水管网许可")));
    m_view->setColumnWidth(InboxModel::Applicant,
                           widthOf(QStringLiteral("兰州恒信文化旅游有限公司")));
    m_view->setColumnWidth(InboxModel::Stage, widthOf(QStringLiteral("特别程序中")));
    m_view->setColumnWidth(InboxModel::Received, widthOf(QStringLiteral("2026-11-30 17:30")));
    m_view->setColumnWidth(InboxModel::Remaining,
                           widthOf(QStringLiteral("已超期 10 个工作日")) + 24);
    // The deadline is what a clerk reads first: it stands beside the case number, in view at
    // any window size, and the service item takes what room is left.
    m_view->horizontalHeader()->moveSection(
            m_view->horizontalHeader()->visualIndex(InboxModel::Remaining), 1);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(InboxModel::Item, QHeaderView::Stretch);
    inboxLayout->addWidget(m_view);

    m_pane = new CasePane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_queues = new QListWidget(this);
    m_queues->setAccessibleName(tr("Queues"));
    m_queues->setObjectName(QStringLiteral("queues"));
    connect(m_queues, &QListWidget::currentRowChanged, this, &MainWindow::applyFilter);
    m_splitter->addWidget(m_queues);
    m_splitter->addWidget(inboxPanel);
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
    // Page 0 is the work, page 1 the lock screen (SessionLock).
    auto *pages = new QStackedWidget(this);
    pages->setAccessibleName(tr("Work area"));
    pages->addWidget(m_splitter);
    setCentralWidget(pages);
    m_lock = new SessionLock(m_profile, m_credentials, pages, this);
    m_lock->setAuditLog(m_inbox->audit());
    connect(m_lock, &SessionLock::signOutRequested, this, [this] { signOut(false); });

    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_lastSync = new QLabel(this);
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_outbox = new QLabel(this);
    m_outbox->setAccessibleName(tr("Actions waiting to be sent"));
    m_outbox->hide();
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->setAccessibleName(tr("Status bar"));
    statusBar()->setSizeGripEnabled(false);
    menuBar()->setAccessibleName(tr("Menu bar"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_connection);
    m_connection->setText(tr("Offline"));

    buildMenus();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentCase);
    connect(m_inbox, &InboxModel::refreshed, this, &MainWindow::keepPlace);
    if (m_details)
        connect(m_details, &CaseDetailsController::detailsChanged, this, &MainWindow::updatePane);
    connect(m_pane, &CasePane::actionRequested, this,
            [this](const QString &verb) { openAction(verb); });
    connect(m_pane, &CasePane::issueNoticeRequested, this, [this] { issueNotice({}); });
    connect(m_pane, &CasePane::viewMaterialsRequested, this, &MainWindow::viewMaterials);
    connect(m_pane, &CasePane::saveNoticeRequested, this, &MainWindow::saveNotice);
    connect(m_pane, &CasePane::printNoticeRequested, this, &MainWindow::printNotice);
    connect(m_pane, &CasePane::discardRequested, this, &MainWindow::discardHeld);
    connect(m_pane, &CasePane::claimRequested, this, &MainWindow::claimSelected);
    connect(m_pane, &CasePane::relatedActivated, this, [this](const QString &caseNo) {
        // Shown through the search, so the inbox holds exactly that case.
        {
            const QSignalBlocker blocker(m_queues);
            m_queues->setCurrentRow(m_queues->count() - 1); // 全部
        }
        m_search->setText(caseNo);
        applyFilter();
        m_view->selectRow(0);
        m_view->setFocus();
    });
    connect(m_pane, &CasePane::revealRequested, this, [this] {
        if (m_details && !m_details->reveal())
            statusBar()->showMessage(tr("The reveal could not be recorded, so it is not shown."));
    });
    connect(m_pane, &CasePane::reapplyRequested, this, [this](qint64 id) {
        if (m_pending)
            PendingActionsDialog::sendAgain(*m_pending, id, this);
    });
    if (!m_inbox->isOpen())
        statusBar()->showMessage(m_inbox->openError());
    updateQueueCounts();
    m_queues->setCurrentRow(queueEntries().size() - 1); // everything, until the clerk picks a queue
    updateCount();

    auto settings = profile.settings();
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings->value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings->contains(QStringLiteral("window/splitter"))) {
        const int em = fontMetrics().averageCharWidth();
        m_splitter->setSizes({em * 20, em * 80, em * 50});
    }
    m_view->horizontalHeader()->restoreState(
            settings->value(QStringLiteral("window/inboxHeader")).toByteArray());
    const QList<QAction *> columnToggles = m_view->horizontalHeader()->actions();
    for (qsizetype column = 0; column < columnToggles.size(); ++column)
        columnToggles.at(column)->setChecked(!m_view->isColumnHidden(int(column)));
    if (!settings->contains(QStringLiteral("window/geometry")))
        resizeWithinScreen(this, QSize(1280, 800));
    if (m_dataKey.isEmpty())
        statusBar()->showMessage(
                tr("ID numbers, phones and addresses are not kept offline: %1").arg(keyError));
    new FocusRing(this);
    m_view->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setAccessibleName(tr("File menu"));
    m_syncAction = file->addAction(tr("&Sync now"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch the platform's changes now (F5)"));
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    QAction *signInAction = file->addAction(tr("Sign &in…"));
    connect(signInAction, &QAction::triggered, this, [this] { askSignIn({}); });
    QAction *lockAction = file->addAction(tr("&Lock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setToolTip(tr("Hide the window's content until your password is entered (Ctrl+L)"));
    connect(lockAction, &QAction::triggered, m_lock, &SessionLock::lock);
    QAction *signOutAction = file->addAction(tr("Sign &out…"));
    connect(signOutAction, &QAction::triggered, this, [this] { signOut(true); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setAccessibleName(tr("View menu"));
    m_filtersAction = view->addAction(tr("&Filters"));
    m_filtersAction->setCheckable(true);
    m_filtersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filtersAction->setToolTip(tr("Filter by item, status, deadline, date and claim "
                                   "(Ctrl+Shift+F)"));
    connect(m_filtersAction, &QAction::toggled, this, [this](bool on) {
        m_filterBar->setItems(m_inbox->store() ? m_inbox->store()->items() : QList<ServiceItem>());
        m_filterBar->setVisible(on);
    });
    m_notifyAction = view->addAction(tr("&Notifications"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setToolTip(tr("Tell me about new cases in my queues and cases turning "
                                  "yellow or red"));
    m_notifyAction->setChecked(
            m_profile.settings()->value(QStringLiteral("notifications/enabled"), true).toBool());
    connect(m_notifyAction, &QAction::toggled, this, [this](bool on) {
        m_profile.settings()->setValue(QStringLiteral("notifications/enabled"), on);
        if (m_tray)
            m_tray->setVisible(on && QSystemTrayIcon::isSystemTrayAvailable());
    });
    // The tray icon, where the desktop has a tray; otherwise alerts go to the status bar.
    m_tray = new QSystemTrayIcon(windowIcon().isNull()
                                         ? style()->standardIcon(QStyle::SP_FileDialogDetailedView)
                                         : windowIcon(),
                                 this);
    m_tray->setToolTip(tr("CaseDesk"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->setVisible(m_notifyAction->isChecked() && QSystemTrayIcon::isSystemTrayAvailable());
    QAction *pending = view->addAction(tr("&Pending actions…"));
    pending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pending->setToolTip(tr("Actions not yet on the platform, and those that need your decision "
                           "(Ctrl+Shift+P)"));
    connect(pending, &QAction::triggered, this, &MainWindow::showPendingActions);
    QMenu *columns = view->addMenu(tr("&Columns"));
    columns->setAccessibleName(tr("Columns menu"));
    // The column chooser: the same checkable entries in the menu and on the header.
    for (int column = 0; column < m_inbox->columnCount(); ++column) {
        QAction *toggle
                = columns->addAction(m_inbox->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        m_view->horizontalHeader()->addAction(toggle);
    }
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
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
    connect(m_offlineAction, &QAction::triggered, this, &MainWindow::keepSelectedOffline);
    for (QAction *a : {m_claimAction, m_releaseAction, m_offlineAction})
        a->setEnabled(false); // until the platform session runs
    QAction *viewAction = caseMenu->addAction(tr("&View materials"));
    viewAction->setShortcut(QKeySequence(Qt::Key_F3));
    viewAction->setToolTip(tr("The case's materials beside the checklist of required ones (F3)"));
    connect(viewAction, &QAction::triggered, this, [this] { viewMaterials(0); });
    QAction *noticeAction = caseMenu->addAction(tr("Issue a &notice…"));
    noticeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    noticeAction->setToolTip(tr("Issue a notice or decision for the selected case, signed and "
                                "numbered (Ctrl+Shift+N)"));
    connect(noticeAction, &QAction::triggered, this, [this] { issueNotice({}); });
    caseMenu->addSeparator();
    // Every step of the procedure has its menu command and key; those the role may take on the
    // case shown are enabled (the pane offers the same as buttons).
    QMenu *steps = caseMenu->addMenu(tr("&Actions"));
    steps->setAccessibleName(tr("Actions menu"));
    for (const Transition &t : Workflow::transitions()) {
        QAction *a = steps->addAction(Workflow::label(t) + QStringLiteral("…"));
        a->setShortcut(actionShortcut(QLatin1String(t.verb)));
        a->setEnabled(false);
        connect(a, &QAction::triggered, this,
                [this, verb = QString::fromLatin1(t.verb)] { openAction(verb); });
        m_verbActions.insert(QString::fromLatin1(t.verb), a);
    }
    caseMenu->addSeparator();
    QAction *next = caseMenu->addAction(tr("Ne&xt case"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    connect(next, &QAction::triggered, this, [this] { stepCase(1); });
    QAction *previous = caseMenu->addAction(tr("Pre&vious case"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(previous, &QAction::triggered, this, [this] { stepCase(-1); });
    QAction *nextPane = view->addAction(tr("Next &pane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { stepPane(1); });
    QAction *previousPane = view->addAction(tr("Previous pa&ne"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { stepPane(-1); });
    QAction *inbox = caseMenu->addAction(tr("Back to the &inbox"));
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(inbox, &QAction::triggered, m_view,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    // The same on the inbox's context menu, for the rows under the mouse.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_claimAction, m_releaseAction, m_offlineAction});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setAccessibleName(tr("Help menu"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    QAction *about = help->addAction(tr("&About CaseDesk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
                this, tr("About CaseDesk"),
                tr("CaseDesk %1\nCase processing for the one-stop government service platform.")
                        .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_filtersAction);
    toolbar->addAction(m_claimAction);
    toolbar->addAction(m_releaseAction);
    toolbar->addAction(m_offlineAction);
    nameToolbarOverflow(toolbar);
}

QStringList MainWindow::selectedCaseIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const CaseSummary *s = m_inbox->summaryAt(row.row()))
            ids.append(s->id);
    }
    if (ids.isEmpty()) {
        if (const CaseSummary *s = m_inbox->summaryAt(m_view->currentIndex().row()))
            ids.append(s->id);
    }
    return ids;
}

void MainWindow::claimSelected(bool take)
{
    const QStringList ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    if (!m_sync) {
        statusBar()->showMessage(tr("Claims go through the platform: sign in first."));
        return;
    }
    if (!m_online) {
        // A claim is the platform's lock: it cannot wait in the outbox like an action.
        statusBar()->showMessage(tr("The platform cannot be reached, so the claim is not taken: "
                                    "a claim is the platform's lock. Try again when the "
                                    "connection is back (F5 syncs now)."),
                                 10000);
        return;
    }
    statusBar()->showMessage(take ? tr("Claiming %n case(s)…", nullptr, int(ids.size()))
                                  : tr("Releasing %n case(s)…", nullptr, int(ids.size())));
    m_sync->setClaims(ids, take);
}

void MainWindow::keepSelectedOffline()
{
    const QStringList ids = selectedCaseIds();
    if (ids.isEmpty() || !m_sync)
        return;
    statusBar()->showMessage(
            tr("Downloading the materials of %n case(s)…", nullptr, int(ids.size())));
    m_sync->keepOffline(ids);
}

namespace {
// How long sign-out waits for the platform before going on without it.
constexpr int kSignOutWaitMs = 5000;
} // namespace

void MainWindow::signOut(bool ask)
{
    bool wipe = false;
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("Sign out"),
                        tr("Sign out of the platform on this computer?"), QMessageBox::Cancel,
                        this);
        QPushButton *confirm = box.addButton(tr("Sign &out"), QMessageBox::AcceptRole);
        auto *removeData = new QCheckBox(
                tr("Also remove the cases, materials and keys from this computer"), &box);
        removeData->setAccessibleName(tr("Remove local data"));
        box.setCheckBox(removeData);
        const QString unsent = localdata::unsentWork(m_profile);
        if (!unsent.isEmpty())
            box.setInformativeText(tr("Not yet on the platform: %1. Removing the local data "
                                      "loses them.")
                                           .arg(unsent));
        box.exec();
        if (box.clickedButton() != confirm)
            return;
        wipe = removeData->isChecked();
    }
    if (m_inbox->audit())
        m_inbox->audit()->append(m_profile.userName(), QStringLiteral("sign-out"),
                                 m_profile.server().host(),
                                 wipe ? QStringLiteral("wipe") : QString());
    m_sync.reset();
    m_syncAction->setEnabled(false);
    m_connection->setText(tr("Signed out"));
    // The platform gets the rest of the audit trail (the sign-out included) and ends the
    // session when it can be reached, within a few seconds; the local secrets go in any case.
    QString error;
    if (const auto token = m_credentials.readNow(m_profile.refreshTokenKey(), &error)) {
        RestPlatformClient client(m_profile.server());
        client.setTlsPolicy(m_profile.tlsPolicy());
        client.setRefreshToken(*token);
        QEventLoop loop;
        QTimer::singleShot(kSignOutWaitMs, &loop, &QEventLoop::quit);
        auto revoke = [&] { client.revoke([&](const PlatformError &) { loop.quit(); }); };
        if (m_inbox->audit())
            pushAuditTrail(client, *m_inbox->audit(), m_profile.deviceId(), revoke);
        else
            revoke();
        loop.exec();
    }
    localdata::forgetSession(m_profile, m_credentials);
    if (wipe) {
        // Every connection to the cache goes before its files do.
        delete m_counter;
        m_counter = nullptr;
        m_inbox->closeCache();
        m_lock->setAuditLog(nullptr);
        if (!localdata::wipe(m_profile, m_credentials, &error))
            showPlainMessage(this, QMessageBox::Warning, tr("Sign out"), error);
        else
            QMessageBox::information(this, tr("Sign out"),
                                     tr("The local data is removed. CaseDesk closes now."));
        close();
        return;
    }
    askSignIn(tr("You are signed out."));
}

void MainWindow::startSession()
{
    if (m_profile.server().isEmpty() || m_profile.userName().isEmpty()) {
        askSignIn({});
        return;
    }
    m_credentials.read(m_profile.refreshTokenKey(),
                       [this](const std::optional<QString> &token, const QString &error) {
                           if (token) {
                               startSync(*token);
                               return;
                           }
                           askSignIn(error);
                       });
}

void MainWindow::askSignIn(const QString &message)
{
    // Deferred, so a caller inside a keychain or network callback is not stuck in a nested loop.
    QTimer::singleShot(0, this, [this, message] {
        SignInDialog dialog(m_profile, m_credentials, this);
        dialog.setMessage(message);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const SignInResult result = dialog.result();
        if (m_inbox->audit())
            m_inbox->audit()->append(m_profile.userName(), QStringLiteral("sign-in"),
                                     m_profile.server().host(),
                                     result.user.roles.join(QLatin1Char(',')));
        if (!result.keychainError.isEmpty())
            statusBar()->showMessage(result.keychainError);
        m_lock->release();
        startSync(result.refreshToken);
    });
}

void MainWindow::startSync(const QString &refreshToken)
{
    SyncEngine::Config config = SyncEngine::Config::fromProfile(m_profile);
    config.dataKey = m_dataKey;
    // 文号 are kept in reserve for every kind there is a template for, the profile's own too.
    config.noticeKinds = NoticeTemplate::kinds(m_profile.templatesDir());
    m_sync = std::make_unique<SyncService>(config, m_profile.refreshTokenKey(), m_credentials);
    connect(m_sync.get(), &SyncService::syncStarted, this, &MainWindow::onSyncStarted);
    connect(m_sync.get(), &SyncService::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_sync.get(), &SyncService::syncFailed, this, &MainWindow::onSyncFailed);
    connect(m_sync.get(), &SyncService::progress, this, [this](int changes) {
        statusBar()->showMessage(tr("Syncing: %n change(s) received", nullptr, changes));
    });
    connect(m_sync.get(), &SyncService::sessionExpired, this, [this](const QString &message) {
        m_connection->setText(tr("Signed out"));
        askSignIn(message);
    });
    connect(m_sync.get(), &SyncService::outboxChanged, this, [this](int pending, int held) {
        // Offline work is never silent: what waits, and what needs the clerk, is always shown.
        m_outbox->setVisible(pending > 0 || held > 0);
        m_outbox->setText(held > 0 ? tr("%1 to send, %2 need your decision").arg(pending).arg(held)
                                   : tr("%n action(s) to send", nullptr, pending));
        if (held > 0)
            m_outbox->setStyleSheet(QStringLiteral("color: #c62828;"));
        else
            m_outbox->setStyleSheet(QString());
        showCurrentCase(); // a held action shows in the case pane at once
    });
    connect(m_sync.get(), &SyncService::keychainFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_sync->setIntervalSeconds(m_profile.syncIntervalSeconds());
    connect(m_sync.get(), &SyncService::claimsDone, this,
            [this](int changed, int failed, const QString &error) {
                m_inbox->refresh();
                statusBar()->showMessage(
                        failed == 0
                                ? tr("%n case(s) changed on the platform.", nullptr, changed)
                                : tr("%1 changed, %2 not: %3").arg(changed).arg(failed).arg(error));
            });
    connect(m_sync.get(), &SyncService::licencesFetched, this,
            [this](const QString &, const QList<Licence> &licences, const QString &error) {
                if (m_materials && m_reuseRow >= 0) {
                    const QString source = m_materials->offerReuse(m_reuseRow, licences, error);
                    if (!source.isEmpty()) {
                        m_inbox->audit()->append(m_profile.userName(), QStringLiteral("reuse"),
                                                 m_materials->caseId(), source);
                        // Its file joins the case's, to read and to keep for offline work.
                        m_sync->attachReused(m_materials->caseId(),
                                             MaterialChecklist::reusedRecordId(source),
                                             MaterialChecklist::reusedFileId(source));
                        loadMaterialFiles(std::max(m_materials->viewer()->currentFile(), 0));
                    }
                }
                m_reuseRow = -1;
            });
    connect(m_sync.get(), &SyncService::reusedAttached, this,
            [this](const QString &caseId, const QString &, const QString &error) {
                if (m_materials && m_materials->caseId() == caseId)
                    loadMaterialFiles(std::max(m_materials->viewer()->currentFile(), 0));
                if (!error.isEmpty())
                    statusBar()->showMessage(
                            tr("The reused document's file could not be fetched: %1").arg(error),
                            8000);
            });
    connect(m_sync.get(), &SyncService::offlineDone, this,
            [this](int files, int failed, const QString &error) {
                // The materials window waiting for its files gets them now (or why not).
                if (m_materials)
                    loadMaterialFiles(std::max(m_materials->viewer()->currentFile(), 0));
                statusBar()->showMessage(
                        failed == 0 ? tr("%n file(s) kept for offline work.", nullptr, files)
                                    : tr("%1 file(s) kept, %2 not: %3")
                                              .arg(files)
                                              .arg(failed)
                                              .arg(error));
            });
    m_syncAction->setEnabled(true);
    // 认领 and keeping materials offline are a clerk's; others read and approve without them.
    const std::optional<Role> role = sessionUser().role;
    for (QAction *a : {m_claimAction, m_releaseAction, m_offlineAction})
        a->setEnabled(role && CasePolicy::mayClaim(*role));
    m_sync->start(refreshToken);
}

void MainWindow::onSyncStarted()
{
    m_connection->setText(tr("Syncing…"));
    m_progress->show();
}

void MainWindow::onSyncFinished(int changes, int)
{
    m_progress->hide();
    m_online = true;
    m_connection->setText(tr("Online"));
    m_lastSync->setText(
            tr("Last sync %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    // The first round may also have recomputed stored deadlines (see SyncEngine::open).
    if (changes > 0 || !m_synced) {
        m_inbox->refresh();
        updateQueueCounts();
    }
    m_synced = true;
    statusBar()->showMessage(tr("Sync finished: %n change(s)", nullptr, changes), 5000);
    checkAlerts();
}

void MainWindow::onSyncFailed(int kind, const QString &message)
{
    m_progress->hide();
    const bool offline = kind == static_cast<int>(PlatformError::Kind::Network);
    m_online = !offline;
    m_connection->setText(offline ? tr("Offline") : tr("Sync error"));
    statusBar()->showMessage(message);
}

void MainWindow::updateQueueCounts()
{
    if (!m_inbox->store() || !m_counter)
        return;
    if (m_queues->count() == 0) {
        const QSignalBlocker blocker(m_queues);
        for (const QueueEntry &e : queueEntries()) {
            auto *item = new QListWidgetItem(m_queues);
            item->setData(Qt::UserRole, int(e.queue));
        }
    }
    QList<CaseFilter> filters;
    CaseFilter filter;
    filter.user = m_profile.userName();
    filter.today = m_inbox->today();
    for (const QueueEntry &e : queueEntries()) {
        filter.queue = e.queue == CaseQueue::Mine ? myWorkQueue(sessionUser().role) : e.queue;
        filters.append(filter);
    }
    // Counted on the counter's thread; the labels follow when the numbers are in.
    m_countRequest = m_counter->count(filters);
    for (int row = 0; row < m_queues->count(); ++row) {
        if (m_queues->item(row)->text().isEmpty())
            setQueueLabel(row, -1);
    }
}

void MainWindow::setQueueLabel(int row, int count)
{
    const QueueEntry &e = queueEntries().at(row);
    const QString label = e.stage ? stageLabel(*e.stage)
                                  : QCoreApplication::translate("casedesk::MainWindow", e.label);
    QListWidgetItem *item = m_queues->item(row);
    item->setText(count < 0 ? label : tr("%1 (%2)").arg(label).arg(count));
    item->setData(Qt::AccessibleTextRole, item->text());
}

void MainWindow::checkAlerts()
{
    auto settings = m_profile.settings();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = settings->value(QStringLiteral("notifications/lastCheck")).toDateTime();
    settings->setValue(QStringLiteral("notifications/lastCheck"), now);
    if (!since.isValid() || !m_notifyAction || !m_notifyAction->isChecked() || !m_counter)
        return; // the first sync of a profile is not news
    const auto role = roleFromName(m_profile.roles().value(0));
    m_counter->alerts(since, m_inbox->today(), m_profile.userName(),
                      role ? CasePolicy::alertStages(*role) : QList<CaseStage>());
}

void MainWindow::showAlerts(const CaseAlerts &alerts)
{
    QStringList lines;
    if (alerts.newCases > 0)
        lines.append(tr("%n new case(s) in your queues", nullptr, alerts.newCases));
    if (alerts.turnedYellow > 0)
        lines.append(tr("%n case(s) now due soon (yellow)", nullptr, alerts.turnedYellow));
    if (alerts.turnedRed > 0)
        lines.append(tr("%n case(s) now overdue (red)", nullptr, alerts.turnedRed));
    if (lines.isEmpty())
        return;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("CaseDesk"), lines.join(QLatin1Char('\n')),
                            alerts.turnedRed > 0 ? QSystemTrayIcon::Warning
                                                 : QSystemTrayIcon::Information);
    else
        statusBar()->showMessage(lines.join(QStringLiteral("; ")));
}

void MainWindow::applyFilter()
{
    CaseFilter filter;
    const QListWidgetItem *item = m_queues->currentItem();
    filter.queue = item ? CaseQueue(item->data(Qt::UserRole).toInt()) : CaseQueue::Mine;
    if (filter.queue == CaseQueue::Mine)
        filter.queue = myWorkQueue(sessionUser().role);
    filter.user = m_profile.userName();
    filter.search = m_search->text();
    m_filterBar->applyTo(filter);
    if (m_filtersAction) {
        const int active = m_filterBar->activeCount();
        m_filtersAction->setText(active > 0 ? tr("&Filters (%1)").arg(active) : tr("&Filters"));
    }
    m_inbox->setFilter(filter);
}

void MainWindow::updateCount()
{
    if (m_inbox->isCountPartial() && m_counter) {
        m_exactFilter = m_inbox->filter();
        m_exactRequest = m_counter->count({m_exactFilter});
    }
    m_count->setText(countText());
}

QString MainWindow::countText() const
{
    if (m_inbox->isCountPartial())
        return tr("More than %1 cases (counting…)").arg(QLocale().toString(m_inbox->rowCount()));
    return tr("%n case(s)", nullptr, m_inbox->rowCount());
}

SessionUser MainWindow::sessionUser() const
{
    return {m_profile.userName(), m_profile.displayName(),
            roleFromName(m_profile.roles().value(0))};
}

void MainWindow::showCurrentCase()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CaseSummary *summary = current.isValid() ? m_inbox->summaryAt(current.row()) : nullptr;
    if (!m_details)
        return;
    // A case that left the list stays in the pane (updatePane says so) until another is chosen.
    if (summary)
        m_details->setCase(summary->id);
    else
        updatePane();
}

void MainWindow::updatePane()
{
    for (QAction *a : std::as_const(m_verbActions))
        a->setEnabled(false);
    if (!m_details || m_details->caseId().isEmpty()) {
        m_pane->showDetails(nullptr);
        return;
    }
    const CaseDetails &d = m_details->details();
    for (const CaseDetails::Action &action : d.actions) {
        if (QAction *a = m_verbActions.value(action.verb))
            a->setEnabled(true);
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CaseSummary *summary = current.isValid() ? m_inbox->summaryAt(current.row()) : nullptr;
    QString note;
    if (d.found && (!summary || summary->id != d.caseId))
        note = tr("This case is not in the list shown now (it is %1). Choose another case, or "
                  "search all cases for it.")
                       .arg(stageLabel(d.effective.stage));
    m_pane->showDetails(&d, note);
}

void MainWindow::keepPlace()
{
    updateCount();
    // The list was read again: the case in the pane keeps its row, wherever that row is now.
    const QString shown = m_details ? m_details->caseId() : QString();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CaseSummary *summary = current.isValid() ? m_inbox->summaryAt(current.row()) : nullptr;
    if (!shown.isEmpty() && (!summary || summary->id != shown)) {
        const int row = m_inbox->rowOf(shown);
        if (row >= 0) {
            m_view->selectionModel()->setCurrentIndex(m_inbox->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
            return; // showCurrentCase follows
        }
    }
    if (m_details)
        m_details->reload();
}

void MainWindow::stepPane(int by)
{
    // Queues, search, inbox, case: the window's panes in reading order.
    const QList<QWidget *> panes{m_queues, m_search, m_view, m_pane};
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

void MainWindow::stepCase(int by)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + by : 0;
    if (row < 0 || row >= m_inbox->rowCount())
        return;
    const QModelIndex index = m_inbox->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QKeySequence MainWindow::actionShortcut(const QString &verb)
{
    // Ctrl+Alt and a letter of the step's name; one table, shown in Help › Keyboard shortcuts.
    static const QHash<QString, Qt::Key> keys{
            {QStringLiteral("preReview"), Qt::Key_P},
            {QStringLiteral("accept"), Qt::Key_A},
            {QStringLiteral("requestCorrection"), Qt::Key_C},
            {QStringLiteral("refuseAcceptance"), Qt::Key_R},
            {QStringLiteral("propose"), Qt::Key_D},
            {QStringLiteral("approve"), Qt::Key_Y},
            {QStringLiteral("return"), Qt::Key_B},
            {QStringLiteral("requestExtension"), Qt::Key_E},
            {QStringLiteral("approveExtension"), Qt::Key_X},
            {QStringLiteral("suspend"), Qt::Key_S},
            {QStringLiteral("resume"), Qt::Key_U},
            {QStringLiteral("complete"), Qt::Key_M},
            {QStringLiteral("deliver"), Qt::Key_V},
    };
    const auto it = keys.constFind(verb);
    return it == keys.cend() ? QKeySequence() : QKeySequence(Qt::CTRL | Qt::ALT | *it);
}

std::optional<Case> MainWindow::currentCase() const
{
    if (!m_details || !m_details->details().found)
        return std::nullopt;
    return m_details->details().effective;
}

void MainWindow::openAction(const QString &verb,
                            const QList<std::pair<QString, QString>> &corrections)
{
    const std::optional<Case> c = currentCase();
    const Transition *t = Workflow::find(verb);
    const auto role = roleFromName(m_profile.roles().value(0));
    if (!c || !t || !role)
        return;
    auto settings = m_profile.settings();
    ActionDialog dialog(*t, *c, *role, m_profile.userName(), *m_inbox->actions(), *settings, this);
    if (!corrections.isEmpty())
        dialog.suggestCorrections(corrections);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
            tr("%1 saved; it is sent with the next sync.").arg(Workflow::label(*t)), 5000);
    afterLocalChange();
    if (!m_details || m_details->caseId() != c->id)
        return;
    // The decisions the law wants in writing: offer the notice at once, filled from the act.
    const QString kind = CasePolicy::noticeAfter(*c, verb, dialog.payload());
    if (kind.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Issue the notice"),
                              tr("The law requires a written notice of this decision. Issue it "
                                 "now?"))
        == QMessageBox::Yes)
        issueNotice(kind);
}

QStringList MainWindow::loadMaterialFiles(int show)
{
    const Case &c = m_materials->shownCase();
    // The submitted files, then the files of documents reused from the platform (材料复用).
    QList<std::pair<QString, QString>> wanted; // id, name
    for (const MaterialInfo &m : c.materials)
        wanted.append({m.id, m.fileName.isEmpty() ? m.name : m.fileName});
    for (const MaterialChecklist::Entry &e : m_materials->checklist()->checklist().entries()) {
        const QString id = MaterialChecklist::reusedFileId(e.reusedFrom);
        if (!id.isEmpty())
            wanted.append({id,
                           tr("%1 (reused: %2)")
                                   .arg(e.material, e.reusedFrom.section(QLatin1Char(' '), 1))});
    }
    // What the viewer already holds is not read and decrypted again.
    QHash<QString, QByteArray> held;
    for (const ViewerFile &f : m_materials->viewer()->files()) {
        if (!f.content.isEmpty())
            held.insert(f.id, f.content);
    }
    QList<ViewerFile> files;
    QList<std::pair<qsizetype, Vault::Sealed>> sealed;
    QStringList missing;
    std::unique_ptr<Vault> vault;
    if (!m_dataKey.isEmpty())
        vault = std::make_unique<Vault>(*m_inbox->database(), m_profile.vaultDir(), m_dataKey,
                                        m_profile.vaultQuotaBytes());
    for (const auto &[id, name] : wanted) {
        ViewerFile file{id, name, held.value(id)};
        if (!file.content.isEmpty()) {
            files.append(file);
            continue;
        }
        const std::optional<Vault::Sealed> stored
                = vault && vault->contains(c.id, id) ? vault->locate(c.id, id) : std::nullopt;
        if (stored) {
            sealed.append({files.size(), *stored});
            file.unavailable = tr("Opening %1 …").arg(file.name);
        } else {
            missing.append(id);
            file.unavailable = m_sync ? tr("%1 is being downloaded …").arg(file.name)
                                      : tr("%1 is not on this computer; it can be downloaded "
                                           "when the platform is reachable.")
                                                .arg(file.name);
        }
        files.append(file);
    }
    // A newer load makes any older one still decrypting stale.
    const quint64 load = ++m_materialLoad;
    MaterialViewer *viewer = m_materials->viewer();
    viewer->setFiles(files, show);
    if (sealed.isEmpty())
        return missing;
    // Reading and decrypting a case of large scans takes long enough to be felt.
    auto *watcher = new QFutureWatcher<QList<ViewerFile>>(m_materials);
    connect(watcher, &QFutureWatcher<QList<ViewerFile>>::finished, m_materials,
            [this, watcher, viewer, load] {
                watcher->deleteLater();
                if (load != m_materialLoad)
                    return;
                viewer->setFiles(watcher->result(), viewer->currentFile());
            });
    watcher->setFuture(QtConcurrent::run([files, sealed, key = m_dataKey]() mutable {
        for (const auto &[index, blob] : sealed) {
            QString error;
            std::optional<QByteArray> plain = Vault::open(key, blob, &error);
            files[index].unavailable = plain ? QString() : error;
            files[index].content = plain ? std::move(*plain) : QByteArray();
        }
        return files;
    }));
    return missing;
}

void MainWindow::viewMaterials(int fileIndex)
{
    const std::optional<Case> c = currentCase();
    if (!c)
        return;
    std::optional<ServiceItem> item = m_inbox->store()->item(c->itemCode);
    if (!item) {
        item = ServiceItem{};
        item->name = c->itemName;
    }
    if (m_materials)
        m_materials->close();
    m_materials = new CaseMaterialsWindow(*c, *item,
                                          ChecklistStore(*m_inbox->database()).load(c->id), this);
    connect(m_materials, &CaseMaterialsWindow::checklistChanged, this,
            [this](const QString &caseId, const QJsonArray &checklist) {
                ChecklistStore(*m_inbox->database()).save(caseId, checklist, m_profile.userName());
            });
    const QString holder = c->applicant.idNumber;
    connect(m_materials, &CaseMaterialsWindow::reuseRequested, this,
            [this, holder](const QString &, int row) {
                if (!m_sync || holder.isEmpty()) {
                    m_materials->offerReuse(row, {},
                                            tr("Looking up the applicant's licences needs the "
                                               "platform and the applicant's ID number."));
                    return;
                }
                m_reuseRow = row;
                m_sync->fetchLicences(holder);
            });
    connect(m_materials, &CaseMaterialsWindow::correctionRequested, this,
            [this](const QString &caseId, const QList<std::pair<QString, QString>> &corrections) {
                const std::optional<Case> shown = currentCase();
                if (!shown || shown->id != caseId) {
                    statusBar()->showMessage(
                            tr("The case of these materials is no longer selected in the inbox."),
                            8000);
                    return;
                }
                // At pre-review the correction is the opinion's outcome; later its own action.
                const auto role = roleFromName(m_profile.roles().value(0));
                const QList<const Transition *> actions = role
                        ? Workflow::available(*shown, *role, m_profile.userName())
                        : QList<const Transition *>();
                const bool preReview
                        = std::any_of(actions.cbegin(), actions.cend(), [](const Transition *t) {
                              return QLatin1String(t->verb) == QLatin1String("preReview");
                          });
                openAction(preReview ? QStringLiteral("preReview")
                                     : QStringLiteral("requestCorrection"),
                           corrections);
            });
    // Opening an applicant's files is on record, like revealing their ID number.
    m_inbox->audit()->append(m_profile.userName(), QStringLiteral("view-materials"), c->id,
                             QString::number(c->materials.size()));
    m_materials->show();
    const QStringList missing = loadMaterialFiles(fileIndex);
    if (missing.isEmpty() || !m_sync)
        return;
    QStringList submitted;
    for (const MaterialInfo &m : c->materials)
        submitted.append(m.id);
    if (std::any_of(missing.cbegin(), missing.cend(),
                    [&submitted](const QString &id) { return submitted.contains(id); }))
        m_sync->keepOffline({c->id});
    for (const MaterialChecklist::Entry &e : m_materials->checklist()->checklist().entries()) {
        const QString fileId = MaterialChecklist::reusedFileId(e.reusedFrom);
        if (missing.contains(fileId))
            m_sync->attachReused(c->id, MaterialChecklist::reusedRecordId(e.reusedFrom), fileId);
    }
}

struct MainWindow::NoticeDesk
{
    NoticeDesk(Database &db, CaseStore &store, AuditLog *audit, const Profile &profile,
               const QByteArray &dataKey);
    Vault vault;
    NoticeIssuer issuer;
};

MainWindow::NoticeDesk::NoticeDesk(Database &db, CaseStore &store, AuditLog *audit,
                                   const Profile &profile, const QByteArray &dataKey)
    : vault(db, profile.vaultDir(), dataKey, profile.vaultQuotaBytes()),
      issuer(db, store, &vault, profile.department(), profile.templatesDir())
{
    issuer.setAuditLog(audit);
}

std::unique_ptr<MainWindow::NoticeDesk> MainWindow::noticeDesk(const QString &title)
{
    if (m_dataKey.isEmpty()) {
        QMessageBox::warning(this, title,
                             tr("Notices are kept in the encrypted vault, which needs the "
                                "keychain."));
        return nullptr;
    }
    return std::make_unique<NoticeDesk>(*m_inbox->database(), *m_inbox->store(), m_inbox->audit(),
                                        m_profile, m_dataKey);
}

void MainWindow::issueNotice(const QString &kind)
{
    if (!m_details || !m_details->details().found)
        return;
    const CaseDetails &d = m_details->details();
    if (d.noticeKinds.isEmpty() || !d.mayIssueNotice) {
        statusBar()->showMessage(
                d.mayIssueNotice
                        ? tr("No notice records an act of this case yet: notices follow the "
                             "acceptance, a correction request, a refusal or a decision.")
                        : tr("You may not issue notices on this case."),
                8000);
        return;
    }
    const std::unique_ptr<NoticeDesk> desk = noticeDesk(tr("Issue a notice"));
    if (!desk)
        return;
    const NoticeRequest request = m_details->noticeRequest(kind);
    NoticeDialog dialog(
            desk->issuer,
            [this](QString *error) { return NoticeKeys::load(m_credentials, m_profile, error); },
            request, d.noticeKinds,
            [this](const QString &k) { return m_details->noticeRequest(k); }, m_profile.userName(),
            this);
    if (dialog.exec() != QDialog::Accepted || !dialog.issued())
        return;
    const IssuedNotice &issued = dialog.issued()->notice;
    statusBar()->showMessage(
            tr("%1 issued and signed; it is uploaded with the next sync.").arg(issued.number),
            8000);
    afterLocalChange();
}

std::optional<QByteArray> MainWindow::issuedPdf(qint64 noticeId, IssuedNotice *notice)
{
    const std::optional<IssuedNotice> n = NoticeStore(*m_inbox->database()).notice(noticeId);
    const std::unique_ptr<NoticeDesk> desk = n ? noticeDesk(tr("Notice")) : nullptr;
    if (!desk)
        return std::nullopt;
    *notice = *n;
    QString error;
    const std::optional<QByteArray> pdf = desk->issuer.pdf(*n, &error);
    if (!pdf)
        showPlainMessage(this, QMessageBox::Warning, tr("Notice"), error);
    return pdf;
}

void MainWindow::saveNotice(qint64 noticeId)
{
    IssuedNotice notice;
    const std::optional<QByteArray> pdf = issuedPdf(noticeId, &notice);
    if (pdf
        && NoticeDialog::savePdf(
                *pdf, notice.sealRecord,
                QString(notice.number).remove(QRegularExpression(QStringLiteral("[〔〕第号]")))
                        + QStringLiteral(".pdf"),
                this))
        m_inbox->audit()->append(m_profile.userName(), QStringLiteral("export"), notice.caseId,
                                 notice.number);
}

void MainWindow::printNotice(qint64 noticeId)
{
    IssuedNotice notice;
    if (const std::optional<QByteArray> pdf = issuedPdf(noticeId, &notice))
        NoticeDialog::printPdf(*pdf, notice.number, this);
}

void MainWindow::showPendingActions()
{
    if (!m_pending)
        return;
    PendingActionsDialog dialog(*m_pending, this);
    dialog.exec();
}

void MainWindow::discardHeld(qint64 outboxId)
{
    if (m_pending)
        PendingActionsDialog::discard(*m_pending, outboxId, this);
}

void MainWindow::afterLocalChange()
{
    m_inbox->refresh();
    updateQueueCounts();
    if (m_sync)
        m_sync->syncNow();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers() == Qt::NoModifier) {
        // Into the case: its first action if any, else its first field.
        m_pane->focusFirst();
        return true;
    }
    // Typing a letter or a digit in the list starts a search with it, as in a mail client.
    const QString text = key->text();
    const bool plain = (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0;
    if (plain && text.size() == 1 && text.at(0).isLetterOrNumber()) {
        m_search->setFocus();
        m_search->setText(m_search->text() + text);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    auto settings = m_profile.settings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings->setValue(QStringLiteral("window/inboxHeader"),
                       m_view->horizontalHeader()->saveState());
    if (m_sync)
        m_sync->stop();
    event->accept();
}

} // namespace casedesk
