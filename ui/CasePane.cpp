#include "CasePane.h"

#include "cases/Masking.h"
#include "store/CaseStore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    m_idNumber = addRow(form, tr("ID number"));
    m_phone = addRow(form, tr("Phone"));
    m_reveal = new QPushButton(tr("Show in full (recorded)"), m_details);
    m_reveal->setAccessibleName(
            tr("Show the ID number and phone in full; this is recorded in the audit log"));
    connect(m_reveal, &QPushButton::clicked, this, &CasePane::revealRequested);
    form->addRow(QString(), m_reveal);
    m_stage = addRow(form, tr("Status"));
    m_received = addRow(form, tr("Received"));
    m_remaining = addRow(form, tr("Time left"));
    m_claimedBy = addRow(form, tr("Claimed by"));
    m_deadlineSteps = addRow(form, tr("How the deadline is counted"));
    layout->addWidget(m_details);
    m_held = new QGroupBox(tr("Needs your decision"), this);
    m_held->setAccessibleName(tr("Actions the platform did not take"));
    new QVBoxLayout(m_held);
    m_held->hide();
    layout->addWidget(m_held);
    m_actions = new QGroupBox(tr("Actions"), this);
    m_actions->setAccessibleName(tr("Actions"));
    new QVBoxLayout(m_actions);
    m_actions->hide();
    layout->addWidget(m_actions);
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
    if (!summary) {
        showActions({});
        showHeld({});
        return;
    }
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

namespace {
void clearLayout(QWidget *box)
{
    while (QLayoutItem *item = box->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

void CasePane::showActions(const QList<std::pair<QString, QString>> &actions)
{
    clearLayout(m_actions);
    for (const auto &[verb, label] : actions) {
        auto *button = new QPushButton(label, m_actions);
        button->setAccessibleName(label);
        connect(button, &QPushButton::clicked, this,
                [this, verb = verb] { Q_EMIT actionRequested(verb); });
        m_actions->layout()->addWidget(button);
    }
    m_actions->setVisible(!actions.isEmpty());
}

void CasePane::showHeld(const QList<Held> &held)
{
    clearLayout(m_held);
    for (const Held &h : held) {
        auto *text = new QLabel(tr("%1: %2").arg(h.action, h.problem)
                                        + (h.platformState.isEmpty()
                                                   ? QString()
                                                   : QLatin1Char('\n') + h.platformState),
                                m_held);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        m_held->layout()->addWidget(text);
        auto *reapply = new QPushButton(tr("Send again on the current version"), m_held);
        connect(reapply, &QPushButton::clicked, this,
                [this, id = h.id] { Q_EMIT reapplyRequested(id); });
        auto *discard = new QPushButton(tr("Discard…"), m_held);
        connect(discard, &QPushButton::clicked, this,
                [this, id = h.id] { Q_EMIT discardRequested(id); });
        m_held->layout()->addWidget(reapply);
        m_held->layout()->addWidget(discard);
    }
    m_held->setVisible(!held.isEmpty());
}

void CasePane::showPersonalData(const QString &idNumber, const QString &phone, bool revealed,
                                bool canReveal, bool withheld)
{
    if (withheld) {
        // Sealed with a key this computer's keychain does not hold, or never stored for lack
        // of a keychain: the platform still has it, the next sync with a keychain brings it.
        const QString absent = tr("Not kept on this computer");
        m_idNumber->setText(absent);
        m_phone->setText(absent);
        m_reveal->setVisible(false);
        return;
    }
    m_idNumber->setText(revealed ? idNumber : maskIdNumber(idNumber));
    m_phone->setText(revealed ? phone : maskPhone(phone));
    m_reveal->setVisible(canReveal && !revealed && !(idNumber.isEmpty() && phone.isEmpty()));
}

QString CasePane::shownIdNumber() const
{
    return m_idNumber->text();
}

QStringList CasePane::actionLabels() const
{
    QStringList labels;
    for (const QPushButton *b : m_actions->findChildren<QPushButton *>())
        labels.append(b->text());
    return labels;
}

QString CasePane::shownCaseNo() const
{
    return m_details->isHidden() ? QString() : m_caseNo->text();
}

} // namespace casedesk
