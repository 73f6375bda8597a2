#include "Reconciler.h"

#include "CaseRefetch.h"

#include "core/Logging.h"
#include "platform/PlatformClient.h"
#include "store/CacheDigest.h"
#include "store/Quarantine.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <memory>

namespace casedesk {

QString CacheCheck::summary() const
{
    if (!compared)
        return QCoreApplication::translate("CacheCheck",
                                           "The cache could not be compared with the platform: "
                                           "%1")
                .arg(error);
    const int cases = int(differences.size());
    QString text;
    if (differences.isEmpty() && differingGroups == 0)
        text = QCoreApplication::translate(
                "CacheCheck", "The local cache matches the platform (%n groups compared).", nullptr,
                groups);
    else if (repaired > 0 && matchesNow)
        text = QCoreApplication::translate("CacheCheck",
                                           "The local cache differed from the platform in %n "
                                           "cases; they were fetched again and the cache now "
                                           "matches.",
                                           nullptr, cases);
    else if (repaired > 0)
        text = QCoreApplication::translate("CacheCheck",
                                           "The local cache differed from the platform in %n "
                                           "cases; they were fetched again, but the cache still "
                                           "differs (the platform may have changed meanwhile: "
                                           "check again after the next sync).",
                                           nullptr, cases);
    else
        text = QCoreApplication::translate("CacheCheck",
                                           "The local cache differs from the platform in %n cases.",
                                           nullptr, cases);
    if (quarantined > 0)
        text += QLatin1Char(' ')
                + QCoreApplication::translate("CacheCheck",
                                              "%n records from the platform could not be read "
                                              "and are set aside; they are fetched again at each "
                                              "sync.",
                                              nullptr, quarantined);
    if (!error.isEmpty())
        text += QLatin1Char(' ') + error;
    return text;
}

namespace {

struct Run
{
    PlatformClient &client;
    CaseStore &store;
    Database &db;
    bool repair;
    std::function<void(const CacheCheck &)> done;
    CacheCheck check;
    QList<DigestGroup> allDiffering;
    QList<DigestGroup> differing; // still to be named
    QHash<QString, qint64> platformVersions;
};

using RunPtr = std::shared_ptr<Run>;

void finish(const RunPtr &run)
{
    run->check.quarantined = Quarantine(run->db).count();
    qCInfo(lcSync).noquote() << "cache check:" << run->check.groups << "groups,"
                             << run->check.differingGroups << "differing,"
                             << run->check.differences.size() << "cases differ,"
                             << run->check.repaired << "repaired, matches now"
                             << run->check.matchesNow;
    run->done(run->check);
}

// The groups whose count or digest differ, on either side.
QList<DigestGroup> compare(const QList<DigestGroup> &platform, const QList<DigestGroup> &local)
{
    QHash<std::pair<QString, QString>, DigestGroup> mine;
    for (const DigestGroup &g : local)
        mine.insert({g.department, g.stage}, g);
    QList<DigestGroup> differing;
    for (const DigestGroup &g : platform) {
        const auto it = mine.constFind({g.department, g.stage});
        if (it == mine.cend() || it->count != g.count || it->digest != g.digest)
            differing.append(g);
        mine.remove({g.department, g.stage});
    }
    for (const DigestGroup &g : std::as_const(mine))
        differing.append(g);
    return differing;
}

void digestOnce(const RunPtr &run, std::function<void(const QList<DigestGroup> &)> then)
{
    run->client.fetchCacheDigest(
            [run, then](const QList<DigestGroup> &platform, const PlatformError &error) {
                if (error.isError()) {
                    run->check.error = error.message;
                    finish(run);
                    return;
                }
                QString readError;
                const auto local = CacheDigest(run->db).groups(&readError);
                if (!local) {
                    run->check.error = readError;
                    finish(run);
                    return;
                }
                run->check.groups = int(std::max(platform.size(), local->size()));
                then(compare(platform, *local));
            });
}

void repairAndRecheck(const RunPtr &run)
{
    QStringList ids;
    for (const CacheCheck::Difference &d : std::as_const(run->check.differences))
        ids.append(d.id);
    CaseRefetch::run(run->client, run->store, ids, [run](const CaseRefetch::Outcome &outcome) {
        run->check.repaired = int(outcome.kept.size() + outcome.gone.size());
        if (!outcome.error.isEmpty())
            run->check.error = outcome.error;
        digestOnce(run, [run](const QList<DigestGroup> &differing) {
            run->check.matchesNow = differing.isEmpty();
            finish(run);
        });
    });
}

// Names the cases of each differing group: asks the platform for its ids and versions.
void nameCases(const RunPtr &run)
{
    if (!run->differing.isEmpty()) {
        const DigestGroup group = run->differing.takeFirst();
        run->client.fetchDigestCases(
                group.department, group.stage,
                [run, group](const QList<CaseVersion> &cases, const PlatformError &error) {
                    if (error.isError()) {
                        run->check.error = error.message;
                        finish(run);
                        return;
                    }
                    for (const CaseVersion &v : cases)
                        run->platformVersions.insert(v.id, v.version);
                    nameCases(run);
                });
        return;
    }
    // Every case of a differing group, on either side: a case that moved stage leaves one
    // group and enters another, so both differ and it is named once.
    QHash<QString, qint64> localVersions;
    for (const DigestGroup &g : std::as_const(run->allDiffering)) {
        QString readError;
        const auto cases = CacheDigest(run->db).cases(g.department, g.stage, &readError);
        if (!cases) {
            run->check.error = readError;
            finish(run);
            return;
        }
        for (const CaseVersion &v : *cases)
            localVersions.insert(v.id, v.version);
    }
    for (auto it = run->platformVersions.cbegin(); it != run->platformVersions.cend(); ++it) {
        const qint64 local = localVersions.value(it.key(), -1);
        if (local != it.value())
            run->check.differences.append({it.key(), local, it.value()});
    }
    for (auto it = localVersions.cbegin(); it != localVersions.cend(); ++it) {
        if (!run->platformVersions.contains(it.key()))
            run->check.differences.append({it.key(), it.value(), -1});
    }
    std::sort(run->check.differences.begin(), run->check.differences.end(),
              [](const CacheCheck::Difference &a, const CacheCheck::Difference &b) {
                  return a.id < b.id;
              });
    if (run->repair && !run->check.differences.isEmpty()) {
        repairAndRecheck(run);
        return;
    }
    finish(run);
}

} // namespace

void Reconciler::run(PlatformClient &client, CaseStore &store, Database &db, bool repair,
                     std::function<void(const CacheCheck &)> done)
{
    auto state = std::make_shared<Run>(
            Run{client, store, db, repair, std::move(done), {}, {}, {}, {}});
    digestOnce(state, [state](const QList<DigestGroup> &differing) {
        state->check.compared = true;
        state->check.differingGroups = int(differing.size());
        if (differing.isEmpty()) {
            state->check.matchesNow = true;
            finish(state);
            return;
        }
        state->allDiffering = differing;
        state->differing = differing;
        nameCases(state);
    });
}

} // namespace casedesk
