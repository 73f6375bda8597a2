#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace casedesk {

class PlatformClient;
class CaseStore;
class Database;

// What a comparison of the cache with the platform found (and, with repair, mended).
struct CacheCheck
{
    struct Difference
    {
        QString id;
        qint64 localVersion = -1; // -1: not in the cache
        qint64 platformVersion = -1; // -1: the platform does not hold it for the user
    };
    bool compared = false; // false: the comparison could not be made (error says why)
    int groups = 0; // department × stage groups compared
    int differingGroups = 0;
    QList<Difference> differences; // as found, before any repair
    int repaired = 0; // cases fetched again or dropped
    bool matchesNow = false; // after the repair, if any: the digests agree
    int quarantined = 0; // records set aside that the platform has not yet sent readable
    QString error;

    // One translated paragraph for the status bar and the CLI.
    QString summary() const;
};

// Reconciliation (docs/platform-api.yaml, /cache-digest): compares the cache's counts and
// digests per department and stage with the platform's; where a group differs, asks for its ids
// and versions to name the cases, and with `repair` fetches those again (or drops those the
// platform no longer holds), then compares once more.
class Reconciler
{
public:
    static void run(PlatformClient &client, CaseStore &store, Database &db, bool repair,
                    std::function<void(const CacheCheck &)> done);
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::CacheCheck)
