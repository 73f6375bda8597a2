#include "WorkloadDialog.h"

#include "store/Database.h"
#include "store/Workload.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

namespace {
struct Counted
{
    QList<WorkloadRow> rows;
    QString error;
};
} // namespace

WorkloadDialog::WorkloadDialog(const QString &databasePath, QDate today,
                               const WorkCalendar &calendar, bool mayReassign, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Workload"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Counting…"), this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Open cases per clerk"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    QStringList header{tr("Held by"), tr("Open")};
    for (CaseStage stage : workloadStages())
        header.append(stageLabel(stage));
    header << tr("Due soon") << tr("Overdue") << tr("Avg. working days open");
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_show = buttons->addButton(tr("&Show their cases"), QDialogButtonBox::ActionRole);
    m_show->setToolTip(tr("The selected clerk's open cases in the inbox (Enter)"));
    m_show->setEnabled(false);
    const auto showCurrent = [this] {
        if (const WorkloadRow *row = currentHolder())
            Q_EMIT showCasesRequested(row->user, row->holder());
    };
    connect(m_show, &QPushButton::clicked, this, showCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, showCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &WorkloadDialog::currentRowChanged);
    if (mayReassign) {
        m_reassign
                = buttons->addButton(tr("&Reassign all of theirs…"), QDialogButtonBox::ActionRole);
        m_reassign->setToolTip(tr("Give every open case the selected clerk holds to another "
                                  "clerk, for example while they are on leave"));
        m_reassign->setEnabled(false);
        connect(m_reassign, &QPushButton::clicked, this, [this] {
            if (const WorkloadRow *row = currentHolder())
                Q_EMIT reassignRequested(row->user, row->holder());
        });
    }
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 20);

    auto *watcher = new QFutureWatcher<Counted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Counted counted = watcher->result();
        show(counted.rows, counted.error);
    });
    watcher->setFuture(QtConcurrent::run([databasePath, today, calendar] {
        Counted counted;
        // A connection of the worker's own: SQLite connections stay on their thread.
        Database db(databasePath);
        if (db.open(&counted.error))
            counted.rows = workload(db, today, calendar, &counted.error);
        return counted;
    }));
}

void WorkloadDialog::show(const QList<WorkloadRow> &rows, const QString &error)
{
    m_counted = true;
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Open cases by who holds them, as of the last sync."));
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const WorkloadRow &row = rows.at(r);
        QStringList cells{row.user.isEmpty() ? tr("Not claimed") : row.holder(),
                          QString::number(row.open)};
        for (CaseStage stage : workloadStages())
            cells.append(QString::number(row.byStage.value(stage)));
        cells << QString::number(row.dueSoon) << QString::number(row.overdue)
              << QLocale().toString(row.averageWorkingDays, 'f', 1);
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    if (!rows.isEmpty())
        m_table->setCurrentCell(0, 0);
    m_table->setFocus();
    currentRowChanged();
}

const WorkloadRow *WorkloadDialog::currentHolder() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).user.isEmpty() ? &m_rows.at(row)
                                                                             : nullptr;
}

void WorkloadDialog::currentRowChanged()
{
    const bool holder = currentHolder() != nullptr;
    m_show->setEnabled(holder);
    if (m_reassign)
        m_reassign->setEnabled(holder);
}

} // namespace casedesk
