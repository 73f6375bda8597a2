#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace casedesk {

// Help › Keyboard shortcuts: every menu command with its key, read from the menus themselves
// (so the page never lists a key that does nothing), and the keys that move around the window.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace casedesk
