#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace casedesk {

class PendingActionsController;

// View › Pending actions: every action not yet on the platform, the held ones first in mind,
// with "send again on the current version" and "discard with a reason" for a held one.
class PendingActionsDialog : public QDialog
{
    Q_OBJECT
public:
    PendingActionsDialog(PendingActionsController &controller, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

    // The two decisions on a held action, asked and told the same way wherever they are taken
    // (this dialog, the case pane): false when the user cancelled or it could not be done.
    static bool sendAgain(PendingActionsController &controller, qint64 id, QWidget *parent);
    static bool discard(PendingActionsController &controller, qint64 id, QWidget *parent);

private:
    void fill();
    qint64 selectedId(bool *held) const;

    PendingActionsController &m_controller;
    QTreeWidget *m_list;
    QPushButton *m_reapply;
    QPushButton *m_discard;
};

} // namespace casedesk
