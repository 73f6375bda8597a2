#pragma once

#include "cases/Workflow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace casedesk {

class ApprovalSigner;
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

    // Signs approvals (cases/ApprovalStatement) as the user who gives them; without one an
    // approval is refused here, as the platform would refuse it. Not owned.
    void setSigner(ApprovalSigner *signer) { m_signer = signer; }

private:
    CaseStore &m_store;
    Outbox &m_outbox;
    ApprovalSigner *m_signer = nullptr;
};

} // namespace casedesk
