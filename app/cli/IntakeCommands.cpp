// casedesk-cli intake: 窗口收件 from a script, as the counter view does it.

#include "Commands.h"

#include "core/Profile.h"
#include "notices/PdfSignature.h"
#include "scan/ScannedPdf.h"
#include "scan/Scanner.h"
#include "security/CredentialStore.h"
#include "session/CounterIntake.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;

namespace cli {

namespace {

std::optional<QJsonObject> readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("casedesk-cli", "%1 cannot be read: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("casedesk-cli", "%1 is not a JSON object.").arg(path);
        return std::nullopt;
    }
    return doc.object();
}

int failed(const QString &message)
{
    err() << message << '\n';
    return Failed;
}

int writeReceipt(const CounterIntake &counter, const IntakeEntry &entry, const QString &path)
{
    QString error;
    QString keepError;
    const std::optional<QByteArray> pdf = counter.receipt(entry, &error, &keepError);
    if (!pdf || !writeFile(path, *pdf, &error))
        return failed(error);
    if (!keepError.isEmpty())
        err() << keepError << '\n';
    return Ok;
}

} // namespace

QList<QCommandLineOption> intakeOptions()
{
    const auto option = [](const char *name, const char *help, const char *value) {
        QCommandLineOption o(QString::fromLatin1(name),
                             QCoreApplication::translate("casedesk-cli", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        return o;
    };
    return {
            option("applicant-json",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "intake: the applicant as JSON (kind, name, idNumber, "
                                     "phone, address, legalRepresentative)."),
                   "file"),
            option("agent-json",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "intake: the agent as JSON (name, idNumber, phone)."),
                   "file"),
            option("material",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "intake: a material handed in (repeat for each); scanned "
                                     "from --scan unless attached."),
                   "name"),
            option("original",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "intake: a material handed in as the original (else a "
                                     "copy)."),
                   "name"),
            option("attach",
                   QT_TRANSLATE_NOOP("casedesk-cli", "intake: a material's file from disk."),
                   "name=file"),
            option("scan",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "intake: the SANE device to scan materials with."),
                   "device"),
            option("remarks", QT_TRANSLATE_NOOP("casedesk-cli", "intake: the clerk's remarks."),
                   "text"),
            option("receipt",
                   QT_TRANSLATE_NOOP("casedesk-cli", "intake: the receipt PDF to write."), "file"),
            option("reprint",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "intake: print the receipt of an earlier intake again."),
                   "case"),
    };
}

int intake(const QCommandLineParser &parser, Profile &profile)
{
    const QString receiptPath = parser.value(QStringLiteral("receipt"));
    const bool reprint = parser.isSet(QStringLiteral("reprint"));
    if (receiptPath.isEmpty()
        || (!reprint
            && (!parser.isSet(QStringLiteral("item"))
                || !parser.isSet(QStringLiteral("applicant-json"))))) {
        err() << QCoreApplication::translate(
                "casedesk-cli",
                "intake --item CODE --applicant-json FILE [--agent-json FILE] "
                "[--material NAME]... [--original NAME]... [--attach NAME=FILE]... "
                "[--scan DEVICE] [--remarks TEXT] --receipt FILE.pdf\n"
                "intake --reprint CASE --receipt FILE.pdf")
              << '\n';
        return Usage;
    }
    CredentialStore credentials;
    const auto cache = openKeyedCache(profile, credentials);
    if (!cache)
        return Failed;
    CounterIntake counter(*cache);
    QString error;
    if (reprint) {
        const std::optional<IntakeEntry> entry
                = counter.find(parser.value(QStringLiteral("reprint")), &error);
        if (!entry)
            return failed(error.isEmpty() ? QCoreApplication::translate(
                                  "casedesk-cli", "No intake of this computer has that number.")
                                          : error);
        const int code = writeReceipt(counter, *entry, receiptPath);
        if (code == Ok)
            out() << QCoreApplication::translate("casedesk-cli", "Receipt of %1 written to %2.")
                             .arg(entry->currentNo(), receiptPath)
                  << '\n';
        return code;
    }

    IntakeApplication application;
    application.itemCode = parser.value(QStringLiteral("item"));
    const auto applicantJson = readJsonFile(parser.value(QStringLiteral("applicant-json")), &error);
    const auto applicant = applicantJson ? applicantFromJson(*applicantJson, &error) : std::nullopt;
    if (!applicant)
        return failed(error);
    application.applicant = *applicant;
    if (parser.isSet(QStringLiteral("agent-json"))) {
        const auto agentJson = readJsonFile(parser.value(QStringLiteral("agent-json")), &error);
        const auto agent = agentJson ? agentFromJson(*agentJson, &error) : std::nullopt;
        if (!agent)
            return failed(error);
        application.agent = *agent;
    }
    application.remarks = parser.value(QStringLiteral("remarks"));

    // Each material once, in the order named: --material, then those only attached.
    QStringList names = parser.values(QStringLiteral("material"));
    QHash<QString, QString> attached;
    for (const QString &value : parser.values(QStringLiteral("attach"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return failed(QCoreApplication::translate("casedesk-cli", "--attach needs NAME=FILE."));
        attached.insert(value.left(eq).trimmed(), value.mid(eq + 1));
        if (!names.contains(value.left(eq).trimmed()))
            names.append(value.left(eq).trimmed());
    }
    const QStringList originals = parser.values(QStringLiteral("original"));
    QList<IntakeFile> files;
    const QString device = parser.value(QStringLiteral("scan"));
    for (const QString &name : std::as_const(names)) {
        ReceivedMaterial paper{name, originals.contains(name), 0, 1};
        const int index = int(application.materials.size());
        if (attached.contains(name)) {
            QFile file(attached.value(name));
            if (!file.open(QIODevice::ReadOnly))
                return failed(QCoreApplication::translate("casedesk-cli", "%1 cannot be read: %2")
                                      .arg(file.fileName(), file.errorString()));
            if (file.size() > CounterIntake::kLargestFile)
                return failed(QCoreApplication::translate("casedesk-cli",
                                                          "%1: the file is larger than %2 MB.")
                                      .arg(file.fileName())
                                      .arg(CounterIntake::kLargestFile / (1024 * 1024)));
            const QByteArray content = file.readAll();
            QString problem;
            const QByteArray type = CounterIntake::materialType(content, &problem);
            if (type.isEmpty())
                return failed(QStringLiteral("%1: %2").arg(file.fileName(), problem));
            if (type == "application/pdf") {
                const std::optional<int> pages = PdfSignature::pageCount(content);
                if (!pages || *pages == 0)
                    return failed(QCoreApplication::translate("casedesk-cli",
                                                              "%1 is damaged: its pages cannot "
                                                              "be read.")
                                          .arg(file.fileName()));
                paper.pages = *pages;
            } else {
                paper.pages = 1;
            }
            files.append({index, content, type});
        } else if (!device.isEmpty()) {
            ScanSettings settings;
            settings.device = device;
            const std::atomic_bool never{false};
            const ScanResult scanned = Scanner::scan(settings, {}, never);
            if (scanned.pages.isEmpty())
                return failed(QCoreApplication::translate("casedesk-cli", "Scanning %1 failed: %2")
                                      .arg(name, scanned.error));
            if (!scanned.error.isEmpty())
                err() << QCoreApplication::translate("casedesk-cli",
                                                     "Scanning %1 stopped after %n pages: %2",
                                                     nullptr, int(scanned.pages.size()))
                                 .arg(name, scanned.error)
                      << '\n';
            const QByteArray pdf = ScannedPdf::write(scanned.pages, name, &error);
            if (pdf.isEmpty())
                return failed(error);
            paper.pages = int(scanned.pages.size());
            files.append({index, pdf, QByteArrayLiteral("application/pdf")});
        }
        application.materials.append(paper);
    }

    const std::optional<IntakeEntry> entry = counter.submit(application, files, &error);
    if (!entry)
        return failed(error);
    if (!error.isEmpty())
        err() << error << '\n';
    const int code = writeReceipt(counter, *entry, receiptPath);
    out() << QCoreApplication::translate(
                     "casedesk-cli",
                     "Registered %1: %2 for %3, %n material(s); it is sent to the platform at the "
                     "next sync.",
                     nullptr, int(application.materials.size()))
                     .arg(entry->provisionalNo, counter.item(application.itemCode)->name,
                          entry->application.applicant.name)
          << '\n';
    if (code == Ok)
        out() << QCoreApplication::translate("casedesk-cli", "Receipt written to %1.")
                         .arg(receiptPath)
              << '\n';
    return code;
}

} // namespace cli
