#include "CredentialStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace casedesk {

namespace {
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
                                           "remember your sign-in (%1).")
                .arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("CredentialStore", "The keychain refused access (%1).")
                .arg(job->errorString());
    default:
        return QCoreApplication::translate("CredentialStore", "The keychain failed: %1")
                .arg(job->errorString());
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

void CredentialStore::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else if (job->error() != QKeychain::NoError)
            done(std::nullopt, keychainError(job));
        else
            done(job->textData(), {});
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError,
             job->error() == QKeychain::NoError ? QString() : keychainError(job));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok
                = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : keychainError(job));
    });
    job->start();
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
