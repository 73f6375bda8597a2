// Scanning through the real SANE library with its own virtual device (the "test" backend of
// libsane1, the frontend-tester): pages of known size and content, a feeder that runs empty
// after 10 sheets, and the failures a real scanner has (jam, busy, gone), chosen through the
// device's own options. The PDF is read back with poppler's tools.
#include "scan/ScanJob.h"
#include "scan/ScannedPdf.h"
#include "scan/Scanner.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace casedesk;

class TestScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::atomic_bool m_never{false};
    void *m_backend = nullptr;

    static ScanSettings testDevice()
    {
        ScanSettings s;
        s.device = QStringLiteral("test:0");
        s.dpi = 100;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Only the test backend, so no real scanner on the machine is touched.
        QFile dll(m_config.filePath(QStringLiteral("dll.conf")));
        QVERIFY(dll.open(QIODevice::WriteOnly));
        dll.write("test\n");
        dll.close();
        qputenv("SANE_CONFIG_DIR", m_config.path().toLocal8Bit());
        // Held loaded until the process ends (never closed), so that SANE's unloading it after
        // each scan does not leave LeakSanitizer, which looks at exit, without the names of its
        // frames (it leaks a reader buffer of its own; tests/sanitizers/lsan.supp names it).
        m_backend = dlopen(SANE_BACKEND_DIR "/libsane-test.so.1", RTLD_NOW);
        QVERIFY2(m_backend, dlerror());
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

    // Cancelling keeps the pages already scanned.
    void cancellingKeepsThePagesScanned()
    {
        ScanSettings s = testDevice();
        s.dpi = 50;
        s.source = ScanSettings::Source::Feeder;
        std::atomic_bool cancel{false};
        const ScanResult r = Scanner::scan(
                s,
                [&cancel](int page, double) {
                    if (page >= 2)
                        cancel = true;
                },
                cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.pages.size(), 2);
        QVERIFY(r.error.isEmpty());
    }

    // What a real scanner does wrong, as the test device does it on request: each a message
    // that says what to do, never the library's English.
    void failuresAreSaidInTheClerksWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("jammed") << "SANE_STATUS_JAMMED"
                                << "jammed";
        QTest::newRow("busy") << "SANE_STATUS_DEVICE_BUSY"
                              << "busy";
        QTest::newRow("gone") << "SANE_STATUS_IO_ERROR"
                              << "stopped answering";
        QTest::newRow("cover open") << "SANE_STATUS_COVER_OPEN"
                                    << "cover is open";
        QTest::newRow("no access") << "SANE_STATUS_ACCESS_DENIED"
                                   << "not allowed";
    }
    void failuresAreSaidInTheClerksWords()
    {
        QFETCH(QString, status);
        QFETCH(QString, words);
        ScanSettings s = testDevice();
        s.dpi = 50;
        s.extra.insert(QStringLiteral("read-return-value"), status);
        const ScanResult r = Scanner::scan(s, {}, m_never);
        QVERIFY(r.pages.isEmpty());
        QVERIFY2(r.error.contains(words), qPrintable(r.error));
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

    // The window's scan: on a worker, progress and the end reported on the window's thread;
    // a second scan is refused while one runs; cancelling on the first sign of progress stops
    // a batch of ten large colour sheets early and keeps what was done.
    void aScanJobRunsOnAWorker()
    {
        ScanSettings s = testDevice();
        s.dpi = 300;
        s.colour = ScanSettings::Colour::Colour;
        s.source = ScanSettings::Source::Feeder;
        ScanJob job;
        QSignalSpy finished(&job, &ScanJob::finished);
        connect(&job, &ScanJob::progress, &job, &ScanJob::cancel);
        QVERIFY(job.start(s));
        QVERIFY(job.isRunning()); // start() came back while the scan goes on
        QVERIFY(!job.start(s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = finished.first().first().value<ScanResult>();
        QVERIFY(result.cancelled);
        QVERIFY2(result.pages.size() < 10, qPrintable(QString::number(result.pages.size())));
        QVERIFY(result.error.isEmpty());
        QVERIFY(!job.isRunning());
        QVERIFY(job.start(testDevice())); // and the next scan may begin
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.last().first().value<ScanResult>().pages.size(), 1);
    }

    // The pages of a material become one PDF: A4 pages, each scan a JPEG at its resolution.
    void scannedPagesBecomeOnePdf()
    {
        ScanSettings s = testDevice();
        s.dpi = 150;
        s.source = ScanSettings::Source::Feeder;
        s.extra.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
        std::atomic_bool cancel{false};
        const ScanResult r = Scanner::scan(
                s,
                [&cancel](int page, double) {
                    if (page >= 2)
                        cancel = true;
                },
                cancel);
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
