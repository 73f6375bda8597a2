#pragma once

#include "session/SessionController.h"

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace casedesk {

class SyncService;

// The status bar's corner: whether the platform was reached and when, a sync running, and
// what waits in the outbox (what needs the clerk's decision in red). Offline work is never
// silent.
class SyncStatus : public QObject
{
    Q_OBJECT
public:
    SyncStatus(QStatusBar &bar, SessionController &session);

    QString connectionText() const;

private:
    void follow(SyncService *sync);
    void showConnection();

    QStatusBar &m_bar;
    SessionController &m_session;
    QLabel *m_connection;
    QLabel *m_outbox;
    QLabel *m_setAside; // records from the platform that could not be read (store/Quarantine)
    QProgressBar *m_progress;
    QDateTime m_reached; // the last round that reached the platform
};

} // namespace casedesk
