#include "ActionService.h"

#include "store/CaseStore.h"
#include "store/Outbox.h"

#include <QCoreApplication>

namespace casedesk {

ActionService::Result ActionService::take(const QString &caseId, Role role, const QString &user,
                                          const QString &verb, const QJsonObject &payload)
{
    // Judged on the case as the clerk sees it, with earlier local actions applied.
    QString readError;
    const auto stored = m_store.storedCase(caseId, &readError);
    if (!stored)
        return {0, {{{}, readError}}};
    const Case *c = &stored->effective;
    const QList<Violation> violations = Workflow::check(*c, role, user, verb, payload);
    if (!violations.isEmpty())
        return {0, violations};
    QString error;
    const auto id = m_outbox.enqueue(caseId, verb, payload, user,
                                     Workflow::stageAfter(*c, verb, payload), &error);
    if (!id)
        return {0, {{{}, error}}};
    return {*id, {}};
}

} // namespace casedesk
