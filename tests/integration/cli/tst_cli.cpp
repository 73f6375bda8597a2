#include "SimProcess.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "security/CredentialStore.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// casedesk-cli as a script would use it: real processes, a real keychain, a real onestop-sim.
class TestCli : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim{SimProcess::Options{250, 11, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &home = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASEDESK_HOME"), home.isEmpty() ? m_home.path() : home);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEDESK_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void loginSyncAndListCases()
    {
        const Run login = cli({QStringLiteral("login"), QStringLiteral("--server"),
                               m_sim.url().toString(), QStringLiteral("--user"),
                               QStringLiteral("clerk1"), QStringLiteral("--password-stdin")},
                              "demo123\n");
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY2(login.out.contains(QStringLiteral("张敏")), qPrintable(login.out));
        // Tokens only in the keychain: nothing of them in the profile folder.
        const QByteArray ini = [&] {
            QFile f(m_home.filePath(QStringLiteral("casedesk.ini")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(ini.contains("clerk1"));
        QVERIFY(!ini.contains("demo123"));

        const Run sync = cli({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));

        // The roles in words, not the platform's identifiers.
        QVERIFY2(!login.out.contains(QStringLiteral("Clerk")), qPrintable(login.out));
        const Run table
                = cli({QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("1")});
        const QStringList rows = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2); // a header, then the case
        QCOMPARE(rows.first().count(QLatin1Char('\t')), rows.last().count(QLatin1Char('\t')));
        QVERIFY2(!rows.last().contains(QStringLiteral("CST")), qPrintable(rows.last()));

        const Run cases = cli({QStringLiteral("cases"), QStringLiteral("--json")});
        QCOMPARE(cases.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(cases.out.toUtf8()).array();
        QVERIFY(list.size() > 0);
        QVERIFY(list.size() < 250);
        const QJsonObject first = list.first().toObject();
        QVERIFY(!first.value(QStringLiteral("caseNo")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("applicantName")).toString().isEmpty());
        // Newest first.
        QVERIFY(first.value(QStringLiteral("receivedAt")).toString()
                >= list.last().toObject().value(QStringLiteral("receivedAt")).toString());

        // Materials into the vault for offline work: encrypted on disk, listed by their real type.
        const QString firstId = first.value(QStringLiteral("id")).toString();
        const Run prefetch = cli({QStringLiteral("prefetch"), firstId});
        QVERIFY2(prefetch.exitCode == 0, qPrintable(prefetch.err));
        QVERIFY(prefetch.out.contains(firstId));
        const QDir vault(m_home.filePath(QStringLiteral("vault")));
        const QStringList stored = vault.entryList(QDir::Files);
        QVERIFY(!stored.isEmpty());
        for (const QString &name : stored) {
            QFile f(vault.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            // A file type's magic stands at the start of a plain file; in a sealed one the start
            // is the nonce, then ciphertext. (Searching the whole file for "%PDF" failed now and
            // then: in megabytes of ciphertext any four bytes turn up by chance.)
            for (const QByteArray &start : {bytes.left(16), bytes.mid(12, 16)}) {
                QVERIFY(!start.startsWith("%PDF"));
                QVERIFY(!start.startsWith("\xff\xd8\xff"));
                QVERIFY(!start.startsWith("\x89PNG"));
            }
        }
        QCOMPARE(cli({QStringLiteral("prefetch"), QStringLiteral("no-such-case")}).exitCode, 1);

        // Supervision: overdue cases, most overdue first, each with its working days late.
        const Run overdue = cli({QStringLiteral("overdue"), QStringLiteral("--json")});
        QCOMPARE(overdue.exitCode, 0);
        const QJsonArray late = QJsonDocument::fromJson(overdue.out.toUtf8()).array();
        QVERIFY(!late.isEmpty()); // a district half a year old has some
        QString previousDue;
        for (const QJsonValue &v : late) {
            QVERIFY(v.toObject().value(QStringLiteral("overdueWorkingDays")).toInt() >= 1);
            const QString due = v.toObject().value(QStringLiteral("due")).toString();
            QVERIFY(previousDue <= due);
            previousDue = due;
        }

        // 分派: the open cases per holder, by name, the unclaimed last; as many as are open.
        const Run load = cli({QStringLiteral("workload"), QStringLiteral("--json")});
        QVERIFY2(load.exitCode == 0, qPrintable(load.err));
        const QJsonArray holders = QJsonDocument::fromJson(load.out.toUtf8()).array();
        QVERIFY(holders.size() >= 2);
        QCOMPARE(holders.last().toObject().value(QStringLiteral("user")).toString(), QString());
        int held = 0;
        bool named = false;
        for (const QJsonValue &v : holders) {
            const QJsonObject row = v.toObject();
            held += row.value(QStringLiteral("open")).toInt();
            named = named
                    || (row.value(QStringLiteral("user")).toString() == QLatin1String("clerk1")
                        && row.value(QStringLiteral("name")).toString() == QStringLiteral("张敏"));
        }
        QVERIFY(named);
        int open = 0;
        const Run all = cli({QStringLiteral("cases"), QStringLiteral("--json"),
                             QStringLiteral("--limit"), QStringLiteral("100000")});
        for (const QJsonValue &v : QJsonDocument::fromJson(all.out.toUtf8()).array()) {
            const QString stage = v.toObject().value(QStringLiteral("stage")).toString();
            open += stage != QLatin1String("completed") && stage != QLatin1String("refused")
                    && stage != QLatin1String("withdrawn");
        }
        QCOMPARE(held, open);
        const Run loadTable = cli({QStringLiteral("workload")});
        QCOMPARE(loadTable.exitCode, 0);
        QVERIFY(loadTable.out.contains(QStringLiteral("张敏")));
        QVERIFY(!loadTable.out.contains(QStringLiteral("clerk1")));

        const Run limited
                = cli({QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(limited.out.count(QLatin1Char('\n')), 4); // the header and three cases

        const Run again = cli({QStringLiteral("sync")}); // uses the rotated refresh token
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));

        // Every sign-in and action is in the audit log, whose chain is intact.
        const Run log = cli({QStringLiteral("audit")});
        QCOMPARE(log.exitCode, 0);
        QVERIFY(log.out.contains(QStringLiteral("sign-in")));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

        QCOMPARE(cli({QStringLiteral("logout")}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("audit")}).out.contains(QStringLiteral("sign-out")));
        const Run afterLogout = cli({QStringLiteral("sync")});
        QCOMPARE(afterLogout.exitCode, 1);
        QVERIFY(!afterLogout.err.isEmpty());
    }

    // Sign-in, sync, an action, sign-out with wipe: the audit trail reaches the platform, and
    // nothing in the profile folder gives away a secret or an applicant's personal data.
    void issueAndVerifyANoticeFromTheCommandLine()
    {
        QVERIFY(cli({QStringLiteral("login"), QStringLiteral("--server"), m_sim.url().toString(),
                     QStringLiteral("--user"), QStringLiteral("clerk1"),
                     QStringLiteral("--password-stdin")},
                    "demo123\n")
                        .exitCode
                == 0);
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
        // Without a certificate a notice cannot be signed, and the clerk is told how to get one.
        const QString caseId
                = QJsonDocument::fromJson(
                          cli({QStringLiteral("cases"), QStringLiteral("--json")}).out.toUtf8())
                          .array()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
        const QString pdf = m_home.filePath(QStringLiteral("notice.pdf"));
        const QStringList issue{QStringLiteral("notice"), caseId,
                                QStringLiteral("--kind"), QStringLiteral("correction"),
                                QStringLiteral("--item"), QStringLiteral("营业执照=复印件不清晰"),
                                QStringLiteral("--out"),  pdf};
        Run refused = cli(issue);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("signing-cert")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(pdf));

        const Run cert = cli({QStringLiteral("signing-cert"), QStringLiteral("fetch")});
        QVERIFY2(cert.exitCode == 0, qPrintable(cert.err));
        const Run issued = cli(issue);
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
        QVERIFY2(issued.out.contains(QStringLiteral("城关市监补字〔2026〕第")),
                 qPrintable(issued.out));
        QVERIFY(QFile::exists(pdf + QStringLiteral(".seal.json")));

        const Run verified = cli({QStringLiteral("verify-notice"), pdf});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        // One byte changed: both the PDF signature and the SM2 record say so.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("stream\n") + 30;
        bytes[at] = char(bytes.at(at) ^ 0x20);
        file.seek(0);
        file.write(bytes);
        file.close();
        const Run tampered = cli({QStringLiteral("verify-notice"), pdf});
        QCOMPARE(tampered.exitCode, 1);

        // A wrong kind is named with the kinds there are.
        const Run unknown = cli({QStringLiteral("notice"), caseId, QStringLiteral("--kind"),
                                 QStringLiteral("poem"), QStringLiteral("--out"), pdf});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("poem")), qPrintable(unknown.err));
        QCOMPARE(cli({QStringLiteral("logout")}).exitCode, 0);
    }

    // The chief's desk from a script: a case as the pane shows it, an approval signed with his
    // own key that the platform verifies, a return, and 分派 that moves a clerk's claim.
    void theChiefApprovesSignedAndAssigns()
    {
        QTemporaryDir home;
        const QString dir = home.path();
        casedesk::Profile(dir).settings()->setValue(QStringLiteral("ui/language"),
                                                    QStringLiteral("en"));
        const auto run = [&](const QStringList &args) { return cli(args, {}, dir); };
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), m_sim.url().toString(),
                      QStringLiteral("--user"), QStringLiteral("chief1"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n", dir)
                         .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("sync")}).exitCode, 0);
        QStringList waiting;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(
                     run({QStringLiteral("cases"), QStringLiteral("--json")}).out.toUtf8())
                     .array()) {
            if (v.toObject().value(QStringLiteral("stage")).toString() != QLatin1String("approval"))
                continue;
            // Only those the chief decides alone: no head's step in the chain, and no food
            // production licence, whose grant (after 改拟 below) the head signs too.
            const QString caseNo = v.toObject().value(QStringLiteral("caseNo")).toString();
            const QJsonObject shown = QJsonDocument::fromJson(run({QStringLiteral("case"), caseNo,
                                                                   QStringLiteral("--json")})
                                                                      .out.toUtf8())
                                              .object();
            const QJsonArray chain = shown.value(QStringLiteral("approval"))
                                             .toObject()
                                             .value(QStringLiteral("chain"))
                                             .toArray();
            if (chain.size() <= 1
                && shown.value(QStringLiteral("itemName")).toString()
                        != QStringLiteral("食品生产许可"))
                waiting.append(caseNo);
            if (waiting.size() == 3)
                break;
        }
        QVERIFY2(waiting.size() >= 2, "two cases wait for the chief's approval in the demo");

        // What the chief approves: the clerk's proposal, and approve among what he may do.
        const Run shown = run({QStringLiteral("case"), waiting.at(0), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject before = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("stage")).toString(), QStringLiteral("approval"));
        QVERIFY(!before.value(QStringLiteral("proposal"))
                         .toObject()
                         .value(QStringLiteral("decision"))
                         .toString()
                         .isEmpty());
        QVERIFY2(shown.out.contains(QStringLiteral("\"verb\": \"approve\"")),
                 qPrintable(shown.out));

        const Run approved = run({QStringLiteral("approve"), waiting.at(0),
                                  QStringLiteral("--comment"), QStringLiteral("同意")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(run({QStringLiteral("approve"), waiting.at(1), QStringLiteral("--return")})
                         .exitCode,
                 1); // a return needs comments
        QCOMPARE(run({QStringLiteral("approve"), waiting.at(1), QStringLiteral("--return"),
                      QStringLiteral("--comment"), QStringLiteral("请补充核查意见")})
                         .exitCode,
                 0);
        // 改拟 then approve: the signature covers the chief's own proposal, queued before it.
        QVERIFY(waiting.size() >= 3);
        const Run changed
                = run({QStringLiteral("act"), waiting.at(2), QStringLiteral("changeProposal"),
                       QStringLiteral("--proposal"), QStringLiteral("grant"),
                       QStringLiteral("--opinion"), QStringLiteral("经复核，条件具备")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QCOMPARE(run({QStringLiteral("approve"), waiting.at(2)}).exitCode, 0);
        const Run sent = run({QStringLiteral("sync")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(run({QStringLiteral("outbox")}).out.trimmed().isEmpty(),
                 "the platform took them all");
        const QJsonObject regranted
                = QJsonDocument::fromJson(
                          run({QStringLiteral("case"), waiting.at(2), QStringLiteral("--json")})
                                  .out.toUtf8())
                          .object();
        QCOMPARE(regranted.value(QStringLiteral("decision")).toString(), QStringLiteral("grant"));
        QCOMPARE(regranted.value(QStringLiteral("proposal"))
                         .toObject()
                         .value(QStringLiteral("opinion"))
                         .toString(),
                 QStringLiteral("经复核，条件具备"));
        const QJsonObject after
                = QJsonDocument::fromJson(
                          run({QStringLiteral("case"), waiting.at(0), QStringLiteral("--json")})
                                  .out.toUtf8())
                          .object();
        QCOMPARE(after.value(QStringLiteral("stage")).toString(), QStringLiteral("decided"));
        const QJsonObject last = after.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("signature")).toString(),
                 QStringLiteral("signature verified by the platform"));
        QCOMPARE(last.value(QStringLiteral("signatureKey")).toString().size(), 64);
        // The key lives in the keychain, not in the profile folder.
        QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("PRIVATE KEY"), qPrintable(f.fileName()));
        }
        QCOMPARE(QJsonDocument::fromJson(
                         run({QStringLiteral("case"), waiting.at(1), QStringLiteral("--json")})
                                 .out.toUtf8())
                         .object()
                         .value(QStringLiteral("stage"))
                         .toString(),
                 QStringLiteral("review"));

        // 分派: the returned case goes to clerk2 with a reason; not to the supervisor.
        const Run staff = run({QStringLiteral("staff")});
        QVERIFY2(staff.out.contains(QStringLiteral("clerk2")), qPrintable(staff.out));
        const Run outside = run({QStringLiteral("assign"), waiting.at(1), QStringLiteral("--to"),
                                 QStringLiteral("super1"), QStringLiteral("--reason"),
                                 QStringLiteral("分派")});
        QCOMPARE(outside.exitCode, 1);
        QVERIFY2(outside.err.contains(
                         QStringLiteral("Cases are assigned only to clerks of their department.")),
                 qPrintable(outside.err));
        const Run assigned = run({QStringLiteral("assign"), waiting.at(1), QStringLiteral("--to"),
                                  QStringLiteral("clerk2"), QStringLiteral("--reason"),
                                  QStringLiteral("张敏休假")});
        QVERIFY2(assigned.exitCode == 0, qPrintable(assigned.err));
        QVERIFY2(assigned.out.contains(QStringLiteral("李伟")), qPrintable(assigned.out));
        const QJsonObject moved
                = QJsonDocument::fromJson(
                          run({QStringLiteral("case"), waiting.at(1), QStringLiteral("--json")})
                                  .out.toUtf8())
                          .object();
        QCOMPARE(moved.value(QStringLiteral("heldBy")).toString(), QStringLiteral("李伟"));

        // 转办: a case that is not the department's leaves its list once the sync sends it.
        QString preReview;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(
                     run({QStringLiteral("cases"), QStringLiteral("--json")}).out.toUtf8())
                     .array()) {
            if (v.toObject().value(QStringLiteral("stage")).toString()
                == QLatin1String("preReview"))
                preReview = v.toObject().value(QStringLiteral("caseNo")).toString();
        }
        QVERIFY(!preReview.isEmpty());
        const Run transfer = run({QStringLiteral("act"), preReview, QStringLiteral("transfer"),
                                  QStringLiteral("--reason"), QStringLiteral("属于区卫健局职责")});
        QVERIFY2(transfer.exitCode == 0, qPrintable(transfer.err));
        QCOMPARE(run({QStringLiteral("sync")}).exitCode, 0);
        QVERIFY(run({QStringLiteral("outbox")}).out.trimmed().isEmpty());
        QCOMPARE(run({QStringLiteral("case"), preReview}).exitCode, 1);
        QCOMPARE(moved.value(QStringLiteral("history"))
                         .toArray()
                         .last()
                         .toObject()
                         .value(QStringLiteral("what")),
                 QStringLiteral("Assigned to 李伟"));
    }

    void aFullSessionLeavesNothingReadable()
    {
        QTemporaryDir home;
        const QString dir = home.path();
        casedesk::Profile(dir).settings()->setValue(QStringLiteral("ui/language"),
                                                    QStringLiteral("en"));
        QVERIFY(cli({QStringLiteral("login"), QStringLiteral("--server"), m_sim.url().toString(),
                     QStringLiteral("--user"), QStringLiteral("clerk2"),
                     QStringLiteral("--password-stdin")},
                    "demo123\n", dir)
                        .exitCode
                == 0);
        // --verbose: the log holds its debug lines too, every request among them.
        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("--verbose")}, {}, dir);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        const QJsonArray cases
                = QJsonDocument::fromJson(
                          cli({QStringLiteral("cases"), QStringLiteral("--json")}, {}, dir)
                                  .out.toUtf8())
                          .array();
        QVERIFY(!cases.isEmpty());
        const QString caseId = cases.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(cli({QStringLiteral("prefetch"), caseId}, {}, dir).exitCode, 0);
        // A case is named by the 申报号 a clerk reads, as well as by its id.
        QString preReview;
        for (const QJsonValue &v : cases) {
            if (v.toObject().value(QStringLiteral("stage")).toString()
                == QLatin1String("preReview"))
                preReview = v.toObject().value(QStringLiteral("caseNo")).toString();
        }
        QVERIFY(!preReview.isEmpty());
        const Run act = cli({QStringLiteral("act"), preReview, QStringLiteral("preReview"),
                             QStringLiteral("--outcome"), QStringLiteral("pass"),
                             QStringLiteral("--opinion"), QStringLiteral("材料齐全，建议受理")},
                            {}, dir);
        QVERIFY2(act.exitCode == 0, qPrintable(act.err));
        // Sends the action and pushes the audit trail.
        const Run second = cli({QStringLiteral("sync"), QStringLiteral("--verbose")}, {}, dir);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(cli({QStringLiteral("outbox")}, {}, dir).out.trimmed().isEmpty());

        const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, dir);
        QCOMPARE(verify.exitCode, 0);
        QSqlDatabase platform
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("platform"));
        platform.setDatabaseName(m_sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
        QVERIFY(platform.open());
        QSqlQuery q(platform);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(seq), MIN(kind) FROM audit WHERE "
                                      "user = 'clerk2'"))
                && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt()); // the whole chain from entry 1
        QVERIFY2(verify.out.contains(QStringLiteral("up to entry %1").arg(q.value(1).toInt())),
                 qPrintable(verify.out));

        // The log tells a support desk what happened: each sync round, each request.
        QFile logFile(dir + QStringLiteral("/logs/casedesk-cli.log"));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(logFile.readAll());
        QCOMPARE(log.count(QStringLiteral("INFO casedesk.sync: sync round done")), 2);
        QVERIFY2(log.contains(QStringLiteral("INFO casedesk.security: signed in at 127.0.0.1 as "
                                             "clerk2 with roles Clerk")),
                 qPrintable(log.left(2000)));
        QVERIFY2(log.contains(QStringLiteral("DEBUG casedesk.platform: POST /api/v1/cases/")),
                 qPrintable(log.left(2000)));
        QVERIFY2(log.contains(QStringLiteral("DEBUG casedesk.sync: action preReview on case")),
                 qPrintable(log.right(2000)));
        // --verbose echoes the lines to standard error as well.
        QVERIFY2(second.err.contains(QStringLiteral("sync round done")), qPrintable(second.err));

        // What must not be readable in the folder, the log included: the password, the
        // session, any applicant's ID number, phone or address of this department.
        casedesk::Profile profile(dir);
        casedesk::CredentialStore credentials;
        const auto refreshToken = credentials.readNow(profile.refreshTokenKey(), nullptr);
        QVERIFY(refreshToken);
        QList<QByteArray> secrets{"demo123", refreshToken->toUtf8()};
        QVERIFY(q.exec(QStringLiteral("SELECT json FROM cases WHERE department = 'SCJG'")));
        while (q.next()) {
            const QJsonObject applicant = QJsonDocument::fromJson(q.value(0).toByteArray())
                                                  .object()
                                                  .value(QStringLiteral("applicant"))
                                                  .toObject();
            secrets.append(applicant.value(QStringLiteral("idNumber")).toString().toUtf8());
            secrets.append(applicant.value(QStringLiteral("phone")).toString().toUtf8());
            secrets.append(applicant.value(QStringLiteral("address")).toString().toUtf8());
        }
        secrets.removeAll(QByteArray());
        QVERIFY(secrets.size() > 30);
        int scanned = 0;
        QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++scanned;
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(file.fileName() + QStringLiteral(" holds ")
                                    + QString::fromUtf8(secret)));
        }
        QVERIFY(scanned >= 4); // settings, cache, vault, log

        // Sign-out with wipe: the session ends on the platform, the local copy and its key go.
        const Run logout = cli({QStringLiteral("logout"), QStringLiteral("--wipe")}, {}, dir);
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
        QVERIFY(!QFile::exists(profile.databasePath()));
        QVERIFY(!QDir(profile.vaultDir()).exists());
        // The sign-out itself reached the platform's copy of the trail before the wipe.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE user = 'clerk2' AND "
                                      "kind = 'sign-out' AND detail = 'wipe'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QString keychainError;
        QVERIFY(!credentials.readNow(profile.dataKeyName(), &keychainError));
        QVERIFY(keychainError.isEmpty());
        casedesk::RestPlatformClient client(m_sim.url());
        client.setRefreshToken(*refreshToken);
        casedesk::PlatformError refused;
        QEventLoop loop;
        client.fetchMe([&](const casedesk::UserInfo &, const casedesk::PlatformError &e) {
            refused = e;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(int(refused.kind), int(casedesk::PlatformError::Kind::SessionExpired));
        platform.close();
    }

    void wipeKeepsUnsentWork()
    {
        QTemporaryDir home;
        QVERIFY(cli({QStringLiteral("login"), QStringLiteral("--server"), m_sim.url().toString(),
                     QStringLiteral("--user"), QStringLiteral("clerk1"),
                     QStringLiteral("--password-stdin")},
                    "demo123\n", home.path())
                        .exitCode
                == 0);
        // The sign-in's audit entry has not reached the platform yet: no wipe without --force.
        const Run refused
                = cli({QStringLiteral("logout"), QStringLiteral("--wipe")}, {}, home.path());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("cache.sqlite"))));
        QCOMPARE(
                cli({QStringLiteral("logout"), QStringLiteral("--wipe"), QStringLiteral("--force")},
                    {}, home.path())
                        .exitCode,
                0);
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("cache.sqlite"))));
    }

    void wrongPasswordFails()
    {
        QTemporaryDir home;
        const Run login = cli({QStringLiteral("login"), QStringLiteral("--server"),
                               m_sim.url().toString(), QStringLiteral("--user"),
                               QStringLiteral("clerk1"), QStringLiteral("--password-stdin")},
                              "nope\n", home.path());
        QCOMPARE(login.exitCode, 1);
        QVERIFY(!login.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("login without server")
                << QStringList{QStringLiteral("login"), QStringLiteral("--user"),
                               QStringLiteral("x"), QStringLiteral("--password-stdin")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("cases"),
                                                  QStringLiteral("--limit"), QStringLiteral("x")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir home;
        const Run run = cli(args, {}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void deadline_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("due");
        QTest::newRow("working days over National Day")
                << QStringList{QStringLiteral("--start"), QStringLiteral("2026-09-30"),
                               QStringLiteral("--working-days"), QStringLiteral("1")}
                << QStringLiteral("2026-10-08");
        QTest::newRow("natural days ending on Saturday")
                << QStringList{QStringLiteral("--start"), QStringLiteral("2026-11-02"),
                               QStringLiteral("--days"), QStringLiteral("12")}
                << QStringLiteral("2026-11-16");
    }
    void deadline()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, due);
        const Run run = cli(QStringList{QStringLiteral("deadline")} + args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, due + QLatin1Char('\n'));
        QCOMPARE(cli({QStringLiteral("deadline"), QStringLiteral("--start"),
                      QStringLiteral("2026-11-02")})
                         .exitCode,
                 2);
        // A wrong date is named in a line or two, not buried under the whole help.
        const Run wrong = cli({QStringLiteral("deadline"), QStringLiteral("--start"),
                               QStringLiteral("2026-13-01"), QStringLiteral("--days"),
                               QStringLiteral("3")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.count(QLatin1Char('\n')) <= 2, qPrintable(wrong.err));
    }

    // 窗口收件 at an outreach point with no line: registered, shown, a receipt handed over;
    // the next sync creates the case on the platform once, and its 申报号 replaces the
    // provisional number everywhere.
    void counterIntakeOfflineThenSynced()
    {
        SimProcess::Options options{60, 3, 900, QStringLiteral("2026-12-03")};
        SimProcess sim(options);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QString dir = home.path();
        auto login = [&](const SimProcess &platform) {
            return cli({QStringLiteral("login"), QStringLiteral("--server"),
                        platform.url().toString(), QStringLiteral("--user"),
                        QStringLiteral("clerk1"), QStringLiteral("--password-stdin")},
                       "demo123\n", dir);
        };
        QCOMPARE(login(sim).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sync")}, {}, dir).exitCode, 0);
        sim.stop(); // the line is dead from here on

        QFile applicant(dir + QStringLiteral("/applicant.json"));
        QVERIFY(applicant.open(QIODevice::WriteOnly));
        applicant.write(R"({"kind":"person","name":"王小明","idNumber":"620102198001011239",
            "phone":"13912345678","address":"甘肃省兰州市城关区张掖路1号"})");
        applicant.close();
        QImage page(400, 560, QImage::Format_RGB32);
        page.fill(Qt::white);
        QVERIFY(page.save(dir + QStringLiteral("/licence.png")));
        const QString receipt = dir + QStringLiteral("/receipt.pdf");
        const QStringList intake{QStringLiteral("intake"),
                                 QStringLiteral("--item"),
                                 QStringLiteral("620102-SCJG-XK-001"),
                                 QStringLiteral("--applicant-json"),
                                 applicant.fileName(),
                                 QStringLiteral("--material"),
                                 QStringLiteral("食品经营许可申请书"),
                                 QStringLiteral("--original"),
                                 QStringLiteral("食品经营许可申请书"),
                                 QStringLiteral("--attach"),
                                 QStringLiteral("营业执照或其他主体资格证明文件=") + dir
                                         + QStringLiteral("/licence.png"),
                                 QStringLiteral("--receipt"),
                                 receipt};
        const Run registered = cli(intake, {}, dir);
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        const QString provisional
                = QRegularExpression(QStringLiteral("临[0-9]{8}-[0-9]{4}-[0-9]{3}"))
                          .match(registered.out)
                          .captured();
        QVERIFY2(!provisional.isEmpty(), qPrintable(registered.out));
        QString text = pdfText(receipt);
        for (const QString &expected :
             {provisional, QStringLiteral("此为临时编号"), QStringLiteral("620102********1239"),
              QStringLiteral("食品经营许可申请书"), QStringLiteral("尚缺的材料"),
              QStringLiteral("食品安全管理制度")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" | ") + text));
        QVERIFY(!text.contains(QStringLiteral("620102198001011239")));
        // In the inbox at once.
        QVERIFY(cli({QStringLiteral("cases")}, {}, dir).out.contains(provisional));
        // An invalid ID is refused with its reason, and nothing is registered.
        QFile bad(dir + QStringLiteral("/bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"kind":"person","name":"王小明","idNumber":"620102198001011238"})");
        bad.close();
        QStringList badIntake = intake;
        badIntake[4] = bad.fileName();
        const Run refused = cli(badIntake, {}, dir);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("校验位不符")), qPrintable(refused.err));
        QCOMPARE(cli({QStringLiteral("outbox")}, {}, dir).out.count(QStringLiteral("create")), 1);
        // Offline the sync fails and keeps it.
        QVERIFY(cli({QStringLiteral("sync")}, {}, dir).exitCode != 0);
        QCOMPARE(cli({QStringLiteral("outbox")}, {}, dir).out.count(QStringLiteral("create")), 1);

        // The line is back (the same platform, a new address).
        SimProcess again(options, sim.dataDir());
        QVERIFY2(again.start(&error), qPrintable(error));
        QCOMPARE(login(again).exitCode, 0);
        const Run synced = cli({QStringLiteral("sync")}, {}, dir);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(cli({QStringLiteral("sync")}, {}, dir).exitCode, 0);
        QVERIFY(!cli({QStringLiteral("outbox")}, {}, dir).out.contains(QStringLiteral("create")));

        QString caseNo;
        QString caseId;
        {
            QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                              QStringLiteral("intake-platform"));
            platform.setDatabaseName(again.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
            QVERIFY(platform.open());
            QSqlQuery q(platform);
            // Created once, however often it was sent.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(case_id) FROM actions WHERE "
                                          "type = 'create'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            caseId = q.value(1).toString();
            QVERIFY(q.exec(QStringLiteral("SELECT json FROM cases WHERE id = '%1'").arg(caseId))
                    && q.next());
            const QJsonObject c = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("counter"));
            QCOMPARE(c.value(QStringLiteral("applicant"))
                             .toObject()
                             .value(QStringLiteral("idNumber"))
                             .toString(),
                     QStringLiteral("620102198001011239"));
            QCOMPARE(c.value(QStringLiteral("receivedMaterials")).toArray().size(), 2);
            caseNo = c.value(QStringLiteral("caseNo")).toString();
            // The file handed in reached the platform whole: its SHA-256 there is the file's
            // own, and so are the bytes the platform keeps; the receipt went with it.
            QFile png(dir + QStringLiteral("/licence.png"));
            QVERIFY(png.open(QIODevice::ReadOnly));
            const QString pngSha = QString::fromLatin1(
                    QCryptographicHash::hash(png.readAll(), QCryptographicHash::Sha256).toHex());
            QStringList names;
            for (const QJsonValue &v : c.value(QStringLiteral("materials")).toArray()) {
                const QJsonObject m = v.toObject();
                names.append(m.value(QStringLiteral("name")).toString());
                QVERIFY(q.exec(QStringLiteral("SELECT content FROM files WHERE key = '%1/%2'")
                                       .arg(caseId, m.value(QStringLiteral("id")).toString()))
                        && q.next());
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(q.value(0).toByteArray(),
                                                                      QCryptographicHash::Sha256)
                                                     .toHex()),
                         m.value(QStringLiteral("sha256")).toString());
                if (m.value(QStringLiteral("name")).toString()
                    == QStringLiteral("营业执照或其他主体资格证明文件"))
                    QCOMPARE(m.value(QStringLiteral("sha256")).toString(), pngSha);
            }
            names.sort();
            QCOMPARE(names,
                     QStringList({QStringLiteral("收件回执"),
                                  QStringLiteral("营业执照或其他主体资格证明文件")}));
            // Each file announced once, however many rounds ran.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM uploads WHERE case_id = '%1' AND "
                                          "state = 'complete'")
                                   .arg(caseId))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intake-platform"));
        // The platform's number everywhere: the inbox, and the receipt printed again.
        const QString inbox = cli({QStringLiteral("cases")}, {}, dir).out;
        QVERIFY(inbox.contains(caseNo));
        QVERIFY(!inbox.contains(provisional));
        const Run reprint = cli({QStringLiteral("intake"), QStringLiteral("--reprint"), provisional,
                                 QStringLiteral("--receipt"), receipt},
                                {}, dir);
        QVERIFY2(reprint.exitCode == 0, qPrintable(reprint.err));
        text = pdfText(receipt);
        QVERIFY(text.contains(caseNo));
        QVERIFY(!text.contains(QStringLiteral("此为临时编号")));
        // The receipt reprinted with the platform's number goes up as a new version; the one
        // handed to the applicant first stays beside it.
        QVERIFY(cli({QStringLiteral("uploads")}, {}, dir).out.contains(QStringLiteral("pending")));
        QCOMPARE(cli({QStringLiteral("sync")}, {}, dir).exitCode, 0);
        {
            QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                              QStringLiteral("intake-platform"));
            platform.setDatabaseName(again.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
            QVERIFY(platform.open());
            QSqlQuery q(platform);
            QVERIFY(q.exec(QStringLiteral("SELECT json FROM cases WHERE id = '%1'").arg(caseId))
                    && q.next());
            QList<int> versions;
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toByteArray())
                                               .object()
                                               .value(QStringLiteral("materials"))
                                               .toArray()) {
                const QJsonObject m = v.toObject();
                if (m.value(QStringLiteral("category")).toString() == QLatin1String("receipt"))
                    versions.append(m.value(QStringLiteral("version")).toInt());
            }
            std::sort(versions.begin(), versions.end());
            QCOMPARE(versions, QList<int>({1, 2}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intake-platform"));
    }

    // A sync killed halfway through a file: the next one asks the platform how far it got and
    // goes on from there; the file is announced once and every byte arrives once.
    void aKilledUploadResumesWhereThePlatformStopped()
    {
        SimProcess sim({40,
                        5,
                        900,
                        QStringLiteral("2026-12-03"),
                        {QStringLiteral("--faults"), QStringLiteral("latency=150")}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QString dir = home.path();
        {
            QSettings ini(dir + QStringLiteral("/casedesk.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("upload/chunkKiB"), 128);
        }
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), sim.url().toString(),
                      QStringLiteral("--user"), QStringLiteral("clerk1"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n", dir)
                         .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("sync")}, {}, dir).exitCode, 0);
        // A photographed licence: noise does not compress, so the file is large.
        QImage page(900, 900, QImage::Format_RGB32);
        QRandomGenerator rng(7);
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                page.setPixel(x, y, rng.generate());
        const QString photo = dir + QStringLiteral("/licence.png");
        QVERIFY(page.save(photo));
        QFile file(photo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 2 * 1024 * 1024);
        QFile applicant(dir + QStringLiteral("/applicant.json"));
        QVERIFY(applicant.open(QIODevice::WriteOnly));
        applicant.write(R"({"kind":"person","name":"王小明","idNumber":"620102198001011239"})");
        applicant.close();
        const Run registered
                = cli({QStringLiteral("intake"), QStringLiteral("--item"),
                       QStringLiteral("620102-SCJG-XK-001"), QStringLiteral("--applicant-json"),
                       applicant.fileName(), QStringLiteral("--attach"),
                       QStringLiteral("营业执照或其他主体资格证明文件=") + photo,
                       QStringLiteral("--receipt"), dir + QStringLiteral("/receipt.pdf")},
                      {}, dir);
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));

        QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                          QStringLiteral("upload-platform"));
        platform.setDatabaseName(sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
        QVERIFY(platform.open());
        auto photoUpload = [&](qint64 *received, QString *state) {
            QSqlQuery q(platform);
            if (!q.exec(QStringLiteral("SELECT received, state FROM uploads WHERE size = %1")
                                .arg(bytes.size()))
                || !q.next())
                return 0;
            *received = q.value(0).toLongLong();
            *state = q.value(1).toString();
            return q.next() ? 2 : 1;
        };
        // The sync is killed (SIGKILL, as by a power cut) once part of the file is there.
        QProcess sync;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASEDESK_HOME"), dir);
        sync.setProcessEnvironment(env);
        sync.start(QStringLiteral(CASEDESK_CLI_PATH), {QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        qint64 received = 0;
        QString state;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && sync.state() == QProcess::Running
               && !(photoUpload(&received, &state) == 1 && received >= 3 * 128 * 1024))
            QTest::qWait(20);
        QVERIFY2(sync.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the sync ended before it could be killed: ")
                            + QString::fromUtf8(sync.readAllStandardError())));
        sync.kill();
        QVERIFY(sync.waitForFinished(10000));
        QTest::qWait(400); // the platform finishes the request it was handling
        QCOMPARE(photoUpload(&received, &state), 1);
        QCOMPARE(state, QStringLiteral("open"));
        QVERIFY(received > 0 && received < bytes.size());
        const qint64 atKill = received;

        const Run again = cli({QStringLiteral("sync")}, {}, dir);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(photoUpload(&received, &state), 1); // the same upload, not a second one
        QCOMPARE(state, QStringLiteral("complete"));
        {
            QSqlQuery q(platform);
            // Every byte once: the chunks tile the file, and the one after the kill starts
            // where the platform had stopped.
            QVERIFY(q.exec(QStringLiteral("SELECT c.offset, c.size FROM upload_chunks c JOIN "
                                          "uploads u ON u.id = c.upload_id WHERE u.size = %1 "
                                          "ORDER BY c.offset")
                                   .arg(bytes.size())));
            qint64 next = 0;
            bool sawKillPoint = false;
            while (q.next()) {
                QCOMPARE(q.value(0).toLongLong(), next);
                sawKillPoint = sawKillPoint || next == atKill;
                next += q.value(1).toLongLong();
            }
            QCOMPARE(next, qint64(bytes.size()));
            QVERIFY(sawKillPoint);
            QVERIFY(q.exec(QStringLiteral("SELECT f.content FROM files f JOIN uploads u ON "
                                          "f.key = u.case_id || '/' || u.material_id WHERE "
                                          "u.size = %1")
                                   .arg(bytes.size()))
                    && q.next());
            QCOMPARE(QCryptographicHash::hash(q.value(0).toByteArray(), QCryptographicHash::Sha256),
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        }
        platform.close();
        platform = {};
        QSqlDatabase::removeDatabase(QStringLiteral("upload-platform"));
        // Nothing left to send.
        QVERIFY(!cli({QStringLiteral("uploads")}, {}, dir).out.contains(QStringLiteral("pending")));
    }

    void calendar()
    {
        const Run run = cli({QStringLiteral("calendar"), QStringLiteral("2026")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("2026-01-04 work")));
        QVERIFY(lines.contains(QStringLiteral("2026-10-07 off")));
        QCOMPARE(lines.filter(QStringLiteral(" work")).size(), 6);
        QVERIFY(run.err.isEmpty());
        const Run unknown = cli({QStringLiteral("calendar"), QStringLiteral("2031")});
        QCOMPARE(unknown.exitCode, 0);
        QVERIFY(!unknown.err.isEmpty()); // says the schedule is missing
        QVERIFY(unknown.out.contains(QStringLiteral("2031-01-01 off")));
    }

    void notSignedInSyncFails()
    {
        QTemporaryDir home;
        const Run run = cli({QStringLiteral("sync")}, {}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
