#include "AssignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

AssignDialog::AssignDialog(AssignmentForm form, QWidget *parent)
    : QDialog(parent), m_form(std::move(form))
{
    setWindowTitle(tr("Assign cases"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *fields = new QFormLayout;
    m_clerk = new QComboBox(this);
    m_clerk->setAccessibleName(tr("Clerk who takes the cases"));
    fields->addRow(tr("&Clerk:"), m_clerk);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason for the assignment"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the clerk is on leave until Monday"));
    fields->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(fields);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_clerk, &QComboBox::currentIndexChanged, this, &AssignDialog::check);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AssignDialog::check);
    resize(fontMetrics().averageCharWidth() * 60, sizeHint().height());
    check();
}

void AssignDialog::setStaff(const QList<StaffMember> &staff, const QString &error)
{
    m_form.setStaff(staff, error);
    m_clerk->clear();
    for (const AssignmentForm::Candidate &c : m_form.candidates())
        m_clerk->addItem(c.name, c.userName);
    check();
}

QString AssignDialog::assignee() const
{
    return m_clerk->currentData().toString();
}

QString AssignDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void AssignDialog::check()
{
    m_status->setText(m_form.status());
    const QString problem = m_form.problem(m_clerk->currentIndex(), m_reason->toPlainText());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace casedesk
