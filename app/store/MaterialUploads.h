#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;
class Vault;

// One revision of a file on its way to the platform (资料上传).
struct MaterialUpload
{
    enum class State { Pending, Done, Rejected, Discarded };
    qint64 id = 0;
    QString caseId; // where it goes: the provisional id until the platform created the case
    QString vaultCase; // the vault keeps the file under (vaultCase, vaultId)
    QString slot; // what it is in the case (intake-0, receipt): revisions of one slot are versions
    int revision = 1;
    QString vaultId;
    QString name;
    QString fileName;
    QString category; // "material" or "receipt"
    QByteArray mimeType;
    qint64 size = 0;
    QString sha256;
    QString idempotencyKey;
    QString uploadId; // the platform's, once announced
    qint64 received = 0; // bytes the platform confirmed
    State state = State::Pending;
    QString materialId; // the platform's, once complete
    int version = 0;
    int attempts = 0;
    QString lastError;
    QString user;
    QDateTime createdAt;
};

// Files to send to the platform, kept in SQLite from the moment they are taken until the
// platform holds them whole. A revision is sent once; a file changed after it was taken is a new
// revision, sent as a new version of the platform's material, never over the old one. The file
// itself waits in the encrypted vault, a copy per revision, so the bytes announced are the
// bytes sent.
class MaterialUploads
{
public:
    explicit MaterialUploads(Database &db);

    struct File
    {
        QString caseId; // the case the vault keeps it under (a counter case: its provisional id)
        QString slot;
        QString name;
        QString fileName;
        QString category = QStringLiteral("material");
        QByteArray mimeType;
        QByteArray content;
        QString user;
    };
    // Keeps `file` in the vault and queues it, unless the slot's last revision has the same
    // bytes (then that revision is answered and nothing is added).
    std::optional<MaterialUpload> queue(Vault &vault, const File &file, const QDateTime &now,
                                        QString *error);

    // The next revision to send: the oldest pending one of a case the platform has, due, whose
    // earlier revisions are done (a new version names the one it replaces).
    std::optional<MaterialUpload> nextDue(const QDateTime &now) const;
    // The platform's id of the material the revision before `upload` became; empty for the
    // first revision.
    QString replacedMaterial(const MaterialUpload &upload) const;

    bool setAnnounced(qint64 id, const QString &uploadId, qint64 received);
    bool setReceived(qint64 id, qint64 received);
    // The platform lost or refused the bytes it had: announce and send again from nothing.
    bool restart(qint64 id, const QString &message);
    bool markDone(qint64 id, const QString &materialId, int version, const QDateTime &now);
    bool reschedule(qint64 id, const QDateTime &next, const QString &message);
    bool markRejected(qint64 id, const QString &message);
    // Files kept for a registration that did not happen: never sent.
    bool discardCase(const QString &caseId);

    // The newest revision of `slot` kept for the case the vault knows as `vaultCase`.
    std::optional<MaterialUpload> latest(const QString &vaultCase, const QString &slot) const;
    // Every revision of a case (by either id), or every one, oldest first.
    QList<MaterialUpload> items(const QString &caseId = {}) const;
    int pendingCount() const;
    int rejectedCount() const;

private:
    bool update(const QString &sql, const QVariantList &values);
    Database &m_db;
};

QString uploadStateName(MaterialUpload::State state);

} // namespace casedesk
