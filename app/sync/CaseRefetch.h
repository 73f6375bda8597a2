#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace casedesk {

class PlatformClient;
class CaseStore;

// Fetches cases again by id, one after the other, and keeps each as the platform answers it:
// a readable record replaces the cached one, a case the platform no longer holds for the user
// leaves the cache, an unreadable one is named. Stops at the first other failure (a dead
// network, a full disk) with what it did so far.
struct CaseRefetch
{
    struct Outcome
    {
        QStringList kept;
        QStringList gone;
        QList<std::pair<QString, QString>> unreadable; // id, error
        QString error; // why it stopped early; empty when every id was tried
    };
    static void run(PlatformClient &client, CaseStore &store, QStringList ids,
                    std::function<void(const Outcome &)> done);
};

} // namespace casedesk
