#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QTimer>
#include <QWidget>

#include "ofd/OfdDocument.h"

#include <optional>

class QBuffer;
class QLabel;
class QLineEdit;
class QListWidget;
class QPdfDocument;
class QPdfPageRenderer;
class QScrollArea;

namespace casedesk {

// One file to look at, held in memory only (from the encrypted vault, or a local file).
struct ViewerFile
{
    QString id;
    QString name;
    QByteArray content;
    QString unavailable = {}; // why there is no content (not downloaded yet, …); shown instead
};

// How a file dragged from the viewer's list travels: its id, UTF-8.
inline constexpr char kViewerFileMimeType[] = "application/x-casedesk-viewer-file";

// Local files for `casedesk --view`, read into memory; one that cannot be read, or is too large,
// comes with the reason instead of its content.
QList<ViewerFile> localViewerFiles(const QStringList &paths);

// The applicant's materials, one file at a time: PDFs (QtPdf), OFD documents (ofd/) and images
// (whatever Qt reads, EXIF orientation applied). Pages are rendered and images decoded off the UI
// thread; a file that cannot be shown — empty, damaged, truncated, password-protected, of no known
// type, too large — gets a plain message in place of the page, never a crash or a frozen window.
class MaterialViewer : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialViewer(QWidget *parent = nullptr);
    ~MaterialViewer() override;

    // Shows file `show` of `files`; when it is the file already shown, unchanged, it stays as
    // it is (page, zoom, search marks).
    void setFiles(const QList<ViewerFile> &files, int show = 0);
    const QList<ViewerFile> &files() const { return m_files; }
    int currentFile() const { return m_fileIndex; }
    int currentPage() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    bool isPdf() const { return m_kind == Kind::Pdf; }
    bool isOfd() const { return m_kind == Kind::Ofd; }
    // What is shown instead of a page when the file cannot be; empty when a page is shown.
    QString message() const;
    // The page or image on screen, as rendered (rotation and zoom applied) in the screen's own
    // pixels (devicePixelRatio() per logical pixel); null while rendering.
    QImage shownImage() const { return m_shown; }
    // What the signature line says (empty when the document has no signatures).
    QString signaturesText() const;
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; }
    // Where the last search's matches are on the page shown, in logical pixels of the shown
    // page (a match may take several rectangles).
    QList<QRectF> matchRects() const;

    // Files are refused above this size, images decoded at most at this many pixels.
    static constexpr qint64 kMaxFileBytes = 512LL << 20;
    static constexpr qint64 kMaxImagePixels = 24'000'000; // 6000 × 4000: every stamp legible

public Q_SLOTS:
    void showFile(int index);
    void showPage(int page);
    void nextPage() { showPage(m_page + 1); }
    void previousPage() { showPage(m_page - 1); }
    void nextFile() { showFile(m_fileIndex + 1); }
    void previousFile() { showFile(m_fileIndex - 1); }
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    void fitWidth();
    void fitPage();
    void rotate();
    // Finds `text` from the page after the current one on, wrapping; the page found is shown.
    void find(const QString &text);
    // The current PDF page's text to the clipboard.
    void copyText();

Q_SIGNALS:
    void fileShown(int index);
    // A page (or image) is on screen.
    void pageShown(int page);
    void searchDone(int page); // -1: not found

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { None, Pdf, Ofd, Image, Broken };
    // An OFD page drawn off the UI thread, for the page view or a thumbnail.
    struct Drawn
    {
        QImage image;
        int page = -1;
        quint64 generation = 0;
        QStringList problems = {};
    };
    struct Opened
    {
        std::optional<OfdDocument> document;
        QString error;
        quint64 generation = 0;
    };
    struct Decoded
    {
        QImage image;
        QString error;
    };
    struct Scaled
    {
        QImage image;
        quint64 generation = 0;
    };
    // The page a search found, how often the text is on it, and where (PDF points).
    struct Found
    {
        int page = -1;
        int count = 0;
        QList<QPolygonF> areas = {};
    };

    void openPdf(const QByteArray &content);
    void openOfd(const ViewerFile &file);
    void ofdOpened();
    // The page's size in PDF points (an OFD page's millimetres converted), for PDFs and OFD.
    QSizeF pagePoints(int page) const;
    void listPages();
    void setThumbnail(int page, const QImage &image);
    static Found findInOfd(const OfdDocument &ofd, const QString &text, int from);
    void dropRenderer();
    void setZoom(double zoom);
    void render();
    void display(const QImage &image);
    QTransform pointsToCanvas() const;
    void showMessage(const QString &text);
    // A file that cannot be shown: the message, and one log line with `why` (no file name).
    void showProblem(const QString &text, const char *why);
    void requestThumbnail();
    QSizeF pageSizeAtZoom() const;

    QList<ViewerFile> m_files;
    int m_fileIndex = -1;
    Kind m_kind = Kind::None;
    int m_page = 0;
    int m_pageCount = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_rotation = 0; // degrees, a multiple of 90
    QImage m_shown;
    QImage m_image; // the decoded image (Kind::Image)
    quint64 m_pageRequest = 0;
    int m_nextThumbnail = 0;
    quint64 m_thumbnailRequest = 0;

    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfPageRenderer *m_renderer = nullptr;
    QFutureWatcher<Decoded> m_decoding;
    QFutureWatcher<Scaled> m_scaling;
    quint64 m_scaleGeneration = 0;
    QFutureWatcher<Found> m_searching;
    std::optional<OfdDocument> m_ofd;
    QFutureWatcher<Drawn> m_drawing;
    QFutureWatcher<Opened> m_opening; // an OFD package is read off the UI thread
    quint64 m_openGeneration = 0; // which showFile() an opening belongs to
    QFutureWatcher<Drawn> m_drawingThumbnail;
    quint64 m_drawGeneration = 0;
    Found m_found;
    bool m_revealMatch = false;
    QTimer m_refit;
    QPoint m_dragFrom;
    QListWidget *m_fileList;
    QListWidget *m_thumbnails;
    QScrollArea *m_scroll;
    QLabel *m_canvas;
    QLabel *m_status;
    QLabel *m_signatures;
    QLineEdit *m_find;
};

} // namespace casedesk
