#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

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

Q_SIGNALS:
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
};

} // namespace casedesk
