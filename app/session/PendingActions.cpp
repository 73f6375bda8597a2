#include "PendingActions.h"

#include "cases/Workflow.h"
#include "store/CaseStore.h"
#include "store/IntakeRegister.h"
#include "store/MaterialUploads.h"
#include "store/Outbox.h"

#include <QHash>

namespace casedesk {

QString outboxActionLabel(const QString &verb)
{
    if (const Transition *t = Workflow::find(verb))
        return Workflow::label(*t);
    if (verb == IntakeRegister::createVerb())
        return PendingActionsController::tr("Counter intake: create the case on the platform");
    return verb;
}

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
        r.action = outboxActionLabel(item.verb);
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
    if (!m_uploads)
        return rows;
    for (const MaterialUpload &u : m_uploads->items()) {
        if (u.state == MaterialUpload::State::Done || u.state == MaterialUpload::State::Discarded)
            continue;
        Row r;
        r.caseId = u.caseId;
        if (!caseNos.contains(u.caseId)) {
            const auto stored = m_store.storedCase(u.caseId);
            caseNos.insert(u.caseId, stored ? stored->platform.caseNo : u.caseId);
        }
        r.caseNo = caseNos.value(u.caseId);
        r.action = u.revision > 1 ? tr("Upload %1 (version %2)").arg(u.name).arg(u.revision)
                                  : tr("Upload %1").arg(u.name);
        r.takenAt = u.createdAt;
        r.user = u.user;
        r.file = true;
        const int percent = u.size > 0 ? int(u.received * 100 / u.size) : 0;
        if (u.state == MaterialUpload::State::Rejected)
            r.state = tr("Refused by the platform (%1); the file stays on this computer")
                              .arg(u.lastError);
        else if (IntakeRegister::isProvisional(u.caseId))
            r.state = tr("Waits until the platform has the case");
        else if (!u.lastError.isEmpty())
            r.state = tr("%1% sent; the last try failed: %2").arg(percent).arg(u.lastError);
        else
            r.state = tr("%1% sent").arg(percent);
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
