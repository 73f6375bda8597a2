#include "MaterialViewer.h"

#include "ofd/OfdPainter.h"

#include "ImageDecoding.h"

#include "AppIcon.h"
#include "BuiltInButtons.h"
#include "core/Logging.h"

#include "store/Vault.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfSelection>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

namespace {

constexpr double kPointsToPixels = 96.0 / 72.0; // a page at 100 % as large as on paper
constexpr int kThumbnailWidth = 96;

QPdfDocumentRenderOptions::Rotation pdfRotation(int degrees)
{
    switch (degrees) {
    case 90:
        return QPdfDocumentRenderOptions::Rotation::Clockwise90;
    case 180:
        return QPdfDocumentRenderOptions::Rotation::Clockwise180;
    case 270:
        return QPdfDocumentRenderOptions::Rotation::Clockwise270;
    default:
        return QPdfDocumentRenderOptions::Rotation::None;
    }
}

} // namespace

QList<ViewerFile> localViewerFiles(const QStringList &paths)
{
    QList<ViewerFile> files;
    for (const QString &path : paths) {
        QFile file(path);
        ViewerFile f{path, QFileInfo(path).fileName(), {}};
        if (file.size() > MaterialViewer::kMaxFileBytes)
            f.unavailable = MaterialViewer::tr("%1 is too large to show (%2 MiB).")
                                    .arg(f.name)
                                    .arg(file.size() >> 20);
        else if (!file.open(QIODevice::ReadOnly))
            f.unavailable
                    = MaterialViewer::tr("%1 cannot be read: %2").arg(path, file.errorString());
        else
            f.content = file.readAll();
        files.append(f);
    }
    return files;
}

namespace {
// The list of files, each of which can be dragged onto a material of the checklist.
class FileList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(kViewerFileMimeType)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *dragged = new QMimeData;
        dragged->setData(QLatin1String(kViewerFileMimeType),
                         items.first()->data(Qt::UserRole).toString().toUtf8());
        return dragged;
    }
};
} // namespace

MaterialViewer::MaterialViewer(QWidget *parent) : QWidget(parent)
{
    setWindowIcon(appIcon());
    m_fileList = new FileList(this);
    m_fileList->setDragDropMode(QAbstractItemView::DragOnly);
    m_fileList->setAccessibleName(tr("Files of the material"));
    // The side is narrow and the names long (个体工商户登记（备案）申请书.pdf): they wrap onto
    // a second line instead of being cut, so the clerk reads which file is which.
    m_fileList->setWordWrap(true);
    m_fileList->setTextElideMode(Qt::ElideNone);
    m_fileList->setResizeMode(QListView::Adjust);
    m_fileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setMovement(QListView::Static); // pages are not rearranged by dragging
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 2));
    m_thumbnails->setUniformItemSizes(true);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setAccessibleName(tr("Files and pages"));
    side->addWidget(m_fileList);
    side->addWidget(m_thumbnails);

    m_canvas = new QLabel(this);
    m_canvas->setAlignment(Qt::AlignCenter);
    m_canvas->setTextFormat(Qt::PlainText); // file names come from applicants
    m_canvas->setWordWrap(true);
    m_canvas->setAccessibleName(tr("Page"));
    QPalette paper = m_canvas->palette();
    paper.setColor(QPalette::Window, Qt::white);
    m_canvas->setPalette(paper);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setAccessibleName(tr("Document"));
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    // Fit width follows the window: re-render once the resizing has settled.
    m_scroll->viewport()->installEventFilter(this);
    // Dragging the page pans it, as in any document viewer.
    m_canvas->installEventFilter(this);
    m_canvas->setCursor(Qt::OpenHandCursor);
    m_refit.setSingleShot(true);
    m_refit.setInterval(60);
    connect(&m_refit, &QTimer::timeout, this, [this] {
        if (m_fitWidth)
            render();
    });

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    // Unnamed: its text (page, zoom, matches) is what a screen reader reads.
    m_status->setObjectName(QStringLiteral("pageStatus"));
    // An OFD's signatures, as the file states them and never as verified.
    m_signatures = new QLabel(this);
    m_signatures->setTextFormat(Qt::PlainText); // seal names come from the file
    m_signatures->setWordWrap(true);
    // No accessible name of its own: a screen reader reads a label's name instead of its text,
    // and the text is what it has to say.
    m_signatures->setFocusPolicy(Qt::TabFocus); // a screen reader reaches it with Tab
    m_signatures->hide();
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in the document (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find in the document"));
    m_find->setClearButtonEnabled(true);
    nameClearButton(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_found.page >= 0) {
            m_found = {};
            if (!m_shown.isNull())
                display(m_shown);
        }
    });

    auto *tools = new QToolBar(this);
    tools->setAccessibleName(tr("Viewer tools"));
    auto add = [this, tools](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = tools->addAction(text);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
                text, keys.value(0).toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add(tr("Previous material"),
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)},
        &MaterialViewer::previousFile);
    add(tr("Next material"),
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)},
        &MaterialViewer::nextFile);
    add(tr("Previous page"), {QKeySequence(Qt::Key_PageUp)}, &MaterialViewer::previousPage);
    add(tr("Next page"), {QKeySequence(Qt::Key_PageDown)}, &MaterialViewer::nextPage);
    add(tr("Zoom in"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        &MaterialViewer::zoomIn);
    add(tr("Zoom out"), {QKeySequence::ZoomOut}, &MaterialViewer::zoomOut);
    add(tr("Fit width"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, &MaterialViewer::fitWidth);
    add(tr("Fit page"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &MaterialViewer::fitPage);
    add(tr("Rotate"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, &MaterialViewer::rotate);
    add(tr("Copy text"), {QKeySequence::Copy}, &MaterialViewer::copyText);
    QAction *findAction = add(tr("Find"), {QKeySequence::Find}, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    Q_UNUSED(findAction)
    auto *first = new QAction(this);
    first->setShortcut(Qt::Key_Home);
    first->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(first, &QAction::triggered, this, [this] { showPage(0); });
    addAction(first);
    auto *last = new QAction(this);
    last->setShortcut(Qt::Key_End);
    last->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(last, &QAction::triggered, this, [this] { showPage(m_pageCount - 1); });
    addAction(last);

    auto *top = new QHBoxLayout;
    top->addWidget(tools, 1);
    nameToolbarOverflow(tools);
    top->addWidget(m_find);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(top);
    centreLayout->addWidget(m_scroll, 1);
    centreLayout->addWidget(m_status);
    centreLayout->addWidget(m_signatures);
    auto *split = new QSplitter(this);
    split->setAccessibleName(tr("Viewer"));
    split->addWidget(side);
    split->addWidget(centre);
    split->setStretchFactor(1, 1);
    // The page gets most of the room, also where the window is small (200 % scaling); the
    // side keeps a thumbnail's width and its scroll bar.
    side->setMinimumWidth(kThumbnailWidth + 16 + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                          + 2 * m_thumbnails->frameWidth());
    split->setSizes({1, 4});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_fileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_fileIndex)
            showFile(row);
    });
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_page)
            showPage(row);
    });
    connect(&m_decoding, &QFutureWatcher<Decoded>::finished, this, [this] {
        const Decoded d = m_decoding.result();
        if (m_kind != Kind::Image)
            return;
        if (d.image.isNull()) {
            m_kind = Kind::Broken;
            showProblem(d.error, "the image does not decode");
            return;
        }
        m_image = d.image;
        render();
    });
    connect(&m_scaling, &QFutureWatcher<Scaled>::finished, this, [this] {
        const Scaled s = m_scaling.result();
        // Only the latest request counts: zooming twice quickly shows the second zoom.
        if (m_kind == Kind::Image && s.generation == m_scaleGeneration)
            display(s.image);
    });
    connect(&m_drawing, &QFutureWatcher<Drawn>::finished, this, [this] {
        const Drawn drawn = m_drawing.result();
        if (m_kind != Kind::Ofd || drawn.generation != m_drawGeneration || drawn.page != m_page)
            return;
        if (drawn.image.isNull()) {
            showProblem(drawn.problems.value(0), "an OFD page does not draw");
            return;
        }
        display(drawn.image);
        // What the page could not draw stays in view under it (plain text, as every message).
        if (!drawn.problems.isEmpty())
            m_status->setText(m_status->text() + QStringLiteral(" · ")
                              + drawn.problems.join(QStringLiteral(" ")));
        requestThumbnail();
    });
    connect(&m_drawingThumbnail, &QFutureWatcher<Drawn>::finished, this, [this] {
        const Drawn drawn = m_drawingThumbnail.result();
        if (m_kind != Kind::Ofd || drawn.page != m_nextThumbnail)
            return;
        setThumbnail(drawn.page, drawn.image);
        requestThumbnail();
    });
    connect(&m_opening, &QFutureWatcher<Opened>::finished, this, &MaterialViewer::ofdOpened);
    connect(&m_searching, &QFutureWatcher<Found>::finished, this, [this] {
        m_found = m_searching.result();
        m_revealMatch = true;
        const int page = m_found.page;
        if (page >= 0 && page != m_page) {
            showPage(page);
        } else if (page >= 0) {
            if (!m_shown.isNull())
                display(m_shown); // the same page again, now marked
            render();
        } else {
            m_status->setText(tr("“%1” is not in this document.").arg(m_find->text()));
        }
        Q_EMIT searchDone(page);
    });
}

void MaterialViewer::openPdf(const QByteArray &content)
{
    // A new document and renderer for every file: the renderer's worker never sees a document
    // change under it, and nothing of the last file's pending pages can arrive.
    m_searching.waitForFinished();
    dropRenderer();
    delete m_pdf;
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(content);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf = new QPdfDocument(this);
    m_renderer = new QPdfPageRenderer(this);
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    m_renderer->setDocument(m_pdf);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize, const QImage &image, QPdfDocumentRenderOptions, quint64 id) {
                if (id == m_pageRequest) {
                    m_pageRequest = 0;
                    if (page == m_page)
                        display(image);
                } else if (id == m_thumbnailRequest) {
                    m_thumbnailRequest = 0;
                    setThumbnail(page, image);
                }
                requestThumbnail();
            });
    m_pdf->load(m_buffer);
}

void MaterialViewer::setThumbnail(int page, const QImage &image)
{
    if (QListWidgetItem *item = m_thumbnails->item(page)) {
        QPixmap thumbnail = QPixmap::fromImage(image);
        thumbnail.setDevicePixelRatio(devicePixelRatioF());
        item->setIcon(QIcon(thumbnail));
    }
    ++m_nextThumbnail;
}

void MaterialViewer::listPages()
{
    for (int p = 0; p < m_pageCount; ++p) {
        auto *item = new QListWidgetItem(QString::number(p + 1), m_thumbnails);
        item->setSizeHint(QSize(kThumbnailWidth + 16, kThumbnailWidth * 3 / 2 + 24));
    }
    m_nextThumbnail = 0;
    m_thumbnails->setCurrentRow(0);
}

void MaterialViewer::openOfd(const ViewerFile &file)
{
    // Reading the package (its directory, OFD.xml, Document.xml, resources, signatures) can take
    // a while for a large or hostile file; the window stays live and shows what it is doing.
    m_kind = Kind::None;
    showMessage(tr("Opening %1 …").arg(file.name));
    const QByteArray bytes = file.content;
    const QString name = file.name;
    const quint64 generation = m_openGeneration;
    m_opening.setFuture(QtConcurrent::run([bytes, name, generation]() -> Opened {
        Opened opened;
        opened.generation = generation;
        QString error;
        opened.document = OfdDocument::open(bytes, &error);
        if (!opened.document)
            opened.error = tr("%1 cannot be shown: %2").arg(name, error);
        return opened;
    }));
}

void MaterialViewer::ofdOpened()
{
    Opened opened = m_opening.result();
    if (opened.generation != m_openGeneration)
        return; // another file was chosen meanwhile
    if (!opened.document) {
        m_kind = Kind::Broken;
        showProblem(opened.error, "the OFD does not open");
        return;
    }
    m_ofd = std::move(opened.document);
    m_kind = Kind::Ofd;
    QStringList signatures;
    for (const OfdSignatureInfo &signature : m_ofd->signatures())
        signatures.append(OfdDocument::describe(signature));
    m_signatures->setText(signatures.join(QLatin1Char('\n')));
    m_signatures->setVisible(!signatures.isEmpty());
    m_pageCount = m_ofd->pageCount();
    listPages();
    render();
}

QString MaterialViewer::signaturesText() const
{
    return m_signatures->isVisibleTo(this) ? m_signatures->text() : QString();
}

QSizeF MaterialViewer::pagePoints(int page) const
{
    if (m_kind == Kind::Pdf)
        return m_pdf->pagePointSize(page);
    if (m_kind == Kind::Ofd && m_ofd)
        return m_ofd->pageBox(page).size() * (72.0 / 25.4);
    return {};
}

MaterialViewer::~MaterialViewer()
{
    // The workers hold copies of what they read; wait, so none outlives the viewer.
    m_opening.waitForFinished();
    m_drawing.waitForFinished();
    m_drawingThumbnail.waitForFinished();
    m_decoding.waitForFinished();
    m_scaling.waitForFinished();
    m_searching.waitForFinished();
    // The renderer's thread reads the document until the renderer is gone. Children die in
    // the order they were made, which would free the document first.
    dropRenderer();
}

void MaterialViewer::dropRenderer()
{
    if (!m_renderer)
        return;
    // Qt 6.4's renderer stops its thread when deleted but never frees it (a QThread for every
    // PDF opened, found by LeakSanitizer); leaving the multi-threaded mode first frees it.
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
    delete m_renderer;
    m_renderer = nullptr;
}

bool MaterialViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitWidth)
        m_refit.start();
    const QEvent::Type type = event->type();
    const bool mouseEvent = type == QEvent::MouseButtonPress || type == QEvent::MouseMove
            || type == QEvent::MouseButtonRelease;
    // Only a mouse event may be read as one: the canvas also gets cursor, paint and resize
    // events, and reading those as QMouseEvent is undefined behaviour (UBSan found it).
    if (watched == m_canvas && mouseEvent) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (type == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton) {
            m_dragFrom = mouse->globalPosition().toPoint();
            m_canvas->setCursor(Qt::ClosedHandCursor);
            return true;
        }
        if (type == QEvent::MouseMove && (mouse->buttons() & Qt::LeftButton)) {
            const QPoint now = mouse->globalPosition().toPoint();
            const QPoint delta = now - m_dragFrom;
            m_dragFrom = now;
            m_scroll->horizontalScrollBar()->setValue(m_scroll->horizontalScrollBar()->value()
                                                      - delta.x());
            m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->value()
                                                    - delta.y());
            return true;
        }
        if (type == QEvent::MouseButtonRelease)
            m_canvas->setCursor(Qt::OpenHandCursor);
    }
    return QWidget::eventFilter(watched, event);
}

void MaterialViewer::setFiles(const QList<ViewerFile> &files, int show)
{
    show = std::clamp(show, 0, std::max(int(files.size()) - 1, 0));
    // A file arriving for another material leaves the one being read as it is: same page,
    // zoom and marks.
    const bool unchanged = m_fileIndex == show && show < files.size()
            && m_fileIndex < m_files.size() && files.at(show).id == m_files.at(show).id
            && files.at(show).unavailable == m_files.at(show).unavailable
            && (files.at(show).content.constData() == m_files.at(show).content.constData()
                || files.at(show).content == m_files.at(show).content);
    m_files = files;
    const QSignalBlocker quiet(m_fileList);
    m_fileList->clear();
    for (const ViewerFile &f : files) {
        auto *item = new QListWidgetItem(f.name, m_fileList);
        item->setData(Qt::UserRole, f.id);
        item->setToolTip(f.name); // the side is narrow; names are long
    }
    m_fileList->setCurrentRow(show);
    if (unchanged)
        return;
    m_fileIndex = -1;
    if (files.isEmpty())
        showMessage(tr("No files to show."));
    else
        showFile(show);
}

QString MaterialViewer::message() const
{
    return m_shown.isNull() ? m_canvas->text() : QString();
}

void MaterialViewer::showFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_fileIndex = index;
    m_fileList->setCurrentRow(index);
    m_thumbnails->clear();
    m_image = QImage();
    m_page = 0;
    m_pageCount = 0;
    m_rotation = 0;
    m_fitWidth = true;
    m_pageRequest = 0;
    m_thumbnailRequest = 0;
    m_found = {};
    m_drawing.waitForFinished();
    m_drawingThumbnail.waitForFinished();
    m_searching.waitForFinished();
    m_ofd.reset();
    ++m_openGeneration;
    m_signatures->clear();
    m_signatures->hide();
    const ViewerFile &file = m_files.at(index);
    // The type is what the bytes say, whatever the file is called.
    const QByteArray type = Vault::detectType(file.content);
    Q_EMIT fileShown(index);
    if (!file.unavailable.isEmpty()) {
        m_kind = Kind::Broken;
        showMessage(file.unavailable);
        return;
    }
    if (file.content.isEmpty()) {
        m_kind = Kind::Broken;
        showProblem(
                tr("%1 is empty (0 bytes): ask the applicant to upload it again.").arg(file.name),
                "empty");
        return;
    }
    if (file.content.size() > kMaxFileBytes) {
        m_kind = Kind::Broken;
        showProblem(tr("%1 is too large to show (%2 MiB).")
                            .arg(file.name)
                            .arg(file.content.size() >> 20),
                    "too large");
        return;
    }
    if (type == "application/pdf") {
        m_kind = Kind::Pdf;
        openPdf(file.content);
        if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1) {
            m_kind = Kind::Broken;
            showProblem(
                    m_pdf->error() == QPdfDocument::Error::IncorrectPassword
                            ? tr("%1 is protected by a password and cannot be checked: ask "
                                 "the applicant for an unprotected copy.")
                                      .arg(file.name)
                            : m_pdf->error() == QPdfDocument::Error::UnsupportedSecurityScheme
                            ? tr("%1 is encrypted in a way that cannot be opened.").arg(file.name)
                            : tr("%1 is damaged or incomplete and cannot be shown.").arg(file.name),
                    "the PDF does not open");
            return;
        }
        m_pageCount = m_pdf->pageCount();
        listPages();
        render();
        return;
    }
    if (type == "application/ofd") {
        openOfd(file);
        return;
    }
    if (type.startsWith("image/")) {
        m_kind = Kind::Image;
        m_pageCount = 1;
        showMessage(tr("Opening %1 …").arg(file.name));
        const QByteArray bytes = file.content;
        const QString name = file.name;
        m_decoding.setFuture(QtConcurrent::run([bytes, name]() -> Decoded {
            DecodedImage decoded = decodeMaterialImage(bytes, name, kMaxImagePixels);
            return {std::move(decoded.image), std::move(decoded.error)};
        }));
        return;
    }
    m_kind = Kind::Broken;
    showProblem(tr("%1 is neither a PDF, an OFD document nor an image (its content says so, "
                   "whatever its name): it "
                   "cannot be shown.")
                        .arg(file.name),
                "neither a PDF nor an image");
}

void MaterialViewer::showPage(int page)
{
    if ((m_kind != Kind::Pdf && m_kind != Kind::Ofd) || page < 0 || page >= m_pageCount
        || page == m_page)
        return;
    m_page = page;
    m_thumbnails->setCurrentRow(page);
    render();
}

QSizeF MaterialViewer::pageSizeAtZoom() const
{
    QSizeF size = m_kind == Kind::Pdf || m_kind == Kind::Ofd ? pagePoints(m_page) * kPointsToPixels
                                                             : QSizeF(m_image.size());
    if (m_rotation % 180)
        size.transpose();
    return size;
}

void MaterialViewer::setZoom(double zoom)
{
    m_fitWidth = false;
    m_zoom = std::clamp(zoom, 0.1, 8.0);
    render();
}

void MaterialViewer::fitWidth()
{
    m_fitWidth = true;
    render();
}

void MaterialViewer::fitPage()
{
    const QSizeF natural = pageSizeAtZoom();
    if (natural.isEmpty())
        return;
    const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
    m_fitWidth = false;
    m_zoom = std::clamp(std::min(room.width() / natural.width(), room.height() / natural.height()),
                        0.1, 8.0);
    render();
}

void MaterialViewer::rotate()
{
    m_rotation = (m_rotation + 90) % 360;
    render();
}

void MaterialViewer::render()
{
    if (m_kind != Kind::Pdf && m_kind != Kind::Ofd && (m_kind != Kind::Image || m_image.isNull()))
        return;
    const QSizeF natural = pageSizeAtZoom();
    if (m_fitWidth && natural.width() > 0)
        m_zoom = std::clamp((m_scroll->viewport()->width() - 8) / natural.width(), 0.1, 8.0);
    // Rendered at the screen's own pixels: sharp also at 200 % scaling.
    const QSize target = (natural * m_zoom * devicePixelRatioF()).toSize().expandedTo(QSize(1, 1));
    if (m_kind == Kind::Pdf || m_kind == Kind::Ofd) {
        if (m_kind == Kind::Pdf) {
            QPdfDocumentRenderOptions options;
            options.setRotation(pdfRotation(m_rotation));
            // The size asked for is the image's, rotation included.
            m_pageRequest = m_renderer->requestPage(m_page, target, options);
        } else {
            // Drawn upright, then turned; only the latest request is shown.
            const OfdDocument ofd = *m_ofd;
            const int page = m_page;
            const int rotation = m_rotation;
            const quint64 generation = ++m_drawGeneration;
            const QSize upright = rotation % 180 ? target.transposed() : target;
            m_drawing.setFuture(QtConcurrent::run([ofd, page, rotation, upright, generation] {
                Drawn drawn{{}, page, generation};
                QString error;
                drawn.image = OfdPainter::render(ofd, page, upright, &error, &drawn.problems);
                if (drawn.image.isNull())
                    drawn.problems.prepend(error);
                else if (rotation)
                    drawn.image = drawn.image.transformed(QTransform().rotate(rotation));
                return drawn;
            }));
        }
        QString status = tr("Page %1 of %2 · %3 %")
                                 .arg(m_page + 1)
                                 .arg(m_pageCount)
                                 .arg(qRound(m_zoom * 100));
        // The search's result stays in view as long as its page does.
        if (m_found.page == m_page)
            status += tr(" · found %n time(s) on this page", "", m_found.count);
        m_status->setText(status);
        return;
    }
    // Scaling a scan of tens of megapixels takes long enough to be felt: off the UI thread too.
    const QImage image = m_image;
    const int rotation = m_rotation;
    const quint64 generation = ++m_scaleGeneration;
    m_scaling.setFuture(QtConcurrent::run([image, rotation, target, generation] {
        QImage turned = rotation ? image.transformed(QTransform().rotate(rotation)) : image;
        return Scaled{turned.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation),
                      generation};
    }));
    m_status->setText(tr("%1 × %2 pixels · %3 %")
                              .arg(m_image.width())
                              .arg(m_image.height())
                              .arg(qRound(m_zoom * 100)));
}

QTransform MaterialViewer::pointsToCanvas() const
{
    // The page as rendered: scaled to the unrotated image size, then turned clockwise.
    const QSizeF points = pagePoints(m_page);
    if (points.isEmpty() || m_shown.isNull())
        return {};
    // In the canvas's (logical) coordinates, whatever the screen's pixel ratio.
    const QSizeF shown = m_shown.deviceIndependentSize();
    const QSizeF upright = m_rotation % 180 ? shown.transposed() : shown;
    const QTransform scale = QTransform::fromScale(upright.width() / points.width(),
                                                   upright.height() / points.height());
    QTransform turn;
    switch (m_rotation) {
    case 90:
        turn = QTransform(0, 1, -1, 0, upright.height(), 0);
        break;
    case 180:
        turn = QTransform(-1, 0, 0, -1, upright.width(), upright.height());
        break;
    case 270:
        turn = QTransform(0, -1, 1, 0, 0, upright.width());
        break;
    default:
        break;
    }
    return scale * turn;
}

QList<QRectF> MaterialViewer::matchRects() const
{
    QList<QRectF> rects;
    if ((m_kind != Kind::Pdf && m_kind != Kind::Ofd) || m_found.page != m_page || m_shown.isNull())
        return rects;
    const QTransform map = pointsToCanvas();
    for (const QPolygonF &area : m_found.areas)
        rects += map.map(area).boundingRect();
    return rects;
}

void MaterialViewer::display(const QImage &image)
{
    m_shown = image;
    m_shown.setDevicePixelRatio(devicePixelRatioF());
    QPixmap pixmap = QPixmap::fromImage(m_shown);
    // Matches of the last search are marked on the page, as any reader would expect.
    const QList<QRectF> rects = matchRects();
    if (!rects.isEmpty()) {
        QPainter painter(&pixmap);
        for (const QRectF &rect : rects)
            painter.fillRect(rect.adjusted(-1, -1, 1, 1), QColor(255, 210, 0, 110));
    }
    // A PDF page without a background of its own is rendered transparent: show it on paper.
    m_canvas->setAutoFillBackground(true);
    m_canvas->setPixmap(pixmap);
    m_canvas->resize(m_shown.deviceIndependentSize().toSize());
    // Once after a search, the first match is scrolled into view; later renders leave the
    // reader where they scrolled to.
    if (m_revealMatch && !rects.isEmpty()) {
        m_revealMatch = false;
        const QPointF centre = rects.first().center();
        m_scroll->ensureVisible(int(centre.x()), int(centre.y()), 80, 120);
    }
    Q_EMIT pageShown(m_page);
}

void MaterialViewer::showProblem(const QString &text, const char *why)
{
    // The reason only: a material's file name may name the applicant.
    qCInfo(lcViewer).noquote() << "file" << (m_fileIndex + 1) << "of" << m_files.size()
                               << "cannot be shown:" << why;
    showMessage(text);
}

void MaterialViewer::showMessage(const QString &text)
{
    m_shown = QImage();
    m_canvas->setAutoFillBackground(false);
    m_canvas->setPixmap(QPixmap());
    m_canvas->setText(text);
    m_canvas->resize(m_scroll->viewport()->size());
    m_status->setText(text);
}

void MaterialViewer::requestThumbnail()
{
    // One at a time, and only while no page is awaited: thumbnails never hold up a page.
    if (m_nextThumbnail >= m_pageCount)
        return;
    const bool pdfBusy = m_kind == Kind::Pdf && (m_pageRequest || m_thumbnailRequest);
    const bool ofdBusy
            = m_kind == Kind::Ofd && (m_drawing.isRunning() || m_drawingThumbnail.isRunning());
    if ((m_kind != Kind::Pdf && m_kind != Kind::Ofd) || pdfBusy || ofdBusy)
        return;
    const QSizeF points = pagePoints(m_nextThumbnail);
    const QSize size(kThumbnailWidth,
                     points.width() > 0 ? int(kThumbnailWidth * points.height() / points.width())
                                        : kThumbnailWidth);
    if (m_kind == Kind::Pdf) {
        m_thumbnailRequest = m_renderer->requestPage(m_nextThumbnail, size * devicePixelRatioF());
        return;
    }
    const OfdDocument ofd = *m_ofd;
    const int page = m_nextThumbnail;
    const QSize pixels = size * devicePixelRatioF();
    m_drawingThumbnail.setFuture(QtConcurrent::run([ofd, page, pixels] {
        return Drawn{OfdPainter::render(ofd, page, pixels), page};
    }));
}

void MaterialViewer::find(const QString &text)
{
    if ((m_kind != Kind::Pdf && m_kind != Kind::Ofd) || text.trimmed().isEmpty()
        || m_searching.isRunning())
        return;
    if (m_kind == Kind::Ofd) {
        const OfdDocument ofd = *m_ofd;
        const int from = m_page + 1;
        m_searching.setFuture(
                QtConcurrent::run([ofd, text, from] { return findInOfd(ofd, text, from); }));
        return;
    }
    QPdfDocument *pdf = m_pdf;
    const int from = m_page + 1;
    const int count = m_pageCount;
    // Text extraction of hundreds of pages takes a while: not on the UI thread. QtPdf
    // serializes its access to the PDF library, so the renderer can go on meanwhile.
    m_searching.setFuture(QtConcurrent::run([pdf, text, from, count] {
        for (int i = 0; i < count; ++i) {
            const int page = (from + i) % count;
            const QString all = pdf->getAllText(page).text();
            Found found;
            for (qsizetype at = all.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                 at = all.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
                found.page = page;
                ++found.count;
                found.areas += pdf->getSelectionAtIndex(page, int(at), int(text.size())).bounds();
            }
            if (found.page >= 0)
                return found;
        }
        return Found{};
    }));
}

MaterialViewer::Found MaterialViewer::findInOfd(const OfdDocument &ofd, const QString &text,
                                                int from)
{
    // Matches in page millimetres, as PDF points from the page's corner for the marks.
    constexpr double kMmToPoints = 72.0 / 25.4;
    const OfdDocument::Match match = ofd.find(text, from);
    Found found{match.page, match.count};
    const QPointF origin = ofd.pageBox(std::max(match.page, 0)).topLeft();
    for (const QRectF &area : match.areas)
        found.areas += QPolygonF(
                QRectF((area.topLeft() - origin) * kMmToPoints, area.size() * kMmToPoints));
    return found;
}

void MaterialViewer::copyText()
{
    if (m_kind == Kind::Pdf)
        m_pdf->getAllText(m_page).copyToClipboard();
    else if (m_kind == Kind::Ofd)
        QGuiApplication::clipboard()->setText(m_ofd->pageText(m_page));
}

} // namespace casedesk
