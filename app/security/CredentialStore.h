#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
}

namespace casedesk {

// Secrets (the platform's refresh token, cache keys) in the operating system's keychain
// through QtKeychain. There is no plain-text fallback: without a keychain every call fails
// with a message saying so, and the caller works without remembering.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback
            = std::function<void(const std::optional<QString> &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    explicit CredentialStore(QString service = QStringLiteral("CaseDesk"),
                             QObject *parent = nullptr);

    // Every call answers within this time (two minutes by default: time to type a password
    // into the keychain's unlock prompt), with an error if the keychain did not.
    void setAnswerWithin(std::chrono::milliseconds limit);

    // `secret` is nullopt without an error when nothing is stored under `key`.
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, WriteCallback done);
    void remove(const QString &key, WriteCallback done);
    // Removes each key in turn; `done` gets the errors, empty when every one went.
    void removeAll(const QStringList &keys, std::function<void(const QStringList &errors)> done);

    // Blocking forms for the command line, which has nothing else to do meanwhile.
    std::optional<QString> readNow(const QString &key, QString *error);
    bool writeNow(const QString &key, const QString &secret, QString *error);
    bool removeNow(const QString &key, QString *error);

    static QString lockedText();

private:
    static constexpr int kLockedAnswerMs = 5000;

    void run(std::function<QKeychain::Job *()> make, std::function<void(QKeychain::Job *)> finished,
             std::function<void()> silent);
    void start(std::function<QKeychain::Job *()> make,
               std::function<void(QKeychain::Job *)> finished, std::shared_ptr<bool> answered,
               bool again);
    void whenLocked(std::function<void(bool locked)> then);
    QString noAnswerText() const;

    QString m_service;
    std::chrono::milliseconds m_answerWithin{std::chrono::minutes(2)};
};

} // namespace casedesk
