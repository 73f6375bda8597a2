#pragma once

#include <QObject>

class QAction;
class QStatusBar;
class QSystemTrayIcon;
class QWidget;

namespace casedesk {

class QueueCounter;
class Workspace;
struct CaseAlerts;

// Tells the user, after a sync, what is new since the last look: new cases in the queues and
// cases turning yellow or red for this role (CasePolicy::alertStages). In the tray where the
// desktop has one, else in the status bar; View › Notifications turns it off.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    AlertNotifier(Workspace &workspace, QueueCounter &counter, QWidget *window, QStatusBar &bar);

    QAction *toggle() const { return m_toggle; } // for the View menu
    // Asks the counter what changed since the last check (the first sync of a profile is no
    // news); the answer comes back to show().
    void check(QDate today);

private:
    void show(const CaseAlerts &alerts);

    Workspace &m_workspace;
    QueueCounter &m_counter;
    QStatusBar &m_bar;
    QAction *m_toggle;
    QSystemTrayIcon *m_tray;
};

} // namespace casedesk
