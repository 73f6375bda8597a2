#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace casedesk {

class CaseStore;
class MaterialUploads;
class Outbox;

// What this computer has done and the platform does not have yet: the outbox as a list for the
// window (View › Pending actions), as `casedesk-cli outbox` and `conflicts` show it. Held actions
// are re-applied on the platform's current version or discarded with a reason that is kept.
class PendingActionsController : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        qint64 id = 0;
        QString caseId;
        QString caseNo;
        QString action; // the step's name
        QString state; // in words: waiting to be sent, held: …
        QDateTime takenAt;
        QString user;
        bool held = false; // the platform refused it or the case changed meanwhile
        bool file = false; // a file on its way, not an action: nothing to re-apply or discard
    };

    PendingActionsController(CaseStore &store, Outbox &outbox, QString user,
                             QObject *parent = nullptr);
    // The files waiting to be uploaded are listed too, after the actions.
    void setUploads(MaterialUploads *uploads) { m_uploads = uploads; }
    QList<Row> rows() const;
    int heldCount() const;
    bool reapply(qint64 id, QString *error);
    bool discard(qint64 id, const QString &reason, QString *error);

Q_SIGNALS:
    void changed();

private:
    CaseStore &m_store;
    Outbox &m_outbox;
    MaterialUploads *m_uploads = nullptr;
    QString m_user;
};

// A queued action in the clerk's words: the workflow step, or the creation of a counter
// application on the platform.
QString outboxActionLabel(const QString &verb);

} // namespace casedesk
