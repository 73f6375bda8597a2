#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

// The applicants' files on this computer: each encrypted on its own (AES-256-GCM, a fresh nonce
// per file, the case and material bound into the tag) under the profile's vault/ folder, named by
// a hash so that even the names say nothing. They are decrypted into memory only. Files not kept
// for offline work are evicted, least recently used first, when the quota is exceeded.
class Vault
{
public:
    struct Entry
    {
        QByteArray mimeType;
        QByteArray content;
    };

    // `key` comes from the keychain; without it nothing can be stored or read.
    Vault(Database &db, QString dir, QByteArray key, qint64 quotaBytes);

    bool put(const QString &caseId, const QString &materialId, const QByteArray &mimeType,
             const QByteArray &content, bool keep, QString *error);
    std::optional<Entry> get(const QString &caseId, const QString &materialId, QString *error);

    // A stored file as the index knows it: enough to read and decrypt it on another thread,
    // so that opening a case of large scans never holds up the window.
    struct Sealed
    {
        QString path;
        QByteArray context;
        QByteArray mimeType;
    };
    // Finds a stored file and counts it as just used (for the eviction order).
    std::optional<Sealed> locate(const QString &caseId, const QString &materialId);
    // Reads and decrypts a located file. Touches no database: safe on any thread.
    static std::optional<QByteArray> open(const QByteArray &key, const Sealed &sealed,
                                          QString *error);
    bool contains(const QString &caseId, const QString &materialId) const;
    void setKept(const QString &caseId, bool keep);
    qint64 usedBytes() const;

    // The type of a file by its first bytes, whatever its name says; empty when unknown.
    static QByteArray detectType(const QByteArray &content);

private:
    QString pathFor(const QString &caseId, const QString &materialId) const;
    void evict();

    Database &m_db;
    QString m_dir;
    QByteArray m_key;
    qint64 m_quota;
};

} // namespace casedesk
