#include "ChecklistPanel.h"

#include "MaterialViewer.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
enum Column { Material, Files, Verdict, Reason };
using V = MaterialChecklist::Verdict;
} // namespace

ChecklistPanel::ChecklistPanel(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setAccessibleName(tr("Required materials and verdicts"));
    m_table->setHorizontalHeaderLabels({tr("Material"), tr("Files"), tr("Verdict"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // A file dragged from the viewer's list onto a material is taken as that material.
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_table->rowAt(at.y());
        if (row < 0)
            return;
        QMenu menu(this);
        m_table->selectRow(row);
        menu.addActions(m_verdictActions);
        menu.addSeparator();
        menu.addAction(tr("Take the shown file as this material"), this,
                       [this, row] { Q_EMIT mapShownFileRequested(row); });
        menu.addAction(tr("Reuse from the platform…"), this,
                       [this, row] { Q_EMIT reuseRequested(row); });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    // A verdict in one key, and on to the next material: the list is gone through in order.
    const std::pair<V, int> verdictKeys[]{
            {V::Good, Qt::Key_1}, {V::Missing, Qt::Key_2}, {V::NeedsCorrection, Qt::Key_3}};
    for (const auto &[verdict, key] : verdictKeys) {
        auto *action
                = new QAction(tr("Mark as %1").arg(MaterialChecklist::verdictLabel(verdict)), this);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        // Anywhere in the materials window, the viewer's find box included (where Alt+1 would
        // otherwise type a 1).
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, v = verdict] {
            const int row = currentRow();
            if (row < 0)
                return;
            setVerdict(row, v, m_checklist.entries().at(row).reason);
            if (row + 1 < m_table->rowCount())
                m_table->selectRow(row + 1);
        });
        addAction(action);
        m_verdictActions.append(action);
    }

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Checklist summary"));
    auto *map = new QPushButton(tr("&Take shown file"), this);
    map->setAccessibleName(tr("Take the shown file as the selected material"));
    connect(map, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT mapShownFileRequested(currentRow());
    });
    auto *reuse = new QPushButton(tr("Re&use from the platform…"), this);
    reuse->setAccessibleName(tr("Reuse a licence or an earlier material from the platform"));
    connect(reuse, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT reuseRequested(currentRow());
    });
    m_correct = new QPushButton(tr("Request &correction…"), this);
    m_correct->setAccessibleName(tr("Request correction with this list"));
    connect(m_correct, &QPushButton::clicked, this, &ChecklistPanel::correctionRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(map);
    buttons->addWidget(reuse);
    buttons->addStretch();
    buttons->addWidget(m_correct);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
}

void ChecklistPanel::setChecklist(const MaterialChecklist &checklist,
                                  const QHash<QString, QString> &fileNames)
{
    m_checklist = checklist;
    m_fileNames = fileNames;
    fill();
}

int ChecklistPanel::currentRow() const
{
    return m_table->currentRow();
}

void ChecklistPanel::fill()
{
    m_filling = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_checklist.entries().size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const MaterialChecklist::Entry &e = m_checklist.entries().at(row);
        auto *name
                = new QTableWidgetItem(e.required ? e.material : tr("%1 (if any)").arg(e.material));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, Material, name);
        QStringList files;
        for (const QString &id : e.fileIds)
            files.append(m_fileNames.value(id, id));
        auto *mapped = new QTableWidgetItem(
                !e.reusedFrom.isEmpty()   ? tr("Reused: %1").arg(e.reusedFrom)
                        : files.isEmpty() ? tr("none")
                                          : files.join(QStringLiteral(", ")));
        mapped->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, Files, mapped);

        auto *verdict = qobject_cast<QComboBox *>(m_table->cellWidget(row, Verdict));
        if (!verdict) {
            verdict = new QComboBox(m_table);
            for (V v : {V::Unchecked, V::Good, V::Missing, V::NeedsCorrection})
                verdict->addItem(MaterialChecklist::verdictLabel(v), int(v));
            connect(verdict, &QComboBox::currentIndexChanged, this, [this, row] { readRow(row); });
            m_table->setCellWidget(row, Verdict, verdict);
        }
        verdict->setAccessibleName(tr("Verdict on %1").arg(e.material));
        verdict->setCurrentIndex(verdict->findData(int(e.verdict)));
        auto *reason = qobject_cast<QComboBox *>(m_table->cellWidget(row, Reason));
        if (!reason) {
            reason = new QComboBox(m_table);
            reason->setEditable(true);
            reason->addItem(QString());
            reason->addItems(MaterialChecklist::commonReasons());
            connect(reason, &QComboBox::currentTextChanged, this, [this, row] { readRow(row); });
            m_table->setCellWidget(row, Reason, reason);
        }
        reason->setAccessibleName(tr("Reason for %1").arg(e.material));
        reason->setCurrentText(e.reason);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, Material);
    m_table->resizeColumnsToContents();
    // File names can be long; the verdict and the reason matter more.
    m_table->setColumnWidth(Files, std::min(m_table->columnWidth(Files), 140));
    m_table->setColumnWidth(Material, std::min(m_table->columnWidth(Material), 200));
    const int corrections = int(m_checklist.corrections().size());
    m_summary->setText(m_checklist.complete() ? tr("Every required material is good.")
                               : corrections > 0
                               ? tr("%n material(s) to correct: request correction is suggested.",
                                    nullptr, corrections)
                               : tr("Not every material is checked yet."));
    m_correct->setDefault(corrections > 0);
    m_correct->setEnabled(corrections > 0);
    m_filling = false;
}

void ChecklistPanel::readRow(int row)
{
    if (m_filling)
        return;
    const auto *verdict = qobject_cast<QComboBox *>(m_table->cellWidget(row, Verdict));
    const auto *reason = qobject_cast<QComboBox *>(m_table->cellWidget(row, Reason));
    setVerdict(row, V(verdict->currentData().toInt()), reason->currentText());
}

void ChecklistPanel::setVerdict(int row, MaterialChecklist::Verdict verdict, const QString &reason)
{
    m_checklist.setVerdict(row, verdict, reason);
    fill();
    Q_EMIT changed();
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport()
        || (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove
            && event->type() != QEvent::Drop))
        return QWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QString fileId
            = QString::fromUtf8(drop->mimeData()->data(QLatin1String(kViewerFileMimeType)));
    const int row = m_table->rowAt(drop->position().toPoint().y());
    // Only this case's files, and only onto a material.
    if (!m_fileNames.contains(fileId) || (event->type() != QEvent::DragEnter && row < 0)) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop)
        mapFile(row, fileId);
    return true;
}

void ChecklistPanel::mapFile(int row, const QString &fileId)
{
    if (row < 0 || row >= m_checklist.entries().size())
        return;
    m_checklist.assignFile(row, fileId);
    fill();
    Q_EMIT changed();
}

void ChecklistPanel::markReused(int row, const QString &source)
{
    m_checklist.markReused(row, source);
    fill();
    Q_EMIT changed();
}

} // namespace casedesk
