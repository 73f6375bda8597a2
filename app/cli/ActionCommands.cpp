// casedesk-cli act, outbox and conflicts: workflow actions from scripts, through the outbox.

#include "Commands.h"

#include "cases/Workflow.h"
#include "core/Profile.h"
#include "security/ApprovalSigner.h"
#include "security/CredentialStore.h"
#include "security/DataKey.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/MaterialUploads.h"
#include "store/Outbox.h"
#include "sync/ActionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace casedesk;

namespace cli {

namespace {

// legalBasis -> legal-basis
QString optionName(const char *field)
{
    QString name;
    for (const char *c = field; *c; ++c) {
        if (*c >= 'A' && *c <= 'Z')
            name += QLatin1Char('-') + QLatin1Char(char(*c - 'A' + 'a'));
        else
            name += QLatin1Char(*c);
    }
    return name == QLatin1String("items") ? QStringLiteral("item") : name;
}

// Who takes `t`; approving and returning follow the case's approval chain.
QString takenBy(const Transition &t)
{
    const QLatin1String verb(t.verb);
    if (verb == QLatin1String("approve") || verb == QLatin1String("return"))
        return QCoreApplication::translate("casedesk-cli", "the approval chain's next step: %1")
                .arg(QStringList{roleLabel(Role::Chief), roleLabel(Role::Head)}.join(
                        QStringLiteral(", ")));
    return roleLabel(t.role);
}

} // namespace

std::unique_ptr<Workspace> openCache(Profile &profile)
{
    // No data key here: these commands read stages, claims and materials, never personal data,
    // and only the sync engine writes case records.
    auto cache = std::make_unique<Workspace>(profile);
    QString error;
    if (!cache->open(&error)) {
        err() << error << '\n';
        return nullptr;
    }
    if (cache->rescued())
        err() << cache->rescued()->summary() << '\n';
    return cache;
}

std::unique_ptr<Workspace> openKeyedCache(Profile &profile, CredentialStore &credentials)
{
    QString error;
    const std::optional<QByteArray> key = profileDataKey(credentials, profile, &error);
    if (!key) {
        err() << error << '\n';
        return nullptr;
    }
    auto cache = openCache(profile);
    if (cache)
        cache->setDataKey(*key);
    return cache;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QList<QCommandLineOption> actOptions()
{
    QStringList seen;
    QList<QCommandLineOption> options;
    for (const Transition &t : Workflow::transitions()) {
        for (const ActionField &f : t.fields) {
            const QString name = optionName(f.name);
            // --days and --limit are shared with the deadline and cases commands.
            if (seen.contains(name) || name == QLatin1String("days")
                || name == QLatin1String("limit") || name == QLatin1String("reason"))
                continue;
            seen.append(name);
            QCommandLineOption o(name,
                                 QCoreApplication::translate("casedesk-cli", "act: %1")
                                         .arg(Workflow::fieldLabel(f)));
            o.setValueName(f.kind == ActionField::Kind::Items ? QStringLiteral("material=reason")
                                                              : QStringLiteral("value"));
            options.append(o);
        }
    }
    return options;
}

int actHelp()
{
    out() << QCoreApplication::translate(
            "casedesk-cli",
            "casedesk-cli act CASE VERB [--field value ...]\n"
            "Takes a workflow action on a cached case. It is checked against the rules at once and "
            "sent to the platform by the next sync, online or not.\n\nVerbs:\n");
    for (const Transition &t : Workflow::transitions()) {
        QStringList stages;
        for (CaseStage s : t.from)
            stages.append(stageLabel(s));
        out() << "  " << t.verb << "  " << Workflow::label(t) << " (" << takenBy(t) << "; "
              << stages.join(QStringLiteral(", ")) << ")\n";
        for (const ActionField &f : t.fields) {
            out() << "      --" << optionName(f.name) << "  " << Workflow::fieldLabel(f);
            if (!f.choices.isEmpty())
                out() << ": " << f.choices.join(QLatin1Char('|'));
            if (f.kind == ActionField::Kind::Items)
                out() << QCoreApplication::translate("casedesk-cli", " (repeat for each material)");
            out() << '\n';
        }
        out() << "      " << Workflow::clockEffect(t) << '\n';
    }
    return Ok;
}

int act(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    if (args.size() != 3) {
        err() << QCoreApplication::translate(
                "casedesk-cli", "act needs a case and a verb; see casedesk-cli act --help.")
              << '\n';
        return Usage;
    }
    const QString named = args.at(1); // the 申报号 or the id
    const QString verb = args.at(2);
    const Transition *t = Workflow::find(verb);
    if (!t) {
        err() << QCoreApplication::translate("casedesk-cli",
                                             "Unknown verb %1; see casedesk-cli act --help.")
                         .arg(verb)
              << '\n';
        return Usage;
    }
    QJsonObject payload;
    for (const ActionField &f : t->fields) {
        const QString name = optionName(f.name);
        if (!parser.isSet(name))
            continue;
        const QString key = QLatin1String(f.name);
        if (f.kind == ActionField::Kind::Items) {
            QJsonArray items;
            for (const QString &value : parser.values(name))
                items.append(QJsonObject{
                        {QStringLiteral("material"),
                         value.section(QLatin1Char('='), 0, 0).trimmed()},
                        {QStringLiteral("reason"), value.section(QLatin1Char('='), 1).trimmed()}});
            payload.insert(key, items);
        } else if (f.kind == ActionField::Kind::Days) {
            bool ok = false;
            const int days = parser.value(name).toInt(&ok);
            if (!ok) {
                err() << QCoreApplication::translate("casedesk-cli", "--%1 needs a number of days.")
                                 .arg(name)
                      << '\n';
                return Usage;
            }
            // A procedure's own limit goes to the platform as a limit object.
            if (key == QLatin1String("limit"))
                payload.insert(
                        key,
                        QJsonObject{{QStringLiteral("value"), days},
                                    {QStringLiteral("unit"), QStringLiteral("workingDays")}});
            else
                payload.insert(key, days);
        } else {
            payload.insert(key, parser.value(name));
        }
    }
    return queueAction(profile, named, *t, payload);
}

int queueAction(Profile &profile, const QString &named, const Transition &transition,
                const QJsonObject &payload)
{
    const auto role = roleFromName(profile.roles().value(0));
    if (!role || profile.userName().isEmpty()) {
        err() << QCoreApplication::translate("casedesk-cli",
                                             "Not signed in: run casedesk-cli login first.")
              << '\n';
        return Failed;
    }
    const QString verb = QLatin1String(transition.verb);
    const Transition *t = &transition;
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    const std::optional<QString> found = cachedCaseId(*cache, named);
    if (!found)
        return Failed;
    const QString caseId = *found;
    ActionService actions(*cache->cases(), *cache->outbox());
    CredentialStore credentials;
    ApprovalSigner signer(credentials, profile.approvalKeyName());
    actions.setSigner(&signer);
    const ActionService::Result result
            = actions.take(caseId, *role, profile.userName(), verb, payload);
    if (!result.ok()) {
        for (const Violation &v : result.violations)
            err() << (v.field.isEmpty()
                              ? QString()
                              : QStringLiteral("--") + optionName(v.field.toLatin1().constData())
                                      + QStringLiteral(": "))
                  << v.message << '\n';
        return Failed;
    }
    out() << QCoreApplication::translate("casedesk-cli",
                                         "Queued as #%1: %2 on %3. The next sync sends it.")
                     .arg(result.outboxId)
                     .arg(Workflow::label(*t), caseId)
          << '\n';
    return Ok;
}

std::optional<QString> cachedCaseId(Workspace &cache, const QString &named)
{
    const std::optional<QString> id = cache.cases()->caseIdFor(named);
    if (!id)
        err() << QCoreApplication::translate("casedesk-cli",
                                             "%1: not in the local cache; run sync first.")
                         .arg(named)
              << '\n';
    return id;
}

int audit(const QStringList &args, Profile &profile)
{
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    if (args.value(1) == QLatin1String("verify")) {
        const QList<AuditLog::Problem> problems = cache->audit()->verify();
        for (const AuditLog::Problem &p : problems)
            out() << QCoreApplication::translate("casedesk-cli", "entry %1: %2")
                             .arg(p.seq)
                             .arg(p.what)
                  << '\n';
        if (!problems.isEmpty())
            return Failed;
        out() << QCoreApplication::translate("casedesk-cli",
                                             "The audit log is intact: %n entry(s).", nullptr,
                                             int(cache->audit()->entries().size()))
              << '\n';
        out() << QCoreApplication::translate("casedesk-cli", "On the platform: up to entry %1.")
                         .arg(cache->audit()->pushedSeq())
              << '\n';
        if (const QString refused = cache->audit()->pushError(); !refused.isEmpty())
            out() << QCoreApplication::translate("casedesk-cli",
                                                 "The platform refused the latest entries: %1")
                             .arg(refused)
                  << '\n';
        return Ok;
    }
    for (const AuditLog::Entry &e : cache->audit()->entries()) {
        out() << e.seq << '\t' << QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODate) << '\t'
              << e.user << '\t' << e.kind << '\t' << e.subject << '\t' << e.detail << '\n';
    }
    return Ok;
}

void recordSignInOut(Profile &profile, const QString &kind, const QString &detail)
{
    if (const auto cache = openCache(profile))
        cache->audit()->append(profile.userName(), kind, profile.server().host(), detail);
}

int outbox(Profile &profile)
{
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    const QList<OutboxItem> items = cache->outbox()->items();
    for (const OutboxItem &item : items) {
        out() << '#' << item.id << '\t' << item.caseId << '\t' << item.verb << '\t'
              << outboxStateName(item.state) << '\t' << item.attempts << '\t' << item.lastError
              << '\n';
    }
    err() << QCoreApplication::translate("casedesk-cli", "%1 waiting, %2 held.")
                     .arg(cache->outbox()->pendingCount())
                     .arg(cache->outbox()->heldCount())
          << '\n';
    return Ok;
}

int uploads(Profile &profile)
{
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    MaterialUploads queue(*cache->database());
    for (const MaterialUpload &u : queue.items()) {
        out() << '#' << u.id << '\t' << u.caseId << '\t' << u.name << '\t' << 'r' << u.revision
              << '\t' << uploadStateName(u.state) << '\t' << u.received << '/' << u.size << '\t'
              << u.lastError << '\n';
    }
    err() << QCoreApplication::translate("casedesk-cli", "%1 waiting, %2 refused.")
                     .arg(queue.pendingCount())
                     .arg(queue.rejectedCount())
          << '\n';
    return Ok;
}

int conflicts(const QCommandLineParser &parser, Profile &profile)
{
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    QString error;
    if (parser.isSet(QStringLiteral("reapply"))) {
        if (!cache->outbox()->reapply(parser.value(QStringLiteral("reapply")).toLongLong(),
                                      profile.userName(), &error)) {
            err() << error << '\n';
            return Failed;
        }
        out() << QCoreApplication::translate(
                "casedesk-cli",
                "The action goes out again on the platform's current version at the next sync.")
              << '\n';
        return Ok;
    }
    if (parser.isSet(QStringLiteral("discard"))) {
        if (!cache->outbox()->discard(parser.value(QStringLiteral("discard")).toLongLong(),
                                      parser.value(QStringLiteral("reason")), profile.userName(),
                                      &error)) {
            err() << error << '\n';
            return Failed;
        }
        out() << QCoreApplication::translate(
                "casedesk-cli", "Discarded; the action and the reason are kept in the cache.")
              << '\n';
        return Ok;
    }
    for (const OutboxItem &item : cache->outbox()->items()) {
        if (item.state == OutboxItem::State::Pending)
            continue;
        const QJsonObject current = QJsonDocument::fromJson(item.conflictJson).object();
        out() << '#' << item.id << '\t' << item.caseId << '\t' << item.verb << '\t'
              << outboxStateName(item.state) << '\t' << item.lastError;
        if (!current.isEmpty())
            out() << '\t'
                  << QCoreApplication::translate("casedesk-cli", "platform: %1, version %2")
                             .arg(current.value(QStringLiteral("stage")).toString())
                             .arg(current.value(QStringLiteral("version")).toInteger());
        out() << '\n';
    }
    return Ok;
}

} // namespace cli
