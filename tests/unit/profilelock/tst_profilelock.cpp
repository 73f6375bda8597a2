#include "core/Profile.h"
#include "core/ProfileLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace casedesk;

namespace {
constexpr char kHoldEnv[] = "CASEDESK_TEST_HOLD_PROFILE";

// The other app: this binary started again with kHoldEnv set holds that profile, says "held"
// and answers "show" requests until it is killed.
int holdProfile(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Profile profile(qEnvironmentVariable(kHoldEnv));
    ProfileLock lock(profile);
    if (!lock.tryLock())
        return 3;
    QObject::connect(&lock, &ProfileLock::showRequested, [] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
    });
    std::fputs("held\n", stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
} // namespace

class TestProfileLock : public QObject
{
    Q_OBJECT

    // Starts the other app on `dir` and waits until it holds the profile.
    static bool startHolder(QProcess &holder, const QString &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kHoldEnv), dir);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        if (!holder.waitForStarted(5000))
            return false;
        while (!holder.canReadLine()) {
            if (!holder.waitForReadyRead(10000))
                return false;
        }
        return holder.readLine() == "held\n";
    }

private Q_SLOTS:
    void aSecondAppOnTheProfileIsRefusedAndBringsTheFirstForward()
    {
        QTemporaryDir dir;
        QProcess holder;
        QVERIFY(startHolder(holder, dir.path()));

        Profile profile(dir.path());
        ProfileLock second(profile);
        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        // The message names the process that holds the profile, so a user can find it.
        QVERIFY2(second.refusal().contains(QString::number(holder.processId())),
                 qPrintable(second.refusal()));
        QVERIFY(second.askHolderToShow());
        QVERIFY(holder.waitForReadyRead(5000));
        QCOMPARE(holder.readLine(), QByteArray("shown\n"));
        holder.kill();
        holder.waitForFinished();
    }

    void aProfileHeldAllDayStaysHeld()
    {
        QTemporaryDir dir;
        QProcess holder;
        QVERIFY(startHolder(holder, dir.path()));
        // The app was opened in the morning: its lock file is hours old, its process alive.
        QFile file(dir.filePath(QStringLiteral("casedesk.lock")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-8 * 3600),
                                 QFileDevice::FileModificationTime));
        file.close();

        Profile profile(dir.path());
        ProfileLock second(profile);
        QVERIFY(!second.tryLock());
        holder.kill();
        holder.waitForFinished();
    }

    void theLockOfAKilledAppIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess holder;
        QVERIFY(startHolder(holder, dir.path()));
        ::kill(pid_t(holder.processId()), SIGKILL); // no chance to remove its lock file
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("casedesk.lock"))));

        Profile profile(dir.path());
        ProfileLock next(profile);
        QVERIFY(next.tryLock());
        // And it is the next app's now: a third is refused.
        ProfileLock third(profile);
        QVERIFY(!third.tryLock());
    }

    void aClosedAppReleasesTheProfile()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        {
            ProfileLock first(profile);
            QVERIFY(first.tryLock());
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("casedesk.lock"))));
        ProfileLock again(profile);
        QVERIFY(again.tryLock());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kHoldEnv))
        return holdProfile(argc, argv);
    QCoreApplication app(argc, argv);
    TestProfileLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilelock.moc"
