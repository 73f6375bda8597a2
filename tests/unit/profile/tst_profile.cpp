#include "core/Profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace casedesk;

// An administrator presets settings for every user of a machine in /etc/casedesk/casedesk.conf
// (the package's conffile); a user's own profile still has the last word.
class TestProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_etc;

private Q_SLOTS:
    void initTestCase()
    {
        QFile conf(m_etc.filePath(QStringLiteral("casedesk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[platform]\nserver=https://zwfw.example.gov.cn\n"
                   "[sync]\nintervalSeconds=300\n"
                   "[tls]\ncaBundle=district-ca.pem\n"
                   "[session]\nlockAfterMinutes=5\n"
                   "[notice]\ncourt=兰州市城关区人民法院\n");
        conf.close();
        qputenv("CASEDESK_SYSTEM_CONFIG", conf.fileName().toUtf8());
    }

    // Other users of the computer cannot read the cache's applicants, even with a permissive
    // umask or a folder an older version made open.
    void theProfileFolderIsTheOwnersAlone()
    {
        QTemporaryDir root;
        const QString fresh = root.filePath(QStringLiteral("new/casedesk"));
        const mode_t before = ::umask(022);
        Profile made(fresh);
        ::umask(before);
        const auto ownerOnly
                = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup
                | QFileDevice::ExeOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(fresh) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(fresh) & ownerOnly, ownerOnly);
        const QString old = root.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(old));
        QVERIFY(QFile::setPermissions(old,
                                      ownerOnly | QFileDevice::ReadOther | QFileDevice::ExeOther));
        Profile reopened(old);
        QCOMPARE(QFile::permissions(old) & others, QFileDevice::Permissions());
    }

    void theMachineSetsWhatTheProfileLeavesOpen()
    {
        QTemporaryDir home;
        Profile profile(home.path());
        QCOMPARE(profile.syncIntervalSeconds(), 300);
        QCOMPARE(profile.lockAfterMinutes(), 5);
        QCOMPARE(profile.department().court, QStringLiteral("兰州市城关区人民法院"));
        // A bundle named in /etc is read from there, not from the user's profile.
        QCOMPARE(profile.tlsPolicy().caBundlePath,
                 m_etc.filePath(QStringLiteral("district-ca.pem")));
        // The sign-in offers the machine's server; the profile is not signed in to it.
        QCOMPARE(profile.defaultServer(), QUrl(QStringLiteral("https://zwfw.example.gov.cn")));
        QVERIFY(profile.server().isEmpty());
        QCOMPARE(profile.vaultQuotaBytes(), 2048LL * 1024 * 1024); // neither: the default
    }

    void theProfileHasTheLastWord()
    {
        QTemporaryDir home;
        Profile profile(home.path());
        profile.settings()->setValue(QStringLiteral("sync/intervalSeconds"), 60);
        profile.settings()->setValue(QStringLiteral("tls/caBundle"), QStringLiteral("mine.pem"));
        profile.setServer(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(profile.syncIntervalSeconds(), 60);
        QCOMPARE(profile.tlsPolicy().caBundlePath,
                 QDir(home.path()).filePath(QStringLiteral("mine.pem")));
        QCOMPARE(profile.defaultServer(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(profile.lockAfterMinutes(), 5);
    }

    void aMissingMachineFileChangesNothing()
    {
        qputenv("CASEDESK_SYSTEM_CONFIG", m_etc.filePath(QStringLiteral("absent.conf")).toUtf8());
        QTemporaryDir home;
        Profile profile(home.path());
        QCOMPARE(profile.syncIntervalSeconds(), 120);
        QVERIFY(profile.defaultServer().isEmpty());
        QVERIFY(profile.tlsPolicy().caBundlePath.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
