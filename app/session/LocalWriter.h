#pragma once

#include "sync/ActionService.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace casedesk {

class Profile;

// The window's workflow actions, checked and written to the outbox on a thread of its own
// with its own connection to the cache. While the sync engine holds the cache's write lock for
// a page, the window's thread waits for nothing: the answer comes back to the caller's thread.
class LocalWriter : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ActionService::Result &result)>;

    // Over the profile's cache; the profile outlives the writer.
    explicit LocalWriter(Profile &profile, QObject *parent = nullptr);
    ~LocalWriter() override;

    // As ActionService::take; `done` runs on this object's thread once the action is written
    // (or refused, with the reasons).
    void takeAction(const QString &caseId, Role role, const QString &user, const QString &verb,
                    const QJsonObject &payload, Done done);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace casedesk
