#include "LocalData.h"

#include "AuditLog.h"
#include "CaseStore.h"
#include "Database.h"
#include "Outbox.h"
#include "core/Profile.h"
#include "deadlines/WorkCalendar.h"
#include "notices/NoticeStore.h"
#include "security/CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace casedesk::localdata {

QString unsentWork(const Profile &profile)
{
    if (!QFile::exists(profile.databasePath()))
        return {};
    Database db(profile.databasePath());
    if (!db.open(nullptr))
        return {};
    CaseStore store(db, WorkCalendar::builtIn());
    Outbox outbox(db, store);
    AuditLog audit(db);
    const int actions = int(outbox.items().size());
    const int entries = int(audit.entriesAfter(audit.pushedSeq(), 100000).size());
    const int notices = NoticeStore(db).unsentCount();
    QStringList parts;
    if (actions > 0)
        parts.append(QCoreApplication::translate("LocalData", "%n action(s) not yet sent", nullptr,
                                                 actions));
    if (notices > 0)
        parts.append(QCoreApplication::translate("LocalData", "%n notice(s) not yet uploaded",
                                                 nullptr, notices));
    if (entries > 0)
        parts.append(QCoreApplication::translate(
                "LocalData", "%n audit entry(s) the platform does not have yet", nullptr, entries));
    return parts.join(QStringLiteral("; "));
}

QStringList sessionKeys(const Profile &profile)
{
    return {profile.refreshTokenKey(), profile.unlockVerifierKey()};
}

QStringList dataKeys(const Profile &profile)
{
    // The department's signing means leave with the cases: this computer no longer issues.
    return {profile.dataKeyName(), profile.signingPasswordKey(), profile.sealKeyName()};
}

void forgetSession(const Profile &profile, CredentialStore &credentials)
{
    for (const QString &key : sessionKeys(profile))
        credentials.removeNow(key, nullptr);
}

bool removeFiles(const Profile &profile, QString *error)
{
    QStringList failed;
    const QString cache = profile.databasePath();
    const QStringList files{cache, cache + QStringLiteral("-wal"), cache + QStringLiteral("-shm"),
                            profile.signingCertificatePath()};
    for (const QString &file : files) {
        if (QFile::exists(file) && !QFile::remove(file))
            failed.append(file);
    }
    QDir vault(profile.vaultDir());
    if (vault.exists() && !vault.removeRecursively())
        failed.append(profile.vaultDir());
    if (failed.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("LocalData", "Could not remove: %1")
                         .arg(failed.join(QStringLiteral(", ")));
    return false;
}

bool wipe(const Profile &profile, CredentialStore &credentials, QString *error)
{
    forgetSession(profile, credentials);
    // The key first: from then on whatever is left on the disk cannot be read.
    const QStringList keys = dataKeys(profile);
    QString keyError;
    const bool keyGone = credentials.removeNow(keys.constFirst(), &keyError);
    for (const QString &key : keys.mid(1))
        credentials.removeNow(key, nullptr);
    QString filesError;
    const bool filesGone = removeFiles(profile, &filesError);
    if (keyGone && filesGone)
        return true;
    if (error) {
        QStringList problems;
        for (const QString &problem : {keyError, filesError}) {
            if (!problem.isEmpty())
                problems.append(problem);
        }
        *error = problems.join(QStringLiteral("; "));
    }
    return false;
}

} // namespace casedesk::localdata
