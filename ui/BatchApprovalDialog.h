#pragma once

#include "session/BatchApproval.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace casedesk {

// Case › Approve several (批量审批): each chosen case's summary — the proposal and the clerk's
// opinion — with a mark to leave it out, and one comment for all. Each approval is then signed
// and queued on its own.
class BatchApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    BatchApprovalDialog(BatchApproval batch, QWidget *parent = nullptr);

    QStringList chosenIds() const { return m_batch.chosenIds(); }
    QString comment() const;
    QTableWidget *table() const { return m_table; }

private:
    void check();

    BatchApproval m_batch;
    QTableWidget *m_table;
    QPlainTextEdit *m_comment;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace casedesk
