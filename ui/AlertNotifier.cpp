#include "AlertNotifier.h"

#include "AppIcon.h"

#include "cases/CasePolicy.h"
#include "core/Profile.h"
#include "session/Workspace.h"
#include "store/QueueCounter.h"

#include <QAction>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QWidget>

namespace casedesk {

AlertNotifier::AlertNotifier(Workspace &workspace, QueueCounter &counter, QWidget *window,
                             QStatusBar &bar)
    : QObject(window), m_workspace(workspace), m_counter(counter), m_bar(bar)
{
    m_toggle = new QAction(tr("&Notifications"), this);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Tell me about new cases in my queues and cases turning yellow or "
                            "red"));
    m_toggle->setChecked(workspace.profile()
                                 .settings()
                                 ->value(QStringLiteral("notifications/enabled"), true)
                                 .toBool());
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(tr("CaseDesk"));
    connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    m_tray->setVisible(m_toggle->isChecked() && QSystemTrayIcon::isSystemTrayAvailable());
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        m_workspace.profile().settings()->setValue(QStringLiteral("notifications/enabled"), on);
        m_tray->setVisible(on && QSystemTrayIcon::isSystemTrayAvailable());
    });
    connect(&counter, &QueueCounter::alerted, this, &AlertNotifier::show);
}

void AlertNotifier::check(QDate today)
{
    auto settings = m_workspace.profile().settings();
    const QDateTime now = m_workspace.clock().now();
    const QDateTime since = settings->value(QStringLiteral("notifications/lastCheck")).toDateTime();
    settings->setValue(QStringLiteral("notifications/lastCheck"), now);
    if (!since.isValid() || !m_toggle->isChecked())
        return; // the first sync of a profile is not news
    const SessionUser user = m_workspace.user();
    m_counter.alerts(since, today, user.userName,
                     user.role ? CasePolicy::alertStages(*user.role) : QList<CaseStage>());
}

void AlertNotifier::show(const CaseAlerts &alerts)
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
    if (m_tray->isVisible())
        m_tray->showMessage(tr("CaseDesk"), lines.join(QLatin1Char('\n')),
                            alerts.turnedRed > 0 ? QSystemTrayIcon::Warning
                                                 : QSystemTrayIcon::Information);
    else
        m_bar.showMessage(lines.join(QStringLiteral("; ")));
}

} // namespace casedesk
