#include "CounterIntakeDialog.h"

#include "WindowSize.h"

#include "cases/IdentityNumber.h"
#include "notices/PdfSignature.h"
#include "scan/ScanJob.h"
#include "scan/ScannedPdf.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace casedesk {

namespace {
enum Column { Received, Name, Original, Copies, Pages, ColumnCount };
} // namespace

CounterIntakeDialog::CounterIntakeDialog(CounterIntake &counter, QWidget *parent)
    : QDialog(parent), m_counter(counter), m_today(counter.today())
{
    setWindowTitle(tr("Counter intake"));
    setObjectName(QStringLiteral("CounterIntakeDialog"));
    auto *layout = new QVBoxLayout(this);
    // At 200 % on a laptop the form is taller than the screen: it scrolls, the problems and the
    // buttons stay in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);
    // Keyboard first: the field Tab reaches is scrolled into view.
    connect(qApp, &QApplication::focusChanged, this, [scroll, page](QWidget *, QWidget *now) {
        if (now && page->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });

    auto *form = new QFormLayout;
    m_item = new QComboBox(this);
    m_item->setEditable(true);
    m_item->setInsertPolicy(QComboBox::NoInsert);
    m_item->completer()->setFilterMode(Qt::MatchContains);
    m_item->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_item->setAccessibleName(tr("Service item"));
    for (const ServiceItem &item : m_counter.items())
        m_item->addItem(QStringLiteral("%1（%2）").arg(item.name, item.code), item.code);
    m_item->setCurrentIndex(-1);
    form->addRow(tr("Service &item:"), m_item);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Person"), int(Applicant::Kind::Person));
    m_kind->addItem(tr("Organisation"), int(Applicant::Kind::Company));
    m_kind->setAccessibleName(tr("Applicant kind"));
    form->addRow(tr("Applicant &kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Applicant's name"));
    form->addRow(tr("&Name:"), m_name);
    m_id = new QLineEdit(this);
    m_id->setAccessibleName(tr("ID number"));
    m_idNote = new QLabel(this);
    m_idNote->setTextFormat(Qt::PlainText);
    auto *idRow = new QVBoxLayout;
    idRow->addWidget(m_id);
    idRow->addWidget(m_idNote);
    auto *idLabel = new QLabel(tr("I&D number:"), this);
    idLabel->setBuddy(m_id);
    form->addRow(idLabel, idRow);
    m_legalRep = new QLineEdit(this);
    m_legalRep->setAccessibleName(tr("Legal representative"));
    form->addRow(tr("&Legal representative:"), m_legalRep);
    m_phone = new QLineEdit(this);
    m_phone->setAccessibleName(tr("Telephone"));
    form->addRow(tr("&Telephone:"), m_phone);
    m_address = new QLineEdit(this);
    m_address->setAccessibleName(tr("Address"));
    form->addRow(tr("Addr&ess:"), m_address);
    m_agentName = new QLineEdit(this);
    m_agentName->setAccessibleName(tr("Agent's name"));
    m_agentName->setPlaceholderText(tr("Empty when the applicant came in person"));
    form->addRow(tr("&Agent:"), m_agentName);
    m_agentId = new QLineEdit(this);
    m_agentId->setAccessibleName(tr("Agent's ID number"));
    m_agentIdNote = new QLabel(this);
    m_agentIdNote->setTextFormat(Qt::PlainText);
    auto *agentIdRow = new QVBoxLayout;
    agentIdRow->addWidget(m_agentId);
    agentIdRow->addWidget(m_agentIdNote);
    auto *agentIdLabel = new QLabel(tr("Agent's ID n&umber:"), this);
    agentIdLabel->setBuddy(m_agentId);
    form->addRow(agentIdLabel, agentIdRow);
    m_agentPhone = new QLineEdit(this);
    m_agentPhone->setAccessibleName(tr("Agent's telephone"));
    form->addRow(tr("Agent's telep&hone:"), m_agentPhone);
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setAccessibleName(tr("Remarks"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMaximumHeight(fontMetrics().height() * 3);
    form->addRow(tr("&Remarks:"), m_remarks);
    pageLayout->addLayout(form);

    auto *materials = new QGroupBox(tr("Materials handed in"), page);
    auto *materialsLayout = new QVBoxLayout(materials);
    m_materials = new QTableWidget(0, ColumnCount, materials);
    m_materials->setAccessibleName(tr("Materials handed in"));
    m_materials->setHorizontalHeaderLabels(
            {tr("Received"), tr("Material"), tr("Original"), tr("Copies"), tr("Pages")});
    m_materials->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_materials->verticalHeader()->hide();
    m_materials->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_materials->setSelectionMode(QAbstractItemView::SingleSelection);
    m_materials->setTabKeyNavigation(false);
    m_materials->viewport()->setAcceptDrops(true);
    m_materials->viewport()->installEventFilter(this);
    materialsLayout->addWidget(m_materials);
    auto *scanRow = new QHBoxLayout;
    m_scanner = new QComboBox(materials);
    m_scanner->setAccessibleName(tr("Scanner"));
    m_scanner->addItem(tr("Looking for scanners…"));
    m_scanner->setEnabled(false);
    auto *scannerLabel = new QLabel(tr("&Scanner:"), materials);
    scannerLabel->setBuddy(m_scanner);
    m_scan = new QPushButton(tr("Scan a pa&ge"), materials);
    m_scan->setEnabled(false);
    auto *attach = new QPushButton(tr("Attach a &file…"), materials);
    m_cancelScan = new QPushButton(tr("Stop scanning"), materials);
    m_cancelScan->setEnabled(false);
    m_progress = new QProgressBar(materials);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    scanRow->addWidget(scannerLabel);
    scanRow->addWidget(m_scanner, 1);
    scanRow->addWidget(m_scan);
    scanRow->addWidget(m_cancelScan);
    scanRow->addWidget(attach);
    materialsLayout->addLayout(scanRow);
    // How the next page is scanned: what a clerk changes between an ID card and a deed.
    // Two settings a row: at 200 % four side by side would not fit the dialog.
    auto *settingsRow = new QGridLayout;
    int settingAt = 0;
    auto settingBox = [&](const QString &label, const QString &accessible,
                          const QList<std::pair<QString, QVariant>> &choices, int current) {
        auto *box = new QComboBox(materials);
        box->setAccessibleName(accessible);
        for (const auto &[text, value] : choices)
            box->addItem(text, value);
        box->setCurrentIndex(current);
        auto *l = new QLabel(label, materials);
        l->setBuddy(box);
        settingsRow->addWidget(l, settingAt / 2, (settingAt % 2) * 2);
        settingsRow->addWidget(box, settingAt / 2, (settingAt % 2) * 2 + 1);
        ++settingAt;
        return box;
    };
    m_resolution = settingBox(tr("Res&olution:"), tr("Resolution"),
                              {{tr("150 dpi"), 150},
                               {tr("200 dpi"), 200},
                               {tr("300 dpi"), 300},
                               {tr("600 dpi"), 600}},
                              1);
    m_colour = settingBox(tr("&Colour:"), tr("Colour"),
                          {{tr("Grey"), int(ScanSettings::Colour::Grey)},
                           {tr("Colour"), int(ScanSettings::Colour::Colour)}},
                          0);
    m_source = settingBox(tr("Feed &method:"), tr("Feed"),
                          {{tr("Flatbed, one page"), int(ScanSettings::Source::Flatbed)},
                           {tr("Feeder, every page"), int(ScanSettings::Source::Feeder)},
                           {tr("Feeder, both sides"), int(ScanSettings::Source::Duplex)}},
                          0);
    m_paper = settingBox(tr("Paper si&ze:"), tr("Paper size"),
                         {{tr("A4"), QSizeF(210, 297)},
                          {tr("A3"), QSizeF(297, 420)},
                          {tr("A5"), QSizeF(148, 210)},
                          {tr("B5"), QSizeF(176, 250)},
                          {tr("ID card"), QSizeF(85.6, 54)}},
                         0);
    settingsRow->setColumnStretch(1, 1);
    settingsRow->setColumnStretch(3, 1);
    materialsLayout->addLayout(settingsRow);
    materialsLayout->addWidget(m_progress);
    // The pages of the selected material, to check and put in order before registering.
    auto *pagesRow = new QHBoxLayout;
    m_pages = new QListWidget(materials);
    m_pages->setObjectName(QStringLiteral("scannedPages"));
    m_pages->setAccessibleName(tr("Scanned pages"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setFlow(QListView::LeftToRight);
    m_pages->setWrapping(false);
    m_pages->setMovement(QListView::Static);
    m_pages->setIconSize(QSize(90, 127));
    m_pages->setFixedHeight(127 + fontMetrics().height() * 3);
    pagesRow->addWidget(m_pages, 1);
    auto *pageButtons = new QVBoxLayout;
    m_rotate = new QPushButton(tr("Turn clock&wise"), materials);
    m_rotate->setToolTip(tr("Turn the page a quarter clockwise (Ctrl+R)"));
    m_earlier = new QPushButton(tr("Move &back"), materials);
    m_earlier->setToolTip(tr("Ctrl+Left"));
    m_later = new QPushButton(tr("Move ne&xt"), materials);
    m_later->setToolTip(tr("Ctrl+Right"));
    m_removePage = new QPushButton(tr("Remo&ve page"), materials);
    m_removePage->setToolTip(tr("Delete"));
    for (QPushButton *b : {m_rotate, m_earlier, m_later, m_removePage})
        pageButtons->addWidget(b);
    pagesRow->addLayout(pageButtons);
    materialsLayout->addLayout(pagesRow);
    m_materials->setMinimumHeight(fontMetrics().height() * 10);
    pageLayout->addWidget(materials, 1);

    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("intakeProblems"));
    layout->addWidget(m_problems);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("intakeStatus"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_register
            = buttons->addButton(tr("Register and &print receipt"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerIntake"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_item, &QComboBox::currentIndexChanged, this, &CounterIntakeDialog::itemChosen);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CounterIntakeDialog::kindChanged);
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        checkIdentity(m_id, m_idNote,
                      m_kind->currentData().toInt() == int(Applicant::Kind::Company));
    });
    connect(m_agentId, &QLineEdit::textChanged, this,
            [this] { checkIdentity(m_agentId, m_agentIdNote, false); });
    for (QLineEdit *e : {m_name, m_phone, m_address, m_legalRep, m_agentName, m_agentPhone})
        connect(e, &QLineEdit::textChanged, this, &CounterIntakeDialog::refreshProblems);
    connect(m_materials, &QTableWidget::itemChanged, this, &CounterIntakeDialog::refreshProblems);
    connect(attach, &QPushButton::clicked, this, &CounterIntakeDialog::attachFile);
    connect(m_scan, &QPushButton::clicked, this, &CounterIntakeDialog::scanPages);
    connect(m_cancelScan, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_register, &QPushButton::clicked, this, &CounterIntakeDialog::submit);
    connect(m_materials, &QTableWidget::currentCellChanged, this, [this] { showPages(); });
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int shown) {
        const int count = m_pages->count();
        m_rotate->setEnabled(shown >= 0);
        m_removePage->setEnabled(shown >= 0);
        m_earlier->setEnabled(shown > 0);
        m_later->setEnabled(shown >= 0 && shown + 1 < count);
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        changePages([](ScannedPages &p, int shown) { return p.rotate(shown, 1); },
                    m_pages->currentRow());
    });
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        const int shown = m_pages->currentRow();
        changePages([](ScannedPages &p, int i) { return p.move(i, i - 1); }, shown - 1);
    });
    connect(m_later, &QPushButton::clicked, this, [this] {
        const int shown = m_pages->currentRow();
        changePages([](ScannedPages &p, int i) { return p.move(i, i + 1); }, shown + 1);
    });
    connect(m_removePage, &QPushButton::clicked, this, [this] {
        const int shown = m_pages->currentRow();
        changePages([](ScannedPages &p, int i) { return p.remove(i); }, std::max(0, shown - 1));
    });
    // The keys work where the clerk looks: on the page strip.
    const auto pageKey = [this](const QKeySequence &key, QPushButton *button) {
        auto *shortcut = new QShortcut(key, m_pages);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    };
    pageKey(QKeySequence(Qt::CTRL | Qt::Key_R), m_rotate);
    pageKey(QKeySequence(Qt::CTRL | Qt::Key_Left), m_earlier);
    pageKey(QKeySequence(Qt::CTRL | Qt::Key_Right), m_later);
    pageKey(QKeySequence(QKeySequence::Delete), m_removePage);
    connect(buttons, &QDialogButtonBox::rejected, this, &CounterIntakeDialog::reject);

    m_job = new ScanJob(this);
    connect(m_job, &ScanJob::progress, this, [this](int scanPage, int percent) {
        m_progress->setValue(percent);
        m_progress->setFormat(tr("Page %1: %p%").arg(scanPage + 1));
    });
    connect(m_job, &ScanJob::finished, this, &CounterIntakeDialog::scanFinished);
    kindChanged();
    listScanners();
    refreshProblems();
    resizeWithinScreen(this, QSize(980, 820));
    m_item->setFocus();
}

CounterIntakeDialog::~CounterIntakeDialog() = default;

void CounterIntakeDialog::listScanners()
{
    // SANE looks for devices on the network too: never on the UI thread.
    auto *watcher = new QFutureWatcher<std::pair<QList<ScanDevice>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto [devices, error] = watcher->result();
        watcher->deleteLater();
        m_scanner->clear();
        for (const ScanDevice &d : devices)
            m_scanner->addItem(QStringLiteral("%1 %2").arg(d.vendor, d.model).trimmed(), d.name);
        if (devices.isEmpty())
            m_scanner->addItem(error.isEmpty() ? tr("No scanner found") : error);
        m_scanner->setEnabled(!devices.isEmpty());
        m_scan->setEnabled(!devices.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run([] {
        QString error;
        QList<ScanDevice> devices = Scanner::devices(&error);
        return std::pair<QList<ScanDevice>, QString>(devices, error);
    }));
}

void CounterIntakeDialog::itemChosen()
{
    const std::optional<ServiceItem> item = m_counter.item(m_item->currentData().toString());
    // The checklist follows the item; what was scanned for a material of the same name stays.
    QHash<QString, Row> kept;
    for (int r = 0; r < m_materials->rowCount(); ++r)
        kept.insert(m_materials->item(r, Name)->data(Qt::UserRole).toString(), m_rows.value(r));
    m_materials->setRowCount(0);
    m_rows.clear();
    if (item) {
        for (const RequiredMaterial &m : item->materials) {
            addRow(m.name, m.required, m.original);
            if (kept.contains(m.name)) {
                m_rows.last() = kept.value(m.name);
                updateRowFile(int(m_rows.size()) - 1);
            }
        }
    }
    if (m_materials->rowCount() > 0)
        m_materials->selectRow(0);
    refreshProblems();
}

void CounterIntakeDialog::addRow(const QString &name, bool required, bool original)
{
    const QSignalBlocker quiet(m_materials);
    const int row = m_materials->rowCount();
    m_materials->insertRow(row);
    auto *received = new QTableWidgetItem;
    received->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    received->setCheckState(Qt::Unchecked);
    received->setData(Qt::AccessibleTextRole, tr("Received"));
    m_materials->setItem(row, Received, received);
    auto *label = new QTableWidgetItem(required ? name : tr("%1 (if any)").arg(name));
    label->setData(Qt::UserRole, name);
    label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_materials->setItem(row, Name, label);
    auto *originalItem = new QTableWidgetItem;
    originalItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    originalItem->setCheckState(original ? Qt::Checked : Qt::Unchecked);
    m_materials->setItem(row, Original, originalItem);
    auto *copies = new QTableWidgetItem(QStringLiteral("1"));
    copies->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    m_materials->setItem(row, Copies, copies);
    auto *pages = new QTableWidgetItem(QStringLiteral("0"));
    pages->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    m_materials->setItem(row, Pages, pages);
    m_rows.append(Row{});
}

int CounterIntakeDialog::currentRow() const
{
    return m_materials->currentRow();
}

void CounterIntakeDialog::updateRowFile(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &r = m_rows.at(row);
    int pages = int(r.scanned.size());
    if (!r.file.isEmpty())
        pages = r.fileType == "application/pdf" ? PdfSignature::pageCount(r.file).value_or(1) : 1;
    const QSignalBlocker quiet(m_materials);
    m_materials->item(row, Pages)->setText(QString::number(pages));
    if (pages > 0)
        m_materials->item(row, Received)->setCheckState(Qt::Checked);
    refreshProblems();
}

void CounterIntakeDialog::attachFile()
{
    const int row = currentRow();
    if (row < 0) {
        m_status->setText(tr("Choose the material the file belongs to first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach a file"), {},
            tr("Documents (*.pdf *.ofd *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    attachPath(path);
}

bool CounterIntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on a material's row are that material's; dropped elsewhere on the table,
    // the selected material's.
    if (watched != m_materials->viewport())
        return QDialog::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (urls.isEmpty() || !urls.first().isLocalFile())
            return false;
        const int row = m_materials->rowAt(drop->position().toPoint().y());
        if (row >= 0)
            m_materials->selectRow(row);
        attachPath(urls.first().toLocalFile());
        if (urls.size() > 1)
            m_status->setText(m_status->text() + QLatin1Char(' ')
                              + tr("Only the first file was taken: drop one file per material."));
        drop->acceptProposedAction();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void CounterIntakeDialog::attachPath(const QString &path)
{
    const int row = currentRow();
    if (row < 0) {
        m_status->setText(tr("Choose the material the file belongs to first."));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > CounterIntake::kLargestFile) {
        m_status->setText(tr("%1 is larger than %2 MB.")
                                  .arg(path)
                                  .arg(CounterIntake::kLargestFile / (1024 * 1024)));
        return;
    }
    const QByteArray content = file.readAll();
    QString problem;
    const QByteArray type = CounterIntake::materialType(content, &problem);
    if (type.isEmpty()) {
        m_status->setText(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), problem));
        return;
    }
    m_rows[row] = Row{{}, content, type, QFileInfo(path).fileName()};
    updateRowFile(row);
    showPages();
    m_status->setText(tr("%1 attached to %2.")
                              .arg(QFileInfo(path).fileName(),
                                   m_materials->item(row, Name)->data(Qt::UserRole).toString()));
}

void CounterIntakeDialog::scanPages()
{
    const int row = currentRow();
    if (row < 0) {
        m_status->setText(tr("Choose the material to scan first."));
        return;
    }
    if (!m_job->start(scanSettings()))
        return;
    m_scanningRow = row;
    m_scan->setEnabled(false);
    m_cancelScan->setEnabled(true);
    m_register->setEnabled(false);
    m_status->setText(
            tr("Scanning %1…").arg(m_materials->item(row, Name)->data(Qt::UserRole).toString()));
}

ScanSettings CounterIntakeDialog::scanSettings() const
{
    ScanSettings settings;
    settings.device = m_scanner->currentData().toString();
    settings.dpi = m_resolution->currentData().toInt();
    settings.colour = ScanSettings::Colour(m_colour->currentData().toInt());
    settings.source = ScanSettings::Source(m_source->currentData().toInt());
    settings.pageMm = m_paper->currentData().toSizeF();
    return settings;
}

void CounterIntakeDialog::showPages(int select)
{
    const int row = currentRow();
    m_pages->clear();
    if (row >= 0 && row < m_rows.size()) {
        const QList<QImage> &pages = m_rows.at(row).scanned.pages();
        for (int i = 0; i < pages.size(); ++i) {
            // Thumbnails only: a fast scale of a few pages, not the pages themselves.
            const QPixmap thumb = QPixmap::fromImage(pages.at(i).scaled(
                    m_pages->iconSize(), Qt::KeepAspectRatio, Qt::FastTransformation));
            auto *item = new QListWidgetItem(QIcon(thumb), tr("Page %1").arg(i + 1), m_pages);
            item->setData(Qt::AccessibleTextRole, tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        }
    }
    if (m_pages->count() > 0)
        m_pages->setCurrentRow(std::clamp(select, 0, m_pages->count() - 1));
    else
        Q_EMIT m_pages->currentRowChanged(-1);
}

void CounterIntakeDialog::changePages(const std::function<bool(ScannedPages &, int)> &change,
                                      int selectAfter)
{
    const int row = currentRow();
    const int page = m_pages->currentRow();
    if (row < 0 || row >= m_rows.size() || !change(m_rows[row].scanned, page))
        return;
    updateRowFile(row);
    showPages(selectAfter);
    m_pages->setFocus();
}

void CounterIntakeDialog::scanFinished(const ScanResult &result)
{
    m_scan->setEnabled(true);
    m_cancelScan->setEnabled(false);
    m_register->setEnabled(true);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    const int row = m_scanningRow;
    m_scanningRow = -1;
    if (row >= 0 && row < m_rows.size() && !result.pages.isEmpty()) {
        // A scan adds pages; a file attached before gives way to them.
        m_rows[row].file.clear();
        const int first = m_rows[row].scanned.size();
        m_rows[row].scanned.append(result.pages);
        updateRowFile(row);
        if (row == currentRow())
            showPages(first);
    }
    const QString name = row >= 0 && row < m_materials->rowCount()
            ? m_materials->item(row, Name)->data(Qt::UserRole).toString()
            : QString();
    if (!result.error.isEmpty())
        m_status->setText(tr("%1: %2 Pages scanned so far are kept (%3).")
                                  .arg(name, result.error)
                                  .arg(row >= 0 ? m_rows.value(row).scanned.size() : 0));
    else if (result.cancelled)
        m_status->setText(tr("Scanning stopped; %n page(s) kept.", nullptr,
                             int(m_rows.value(row).scanned.size())));
    else
        m_status->setText(
                tr("%1: %n page(s) scanned.", nullptr, int(m_rows.value(row).scanned.size()))
                        .arg(name));
    m_scan->setFocus();
}

void CounterIntakeDialog::kindChanged()
{
    const bool company = m_kind->currentData().toInt() == int(Applicant::Kind::Company);
    m_legalRep->setEnabled(company);
    m_id->setPlaceholderText(company ? tr("18-character unified social credit code")
                                     : tr("18-digit citizen ID number"));
    checkIdentity(m_id, m_idNote, company);
}

void CounterIntakeDialog::checkIdentity(QLineEdit *field, QLabel *note, bool company)
{
    if (field->text().trimmed().isEmpty()) {
        note->clear();
    } else {
        const IdentityCheck check
                = company ? checkCreditCode(field->text()) : checkCitizenId(field->text(), m_today);
        note->setText(check.isValid() ? tr("The check character is right.") : check.problem);
    }
    refreshProblems();
}

IntakeApplication CounterIntakeDialog::application() const
{
    IntakeApplication a;
    a.itemCode = m_item->currentData().toString();
    a.applicant.kind = Applicant::Kind(m_kind->currentData().toInt());
    a.applicant.name = m_name->text();
    a.applicant.idNumber = m_id->text();
    a.applicant.phone = m_phone->text();
    a.applicant.address = m_address->text();
    if (a.applicant.kind == Applicant::Kind::Company)
        a.applicant.legalRepresentative = m_legalRep->text();
    a.agent = {m_agentName->text().trimmed(), m_agentId->text(), m_agentPhone->text()};
    a.remarks = m_remarks->toPlainText();
    for (int r = 0; r < m_materials->rowCount(); ++r) {
        if (m_materials->item(r, Received)->checkState() != Qt::Checked)
            continue;
        a.materials.append({m_materials->item(r, Name)->data(Qt::UserRole).toString(),
                            m_materials->item(r, Original)->checkState() == Qt::Checked,
                            m_materials->item(r, Pages)->text().toInt(),
                            std::max(1, m_materials->item(r, Copies)->text().toInt())});
    }
    return a;
}

QString CounterIntakeDialog::problemsText() const
{
    return m_problems->text();
}

void CounterIntakeDialog::refreshProblems()
{
    if (!m_problems)
        return;
    const QStringList problems = m_counter.problems(normalizedIntake(application()), m_today);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_register->setEnabled(problems.isEmpty() && !m_encoding && (!m_job || !m_job->isRunning()));
}

void CounterIntakeDialog::submit()
{
    if (m_encoding)
        return;
    const IntakeApplication a = application();
    struct Part
    {
        int material;
        QList<QImage> pages; // shared with the form, not copied
        QString name;
        QByteArray file;
        QByteArray type;
    };
    QList<Part> parts;
    int index = 0;
    for (int r = 0; r < m_materials->rowCount(); ++r) {
        if (m_materials->item(r, Received)->checkState() != Qt::Checked)
            continue;
        const Row &row = m_rows.at(r);
        parts.append({index, row.scanned.pages(),
                      m_materials->item(r, Name)->data(Qt::UserRole).toString(), row.file,
                      row.fileType});
        ++index;
    }
    // Pages of a thick application take seconds to compress: never on the UI thread.
    using Encoded = std::pair<QList<IntakeFile>, QString>;
    auto *watcher = new QFutureWatcher<Encoded>(this);
    m_encoding = true;
    m_register->setEnabled(false);
    m_status->setText(tr("Preparing the scanned pages…"));
    connect(watcher, &QFutureWatcher<Encoded>::finished, this, [this, watcher, a] {
        const auto [files, encodeError] = watcher->result();
        watcher->deleteLater();
        m_encoding = false;
        refreshProblems();
        if (!encodeError.isEmpty()) {
            m_status->setText(encodeError);
            return;
        }
        registerApplication(a, files);
    });
    watcher->setFuture(QtConcurrent::run([parts]() -> Encoded {
        QList<IntakeFile> files;
        for (const Part &p : parts) {
            if (!p.pages.isEmpty()) {
                QString error;
                const QByteArray pdf = ScannedPdf::write(p.pages, p.name, &error);
                if (pdf.isEmpty())
                    return {{}, error};
                files.append({p.material, pdf, QByteArrayLiteral("application/pdf")});
            } else if (!p.file.isEmpty()) {
                files.append({p.material, p.file, p.type});
            }
        }
        return {files, {}};
    }));
}

void CounterIntakeDialog::registerApplication(const IntakeApplication &a,
                                              const QList<IntakeFile> &files)
{
    QString error;
    const std::optional<IntakeEntry> entry = m_counter.submit(a, files, &error);
    if (!entry) {
        m_status->setText(error);
        return;
    }
    m_status->setText((error.isEmpty() ? QString() : error + QLatin1Char('\n'))
                      + tr("Registered as %1 for %2; it is sent to the platform at the next sync.")
                                .arg(entry->provisionalNo, entry->application.applicant.name));
    printReceipt(*entry);
    clearApplicant();
}

void CounterIntakeDialog::printReceipt(const IntakeEntry &entry)
{
    QString error;
    const std::optional<NoticeDocument> doc = m_counter.receiptDocument(entry, &error);
    if (!doc) {
        m_status->setText(error);
        Q_EMIT registered(entry);
        return;
    }
    // Kept in the vault for the reprint (laid out once for both), then shown to print.
    QString keepError;
    if (!m_counter.keepReceipt(entry, *doc, &error, &keepError))
        keepError = error;
    if (!keepError.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char('\n') + keepError);
    // Into the inbox (and to the sync) once the receipt is queued with the files, so the
    // round that creates the case sends them all.
    Q_EMIT registered(entry);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Receipt %1").arg(entry.currentNo()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Receipt %1").arg(entry.currentNo()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *p) { doc->paint(p); });
    preview.exec();
}

void CounterIntakeDialog::clearApplicant()
{
    // The next applicant at the window: the item stays, everything about the person goes.
    for (QLineEdit *e :
         {m_name, m_id, m_phone, m_address, m_legalRep, m_agentName, m_agentId, m_agentPhone})
        e->clear();
    m_remarks->clear();
    itemChosen();
    for (Row &r : m_rows)
        r = {};
    for (int r = 0; r < m_materials->rowCount(); ++r) {
        m_materials->item(r, Received)->setCheckState(Qt::Unchecked);
        m_materials->item(r, Pages)->setText(QStringLiteral("0"));
    }
    m_name->setFocus();
    showPages();
}

void CounterIntakeDialog::reject()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QDialog::reject();
}

} // namespace casedesk
