#include "BatchApprovalDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

BatchApprovalDialog::BatchApprovalDialog(BatchApproval batch, QWidget *parent)
    : QDialog(parent), m_batch(std::move(batch))
{
    setWindowTitle(tr("Approve several cases"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check each case's proposal. Clear the mark of a case to leave "
                                "it out; each approval is signed with your key."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(m_batch.rows().size()), 5, this);
    m_table->setAccessibleName(tr("Cases to approve"));
    m_table->setHorizontalHeaderLabels(
            {tr("Case number"), tr("Item"), tr("Applicant"), tr("Proposal"), tr("Opinion")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < m_batch.rows().size(); ++r) {
        const BatchApproval::Row &row = m_batch.rows().at(r);
        auto *number = new QTableWidgetItem(row.caseNo);
        number->setFlags(row.whyNot.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                         | Qt::ItemIsUserCheckable
                                              : Qt::ItemIsSelectable);
        number->setCheckState(row.chosen ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, 0, number);
        m_table->setItem(r, 1, new QTableWidgetItem(row.itemName));
        m_table->setItem(r, 2, new QTableWidgetItem(row.applicant));
        m_table->setItem(r, 3, new QTableWidgetItem(row.proposal));
        const QString opinion = row.whyNot.isEmpty() ? row.opinion : row.whyNot;
        auto *words = new QTableWidgetItem(opinion);
        words->setToolTip(opinion);
        m_table->setItem(r, 4, words);
    }
    // Space marks or clears the current row's case, as the keyboard expects of a check list.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            m_batch.setChosen(item->row(), item->checkState() == Qt::Checked);
        check();
    });
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    layout->addWidget(m_table);
    auto *fields = new QFormLayout;
    m_comment = new QPlainTextEdit(this);
    m_comment->setAccessibleName(tr("Comment on every approval"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(fontMetrics().height() * 4);
    fields->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(fields);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 24);
    check();
}

QString BatchApprovalDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void BatchApprovalDialog::check()
{
    const QString problem = m_batch.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
    m_ok->setText(tr("&Approve %n case(s)", nullptr, int(m_batch.chosenIds().size())));
}

} // namespace casedesk
