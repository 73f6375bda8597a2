#include "CasePane.h"

#include "cases/ChinaTime.h"
#include "cases/Masking.h"
#include "store/CaseStore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
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
    m_listNote = new QLabel(this);
    m_listNote->setTextFormat(Qt::PlainText);
    m_listNote->setWordWrap(true);
    m_listNote->setObjectName(QStringLiteral("listNote"));
    m_listNote->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 4px;"));
    m_listNote->hide();
    layout->addWidget(m_listNote);

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
    auto *claimRow = new QWidget(m_details);
    claimRow->setAccessibleName(tr("Claim actions"));
    auto *claimLayout = new QHBoxLayout(claimRow);
    claimLayout->setContentsMargins(0, 0, 0, 0);
    m_claim = new QPushButton(tr("&Claim"), claimRow);
    m_claim->setToolTip(tr("Take the case through the platform's lock, so nobody else works on "
                           "it meanwhile (Ctrl+K)"));
    m_release = new QPushButton(tr("&Release"), claimRow);
    m_release->setToolTip(tr("Give the case back to the queue (Ctrl+Shift+K)"));
    claimLayout->addWidget(m_claim);
    claimLayout->addWidget(m_release);
    claimLayout->addStretch();
    connect(m_claim, &QPushButton::clicked, this, [this] { Q_EMIT claimRequested(true); });
    connect(m_release, &QPushButton::clicked, this, [this] { Q_EMIT claimRequested(false); });
    form->addRow(QString(), claimRow);
    m_claimNote = new QLabel(m_details);
    m_claimNote->setTextFormat(Qt::PlainText);
    m_claimNote->setWordWrap(true);
    m_claimNote->setAccessibleName(tr("Claim"));
    form->addRow(QString(), m_claimNote);
    m_deadlineSteps = addRow(form, tr("How the deadline is counted"));
    // What the clerk proposed (拟办意见) and what came back: what a chief approves, in full.
    m_proposal = addRow(form, tr("Proposed decision"));
    m_opinion = addRow(form, tr("Opinion"));
    m_reasons = addRow(form, tr("Reasons"));
    m_legalBasis = addRow(form, tr("Legal basis"));
    m_approvalChain = addRow(form, tr("Approval chain"));
    m_returned = addRow(form, tr("Returned with"));
    m_extension = addRow(form, tr("Extension requested"));
    m_rating = addRow(form, tr("Rating"));
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

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Case information"));
    if (auto *pages = m_tabs->findChild<QStackedWidget *>())
        pages->setAccessibleName(tr("Case information pages"));
    m_timeline = new QTreeWidget(m_tabs);
    m_timeline->setAccessibleName(tr("History of the case"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    m_timeline->setWordWrap(true);
    m_tabs->addTab(m_timeline, tr("&History"));
    m_guide = new QLabel(m_tabs);
    m_guide->setTextFormat(Qt::PlainText);
    m_guide->setWordWrap(true);
    m_guide->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_guide->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_guide->setAccessibleName(tr("Service guide"));
    m_tabs->addTab(m_guide, tr("&Guide"));
    m_materials = new QTreeWidget(m_tabs);
    m_materials->setAccessibleName(tr("Submitted materials"));
    m_materials->setRootIsDecorated(false);
    m_materials->setHeaderLabels({tr("Material"), tr("File"), tr("Size")});
    connect(m_materials, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT viewMaterialsRequested(m_materials->indexOfTopLevelItem(item));
    });
    m_tabs->addTab(m_materials, tr("&Materials"));
    m_related = new QListWidget(m_tabs);
    m_related->setAccessibleName(tr("Other cases of the applicant"));
    connect(m_related, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT relatedActivated(item->data(Qt::UserRole).toString());
    });
    m_tabs->addTab(m_related, tr("Same &applicant"));
    auto *noticesPage = new QWidget(m_tabs);
    noticesPage->setAccessibleName(tr("Issued notices"));
    auto *noticesLayout = new QVBoxLayout(noticesPage);
    m_notices = new QTreeWidget(noticesPage);
    m_notices->setAccessibleName(tr("Issued notices"));
    m_notices->setRootIsDecorated(false);
    m_notices->setHeaderLabels(
            {tr("Number"), tr("Notice"), tr("Issued"), tr("By"), tr("Platform")});
    noticesLayout->addWidget(m_notices);
    auto *noticeButtons = new QHBoxLayout;
    m_issueNotice = new QPushButton(tr("&Issue a notice…"), noticesPage);
    m_issueNotice->setAccessibleName(tr("Issue a notice"));
    m_saveNotice = new QPushButton(tr("Save &as…"), noticesPage);
    m_saveNotice->setAccessibleName(tr("Save the selected notice as a PDF"));
    m_printNotice = new QPushButton(tr("&Print…"), noticesPage);
    m_printNotice->setAccessibleName(tr("Print the selected notice"));
    for (QPushButton *b : {m_issueNotice, m_saveNotice, m_printNotice})
        noticeButtons->addWidget(b);
    noticeButtons->addStretch();
    noticesLayout->addLayout(noticeButtons);
    auto selectedNotice = [this] {
        const QTreeWidgetItem *item = m_notices->currentItem();
        return item ? item->data(0, Qt::UserRole).toLongLong() : qint64(0);
    };
    connect(m_issueNotice, &QPushButton::clicked, this, &CasePane::issueNoticeRequested);
    connect(m_saveNotice, &QPushButton::clicked, this, [this, selectedNotice] {
        if (const qint64 id = selectedNotice())
            Q_EMIT saveNoticeRequested(id);
    });
    connect(m_printNotice, &QPushButton::clicked, this, [this, selectedNotice] {
        if (const qint64 id = selectedNotice())
            Q_EMIT printNoticeRequested(id);
    });
    connect(m_notices, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT printNoticeRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_notices, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_saveNotice->setEnabled(item);
        m_printNotice->setEnabled(item);
    });
    m_tabs->addTab(noticesPage, tr("&Notices"));
    m_tabs->hide();
    layout->addWidget(m_tabs, 1);
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
    value->setProperty("field", label);
    auto *caption = new QLabel(label, m_details);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void CasePane::setValue(QLabel *value, const QString &text)
{
    value->setText(text);
    value->setAccessibleName(tr("%1: %2").arg(value->property("field").toString(), text));
}

namespace {
// A row of the form shown only when it has something to say.
void setRowVisible(QLabel *value, bool on)
{
    value->setVisible(on);
    if (QWidget *caption = value->parentWidget()) {
        for (QLabel *l : caption->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
            if (l->buddy() == value)
                l->setVisible(on);
        }
    }
}
} // namespace

void CasePane::showDetails(const CaseDetails *d, const QString &note)
{
    const bool shown = d && d->found;
    m_placeholder->setText(d && !d->found && !d->problem.isEmpty()
                                   ? d->problem
                                   : tr("Select a case to see its details."));
    m_placeholder->setVisible(!shown);
    m_details->setVisible(shown);
    m_tabs->setVisible(shown);
    m_listNote->setText(note);
    m_listNote->setVisible(shown && !note.isEmpty());
    if (!shown) {
        m_shownCase.clear();
        showActions({});
        showHeld({});
        return;
    }
    // Another case: the history opens at its end; the same case again keeps where it was.
    const bool sameCase = m_shownCase == d->caseId;
    m_shownCase = d->caseId;
    const Case &c = d->effective;
    setValue(m_caseNo, c.caseNo);
    setValue(m_item, c.itemName);
    setValue(m_applicant, c.applicant.name);
    setValue(m_stage, stageLabel(c.stage));
    setValue(m_received, chinaTimeText(c.receivedAt));
    setValue(m_remaining, d->remaining);
    setValue(m_claimedBy, d->claimHolder.isEmpty() ? tr("Nobody") : d->claimHolder);
    setValue(m_deadlineSteps,
             d->deadlineSteps.isEmpty() ? tr("No deadline runs in this stage.")
                                        : d->deadlineSteps.join(QLatin1Char('\n')));
    showPersonalData(*d);
    showClaim(*d);
    showDecisions(*d);
    showActions(d->actions);
    showHeld(d->held);
    const int timelineScroll = m_timeline->verticalScrollBar()->value();
    showTimeline(d->timeline);
    if (sameCase)
        m_timeline->verticalScrollBar()->setValue(timelineScroll);
    showGuide(d->item);
    showMaterials(c.materials);
    showRelated(d->related);
    showNotices(d->notices, d->mayIssueNotice);
    showRating(d->rating);
}

QString CasePane::listNote() const
{
    return m_listNote->isVisible() ? m_listNote->text() : QString();
}

void CasePane::showDecisions(const CaseDetails &d)
{
    const Case &c = d.effective;
    setValue(m_approvalChain, d.approvalChain);
    setRowVisible(m_approvalChain, !d.approvalChain.isEmpty());
    const Proposal &p = c.proposal;
    setValue(m_proposal,
             p.decision == QLatin1String("grant")          ? tr("Grant the licence")
                     : p.decision == QLatin1String("deny") ? tr("Deny the licence")
                                                           : QString());
    setValue(m_opinion, p.opinion);
    setValue(m_reasons, p.reasons);
    setValue(m_legalBasis, p.legalBasis);
    setValue(m_returned, c.returnComments);
    // Where the request stands in its chain: asked for, the chief's opinion, the head's turn.
    QString extension;
    if (c.requestedExtensionDays > 0) {
        extension = tr("%n working day(s): %1", nullptr, c.requestedExtensionDays)
                            .arg(c.extensionReason);
        extension += QLatin1Char('\n')
                + (c.extensionRecommendation.isEmpty()
                           ? tr("Waits for the agency head's approval.")
                           : tr("Section chief's opinion: %1. Waits for the agency head's "
                                "approval.")
                                     .arg(c.extensionRecommendation));
    }
    setValue(m_extension, extension);
    setRowVisible(m_proposal, p.isValid());
    setRowVisible(m_opinion, p.isValid() && !p.opinion.isEmpty());
    setRowVisible(m_reasons, p.isValid() && !p.reasons.isEmpty());
    setRowVisible(m_legalBasis, p.isValid() && !p.legalBasis.isEmpty());
    setRowVisible(m_returned, !c.returnComments.isEmpty() && c.stage == CaseStage::Review);
    setRowVisible(m_extension, c.requestedExtensionDays > 0);
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

void CasePane::showActions(const QList<CaseDetails::Action> &actions)
{
    clearLayout(m_actions);
    for (const auto &[verb, label] : actions) {
        auto *button = new QPushButton(label, m_actions);
        button->setAccessibleName(label);
        connect(button, &QPushButton::clicked, this,
                [this, verb = verb] { Q_EMIT actionRequested(verb); });
        m_actions->layout()->addWidget(button);
        // Shown now, not at the next turn of the event loop: a key pressed at once (Enter from
        // the inbox, F6) must find the button to focus.
        button->show();
    }
    m_actions->setVisible(!actions.isEmpty());
}

void CasePane::showHeld(const QList<CaseDetails::Held> &held)
{
    clearLayout(m_held);
    for (const CaseDetails::Held &h : held) {
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

void CasePane::showPersonalData(const CaseDetails &d)
{
    if (d.personalDataWithheld) {
        // Sealed with a key this computer's keychain does not hold, or never stored for lack
        // of a keychain: the platform still has it, the next sync with a keychain brings it.
        const QString absent = tr("Not kept on this computer");
        setValue(m_idNumber, absent);
        setValue(m_phone, absent);
        m_reveal->setVisible(false);
        return;
    }
    const Applicant &a = d.effective.applicant;
    setValue(m_idNumber, d.revealed ? a.idNumber : maskIdNumber(a.idNumber));
    setValue(m_phone, d.revealed ? a.phone : maskPhone(a.phone));
    m_reveal->setVisible(d.mayReveal && !d.revealed
                         && !(a.idNumber.isEmpty() && a.phone.isEmpty()));
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

void CasePane::showClaim(const CaseDetails &d)
{
    m_claim->setVisible(d.mayClaim);
    m_release->setVisible(d.mayRelease);
    m_claimNote->setText(d.readOnlyReason);
    m_claimNote->setAccessibleName(d.readOnlyReason);
    m_claimNote->setVisible(!d.readOnlyReason.isEmpty());
}

QString CasePane::claimText() const
{
    return m_claimNote->isVisible() ? m_claimNote->text() : QString();
}

void CasePane::showTimeline(const QList<CaseDetails::TimelineEntry> &entries)
{
    m_timeline->clear();
    for (const CaseDetails::TimelineEntry &e : entries) {
        auto *row = new QTreeWidgetItem(m_timeline);
        row->setText(0, chinaTimeText(e.at));
        row->setText(1, e.actor);
        QString what = e.local ? tr("%1 (not yet sent)").arg(e.what) : e.what;
        if (!e.signature.isEmpty()) {
            what = tr("%1 · %2").arg(what, e.signature);
            row->setToolTip(2, tr("Signed with SM2 key %1").arg(e.signatureKey.left(16)));
        }
        row->setText(2, what);
        row->setText(3, e.note);
        row->setToolTip(3, e.note);
    }
    for (int column = 0; column < 3; ++column)
        m_timeline->resizeColumnToContents(column);
    m_timeline->scrollToBottom();
}

void CasePane::showGuide(const std::optional<ServiceItem> &item)
{
    if (!item) {
        m_guide->setText(tr("The service item is not in the local catalogue yet."));
        return;
    }
    const auto limit = [](const TimeLimit &l) {
        return !l.isValid()                        ? tr("none")
                : l.unit == LimitUnit::WorkingDays ? tr("%n working day(s)", nullptr, l.value)
                                                   : tr("%n day(s)", nullptr, l.value);
    };
    QStringList lines{item->name,
                      tr("Legal time limit: %1").arg(limit(item->legalLimit)),
                      tr("Promised time limit: %1").arg(limit(item->promisedLimit)),
                      tr("Legal basis: %1")
                              .arg(item->legalBasis.isEmpty() ? tr("not given") : item->legalBasis),
                      tr("Fees: %1").arg(item->fees.isEmpty() ? tr("not given") : item->fees),
                      tr("Required materials:")};
    for (const RequiredMaterial &m : item->materials)
        lines.append(QStringLiteral("  • ") + m.name
                     + (m.required ? QString() : QLatin1Char(' ') + tr("(if applicable)"))
                     + (m.original ? QLatin1Char(' ') + tr("(original to be shown)") : QString()));
    m_guide->setText(lines.join(QLatin1Char('\n')));
}

void CasePane::showMaterials(const QList<MaterialInfo> &materials)
{
    m_materials->clear();
    for (const MaterialInfo &m : materials) {
        auto *row = new QTreeWidgetItem(m_materials);
        row->setText(0, m.name);
        row->setText(1, m.fileName);
        row->setText(2, QLocale().formattedDataSize(m.size));
    }
    m_materials->resizeColumnToContents(0);
}

void CasePane::showRelated(const QList<CaseSummary> &related)
{
    m_related->clear();
    for (const CaseSummary &s : related) {
        auto *row = new QListWidgetItem(tr("%1  %2  %3  %4")
                                                .arg(s.caseNo, s.itemName, stageLabel(s.stage),
                                                     chinaDateText(s.receivedAt)),
                                        m_related);
        row->setData(Qt::UserRole, s.caseNo);
    }
    if (related.isEmpty())
        new QListWidgetItem(tr("No other cached case of this applicant."), m_related);
}

void CasePane::showNotices(const QList<CaseDetails::NoticeRow> &notices, bool mayIssue)
{
    m_notices->clear();
    for (const CaseDetails::NoticeRow &n : notices) {
        auto *row = new QTreeWidgetItem(
                m_notices,
                {n.number, n.replaced ? tr("%1 (replaced by a reissue)").arg(n.title) : n.title,
                 chinaTimeText(n.issuedAt), n.issuedBy, n.state});
        row->setData(0, Qt::UserRole, n.id);
    }
    m_issueNotice->setEnabled(mayIssue);
    m_saveNotice->setEnabled(false);
    m_printNotice->setEnabled(false);
}

void CasePane::showRating(const CaseStore::Rating &rating)
{
    const int level = rating.level;
    const QString &comment = rating.comment;
    if (level <= 0) {
        setValue(m_rating, tr("Not rated"));
        return;
    }
    // Stars for the eye, the number for a screen reader.
    const QString stars = QString(level, QChar(0x2605)) + QString(5 - level, QChar(0x2606));
    setValue(m_rating, tr("%1 (%2 of 5) %3").arg(stars).arg(level).arg(comment));
}

void CasePane::focusFirst()
{
    const QList<QPushButton *> actions = m_actions->findChildren<QPushButton *>();
    if (!m_actions->isHidden() && !actions.isEmpty())
        actions.constFirst()->setFocus(Qt::OtherFocusReason);
    else
        m_caseNo->setFocus(Qt::OtherFocusReason);
}

} // namespace casedesk
