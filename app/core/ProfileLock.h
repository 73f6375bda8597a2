#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>

namespace casedesk {

class Profile;

// One desktop app per profile. Two would be two writers of one cache and two sync engines
// pulling one feed, with two session locks and two sets of notices. The first app holds the
// lock file in the profile and listens for a second one, which asks it to come to the front and
// leaves. A lock left by a killed app is taken over: QLockFile sees that its process is gone.
// (casedesk-cli takes no lock: it shares the cache through SQLite's own locking, as a second
// reader or a short writer.)
class ProfileLock : public QObject
{
    Q_OBJECT
public:
    explicit ProfileLock(const Profile &profile, QObject *parent = nullptr);
    ~ProfileLock() override;

    // True when this process now holds the profile; then it listens for later instances.
    bool tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    // When tryLock() failed: asks the app holding the profile to show its window; true when it
    // answered within `timeoutMs`.
    bool askHolderToShow(int timeoutMs = 2000);
    // Why tryLock() failed, in words for the user (translated), naming the process and host.
    QString refusal() const;

Q_SIGNALS:
    // A second instance was started on this profile: bring the window to the front.
    void showRequested();

private:
    QString m_profileDir;
    QString m_serverName;
    QLockFile m_file;
    QLocalServer m_server;
    QLockFile::LockError m_error = QLockFile::NoError;
};

} // namespace casedesk
