#include "CasePane.h"

#include "store/CaseStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace casedesk {

CasePane::CasePane(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Case details"));
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(tr("Select a case to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_details = new QWidget(this);
    m_details->setAccessibleName(tr("Case fields"));
    auto *form = new QFormLayout(m_details);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_caseNo = addRow(form, tr("Case No."));
    m_item = addRow(form, tr("Service item"));
    m_applicant = addRow(form, tr("Applicant"));
    m_stage = addRow(form, tr("Status"));
    m_received = addRow(form, tr("Received"));
    m_remaining = addRow(form, tr("Time left"));
    m_claimedBy = addRow(form, tr("Claimed by"));
    m_deadlineSteps = addRow(form, tr("How the deadline is counted"));
    layout->addWidget(m_details);
    layout->addStretch(1);
    m_details->hide();
}

QLabel *CasePane::addRow(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(m_details);
    // Names and numbers come from citizens through the platform: never interpret them as markup.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::TabFocus);
    value->setAccessibleName(label);
    auto *caption = new QLabel(label, m_details);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void CasePane::showCase(const CaseSummary *summary, const QString &remaining)
{
    m_placeholder->setVisible(!summary);
    m_details->setVisible(summary);
    if (!summary)
        return;
    m_caseNo->setText(summary->caseNo);
    m_item->setText(summary->itemName);
    m_applicant->setText(summary->applicantName);
    m_stage->setText(stageLabel(summary->stage));
    m_received->setText(QLocale().toString(summary->receivedAt.toLocalTime(), QLocale::LongFormat));
    m_remaining->setText(remaining);
    m_claimedBy->setText(summary->claimedBy.isEmpty() ? tr("Nobody") : summary->claimedBy);
}

void CasePane::showDeadlineSteps(const QStringList &steps)
{
    m_deadlineSteps->setText(steps.isEmpty() ? tr("No deadline runs in this stage.")
                                             : steps.join(QLatin1Char('\n')));
}

QString CasePane::deadlineSteps() const
{
    return m_deadlineSteps->text();
}

QString CasePane::shownCaseNo() const
{
    return m_details->isHidden() ? QString() : m_caseNo->text();
}

} // namespace casedesk
