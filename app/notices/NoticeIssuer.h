#pragma once

#include "NoticeDocument.h"
#include "NoticeStore.h"
#include "NoticeTemplate.h"
#include "cases/Case.h"
#include "platform/PlatformTypes.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace casedesk {

class AuditLog;
class CaseStore;
class CredentialStore;
class Database;
class Profile;
class SigningIdentity;
class Vault;
class WorkCalendar;

// What the clerk decided that the notice must carry, beyond the case itself.
struct NoticeRequest
{
    QString kind; // a template's kind: acceptance, correction, refusal, grant, denial, …
    QString caseId;
    QList<std::pair<QString, QString>> corrections; // material, what is missing or wrong
    QString reasons;
    QString legalBasis;
    QString licenceNumber; // grant
    QDate licenceValidUntil; // grant
    QString handler; // the clerk's name as printed
    QString approver; // who approved the decision, as printed (grant, denial)
    QDate date; // invalid: the day of the act the notice records, else today (platform's clock)
};

// The department's means of making a notice official: the signing identity (PKCS#12 with its
// password in the keychain), the SM2 seal key (keychain, made on first use) and the seal image.
struct NoticeKeys
{
    std::shared_ptr<SigningIdentity> identity;
    QByteArray sealKeyPem;
    QImage sealImage;

    static std::optional<NoticeKeys> load(CredentialStore &credentials, const Profile &profile,
                                          QString *error);
};

// Issues notices: fills the kind's template from the cached case and the request, lays it out,
// numbers it from the reserved 文号 blocks, signs it, seals it with SM2, keeps the PDF in the
// vault and registers it for upload. A notice is issued whole or not at all: every check that
// can fail runs before a number is taken.
class NoticeIssuer
{
public:
    NoticeIssuer(Database &db, CaseStore &store, Vault *vault, DepartmentInfo department,
                 QString templatesDir);
    // Each issued notice is recorded here, in the transaction that registers it.
    void setAuditLog(AuditLog *audit) { m_audit = audit; }
    QString templatesDir() const { return m_templatesDir; }

    // The notice as it will read, unnumbered, unsigned and marked as a draft: the preview.
    std::optional<NoticeDocument> draft(const NoticeRequest &request, QString *error) const;

    struct Issued
    {
        IssuedNotice notice;
        QByteArray pdf;
        int pages = 0;
    };
    std::optional<Issued> issue(const NoticeRequest &request, const NoticeKeys &keys,
                                const QString &user, QString *error);

    // The signed PDF of an issued notice, from the vault.
    std::optional<QByteArray> pdf(const IssuedNotice &notice, QString *error) const;

    // The values and lists the templates can use, for `c` and `request`.
    static NoticeData data(const Case &c, const std::optional<ServiceItem> &item,
                           const DepartmentInfo &department, const NoticeRequest &request,
                           const QString &number, QDate date, const WorkCalendar &calendar);

private:
    // The kind's template and the cached case, read once per notice.
    struct Sources
    {
        NoticeTemplate notice;
        Case c;
    };
    std::optional<Sources> sources(const NoticeRequest &request, QString *error) const;
    QDate noticeDate(const NoticeRequest &request, const Case &c) const;
    std::optional<NoticeDocument::Parts> compose(const Sources &sources,
                                                 const NoticeRequest &request,
                                                 const QString &number, QDate date,
                                                 QString *error) const;

    Database &m_db;
    CaseStore &m_store;
    Vault *m_vault;
    AuditLog *m_audit = nullptr;
    DepartmentInfo m_department;
    QString m_templatesDir;
};

} // namespace casedesk
