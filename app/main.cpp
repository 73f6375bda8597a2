// casedesk: the desktop entry point. Builds the services and opens the main window.

#include "MainWindow.h"
#include "core/Localization.h"
#include "core/Profile.h"
#include "security/CredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace casedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("casedesk"));

    Profile profile = Profile::fromEnvironment();
    installTranslations(app, profile.language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "CaseDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main",
            "CaseDesk, the case desk for the one-stop government service platform. "
            "The profile folder is CASEDESK_HOME when set."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    CredentialStore credentials;
    MainWindow window(profile, credentials);
    window.show();
    window.startSession();
    return QApplication::exec();
}
