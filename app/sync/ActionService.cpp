#include "ActionService.h"

#include "platform/JsonMapping.h"
#include "store/CaseStore.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace casedesk {

ActionService::Result ActionService::take(const QString &caseId, Role role, const QString &user,
                                          const QString &verb, const QJsonObject &payload)
{
    const auto cached = m_store.cachedCase(caseId);
    if (!cached)
        return {0,
                {{{},
                  QCoreApplication::translate("ActionService",
                                              "The case %1 is not in the local cache.")
                          .arg(caseId)}}};
    QString parseError;
    std::optional<Case> c
            = json::parseCase(QJsonDocument::fromJson(cached->json).object(), &parseError);
    if (!c)
        return {0, {{{}, parseError}}};
    // Judge the action on the case as the clerk sees it, with earlier local actions applied.
    if (cached->localStage)
        c->stage = *cached->localStage;
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
