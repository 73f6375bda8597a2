#pragma once

#include "Case.h"
#include "Workflow.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// Who may see and do what around a case, beyond the workflow's own table (cases/Workflow):
// which written notice follows which act, who issues notices or reveals personal data, who
// claims, whose work a stage is. One place for these rules; the windows and the CLI ask here.
class CasePolicy
{
public:
    // The notice the law wants in writing after `verb` (行政许可法 art. 32, 38): acceptance,
    // correction (also a pre-review asking for it), refusal; the decision notice after approval
    // (grant or deny as proposed). Empty: no notice follows.
    static QString noticeAfter(const Case &before, const QString &verb, const QJsonObject &payload);
    // The notice kinds that record an act the case has been through, most fitting first: a case
    // in correction offers only the correction notice, a granted one the grant (and the earlier
    // acceptance, for a reissue). Empty while no act calls for a notice.
    static QStringList noticeKinds(const Case &c);
    // The day of the act a notice of `kind` records, in China's calendar: the acceptance, the
    // correction request, the refusal, the decision. Invalid when the case has no such act.
    static QDate actDate(const Case &c, const QString &kind);

    // Clerks and chiefs write to applicants; a case someone else claimed is theirs to write to.
    static bool mayIssueNotices(const Case &c, Role role, const QString &user);
    // A supervisor does not need whole ID numbers; a clerk or chief may reveal them, on record.
    static bool mayRevealPersonalData(Role role);
    // 认领 is a clerk's lock on his work; chiefs and supervisors read and approve without it.
    static bool mayClaim(Role role);
    // Someone else's claim makes the case read-only for a clerk (not for a chief approving it).
    static bool readOnlyByClaim(const Case &c, Role role, const QString &user);
    // The stages whose new cases and turning lights a role is told about.
    static QList<CaseStage> alertStages(Role role);
};

} // namespace casedesk
