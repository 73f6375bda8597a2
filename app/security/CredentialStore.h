#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

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

private:
    QString m_service;
};

} // namespace casedesk
