#include "NoticeIssuer.h"

#include "core/Logging.h"

#include "ChineseDate.h"
#include "NoticeNumbers.h"
#include "PdfSignature.h"
#include "SealRecord.h"
#include "cases/Case.h"
#include "cases/CasePolicy.h"
#include "cases/ChinaTime.h"
#include "core/Profile.h"
#include "deadlines/WorkCalendar.h"
#include "platform/JsonMapping.h"
#include "security/CredentialStore.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Vault.h"
#include <QScopeGuard>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace casedesk {

namespace {

} // namespace

std::optional<NoticeKeys> NoticeKeys::load(CredentialStore &credentials, const Profile &profile,
                                           QString *error)
{
    NoticeKeys keys;
    QFile p12(profile.signingCertificatePath());
    if (!p12.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
                         "NoticeIssuer",
                         "There is no signing certificate (%1). Import the department's "
                         "certificate "
                         "with casedesk-cli signing-cert import, or fetch one with "
                         "casedesk-cli signing-cert fetch.")
                         .arg(p12.fileName());
        return std::nullopt;
    }
    const std::optional<QString> password
            = credentials.readNow(profile.signingPasswordKey(), error);
    if (!password) {
        *error = QCoreApplication::translate(
                         "NoticeIssuer",
                         "The signing certificate's password is not in the keychain: %1")
                         .arg(*error);
        return std::nullopt;
    }
    keys.identity = SigningIdentity::fromPkcs12(p12.readAll(), *password, error);
    if (!keys.identity)
        return std::nullopt;

    QString readError;
    std::optional<QString> seal = credentials.readNow(profile.sealKeyName(), &readError);
    if (!seal || seal->isEmpty()) {
        const QByteArray made = SealRecord::newKey(error);
        if (made.isEmpty())
            return std::nullopt;
        if (!credentials.writeNow(profile.sealKeyName(), QString::fromLatin1(made), error)) {
            *error = QCoreApplication::translate(
                             "NoticeIssuer", "The SM2 seal key cannot be kept in the keychain: %1")
                             .arg(*error);
            return std::nullopt;
        }
        seal = QString::fromLatin1(made);
    }
    keys.sealKeyPem = seal->toLatin1();

    const QString sealPath = profile.sealImagePath();
    if (!sealPath.isEmpty()) {
        keys.sealImage = QImage(sealPath);
        if (keys.sealImage.isNull()) {
            *error = QCoreApplication::translate("NoticeIssuer",
                                                 "The seal image %1 cannot be read.")
                             .arg(sealPath);
            return std::nullopt;
        }
    } else {
        keys.sealImage = NoticeDocument::generatedSeal(profile.department().name,
                                                       QStringLiteral("行政审批专用章"));
    }
    return keys;
}

NoticeIssuer::NoticeIssuer(Database &db, CaseStore &store, Vault *vault, DepartmentInfo department,
                           QString templatesDir)
    : m_db(db), m_store(store), m_vault(vault), m_department(std::move(department)),
      m_templatesDir(std::move(templatesDir))
{
}

NoticeData NoticeIssuer::data(const Case &c, const std::optional<ServiceItem> &item,
                              const DepartmentInfo &department, const NoticeRequest &request,
                              const QString &number, QDate date, const WorkCalendar &calendar)
{
    NoticeData d;
    auto &v = d.values;
    v[QStringLiteral("department.name")] = department.name;
    v[QStringLiteral("department.address")] = department.address;
    v[QStringLiteral("department.contactPhone")] = department.contactPhone;
    v[QStringLiteral("department.complaintPhone")] = department.complaintPhone;
    v[QStringLiteral("department.reconsiderationBody")] = department.reconsiderationBody;
    v[QStringLiteral("department.court")] = department.court;
    v[QStringLiteral("notice.number")] = number;
    v[QStringLiteral("notice.date")] = chineseDate(date);
    v[QStringLiteral("case.caseNo")] = c.caseNo;
    v[QStringLiteral("case.receivedDate")] = chineseDate(chinaDate(c.receivedAt));
    v[QStringLiteral("case.acceptedDate")]
            = chineseDate(c.acceptedAt.isValid() ? chinaDate(c.acceptedAt) : date);
    v[QStringLiteral("applicant.name")] = c.applicant.name;
    v[QStringLiteral("applicant.address")] = c.applicant.address;
    v[QStringLiteral("item.name")] = item ? item->name : c.itemName;
    v[QStringLiteral("item.legalBasis")] = item ? item->legalBasis : QString();
    v[QStringLiteral("item.promisedLimit")] = item ? limitText(item->promisedLimit) : QString();
    v[QStringLiteral("item.legalLimit")] = item ? limitText(item->legalLimit) : QString();
    // The promised decision date, counted from the acceptance in working days.
    QString due;
    if (item && item->promisedLimit.isValid()) {
        const QDate from = c.acceptedAt.isValid() ? chinaDate(c.acceptedAt) : date;
        due = chineseDate(item->promisedLimit.unit == LimitUnit::WorkingDays
                                  ? calendar.addWorkingDays(from, item->promisedLimit.value)
                                  : from.addDays(item->promisedLimit.value));
    }
    v[QStringLiteral("decision.dueDate")] = due;
    v[QStringLiteral("handler.name")] = request.handler;
    v[QStringLiteral("approver.name")] = request.approver;
    v[QStringLiteral("reasons")] = request.reasons;
    v[QStringLiteral("legalBasis")] = request.legalBasis;
    v[QStringLiteral("licence.number")] = request.licenceNumber;
    v[QStringLiteral("licence.validUntil")] = chineseDate(request.licenceValidUntil);
    QList<NoticeData::Row> rows;
    for (const auto &[material, reason] : request.corrections)
        rows.append({{QStringLiteral("index"), QString::number(rows.size() + 1)},
                     {QStringLiteral("material"), material},
                     {QStringLiteral("reason"), reason}});
    d.lists[QStringLiteral("corrections")] = rows;
    return d;
}

std::optional<NoticeIssuer::Sources> NoticeIssuer::sources(const NoticeRequest &request,
                                                           QString *error) const
{
    std::optional<NoticeTemplate> t = NoticeTemplate::load(request.kind, m_templatesDir, error);
    if (!t)
        return std::nullopt;
    bool missing = false;
    // The case as the clerk decided it: an act not yet on the platform counts with its date.
    std::optional<CaseStore::StoredCase> stored
            = m_store.storedCase(request.caseId, error, &missing);
    if (!stored)
        return std::nullopt;
    if (stored->personalDataWithheld) {
        *error = QCoreApplication::translate(
                "NoticeIssuer",
                "The applicant's address is sealed and the data key is not available: a "
                "notice cannot be addressed without it.");
        return std::nullopt;
    }
    std::optional<Case> c = std::move(stored->effective);
    return Sources{std::move(*t), std::move(*c)};
}

std::optional<NoticeDocument::Parts> NoticeIssuer::compose(const Sources &sources,
                                                           const NoticeRequest &request,
                                                           const QString &number, QDate date,
                                                           QString *error) const
{
    const Case &c = sources.c;
    const NoticeData data
            = NoticeIssuer::data(c, m_store.catalogue().item(c.itemCode), m_department, request,
                                 number, date, m_store.calendar());
    const std::optional<QString> html = sources.notice.fill(data, error);
    if (!html)
        return std::nullopt;
    NoticeDocument::Parts parts;
    parts.html = *html;
    parts.title = sources.notice.title() + QLatin1Char(' ') + number;
    parts.dateText = chineseDate(date);
    if (!m_department.progressUrl.isEmpty()) {
        parts.qrText
                = QString(m_department.progressUrl).replace(QStringLiteral("{caseNo}"), c.caseNo);
        parts.qrCaption = QStringLiteral("扫码查询办理进度");
    }
    return parts;
}

QDate NoticeIssuer::noticeDate(const NoticeRequest &request, const Case &c) const
{
    if (request.date.isValid())
        return request.date;
    // A notice is dated by the act it records; an act of today, or none yet, by today.
    const QDate act = CasePolicy::actDate(c, request.kind);
    return act.isValid() ? act : m_store.platformToday();
}

std::optional<NoticeDocument> NoticeIssuer::draft(const NoticeRequest &request,
                                                  QString *error) const
{
    const std::optional<Sources> from = sources(request, error);
    const QDate date = from ? noticeDate(request, from->c) : QDate();
    std::optional<NoticeDocument::Parts> parts = from
            ? compose(*from, request, QStringLiteral("（签发时编号）"), date, error)
            : std::nullopt;
    if (!parts)
        return std::nullopt;
    parts->watermark = QStringLiteral("草稿");
    return NoticeDocument(*parts);
}

std::optional<NoticeIssuer::Issued> NoticeIssuer::issue(const NoticeRequest &request,
                                                        const NoticeKeys &keys, const QString &user,
                                                        QString *error)
{
    bool issued = false;
    // One line for each notice tried: its kind, case and number, or why it was not issued.
    const auto logOutcome = qScopeGuard([&] {
        if (!issued)
            qCWarning(lcNotices).noquote() << "notice" << request.kind << "for case"
                                           << request.caseId << "not issued:" << *error;
    });
    if (!m_vault) {
        *error = QCoreApplication::translate(
                "NoticeIssuer", "Notices are kept in the vault, and the vault needs the data key.");
        return std::nullopt;
    }
    // Everything that depends on the template and the case fails here, before a number is used.
    const std::optional<Sources> from = sources(request, error);
    const QDate date = from ? noticeDate(request, from->c) : QDate();
    if (!from || !compose(*from, request, QStringLiteral("（签发时编号）"), date, error))
        return std::nullopt;
    NoticeNumbers numbers(m_db);
    const std::optional<QString> number = numbers.take(request.kind, date.year());
    if (!number) {
        *error = QCoreApplication::translate("NoticeIssuer",
                                             "No 文号 is left for %1 notices of %2 on this "
                                             "computer. Sync online once to reserve more.")
                         .arg(request.kind)
                         .arg(date.year());
        return std::nullopt;
    }
    std::optional<NoticeDocument::Parts> parts = compose(*from, request, *number, date, error);
    if (!parts)
        return std::nullopt;
    parts->seal = keys.sealImage;
    int pages = 0;
    const std::optional<QByteArray> plain = NoticeDocument(*parts).pdf(error, &pages);
    if (!plain)
        return std::nullopt;
    const QDateTime now = m_store.platformNow();
    const std::optional<QByteArray> signedPdf = PdfSignature::sign(
            *plain, *keys.identity, {*number, m_department.name, m_department.contactPhone, now},
            error);
    if (!signedPdf)
        return std::nullopt;
    const std::optional<QJsonObject> seal = SealRecord::make(
            *signedPdf,
            {*number, from->c.caseNo, request.kind, m_department.code, now.toString(Qt::ISODate)},
            keys.sealKeyPem, error);
    if (!seal)
        return std::nullopt;

    IssuedNotice notice;
    notice.caseId = request.caseId;
    notice.kind = request.kind;
    notice.number = *number;
    notice.issuedAt = now;
    notice.issuedBy = user;
    notice.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(*signedPdf, QCryptographicHash::Sha256).toHex());
    notice.size = signedPdf->size();
    notice.sealRecord = *seal;
    NoticeStore store(m_db);
    if (const auto previous = store.current(request.caseId, request.kind))
        notice.replaces = previous->id;
    Database::Transaction tx(m_db);
    const std::optional<qint64> id = store.add(notice, error);
    if (!id)
        return std::nullopt;
    notice.id = *id;
    if (!m_vault->put(request.caseId, NoticeStore::vaultId(*id), "application/pdf", *signedPdf,
                      true, error))
        return std::nullopt;
    if ((m_audit && !m_audit->append(user, QStringLiteral("notice"), request.caseId, notice.number))
        || !tx.commit()) {
        *error = QCoreApplication::translate("NoticeIssuer",
                                             "The notice could not be registered in the cache.");
        return std::nullopt;
    }
    issued = true;
    qCInfo(lcNotices).noquote() << "notice" << request.kind << notice.number << "issued for case"
                                << request.caseId << "-" << pages << "page(s), signed and sealed";
    return Issued{notice, *signedPdf, pages};
}

std::optional<QByteArray> NoticeIssuer::pdf(const IssuedNotice &notice, QString *error) const
{
    if (!m_vault) {
        *error = QCoreApplication::translate(
                "NoticeIssuer", "Notices are kept in the vault, and the vault needs the data key.");
        return std::nullopt;
    }
    const std::optional<Vault::Entry> entry
            = m_vault->get(notice.caseId, NoticeStore::vaultId(notice.id), error);
    if (!entry)
        return std::nullopt;
    return entry->content;
}

} // namespace casedesk
