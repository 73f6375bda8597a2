#include "MainWindow.h"

#include "AboutDialog.h"
#include "AlertNotifier.h"
#include "AppIcon.h"
#include "BuiltInButtons.h"
#include "CaseWorkView.h"
#include "FocusRing.h"
#include "InboxModel.h"
#include "PlainMessage.h"
#include "SessionLock.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "SyncStatus.h"
#include "WindowSize.h"
#include "core/Logging.h"
#include "core/Profile.h"
#include "platform/SignIn.h"
#include "session/SessionController.h"
#include "session/Workspace.h"
#include "store/LocalData.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace casedesk {

MainWindow::MainWindow(Workspace &workspace, SessionController &session,
                       CredentialStore &credentials, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_session(session), m_credentials(credentials)
{
    Q_ASSERT(workspace.isOpen()); // main.cpp says why when the cache cannot be opened
    setWindowTitle(tr("CaseDesk"));
    setWindowIcon(appIcon());
    setObjectName(QStringLiteral("MainWindow"));
    Profile &profile = workspace.profile();

    m_work = new CaseWorkView(workspace, session, credentials, this);
    connect(m_work, &CaseWorkView::status, this, &MainWindow::say);
    // Page 0 is the work, page 1 the lock screen (SessionLock).
    auto *pages = new QStackedWidget(this);
    pages->setAccessibleName(tr("Work area"));
    pages->addWidget(m_work);
    setCentralWidget(pages);
    m_lock = new SessionLock(profile, m_credentials, pages, this);
    m_lock->setAuditLog(workspace.audit());
    connect(m_lock, &SessionLock::signOutRequested, this, [this] { signOut(false); });

    statusBar()->setAccessibleName(tr("Status bar"));
    statusBar()->setSizeGripEnabled(false);
    menuBar()->setAccessibleName(tr("Menu bar"));
    m_status = new SyncStatus(*statusBar(), session);
    m_alerts = new AlertNotifier(workspace, *m_work->counter(), this, *statusBar());

    buildMenus();

    // The session: its sign-in questions, its sync, its end.
    connect(&session, &SessionController::dataKeyLoaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            say(tr("ID numbers, phones and addresses are not kept offline: %1").arg(error), 0);
    });
    connect(&session, &SessionController::signInNeeded, this, &MainWindow::askSignIn);
    connect(&session, &SessionController::syncStarted, this, &MainWindow::followSync);
    connect(&session, &SessionController::notice, this, [this](const QString &m) { say(m, 0); });
    connect(&session, &SessionController::aboutToRemoveData, this, [this] {
        // Every connection to the cache goes before its files do.
        m_work->closeCache();
        m_lock->setAuditLog(nullptr);
    });
    connect(&session, &SessionController::signedOut, this, &MainWindow::afterSignOut);

    auto settings = profile.settings();
    // A geometry saved on a screen of another logical size (another scale factor, another
    // monitor) would open the window too small or too large: it then starts afresh.
    const bool sameScreen = settings->value(QStringLiteral("window/screen")).toSize()
            == screen()->availableGeometry().size();
    if (sameScreen)
        restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    m_work->restoreState(*settings);
    if (!sameScreen || !settings->contains(QStringLiteral("window/geometry")))
        resizeWithinScreen(this, QSize(1280, 800));
    new FocusRing(this);
    m_work->setFocus(); // the inbox, its focus proxy
}

MainWindow::~MainWindow() = default;

InboxModel *MainWindow::inbox() const
{
    return m_work->inbox();
}

InboxView *MainWindow::inboxView() const
{
    return m_work->inboxView();
}

CasePane *MainWindow::casePane() const
{
    return m_work->casePane();
}

MaterialsDesk *MainWindow::materials() const
{
    return m_work->materials();
}

QString MainWindow::countText() const
{
    return m_work->countText();
}

void MainWindow::say(const QString &message, int ms)
{
    statusBar()->showMessage(message, ms);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setAccessibleName(tr("File menu"));
    m_syncAction = file->addAction(tr("&Sync now"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch the platform's changes now (F5)"));
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_session.sync())
            m_session.sync()->syncNow();
    });
    m_checkAction = file->addAction(tr("&Check the local cache"));
    m_checkAction->setToolTip(tr("Compare the local cache with what the platform holds and "
                                 "fetch again whatever differs"));
    m_checkAction->setEnabled(false);
    connect(m_checkAction, &QAction::triggered, this, [this] {
        if (!m_session.sync())
            return;
        m_checkAsked = true;
        say(tr("Checking the local cache against the platform…"), 0);
        m_session.sync()->verifyCache(true);
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
    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_syncAction);
    view->addAction(m_alerts->toggle());
    // Each view of the work area adds its own menus (the case desk its Case menu).
    m_work->addMenus(*menuBar(), *view, *toolbar);

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
        AboutDialog dialog(aboutFacts(m_workspace.profile()),
                           LogFile::directory(m_workspace.profile()), this);
        dialog.exec();
    });
    nameToolbarOverflow(toolbar);
}

void MainWindow::signOut(bool ask)
{
    bool removeData = false;
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("Sign out"),
                        tr("Sign out of the platform on this computer?"), QMessageBox::Cancel,
                        this);
        QPushButton *confirm = box.addButton(tr("Sign &out"), QMessageBox::AcceptRole);
        auto *removeBox = new QCheckBox(
                tr("Also remove the cases, materials and keys from this computer"), &box);
        removeBox->setAccessibleName(tr("Remove local data"));
        box.setCheckBox(removeBox);
        const QString unsent = localdata::unsentWork(m_workspace.profile());
        if (!unsent.isEmpty())
            box.setInformativeText(tr("Not yet on the platform: %1. Removing the local data "
                                      "loses them.")
                                           .arg(unsent));
        box.exec();
        if (box.clickedButton() != confirm)
            return;
        removeData = removeBox->isChecked();
    }
    m_syncAction->setEnabled(false);
    m_checkAction->setEnabled(false);
    say(tr("Signing out…"), 0);
    m_session.signOut(removeData);
}

void MainWindow::afterSignOut(bool dataRemoved, const QString &error)
{
    if (!dataRemoved) {
        askSignIn(tr("You are signed out."));
        return;
    }
    if (!error.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Sign out"), error);
    else
        QMessageBox::information(this, tr("Sign out"),
                                 tr("The local data is removed. CaseDesk closes now."));
    close();
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
    }
}

void MainWindow::startSession()
{
    // A damaged cache was rebuilt at opening: the user learns what was kept, then signs in.
    const std::optional<CacheRescue> &rescue = m_workspace.rescued();
    if (!rescue) {
        m_session.start();
        return;
    }
    auto *box = new QMessageBox(
            rescue->unreadable.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
            tr("Local cache rebuilt"), rescue->summary(), QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // it names a file path
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { m_session.start(); });
    box->open();
}

void MainWindow::askSignIn(const QString &message)
{
    // Deferred, so a caller inside a keychain or network callback is not stuck in a nested loop.
    QTimer::singleShot(0, this, [this, message] {
        SignInDialog dialog(m_workspace.profile(), m_credentials, this);
        dialog.setMessage(message);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_lock->release();
        m_session.signedIn(dialog.result());
    });
}

void MainWindow::followSync(SyncService *sync)
{
    m_work->follow(sync);
    connect(sync, &SyncService::syncFinished, this, [this](int changes) {
        const QString done = tr("Sync finished: %n change(s)", nullptr, changes);
        // A check made within the round (after a first pull) is said with it, not under it.
        if (m_checkNote.isEmpty())
            say(done, 5000);
        else
            say(done + QStringLiteral("  ") + m_checkNote, 0);
        m_checkNote.clear();
        if (m_work->counter())
            m_alerts->check(m_work->inbox()->today());
    });
    connect(sync, &SyncService::syncFailed, this,
            [this](int, const QString &message) { say(message, 0); });
    // Asked for, the answer is always said; after a first sign-in, only what it found.
    connect(sync, &SyncService::cacheVerified, this, [this, sync](const CacheCheck &check) {
        const bool asked = m_checkAsked;
        m_checkAsked = false;
        if (!asked && check.differences.isEmpty())
            return;
        if (sync->isSyncing())
            m_checkNote = check.summary();
        else
            say(check.summary(), check.matchesNow ? 15000 : 0);
    });
    m_syncAction->setEnabled(true);
    m_checkAction->setEnabled(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    auto settings = m_workspace.profile().settings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/screen"), screen()->availableGeometry().size());
    m_work->saveState(*settings);
    if (m_session.sync())
        m_session.sync()->stop();
    event->accept();
}

} // namespace casedesk
