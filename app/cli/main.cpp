// casedesk-cli: the CaseDesk core for scripts and administrators, without widgets.

#include "Commands.h"
#include "cases/ChinaTime.h"
#include "core/Localization.h"
#include "core/Logging.h"
#include "core/Profile.h"
#include "deadlines/StageDeadline.h"
#include "notices/NoticeTemplate.h"
#include "platform/RestPlatformClient.h"
#include "platform/SignIn.h"
#include "security/CredentialStore.h"
#include "security/DataKey.h"
#include "session/AboutFacts.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/LocalData.h"
#include "store/Quarantine.h"
#include "store/Workload.h"
#include "sync/AuditPush.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

#include <cstdio>

using namespace casedesk;
using namespace cli;

namespace {

int usage(const QCommandLineParser &, const QString &message)
{
    // What was wrong, and where to read more: the whole help would bury the message.
    err() << message << '\n'
          << QCoreApplication::translate("casedesk-cli",
                                         "casedesk-cli --help lists the commands and options.")
          << '\n';
    err().flush();
    return Usage;
}

int login(const QCommandLineParser &parser, Profile &profile)
{
    const QUrl server(parser.value(QStringLiteral("server")), QUrl::StrictMode);
    const QString user = parser.value(QStringLiteral("user"));
    if (!server.isValid()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")))
        return usage(parser,
                     QCoreApplication::translate(
                             "casedesk-cli", "login needs --server with an http or https URL."));
    if (user.isEmpty())
        return usage(parser, QCoreApplication::translate("casedesk-cli", "login needs --user."));
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return usage(
                parser,
                QCoreApplication::translate(
                        "casedesk-cli",
                        "login reads the password from standard input: pass --password-stdin."));
    QTextStream in(stdin);
    const QString password = in.readLine();

    CredentialStore credentials;
    SignInResult result;
    QEventLoop loop;
    signIn(server, user, password, profile, credentials, [&](const SignInResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.error.isError()) {
        err() << QCoreApplication::translate("casedesk-cli", "Sign-in failed: %1")
                         .arg(result.error.message)
              << '\n';
        return Failed;
    }
    if (!result.keychainError.isEmpty()) {
        err() << QCoreApplication::translate("casedesk-cli",
                                             "Signed in, but the session cannot be remembered: %1")
                         .arg(result.keychainError)
              << '\n';
        return Failed;
    }
    const UserInfo &me = result.user;
    recordSignInOut(profile, QStringLiteral("sign-in"), me.roles.join(QLatin1Char(',')));
    QStringList roles;
    for (const QString &name : me.roles) {
        const std::optional<Role> role = roleFromName(name);
        roles.append(role ? roleLabel(*role) : name);
    }
    out() << QCoreApplication::translate("casedesk-cli", "Signed in as %1 (%2), %3; roles: %4")
                     .arg(me.displayName, me.userName, me.department.name,
                          roles.join(QCoreApplication::translate("casedesk-cli", ", ")))
          << '\n';
    return Ok;
}

int logout(const QCommandLineParser &parser, Profile &profile)
{
    const bool wipe = parser.isSet(QStringLiteral("wipe"));
    if (wipe && !parser.isSet(QStringLiteral("force"))) {
        const QString unsent = localdata::unsentWork(profile);
        if (!unsent.isEmpty()) {
            err() << QCoreApplication::translate("casedesk-cli",
                                                 "Not removed: %1. Sync first, or add --force to "
                                                 "lose them.")
                             .arg(unsent)
                  << '\n';
            return Failed;
        }
    }
    CredentialStore credentials;
    QString error;
    recordSignInOut(profile, QStringLiteral("sign-out"), wipe ? QStringLiteral("wipe") : QString());
    const auto refreshToken = credentials.readNow(profile.refreshTokenKey(), &error);
    if (refreshToken && !profile.server().isEmpty()) {
        // The sign-out entry reaches the platform with the rest of the trail, then the session
        // ends there too; offline it lapses there by itself.
        RestPlatformClient client(profile.server());
        client.setTlsPolicy(profile.tlsPolicy());
        client.setRefreshToken(*refreshToken);
        QEventLoop loop;
        const auto cache = openCache(profile);
        if (cache) {
            pushAuditTrail(client, *cache->audit(), profile.deviceId(), [&] { loop.quit(); });
            loop.exec();
        }
        client.revoke([&](const PlatformError &revokeError) {
            if (revokeError.isError())
                err() << QCoreApplication::translate("casedesk-cli",
                                                     "The platform was not told: %1")
                                 .arg(revokeError.message)
                      << '\n';
            loop.quit();
        });
        loop.exec();
    }
    if (!credentials.removeNow(profile.refreshTokenKey(), &error)) {
        err() << error << '\n';
        return Failed;
    }
    localdata::forgetSession(profile, credentials);
    if (wipe) {
        if (!localdata::wipe(profile, credentials, &error)) {
            err() << error << '\n';
            return Failed;
        }
        out() << QCoreApplication::translate("casedesk-cli",
                                             "Signed out; the cases, materials and keys of this "
                                             "profile are removed from this computer.")
              << '\n';
        return Ok;
    }
    out() << QCoreApplication::translate("casedesk-cli", "Signed out.") << '\n';
    return Ok;
}

// What verify-cache prints: the check's summary, then each case that differed and each record
// set aside, so an administrator can tell the platform's support which ones.
void printCheck(const CacheCheck &check, Profile &profile)
{
    out() << check.summary() << '\n';
    for (const CacheCheck::Difference &d : check.differences) {
        const QString local = d.localVersion < 0
                ? QCoreApplication::translate("casedesk-cli", "not in the cache")
                : QCoreApplication::translate("casedesk-cli", "version %1").arg(d.localVersion);
        const QString platform = d.platformVersion < 0
                ? QCoreApplication::translate("casedesk-cli", "not on the platform")
                : QCoreApplication::translate("casedesk-cli", "version %1").arg(d.platformVersion);
        out() << "  " << d.id << "  "
              << QCoreApplication::translate("casedesk-cli", "cache: %1; platform: %2")
                         .arg(local, platform)
              << '\n';
    }
    Database db(profile.databasePath());
    if (!db.open(nullptr))
        return;
    for (const Quarantine::Entry &e : Quarantine(db).entries()) {
        out() << "  "
              << QCoreApplication::translate("casedesk-cli",
                                             "set aside: %1 %2 since %3, %n attempts: %4", nullptr,
                                             e.attempts)
                         .arg(e.type, e.id, chinaTimeText(e.firstSeen), e.error)
              << '\n';
    }
}

// `sync`, and `verify-cache [--repair]`: a round, then (check >= 0) the cache compared with
// the platform; check 1 also fetches again what differs. Exit 1 when the cache still differs.
int sync(Profile &profile, int check = -1)
{
    if (profile.server().isEmpty() || profile.userName().isEmpty()) {
        err() << QCoreApplication::translate("casedesk-cli",
                                             "Not signed in: run casedesk-cli login first.")
              << '\n';
        return Failed;
    }
    CredentialStore credentials;
    QString keychainError;
    const auto refreshToken = credentials.readNow(profile.refreshTokenKey(), &keychainError);
    if (!refreshToken) {
        err() << (keychainError.isEmpty() ? QCoreApplication::translate(
                          "casedesk-cli", "Not signed in: run casedesk-cli login first.")
                                          : keychainError)
              << '\n';
        return Failed;
    }
    QString keyError;
    const std::optional<QByteArray> dataKey = profileDataKey(credentials, profile, &keyError);
    if (!dataKey)
        err() << QCoreApplication::translate("casedesk-cli",
                                             "ID numbers, phones and addresses are not kept "
                                             "offline: %1")
                         .arg(keyError)
              << '\n';
    // The engine is configured as the desktop's is: from the composition root.
    Workspace workspace(profile);
    // Opened first, so that a cache found damaged is rebuilt before the engine pulls into it.
    QString openError;
    if (!workspace.open(&openError)) {
        err() << openError << '\n';
        return Failed;
    }
    if (workspace.rescued())
        err() << workspace.rescued()->summary() << '\n';
    workspace.setDataKey(dataKey.value_or(QByteArray()));
    const SyncEngine::Config config = workspace.syncConfig();
    SyncEngine engine(config);
    QEventLoop loop;
    int result = Ok;
    QObject::connect(&engine, &SyncEngine::refreshTokenChanged, &engine, [&](const QString &token) {
        // The old refresh token is spent: losing the new one would sign the user out.
        QString error;
        if (!credentials.writeNow(profile.refreshTokenKey(), token, &error))
            err() << error << '\n';
    });
    QObject::connect(&engine, &SyncEngine::opened, &engine, [&](bool ok, const QString &error) {
        if (!ok) {
            err() << error << '\n';
            result = Failed;
            loop.quit();
        }
    });
    QObject::connect(&engine, &SyncEngine::outboxChanged, &engine, [&](int pending, int held) {
        if (pending > 0 || held > 0)
            out() << QCoreApplication::translate(
                             "casedesk-cli",
                             "Outbox: %1 waiting, %2 held (see casedesk-cli conflicts).")
                             .arg(pending)
                             .arg(held)
                  << '\n';
    });
    QObject::connect(&engine, &SyncEngine::quarantineChanged, &engine, [&](int records) {
        if (records > 0 && check < 0)
            out() << QCoreApplication::translate("casedesk-cli",
                                                 "%n records from the platform could not be "
                                                 "read and are set aside (see casedesk-cli "
                                                 "verify-cache).",
                                                 nullptr, records)
                  << '\n';
    });
    bool asked = false;
    bool checked = false;
    QObject::connect(&engine, &SyncEngine::cacheVerified, &engine, [&](const CacheCheck &found) {
        if (!asked) {
            // The check after a first pull: said only when it found something.
            if (found.compared && !found.differences.isEmpty())
                out() << found.summary() << '\n';
            return;
        }
        checked = true;
        printCheck(found, profile);
        if (!found.compared || !found.matchesNow)
            result = Failed;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::syncFinished, &engine, [&](int changes, int cases) {
        out() << QCoreApplication::translate("casedesk-cli",
                                             "Synced %1 changes; %2 cases in the local cache.")
                         .arg(changes)
                         .arg(cases)
              << '\n';
        if (check >= 0) {
            asked = true;
            engine.verifyCache(check > 0);
        } else {
            loop.quit();
        }
    });
    QObject::connect(&engine, &SyncEngine::syncFailed, &engine, [&](int, const QString &message) {
        err() << QCoreApplication::translate("casedesk-cli", "Sync failed: %1").arg(message)
              << '\n';
        result = Failed;
        loop.quit();
    });
    engine.open(*refreshToken);
    if (result == Ok) {
        engine.syncNow();
        if (engine.isSyncing())
            loop.exec();
    }
    if (check >= 0 && result == Ok && !checked)
        result = Failed;
    return result;
}

int listCases(const QCommandLineParser &parser, Profile &profile)
{
    const auto cache = openCache(profile);
    if (!cache)
        return Failed;
    const CaseStore &store = *cache->cases();
    const WorkCalendar &calendar = store.calendar();
    bool limitOk = true;
    const int limit = parser.isSet(QStringLiteral("limit"))
            ? parser.value(QStringLiteral("limit")).toInt(&limitOk)
            : -1;
    if (!limitOk || limit < -1)
        return usage(
                parser,
                QCoreApplication::translate("casedesk-cli", "--limit needs a positive number."));
    const QDate today = store.platformToday();
    const bool asJson = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    // Paged, so that a cache of a million cases streams out without holding it all in memory.
    constexpr int kPage = 2000;
    int printed = 0;
    if (!asJson)
        out() << QCoreApplication::translate("casedesk-cli",
                                             "Case No.\tService item\tApplicant\tStatus\t"
                                             "Received\tWorking days left")
              << '\n';
    for (int offset = 0; limit < 0 || printed < limit; offset += kPage) {
        const int want = limit < 0 ? kPage : std::min(kPage, limit - printed);
        const QList<CaseSummary> rows = store.summaries(offset, want);
        for (const CaseSummary &row : rows) {
            const int remaining = row.due.isValid()
                    ? StageDeadline::remainingDays(row.due, today, calendar)
                    : 0;
            if (asJson) {
                QJsonObject o{{QStringLiteral("id"), row.id},
                              {QStringLiteral("caseNo"), row.caseNo},
                              {QStringLiteral("itemName"), row.itemName},
                              {QStringLiteral("applicantName"), row.applicantName},
                              {QStringLiteral("stage"), stageWireName(row.stage)},
                              {QStringLiteral("receivedAt"),
                               row.receivedAt.toUTC().toString(Qt::ISODate)},
                              {QStringLiteral("claimedBy"), row.claimedBy}};
                if (row.due.isValid()) {
                    o.insert(QStringLiteral("due"), row.due.toString(Qt::ISODate));
                    o.insert(QStringLiteral("remainingWorkingDays"), remaining);
                }
                array.append(o);
            } else {
                out() << row.caseNo << '\t' << row.itemName << '\t' << row.applicantName << '\t'
                      << stageLabel(row.stage) << '\t' << chinaTimeText(row.receivedAt) << '\t'
                      << (row.due.isValid() ? QString::number(remaining) : QStringLiteral("-"))
                      << '\n';
            }
        }
        printed += int(rows.size());
        if (rows.size() < want)
            break;
    }
    if (asJson)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

// 电子监察: the cases past the deadline of their current stage, most overdue first.
int listOverdue(const QCommandLineParser &parser, Profile &profile)
{
    const auto cache = openCache(profile);
    if (!cache)
        return Failed;
    const CaseStore &store = *cache->cases();
    const QDate today = store.platformToday();
    const int limit = parser.isSet(QStringLiteral("limit"))
            ? parser.value(QStringLiteral("limit")).toInt()
            : 1000;
    const QList<CaseSummary> rows = store.overdue(today, std::max(1, limit));
    QJsonArray array;
    if (!parser.isSet(QStringLiteral("json")) && !rows.isEmpty())
        out() << QCoreApplication::translate("casedesk-cli",
                                             "Case No.\tStatus\tDue\tOverdue\tService item\t"
                                             "Claimed by")
              << '\n';
    for (const CaseSummary &row : rows) {
        const int late = -StageDeadline::remainingDays(row.due, today, store.calendar());
        if (parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                     {QStringLiteral("caseNo"), row.caseNo},
                                     {QStringLiteral("stage"), stageWireName(row.stage)},
                                     {QStringLiteral("due"), row.due.toString(Qt::ISODate)},
                                     {QStringLiteral("overdueWorkingDays"), late},
                                     {QStringLiteral("itemName"), row.itemName},
                                     {QStringLiteral("claimedBy"), row.claimedBy}});
        } else {
            out() << row.caseNo << '\t' << stageLabel(row.stage) << '\t'
                  << row.due.toString(Qt::ISODate) << '\t'
                  << QCoreApplication::translate("casedesk-cli", "%n working day(s) overdue",
                                                 nullptr, late)
                  << '\t' << row.itemName << '\t'
                  << (row.claimedBy.isEmpty() ? QStringLiteral("-") : row.claimedBy) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

// Who holds how much open work, for the chief who shares it out (Workload).
int printWorkload(const QCommandLineParser &parser, Profile &profile)
{
    const auto cache = openCache(profile);
    if (!cache)
        return Failed;
    QString error;
    const QList<WorkloadRow> rows = workload(*cache->database(), cache->cases()->platformToday(),
                                             cache->cases()->calendar(), &error);
    if (!error.isEmpty()) {
        err() << error << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const WorkloadRow &row : rows) {
            QJsonObject byStage;
            for (auto it = row.byStage.cbegin(); it != row.byStage.cend(); ++it)
                byStage.insert(stageWireName(it.key()), it.value());
            array.append(QJsonObject{{QStringLiteral("user"), row.user},
                                     {QStringLiteral("name"), row.name},
                                     {QStringLiteral("open"), row.open},
                                     {QStringLiteral("byStage"), byStage},
                                     {QStringLiteral("dueSoon"), row.dueSoon},
                                     {QStringLiteral("overdue"), row.overdue},
                                     {QStringLiteral("averageWorkingDays"),
                                      qRound(row.averageWorkingDays * 10) / 10.0}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QStringList header{QCoreApplication::translate("casedesk-cli", "Held by"),
                       QCoreApplication::translate("casedesk-cli", "Open")};
    for (CaseStage stage : workloadStages())
        header.append(stageLabel(stage));
    header << QCoreApplication::translate("casedesk-cli", "Due soon")
           << QCoreApplication::translate("casedesk-cli", "Overdue")
           << QCoreApplication::translate("casedesk-cli", "Avg. working days open");
    out() << header.join(QLatin1Char('\t')) << '\n';
    for (const WorkloadRow &row : rows) {
        QStringList cells{row.user.isEmpty()
                                  ? QCoreApplication::translate("casedesk-cli", "(not claimed)")
                                  : row.holder(),
                          QString::number(row.open)};
        for (CaseStage stage : workloadStages())
            cells.append(QString::number(row.byStage.value(stage)));
        cells << QString::number(row.dueSoon) << QString::number(row.overdue)
              << QString::number(row.averageWorkingDays, 'f', 1);
        out() << cells.join(QLatin1Char('\t')) << '\n';
    }
    return Ok;
}

int deadline(const QCommandLineParser &parser)
{
    const QDate start = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    if (!start.isValid())
        return usage(
                parser,
                QCoreApplication::translate("casedesk-cli", "deadline needs --start YYYY-MM-DD."));
    const bool working = parser.isSet(QStringLiteral("working-days"));
    if (working == parser.isSet(QStringLiteral("days")))
        return usage(
                parser,
                QCoreApplication::translate("casedesk-cli",
                                            "deadline needs either --working-days N or --days N."));
    bool ok = false;
    const int n = parser.value(working ? QStringLiteral("working-days") : QStringLiteral("days"))
                          .toInt(&ok);
    if (!ok || n < 0 || n > 3650)
        return usage(parser,
                     QCoreApplication::translate("casedesk-cli",
                                                 "The number of days must be 0 to 3650."));
    const WorkCalendar calendar = WorkCalendar::builtIn();
    const QDate end = periodEnd(
            start, {n, working ? LimitUnit::WorkingDays : LimitUnit::NaturalDays}, calendar);
    for (int year = start.year(); year <= end.year(); ++year) {
        if (!calendar.coversYear(year))
            err() << QCoreApplication::translate(
                             "casedesk-cli",
                             "Warning: no official holiday schedule for %1; only weekends "
                             "and fixed-date holidays were counted.")
                             .arg(year)
                  << '\n';
    }
    out() << end.toString(Qt::ISODate) << '\n';
    return Ok;
}

int printCalendar(const QCommandLineParser &parser, const QString &yearText)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return usage(parser,
                     QCoreApplication::translate("casedesk-cli",
                                                 "calendar needs a year, for example 2026."));
    const WorkCalendar calendar = WorkCalendar::builtIn();
    if (!calendar.coversYear(year))
        err() << QCoreApplication::translate(
                         "casedesk-cli",
                         "Warning: no official holiday schedule for %1; only weekends and "
                         "fixed-date holidays are known.")
                         .arg(year)
              << '\n';
    // One line a day, in date order: "off" for a weekday without work, "work" for a make-up day.
    QList<std::pair<QDate, const char *>> days;
    for (const QDate &d : calendar.holidaysOnWeekdays(year))
        days.append({d, "off"});
    for (const QDate &d : calendar.makeUpWorkdays(year))
        days.append({d, "work"});
    std::sort(days.begin(), days.end());
    for (const auto &[date, kind] : days)
        out() << date.toString(Qt::ISODate) << ' ' << kind << '\n';
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Laying out a notice or a receipt needs fonts, hence a QGuiApplication; a command line
    // has no screen.
    const bool needsFonts
            = argc > 1 && (qstrcmp(argv[1], "notice") == 0 || qstrcmp(argv[1], "intake") == 0);
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = needsFonts
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    Profile profile = Profile::fromEnvironment();
    // Known before the parser runs, so that the parsing itself is logged as asked.
    const bool verbose = QCoreApplication::arguments().contains(QStringLiteral("--verbose"));
    const LogFile log(profile, QStringLiteral("casedesk-cli"), verbose, verbose);
    installTranslations(app, profile.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "casedesk-cli",
            "CaseDesk on the command line. Commands:\n"
            "  login          sign in to the platform and remember the session\n"
            "  logout         end the session; --wipe also removes the local cases and keys\n"
            "  sync           pull the platform's changes into the local cache\n"
            "  verify-cache   compare the cache with the platform (counts and digests); "
            "--repair fetches again what differs\n"
            "  cases          list the cached cases\n"
            "  overdue        the cases past their stage's deadline (supervision)\n"
            "  workload       open cases per clerk: by stage, due soon, overdue\n"
            "  deadline       the end of a period: --start DATE with --working-days N or --days N\n"
            "  calendar YEAR  the year's weekday holidays (off) and make-up working days (work)\n"
            "  act CASE VERB  take a workflow action (act --help lists the verbs and fields)\n"
            "  case CASE      the case as the pane shows it: proposal, deadlines, history\n"
            "  approve CASE   approve the proposal, signed with your key (--comment TEXT); "
            "--return sends it back for review\n"
            "  assign CASE…   give the cases to a clerk: --to USER --reason TEXT\n"
            "  staff          the department's staff\n"
            "  outbox         the actions waiting to be sent\n"
            "  uploads        the files on their way to the platform\n"
            "  conflicts      actions the platform refused; --reapply ID or --discard ID --reason "
            "TEXT\n"
            "  prefetch CASE… download the cases' materials into the encrypted vault, kept "
            "offline\n"
            "  audit [verify] the audit log; verify checks its hash chain\n"
            "  notice CASE    issue a signed notice: --kind KIND --out FILE.pdf (--draft: a "
            "preview)\n"
            "  verify-notice FILE.pdf  check a notice's PDF signature and SM2 seal record\n"
            "  signing-cert fetch|import FILE.p12  the department's notice-signing certificate\n"
            "  intake         register an application at the counter: --item CODE "
            "--applicant-json FILE --receipt FILE.pdf; --reprint CASE prints a receipt again\n"
            "The profile folder is CASEDESK_HOME when set."));
    parser.addHelpOption();
    // Qt's version option would print the version alone; ours adds the folders (below).
    const QCommandLineOption version(
            {QStringLiteral("v"), QStringLiteral("version")},
            QCoreApplication::translate("casedesk-cli",
                                        "Print the versions of CaseDesk, Qt and OpenSSL and the "
                                        "profile, log and data folders."));
    parser.addOption(version);
    parser.addPositionalArgument(
            QCoreApplication::translate("casedesk-cli", "command"),
            QCoreApplication::translate("casedesk-cli",
                                        "login, logout, sync, cases, deadline, calendar, act, "
                                        "outbox, conflicts or prefetch"));
    const auto option = [](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name),
                             QCoreApplication::translate("casedesk-cli", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        return o;
    };
    parser.addOptions({
            option("server", QT_TRANSLATE_NOOP("casedesk-cli", "login: the platform's base URL."),
                   "url"),
            option("user", QT_TRANSLATE_NOOP("casedesk-cli", "login: the user name."), "name"),
            option("password-stdin",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "login: read the password from standard input.")),
            option("wipe",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "logout: also remove the cached cases, materials and keys.")),
            option("force",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "logout --wipe: even with actions or audit entries not yet "
                                     "sent.")),
            option("repair",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "verify-cache: fetch again the cases that differ.")),
            option("json",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "cases, overdue, workload, case, staff: print JSON.")),
            option("return",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "approve: return the case for review instead (needs "
                                     "--comment).")),
            option("to", QT_TRANSLATE_NOOP("casedesk-cli", "assign: the clerk's user name."),
                   "user"),
            option("limit",
                   QT_TRANSLATE_NOOP("casedesk-cli", "cases: print at most this many cases."), "n"),
            option("start",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "deadline: the day the period starts (not counted)."),
                   "yyyy-mm-dd"),
            option("working-days",
                   QT_TRANSLATE_NOOP("casedesk-cli", "deadline: the period in working days."), "n"),
            option("days",
                   QT_TRANSLATE_NOOP("casedesk-cli", "deadline: the period in natural days."), "n"),
            option("reapply",
                   QT_TRANSLATE_NOOP("casedesk-cli", "conflicts: send a held action again."), "id"),
            option("discard", QT_TRANSLATE_NOOP("casedesk-cli", "conflicts: drop a held action."),
                   "id"),
            option("reason",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "conflicts --discard: why (kept); act: the reason field; "
                                     "assign: why."),
                   "text"),
            option("out", QT_TRANSLATE_NOOP("casedesk-cli", "notice: the PDF to write."), "file"),
            option("draft",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "notice: write an unnumbered, unsigned preview.")),
            option("date",
                   QT_TRANSLATE_NOOP("casedesk-cli", "notice: the date of issue (default today)."),
                   "yyyy-mm-dd"),
            option("handler",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "notice: the handler printed (default the signed-in user)."),
                   "name"),
            option("licence-number",
                   QT_TRANSLATE_NOOP("casedesk-cli", "notice --kind grant: the licence's number."),
                   "text"),
            option("valid-until",
                   QT_TRANSLATE_NOOP("casedesk-cli", "notice --kind grant: the licence's expiry."),
                   "yyyy-mm-dd"),
            option("verbose",
                   QT_TRANSLATE_NOOP("casedesk-cli",
                                     "Also write the log's lines, debug ones included, to "
                                     "standard error.")),
            option("seal-record",
                   QT_TRANSLATE_NOOP(
                           "casedesk-cli",
                           "verify-notice: the SM2 seal record (default FILE.pdf.seal.json)."),
                   "file"),
    });
    parser.addOptions(actOptions());
    parser.addOptions(intakeOptions());
    // `act --help` describes the verbs rather than the whole tool.
    const QStringList raw = QCoreApplication::arguments();
    if (raw.size() >= 3 && raw.at(1) == QLatin1String("act")
        && (raw.contains(QStringLiteral("--help")) || raw.contains(QStringLiteral("-h"))))
        return actHelp();
    parser.process(app);
    // --version tells a support desk what it asks for first: the versions and the folders.
    if (parser.isSet(version)) {
        out() << "casedesk-cli " << QCoreApplication::applicationVersion() << '\n'
              << aboutText(aboutFacts(profile));
        out().flush();
        return Ok;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    qCInfo(lcUi).noquote() << "casedesk-cli" << QCoreApplication::applicationVersion() << command;
    const qsizetype expected = command == QLatin1String("calendar")
                    || command == QLatin1String("case") || command == QLatin1String("approve")
            ? 2
            : command == QLatin1String("act") ? 3
                                              : 1;
    // These check their own arguments.
    static const QStringList ownArguments{
            QStringLiteral("prefetch"),     QStringLiteral("audit"),
            QStringLiteral("notice"),       QStringLiteral("verify-notice"),
            QStringLiteral("signing-cert"), QStringLiteral("assign"),
            QStringLiteral("intake")};
    if (args.size() != expected && !ownArguments.contains(command))
        return usage(parser,
                     QCoreApplication::translate("casedesk-cli", "Give exactly one command."));
    int code = Usage;
    if (command == QLatin1String("login"))
        code = login(parser, profile);
    else if (command == QLatin1String("logout"))
        code = logout(parser, profile);
    else if (command == QLatin1String("sync"))
        code = sync(profile);
    else if (command == QLatin1String("verify-cache"))
        code = sync(profile, parser.isSet(QStringLiteral("repair")) ? 1 : 0);
    else if (command == QLatin1String("cases"))
        code = listCases(parser, profile);
    else if (command == QLatin1String("overdue"))
        code = listOverdue(parser, profile);
    else if (command == QLatin1String("workload"))
        code = printWorkload(parser, profile);
    else if (command == QLatin1String("deadline"))
        code = deadline(parser);
    else if (command == QLatin1String("calendar"))
        code = printCalendar(parser, args.at(1));
    else if (command == QLatin1String("act"))
        code = act(parser, args, profile);
    else if (command == QLatin1String("case"))
        code = showCase(parser, args, profile);
    else if (command == QLatin1String("approve"))
        code = approve(parser, args, profile);
    else if (command == QLatin1String("assign"))
        code = assign(parser, args, profile);
    else if (command == QLatin1String("staff"))
        code = staff(parser, profile);
    else if (command == QLatin1String("outbox"))
        code = outbox(profile);
    else if (command == QLatin1String("uploads"))
        code = uploads(profile);
    else if (command == QLatin1String("conflicts"))
        code = conflicts(parser, profile);
    else if (command == QLatin1String("audit"))
        code = audit(args, profile);
    else if (command == QLatin1String("prefetch"))
        code = prefetch(args.mid(1), profile);
    else if (command == QLatin1String("notice"))
        code = notice(parser, args, profile);
    else if (command == QLatin1String("verify-notice"))
        code = verifyNotice(parser, args, profile);
    else if (command == QLatin1String("intake"))
        code = intake(parser, profile);
    else if (command == QLatin1String("signing-cert"))
        code = signingCertificate(parser, args, profile);
    else
        code = usage(
                parser,
                QCoreApplication::translate("casedesk-cli", "Unknown command: %1").arg(command));
    out().flush();
    err().flush();
    return code;
}
