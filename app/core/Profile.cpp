#include "Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace casedesk {

namespace {
constexpr int kDefaultSyncIntervalSecs = 120;
constexpr int kMinSyncIntervalSecs = 10;
} // namespace

Profile Profile::fromEnvironment()
{
    const QString home = qEnvironmentVariable("CASEDESK_HOME");
    if (!home.isEmpty())
        return Profile(QDir(home).absolutePath());
    return Profile(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

Profile::Profile(QString dir) : m_dir(std::move(dir))
{
    QDir().mkpath(m_dir);
    // The cache names applicants and the folder may hold a damaged cache set aside: no one
    // else on the computer reads it, whatever the umask (a folder made by an older version
    // is closed too).
    if (QFileInfo(m_dir).isDir() && QFileInfo(m_dir).ownerId() == ::getuid())
        QFile::setPermissions(
                m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString Profile::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("cache.sqlite"));
}

std::unique_ptr<QSettings> Profile::settings() const
{
    return std::make_unique<QSettings>(QDir(m_dir).filePath(QStringLiteral("casedesk.ini")),
                                       QSettings::IniFormat);
}

QString Profile::systemConfigPath()
{
    const QString path = qEnvironmentVariable("CASEDESK_SYSTEM_CONFIG");
    return path.isEmpty() ? QStringLiteral(CASEDESK_SYSCONFDIR "/casedesk/casedesk.conf") : path;
}

QVariant Profile::setting(const QString &key, const QVariant &fallback) const
{
    const auto own = settings();
    if (own->contains(key))
        return own->value(key);
    const QSettings system(systemConfigPath(), QSettings::IniFormat);
    return system.value(key, fallback);
}

QUrl Profile::defaultServer() const
{
    const QUrl own = server();
    return own.isEmpty() ? QUrl(setting(QStringLiteral("platform/server")).toString()) : own;
}

QUrl Profile::server() const
{
    return QUrl(settings()->value(QStringLiteral("platform/server")).toString());
}

void Profile::setServer(const QUrl &server)
{
    settings()->setValue(QStringLiteral("platform/server"), server.toString());
}

QString Profile::userName() const
{
    return settings()->value(QStringLiteral("platform/user")).toString();
}

void Profile::setUserName(const QString &userName)
{
    settings()->setValue(QStringLiteral("platform/user"), userName);
}

QString Profile::displayName() const
{
    const QString name = settings()->value(QStringLiteral("platform/displayName")).toString();
    return name.isEmpty() ? userName() : name;
}

void Profile::setDisplayName(const QString &displayName)
{
    settings()->setValue(QStringLiteral("platform/displayName"), displayName);
}

QStringList Profile::roles() const
{
    return settings()->value(QStringLiteral("platform/roles")).toStringList();
}

void Profile::setRoles(const QStringList &roles)
{
    settings()->setValue(QStringLiteral("platform/roles"), roles);
}

namespace {
// The settings under department/ (as signed in) and notice/ (the administrator's overrides).
struct DepartmentField
{
    const char *key;
    QString DepartmentInfo::*member;
};
const DepartmentField kDepartmentFields[]{
        {"code", &DepartmentInfo::code},
        {"name", &DepartmentInfo::name},
        {"address", &DepartmentInfo::address},
        {"contactPhone", &DepartmentInfo::contactPhone},
        {"complaintPhone", &DepartmentInfo::complaintPhone},
        {"reconsiderationBody", &DepartmentInfo::reconsiderationBody},
        {"court", &DepartmentInfo::court},
        {"progressUrl", &DepartmentInfo::progressUrl},
};
} // namespace

DepartmentInfo Profile::department() const
{
    const auto s = settings();
    DepartmentInfo info;
    for (const DepartmentField &f : kDepartmentFields) {
        const QString key = QLatin1String(f.key);
        info.*f.member = setting(QStringLiteral("notice/") + key,
                                 s->value(QStringLiteral("department/") + key))
                                 .toString();
    }
    return info;
}

void Profile::setDepartment(const DepartmentInfo &department)
{
    const auto s = settings();
    for (const DepartmentField &f : kDepartmentFields)
        s->setValue(QStringLiteral("department/") + QLatin1String(f.key), department.*f.member);
}

QString Profile::signingCertificatePath() const
{
    return setting(QStringLiteral("notice/signingCertificate"),
                   QDir(m_dir).filePath(QStringLiteral("notice-signing.p12")))
            .toString();
}

QString Profile::trustedSigningCaPath() const
{
    return setting(QStringLiteral("notice/trustedCa"),
                   QDir(m_dir).filePath(QStringLiteral("notice-signing-ca.pem")))
            .toString();
}

QString Profile::signingPasswordKey() const
{
    return QStringLiteral("notice-signing#") + folderTag();
}

QString Profile::sealKeyName() const
{
    return QStringLiteral("notice-seal-sm2#") + folderTag();
}

QString Profile::approvalKeyName() const
{
    return QStringLiteral("approval-sm2#") + folderTag();
}

QString Profile::sealImagePath() const
{
    return setting(QStringLiteral("notice/sealImage")).toString();
}

QString Profile::templatesDir() const
{
    return setting(QStringLiteral("notice/templates"),
                   QDir(m_dir).filePath(QStringLiteral("templates")))
            .toString();
}

QString Profile::language() const
{
    return setting(QStringLiteral("ui/language")).toString();
}

int Profile::syncIntervalSeconds() const
{
    const int secs
            = setting(QStringLiteral("sync/intervalSeconds"), kDefaultSyncIntervalSecs).toInt();
    return std::max(secs, kMinSyncIntervalSecs);
}

WarningPolicy Profile::warningPolicy() const
{
    WarningPolicy policy;
    policy.days = std::clamp(setting(QStringLiteral("deadlines/yellowDays"), policy.days).toInt(),
                             0, 30);
    policy.percent = std::clamp(
            setting(QStringLiteral("deadlines/yellowPercent"), policy.percent).toInt(), 0, 100);
    return policy;
}

TlsPolicy Profile::tlsPolicy() const
{
    TlsPolicy policy;
    // A relative path is read from the folder of the file that names it: the profile, or
    // /etc/casedesk where an administrator rolls it out for every user.
    const bool own = settings()->contains(QStringLiteral("tls/caBundle"));
    const QString bundle = setting(QStringLiteral("tls/caBundle")).toString();
    const QDir base = own ? QDir(m_dir) : QFileInfo(systemConfigPath()).dir();
    policy.caBundlePath = bundle.isEmpty() ? QString() : base.absoluteFilePath(bundle);
    policy.pins = TlsPolicy::parsePins(setting(QStringLiteral("tls/pins")).toStringList());
    return policy;
}

QString Profile::dataKeyName() const
{
    // The name is from the days the key sealed only the vault; keychains keep it.
    return QStringLiteral("vault-key#%1").arg(folderTag());
}

QString Profile::folderTag() const
{
    // The profile folder is part of keychain keys, so two profiles never share a secret.
    return QString::fromLatin1(
            QCryptographicHash::hash(m_dir.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QString Profile::vaultDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("vault"));
}

qint64 Profile::vaultQuotaBytes() const
{
    const qint64 mib = setting(QStringLiteral("vault/quotaMiB"), 2048).toLongLong();
    return std::max<qint64>(mib, 16) * 1024 * 1024;
}

qint64 Profile::uploadChunkBytes() const
{
    const qint64 kib = setting(QStringLiteral("upload/chunkKiB"), 1024).toLongLong();
    return std::clamp<qint64>(kib, 64, 8192) * 1024;
}

QString Profile::unlockVerifierKey() const
{
    return QStringLiteral("unlock-verifier#%1").arg(folderTag());
}

int Profile::lockAfterMinutes() const
{
    constexpr int kDefaultLockMinutes = 10;
    return std::clamp(
            setting(QStringLiteral("session/lockAfterMinutes"), kDefaultLockMinutes).toInt(), 0,
            24 * 60);
}

QString Profile::deviceId() const
{
    auto s = settings();
    QString id = s->value(QStringLiteral("platform/deviceId")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s->setValue(QStringLiteral("platform/deviceId"), id);
    }
    return id;
}

QString Profile::refreshTokenKey() const
{
    return QStringLiteral("refresh-token:%1@%2#%3")
            .arg(userName(), server().toString(QUrl::RemoveUserInfo), folderTag());
}

} // namespace casedesk
