// A keychain that locks, disappears or stops answering while CaseDesk runs. The test has a
// D-Bus session of its own (the test command runs it under dbus-run-session), so it can lock
// and kill its keyring without touching the other tests' one.
#include "security/CredentialStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace std::chrono_literals;

namespace {
constexpr char kSecrets[] = "org.freedesktop.secrets";
constexpr char kPassword[] = "casedesk-test";

// A Secret Service that takes every call and never answers, as a frozen keyring daemon would.
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true; // handled: no reply, ever
    }
    int calls = 0;
};
} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    CredentialStore m_store{QStringLiteral("CaseDesk-test")};
    const QString m_key = QStringLiteral("refresh-token");

    bool startKeyring(const QStringList &extra = {})
    {
        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     QStringList{QStringLiteral("--unlock"), QStringLiteral("--components=secrets")}
                             + extra);
        daemon.write(kPassword);
        daemon.closeWriteChannel();
        return daemon.waitForFinished(30000) && daemon.exitCode() == 0;
    }

    static bool lockLoginKeyring()
    {
        // A plain method call: a QDBusInterface would introspect the service and keep the
        // interface's meta-object for the process's life (LeakSanitizer reports it).
        QDBusMessage lock = QDBusMessage::createMethodCall(
                QLatin1String(kSecrets), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath>{
                QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
        const QDBusMessage answer = QDBusConnection::sessionBus().call(lock);
        return answer.type() == QDBusMessage::ReplyMessage;
    }

    static qint64 keyringPid()
    {
        const QDBusReply<uint> pid
                = QDBusConnection::sessionBus().interface()->servicePid(QLatin1String(kSecrets));
        return pid.isValid() ? pid.value() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session (the test command does)");
        QVERIFY2(startKeyring(), "gnome-keyring-daemon did not start");
        QString error;
        QVERIFY2(m_store.writeNow(m_key, QStringLiteral("token-1"), &error), qPrintable(error));
    }

    // The login keyring is locked while CaseDesk runs (the screen locker, the user): a read and
    // the write of a renewed token say so, at once, in words that name what to do.
    void aLockedKeychainIsNamedAtOnce()
    {
        QVERIFY(lockLoginKeyring());
        QElapsedTimer took;
        took.start();
        QString error;
        QCOMPARE(m_store.readNow(m_key, &error), std::nullopt);
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("collection")), qPrintable(error)); // no system text
        QVERIFY(!m_store.writeNow(m_key, QStringLiteral("token-2"), &error));
        QVERIFY2(error.contains(QLatin1String("Unlock")), qPrintable(error));
        QVERIFY(took.elapsed() < 20000);
    }

    // Unlocked again, the keychain holds what it held: the failed write changed nothing.
    void anUnlockedKeychainWorksAgain()
    {
        QVERIFY2(startKeyring({QStringLiteral("--replace")}), "the keyring did not come back");
        QString error;
        QTRY_COMPARE_WITH_TIMEOUT(m_store.readNow(m_key, &error),
                                  std::optional<QString>(QStringLiteral("token-1")), 10000);
        QVERIFY(m_store.writeNow(m_key, QStringLiteral("token-2"), &error));
    }

    // The daemon dies. D-Bus starts a new one, whose keyring is locked: the same clear words,
    // not a hang and not a crash.
    void aKeychainThatDisappearsIsNamed()
    {
        const qint64 pid = keyringPid();
        QVERIFY(pid > 0);
        QVERIFY(QProcess::execute(QStringLiteral("kill"), {QString::number(pid)}) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(keyringPid() != pid, 10000);
        QString error;
        QCOMPARE(m_store.readNow(m_key, &error), std::nullopt);
        QVERIFY2(!error.isEmpty(), "a vanished keychain read as 'nothing stored'");
        QVERIFY2(!error.contains(QLatin1String("collection")), qPrintable(error));
    }

    // A keyring that takes the call and never answers (frozen, or an unlock prompt nobody
    // answers) holds no caller beyond the limit: the approval or the sign-in hears so.
    void aKeychainThatNeverAnswersIsGivenUpOn()
    {
        if (const qint64 pid = keyringPid())
            QProcess::execute(QStringLiteral("kill"), {QString::number(pid)});
        QTRY_COMPARE_WITH_TIMEOUT(keyringPid(), 0, 10000);
        SilentSecretService silent;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerService(QLatin1String(kSecrets)));
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &silent,
                                          QDBusConnection::SubPath));
        m_store.setAnswerWithin(2s);
        QElapsedTimer took;
        took.start();
        QString error;
        QCOMPARE(m_store.readNow(m_key, &error), std::nullopt);
        QVERIFY2(error.contains(QLatin1String("did not answer")), qPrintable(error));
        QVERIFY(!m_store.writeNow(m_key, QStringLiteral("token-3"), &error));
        QVERIFY2(error.contains(QLatin1String("did not answer")), qPrintable(error));
        QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
        QVERIFY(silent.calls > 0); // the store did ask the silent keyring
        bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"),
                             QDBusConnection::UnregisterTree);
        bus.unregisterService(QLatin1String(kSecrets));
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
