#include "Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

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
        info.*f.member = s->value(QStringLiteral("notice/") + key,
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
    return settings()
            ->value(QStringLiteral("notice/signingCertificate"),
                    QDir(m_dir).filePath(QStringLiteral("notice-signing.p12")))
            .toString();
}

QString Profile::trustedSigningCaPath() const
{
    return settings()
            ->value(QStringLiteral("notice/trustedCa"),
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
    return settings()->value(QStringLiteral("notice/sealImage")).toString();
}

QString Profile::templatesDir() const
{
    return settings()
            ->value(QStringLiteral("notice/templates"),
                    QDir(m_dir).filePath(QStringLiteral("templates")))
            .toString();
}

QString Profile::language() const
{
    return settings()->value(QStringLiteral("ui/language")).toString();
}

int Profile::syncIntervalSeconds() const
{
    const int secs
            = settings()
                      ->value(QStringLiteral("sync/intervalSeconds"), kDefaultSyncIntervalSecs)
                      .toInt();
    return std::max(secs, kMinSyncIntervalSecs);
}

WarningPolicy Profile::warningPolicy() const
{
    auto s = settings();
    WarningPolicy policy;
    policy.days = std::clamp(s->value(QStringLiteral("deadlines/yellowDays"), policy.days).toInt(),
                             0, 30);
    policy.percent = std::clamp(
            s->value(QStringLiteral("deadlines/yellowPercent"), policy.percent).toInt(), 0, 100);
    return policy;
}

TlsPolicy Profile::tlsPolicy() const
{
    auto s = settings();
    TlsPolicy policy;
    const QString bundle = s->value(QStringLiteral("tls/caBundle")).toString();
    // A relative path is read from the profile folder, where an administrator rolls it out.
    policy.caBundlePath = bundle.isEmpty() ? QString() : QDir(m_dir).absoluteFilePath(bundle);
    policy.pins = TlsPolicy::parsePins(s->value(QStringLiteral("tls/pins")).toStringList());
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
    const qint64 mib = settings()->value(QStringLiteral("vault/quotaMiB"), 2048).toLongLong();
    return std::max<qint64>(mib, 16) * 1024 * 1024;
}

QString Profile::unlockVerifierKey() const
{
    return QStringLiteral("unlock-verifier#%1").arg(folderTag());
}

int Profile::lockAfterMinutes() const
{
    constexpr int kDefaultLockMinutes = 10;
    return std::clamp(
            settings()
                    ->value(QStringLiteral("session/lockAfterMinutes"), kDefaultLockMinutes)
                    .toInt(),
            0, 24 * 60);
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
