#include "AssignmentForm.h"

#include <algorithm>

namespace casedesk {

AssignmentForm::AssignmentForm(QStringList caseIds, QString fromUser)
    : m_caseIds(std::move(caseIds)), m_fromUser(std::move(fromUser))
{
}

void AssignmentForm::setStaff(const QList<StaffMember> &staff, const QString &error)
{
    m_loaded = true;
    m_error = error;
    m_candidates.clear();
    // The platform takes clerks only (a claim is a clerk's), and moving work to the clerk who
    // holds it would change nothing.
    for (const StaffMember &m : staff) {
        if (m.role == QLatin1String("Clerk") && m.userName != m_fromUser)
            m_candidates.append({m.userName, m.displayName.isEmpty() ? m.userName : m.displayName});
    }
    std::sort(m_candidates.begin(), m_candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.userName < b.userName; });
}

QString AssignmentForm::problem(int index, const QString &reason) const
{
    if (m_caseIds.isEmpty())
        return tr("Choose the cases to assign in the inbox first.");
    if (!m_loaded)
        return tr("The department's staff are still being read.");
    if (index < 0 || index >= m_candidates.size())
        return m_candidates.isEmpty()
                ? tr("There is no other clerk in the department to assign to.")
                : tr("Choose the clerk who takes the cases.");
    if (reason.trimmed().isEmpty())
        return tr("Give the reason: the platform records it in each case's history.");
    return {};
}

QString AssignmentForm::status() const
{
    if (!m_loaded)
        return tr("Reading the department's staff from the platform…");
    if (!m_error.isEmpty())
        return tr("The department's staff cannot be read: %1").arg(m_error);
    return tr("%n case(s) to assign. The clerk's claim moves with them.", nullptr,
              int(m_caseIds.size()));
}

} // namespace casedesk
