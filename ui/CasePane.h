#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

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
    QLabel *m_deadlineSteps;
};

} // namespace casedesk
