#pragma once

#include "cases/Case.h"
#include "cases/Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casedesk {

// 批量审批: several cases approved at once, after the chief has seen each one's summary. A case
// the rules do not let him approve now is listed with why and left out; the others are chosen
// at first, and each approval is signed on its own. No widgets.
class BatchApproval
{
    Q_DECLARE_TR_FUNCTIONS(BatchApproval)
public:
    BatchApproval(const QList<Case> &cases, Role role, const QString &user);

    struct Row
    {
        QString caseId;
        QString caseNo;
        QString itemName;
        QString applicant;
        QString proposal; // 准予 / 不予, in words
        QString opinion;
        QString whyNot; // empty: may be approved
        bool chosen = false;
    };
    const QList<Row> &rows() const { return m_rows; }
    void setChosen(int row, bool chosen);
    // The cases to approve, in the order shown.
    QStringList chosenIds() const;
    // What stops the batch: nothing chosen; empty when it may go.
    QString problem() const;

private:
    QList<Row> m_rows;
};

} // namespace casedesk
