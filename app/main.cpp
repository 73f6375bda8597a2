// casedesk: the desktop entry point. Builds the services and opens the main window.

#include "AppIcon.h"
#include "FocusRing.h"
#include "MainWindow.h"
#include "MaterialViewer.h"
#include "WindowSize.h"
#include "core/Localization.h"
#include "core/Logging.h"
#include "core/Profile.h"
#include "core/ProfileLock.h"
#include "security/CredentialStore.h"
#include "session/SessionController.h"
#include "session/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace casedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("casedesk"));

    QApplication::setWindowIcon(appIcon());

    Profile profile = Profile::fromEnvironment();
    const LogFile log(profile, QStringLiteral("casedesk"), true);
    const QString language = installTranslations(app, profile.language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "CaseDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main",
            "CaseDesk, the case desk for the one-stop government service platform. "
            "The profile folder is CASEDESK_HOME when set."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption view(
            QStringLiteral("view"),
            QApplication::translate("main",
                                    "Open the viewer on local files (a scan to check before it "
                                    "is attached), without signing in."));
    parser.addOption(view);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Files to open in the viewer."),
                                 QStringLiteral("[FILE…]"));
    parser.process(app);
    qCInfo(lcUi).noquote() << "CaseDesk" << QApplication::applicationVersion() << "started, Qt"
                           << qVersion() << "language" << language << "profile" << profile.dir();

    // Files named without --view open in the viewer too: that is how a file manager passes
    // them (the desktop file's Exec=casedesk %F).
    if (parser.isSet(view) || !parser.positionalArguments().isEmpty()) {
        MaterialViewer viewer;
        new FocusRing(&viewer);
        viewer.setWindowTitle(QApplication::translate("main", "CaseDesk viewer"));
        // The title names the file shown, as any document viewer's does (Qt adds the
        // application's name after it).
        QObject::connect(&viewer, &MaterialViewer::fileShown, &viewer, [&viewer](int index) {
            viewer.setWindowTitle(viewer.files().value(index).name);
        });
        viewer.setFiles(localViewerFiles(parser.positionalArguments()));
        resizeWithinScreen(&viewer, QSize(1200, 900)); // at 200 % the screen is 720 high
        viewer.show();
        return QApplication::exec();
    }

    // One app per profile: a second start brings the first one's window forward instead.
    ProfileLock profileLock(profile);
    if (!profileLock.tryLock()) {
        if (profileLock.askHolderToShow()) {
            qCInfo(lcUi) << "CaseDesk is already open on this profile: brought it forward";
            return 0;
        }
        QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "CaseDesk"),
                        profileLock.refusal());
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }

    // The composition root: the cache and its services, the session over them, the window.
    Workspace workspace(profile);
    QString error;
    if (!workspace.open(&error)) {
        QMessageBox box(
                QMessageBox::Critical, QApplication::translate("main", "CaseDesk"),
                QApplication::translate("main", "The local cache cannot be opened: %1").arg(error));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    CredentialStore credentials;
    SessionController session(workspace, credentials);
    MainWindow window(workspace, session, credentials);
    QObject::connect(&profileLock, &ProfileLock::showRequested, &window, &MainWindow::bringToFront);
    window.show();
    window.startSession();
    return QApplication::exec();
}
