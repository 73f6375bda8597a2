#include "CaseMaterialsWindow.h"

#include "FocusRing.h"
#include "PlainMessage.h"
#include "WindowSize.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

CaseMaterialsWindow::CaseMaterialsWindow(const Case &c, const ServiceItem &item,
                                         const QJsonArray &storedChecklist, QWidget *parent)
    : QWidget(parent, Qt::Window), m_case(c)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Materials of %1 — %2").arg(c.caseNo, c.applicant.name));
    new FocusRing(this); // a window of its own: the main window's ring does not reach it
    m_viewer = new MaterialViewer(this);
    m_panel = new ChecklistPanel(this);
    auto *split = new QSplitter(this);
    split->setAccessibleName(tr("Document and checklist"));
    split->addWidget(m_viewer);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The checklist wide enough for its verdicts and reasons without scrolling.
    split->setSizes({820, 620});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    QHash<QString, QString> names;
    for (const MaterialInfo &m : c.materials)
        names.insert(m.id, m.fileName.isEmpty() ? m.name : m.fileName);
    m_panel->setChecklist(storedChecklist.isEmpty()
                                  ? MaterialChecklist::build(item, c.materials)
                                  : MaterialChecklist::restore(storedChecklist, item, c.materials),
                          names);

    // The material row follows the file on screen, and the other way round.
    connect(m_viewer, &MaterialViewer::fileShown, this, [this](int index) {
        const QString id = m_viewer->files().value(index).id;
        const auto &entries = m_panel->checklist().entries();
        for (int row = 0; row < entries.size(); ++row) {
            const bool shows = entries.at(row).fileIds.contains(id)
                    || MaterialChecklist::reusedFileId(entries.at(row).reusedFrom) == id;
            if (shows && m_panel->currentRow() != row)
                m_panel->table()->selectRow(row);
        }
    });
    // … and choosing a material shows its file, unless the file shown is already one of its.
    connect(m_panel->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto &entries = m_panel->checklist().entries();
                if (!current.isValid() || current.row() >= entries.size())
                    return;
                const MaterialChecklist::Entry &entry = entries.at(current.row());
                QStringList ids = entry.fileIds;
                if (const QString reused = MaterialChecklist::reusedFileId(entry.reusedFrom);
                    !reused.isEmpty())
                    ids.append(reused);
                const QList<ViewerFile> files = m_viewer->files();
                if (ids.isEmpty() || ids.contains(files.value(m_viewer->currentFile()).id))
                    return;
                for (int index = 0; index < files.size(); ++index) {
                    if (files.at(index).id == ids.constFirst()) {
                        m_viewer->showFile(index);
                        return;
                    }
                }
            });
    // Esc closes the window, as it closes a dialog.
    auto *closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    connect(m_panel, &ChecklistPanel::mapShownFileRequested, this, [this](int row) {
        const int index = m_viewer->currentFile();
        if (index >= 0)
            m_panel->mapFile(row, m_viewer->files().at(index).id);
    });
    connect(m_panel, &ChecklistPanel::changed, this,
            [this] { Q_EMIT checklistChanged(m_case.id, m_panel->checklist().toJson()); });
    connect(m_panel, &ChecklistPanel::reuseRequested, this,
            [this](int row) { Q_EMIT reuseRequested(m_case.id, row); });
    connect(m_panel, &ChecklistPanel::correctionRequested, this,
            [this] { Q_EMIT correctionRequested(m_case.id, m_panel->checklist().corrections()); });
    resizeWithinScreen(this, QSize(1440, 900));
}

QString CaseMaterialsWindow::offerReuse(int row, const QList<Licence> &licences,
                                        const QString &error)
{
    const QString material = m_panel->checklist().entries().value(row).material;
    if (!error.isEmpty() || licences.isEmpty()) {
        showPlainMessage(this, QMessageBox::Information, tr("Reuse from the platform"),
                         error.isEmpty()
                                 ? tr("The platform holds no licence or earlier material of this "
                                      "applicant.")
                                 : error);
        return {};
    }
    QStringList choices;
    for (const Licence &l : licences)
        choices.append(tr("%1 %2 (%3, valid until %4)")
                               .arg(l.name, l.number, l.issuedBy,
                                    l.validUntil.isValid() ? l.validUntil.toString(Qt::ISODate)
                                                           : tr("no end")));
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Reuse from the platform"));
    dialog.setLabelText(tr("Which of the applicant's documents satisfies “%1”?").arg(material));
    // The material's and the documents' names come from the platform: plain text only.
    if (auto *label = dialog.findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    dialog.setComboBoxItems(choices);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const Licence &l = licences.at(std::max(0, int(choices.indexOf(dialog.textValue()))));
    const QString source = MaterialChecklist::reuseSource(l.type == QLatin1String("eLicence"), l.id,
                                                          l.name, l.number);
    m_panel->markReused(row, source);
    return source;
}

} // namespace casedesk
