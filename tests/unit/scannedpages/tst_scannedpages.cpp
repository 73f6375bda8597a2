#include "scan/ScannedPages.h"

#include <QTest>

using namespace casedesk;

namespace {
// A page of `w`×`h` pixels scanned at `dpiX`×`dpiY`, marked with `mark` in its top-left
// corner so a test can tell pages apart and see which way up they are.
QImage page(int w, int h, QRgb mark, int dpiX = 200, int dpiY = 200)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setPixel(0, 0, mark);
    image.setDotsPerMeterX(qRound(dpiX / 0.0254));
    image.setDotsPerMeterY(qRound(dpiY / 0.0254));
    return image;
}

QList<QRgb> marks(const ScannedPages &pages)
{
    QList<QRgb> list;
    for (const QImage &p : pages.pages())
        list.append(p.pixel(0, 0));
    return list;
}
} // namespace

class TestScannedPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A page fed in sideways is turned upright: a quarter turn clockwise takes the top-left
    // corner to the top-right, and an A4 page of 8.27 × 11.69 inches stays that size on paper
    // even when the scanner's two resolutions differ.
    void aTurnedPageKeepsItsPaperSize_data()
    {
        QTest::addColumn<int>("turns");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QPoint>("markAt");
        QTest::newRow("clockwise") << 1 << QSize(60, 40) << QPoint(59, 0);
        QTest::newRow("upside down") << 2 << QSize(40, 60) << QPoint(39, 59);
        QTest::newRow("anticlockwise") << -1 << QSize(60, 40) << QPoint(0, 39);
        QTest::newRow("three quarters") << 3 << QSize(60, 40) << QPoint(0, 39);
        QTest::newRow("full turn") << 4 << QSize(40, 60) << QPoint(0, 0);
    }
    void aTurnedPageKeepsItsPaperSize()
    {
        QFETCH(int, turns);
        QFETCH(QSize, size);
        QFETCH(QPoint, markAt);
        ScannedPages pages;
        pages.append({page(40, 60, qRgb(255, 0, 0), 100, 150)});
        const double widthInches = 40 / 100.0;
        const double heightInches = 60 / 150.0;
        QVERIFY(pages.rotate(0, turns));
        const QImage turned = pages.pages().first();
        QCOMPARE(turned.size(), size);
        QCOMPARE(turned.pixel(markAt), qRgb(255, 0, 0));
        const double w = turned.width() / (turned.dotsPerMeterX() * 0.0254);
        const double h = turned.height() / (turned.dotsPerMeterY() * 0.0254);
        const bool sideways = size.width() == 60;
        QVERIFY(qAbs(w - (sideways ? heightInches : widthInches)) < 0.01);
        QVERIFY(qAbs(h - (sideways ? widthInches : heightInches)) < 0.01);
    }

    // Taking out a blank or doubled page and putting one where it belongs.
    void pagesAreTakenOutAndMoved()
    {
        const QRgb a = qRgb(1, 0, 0), b = qRgb(2, 0, 0), c = qRgb(3, 0, 0), d = qRgb(4, 0, 0);
        ScannedPages pages;
        pages.append({page(10, 10, a), page(10, 10, b)});
        pages.append({page(10, 10, c), page(10, 10, d)}); // a second batch adds to the first
        QCOMPARE(marks(pages), QList<QRgb>({a, b, c, d}));
        QVERIFY(pages.move(3, 0));
        QCOMPARE(marks(pages), QList<QRgb>({d, a, b, c}));
        QVERIFY(pages.move(1, 2));
        QCOMPARE(marks(pages), QList<QRgb>({d, b, a, c}));
        QVERIFY(pages.remove(1));
        QCOMPARE(marks(pages), QList<QRgb>({d, a, c}));
        QCOMPARE(pages.size(), 3);
    }

    // A stale index (the list changed under a double press) changes nothing.
    void aPageThatIsNotThereChangesNothing()
    {
        ScannedPages pages;
        pages.append({page(10, 10, qRgb(1, 0, 0))});
        QVERIFY(!pages.remove(1));
        QVERIFY(!pages.remove(-1));
        QVERIFY(!pages.move(0, 1));
        QVERIFY(!pages.rotate(2, 1));
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages.remove(0));
        QVERIFY(pages.isEmpty());
        QVERIFY(!pages.rotate(0, 1));
    }
};

QTEST_GUILESS_MAIN(TestScannedPages)
#include "tst_scannedpages.moc"
