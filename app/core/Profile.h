#pragma once

#include "deadlines/StageDeadline.h"
#include "platform/PlatformTypes.h"
#include "security/TlsPolicy.h"

#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace casedesk {

// The folder that holds one user's cache and settings. CASEDESK_HOME selects it for every
// executable (tests, the demo, a second account); otherwise it is the platform's app data folder.
class Profile
{
public:
    static Profile fromEnvironment();
    explicit Profile(QString dir);

    QString dir() const { return m_dir; }
    QString databasePath() const;
    std::unique_ptr<QSettings> settings() const;
    // A setting of this profile, else of the machine's configuration (systemConfigPath(), the
    // package's conffile /etc/casedesk/casedesk.conf, which an administrator edits for every
    // user), else `fallback`.
    QVariant setting(const QString &key, const QVariant &fallback = {}) const;
    static QString systemConfigPath();

    QUrl server() const;
    // The server the sign-in offers: this profile's, else the machine's platform/server.
    QUrl defaultServer() const;
    void setServer(const QUrl &server);
    QString userName() const;
    void setUserName(const QString &userName);
    // The user's name as printed on notices (the platform's displayName; the user name when the
    // platform gave none).
    QString displayName() const;
    void setDisplayName(const QString &displayName);
    // As the platform's `me` said at sign-in; the platform checks them again on every call.
    QStringList roles() const;
    void setRoles(const QStringList &roles);
    // "zh_CN", "en" or empty for the system's choice.
    QString language() const;
    int syncIntervalSeconds() const;
    WarningPolicy warningPolicy() const;
    // tls/caBundle (a PEM file) and tls/pins (sha256/BASE64 of public keys).
    TlsPolicy tlsPolicy() const;

    // This installation's id on the platform (the audit trail is kept per device), made once.
    QString deviceId() const;

    // Where the refresh token of this profile's account lives in the keychain.
    QString refreshTokenKey() const;
    // Where the keychain keeps the verifier that unlocks a locked session
    // (security/UnlockVerifier).
    QString unlockVerifierKey() const;
    // Idle minutes before the session locks; 0 never. Default 10.
    int lockAfterMinutes() const;
    // Where the data key (security/DataKey) lives in the keychain; the vault's folder and quota.
    QString dataKeyName() const;
    QString vaultDir() const;
    qint64 vaultQuotaBytes() const;
    // The largest piece of a file sent to the platform at once (upload/chunkKiB, 64 to 8192,
    // default 1024): smaller pieces lose less on a line that keeps breaking.
    qint64 uploadChunkBytes() const;

    // The department as the platform described it at sign-in; each field can be overridden by
    // the administrator under notice/ (notice/address, notice/court, …).
    DepartmentInfo department() const;
    void setDepartment(const DepartmentInfo &department);
    // Notices: the department's signing certificate (PKCS#12; its password in the keychain), the
    // SM2 seal key's keychain entry, the seal image and the folder of template overrides.
    QString signingCertificatePath() const;
    QString signingPasswordKey() const;
    QString sealKeyName() const;
    // The approver's personal SM2 key (security/ApprovalSigner) in the keychain.
    QString approvalKeyName() const;
    QString sealImagePath() const;
    QString templatesDir() const;
    QString trustedSigningCaPath() const;

private:
    QString folderTag() const;

    QString m_dir;
};

} // namespace casedesk
