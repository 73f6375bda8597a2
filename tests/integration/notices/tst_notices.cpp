// Notices end to end against onestop-sim: every kind filled, laid out, numbered, signed and
// sealed, then read back with the tools an applicant's lawyer would use (pdftotext, pdffonts,
// qpdf, pdfsig); template errors, hostile text, long lists, tampering, reissue and upload.

#include "DemoSignIn.h"
#include "SimProcess.h"
#include "SyncRound.h"
#include "cases/Case.h"
#include "deadlines/WorkCalendar.h"
#include "notices/ChineseDate.h"
#include "notices/NoticeIssuer.h"
#include "notices/NoticeNumbers.h"
#include "notices/NoticeStore.h"
#include "notices/PdfSignature.h"
#include "notices/SealRecord.h"
#include "platform/JsonMapping.h"
#include "platform/RestPlatformClient.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

DepartmentInfo department()
{
    DepartmentInfo d;
    d.code = QStringLiteral("SCJG");
    d.name = QStringLiteral("城关区市场监督管理局");
    d.address = QStringLiteral("城关区人民路88号政务服务中心二楼");
    d.contactPhone = QStringLiteral("0931-8123456");
    d.complaintPhone = QStringLiteral("12345");
    d.reconsiderationBody = QStringLiteral("城关区人民政府");
    d.court = QStringLiteral("城关区人民法院");
    d.progressUrl = QStringLiteral("https://zwfw.example.gov.cn/progress?case={caseNo}");
    return d;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT
    SimProcess m_sim{SimProcess::Options{40, 11, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_dir;
    QByteArray m_dataKey;
    QString m_refreshToken;
    SyncEngine::Config m_config;
    SigningCertificate m_cert;
    NoticeKeys m_keys;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Vault> m_vault;
    QString m_caseId;

    NoticeIssuer issuer(const QString &templates = {}) const
    {
        return NoticeIssuer(*m_db, *m_store, m_vault.get(), department(), templates);
    }

    NoticeRequest request(const QString &kind) const
    {
        NoticeRequest r;
        r.kind = kind;
        r.caseId = m_caseId;
        r.handler = QStringLiteral("张敏");
        r.approver = QStringLiteral("王建国");
        r.date = QDate(2026, 11, 30);
        r.corrections = {{QStringLiteral("营业执照"), QStringLiteral("复印件不清晰")},
                         {QStringLiteral("法定代表人身份证明"), QStringLiteral("缺失")}};
        r.reasons = QStringLiteral("申请事项不属于本机关职权范围");
        r.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
        r.licenceNumber = QStringLiteral("JY16201020000123");
        r.licenceValidUntil = QDate(2031, 11, 29);
        return r;
    }

    QString save(const QByteArray &pdf, const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return {};
        return path;
    }

    QString applicantName() const
    {
        const auto cached = m_store->cachedCase(m_caseId);
        return QJsonDocument::fromJson(cached->json)
                .object()
                .value(QStringLiteral("applicant"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        m_refreshToken = demoRefreshToken(m_sim.url(), QStringLiteral("clerk1"));
        QVERIFY(!m_refreshToken.isEmpty());
        for (int i = 0; i < 32; ++i)
            m_dataKey.append(char(QRandomGenerator::global()->bounded(256)));
        m_config.databasePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_config.server = m_sim.url();
        m_config.dataKey = m_dataKey;
        m_config.deviceId = QStringLiteral("notices-test");
        m_config.vaultDir = m_dir.filePath(QStringLiteral("vault"));
        m_config.vaultQuotaBytes = 100 << 20;
        const SyncRound round = runSyncRound(m_config, m_refreshToken);
        QVERIFY2(round.ok, qPrintable(round.error));
        m_refreshToken = round.refreshToken;

        m_db = std::make_unique<Database>(m_config.databasePath);
        QVERIFY(m_db->open(&error));
        m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn());
        m_store->setPersonalDataKey(m_dataKey);
        m_vault = std::make_unique<Vault>(*m_db, m_config.vaultDir, m_dataKey, 100 << 20);
        m_caseId = m_store->summaries(0, 1).value(0).id;
        QVERIFY(!m_caseId.isEmpty());

        // The refill policy: the round reserved numbers for every kind the platform numbers.
        NoticeNumbers numbers(*m_db);
        for (const QString &kind : m_config.noticeKinds)
            QVERIFY2(numbers.remaining(kind, 2026) >= 10, qPrintable(kind));

        RestPlatformClient client(m_sim.url());
        client.setRefreshToken(m_refreshToken);
        QEventLoop loop;
        client.issueSigningCertificate([&](const SigningCertificate &c, const PlatformError &e) {
            m_cert = c;
            error = e.message;
            loop.quit();
        });
        loop.exec();
        QVERIFY2(!m_cert.pkcs12.isEmpty(), qPrintable(error));
        m_keys.identity = SigningIdentity::fromPkcs12(m_cert.pkcs12, m_cert.password, &error);
        QVERIFY2(m_keys.identity, qPrintable(error));
        m_keys.sealKeyPem = SealRecord::newKey(&error);
        QVERIFY2(!m_keys.sealKeyPem.isEmpty(), qPrintable(error));
        m_keys.sealImage = NoticeDocument::generatedSeal(department().name,
                                                         QStringLiteral("行政审批专用章"));
    }

    void chineseDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("issue's example")
                << QDate(2026, 11, 29) << QStringLiteral("二〇二六年十一月二十九日");
        QTest::newRow("single digits") << QDate(2027, 1, 5) << QStringLiteral("二〇二七年一月五日");
        QTest::newRow("ten") << QDate(2030, 10, 10) << QStringLiteral("二〇三〇年十月十日");
        QTest::newRow("teens and 31")
                << QDate(2026, 12, 31) << QStringLiteral("二〇二六年十二月三十一日");
        QTest::newRow("twenty") << QDate(2000, 2, 20) << QStringLiteral("二〇〇〇年二月二十日");
    }
    void chineseDates()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QCOMPARE(chineseDate(date), text);
    }

    void eachKindIsIssuedSignedAndReadable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("numberPart");
        QTest::addColumn<QStringList>("mustSay");
        QTest::newRow("acceptance")
                << QStringLiteral("acceptance") << QStringLiteral("受理通知书")
                << QStringLiteral("城关市监受字〔2026〕第")
                << QStringList{QStringLiteral("予以受理"), QStringLiteral("12345"),
                               QStringLiteral("个工作日"),
                               QStringLiteral("受理日期：二〇二六年十一月三十日")};
        QTest::newRow("correction")
                << QStringLiteral("correction") << QStringLiteral("补齐补正材料通知书")
                << QStringLiteral("城关市监补字〔2026〕第")
                << QStringList{QStringLiteral("一次性告知"), QStringLiteral("营业执照"),
                               QStringLiteral("复印件不清晰"), QStringLiteral("法定代表人身份证明"),
                               QStringLiteral("城关区人民路88号")};
        QTest::newRow("refusal") << QStringLiteral("refusal") << QStringLiteral("不予受理通知书")
                                 << QStringLiteral("城关市监不受字〔2026〕第")
                                 << QStringList{
                                            QStringLiteral("不属于本机关职权范围"),
                                            QStringLiteral("第三十二条第一款第（二）项"),
                                            QStringLiteral("六十日内向城关区人民政府申请行政复议"),
                                            QStringLiteral("六个月内向城关区人民法院提起行政诉讼")};
        QTest::newRow("grant") << QStringLiteral("grant") << QStringLiteral("准予行政许可决定书")
                               << QStringLiteral("城关市监许字〔2026〕第")
                               << QStringList{QStringLiteral("准予行政许可"),
                                              QStringLiteral("JY16201020000123"),
                                              QStringLiteral("二〇三一年十一月二十九日"),
                                              QStringLiteral("批准人：王建国")};
        QTest::newRow("denial") << QStringLiteral("denial") << QStringLiteral("不予行政许可决定书")
                                << QStringLiteral("城关市监不许字〔2026〕第")
                                << QStringList{
                                           QStringLiteral("不予行政许可"),
                                           QStringLiteral("六十日内向城关区人民政府申请行政复议"),
                                           QStringLiteral("六个月内向城关区人民法院提起行政诉讼"),
                                           QStringLiteral("批准人：王建国")};
    }
    void eachKindIsIssuedSignedAndReadable()
    {
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QFETCH(QString, numberPart);
        QFETCH(QStringList, mustSay);
        QString error;
        NoticeIssuer notices = issuer();
        const auto issued = notices.issue(request(kind), m_keys, QStringLiteral("clerk1"), &error);
        QVERIFY2(issued, qPrintable(error));
        QVERIFY(issued->notice.number.startsWith(numberPart));
        const QString path = save(issued->pdf, kind + QStringLiteral(".pdf"));

        // The text comes back, in Chinese, with everything the law asks of this kind.
        const Tool text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString flat = QString(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString &expected :
             QStringList{title, issued->notice.number, department().name,
                         applicantName().remove(QLatin1Char(' ')),
                         QStringLiteral("二〇二六年十一月三十日"), QStringLiteral("—1—")}
                     + mustSay)
            QVERIFY2(flat.contains(
                             QString(expected).remove(QRegularExpression(QStringLiteral("\\s")))),
                     qPrintable(expected + QStringLiteral(" missing from:\n") + text.out));

        // Every font embedded.
        const Tool fonts = run(QStringLiteral("pdffonts"), {path});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(fonts.out));

        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
        const Tool sig = run(QStringLiteral("pdfsig"), {path});
        QVERIFY2(sig.out.contains(QStringLiteral("Signature is Valid")), qPrintable(sig.out));
        QVERIFY2(sig.out.contains(QStringLiteral("Total document signed")), qPrintable(sig.out));

        const PdfSignature::Check check = PdfSignature::verify(issued->pdf, {m_cert.caPem});
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QVERIFY(check.intact && check.coversWholeFile && check.trusted);
        QCOMPARE(check.signer, department().name);
        const SealRecord::Check seal = SealRecord::verify(issued->pdf, issued->notice.sealRecord);
        QVERIFY(seal.digestMatches && seal.signatureValid);
        QCOMPARE(seal.subject.number, issued->notice.number);

        // Kept in the vault and registered for upload.
        const auto kept = notices.pdf(issued->notice, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(*kept, issued->pdf);
        QCOMPARE(NoticeStore(*m_db).notice(issued->notice.id)->state, IssuedNotice::State::Pending);
    }

    void thirtyCorrectionsFlowOntoNumberedPages()
    {
        NoticeRequest r = request(QStringLiteral("correction"));
        r.corrections.clear();
        for (int i = 1; i <= 30; ++i)
            r.corrections.append(
                    {QStringLiteral("第%1项材料：经营场所使用证明（租赁合同、产权证明）").arg(i),
                     QStringLiteral("第%"
                                    "1项：复印件模糊不清，且未加盖公章，请提交清晰的原件扫描件并加"
                                    "盖单位公章")
                             .arg(i)});
        QString error;
        const auto issued = issuer().issue(r, m_keys, QStringLiteral("clerk1"), &error);
        QVERIFY2(issued, qPrintable(error));
        QVERIFY2(issued->pages >= 3, qPrintable(QString::number(issued->pages)));
        const QString path = save(issued->pdf, QStringLiteral("thirty.pdf"));
        const QString flat = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                                     .out.remove(QRegularExpression(QStringLiteral("\\s")));
        for (int i = 1; i <= 30; ++i)
            QVERIFY2(flat.contains(QStringLiteral("第%1项：复印件模糊不清").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(flat.contains(QStringLiteral("—%1—").arg(issued->pages)));
        QVERIFY(run(QStringLiteral("pdfsig"), {path})
                        .out.contains(QStringLiteral("Signature is Valid")));
    }

    void hostileAndLongTextStaysPlainText()
    {
        // The case's own texts, as an applicant could have typed them.
        Case c;
        c.caseNo = QStringLiteral("62010220261130009999");
        c.itemName = QStringLiteral("食品经营许可（新办）");
        c.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone(8 * 3600));
        c.applicant.name = QStringLiteral("<b>兰州</b>{{notice.number}}&amp;</p><h1>伪造</h1>")
                + QString(60, QChar(0x9f99)); // a very long name: 60 × 龙
        DepartmentInfo dept = department();
        dept.address = QString(40, QChar(0x8def)) + QStringLiteral("<script>alert(1)</script>");
        NoticeRequest r = request(QStringLiteral("correction"));
        r.corrections = {{QStringLiteral("</td></tr></table><img src=x>"),
                          QStringLiteral("{{#corrections}}\n第二行")}};
        const NoticeData data = NoticeIssuer::data(c, std::nullopt, dept, r,
                                                   QStringLiteral("城关市监补字〔2026〕第0999号"),
                                                   r.date, WorkCalendar::builtIn());
        QString error;
        const auto t = NoticeTemplate::load(QStringLiteral("correction"), {}, &error);
        QVERIFY2(t, qPrintable(error));
        const auto html = t->fill(data, &error);
        QVERIFY2(html, qPrintable(error));
        QVERIFY(!html->contains(QStringLiteral("<h1>伪造")));
        QVERIFY(!html->contains(QStringLiteral("<img")));
        NoticeDocument::Parts parts;
        parts.html = *html;
        parts.dateText = chineseDate(r.date);
        parts.seal = m_keys.sealImage;
        int pages = 0;
        const auto pdf = NoticeDocument(parts).pdf(&error, &pages);
        QVERIFY2(pdf, qPrintable(error));
        const QString text = run(QStringLiteral("pdftotext"),
                                 {save(*pdf, QStringLiteral("hostile.pdf")), QStringLiteral("-")})
                                     .out;
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString &literal :
             {QStringLiteral("<b>兰州</b>{{notice.number}}&amp;</p><h1>伪造</h1>"),
              QString(60, QChar(0x9f99)), QStringLiteral("<script>alert(1)</script>"),
              QStringLiteral("</td></tr></table><img"), QStringLiteral("{{#corrections}}"),
              QStringLiteral("第二行")})
            QVERIFY2(flat.contains(literal), qPrintable(literal + QStringLiteral(" in:\n") + text));
    }

    void templateErrorsAreReportedAndNothingIsIssued_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        const QString header
                = QStringLiteral("<!--notice\nkind: acceptance\ntitle: 受理通知书\n-->\n");
        QTest::newRow("unknown placeholder")
                << header + QStringLiteral("<p>\n{{applicant.nmae}}</p>")
                << QStringLiteral("line 6");
        QTest::newRow("unclosed section")
                << header + QStringLiteral("{{#corrections}}<p>{{material}}</p>")
                << QStringLiteral("never closed");
        QTest::newRow("stray close") << header + QStringLiteral("<p>{{/corrections}}</p>")
                                     << QStringLiteral("never opened");
        QTest::newRow("unknown list")
                << header + QStringLiteral("{{#fees}}x{{/fees}}") << QStringLiteral("unknown list");
        QTest::newRow("unknown partial") << header + QStringLiteral("{{>footer}}")
                                         << QStringLiteral("unknown partial {{>footer}}");
        QTest::newRow("no header")
                << QStringLiteral("<p>{{applicant.name}}</p>") << QStringLiteral("header");
        QTest::newRow("another kind")
                << QStringLiteral("<!--notice\nkind: grant\ntitle: x\n-->\n<p/>")
                << QStringLiteral("“grant”");
        QTest::newRow("required value missing")
                << QStringLiteral("<!--notice\nkind: acceptance\ntitle: 受理通知书\nrequires: "
                                  "licence.number\n-->\n<p>{{licence.number}}</p>")
                << QStringLiteral("the licence number is missing");
    }
    void templateErrorsAreReportedAndNothingIsIssued()
    {
        QFETCH(QString, body);
        QFETCH(QString, message);
        QTemporaryDir templates;
        QFile file(templates.filePath(QStringLiteral("acceptance.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body.toUtf8());
        file.close();
        NoticeStore store(*m_db);
        NoticeNumbers numbers(*m_db);
        const int before = int(store.forCase(m_caseId).size());
        const int left = numbers.remaining(QStringLiteral("acceptance"), 2026);
        NoticeRequest r = request(QStringLiteral("acceptance"));
        r.licenceNumber.clear();
        QString error;
        QVERIFY(!issuer(templates.path()).issue(r, m_keys, QStringLiteral("clerk1"), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // No number spent, nothing registered.
        QCOMPARE(int(store.forCase(m_caseId).size()), before);
        QCOMPARE(numbers.remaining(QStringLiteral("acceptance"), 2026), left);
    }

    void anAdministratorOverridesASharedPiece()
    {
        // The remedies paragraph is shared by refusals and denials; one file changes both, and an
        // error in it is named by that file and line.
        QTemporaryDir templates;
        QVERIFY(QDir(templates.path()).mkpath(QStringLiteral("partials")));
        QFile file(templates.filePath(QStringLiteral("partials/remedies.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>复议机关：{{department.reconsiderationBody}}（本局专用告知）</p>\n");
        file.close();
        QString error;
        for (const QString &kind : {QStringLiteral("refusal"), QStringLiteral("denial")}) {
            const auto draft = issuer(templates.path()).draft(request(kind), &error);
            QVERIFY2(draft, qPrintable(error));
            const QString text = run(QStringLiteral("pdftotext"),
                                     {save(*draft->pdf(&error), kind + QStringLiteral("-own.pdf")),
                                      QStringLiteral("-")})
                                         .out;
            QVERIFY2(text.contains(QStringLiteral("本局专用告知")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("六个月内")));
        }
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>\n{{department.nmae}}</p>\n");
        file.close();
        QVERIFY(!issuer(templates.path()).draft(request(QStringLiteral("refusal")), &error));
        QVERIFY2(error.contains(QStringLiteral("remedies.html, line 2")), qPrintable(error));
        // A partial may not pull in another.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{{>signature}}");
        file.close();
        QVERIFY(!issuer(templates.path()).draft(request(QStringLiteral("denial")), &error));
        QVERIFY2(error.contains(QStringLiteral("another partial")), qPrintable(error));
    }

    void aCorrectionNeedsItsList()
    {
        NoticeRequest r = request(QStringLiteral("correction"));
        r.corrections.clear();
        QString error;
        QVERIFY(!issuer().issue(r, m_keys, QStringLiteral("clerk1"), &error));
        QVERIFY2(error.contains(QStringLiteral("the list of materials to correct")),
                 qPrintable(error));
    }

    void anAdministratorAddsAKindWithoutCode()
    {
        QTemporaryDir templates;
        QFile file(templates.filePath(QStringLiteral("extension.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!--notice\nkind: extension\ntitle: 延长审批期限告知书\nrequires: "
                   "applicant.name\n-->\n"
                   "<p>{{applicant.name}}：本机关决定延长审批期限。</p><p>{{notice.date}}</p>");
        file.close();
        QVERIFY(NoticeTemplate::kinds(templates.path()).contains(QStringLiteral("extension")));
        QString error;
        NoticeRequest r = request(QStringLiteral("extension"));
        const auto draft = issuer(templates.path()).draft(r, &error);
        QVERIFY2(draft, qPrintable(error));
        const auto pdf = draft->pdf(&error);
        QVERIFY2(pdf, qPrintable(error));
        const QString text = run(QStringLiteral("pdftotext"),
                                 {save(*pdf, QStringLiteral("extension.pdf")), QStringLiteral("-")})
                                     .out;
        QVERIFY2(text.contains(QStringLiteral("本机关决定延长审批期限")), qPrintable(text));
        // A draft says so, across the page (pdftotext reads the diagonal word letter by letter).
        QVERIFY2(text.contains(QStringLiteral("草")) && text.contains(QStringLiteral("稿")),
                 qPrintable(text));

        // Once the platform registers the kind, a sync keeps its 文号 in reserve like the
        // others' (the kinds are the templates'), and the notice is issued, numbered and signed.
        SyncEngine::Config config = m_config;
        config.noticeKinds = NoticeTemplate::kinds(templates.path());
        QVERIFY(config.noticeKinds.contains(QStringLiteral("extension"))
                && config.noticeKinds.contains(QStringLiteral("acceptance")));
        const SyncRound round = runSyncRound(config, m_refreshToken);
        QVERIFY2(round.ok, qPrintable(round.error));
        m_refreshToken = round.refreshToken;
        QVERIFY(NoticeNumbers(*m_db).remaining(QStringLiteral("extension"), 2026)
                >= NoticeNumbers::kLowWater);
        const auto issued
                = issuer(templates.path()).issue(r, m_keys, QStringLiteral("clerk1"), &error);
        QVERIFY2(issued, qPrintable(error));
        QVERIFY2(issued->notice.number.startsWith(QStringLiteral("城关市监延字〔2026〕第")),
                 qPrintable(issued->notice.number));
        const PdfSignature::Check check = PdfSignature::verify(issued->pdf, {});
        QVERIFY(check.intact && check.coversWholeFile);
    }

    void reissueKeepsTheHistoryAndNumbersNeverRepeat()
    {
        QString error;
        NoticeIssuer notices = issuer();
        AuditLog audit(*m_db);
        notices.setAuditLog(&audit);
        const int entries = int(audit.entriesAfter(0, 100000).size());
        const auto first = notices.issue(request(QStringLiteral("acceptance")), m_keys,
                                         QStringLiteral("clerk1"), &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = notices.issue(request(QStringLiteral("acceptance")), m_keys,
                                          QStringLiteral("clerk1"), &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(first->notice.number != second->notice.number);
        QCOMPARE(second->notice.replaces.value_or(-1), first->notice.id);
        // Each issue is on record, with its number.
        const auto recorded = audit.entriesAfter(0, 100000);
        QCOMPARE(int(recorded.size()), entries + 2);
        QCOMPARE(recorded.last().detail, second->notice.number);
        QVERIFY(audit.verify().isEmpty());
        NoticeStore store(*m_db);
        QCOMPARE(store.current(m_caseId, QStringLiteral("acceptance"))->id, second->notice.id);
        QSet<QString> numbers;
        for (const IssuedNotice &n : store.forCase(m_caseId)) {
            QVERIFY2(!numbers.contains(n.number), qPrintable(n.number));
            numbers.insert(n.number);
        }
    }

    void offlineWithoutNumbersLeftIssuingFailsClearly()
    {
        // A kind never reserved on this computer (another year).
        NoticeRequest r = request(QStringLiteral("acceptance"));
        r.date = QDate(2031, 3, 2);
        QString error;
        QVERIFY(!issuer().issue(r, m_keys, QStringLiteral("clerk1"), &error));
        QVERIFY2(error.contains(QStringLiteral("2031")), qPrintable(error));
    }

    void tamperingIsDetected()
    {
        QString error;
        const auto issued = issuer().issue(request(QStringLiteral("refusal")), m_keys,
                                           QStringLiteral("clerk1"), &error);
        QVERIFY2(issued, qPrintable(error));
        // One byte of the page content changed.
        QByteArray altered = issued->pdf;
        const qsizetype stream = altered.indexOf("stream\n") + 40;
        altered[stream] = char(altered.at(stream) ^ 0x01);
        PdfSignature::Check check = PdfSignature::verify(altered, {m_cert.caPem});
        QVERIFY(!check.intact);
        QVERIFY(!SealRecord::verify(altered, issued->notice.sealRecord).digestMatches);
        // An update appended after signing (the way PDF editors change a file).
        const QByteArray appended = issued->pdf + "\n1 0 obj\n<< >>\nendobj\n";
        check = PdfSignature::verify(appended, {m_cert.caPem});
        QVERIFY(!check.coversWholeFile);
        QVERIFY(!check.problems.isEmpty());
        // A forged seal record: another number.
        QJsonObject forged = issued->notice.sealRecord;
        forged[QStringLiteral("number")] = QStringLiteral("城关市监不受字〔2026〕第9999号");
        QVERIFY(!SealRecord::verify(issued->pdf, forged).signatureValid);
        // Another CA does not vouch for the signer.
        check = PdfSignature::verify(issued->pdf, {QByteArray()});
        QVERIFY(check.intact && !check.trusted);
        // Not a PDF at all, and a PDF without a signature.
        QVERIFY(!PdfSignature::verify("not a pdf", {}).signatureFound);
        NoticeDocument::Parts parts;
        parts.html = QStringLiteral("<p>x</p>");
        QVERIFY(!PdfSignature::verify(*NoticeDocument(parts).pdf(&error), {}).signatureFound);
    }

    void aWrongPasswordIsReported()
    {
        QString error;
        QVERIFY(!SigningIdentity::fromPkcs12(m_cert.pkcs12, QStringLiteral("wrong"), &error));
        QVERIFY(error.contains(QStringLiteral("password")));
        QVERIFY(!SigningIdentity::fromPkcs12("garbage", m_cert.password, &error));
    }

    void syncUploadsIssuedNotices()
    {
        NoticeStore store(*m_db);
        QVERIFY(store.unsentCount() > 0);
        const SyncRound round = runSyncRound(m_config, m_refreshToken);
        QVERIFY2(round.ok, qPrintable(round.error));
        m_refreshToken = round.refreshToken;
        QCOMPARE(store.unsentCount(), 0);
        for (const IssuedNotice &n : store.forCase(m_caseId)) {
            QCOMPARE(n.state, IssuedNotice::State::Uploaded);
            QVERIFY(!n.platformId.isEmpty());
        }
    }
};

QTEST_MAIN(TestNotices)
#include "tst_notices.moc"
