#include "Vault.h"

#include "Database.h"
#include "security/Cipher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace casedesk {

namespace {
// When a file was last used, for evicting the least recently used: the clock's milliseconds, but
// never earlier than the latest use recorded, so a clock put back (or slewed) cannot make the
// file just opened look like the oldest one.
const QString kUseStamp = QStringLiteral("MAX(?, (SELECT COALESCE(MAX(last_used), 0) + 1 FROM vault))");
} // namespace

namespace {
QByteArray context(const QString &caseId, const QString &materialId)
{
    return (caseId + QLatin1Char('/') + materialId).toUtf8();
}
} // namespace

Vault::Vault(Database &db, QString dir, QByteArray key, qint64 quotaBytes)
    : m_db(db), m_dir(std::move(dir)), m_key(std::move(key)), m_quota(quotaBytes)
{
    QDir().mkpath(m_dir);
}

QString Vault::pathFor(const QString &caseId, const QString &materialId) const
{
    const QByteArray name = QCryptographicHash::hash(context(caseId, materialId), QCryptographicHash::Sha256).toHex();
    return QDir(m_dir).filePath(QString::fromLatin1(name));
}

QByteArray Vault::detectType(const QByteArray &c)
{
    if (c.startsWith("%PDF-"))
        return "application/pdf";
    if (c.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    if (c.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (c.startsWith("II*\0") || c.startsWith(QByteArray("MM\0*", 4)))
        return "image/tiff";
    if (c.startsWith("BM"))
        return "image/bmp";
    if (c.startsWith("GIF8"))
        return "image/gif";
    // OFD (GB/T 33190) is a zip package with OFD.xml at its root. A zip's entries are named in
    // its local headers and again in the directory at its end, so the name is found anywhere.
    if (c.startsWith("PK\x03\x04") && c.contains("OFD.xml"))
        return "application/ofd";
    return {};
}

bool Vault::put(const QString &caseId, const QString &materialId, const QByteArray &mimeType,
                const QByteArray &content, bool keep, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QByteArray sealed = cipher::seal(m_key, content, context(caseId, materialId));
    if (sealed.isEmpty())
        return fail(QCoreApplication::translate("Vault", "The file could not be encrypted."));
    const QString path = pathFor(caseId, materialId);
    // Written whole or not at all: a crash never leaves half a file behind a valid index row.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed) != sealed.size() || !file.commit()) {
        // The system's words ("No space left on device") are English; a full disk is said.
        if (QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < sealed.size())
            return fail(QCoreApplication::translate("Vault", "The file could not be stored: %1")
                                .arg(Database::diskFullText()));
        return fail(QCoreApplication::translate("Vault", "The file could not be stored: %1").arg(file.errorString()));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO vault(case_id, material_id, file, mime, size, stored_size, last_used, keep) "
                             "VALUES (?, ?, ?, ?, ?, ?, ")
              + kUseStamp
              + QStringLiteral(", ?) ON CONFLICT(case_id, material_id) DO UPDATE SET "
                               "mime = excluded.mime, size = excluded.size, stored_size = excluded.stored_size, "
                               "last_used = excluded.last_used, keep = MAX(keep, excluded.keep)"));
    q.addBindValue(caseId);
    q.addBindValue(materialId);
    q.addBindValue(QFileInfo(path).fileName());
    q.addBindValue(mimeType);
    q.addBindValue(content.size());
    q.addBindValue(sealed.size());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(keep ? 1 : 0);
    if (!Database::exec(q))
        return fail(QCoreApplication::translate("Vault", "The file could not be indexed: %1")
                            .arg(Database::errorText(q.lastError())));
    evict();
    return true;
}

std::optional<Vault::Entry> Vault::get(const QString &caseId, const QString &materialId, QString *error)
{
    const std::optional<Sealed> sealed = locate(caseId, materialId);
    if (!sealed)
        return std::nullopt;
    std::optional<QByteArray> plain = open(m_key, *sealed, error);
    if (!plain)
        return std::nullopt;
    return Entry{sealed->mimeType, std::move(*plain)};
}

std::optional<Vault::Sealed> Vault::locate(const QString &caseId, const QString &materialId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mime FROM vault WHERE case_id = ? AND material_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(materialId);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    Sealed sealed{pathFor(caseId, materialId), context(caseId, materialId), q.value(0).toByteArray()};
    q.prepare(QStringLiteral("UPDATE vault SET last_used = ") + kUseStamp
              + QStringLiteral(" WHERE case_id = ? AND material_id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(caseId);
    q.addBindValue(materialId);
    Database::exec(q);
    return sealed;
}

std::optional<QByteArray> Vault::open(const QByteArray &key, const Sealed &sealed, QString *error)
{
    QFile file(sealed.path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Vault", "The stored file is missing; it will be downloaded again.");
        return std::nullopt;
    }
    auto plain = cipher::open(key, file.readAll(), sealed.context);
    if (!plain) {
        if (error)
            *error = QCoreApplication::translate("Vault", "The stored file was altered or the key is wrong; it is not shown.");
        return std::nullopt;
    }
    return plain;
}

bool Vault::contains(const QString &caseId, const QString &materialId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM vault WHERE case_id = ? AND material_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(materialId);
    return Database::exec(q) && q.next() && QFile::exists(pathFor(caseId, materialId));
}

void Vault::setKept(const QString &caseId, bool keep)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE vault SET keep = ? WHERE case_id = ?"));
    q.addBindValue(keep ? 1 : 0);
    q.addBindValue(caseId);
    Database::exec(q);
    if (!keep)
        evict();
}

qint64 Vault::usedBytes() const
{
    QSqlQuery q(m_db.connection());
    if (Database::exec(q, QStringLiteral("SELECT COALESCE(SUM(stored_size), 0) FROM vault")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void Vault::evict()
{
    qint64 used = usedBytes();
    if (used <= m_quota)
        return;
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q, QStringLiteral("SELECT case_id, material_id, stored_size FROM vault WHERE keep = 0 "
                                          "ORDER BY last_used")))
        return;
    QList<std::tuple<QString, QString, qint64>> victims;
    while (used > m_quota && q.next()) {
        victims.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
        used -= q.value(2).toLongLong();
    }
    q.finish();
    QSqlQuery drop(m_db.connection());
    drop.prepare(QStringLiteral("DELETE FROM vault WHERE case_id = ? AND material_id = ?"));
    for (const auto &[caseId, materialId, size] : victims) {
        QFile::remove(pathFor(caseId, materialId));
        drop.addBindValue(caseId);
        drop.addBindValue(materialId);
        Database::exec(drop);
    }
}

} // namespace casedesk
