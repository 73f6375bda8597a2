#pragma once

#include <QWidget>

#include "cases/Case.h"
#include "session/CaseDetails.h"

#include <QDateTime>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace casedesk {

// The case beside the inbox. Everything from the platform is shown as plain text.
class CasePane : public QWidget
{
    Q_OBJECT
public:
    explicit CasePane(QWidget *parent = nullptr);

    // The case as its controller loaded it (session/CaseDetails); nothing: the placeholder.
    // `note` says why the case is shown although the inbox no longer lists it.
    void showDetails(const CaseDetails *details, const QString &note = {});
    QString deadlineSteps() const;
    QString shownCaseNo() const;
    QStringList actionLabels() const;
    QString shownIdNumber() const;
    QString listNote() const;
    QTreeWidget *notices() const { return m_notices; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *timeline() const { return m_timeline; }
    QListWidget *related() const { return m_related; }
    QString claimText() const;
    // Keyboard focus into the pane: the first action, else the first field.
    void focusFirst();

Q_SIGNALS:
    void claimRequested(bool take);
    void relatedActivated(const QString &caseNo);
    void issueNoticeRequested();
    // The materials, in the viewer with the checklist, opened at file `index`.
    void viewMaterialsRequested(int index);
    void saveNoticeRequested(qint64 noticeId);
    void printNoticeRequested(qint64 noticeId);
    void actionRequested(const QString &verb);
    void reapplyRequested(qint64 outboxId);
    void discardRequested(qint64 outboxId);
    void revealRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label);
    // A value and, for screen readers, its field: "申报号: 6201…" is read out whole.
    static void setValue(QLabel *value, const QString &text);
    void showActions(const QList<CaseDetails::Action> &actions);
    void showHeld(const QList<CaseDetails::Held> &held);
    void showPersonalData(const CaseDetails &d);
    void showClaim(const CaseDetails &d);
    void showDecisions(const CaseDetails &d);
    void showTimeline(const QList<CaseDetails::TimelineEntry> &entries);
    void showGuide(const std::optional<ServiceItem> &item);
    void showMaterials(const QList<MaterialInfo> &materials);
    void showRelated(const QList<CaseSummary> &related);
    void showNotices(const QList<CaseDetails::NoticeRow> &notices, bool mayIssue);
    void showRating(const CaseStore::Rating &rating);

    QLabel *m_placeholder;
    QLabel *m_listNote;
    QLabel *m_proposal;
    QLabel *m_opinion;
    QLabel *m_reasons;
    QLabel *m_legalBasis;
    QLabel *m_approvalChain;
    QLabel *m_returned;
    QLabel *m_extension;
    QString m_shownCase;
    QWidget *m_details;
    QLabel *m_caseNo;
    QLabel *m_item;
    QLabel *m_applicant;
    QLabel *m_stage;
    QLabel *m_received;
    QLabel *m_remaining;
    QLabel *m_claimedBy;
    QLabel *m_idNumber;
    QLabel *m_phone;
    QPushButton *m_reveal;
    QLabel *m_deadlineSteps;
    QWidget *m_actions;
    QWidget *m_held;
    QLabel *m_claimNote;
    QLabel *m_rating;
    QPushButton *m_claim;
    QPushButton *m_release;
    QTabWidget *m_tabs;
    QTreeWidget *m_timeline;
    QLabel *m_guide;
    QTreeWidget *m_materials;
    QListWidget *m_related;
    QTreeWidget *m_notices;
    QPushButton *m_issueNotice;
    QPushButton *m_saveNotice;
    QPushButton *m_printNotice;
};

} // namespace casedesk
