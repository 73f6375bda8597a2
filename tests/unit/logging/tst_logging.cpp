#include "core/Logging.h"
#include "core/Profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// The log a support desk reads: nothing personal or secret in it, one line per message, a size
// it never outgrows, and the levels an administrator asked for.
class TestLogging : public QObject
{
    Q_OBJECT

    static QStringList lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void redactsWhatALogMayNotHold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // ID numbers (GB 11643: 17 digits and a check character, or the old 15 digits).
        QTest::newRow("id number") << "applicant 62010219850312123X refused"
                                   << "applicant <id-number> refused";
        QTest::newRow("id number lower x") << "id=11010519491231002x"
                                           << "id=<id-number>";
        QTest::newRow("old id number") << "身份证 620102850312123 号"
                                       << "身份证 <id-number> 号";
        // A 申报号 has 20 digits, a notice number its year and serial: not personal.
        QTest::newRow("case number kept") << "case 62010220261123000007 accepted"
                                          << "case 62010220261123000007 accepted";
        QTest::newRow("dates kept") << "due 2026-12-09, 15 working days"
                                    << "due 2026-12-09, 15 working days";
        QTest::newRow("version kept") << "version 1733123456789"
                                      << "version 1733123456789";
        QTest::newRow("mobile") << "phone 13912345678."
                                << "phone <phone>.";
        QTest::newRow("mobile +86") << "tel +86 139-1234-5678"
                                    << "tel <phone>";
        QTest::newRow("landline") << "电话 0931-8123456"
                                  << "电话 <phone>";
        QTest::newRow("bearer") << "Authorization: Bearer abc.DEF-123_~x="
                                << "Authorization: <redacted> <token>";
        QTest::newRow("jwt") << "token eyJhbGciOi.eyJzdWIiOiJjbGVyazEi.c2lnbmF0dXJl"
                             << "token <token>";
        QTest::newRow("json refresh token") << R"({"refresh_token":"r-8f1c2a","expires_in":900})"
                                            << R"({"refresh_token":"<redacted>","expires_in":900})";
        QTest::newRow("form password") << "grant_type=password&username=clerk1&password=demo123"
                                       << "grant_type=password&username=clerk1&password=<redacted>";
        QTest::newRow("code verifier") << "code_verifier=Zm9vYmFy&code=x"
                                       << "code_verifier=<redacted>&code=x";
    }

    void redactsWhatALogMayNotHold()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactForLog(text), expected);
    }

    void everyMessageIsOneRedactedLine()
    {
        QTemporaryDir dir;
        {
            LogFile log({dir.path(), QStringLiteral("casedesk"), 1024 * 1024, 2, false, {}});
            qCWarning(lcPlatform).noquote() << "POST /api/v1/token failed: password=demo123";
            qCInfo(lcSync).noquote() << "platform said:\nfake line\r\nINFO casedesk.sync: ok";
        }
        const QStringList written = lines(dir.filePath(QStringLiteral("casedesk.log")));
        QCOMPARE(written.size(), 2);
        QVERIFY2(written.at(0).contains(
                         QStringLiteral(" WARNING casedesk.platform: POST /api/v1/token failed: "
                                        "password=<redacted>")),
                 qPrintable(written.at(0)));
        QVERIFY(!written.at(0).contains(QStringLiteral("demo123")));
        QVERIFY2(written.at(1).contains(QStringLiteral("platform said:\\nfake line\\r\\nINFO")),
                 qPrintable(written.at(1)));
        // The time with its offset, so that a line read in another zone is not misread.
        QVERIFY2(QDateTime::fromString(written.at(0).section(QLatin1Char(' '), 0, 0),
                                       Qt::ISODateWithMs)
                         .isValid(),
                 qPrintable(written.at(0)));
        QVERIFY(written.at(0).section(QLatin1Char(' '), 0, 0).contains(QLatin1Char('+'))
                || written.at(0).section(QLatin1Char(' '), 0, 0).endsWith(QLatin1Char('Z')));
        // Only the owner reads it.
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("casedesk.log")))
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void rotatesAtItsSizeKeepingTheNewest()
    {
        QTemporaryDir dir;
        const qint64 cap = 4096;
        {
            LogFile log({dir.path(), QStringLiteral("casedesk-cli"), cap, 2, false, {}});
            for (int i = 0; i < 500; ++i)
                qCInfo(lcStore) << "line" << i << "of the rotation test, padded to some length";
        }
        const QDir folder(dir.path());
        QCOMPARE(folder.entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("casedesk-cli.log"),
                              QStringLiteral("casedesk-cli.log.1"),
                              QStringLiteral("casedesk-cli.log.2")}));
        for (const QString &name : folder.entryList(QDir::Files))
            QVERIFY2(QFileInfo(folder.filePath(name)).size() <= cap, qPrintable(name));
        const QStringList newest = lines(folder.filePath(QStringLiteral("casedesk-cli.log")));
        QVERIFY(newest.last().endsWith(
                QStringLiteral("line 499 of the rotation test, padded to some length")));
        // The older file holds the lines just before, with none lost in between.
        const QStringList older = lines(folder.filePath(QStringLiteral("casedesk-cli.log.1")));
        const int firstNewest = newest.first()
                                        .section(QStringLiteral("line "), 1)
                                        .section(QLatin1Char(' '), 0, 0)
                                        .toInt();
        QVERIFY(older.last().contains(QStringLiteral("line %1 ").arg(firstNewest - 1)));
    }

    void levelsFollowTheRules()
    {
        QTemporaryDir dir;
        {
            LogFile log({dir.path(), QStringLiteral("casedesk"), 1024 * 1024, 1, false,
                         QStringLiteral("casedesk.store.info=false;casedesk.notices.debug=true")});
            qCDebug(lcSync) << "sync debug";
            qCInfo(lcSync) << "sync info";
            qCInfo(lcStore) << "store info";
            qCWarning(lcStore) << "store warning";
            qCDebug(lcNotices) << "notices debug";
        }
        const QString all
                = lines(dir.filePath(QStringLiteral("casedesk.log"))).join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QStringLiteral("sync debug"))); // debug is off by default
        QVERIFY(all.contains(QStringLiteral("sync info"))); // info is on
        QVERIFY(!all.contains(QStringLiteral("store info")));
        QVERIFY(all.contains(QStringLiteral("store warning")));
        QVERIFY(all.contains(QStringLiteral("notices debug")));
    }

    void theProfileSetsTheLog()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        profile.settings()->setValue(QStringLiteral("log/rules"),
                                     QStringLiteral("casedesk.sync.info=false"));
        {
            LogFile log(profile, QStringLiteral("casedesk"), false, true);
            QCOMPARE(log.path(), QDir(dir.path()).filePath(QStringLiteral("logs/casedesk.log")));
            qCInfo(lcSync) << "sync info";
            qCDebug(lcSecurity) << "security debug"; // --verbose
        }
        const QString all = lines(QDir(dir.path()).filePath(QStringLiteral("logs/casedesk.log")))
                                    .join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QStringLiteral("sync info")));
        QVERIFY(all.contains(QStringLiteral("security debug")));
        QLoggingCategory::setFilterRules({});
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
