// The material viewer offscreen, on generated PDFs and images and a corpus of broken files.

#include "ChecklistPanel.h"
#include "MaterialViewer.h"
#include "OfdBuilder.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace casedesk;

namespace {

QByteArray makePdf(int pages, const QString &marker = QStringLiteral("第%1页"))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("AR PL UMing CN"), 24));
    for (int i = 0; i < pages; ++i) {
        if (i)
            writer.newPage();
        p.drawText(QPointF(72, 100), marker.arg(i + 1));
    }
    p.end();
    return bytes;
}

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A JPEG with an EXIF APP1 segment saying "rotate 90° clockwise to show" (orientation 6).
QByteArray withExifOrientation6(const QByteArray &jpeg)
{
    QByteArray tiff("MM\0*\0\0\0\x08", 8);
    tiff += QByteArray("\0\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01\0\x06\0\0", 12); // Orientation = 6
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray app1("\xff\xe1", 2);
    app1.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

// The shown page's size in logical pixels, whatever the screen's scale (the suite also runs
// at 200 %: tst_viewer_hidpi).
QSize logical(const QImage &image)
{
    return image.deviceIndependentSize().toSize();
}

// A rectangle in logical pixels as the pixels of an image at the screen's scale.
QRect inPixels(const QRectF &rect, const QImage &image)
{
    const qreal ratio = image.devicePixelRatio();
    return QRectF(rect.topLeft() * ratio, rect.size() * ratio).toAlignedRect();
}

} // namespace

class TestViewer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Shows `file` and waits until a page is on screen or a message replaced it.
    static void show(MaterialViewer &viewer, const QList<ViewerFile> &files)
    {
        QSignalSpy shown(&viewer, &MaterialViewer::pageShown);
        viewer.setFiles(files);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty()
                                         || (!viewer.message().isEmpty()
                                             && !viewer.message().contains(QStringLiteral("…"))),
                                 30000);
    }

private Q_SLOTS:
    void aPdfShowsItsPagesAndFlips()
    {
        MaterialViewer viewer;
        viewer.resize(1200, 900);
        viewer.show();
        show(viewer, {{QStringLiteral("m1"), QStringLiteral("申请书.pdf"), makePdf(200)}});
        QVERIFY(viewer.isPdf());
        QCOMPARE(viewer.pageCount(), 200);
        QVERIFY(!viewer.shownImage().isNull());
        const QSize fitted = logical(viewer.shownImage());
        // Rendered at the screen's own pixels, so the text stays sharp at any scale.
        QCOMPARE(viewer.shownImage().devicePixelRatio(), viewer.devicePixelRatioF());
        // Thumbnails follow, page after page.
        QListWidget *pages = nullptr;
        for (QListWidget *list : viewer.findChildren<QListWidget *>()) {
            if (list->accessibleName() == viewer.tr("Pages"))
                pages = list;
        }
        QVERIFY(pages);
        QCOMPARE(pages->count(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!pages->item(5)->icon().isNull(), 20000);
        // Fit width follows the window.
        viewer.resize(1600, 900);
        QTRY_VERIFY(logical(viewer.shownImage()).width() > fitted.width());
        viewer.resize(1200, 900);
        // (a scroll bar may come or go, so within its width)
        QTRY_VERIFY(qAbs(logical(viewer.shownImage()).width() - fitted.width()) <= 30);

        QSignalSpy shown(&viewer, &MaterialViewer::pageShown);
        QTest::keyClick(&viewer, Qt::Key_PageDown);
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(viewer.currentPage(), 1);
        QTest::keyClick(&viewer, Qt::Key_End);
        QTRY_COMPARE(viewer.currentPage(), 199);
        QTest::keyClick(&viewer, Qt::Key_Home);
        QTRY_COMPARE(viewer.currentPage(), 0);

        // Zoom, fit page, rotate.
        shown.clear();
        viewer.zoomIn();
        QTRY_VERIFY(shown.count() >= 1);
        QTRY_VERIFY(logical(viewer.shownImage()).width() > fitted.width());
        viewer.rotate();
        QTRY_VERIFY(viewer.shownImage().width() > viewer.shownImage().height());
        QCOMPARE(viewer.rotation(), 90);
        // Dragging the enlarged page pans it.
        viewer.zoomIn();
        viewer.zoomIn();
        QTRY_VERIFY(logical(viewer.shownImage()).width() > 1600);
        auto *scroll = viewer.findChild<QScrollArea *>();
        QLabel *canvas = qobject_cast<QLabel *>(scroll->widget());
        const int before = scroll->horizontalScrollBar()->value();
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(400, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(300, 300),
                         canvas->mapToGlobal(QPointF(300, 300)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QCOMPARE(scroll->horizontalScrollBar()->value(), before + 100);
        viewer.fitPage();
        QTRY_VERIFY(logical(viewer.shownImage()).height() <= 900);

        // Find goes to the page that has the text; copy takes the page's text.
        QSignalSpy found(&viewer, &MaterialViewer::searchDone);
        viewer.find(QStringLiteral("第137页"));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 30000);
        QCOMPARE(found.first().first().toInt(), 136);
        QTRY_COMPARE(viewer.currentPage(), 136);
        viewer.find(QStringLiteral("不存在的文字"));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, 30000);
        QCOMPARE(found.last().first().toInt(), -1);
        viewer.copyText();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("第137页")));
    }

    // An OFD e-licence: pages, thumbnails, flipping, rotating, find with marks, copy — as a PDF.
    void anOfdShowsItsPagesFindsAndCopies()
    {
        QList<QByteArray> pages;
        for (int i = 1; i <= 12; ++i)
            pages.append(QStringLiteral("<ofd:TextObject ID=\"3\" Boundary=\"20 30 170 20\" "
                                        "Font=\"4\" Size=\"8\"><ofd:TextCode X=\"0\" Y=\"8\" "
                                        "DeltaX=\"g 8 8\">营业执照第%1页</ofd:TextCode>"
                                        "</ofd:TextObject>")
                                 .arg(i)
                                 .toUtf8());
        const QByteArray fonts = "<ofd:Fonts><ofd:Font ID=\"4\" FontName=\"宋体\"/></ofd:Fonts>";
        MaterialViewer viewer;
        viewer.resize(1200, 900);
        viewer.show();
        show(viewer,
             {{QStringLiteral("m1"), QStringLiteral("营业执照.ofd"),
               OfdBuilder::document(pages, fonts).zip()}});
        QVERIFY2(viewer.isOfd(), qPrintable(viewer.message()));
        QCOMPARE(viewer.pageCount(), 12);
        QVERIFY(!viewer.shownImage().isNull());
        QCOMPARE(viewer.shownImage().devicePixelRatio(), viewer.devicePixelRatioF());
        // A4 upright: taller than wide, and the text is ink on paper.
        QVERIFY(viewer.shownImage().height() > viewer.shownImage().width());
        QListWidget *list = nullptr;
        for (QListWidget *l : viewer.findChildren<QListWidget *>())
            if (l->accessibleName() == viewer.tr("Pages"))
                list = l;
        QVERIFY(list);
        QCOMPARE(list->count(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(!list->item(11)->icon().isNull(), 20000);

        QSignalSpy shown(&viewer, &MaterialViewer::pageShown);
        QTest::keyClick(&viewer, Qt::Key_PageDown);
        QTRY_COMPARE(viewer.currentPage(), 1);
        QTRY_VERIFY(!shown.isEmpty());
        viewer.rotate();
        QTRY_VERIFY(viewer.shownImage().width() > viewer.shownImage().height());
        viewer.rotate();
        viewer.rotate();
        viewer.rotate();
        QTRY_VERIFY(viewer.shownImage().height() > viewer.shownImage().width());

        QSignalSpy found(&viewer, &MaterialViewer::searchDone);
        viewer.find(QStringLiteral("第9页"));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 30000);
        QCOMPARE(found.first().first().toInt(), 8);
        QTRY_COMPARE(viewer.currentPage(), 8);
        // The mark sits over the words: "第9页" are glyphs 4–6 (from 0) of a line at x 20 mm,
        // 8 mm each, so it starts 52 mm from the page's left edge and is 24 mm wide.
        QTRY_COMPARE(viewer.matchRects().size(), 1);
        const QRectF mark = viewer.matchRects().first();
        const double mm = logical(viewer.shownImage()).width() / 210.0;
        QVERIFY2(std::abs(mark.left() - 52 * mm) < 2 * mm,
                 qPrintable(QString::number(mark.left() / mm)));
        QVERIFY2(std::abs(mark.width() - 24 * mm) < 2 * mm,
                 qPrintable(QString::number(mark.width() / mm)));
        viewer.copyText();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("营业执照第9页"));
    }

    // A sealed OFD (an e-licence): the seal is on the page and the line under it names the seal
    // and says it was not verified; the next file has no such line.
    void aSealedOfdSaysItsSealIsNotVerified()
    {
        QImage picture(40, 40, QImage::Format_ARGB32);
        picture.fill(QColor(220, 0, 0));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        const QString seal = QStringLiteral("某某区行政审批局电子证照专用章");
        MaterialViewer viewer;
        viewer.resize(1200, 900);
        viewer.show();
        show(viewer,
             {{QStringLiteral("m1"), QStringLiteral("许可证.ofd"),
               OfdBuilder::signedDocument(OfdBuilder::sesSignature(seal, "png", png)).zip()},
              {QStringLiteral("m2"), QStringLiteral("其他.ofd"),
               OfdBuilder::document({{}}).zip()}});
        QVERIFY2(viewer.isOfd(), qPrintable(viewer.message()));
        QVERIFY2(viewer.signaturesText().contains(seal)
                         && viewer.signaturesText().contains(QStringLiteral("not verified")),
                 qPrintable(viewer.signaturesText()));
        // The stamp box (140–180 × 220–260 mm) is red on the shown page.
        const QImage page = viewer.shownImage();
        const double mm = page.width() / 210.0;
        const QColor centre = page.pixelColor(int(160 * mm), int(240 * mm));
        QVERIFY2(centre.red() > 180 && centre.green() < 60, qPrintable(centre.name()));
        viewer.nextFile();
        QTRY_VERIFY(viewer.isOfd() && viewer.signaturesText().isEmpty());
    }

    // An OFD is opened off the UI thread: choosing another file meanwhile shows that one, and
    // the first file's opening, when it ends, changes nothing.
    void choosingAnotherFileWhileAnOfdOpensShowsThatOne()
    {
        QList<QByteArray> many(150, QByteArray());
        MaterialViewer viewer;
        viewer.resize(1200, 900);
        viewer.show();
        viewer.setFiles(
                {{QStringLiteral("m1"), QStringLiteral("长.ofd"), OfdBuilder::document(many).zip()},
                 {QStringLiteral("m2"), QStringLiteral("短.ofd"),
                  OfdBuilder::document({{}, {}}).zip()}});
        viewer.showFile(1);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.isOfd(), 20000);
        QCOMPARE(viewer.currentFile(), 1);
        QCOMPARE(viewer.pageCount(), 2);
        QTest::qWait(200); // whatever was still under way for the first file
        QCOMPARE(viewer.pageCount(), 2);
    }

    // A damaged OFD: the reason, in place of the page.
    void aDamagedOfdSaysWhy()
    {
        OfdBuilder b = OfdBuilder::document({{}});
        b.parts.remove(QStringLiteral("Doc_0/Document.xml"));
        MaterialViewer viewer;
        viewer.resize(900, 700);
        viewer.show();
        show(viewer, {{QStringLiteral("m1"), QStringLiteral("发票.ofd"), b.zip()}});
        QVERIFY(!viewer.isOfd());
        QVERIFY2(viewer.message().contains(QStringLiteral("发票.ofd")),
                 qPrintable(viewer.message()));
        QVERIFY2(viewer.message().contains(QStringLiteral("Doc_0/Document.xml")),
                 qPrintable(viewer.message()));
    }

    void findMarksTheMatchesOnThePage_data()
    {
        QTest::addColumn<int>("turns");
        QTest::newRow("upright") << 0;
        QTest::newRow("turned 90°") << 1;
        QTest::newRow("turned 180°") << 2;
        QTest::newRow("turned 270°") << 3;
    }

    void findMarksTheMatchesOnThePage()
    {
        QFETCH(int, turns);
        MaterialViewer viewer;
        viewer.resize(900, 900);
        viewer.show();
        show(viewer,
             {{QStringLiteral("m"), QStringLiteral("章程.pdf"),
               makePdf(3, QStringLiteral("第%1页 注册资本"))}});
        QSignalSpy shown(&viewer, &MaterialViewer::pageShown);
        for (int i = 0; i < turns; ++i)
            viewer.rotate();
        QCOMPARE(viewer.rotation(), turns * 90);
        // Larger than the window, so that a match can be out of view.
        viewer.zoomIn();
        viewer.zoomIn();
        viewer.zoomIn();
        QTRY_VERIFY(!shown.isEmpty());
        QSignalSpy found(&viewer, &MaterialViewer::searchDone);
        shown.clear();
        viewer.find(QStringLiteral("注册资本"));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 30000);
        QCOMPARE(found.first().first().toInt(), 1); // from the page after the current one
        QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toInt() == 1);
        QCOMPARE(viewer.currentPage(), 1);
        QVERIFY(!viewer.matchRects().isEmpty());
        QRectF united;
        for (const QRectF &rect : viewer.matchRects())
            united |= rect;
        // The status line says so, and it is what a screen reader reads of it (no name of its
        // own hides its text).
        const auto *status = viewer.findChild<QLabel *>(QStringLiteral("pageStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(viewer.tr(" · found %n time(s) on this page", "", 1)),
                 qPrintable(status->text()));
        QVERIFY(status->accessibleName().isEmpty());
        // The mark lies over the words themselves: the unmarked page has ink inside it, and
        // the page as shown has it tinted.
        const QRect mark
                = inPixels(united, viewer.shownImage()).intersected(viewer.shownImage().rect());
        QVERIFY2(mark.width() > 4 && mark.height() > 4,
                 qPrintable(QStringLiteral("%1x%2").arg(mark.width()).arg(mark.height())));
        int ink = 0;
        for (int y = mark.top(); y <= mark.bottom(); ++y)
            for (int x = mark.left(); x <= mark.right(); ++x)
                ink += qAlpha(viewer.shownImage().pixel(x, y)) > 128
                        && qGray(viewer.shownImage().pixel(x, y)) < 100;
        QVERIFY2(ink > mark.width() * mark.height() / 50, qPrintable(QString::number(ink)));
        auto *canvas = qobject_cast<QLabel *>(viewer.findChild<QScrollArea *>()->widget());
        const QImage onScreen = canvas->pixmap().toImage();
        // Between the strokes of a character, where the page is bare.
        QPoint bare(-1, -1);
        const QRect glyph
                = inPixels(viewer.matchRects().first(), viewer.shownImage()).adjusted(2, 2, -2, -2);
        for (int y = glyph.top(); y <= glyph.bottom() && bare.x() < 0; ++y)
            for (int x = glyph.left(); x <= glyph.right() && bare.x() < 0; ++x)
                if (qAlpha(viewer.shownImage().pixel(x, y)) == 0)
                    bare = QPoint(x, y);
        QVERIFY(bare.x() >= 0);
        const QColor tinted = onScreen.pixelColor(bare);
        QVERIFY2(tinted.red() > 200 && tinted.blue() < 60 && tinted.alpha() > 0,
                 qPrintable(tinted.name(QColor::HexArgb)));
        // The match is scrolled into view (turned, it sits at another edge of the page).
        auto *scroll = viewer.findChild<QScrollArea *>();
        QVERIFY(canvas->height() > scroll->viewport()->height());
        QVERIFY(canvas->width() > scroll->viewport()->width());
        QTRY_VERIFY(scroll->viewport()->rect().contains(
                canvas->mapTo(scroll->viewport(), united.center().toPoint())));
        // Clearing the search takes the marks away.
        auto *findField = viewer.findChild<QLineEdit *>();
        findField->setText(QStringLiteral("x"));
        findField->clear();
        QVERIFY(viewer.matchRects().isEmpty());
        QCOMPARE(canvas->pixmap().toImage().pixel(bare), viewer.shownImage().pixel(bare));
    }

    void severalFilesWithoutLeavingTheKeyboard()
    {
        MaterialViewer viewer;
        viewer.resize(1000, 800);
        viewer.show();
        QImage scan(800, 1100, QImage::Format_RGB32);
        scan.fill(Qt::white);
        show(viewer,
             {{QStringLiteral("a"), QStringLiteral("一.pdf"), makePdf(3)},
              {QStringLiteral("b"), QStringLiteral("二.png"), encode(scan, "PNG")},
              {QStringLiteral("c"), QStringLiteral("三.pdf"), makePdf(2)}});
        QSignalSpy files(&viewer, &MaterialViewer::fileShown);
        QTest::keyClick(&viewer, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(viewer.currentFile(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.shownImage().isNull(), 20000);
        QTest::keyClick(&viewer, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(viewer.currentFile(), 2);
        QTest::keyClick(&viewer, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(viewer.currentFile(), 1);
        QCOMPARE(files.count(), 3);
    }

    // Files arriving while the viewer is open (downloaded meanwhile) replace the list, and the
    // same file opened again at once still shows its page.
    void reloadingTheSameFileShowsItsPage()
    {
        MaterialViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        ViewerFile pending{QStringLiteral("m1"), QStringLiteral("申请书.pdf"), {}};
        pending.unavailable = QStringLiteral("申请书.pdf is being downloaded …");
        viewer.setFiles({pending});
        QCOMPARE(viewer.message(), pending.unavailable);
        const QList<ViewerFile> arrived{
                {QStringLiteral("m1"), QStringLiteral("申请书.pdf"), makePdf(4)}};
        viewer.setFiles(arrived);
        viewer.showFile(0);
        viewer.setFiles(arrived);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.shownImage().isNull(), 20000);
        QVERIFY(viewer.message().isEmpty());
        QCOMPARE(viewer.pageCount(), 4);

        // Another material's file arrives while the clerk reads page 3, zoomed in: the page
        // being read stays as it is.
        viewer.showPage(2);
        viewer.zoomIn();
        const double zoom = viewer.zoom();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.shownImage().isNull(), 20000);
        QList<ViewerFile> more = arrived;
        more.append({QStringLiteral("m2"), QStringLiteral("营业执照.pdf"), makePdf(1)});
        viewer.setFiles(more, 0);
        QCOMPARE(viewer.files().size(), 2);
        QCOMPARE(viewer.currentPage(), 2);
        QCOMPARE(viewer.zoom(), zoom);
        QVERIFY(!viewer.shownImage().isNull());
        // A changed file is shown afresh, from its first page.
        more[0].content = makePdf(5);
        viewer.setFiles(more, 0);
        QTRY_COMPARE(viewer.pageCount(), 5);
        QCOMPARE(viewer.currentPage(), 0);
    }

    void imagesFollowTheirExifOrientation()
    {
        QImage wide(600, 300, QImage::Format_RGB32);
        wide.fill(Qt::white);
        QPainter(&wide).fillRect(0, 0, 100, 300, Qt::black); // a black band on the left
        MaterialViewer viewer;
        viewer.resize(1000, 800);
        viewer.show();
        show(viewer,
             {{QStringLiteral("j"), QStringLiteral("身份证.jpg"),
               withExifOrientation6(encode(wide, "JPEG", 95))}});
        QVERIFY2(viewer.message().isEmpty(), qPrintable(viewer.message()));
        const QImage shown = viewer.shownImage();
        // Turned upright: taller than wide, the band now along the top.
        QVERIFY(shown.height() > shown.width());
        QVERIFY(qGray(shown.pixel(shown.width() / 2, 2)) < 80);
        QVERIFY(qGray(shown.pixel(shown.width() / 2, shown.height() - 3)) > 200);
    }

    void brokenFilesGetAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        const QByteArray pdf = makePdf(5);
        QImage scan(400, 300, QImage::Format_RGB32);
        scan.fill(Qt::gray);
        const QByteArray jpeg = encode(scan, "JPEG");
        QTest::newRow("zero bytes")
                << QByteArray() << QStringLiteral("空.pdf") << QStringLiteral("empty");
        QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 3) << QStringLiteral("半.pdf")
                                       << QStringLiteral("damaged");
        QTest::newRow("garbage") << QByteArray(5000, '\x17') << QStringLiteral("乱.pdf")
                                 << QStringLiteral("neither a PDF, an OFD document nor an image");
        QTest::newRow("pdf header, no body")
                << QByteArray("%PDF-1.7\n%%EOF\n") << QStringLiteral("壳.pdf")
                << QStringLiteral("damaged");
        QTest::newRow("truncated jpeg")
                << jpeg.left(40) << QStringLiteral("截.jpg") << QStringLiteral("damaged");
        QTest::newRow("html named pdf") << QByteArray("<html><script>alert(1)</script></html>")
                                        << QStringLiteral("<b>恶意</b>.pdf")
                                        << QStringLiteral("<b>恶意</b>.pdf is neither");
    }
    void brokenFilesGetAClearMessage()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, says);
        MaterialViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        show(viewer, {{QStringLiteral("x"), name, content}});
        QVERIFY(viewer.shownImage().isNull());
        QVERIFY2(viewer.message().contains(says), qPrintable(viewer.message()));
        // The viewer goes on: the next file opens.
        show(viewer,
             {{QStringLiteral("x"), name, content},
              {QStringLiteral("y"), QStringLiteral("好.pdf"), makePdf(1)}});
        viewer.nextFile();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.shownImage().isNull(), 20000);
    }

    void aPasswordProtectedPdfIsNamedSo()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makePdf(2));
        f.close();
        QCOMPARE(QProcess::execute(QStringLiteral("qpdf"),
                                   {QStringLiteral("--encrypt"), QStringLiteral("user-pw"),
                                    QStringLiteral("owner-pw"), QStringLiteral("256"),
                                    QStringLiteral("--"), plain, locked}),
                 0);
        QFile l(locked);
        QVERIFY(l.open(QIODevice::ReadOnly));
        MaterialViewer viewer;
        viewer.show();
        show(viewer, {{QStringLiteral("p"), QStringLiteral("加密.pdf"), l.readAll()}});
        QVERIFY2(viewer.message().contains(QStringLiteral("password")),
                 qPrintable(viewer.message()));
    }

    void wronglyNamedFilesAreShownByContent()
    {
        QImage scan(300, 200, QImage::Format_RGB32);
        scan.fill(Qt::white);
        MaterialViewer viewer;
        viewer.show();
        show(viewer, {{QStringLiteral("w"), QStringLiteral("营业执照.pdf"), encode(scan, "PNG")}});
        QVERIFY2(viewer.message().isEmpty(), qPrintable(viewer.message()));
        QVERIFY(!viewer.isPdf());
        QVERIFY(!viewer.shownImage().isNull());
    }

    void closingWhileThePagesAreRenderingIsSafe()
    {
        // A window closed (or a case left) while the renderer's thread still draws thumbnails:
        // the document must outlive the drawing. Each round closes at another moment.
        const QByteArray pdf = makePdf(200);
        for (int round = 0; round < 40; ++round) {
            auto viewer = std::make_unique<MaterialViewer>();
            viewer->resize(800, 600);
            viewer->show();
            viewer->setFiles({{QStringLiteral("p"), QStringLiteral("申请书.pdf"), pdf}});
            QTest::qWait(20 + (round % 8) * 5);
            viewer.reset();
        }
    }

    void aFileDraggedOntoAMaterialIsTakenAsIt()
    {
        MaterialViewer viewer;
        viewer.setFiles({{QStringLiteral("f1"), QStringLiteral("scan001.pdf"), makePdf(1)},
                         {QStringLiteral("f2"), QStringLiteral("scan002.pdf"), makePdf(1)}});
        ServiceItem item;
        item.materials = {{QStringLiteral("营业执照"), true, false},
                          {QStringLiteral("法定代表人身份证明"), true, false}};
        const QList<MaterialInfo> submitted
                = {{QStringLiteral("f1"), QStringLiteral("scan001"), QStringLiteral("scan001.pdf"),
                    QStringLiteral("application/pdf"), 100, {}, 1, {}},
                   {QStringLiteral("f2"), QStringLiteral("scan002"), QStringLiteral("scan002.pdf"),
                    QStringLiteral("application/pdf"), 100, {}, 1, {}}};
        ChecklistPanel panel;
        panel.resize(700, 400);
        panel.show();
        panel.setChecklist(MaterialChecklist::build(item, submitted),
                           {{QStringLiteral("f1"), QStringLiteral("scan001.pdf")},
                            {QStringLiteral("f2"), QStringLiteral("scan002.pdf")}});
        // Names that say nothing: nothing is mapped by name.
        QVERIFY(panel.checklist().entries().at(1).fileIds.isEmpty());
        QSignalSpy changed(&panel, &ChecklistPanel::changed);

        // What the viewer's list hands to a drag of its second file.
        QListWidget *list = nullptr;
        for (QListWidget *l : viewer.findChildren<QListWidget *>()) {
            if (l->accessibleName() == viewer.tr("Files of the material"))
                list = l;
        }
        QVERIFY(list && list->dragEnabled());
        std::unique_ptr<QMimeData> dragged(list->model()->mimeData({list->model()->index(1, 0)}));
        QVERIFY(dragged);
        QWidget *target = panel.table()->viewport();
        const QPoint onSecond(20, panel.table()->rowViewportPosition(1) + 5);
        auto dragTo = [&](const QMimeData *data, QPoint at) {
            QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &enter);
            QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &move);
            if (!move.isAccepted())
                return false;
            QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &drop);
            return drop.isAccepted();
        };
        QVERIFY(dragTo(dragged.get(), onSecond));
        QCOMPARE(panel.checklist().entries().at(1).fileIds, QStringList{QStringLiteral("f2")});
        QCOMPARE(changed.count(), 1);
        QVERIFY(panel.table()->item(1, 1)->text().contains(QStringLiteral("scan002.pdf")));

        // Below the last material, or a file of another case: refused, nothing changes.
        QVERIFY(!dragTo(dragged.get(), QPoint(20, target->height() - 2)));
        QMimeData foreign;
        foreign.setData(QLatin1String(kViewerFileMimeType), "other-case-file");
        QVERIFY(!dragTo(&foreign, onSecond));
        QMimeData text;
        text.setText(QStringLiteral("f1"));
        QVERIFY(!dragTo(&text, onSecond));
        QCOMPARE(changed.count(), 1);
    }

    // A long file name in the narrow side list is wrapped, not cut: the whole name is on
    // screen, on more than one line, and no wider than the list.
    void longFileNamesWrapInTheList()
    {
        MaterialViewer viewer;
        viewer.resize(1200, 800);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const QString name
                = QStringLiteral("个体工商户登记（备案）申请书及经营者身份证明复印件.pdf");
        viewer.setFiles({{QStringLiteral("f1"), name, {}},
                         {QStringLiteral("f2"), QStringLiteral("短.pdf"), {}}});
        QListWidget *list = nullptr;
        for (QListWidget *l : viewer.findChildren<QListWidget *>()) {
            if (l->accessibleName() == viewer.tr("Files of the material"))
                list = l;
        }
        QVERIFY(list);
        QCOMPARE(list->item(0)->text(), name);
        QTRY_VERIFY(list->visualItemRect(list->item(0)).height()
                    > list->visualItemRect(list->item(1)).height());
        QVERIFY(list->visualItemRect(list->item(0)).width() <= list->viewport()->width());
    }

    void everyControlHasANameForAScreenReader()
    {
        MaterialViewer viewer;
        viewer.resize(500, 400); // narrow: the toolbar folds into its overflow button
        viewer.show();
        show(viewer, {{QStringLiteral("m"), QStringLiteral("申请书.pdf"), makePdf(2)}});
        int buttons = 0;
        for (QAbstractButton *b : viewer.findChildren<QAbstractButton *>()) {
            ++buttons;
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                     qPrintable(b->objectName() + QLatin1Char(' ')
                                + QString::fromLatin1(b->metaObject()->className())));
        }
        QVERIFY(buttons > 10);
        for (QWidget *w : viewer.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

    void verdictsByKeyboardGoDownTheList()
    {
        ServiceItem item;
        item.materials = {{QStringLiteral("营业执照"), true, false},
                          {QStringLiteral("法定代表人身份证明"), true, false},
                          {QStringLiteral("经营场所证明"), true, false}};
        ChecklistPanel panel;
        panel.resize(700, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QList<MaterialInfo> submitted;
        for (const RequiredMaterial &m : item.materials)
            submitted.append({m.name, m.name, m.name + QStringLiteral(".pdf"),
                              QStringLiteral("application/pdf"), 100, {}, 1, {}});
        panel.setChecklist(MaterialChecklist::build(item, submitted), {});
        for (const MaterialChecklist::Entry &e : panel.checklist().entries())
            QCOMPARE(e.verdict, MaterialChecklist::Verdict::Unchecked);
        panel.table()->setFocus();
        panel.table()->selectRow(0);
        // Alt+1 合格, Alt+2 缺失, Alt+3 需补正, each moving on to the next material.
        QTest::keyClick(panel.table(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(panel.checklist().entries().at(0).verdict, MaterialChecklist::Verdict::Good);
        QCOMPARE(panel.currentRow(), 1);
        QTest::keyClick(panel.table(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(panel.checklist().entries().at(1).verdict,
                 MaterialChecklist::Verdict::NeedsCorrection);
        QCOMPARE(panel.currentRow(), 2);
        QTest::keyClick(panel.table(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(panel.checklist().entries().at(2).verdict, MaterialChecklist::Verdict::Missing);
        QCOMPARE(panel.currentRow(), 2); // the last one stays selected
        QCOMPARE(panel.checklist().corrections().size(), 2);
    }

    void hugeFilesOpenWithoutTakingAllMemory()
    {
        // 80 megapixels: decoded at most at kMaxImagePixels.
        QImage big(10328, 7760, QImage::Format_RGB32);
        big.fill(Qt::white);
        const QByteArray jpeg = encode(big, "JPEG", 50);
        big = QImage();
        MaterialViewer viewer;
        viewer.resize(1000, 800);
        viewer.show();
        show(viewer,
             {{QStringLiteral("big"), QStringLiteral("扫描.jpg"), jpeg},
              {QStringLiteral("long"), QStringLiteral("500页.pdf"), makePdf(500)}});
        QVERIFY2(viewer.message().isEmpty(), qPrintable(viewer.message()));
        QVERIFY(!viewer.shownImage().isNull());
        viewer.nextFile();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.shownImage().isNull() && viewer.isPdf(), 30000);
        QCOMPARE(viewer.pageCount(), 500);
    }
};

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
