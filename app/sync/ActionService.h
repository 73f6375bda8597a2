#pragma once

#include "cases/Workflow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace casedesk {

class CaseStore;
class Outbox;

// Takes a workflow action the way every part of CaseDesk does: checked by the Workflow rules
// against the cached case as the clerk sees it, then written to the outbox together with its
// visible effect. It works the same offline; the sync engine delivers it later.
class ActionService
{
public:
    ActionService(CaseStore &store, Outbox &outbox) : m_store(store), m_outbox(outbox) { }

    struct Result
    {
        qint64 outboxId = 0; // 0 when refused
        QList<Violation> violations;
        bool ok() const { return outboxId > 0; }
    };

    Result take(const QString &caseId, Role role, const QString &user, const QString &verb,
                const QJsonObject &payload);

private:
    CaseStore &m_store;
    Outbox &m_outbox;
};

} // namespace casedesk
