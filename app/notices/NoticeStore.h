#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

// One issued notice as the register keeps it; the signed PDF is in the vault.
struct IssuedNotice
{
    enum class State { Pending, Uploaded, Rejected };
    qint64 id = 0;
    QString caseId;
    QString kind;
    QString number; // 文号
    QDateTime issuedAt;
    QString issuedBy;
    QString sha256;
    qint64 size = 0;
    QJsonObject sealRecord;
    std::optional<qint64> replaces; // a reissue: the notice it replaces
    State state = State::Pending;
    QString platformId;
    QString lastError;
};

// The register of issued notices in the cache: what was issued on which case, which notice a
// reissue replaced, and whether the platform has it yet.
class NoticeStore
{
public:
    explicit NoticeStore(Database &db) : m_db(db) { }

    std::optional<qint64> add(const IssuedNotice &notice, QString *error);
    std::optional<IssuedNotice> notice(qint64 id) const;
    // Newest first.
    QList<IssuedNotice> forCase(const QString &caseId) const;
    // The notice of this kind on the case that no later notice replaced.
    std::optional<IssuedNotice> current(const QString &caseId, const QString &kind) const;
    // The oldest notice the platform does not have yet, of a case with no action still queued.
    std::optional<IssuedNotice> nextUnsent() const;
    int unsentCount() const;
    bool markUploaded(qint64 id, const QString &platformId);
    bool markRejected(qint64 id, const QString &message);
    bool noteError(qint64 id, const QString &message);

    // The vault's name for a notice's PDF (the vault keys files by case and material).
    static QString vaultId(qint64 id) { return QStringLiteral("notice-%1").arg(id); }

private:
    Database &m_db;
};

} // namespace casedesk
