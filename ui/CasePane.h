#pragma once

#include <QWidget>

#include "cases/Case.h"

#include <QDateTime>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace casedesk {

struct CaseSummary;

// The case beside the inbox. Everything from the platform is shown as plain text.
class CasePane : public QWidget
{
    Q_OBJECT
public:
    explicit CasePane(QWidget *parent = nullptr);

    void showCase(const CaseSummary *summary, const QString &remaining);
    // How the current stage's deadline was computed, one step a line.
    void showDeadlineSteps(const QStringList &steps);
    QString deadlineSteps() const;
    QString shownCaseNo() const;

    // The actions this role may take now, as buttons (verb, label).
    void showActions(const QList<std::pair<QString, QString>> &actions);
    // Local actions the platform did not take: what, why, and what the platform holds now.
    struct Held
    {
        qint64 id;
        QString action;
        QString problem;
        QString platformState;
    };
    void showHeld(const QList<Held> &held);
    QStringList actionLabels() const;
    // The applicant's ID number and phone, masked; `canReveal` offers the audited reveal.
    void showPersonalData(const QString &idNumber, const QString &phone, bool revealed,
                          bool canReveal, bool withheld = false);
    QString shownIdNumber() const;

    // Who holds the case (认领). Someone else's claim makes the case read-only here, and says so.
    void showClaim(const QString &claimedBy, const QString &me, bool mayClaim);
    // One line of the history: the platform's events and the clerk's actions not yet sent.
    struct TimelineEntry
    {
        QDateTime at;
        QString actor;
        QString what;
        QString note;
        bool local = false;
    };
    void showTimeline(const QList<TimelineEntry> &entries);
    // The service item's guide: limits, legal basis, fees, required materials.
    void showGuide(const std::optional<ServiceItem> &item);
    void showMaterials(const QList<MaterialInfo> &materials);
    void showRelated(const QList<CaseSummary> &related);
    // The notices issued on the case, newest first; `mayIssue` offers issuing one.
    struct NoticeRow
    {
        qint64 id;
        QString number;
        QString title;
        QDateTime issuedAt;
        QString issuedBy;
        QString state; // in words: not yet uploaded, on the platform, refused: …
        bool replaced = false;
    };
    void showNotices(const QList<NoticeRow> &notices, bool mayIssue);
    QTreeWidget *notices() const { return m_notices; }
    // The applicant's rating (好差评): 1 to 5 and the comment; level 0 for none.
    void showRating(int level, const QString &comment);
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

    QLabel *m_placeholder;
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
