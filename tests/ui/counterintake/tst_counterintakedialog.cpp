// The counter-intake dialog as a window clerk uses it: the item's checklist, the live ID
// check, a page scanned from SANE's test device, the registration and the receipt.

#include "../../unit/scan/SaneTestDevice.h"
#include "CounterIntakeDialog.h"
#include "core/Clock.h"
#include "core/Profile.h"
#include "notices/PdfSignature.h"
#include "security/Cipher.h"
#include "session/Workspace.h"
#include "store/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

using namespace casedesk;

class TestCounterIntakeDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Workspace> m_workspace;
    SaneTestDevice m_sane;

    template<typename T>
    static T *field(QWidget &dialog, const QString &accessibleName)
    {
        for (T *w : dialog.findChildren<T *>()) {
            if (w->accessibleName() == accessibleName)
                return w;
        }
        return nullptr;
    }

    // Registers (the scanned pages are made into PDFs off the UI thread) and closes the
    // receipt's print preview when it comes; its title, empty when none came.
    QString registerAndPrint(QPushButton *button)
    {
        QString title;
        QTimer closer;
        closer.setInterval(50);
        connect(&closer, &QTimer::timeout, this, [&title] {
            if (QWidget *preview = QApplication::activeModalWidget()) {
                title = preview->windowTitle();
                preview->close();
            }
        });
        closer.start();
        button->click();
        if (QTest::qWaitFor([&title] { return !title.isEmpty(); }, 20000))
            QTest::qWait(100); // the form clears after the preview
        return title;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sane.setUp(&error), qPrintable(error));
        m_profile = std::make_unique<Profile>(m_dir.path());
        m_profile->setUserName(QStringLiteral("clerk1"));
        m_profile->setDisplayName(QStringLiteral("张敏"));
        DepartmentInfo department;
        department.code = QStringLiteral("SCJG");
        department.name = QStringLiteral("城关区市场监督管理局");
        m_profile->setDepartment(department);
        m_workspace = std::make_unique<Workspace>(*m_profile);
        QVERIFY2(m_workspace->open(&error), qPrintable(error));
        m_workspace->setDataKey(cipher::randomKey());
        ServiceItem item;
        item.code = QStringLiteral("620102-SCJG-XK-001");
        item.name = QStringLiteral("食品经营许可（新办）");
        item.department = QStringLiteral("SCJG");
        item.promisedLimit = {5, LimitUnit::WorkingDays};
        item.materials = {{QStringLiteral("食品经营许可申请书"), true, true},
                          {QStringLiteral("营业执照"), true, false}};
        CacheBatch batch;
        batch.items = {item};
        QVERIFY(m_workspace->cases()->apply(batch, &error));
        m_workspace->cases()->reloadCatalogue();
    }

    void aClerkRegistersAScannedApplication()
    {
        CounterIntake counter(*m_workspace);
        CounterIntakeDialog dialog(counter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *register_ = dialog.findChild<QPushButton *>(QStringLiteral("registerIntake"));
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("intakeProblems"));
        QVERIFY(register_ && problems);
        QVERIFY(!register_->isEnabled()); // nothing chosen yet

        auto *item = field<QComboBox>(dialog, QStringLiteral("Service item"));
        QCOMPARE(item->count(), 1);
        item->setCurrentIndex(0);
        // The item's materials are the checklist at once.
        auto *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("食品经营许可申请书"));

        field<QLineEdit>(dialog, QStringLiteral("Applicant's name"))
                ->setText(QStringLiteral("王小明"));
        auto *id = field<QLineEdit>(dialog, QStringLiteral("ID number"));
        QTest::keyClicks(id, QStringLiteral("620102198001011238"));
        // Said as it is typed, and nothing can be registered.
        QVERIFY2(problems->text().contains(QStringLiteral("check digit")),
                 qPrintable(problems->text()));
        QVERIFY(!register_->isEnabled());
        QTest::keyClick(id, Qt::Key_Backspace);
        QTest::keyClicks(id, QStringLiteral("9"));
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
        QVERIFY(register_->isEnabled());

        // A page of the application form from the scanner (found off the UI thread).
        auto *scan = dialog.findChildren<QPushButton *>().value(0);
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Scan a pa")))
                scan = b;
        }
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 20000);
        table->selectRow(0);
        scan->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 4)->text(), QStringLiteral("1"), 20000);
        QCOMPARE(table->item(0, 0)->checkState(), Qt::Checked);
        QCOMPARE(dialog.application().materials.size(), 1);
        QVERIFY(dialog.application().materials.first().original);

        // Registering shows the receipt to print; the case is in the inbox at once.
        const QString previewTitle = registerAndPrint(register_);
        QVERIFY2(previewTitle.contains(QStringLiteral("临")), qPrintable(previewTitle));
        const QList<CaseSummary> rows = m_workspace->cases()->summaries(0, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().caseNo.startsWith(QStringLiteral("临")));
        const QList<IntakeEntry> entries = counter.recent();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().application.materials.value(0).pages, 1);
        QVERIFY(counter.storedFile(entries.first(), CounterIntake::fileId(0)));
        // Ready for the next applicant: the item stays, the person goes.
        QVERIFY(field<QLineEdit>(dialog, QStringLiteral("Applicant's name"))->text().isEmpty());
        QCOMPARE(item->currentIndex(), 0);
        QCOMPARE(table->item(0, 0)->checkState(), Qt::Unchecked);
    }

    // Three pages scanned in colour at 150 dpi, checked in the strip before registering: the
    // last one belongs first, the doubled one goes, the card is turned upright. All by
    // keyboard on the strip; the PDF kept is the pages as arranged.
    void pagesAreArrangedBeforeRegistering()
    {
        CounterIntake counter(*m_workspace);
        CounterIntakeDialog dialog(counter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field<QComboBox>(dialog, QStringLiteral("Service item"))->setCurrentIndex(0);
        field<QLineEdit>(dialog, QStringLiteral("Applicant's name"))
                ->setText(QStringLiteral("王小明"));
        field<QLineEdit>(dialog, QStringLiteral("ID number"))
                ->setText(QStringLiteral("620102198001011239"));
        auto *resolution = field<QComboBox>(dialog, QStringLiteral("Resolution"));
        resolution->setCurrentIndex(resolution->findData(150));
        auto *colour = field<QComboBox>(dialog, QStringLiteral("Colour"));
        colour->setCurrentIndex(colour->findData(int(ScanSettings::Colour::Colour)));
        // An ID card lies across the glass.
        auto *paper = field<QComboBox>(dialog, QStringLiteral("Paper size"));
        paper->setCurrentIndex(paper->findData(QSizeF(85.6, 54)));
        QVERIFY(paper->currentIndex() > 0);
        auto *table = dialog.findChild<QTableWidget *>();
        auto *strip = dialog.findChild<QListWidget *>(QStringLiteral("scannedPages"));
        QVERIFY(strip);
        QPushButton *scan = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Scan a pa")))
                scan = b;
        }
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 20000);
        table->selectRow(0);
        for (int i = 1; i <= 3; ++i) {
            scan->click();
            QTRY_COMPARE_WITH_TIMEOUT(strip->count(), i, 20000);
            QTRY_VERIFY(scan->isEnabled());
        }
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("3"));
        QCOMPARE(strip->currentRow(), 2); // the page just scanned
        QCOMPARE(strip->item(2)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Page 3 of 3"));
        const QSize across = strip->item(0)->icon().availableSizes().value(0);
        QVERIFY2(across.width() > across.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(across.width()).arg(across.height())));
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(strip, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(strip->currentRow(), 0); // the moved page stays chosen
        QTest::keyClick(strip, Qt::Key_Right); // the doubled page …
        QTest::keyClick(strip, Qt::Key_Delete); // … goes
        QCOMPARE(strip->count(), 2);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2"));
        QCOMPARE(strip->currentRow(), 0);
        QTest::keyClick(strip, Qt::Key_R, Qt::ControlModifier);
        const QSize turned = strip->item(0)->icon().availableSizes().value(0);
        QVERIFY2(turned.height() > turned.width(),
                 qPrintable(QStringLiteral("%1x%2").arg(turned.width()).arg(turned.height())));
        QCOMPARE(dialog.application().materials.value(0).pages, 2);

        QVERIFY(!registerAndPrint(dialog.findChild<QPushButton *>(QStringLiteral("registerIntake")))
                         .isEmpty());
        const QList<IntakeEntry> entries = counter.recent();
        QVERIFY(!entries.isEmpty()); // newest first
        const auto pdf = counter.storedFile(entries.first(), CounterIntake::fileId(0));
        QVERIFY(pdf);
        QCOMPARE(PdfSignature::pageCount(*pdf).value_or(0), 2);
        QVERIFY(strip->count() == 0); // the form is clear for the next applicant
    }

    // A photo of the licence dragged from the file manager onto its row is that material's;
    // a text file dropped is refused with what it looks like, and nothing changes.
    void aFileDroppedOnAMaterialIsAttached()
    {
        CounterIntake counter(*m_workspace);
        CounterIntakeDialog dialog(counter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field<QComboBox>(dialog, QStringLiteral("Service item"))->setCurrentIndex(0);
        auto *table = dialog.findChild<QTableWidget *>();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("intakeStatus"));
        QTemporaryDir dir;
        QImage photo(200, 120, QImage::Format_RGB32);
        photo.fill(Qt::gray);
        const QString png = dir.filePath(QStringLiteral("licence.png"));
        QVERIFY(photo.save(png));
        const QString txt = dir.filePath(QStringLiteral("note.pdf")); // a name that lies
        {
            QFile f(txt);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("just some words\n");
        }
        auto drop = [&](const QString &path, int row) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(path)});
            const QPoint at = table->visualItemRect(table->item(row, 1)).center();
            QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(table->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(table->viewport(), &dropped);
        };
        drop(txt, 1);
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("0"));
        QVERIFY2(status->text().contains(QStringLiteral("note.pdf")), qPrintable(status->text()));
        drop(png, 1);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(1, 0)->checkState(), Qt::Checked);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("0"));
    }

    // What the clerk typed comes back in the problems and the status: as text, never markup.
    void typedTextIsShownAsText()
    {
        CounterIntake counter(*m_workspace);
        CounterIntakeDialog dialog(counter);
        for (const QString &name :
             {QStringLiteral("intakeProblems"), QStringLiteral("intakeStatus")})
            QCOMPARE(dialog.findChild<QLabel *>(name)->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestCounterIntakeDialog)
#include "tst_counterintakedialog.moc"
