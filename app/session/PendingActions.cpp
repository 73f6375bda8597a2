#include "PendingActions.h"

#include "cases/Workflow.h"
#include "store/CaseStore.h"
#include "store/IntakeRegister.h"
#include "store/Outbox.h"

#include <QHash>

namespace casedesk {

PendingActionsController::PendingActionsController(CaseStore &store, Outbox &outbox, QString user,
                                                   QObject *parent)
    : QObject(parent), m_store(store), m_outbox(outbox), m_user(std::move(user))
{
}

QList<PendingActionsController::Row> PendingActionsController::rows() const
{
    QList<Row> rows;
    QHash<QString, QString> caseNos; // one read per case, not per action
    for (const OutboxItem &item : m_outbox.items()) {
        Row r;
        r.id = item.id;
        r.caseId = item.caseId;
        if (!caseNos.contains(item.caseId)) {
            const auto stored = m_store.storedCase(item.caseId);
            caseNos.insert(item.caseId, stored ? stored->platform.caseNo : item.caseId);
        }
        r.caseNo = caseNos.value(item.caseId);
        const Transition *t = Workflow::find(item.verb);
        r.action = t ? Workflow::label(*t)
                : item.verb == IntakeRegister::createVerb()
                ? tr("Counter intake: create the case on the platform")
                : item.verb;
        r.takenAt = item.createdAt;
        r.user = item.user;
        r.held = item.state != OutboxItem::State::Pending;
        if (item.state == OutboxItem::State::Conflict)
            r.state = tr("Held: the case changed on the platform meanwhile (%1)")
                              .arg(item.lastError);
        else if (item.state == OutboxItem::State::Rejected)
            r.state = tr("Held: the platform refused it (%1)").arg(item.lastError);
        else if (!item.lastError.isEmpty())
            r.state = tr("Waiting to be sent; the last try failed: %1").arg(item.lastError);
        else
            r.state = tr("Waiting to be sent");
        rows.append(r);
    }
    return rows;
}

int PendingActionsController::heldCount() const
{
    return m_outbox.heldCount();
}

bool PendingActionsController::reapply(qint64 id, QString *error)
{
    const bool ok = m_outbox.reapply(id, m_user, error);
    if (ok)
        Q_EMIT changed();
    return ok;
}

bool PendingActionsController::discard(qint64 id, const QString &reason, QString *error)
{
    const bool ok = m_outbox.discard(id, reason, m_user, error);
    if (ok)
        Q_EMIT changed();
    return ok;
}

} // namespace casedesk
