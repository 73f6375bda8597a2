#pragma once

#include "platform/PlatformTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// 分派 as the chief fills it in: the cases, the clerks of the department he may give them to
// (not the one who holds them now, when he moves a clerk's work), and the reason the platform
// records. No widgets: the dialog shows what this holds.
class AssignmentForm
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentForm)
public:
    // `fromUser`: the clerk whose cases these are, when all of one clerk's work moves.
    explicit AssignmentForm(QStringList caseIds, QString fromUser = {});

    // The platform's staff list once it answers; `error` when it could not be read.
    void setStaff(const QList<StaffMember> &staff, const QString &error);

    struct Candidate
    {
        QString userName;
        QString name; // as people call them
    };
    const QList<Candidate> &candidates() const { return m_candidates; }
    const QStringList &caseIds() const { return m_caseIds; }

    // What stops the assignment to candidate `index` with `reason`, in words; empty when none.
    QString problem(int index, const QString &reason) const;
    // Where the form stands: reading the staff, why it could not, or what will be assigned.
    QString status() const;

private:
    QStringList m_caseIds;
    QString m_fromUser;
    QList<Candidate> m_candidates;
    bool m_loaded = false;
    QString m_error;
};

} // namespace casedesk
