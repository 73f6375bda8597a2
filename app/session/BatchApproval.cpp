#include "BatchApproval.h"

namespace casedesk {

BatchApproval::BatchApproval(const QList<Case> &cases, Role role, const QString &user)
{
    for (const Case &c : cases) {
        Row row;
        row.caseId = c.id;
        row.caseNo = c.caseNo;
        row.itemName = c.itemName;
        row.applicant = c.applicant.name;
        row.proposal = c.proposal.decision == QLatin1String("grant") ? tr("Grant")
                : c.proposal.decision == QLatin1String("deny")       ? tr("Deny")
                                                                     : QString();
        row.opinion = c.proposal.opinion;
        // The same rules as one approval: the role, the stage, a proposal to approve.
        const QList<Violation> violations
                = Workflow::check(c, role, user, QStringLiteral("approve"), {});
        if (!violations.isEmpty())
            row.whyNot = violations.constFirst().message;
        row.chosen = row.whyNot.isEmpty();
        m_rows.append(row);
    }
}

void BatchApproval::setChosen(int row, bool chosen)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].chosen = chosen && m_rows.at(row).whyNot.isEmpty();
}

QStringList BatchApproval::chosenIds() const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (r.chosen)
            ids.append(r.caseId);
    }
    return ids;
}

QString BatchApproval::problem() const
{
    if (!chosenIds().isEmpty())
        return {};
    return m_rows.isEmpty() ? tr("Choose the cases to approve in the inbox first.")
                            : tr("None of these cases can be approved now.");
}

} // namespace casedesk
