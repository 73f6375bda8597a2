// 窗口收件 on this computer: registering, the checks, the provisional case, the files in the
// vault, the receipt, and the platform's case taking the provisional one's place.

#include "../scan/SaneTestDevice.h"
#include "cases/CaseCodec.h"
#include "core/Clock.h"
#include "core/Profile.h"
#include "scan/ScannedPdf.h"
#include "security/Cipher.h"
#include "session/CounterIntake.h"
#include "session/Workspace.h"
#include "store/CacheDigest.h"
#include "store/Database.h"
#include "store/Vault.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(casedesk::IntakeApplication)

using namespace casedesk;

namespace {

const QString kItem = QStringLiteral("620102-SCJG-XK-001");

ServiceItem foodLicence()
{
    ServiceItem item;
    item.code = kItem;
    item.name = QStringLiteral("食品经营许可（新办）");
    item.department = QStringLiteral("SCJG");
    item.legalLimit = {10, LimitUnit::WorkingDays};
    item.promisedLimit = {5, LimitUnit::WorkingDays};
    item.materials = {{QStringLiteral("食品经营许可申请书"), true, true},
                      {QStringLiteral("营业执照"), true, false},
                      {QStringLiteral("场所平面图"), false, false}};
    return item;
}

ServiceItem otherDepartmentsItem()
{
    ServiceItem item = foodLicence();
    item.code = QStringLiteral("620102-ZJJ-XK-001");
    item.name = QStringLiteral("建筑工程施工许可");
    item.department = QStringLiteral("ZJJ");
    return item;
}

IntakeApplication person()
{
    IntakeApplication a;
    a.itemCode = kItem;
    a.applicant.name = QStringLiteral("王小明");
    a.applicant.idNumber = QStringLiteral("620102198001011239");
    a.applicant.phone = QStringLiteral("13912345678");
    a.applicant.address = QStringLiteral("甘肃省兰州市城关区张掖路1号");
    a.materials = {{QStringLiteral("食品经营许可申请书"), true, 3, 1}};
    return a;
}

QString pdfText(const QByteArray &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    // Lines break where the page does; the words are what matter.
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char('\n'));
}

int pdfPages(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.pdf")));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {f.fileName()});
    p.waitForFinished(30000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = info.indexOf(QLatin1String("Pages:"));
    return at < 0 ? -1 : info.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

int count(Workspace &w, const QString &sql)
{
    QSqlQuery q(w.database()->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCounterIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Workspace> m_workspace;
    // Thursday 3 December 2026, 10:00 in China.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(2, 0), QTimeZone::utc())};

    Workspace &open()
    {
        m_workspace.reset();
        m_workspace = std::make_unique<Workspace>(*m_profile);
        m_workspace->setClock(&m_clock);
        QString error;
        if (!m_workspace->open(&error))
            qFatal("%s", qPrintable(error));
        m_workspace->setDataKey(m_key);
        return *m_workspace;
    }
    QByteArray m_key = cipher::randomKey();

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_profile = std::make_unique<Profile>(m_dir.path());
        m_profile->setUserName(QStringLiteral("clerk1"));
        m_profile->setDisplayName(QStringLiteral("张敏"));
        DepartmentInfo department;
        department.code = QStringLiteral("SCJG");
        department.name = QStringLiteral("城关区市场监督管理局");
        department.address = QStringLiteral("城关区人民路88号");
        department.contactPhone = QStringLiteral("0931-8123456");
        department.complaintPhone = QStringLiteral("12345");
        department.progressUrl = QStringLiteral("https://zwfw.example.cn/progress?no={caseNo}");
        m_profile->setDepartment(department);
        Workspace &w = open();
        CacheBatch batch;
        batch.items = {foodLicence(), otherDepartmentsItem()};
        QString error;
        QVERIFY2(w.cases()->apply(batch, &error), qPrintable(error));
        w.cases()->reloadCatalogue();
    }
    void cleanup() { m_workspace.reset(); }

    void onlyTheDepartmentsItemsAreOffered()
    {
        CounterIntake counter(*m_workspace);
        QCOMPARE(counter.items().size(), 1);
        QCOMPARE(counter.items(QStringLiteral("食品")).value(0).code, kItem);
        QCOMPARE(counter.items(QStringLiteral("XK-001")).size(), 1);
        QVERIFY(counter.items(QStringLiteral("施工")).isEmpty());
    }

    void registeringShowsTheCaseAtOnce()
    {
        CounterIntake counter(*m_workspace);
        QString error;
        const auto entry = counter.submit(person(), {}, &error);
        QVERIFY2(entry, qPrintable(error));
        QVERIFY(IntakeRegister::isProvisional(entry->provisionalId));
        const QRegularExpression number(QStringLiteral("^临20261203-[0-9]{4}-001$"));
        QVERIFY2(number.match(entry->provisionalNo).hasMatch(), qPrintable(entry->provisionalNo));
        // In the inbox at once, held by the clerk who took it in, waiting for pre-review.
        const QList<CaseSummary> rows = m_workspace->cases()->summaries(0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().caseNo, entry->provisionalNo);
        QCOMPARE(rows.first().stage, CaseStage::PreReview);
        QCOMPARE(rows.first().claimedBy, QStringLiteral("clerk1"));
        QCOMPARE(rows.first().due, QDate(2026, 12, 7)); // pre-review: 2 working days
        const QList<OutboxItem> items = m_workspace->outbox()->items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().verb, IntakeRegister::createVerb());
        // The next one of the day counts on.
        const auto second = counter.submit(person(), {}, &error);
        QVERIFY(second);
        QCOMPARE(second->provisionalNo.right(3), QStringLiteral("002"));
        QCOMPARE(second->provisionalNo.chopped(3), entry->provisionalNo.chopped(3));
        // Not the platform's: the cache check leaves them out.
        const auto groups = CacheDigest(*m_workspace->database()).groups(&error);
        QVERIFY(groups && groups->isEmpty());
    }

    void personalDataIsSealedAtRest()
    {
        IntakeApplication a = person();
        a.agent = {QStringLiteral("李娜"), QStringLiteral("11010519491231002X"),
                   QStringLiteral("13800001111")};
        QString error;
        QVERIFY2(CounterIntake(*m_workspace).submit(a, {}, &error), qPrintable(error));
        QSqlQuery q(m_workspace->database()->connection());
        for (const char *sql : {"SELECT application FROM intakes", "SELECT json FROM cases",
                                "SELECT payload FROM outbox"}) {
            QVERIFY(q.exec(QString::fromLatin1(sql)) && q.next());
            const QByteArray stored = q.value(0).toByteArray();
            for (const char *secret : {"620102198001011239", "13912345678", "张掖路",
                                       "11010519491231002X", "13800001111"})
                QVERIFY2(!stored.contains(secret), sql);
        }
        // And back, whole, for the receipt and for the platform.
        const auto entry = CounterIntake(*m_workspace).recent().value(0);
        QCOMPARE(entry.application.applicant.idNumber, QStringLiteral("620102198001011239"));
        QCOMPARE(entry.application.agent.idNumber, QStringLiteral("11010519491231002X"));
    }

    void withoutTheDataKeyNothingIsRegistered()
    {
        m_workspace->setDataKey({});
        QString error;
        QVERIFY(!CounterIntake(*m_workspace).submit(person(), {}, &error));
        QVERIFY(error.contains(QLatin1String("keychain")));
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM intakes")), 0);
    }

    // A scan that cannot be kept (the disk, the folder) registers nothing: no case in the inbox
    // without its papers, no receipt for files that are not there; the clerk tries again.
    void aFileThatCannotBeKeptRegistersNothing()
    {
        QDir(m_profile->vaultDir()).removeRecursively();
        QFile blocker(m_profile->vaultDir()); // a file where the vault's folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!CounterIntake(*m_workspace)
                         .submit(person(),
                                 {{0, QByteArray("%PDF-1.7\n%%EOF\n"), "application/pdf"}},
                                 &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM intakes")), 0);
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        QCOMPARE(count(*m_workspace,
                       QStringLiteral("SELECT COUNT(*) FROM uploads WHERE state = 'pending'")),
                 0);
        QVERIFY(QFile::remove(m_profile->vaultDir()));
    }

    void whatIsWrongIsNamedAndNothingKept_data()
    {
        QTest::addColumn<IntakeApplication>("application");
        QTest::addColumn<QString>("named");
        IntakeApplication a = person();
        a.applicant.idNumber = QStringLiteral("620102198001011238");
        QTest::newRow("ID check digit") << a << "check digit";
        a = person();
        a.applicant.kind = Applicant::Kind::Company;
        a.applicant.name = QStringLiteral("兰州某某有限公司");
        a.applicant.idNumber = QStringLiteral("91350100M000100Y44");
        a.applicant.legalRepresentative = QStringLiteral("赵六");
        QTest::newRow("credit code") << a << "unified social credit code";
        a.applicant.idNumber = QStringLiteral("91350100M000100Y43");
        a.applicant.legalRepresentative.clear();
        QTest::newRow("no legal representative") << a << "legal representative";
        a = person();
        a.agent = {QStringLiteral("李娜"), QStringLiteral("110105194912310021"), {}};
        QTest::newRow("agent's ID") << a << "Agent";
        a = person();
        a.itemCode = otherDepartmentsItem().code;
        QTest::newRow("another department's item") << a << "department";
        a.itemCode.clear();
        QTest::newRow("no item") << a << "service item";
        a = person();
        a.applicant.name = QStringLiteral("  ");
        QTest::newRow("no name") << a << "name";
        a = person();
        a.receivedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone(8 * 3600));
        QTest::newRow("received tomorrow") << a << "after today";
        a = person();
        a.materials.append({QString(), false, 1, 1});
        QTest::newRow("a material without a name") << a << "no name";
    }
    void whatIsWrongIsNamedAndNothingKept()
    {
        QFETCH(IntakeApplication, application);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!CounterIntake(*m_workspace).submit(application, {}, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM intakes")), 0);
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    }

    void fullWidthInputIsKeptPlain()
    {
        IntakeApplication a = person();
        a.applicant.idNumber = QStringLiteral("６２０１０２１９８００１０１１２３９");
        QString error;
        const auto entry = CounterIntake(*m_workspace).submit(a, {}, &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->application.applicant.idNumber, QStringLiteral("620102198001011239"));
    }

    void threeScannedPagesAreOnePdfInTheVault()
    {
        SaneTestDevice device;
        QString error;
        QVERIFY2(device.setUp(&error), qPrintable(error));
        // A document camera takes one page a shot: three shots, one material.
        QList<QImage> pages;
        const std::atomic_bool never{false};
        for (int shot = 0; shot < 3; ++shot) {
            const ScanResult r = Scanner::scan(SaneTestDevice::settings(), {}, never);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            pages += r.pages;
        }
        QCOMPARE(pages.size(), 3);
        const QByteArray pdf
                = ScannedPdf::write(pages, QStringLiteral("食品经营许可申请书"), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        CounterIntake counter(*m_workspace);
        const auto entry = counter.submit(person(), {{0, pdf, "application/pdf"}}, &error);
        QVERIFY2(entry, qPrintable(error));
        const auto stored = counter.storedFile(*entry, CounterIntake::fileId(0), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(Vault::detectType(*stored), QByteArray("application/pdf"));
        QCOMPARE(pdfPages(*stored), 3);
        // Encrypted at rest: the vault's file is not the PDF.
        QDirIterator files(m_profile->vaultDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("%PDF"));
        }
    }

    void aFileIsKnownByItsContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("type");
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::white);
        auto encoded = [&](const char *format) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, format);
            return bytes;
        };
        QTest::newRow("PDF") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
                             << QByteArray("application/pdf");
        QTest::newRow("PNG") << encoded("PNG") << QByteArray("image/png");
        QTest::newRow("JPEG") << encoded("JPEG") << QByteArray("image/jpeg");
        QTest::newRow("OFD") << QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') + "OFD.xml"
                             << QByteArray("application/ofd");
        QTest::newRow("a text called .pdf") << QByteArray("just some words\n") << QByteArray();
        QTest::newRow("a program") << QByteArray("\x7f"
                                                 "ELF\x02\x01\x01",
                                                 7)
                        + QByteArray(64, '\0')
                                   << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void aFileIsKnownByItsContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, type);
        QString problem;
        QCOMPARE(CounterIntake::materialType(content, &problem), type);
        QCOMPARE(problem.isEmpty(), !type.isEmpty());
    }

    void theReceiptSaysWhatWasReceivedAndWhatIsMissing()
    {
        IntakeApplication a = person();
        a.agent = {QStringLiteral("李娜"), QStringLiteral("11010519491231002X"), {}};
        CounterIntake counter(*m_workspace);
        QString error;
        const auto entry = counter.submit(a, {}, &error);
        QVERIFY2(entry, qPrintable(error));
        const auto pdf = counter.receipt(*entry, &error);
        QVERIFY2(pdf, qPrintable(error));
        const QString text = pdfText(*pdf);
        for (const QString &expected :
             {QStringLiteral("收件回执"), entry->provisionalNo, QStringLiteral("此为临时编号"),
              QStringLiteral("王小明"), QStringLiteral("620102********1239"),
              QStringLiteral("李娜"), QStringLiteral("食品经营许可申请书"), QStringLiteral("原件"),
              // Required and not handed in; the optional plan is not asked for.
              QStringLiteral("营业执照"),
              // 5 working days after Thursday 3 December: Thursday 10 December.
              QStringLiteral("二〇二六年十二月十日前决定是否受理"), QStringLiteral("5个工作日"),
              QStringLiteral("二〇二六年十二月三日")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" | ") + text));
        QVERIFY(!text.contains(QLatin1String("620102198001011239")));
        QVERIFY(!text.contains(QStringLiteral("场所平面图")));
        QVERIFY(!text.contains(QStringLiteral("扫码查询"))); // no QR for a provisional number
        // Kept for the reprint.
        QVERIFY2(counter.storedFile(*entry, CounterIntake::receiptId(), &error), qPrintable(error));
    }

    // Given up before the platform had it (the applicant took the papers back): the case and
    // what was done on it go, with the reason kept; the register keeps that it was taken in.
    void anIntakeWithdrawnBeforeTheSyncLeavesNoCase()
    {
        CounterIntake counter(*m_workspace);
        QString error;
        const auto entry = counter.submit(person(), {}, &error);
        QVERIFY2(entry, qPrintable(error));
        QVERIFY(m_workspace->outbox()->enqueue(entry->provisionalId, QStringLiteral("preReview"),
                                               {}, QStringLiteral("clerk1"), CaseStage::Acceptance,
                                               &error));
        const qint64 create = m_workspace->outbox()->items().first().id;
        QVERIFY(!m_workspace->outbox()->discard(create, QStringLiteral(" "),
                                                QStringLiteral("clerk1"), &error));
        QVERIFY2(m_workspace->outbox()->discard(create, QStringLiteral("申请人取回材料"),
                                                QStringLiteral("clerk1"), &error),
                 qPrintable(error));
        QVERIFY(m_workspace->outbox()->items().isEmpty());
        QCOMPARE(m_workspace->cases()->caseCount(), 0);
        QCOMPARE(count(*m_workspace, QStringLiteral("SELECT COUNT(*) FROM outbox_discarded")), 2);
        QVERIFY(counter.find(entry->provisionalNo));
    }

    void thePlatformsCaseTakesTheProvisionalPlace()
    {
        CounterIntake counter(*m_workspace);
        QString error;
        const auto entry = counter.submit(person(), {}, &error);
        QVERIFY2(entry, qPrintable(error));
        // A pre-review at the window, queued behind the creation.
        QVERIFY(m_workspace->outbox()->enqueue(
                entry->provisionalId, QStringLiteral("preReview"),
                {{QStringLiteral("opinion"), QStringLiteral("材料齐全")}}, QStringLiteral("clerk1"),
                CaseStage::Acceptance, &error));
        const OutboxItem create = m_workspace->outbox()->items().first();
        QCOMPARE(create.verb, IntakeRegister::createVerb());
        // The platform's answer, as POST /cases gives it.
        const QJsonObject body = *m_workspace->intakes()->body(entry->provisionalId, &error);
        QCOMPARE(body.value(QStringLiteral("applicant"))
                         .toObject()
                         .value(QStringLiteral("idNumber"))
                         .toString(),
                 QStringLiteral("620102198001011239"));
        QJsonObject platform = body;
        platform.insert(QStringLiteral("id"), QStringLiteral("c00000777"));
        platform.insert(QStringLiteral("caseNo"), QStringLiteral("62010220261203100777"));
        platform.insert(QStringLiteral("itemName"), foodLicence().name);
        platform.insert(QStringLiteral("department"), QStringLiteral("SCJG"));
        platform.insert(QStringLiteral("stage"), QStringLiteral("preReview"));
        platform.insert(QStringLiteral("version"), 1);
        platform.insert(QStringLiteral("claimedBy"), QStringLiteral("clerk1"));
        platform.insert(QStringLiteral("receivedMaterials"),
                        body.value(QStringLiteral("materials")));
        platform.insert(QStringLiteral("materials"), QJsonArray());
        const auto c = CaseCodec::readCase(platform, {}, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY2(m_workspace->intakes()->markCreated(create, {*c, platform}, &error),
                 qPrintable(error));

        const QList<CaseSummary> rows = m_workspace->cases()->summaries(0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, QStringLiteral("c00000777"));
        QCOMPARE(rows.first().caseNo, QStringLiteral("62010220261203100777"));
        // The pre-review still shows, and goes out on the platform's case and version.
        QCOMPARE(rows.first().stage, CaseStage::Acceptance);
        const QList<OutboxItem> left = m_workspace->outbox()->items();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().caseId, QStringLiteral("c00000777"));
        QCOMPARE(left.first().baseVersion, std::optional<qint64>(1));
        // Found by either number; the receipt now carries the platform's, with its QR code.
        const auto found = counter.find(entry->provisionalNo);
        QVERIFY(found && found->isCreated());
        QCOMPARE(found->currentNo(), QStringLiteral("62010220261203100777"));
        QCOMPARE(counter.find(QStringLiteral("62010220261203100777"))->provisionalId,
                 entry->provisionalId);
        const QString text = pdfText(*counter.receipt(*found, &error));
        QVERIFY(text.contains(QLatin1String("62010220261203100777")));
        QVERIFY(!text.contains(QStringLiteral("此为临时编号")));
        QVERIFY2(text.contains(QStringLiteral("扫码查询")), qPrintable(text));
    }
};

QTEST_MAIN(TestCounterIntake)
#include "tst_counterintake.moc"
