#pragma once

#include "platform/PlatformTypes.h"

#include <QList>
#include <optional>

namespace casedesk {

class Database;

// Reconciliation, the cache's side: per department and stage (the platform's stage, not one a
// pending local action shows), the number of cases and a SHA-256 over "id:version\n" in
// ascending id order. The platform computes the same over what it holds (GET /cache-digest);
// where a group differs, its ids and versions show which cases to fetch again.
class CacheDigest
{
public:
    explicit CacheDigest(Database &db) : m_db(db) { }

    std::optional<QList<DigestGroup>> groups(QString *error) const;
    std::optional<QList<CaseVersion>> cases(const QString &department, const QString &stage,
                                            QString *error) const;

private:
    Database &m_db;
};

} // namespace casedesk
