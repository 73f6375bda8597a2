#pragma once

#include "session/AssignmentForm.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

// Case › Assign (分派): the clerk who takes the chosen cases and why. The staff come from the
// platform while the dialog is open; the assignment goes when the chief confirms.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(AssignmentForm form, QWidget *parent = nullptr);

    void setStaff(const QList<StaffMember> &staff, const QString &error);
    QString assignee() const;
    QString reason() const;

private:
    void check();

    AssignmentForm m_form;
    QLabel *m_status;
    QComboBox *m_clerk;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace casedesk
