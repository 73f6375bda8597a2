#include "ShortcutsDialog.h"

#include "WindowSize.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
QString plainText(QString text)
{
    // "&Claim" reads "Claim"; "签发文书(&N)…" reads "签发文书…".
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    return text.remove(QLatin1Char('&'));
}

void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, QString>> *rows)
{
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" › ") + plainText(a->text());
        if (a->menu())
            collect(a->menu(), name, rows);
        else if (!a->shortcut().isEmpty())
            rows->append({name, a->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<std::pair<QString, QString>> rows{
            {tr("Next field or pane"), tr("Tab")},
            {tr("Previous field or pane"), tr("Shift+Tab")},
            {tr("Open the selected case (its first action)"), tr("Enter")},
            {tr("Move through the inbox; the case pane follows"), tr("↑ ↓, Page Up, Page Down")},
            {tr("Start a search by typing in the inbox"), tr("any letter or digit")},
            {tr("Close a dialog or the materials window"), tr("Esc")},
            {tr("Open a menu"), tr("Alt, or F10")},
    };
    for (const QAction *a : menus->actions()) {
        if (a->menu())
            collect(a->menu(), plainText(a->text()), &rows);
    }
    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(720, 640));
}

} // namespace casedesk
