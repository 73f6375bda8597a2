#include "SyncStatus.h"

#include "cases/ChinaTime.h"
#include "sync/SyncService.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace casedesk {

SyncStatus::SyncStatus(QStatusBar &bar, SessionController &session)
    : QObject(&bar), m_bar(bar), m_session(session)
{
    m_connection = new QLabel(&bar);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_outbox = new QLabel(&bar);
    m_outbox->setAccessibleName(tr("Actions waiting to be sent"));
    m_outbox->hide();
    m_setAside = new QLabel(&bar);
    m_setAside->setObjectName(QStringLiteral("setAside"));
    m_setAside->setAccessibleName(tr("Records set aside"));
    m_setAside->setToolTip(tr("The platform sent records this computer could not read. They are "
                              "kept aside and fetched again at each sync; File › Check the local "
                              "cache says which. If this stays, tell your administrator."));
    m_setAside->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_setAside->hide();
    m_progress = new QProgressBar(&bar);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    bar.addPermanentWidget(m_progress);
    bar.addPermanentWidget(m_setAside);
    bar.addPermanentWidget(m_outbox);
    bar.addPermanentWidget(m_connection);
    connect(&session, &SessionController::connectionChanged, this, &SyncStatus::showConnection);
    connect(&session, &SessionController::syncStarted, this, &SyncStatus::follow);
    showConnection();
}

void SyncStatus::follow(SyncService *sync)
{
    connect(sync, &SyncService::syncStarted, m_progress, &QWidget::show);
    connect(sync, &SyncService::syncFinished, this, [this] {
        m_progress->hide();
        m_reached = QDateTime::currentDateTimeUtc();
        showConnection();
    });
    connect(sync, &SyncService::syncFailed, m_progress, &QWidget::hide);
    connect(sync, &SyncService::progress, this, [this](int changes) {
        m_bar.showMessage(tr("Syncing: %n change(s) received", nullptr, changes));
    });
    connect(sync, &SyncService::quarantineChanged, this, [this](int records) {
        m_setAside->setVisible(records > 0);
        m_setAside->setText(tr("%n record(s) could not be read", nullptr, records));
    });
    connect(sync, &SyncService::outboxChanged, this, [this](int pending, int held) {
        m_outbox->setVisible(pending > 0 || held > 0);
        m_outbox->setText(held > 0 ? tr("%1 to send, %2 need your decision").arg(pending).arg(held)
                                   : tr("%n action(s) to send", nullptr, pending));
        m_outbox->setStyleSheet(held > 0 ? QStringLiteral("color: #c62828;") : QString());
    });
}

QString SyncStatus::connectionText() const
{
    // "Online" says when the platform was last reached: between two rounds nothing is known,
    // and a corner that only said 在线 would go on saying it with the network gone.
    switch (m_session.connection()) {
    case SessionController::Connection::SignedOut:
        return tr("Signed out");
    case SessionController::Connection::Connecting:
        return tr("Connecting…");
    case SessionController::Connection::Online:
        return tr("Online, reached at %1")
                .arg(inChinaTime(m_reached).toString(QStringLiteral("HH:mm")));
    case SessionController::Connection::Offline:
        return tr("Offline");
    case SessionController::Connection::Failing:
        return tr("Sync error");
    }
    return {};
}

void SyncStatus::showConnection()
{
    m_connection->setText(connectionText());
}

} // namespace casedesk
