#pragma once

#include "MainWindow.h"
#include "security/DataKey.h"
#include "session/SessionController.h"
#include "session/Workspace.h"

#include <QtGlobal>

#include <memory>

// The desktop as app/main.cpp builds it over a test's profile: the workspace (with the
// profile's data key from the test keyring, as the session would load it), the session and
// the window.
class TestDesk
{
public:
    TestDesk(casedesk::Profile &profile, casedesk::CredentialStore &credentials)
        : workspace(profile)
    {
        QString error;
        if (!workspace.open(&error))
            qFatal("the test cache cannot be opened: %s", qPrintable(error));
        workspace.setDataKey(
                casedesk::profileDataKey(credentials, profile, &error).value_or(QByteArray()));
        session = std::make_unique<casedesk::SessionController>(workspace, credentials);
        m_window = std::make_unique<casedesk::MainWindow>(workspace, *session, credentials);
    }

    casedesk::MainWindow &window() { return *m_window; }
    casedesk::MainWindow *operator->() { return m_window.get(); }

    casedesk::Workspace workspace;
    std::unique_ptr<casedesk::SessionController> session;

private:
    std::unique_ptr<casedesk::MainWindow> m_window;
};
