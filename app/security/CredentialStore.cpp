#include "CredentialStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <utility>

#include <qt6keychain/keychain.h>

// From libsecret, which QtKeychain loads; its header would bring GLib's into Qt code.
extern "C" void secret_service_disconnect(void);

namespace casedesk {

namespace {
// The system's own text (in English, naming libsecret's internals) goes to the log; the user
// reads what happened and what to do.
QString keychainError(const QKeychain::Job *job)
{
    qCWarning(lcSecurity).noquote()
            << "keychain error" << int(job->error()) << "for"
            << job->key().section(QLatin1Char('#'), 0, 0) << "-" << job->errorString();
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("CredentialStore",
                                           "No keychain is available, so CaseDesk cannot "
                                           "remember your sign-in or its keys.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // A write into a locked login keyring answers so (libsecret: "a locked collection").
        return CredentialStore::lockedText();
    default:
        return QCoreApplication::translate("CredentialStore",
                                           "The keychain could not be used (error %1). The "
                                           "details are in the log.")
                .arg(int(job->error()));
    }
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Runs an asynchronous call to its end in a local event loop.
template<typename Result, typename Start>
Result waitFor(Start start)
{
    Result result{};
    bool finished = false;
    QEventLoop loop;
    start([&](Result value) {
        result = std::move(value);
        finished = true;
        loop.quit();
    });
    // A backend may answer before start() returns; then there is nothing to wait for.
    if (!finished)
        loop.exec();
    return result;
}
} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void CredentialStore::setAnswerWithin(std::chrono::milliseconds limit)
{
    m_answerWithin = limit;
}

QString CredentialStore::noAnswerText() const
{
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(m_answerWithin).count());
    return QCoreApplication::translate("CredentialStore",
                                       "The keychain did not answer within %n second(s). If it "
                                       "asks for your password, unlock it and try again.",
                                       nullptr, seconds);
}

void CredentialStore::run(std::function<QKeychain::Job *()> make,
                          std::function<void(QKeychain::Job *)> finished,
                          std::function<void()> silent)
{
    // A job waits as long as the keychain's unlock prompt stays open, and a keychain that
    // hangs would hold the caller for ever: after the limit the caller hears so, and the late
    // answer is dropped.
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(m_answerWithin, this, [answered, silent = std::move(silent)] {
        if (std::exchange(*answered, true))
            return;
        qCWarning(lcSecurity) << "the keychain did not answer";
        silent();
    });
    start(std::move(make), std::move(finished), answered, false);
}

void CredentialStore::start(std::function<QKeychain::Job *()> make,
                            std::function<void(QKeychain::Job *)> finished,
                            std::shared_ptr<bool> answered, bool again)
{
    QKeychain::Job *job = make();
    connect(job, &QKeychain::Job::finished, this, [=, this] {
        if (*answered)
            return;
        // libsecret keeps its session with the keyring daemon for the life of the process; a
        // daemon that died and was started again knows nothing of it ("the session does not
        // exist"), and every later call would fail. Forget it and ask once more.
        if (!again && job->error() == QKeychain::OtherError) {
            qCInfo(lcSecurity).noquote()
                    << "keychain error" << job->errorString() << "- reconnecting once";
            secret_service_disconnect();
            start(make, finished, answered, true);
            return;
        }
        *answered = true;
        finished(job);
    });
    job->start();
}

void CredentialStore::whenLocked(std::function<void(bool locked)> then)
{
    // libsecret reads an entry in a locked keyring as no entry at all: the keyring itself says
    // whether it is locked.
    QDBusMessage ask = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    ask << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(
            QDBusConnection::sessionBus().asyncCall(ask, kLockedAnswerMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [then = std::move(then)](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QDBusVariant> reply = *call;
                call->deleteLater();
                then(reply.isValid() && reply.value().variant().toBool());
            });
}

QString CredentialStore::lockedText()
{
    return QCoreApplication::translate("CredentialStore",
                                       "The keychain is locked or refused access. Unlock your "
                                       "login keyring and try again.");
}

void CredentialStore::read(const QString &key, ReadCallback done)
{
    run([this, key] { return makeJob<QKeychain::ReadPasswordJob>(m_service, key, this); },
        [this, done](QKeychain::Job *job) {
            if (job->error() == QKeychain::EntryNotFound)
                whenLocked([done](bool locked) {
                    done(std::nullopt, locked ? lockedText() : QString());
                });
            else if (job->error() != QKeychain::NoError)
                done(std::nullopt, keychainError(job));
            else
                done(static_cast<QKeychain::ReadPasswordJob *>(job)->textData(), {});
        },
        [this, done] { done(std::nullopt, noAnswerText()); });
}

void CredentialStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    run(
            [this, key, secret] {
                auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
                job->setTextData(secret);
                return job;
            },
            [done](QKeychain::Job *job) {
                done(job->error() == QKeychain::NoError,
                     job->error() == QKeychain::NoError ? QString() : keychainError(job));
            },
            [this, done] { done(false, noAnswerText()); });
}

void CredentialStore::remove(const QString &key, WriteCallback done)
{
    run([this, key] { return makeJob<QKeychain::DeletePasswordJob>(m_service, key, this); },
        [this, done](QKeychain::Job *job) {
            if (job->error() == QKeychain::EntryNotFound) {
                // Signing out of a locked keyring must not say "done" with the token still
                // in it.
                whenLocked(
                        [done](bool locked) { done(!locked, locked ? lockedText() : QString()); });
                return;
            }
            const bool ok = job->error() == QKeychain::NoError;
            done(ok, ok ? QString() : keychainError(job));
        },
        [this, done] { done(false, noAnswerText()); });
}

void CredentialStore::removeAll(const QStringList &keys,
                                std::function<void(const QStringList &errors)> done)
{
    if (keys.isEmpty()) {
        done({});
        return;
    }
    remove(keys.constFirst(), [this, rest = keys.mid(1), done](bool, const QString &error) {
        removeAll(rest, [error, done](QStringList errors) {
            if (!error.isEmpty())
                errors.prepend(error);
            done(errors);
        });
    });
}

std::optional<QString> CredentialStore::readNow(const QString &key, QString *error)
{
    using Result = std::pair<std::optional<QString>, QString>;
    const Result r = waitFor<Result>([&](auto finish) {
        read(key, [finish](const std::optional<QString> &secret, const QString &e) {
            finish(Result{secret, e});
        });
    });
    if (error)
        *error = r.second;
    return r.first;
}

bool CredentialStore::writeNow(const QString &key, const QString &secret, QString *error)
{
    using Result = std::pair<bool, QString>;
    const Result r = waitFor<Result>([&](auto finish) {
        write(key, secret, [finish](bool ok, const QString &e) { finish(Result{ok, e}); });
    });
    if (error)
        *error = r.second;
    return r.first;
}

bool CredentialStore::removeNow(const QString &key, QString *error)
{
    using Result = std::pair<bool, QString>;
    const Result r = waitFor<Result>([&](auto finish) {
        remove(key, [finish](bool ok, const QString &e) { finish(Result{ok, e}); });
    });
    if (error)
        *error = r.second;
    return r.first;
}

} // namespace casedesk
