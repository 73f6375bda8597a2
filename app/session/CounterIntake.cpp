#include "CounterIntake.h"

#include "Workspace.h"
#include "core/Profile.h"
#include "store/CaseStore.h"
#include "store/MaterialUploads.h"
#include "store/Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeDatabase>

#include <algorithm>

namespace casedesk {

CounterIntake::CounterIntake(Workspace &workspace) : m_workspace(workspace) { }

QList<ServiceItem> CounterIntake::items(const QString &search) const
{
    const QString department = m_workspace.profile().department().code;
    const QString text = search.trimmed();
    QList<ServiceItem> found;
    for (const ServiceItem &item : m_workspace.cases()->catalogue().items()) {
        if (!department.isEmpty() && item.department != department)
            continue;
        if (!text.isEmpty() && !item.name.contains(text, Qt::CaseInsensitive)
            && !item.code.contains(text, Qt::CaseInsensitive))
            continue;
        found.append(item);
    }
    std::sort(found.begin(), found.end(), [](const ServiceItem &a, const ServiceItem &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return found;
}

std::optional<ServiceItem> CounterIntake::item(const QString &code) const
{
    const std::optional<ServiceItem> found = m_workspace.cases()->catalogue().item(code);
    const QString department = m_workspace.profile().department().code;
    if (found && !department.isEmpty() && found->department != department)
        return std::nullopt;
    return found;
}

QDate CounterIntake::today() const
{
    return m_workspace.cases()->platformToday();
}

QStringList CounterIntake::problems(const IntakeApplication &application, QDate today) const
{
    const std::optional<ServiceItem> chosen = item(application.itemCode);
    QStringList list = intakeProblems(application, chosen ? &*chosen : nullptr, today);
    if (!application.itemCode.isEmpty() && !chosen)
        list.replace(0,
                     QCoreApplication::translate(
                             "CounterIntake",
                             "The service item is not one of your department's items."));
    return list;
}

QByteArray CounterIntake::materialType(const QByteArray &content, QString *problem)
{
    auto refuse = [&](const QString &why) {
        if (problem)
            *problem = why;
        return QByteArray();
    };
    if (content.isEmpty())
        return refuse(QCoreApplication::translate("CounterIntake", "The file is empty."));
    if (content.size() > kLargestFile)
        return refuse(QCoreApplication::translate("CounterIntake", "The file is larger than %1 MB.")
                              .arg(kLargestFile / (1024 * 1024)));
    // OFD is a zip package whose first entry is OFD.xml (GB/T 33190); by content, not by name.
    if (content.startsWith("PK\x03\x04") && content.mid(30, 7) == "OFD.xml")
        return QByteArrayLiteral("application/ofd");
    const QString type = QMimeDatabase().mimeTypeForData(content).name();
    static const QStringList accepted{QStringLiteral("application/pdf"),
                                      QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                      QStringLiteral("image/tiff")};
    if (accepted.contains(type))
        return type.toLatin1();
    return refuse(QCoreApplication::translate(
                          "CounterIntake",
                          "The file is not a PDF, OFD, JPEG, PNG or TIFF document (it looks like "
                          "%1).")
                          .arg(QMimeDatabase().mimeTypeForName(type).comment()));
}

namespace {
// The receipt's name among the case's materials on the platform: the case's record, in the
// platform's language whatever language this window speaks.
const QString kReceiptName = QStringLiteral("收件回执");

QString fileSuffix(const QByteArray &mimeType)
{
    const QString suffix
            = QMimeDatabase().mimeTypeForName(QString::fromLatin1(mimeType)).preferredSuffix();
    return suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
}
} // namespace

std::optional<IntakeEntry> CounterIntake::submit(const IntakeApplication &typed,
                                                 const QList<IntakeFile> &files, QString *error)
{
    const IntakeApplication application = normalizedIntake(typed);
    const QStringList list = problems(application, today());
    if (!list.isEmpty()) {
        if (error)
            *error = list.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    for (const IntakeFile &f : files) {
        if (f.material < 0 || f.material >= application.materials.size()) {
            if (error)
                *error = QCoreApplication::translate("CounterIntake",
                                                     "A file belongs to no material handed in.");
            return std::nullopt;
        }
    }
    const std::unique_ptr<Vault> vault = m_workspace.vault();
    if (!files.isEmpty() && !vault) {
        if (error)
            *error = QCoreApplication::translate(
                    "CounterIntake",
                    "Scans are kept in the vault, and the vault needs the data "
                    "key from the system keychain.");
        return std::nullopt;
    }
    const Profile &profile = m_workspace.profile();
    const DepartmentInfo department = profile.department();
    const IntakeClerk clerk{profile.userName(), profile.displayName(), department.code,
                            department.name};
    // The device's share of the provisional numbers: four digits of its id, stable.
    const QByteArray digest
            = QCryptographicHash::hash(profile.deviceId().toUtf8(), QCryptographicHash::Sha256);
    const int deviceNo = int((quint8(digest.at(0)) << 8 | quint8(digest.at(1))) % 10000);
    // The files first, under the id the case will have, then the registration in one
    // transaction: killed in between, the files wait unseen (no case names them, nothing sends
    // them) and nothing half-registered is left; a file that cannot be kept (a full disk)
    // registers nothing, and the clerk tries again.
    const QString provisionalId = IntakeRegister::newProvisionalId();
    MaterialUploads uploads(*m_workspace.database());
    for (const IntakeFile &f : files) {
        const QString name = application.materials.at(f.material).name;
        if (!uploads.queue(*vault,
                           {provisionalId, fileId(f.material), name, name + fileSuffix(f.mimeType),
                            QStringLiteral("material"), f.mimeType, f.content, profile.userName()},
                           m_workspace.clock().now(), error)) {
            uploads.discardCase(provisionalId);
            return std::nullopt;
        }
    }
    const std::optional<IntakeEntry> entry = m_workspace.intakes()->registerApplication(
            application, *item(application.itemCode), clerk, deviceNo, m_workspace.clock().now(),
            error, provisionalId);
    if (!entry)
        uploads.discardCase(provisionalId);
    return entry;
}

IntakeReceipt::Input CounterIntake::receiptInput(const IntakeEntry &entry) const
{
    const Profile &profile = m_workspace.profile();
    return {entry, m_workspace.cases()->catalogue().item(entry.application.itemCode),
            profile.department(), profile.displayName(), &m_workspace.cases()->calendar()};
}

std::optional<NoticeDocument> CounterIntake::receiptDocument(const IntakeEntry &entry,
                                                             QString *error) const
{
    return IntakeReceipt::document(receiptInput(entry), m_workspace.profile().templatesDir(),
                                   error);
}

std::optional<QByteArray> CounterIntake::keepReceipt(const IntakeEntry &entry,
                                                     const NoticeDocument &document, QString *error,
                                                     QString *keepError) const
{
    const std::optional<QByteArray> pdf = document.pdf(error);
    if (!pdf)
        return std::nullopt;
    QString putError;
    const std::unique_ptr<Vault> vault = m_workspace.vault();
    // Kept, and handed to the platform with the case like its materials; a reprint that says
    // more (the platform's number) becomes a new version there.
    MaterialUploads uploads(*m_workspace.database());
    if (!vault
        || !uploads.queue(*vault,
                          {entry.provisionalId, receiptId(), kReceiptName, kReceiptName + u".pdf",
                           QStringLiteral("receipt"), QByteArrayLiteral("application/pdf"), *pdf,
                           m_workspace.profile().userName()},
                          m_workspace.clock().now(), &putError)) {
        if (keepError)
            *keepError = vault ? putError
                               : QCoreApplication::translate(
                                       "CounterIntake",
                                       "The receipt is not kept for a reprint: the vault needs "
                                       "the data key from the system keychain.");
    }
    return pdf;
}

std::optional<QByteArray> CounterIntake::receipt(const IntakeEntry &entry, QString *error,
                                                 QString *keepError) const
{
    const std::optional<NoticeDocument> document = receiptDocument(entry, error);
    if (!document)
        return std::nullopt;
    return keepReceipt(entry, *document, error, keepError);
}

std::optional<QByteArray> CounterIntake::storedFile(const IntakeEntry &entry, const QString &slot,
                                                    QString *error) const
{
    const std::unique_ptr<Vault> vault = m_workspace.vault();
    const std::optional<MaterialUpload> latest
            = MaterialUploads(*m_workspace.database()).latest(entry.provisionalId, slot);
    if (!vault || !latest) {
        if (error)
            *error = QCoreApplication::translate("CounterIntake",
                                                 "No such file is kept for this application.");
        return std::nullopt;
    }
    const std::optional<Vault::Entry> file = vault->get(latest->vaultCase, latest->vaultId, error);
    if (!file)
        return std::nullopt;
    return file->content;
}

QList<MaterialUpload> CounterIntake::uploads(const IntakeEntry &entry) const
{
    return MaterialUploads(*m_workspace.database()).items(entry.provisionalId);
}

std::optional<IntakeEntry> CounterIntake::find(const QString &idOrNumber, QString *error) const
{
    return m_workspace.intakes()->find(idOrNumber.trimmed(), error);
}

QList<IntakeEntry> CounterIntake::recent(int limit, QString *error) const
{
    return m_workspace.intakes()->entries(limit, error);
}

} // namespace casedesk
