#pragma once

#include "session/Workspace.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace casedesk {
class CredentialStore;
class Profile;
class RestPlatformClient;
} // namespace casedesk

// casedesk-cli's commands, one function each; main.cpp parses and dispatches.
namespace cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// The profile's cache as every command uses it (session/Workspace, the composition root the
// desktop builds from too). Null (the reason on stderr) when the cache cannot be opened.
std::unique_ptr<casedesk::Workspace> openCache(casedesk::Profile &profile);
// The same for commands that read the vault or sealed personal data: with the profile's data
// key from the keychain. Null (the reason on stderr) without the key.
std::unique_ptr<casedesk::Workspace> openKeyedCache(casedesk::Profile &profile,
                                                    casedesk::CredentialStore &credentials);

QTextStream &out();
QTextStream &err();
// Writes the whole file or nothing (QSaveFile); false with the reason.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
// The id of the case `named` by its 申报号 or id in the cache; nothing, with the advice to sync
// on stderr, when the cache does not hold it.
std::optional<QString> cachedCaseId(casedesk::Workspace &cache, const QString &named);

// Options the `act` verbs take, named after the payload fields (legalBasis as --legal-basis).
QList<QCommandLineOption> actOptions();
int act(const QCommandLineParser &parser, const QStringList &args, casedesk::Profile &profile);
// Checks `transition` with `payload` on the case named (申报号 or id) and queues it in the
// outbox (an approval signed with the user's key); what was done or refused on stdout/stderr.
int queueAction(casedesk::Profile &profile, const QString &named,
                const casedesk::Transition &transition, const QJsonObject &payload);
// `approve CASE [--comment TEXT]`, `approve CASE --return --comment TEXT`: the chief's.
int approve(const QCommandLineParser &parser, const QStringList &args, casedesk::Profile &profile);
// `assign CASE… --to USER --reason TEXT`: 分派 through the platform's claim lock.
int assign(const QCommandLineParser &parser, const QStringList &args, casedesk::Profile &profile);
// `staff [--json]`: the department's staff as the platform lists them.
int staff(const QCommandLineParser &parser, casedesk::Profile &profile);
// `case CASE [--json]`: everything the case pane shows, for scripts.
int showCase(const QCommandLineParser &parser, const QStringList &args, casedesk::Profile &profile);
// `act --help`: every verb with its role, stages and fields.
int actHelp();
int outbox(casedesk::Profile &profile);
// `uploads`: the files queued for the platform, with how far each got.
int uploads(casedesk::Profile &profile);
int conflicts(const QCommandLineParser &parser, casedesk::Profile &profile);
int prefetch(const QStringList &caseIds, casedesk::Profile &profile);
// `audit` lists the audit log; `audit verify` checks its hash chain (exit 1 when broken).
int audit(const QStringList &args, casedesk::Profile &profile);
// A client on the profile's session (refresh token from the keychain, rotations written back);
// null with the reason in `error` when not signed in.
std::unique_ptr<casedesk::RestPlatformClient>
signedInClient(casedesk::Profile &profile, casedesk::CredentialStore &credentials, QString *error);
// `signing-cert fetch|import FILE`: the department's notice-signing certificate.
int signingCertificate(const QCommandLineParser &parser, const QStringList &args,
                       casedesk::Profile &profile);
// `notice CASE --kind K --out FILE.pdf`: issues a numbered, signed and sealed notice.
int notice(const QCommandLineParser &parser, const QStringList &args, casedesk::Profile &profile);
// `verify-notice FILE.pdf`: checks the PDF signature and the SM2 seal record.
int verifyNotice(const QCommandLineParser &parser, const QStringList &args,
                 casedesk::Profile &profile);
// `intake --item CODE --applicant-json FILE [--agent-json FILE] [--material NAME]…
// [--original NAME]… [--attach NAME=FILE]… [--scan DEVICE] --receipt FILE.pdf`, and
// `intake --reprint CASE --receipt FILE.pdf`: 窗口收件 from scripts.
int intake(const QCommandLineParser &parser, casedesk::Profile &profile);
QList<QCommandLineOption> intakeOptions();
void recordSignInOut(casedesk::Profile &profile, const QString &kind, const QString &detail);

} // namespace cli
