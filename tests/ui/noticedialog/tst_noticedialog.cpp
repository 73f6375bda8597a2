// The notice dialog offscreen, over a cache synced from onestop-sim: the preview follows the
// form, a correction without its list cannot be issued, and issuing signs and registers it.

#include "DemoSignIn.h"
#include "NoticeDialog.h"
#include "SimProcess.h"
#include "SyncRound.h"
#include "deadlines/WorkCalendar.h"
#include "notices/NoticeStore.h"
#include "notices/PdfSignature.h"
#include "notices/SealRecord.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Vault.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;

class TestNoticeDialog : public QObject
{
    Q_OBJECT
    SimProcess m_sim{SimProcess::Options{20, 5, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Vault> m_vault;
    NoticeKeys m_keys;
    QString m_caseId;

    static DepartmentInfo department()
    {
        DepartmentInfo d;
        d.code = QStringLiteral("SCJG");
        d.name = QStringLiteral("城关区市场监督管理局");
        d.address = QStringLiteral("城关区人民路88号");
        return d;
    }

    // A correction notice for the test's case, its list still empty.
    NoticeRequest correctionRequest() const
    {
        NoticeRequest request;
        request.kind = QStringLiteral("correction");
        request.caseId = m_caseId;
        request.handler = QStringLiteral("张敏");
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        const QString token = demoRefreshToken(m_sim.url(), QStringLiteral("clerk1"));
        QByteArray key;
        for (int i = 0; i < 32; ++i)
            key.append(char(QRandomGenerator::global()->bounded(256)));
        SyncEngine::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        config.server = m_sim.url();
        config.dataKey = key;
        config.deviceId = QStringLiteral("dialog-test");
        config.vaultDir = m_dir.filePath(QStringLiteral("vault"));
        config.vaultQuotaBytes = 50 << 20;
        const SyncRound round = runSyncRound(config, token);
        QVERIFY2(round.ok, qPrintable(round.error));
        m_db = std::make_unique<Database>(config.databasePath);
        QVERIFY(m_db->open(&error));
        m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn());
        m_store->setPersonalDataKey(key);
        m_vault = std::make_unique<Vault>(*m_db, config.vaultDir, key, 50 << 20);
        m_caseId = m_store->summaries(0, 1).value(0).id;

        RestPlatformClient client(m_sim.url());
        client.setRefreshToken(round.refreshToken);
        SigningCertificate cert;
        QEventLoop loop;
        client.issueSigningCertificate([&](const SigningCertificate &c, const PlatformError &) {
            cert = c;
            loop.quit();
        });
        loop.exec();
        m_keys.identity = SigningIdentity::fromPkcs12(cert.pkcs12, cert.password, &error);
        QVERIFY2(m_keys.identity, qPrintable(error));
        m_keys.sealKeyPem = SealRecord::newKey(&error);
        m_keys.sealImage = NoticeDocument::generatedSeal(QStringLiteral("城关区市场监督管理局"),
                                                         QStringLiteral("行政审批专用章"));
    }

    void aCorrectionIsIssuedFromTheForm()
    {
        NoticeIssuer issuer(*m_db, *m_store, m_vault.get(), department(), {});
        NoticeRequest request = correctionRequest();
        int keyLoads = 0;
        NoticeDialog dialog(
                issuer,
                [&](QString *) {
                    ++keyLoads;
                    return std::optional<NoticeKeys>(m_keys);
                },
                request, {QStringLiteral("correction")}, {}, QStringLiteral("clerk1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // On the screen, buttons included, however small it is (800 × 600 offscreen).
        QVERIFY(dialog.screen()->availableGeometry().contains(
                QRect(QPoint(0, 0), dialog.frameGeometry().size())));

        // The list is empty: the preview says what is missing, in words, and issuing is not
        // offered.
        QVERIFY2(dialog.problem().contains(QStringLiteral("the list of materials to correct")),
                 qPrintable(dialog.problem()));
        QPushButton *issueButton = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->accessibleName() == dialog.tr("Issue and sign the notice"))
                issueButton = b;
        }
        QVERIFY(issueButton);
        QVERIFY(!issueButton->isEnabled());

        // Every button has a name for a screen reader.
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                     qPrintable(b->objectName()));

        auto *table = dialog.findChild<QTableWidget *>();
        table->insertRow(0);
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("营业执照")));
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("<b>复印件</b>不清晰")));
        // The preview follows the edit without being asked.
        QTRY_VERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(issueButton->isEnabled());
        QCOMPARE(dialog.request().corrections.size(), 1);

        QTest::mouseClick(issueButton, Qt::LeftButton);
        QVERIFY(dialog.issued());
        QCOMPARE(keyLoads, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const IssuedNotice &notice = dialog.issued()->notice;
        QVERIFY(notice.number.startsWith(QStringLiteral("城关市监补字〔2026〕第")));
        QCOMPARE(NoticeStore(*m_db).forCase(m_caseId).size(), 1);
        const PdfSignature::Check check = PdfSignature::verify(dialog.issued()->pdf, {});
        QVERIFY(check.intact && check.coversWholeFile);
    }

    void anIssuedNoticePrintsPageByPage()
    {
        // A correction of 30 items: three pages, each printed on a sheet of its own.
        NoticeIssuer issuer(*m_db, *m_store, m_vault.get(), department(), {});
        NoticeRequest request = correctionRequest();
        for (int i = 1; i <= 30; ++i)
            request.corrections.append({QStringLiteral("第%1项材料：经营场所使用证明").arg(i),
                                        QStringLiteral("复印件模糊不清，且未加盖公章")});
        QString error;
        const auto issued = issuer.issue(request, m_keys, QStringLiteral("clerk1"), &error);
        QVERIFY2(issued, qPrintable(error));
        QCOMPARE(issued->pages, 3);

        // On paper (a PDF printer here): as many A4 sheets as the notice has pages.
        QByteArray bytes = issued->pdf;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            printer.setPageSize(QPageSize(QPageSize::A4));
            printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
            NoticeDialog::paintPages(document, &printer);
        }
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {printed});
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(A4)")), qPrintable(out));
        // Ink on every sheet: rendered pages, not blank ones.
        for (int sheet = 1; sheet <= 3; ++sheet) {
            QProcess render;
            render.start(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-gray"),
                          QStringLiteral("-f"), QString::number(sheet), QStringLiteral("-l"),
                          QString::number(sheet), printed});
            QVERIFY(render.waitForFinished(30000));
            QImage image;
            QVERIFY(image.loadFromData(render.readAllStandardOutput(), "PGM"));
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 160;
            QVERIFY2(dark > 500, qPrintable(QStringLiteral("sheet %1: %2").arg(sheet).arg(dark)));
        }

        // The print preview dialog shows the same three pages.
        int previewPages = -1;
        QTimer look;
        look.setInterval(50);
        connect(&look, &QTimer::timeout, this, [&previewPages] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
                previewPages = preview->pageCount();
                if (previewPages > 0)
                    dialog->reject();
            }
        });
        look.start();
        NoticeDialog::printPdf(issued->pdf, issued->notice.number, nullptr);
        look.stop();
        QCOMPARE(previewPages, 3);
    }

    void switchingKindFollowsTheTemplate()
    {
        NoticeIssuer issuer(*m_db, *m_store, m_vault.get(), DepartmentInfo{}, {});
        NoticeRequest request;
        request.kind = QStringLiteral("acceptance");
        request.caseId = m_caseId;
        NoticeDialog dialog(
                issuer, [](QString *) { return std::optional<NoticeKeys>(); }, request,
                NoticeTemplate::kinds({}), {}, QStringLiteral("clerk1"));
        auto *kind = dialog.findChild<QComboBox *>();
        QCOMPARE(kind->currentData().toString(), QStringLiteral("acceptance"));
        QCOMPARE(kind->count(), 5);
        // No department details: the acceptance notice cannot name its body, and says so in
        // words, not by an internal name.
        QVERIFY2(dialog.problem().contains(QStringLiteral("the department's name"))
                         && !dialog.problem().contains(QStringLiteral("department.name")),
                 qPrintable(dialog.problem()));
        kind->setCurrentIndex(kind->findData(QStringLiteral("refusal")));
        // The form asks for what the template prints.
        auto *items = dialog.findChild<QTableWidget *>();
        QLineEdit *licence = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == dialog.tr("Licence number"))
                licence = edit;
        }
        QVERIFY(licence);
        QPushButton *addItem = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->accessibleName() == dialog.tr("Add a material to correct"))
                addItem = b;
        }
        QVERIFY(addItem);
        QVERIFY(!items->isEnabled() && !addItem->isEnabled() && !licence->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("the reasons")),
                 qPrintable(dialog.problem()));
        kind->setCurrentIndex(kind->findData(QStringLiteral("grant")));
        QVERIFY(!items->isEnabled() && licence->isEnabled());
        kind->setCurrentIndex(kind->findData(QStringLiteral("correction")));
        QVERIFY(items->isEnabled() && addItem->isEnabled() && !licence->isEnabled());
    }
};

QTEST_MAIN(TestNoticeDialog)
#include "tst_noticedialog.moc"
