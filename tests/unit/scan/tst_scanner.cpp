// Scanning through the real SANE library with its own virtual device (the "test" backend of
// libsane1, the frontend-tester): pages of known size and content, a feeder that runs empty
// after 10 sheets, a scan on a worker, one PDF of the pages read back with poppler's tools.
// A scan cut short (failures, cancelling) is in tst_scanfaults: the test backend can hang then.
#include "scan/ScanJob.h"
#include "scan/ScannedPdf.h"
#include "scan/Scanner.h"

#include "SaneTestDevice.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

class TestScanner : public QObject
{
    Q_OBJECT

    SaneTestDevice m_device;
    std::atomic_bool m_never{false};

    static ScanSettings testDevice() { return SaneTestDevice::settings(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_device.setUp(&error), qPrintable(error));
    }

    void theTestScannerIsListed()
    {
        QString error;
        const QList<ScanDevice> devices = Scanner::devices(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        for (const ScanDevice &d : devices)
            names.append(d.name);
        QVERIFY2(names.contains(QStringLiteral("test:0")), qPrintable(names.join(u',')));
    }

    // A4 asked of a device whose glass is 200 × 200 mm: the page is what the glass holds, at
    // the resolution asked, and carries that resolution.
    void aFlatbedPageComesAtItsResolution_data()
    {
        QTest::addColumn<int>("colour");
        QTest::addColumn<QString>("picture");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("grey");
        QTest::newRow("grey, black") << int(ScanSettings::Colour::Grey) << "Solid black"
                                     << int(QImage::Format_Grayscale8) << 0;
        QTest::newRow("grey, white") << int(ScanSettings::Colour::Grey) << "Solid white"
                                     << int(QImage::Format_Grayscale8) << 255;
        QTest::newRow("colour, white") << int(ScanSettings::Colour::Colour) << "Solid white"
                                       << int(QImage::Format_RGB888) << 255;
    }
    void aFlatbedPageComesAtItsResolution()
    {
        QFETCH(int, colour);
        QFETCH(QString, picture);
        QFETCH(int, format);
        QFETCH(int, grey);
        ScanSettings s = testDevice();
        s.colour = ScanSettings::Colour(colour);
        s.extra.insert(QStringLiteral("test-picture"), picture);
        QList<double> progress;
        const ScanResult r = Scanner::scan(
                s, [&progress](int, double f) { progress.append(f); }, m_never);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 1);
        const QImage &page = r.pages.first();
        QCOMPARE(int(page.format()), format);
        // 200 mm at 100 dpi: 787 pixels each way.
        QVERIFY2(std::abs(page.width() - 787) <= 2 && std::abs(page.height() - 787) <= 2,
                 qPrintable(QStringLiteral("%1×%2").arg(page.width()).arg(page.height())));
        QCOMPARE(page.dotsPerMeterX(), 3937);
        QCOMPARE(qGray(page.pixel(page.width() / 2, page.height() / 2)), grey);
        QVERIFY(!progress.isEmpty() && progress.last() == 1.0);
    }

    // The feeder takes sheets until it is empty (the test device's holds 10): the end of the
    // batch, not an error.
    void theFeederScansUntilItIsEmpty()
    {
        ScanSettings s = testDevice();
        s.dpi = 50;
        s.source = ScanSettings::Source::Feeder;
        const ScanResult r = Scanner::scan(s, {}, m_never);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 10);
        QVERIFY(!r.cancelled);
    }

    void aScannerNotThereIsNamed()
    {
        ScanSettings s = testDevice();
        s.device = QStringLiteral("test:9");
        const ScanResult r = Scanner::scan(s, {}, m_never);
        QVERIFY(r.pages.isEmpty());
        // Said without SANE's device name, which means nothing to a clerk.
        QVERIFY2(r.error.contains(QStringLiteral("not connected")) && !r.error.contains(u':'),
                 qPrintable(r.error));
    }

    // The window's scan: on a worker, the result reported on the window's thread; a second
    // scan is refused while one runs, and the next may begin once it has ended.
    void aScanJobRunsOnAWorker()
    {
        ScanSettings s = testDevice();
        s.dpi = 300;
        s.colour = ScanSettings::Colour::Colour;
        ScanJob job;
        QSignalSpy finished(&job, &ScanJob::finished);
        QSignalSpy progress(&job, &ScanJob::progress);
        QVERIFY(job.start(s));
        QVERIFY(job.isRunning()); // start() came back while the scan goes on
        QVERIFY(!job.start(s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = finished.first().first().value<ScanResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.pages.size(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 100);
        QVERIFY(!job.isRunning());
        QVERIFY(job.start(testDevice()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    }

    // The pages of a material become one PDF: A4 pages, each scan a JPEG at its resolution.
    void scannedPagesBecomeOnePdf()
    {
        ScanSettings s = testDevice();
        s.dpi = 150;
        s.extra.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
        ScanResult r = Scanner::scan(s, {}, m_never);
        r.pages += Scanner::scan(s, {}, m_never).pages; // two sheets on the glass, one by one
        QCOMPARE(r.pages.size(), 2);
        QString error;
        const QByteArray pdf = ScannedPdf::write(r.pages, QStringLiteral("身份证明"), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        // A well-formed file (cross-reference table, objects, streams), as qpdf reads it.
        QProcess check;
        check.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        if (qEnvironmentVariableIsSet("CASEDESK_KEEP_SCAN"))
            QFile::copy(path, qEnvironmentVariable("CASEDESK_KEEP_SCAN"));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(infoText.contains(QStringLiteral("Pages:           2")), qPrintable(infoText));
        QVERIFY2(infoText.contains(QStringLiteral("(A4)")), qPrintable(infoText));
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QVERIFY(images.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput())
                                          .split(u'\n', Qt::SkipEmptyParts);
        // A header of two lines, then one image a page: grey JPEG at 150 ppi.
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines.mid(2)) {
            const QStringList f = line.simplified().split(u' ');
            QVERIFY2(f.size() > 13, qPrintable(line));
            QVERIFY2(f[5] == QLatin1String("gray"), qPrintable(line));
            QVERIFY2(f[8] == QLatin1String("jpeg"), qPrintable(line));
            QVERIFY2(std::abs(f[12].toDouble() - 150) < 2, qPrintable(line));
        }
        QVERIFY(ScannedPdf::write({}, {}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
