#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// A damaged cache file (Database::isMarkedDamaged) is not repaired in place: what the platform
// holds is fetched again, so the cache starts afresh, and what only this computer holds is
// carried over from the damaged file as far as SQLite can still read it — the outbox (actions
// not yet sent, and those discarded), the audit trail and how far it was sent, issued notices
// and reserved 文号 blocks, checklists, the vault's index. The damaged file is removed when all
// of that was read, and kept beside the new cache when some of it could not be.
class CacheRescue
{
public:
    struct Kept
    {
        QString table;
        int rows = 0;
    };

    // Where the damaged file went; empty when it was removed (everything was read).
    QString damagedCopy;
    QList<Kept> kept;
    QStringList unreadable; // tables of the list above that could not be read whole

    // Moves the damaged cache at `path` aside, creates a new one there and copies what only
    // this computer holds into it. nullopt with `error` when even the new cache cannot be made.
    static std::optional<CacheRescue> run(const QString &path, QString *error);

    int keptRows(const QString &table) const;
    // For the user (translated): what happened, what was kept, what was lost and where the
    // damaged file is.
    QString summary() const;
};

} // namespace casedesk
