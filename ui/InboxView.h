#pragma once

#include <QTableView>

class QMenu;
class QSettings;

namespace casedesk {

class InboxModel;
struct CaseSummary;

// The inbox table: columns sized for their content in the current font, the deadline beside
// the case number, rows that keep their case when the list is read again, and the keys of a
// mail client (Enter opens the case, typing searches).
class InboxView : public QTableView
{
    Q_OBJECT
public:
    InboxView(InboxModel &model, QWidget *parent = nullptr);

    // The selected cases' ids, or the current one's when none is selected.
    QStringList selectedCaseIds() const;
    const CaseSummary *currentSummary() const;
    // Selects case `id` in its row (when the list holds it); false when it does not.
    bool selectCase(const QString &id);
    // The next (1) or previous (-1) case.
    void step(int by);

    // The column chooser: a checkable entry per column in `menu` and on the header.
    void addColumnToggles(QMenu *menu);
    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings &settings) const;

Q_SIGNALS:
    void openRequested(); // Enter on a row
    void typed(const QString &text); // a letter or digit typed on the list

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // Focus alone never chooses a case: with no current row (the case in the pane left the
    // list), Qt would make the first row current and the pane would follow it.
    void focusInEvent(QFocusEvent *event) override;

private:
    InboxModel &m_model;
};

} // namespace casedesk
