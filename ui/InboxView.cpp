#include "InboxView.h"

#include "InboxModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>

namespace casedesk {

InboxView::InboxView(InboxModel &model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setObjectName(QStringLiteral("inboxView"));
    setAccessibleName(tr("Case inbox"));
    setModel(&model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the inbox for the case pane instead of walking cell by cell (and silently
    // changing the selected case at the end of a row).
    setTabKeyNavigation(false);
    setSortingEnabled(true);
    sortByColumn(InboxModel::Received, Qt::DescendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    setCornerButtonEnabled(false);
    viewport()->setAccessibleName(tr("Case rows"));
    horizontalHeader()->setAccessibleName(tr("Columns"));
    verticalHeader()->setAccessibleName(tr("Rows"));
    verticalScrollBar()->setAccessibleName(tr("Scroll cases"));
    horizontalScrollBar()->setAccessibleName(tr("Scroll columns"));
    // Fixed row heights: the view never measures rows, so it never reads the whole cache.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from typical content in the current font, so that large fonts still fit.
    const QFontMetrics metrics = fontMetrics();
    const auto widthOf
            = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    setColumnWidth(InboxModel::CaseNo, widthOf(QStringLiteral("62010220261130000000")));
    setColumnWidth(InboxModel::Item, widthOf(QStringLiteral("城镇污水排入排水管网许可")));
    setColumnWidth(InboxModel::Applicant, widthOf(QStringLiteral("兰州恒信文化旅游有限公司")));
    setColumnWidth(InboxModel::Stage, widthOf(QStringLiteral("特别程序中")));
    setColumnWidth(InboxModel::Received, widthOf(QStringLiteral("2026-11-30 17:30")));
    setColumnWidth(InboxModel::Remaining, widthOf(QStringLiteral("已超期 10 个工作日")) + 24);
    // The deadline is what a clerk reads first: it stands beside the case number, in view at
    // any window size, and the service item takes what room is left.
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(InboxModel::Remaining), 1);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(InboxModel::Item, QHeaderView::Stretch);
}

QStringList InboxView::selectedCaseIds() const
{
    QStringList ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const CaseSummary *s = m_model.summaryAt(row.row()))
            ids.append(s->id);
    }
    if (ids.isEmpty()) {
        if (const CaseSummary *s = currentSummary())
            ids.append(s->id);
    }
    return ids;
}

const CaseSummary *InboxView::currentSummary() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? m_model.summaryAt(current.row()) : nullptr;
}

bool InboxView::selectCase(const QString &id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return false;
    selectionModel()->setCurrentIndex(
            m_model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void InboxView::step(int by)
{
    const int row = currentIndex().isValid() ? currentIndex().row() + by : 0;
    if (row < 0 || row >= m_model.rowCount())
        return;
    const QModelIndex index = m_model.index(row, 0);
    selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void InboxView::addColumnToggles(QMenu *menu)
{
    for (int column = 0; column < m_model.columnCount(); ++column) {
        QAction *toggle = menu->addAction(m_model.headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { setColumnHidden(column, !on); });
        horizontalHeader()->addAction(toggle);
    }
    horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void InboxView::restoreLayout(const QSettings &settings)
{
    horizontalHeader()->restoreState(
            settings.value(QStringLiteral("window/inboxHeader")).toByteArray());
    const QList<QAction *> toggles = horizontalHeader()->actions();
    for (qsizetype column = 0; column < toggles.size(); ++column)
        toggles.at(column)->setChecked(!isColumnHidden(int(column)));
}

void InboxView::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/inboxHeader"), horizontalHeader()->saveState());
}

void InboxView::focusInEvent(QFocusEvent *event)
{
    if (currentIndex().isValid() || m_model.rowCount() == 0) {
        QTableView::focusInEvent(event);
        return;
    }
    // The scroll area's handling without the item view's choice of a first row; the arrow keys
    // still start at the top.
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void InboxView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        // Into the case: its first action if any, else its first field.
        Q_EMIT openRequested();
        return;
    }
    // Typing a letter or a digit in the list starts a search with it, as in a mail client.
    const QString text = event->text();
    const bool plain = (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0;
    if (plain && text.size() == 1 && text.at(0).isLetterOrNumber()) {
        Q_EMIT typed(text);
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace casedesk
