// The section chief's commands: approve or return, assign, the staff, and a case as the pane
// shows it.

#include "Commands.h"

#include "cases/CaseCodec.h"
#include "cases/Workflow.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "security/CredentialStore.h"
#include "session/CaseDetails.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;

namespace cli {

namespace {

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}

QString decisionLabel(const QString &decision)
{
    if (decision == QLatin1String("grant"))
        return QCoreApplication::translate("casedesk-cli", "grant");
    if (decision == QLatin1String("deny"))
        return QCoreApplication::translate("casedesk-cli", "deny");
    return decision;
}

QJsonObject caseJson(const CaseDetails &d)
{
    const Case &c = d.effective;
    QJsonArray history;
    for (const CaseDetails::TimelineEntry &e : d.timeline)
        history.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                   {QStringLiteral("who"), e.actor},
                                   {QStringLiteral("what"), e.what},
                                   {QStringLiteral("note"), e.note},
                                   {QStringLiteral("notYetSent"), e.local},
                                   {QStringLiteral("signature"), e.signature},
                                   {QStringLiteral("signatureKey"), e.signatureKey}});
    QJsonArray actions;
    for (const CaseDetails::Action &a : d.actions)
        actions.append(
                QJsonObject{{QStringLiteral("verb"), a.verb}, {QStringLiteral("label"), a.label}});
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("caseNo"), c.caseNo},
                  {QStringLiteral("itemName"), c.itemName},
                  {QStringLiteral("applicantName"), c.applicant.name},
                  {QStringLiteral("stage"), stageWireName(c.stage)},
                  {QStringLiteral("stageLabel"), stageLabel(c.stage)},
                  {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                  {QStringLiteral("remaining"), d.remaining},
                  {QStringLiteral("heldBy"), d.claimHolder},
                  {QStringLiteral("actions"), actions},
                  {QStringLiteral("history"), history}};
    if (c.proposal.isValid())
        o.insert(QStringLiteral("proposal"),
                 QJsonObject{{QStringLiteral("decision"), c.proposal.decision},
                             {QStringLiteral("opinion"), c.proposal.opinion},
                             {QStringLiteral("reasons"), c.proposal.reasons},
                             {QStringLiteral("legalBasis"), c.proposal.legalBasis}});
    if (!c.approval.chain.isEmpty()) {
        // For scripts: the platform's role names and user names, with the chain in words.
        QJsonArray signs;
        for (const ApprovalSign &sign : c.approval.signs)
            signs.append(QJsonObject{{QStringLiteral("role"), roleName(sign.role)},
                                     {QStringLiteral("by"), sign.by},
                                     {QStringLiteral("byName"), sign.byName},
                                     {QStringLiteral("at"), sign.at.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("approval"),
                 QJsonObject{{QStringLiteral("chain"),
                              QJsonArray::fromStringList(roleNames(c.approval.chain))},
                             {QStringLiteral("approvals"), signs},
                             {QStringLiteral("text"), d.approvalChain}});
    }
    if (!c.returnComments.isEmpty())
        o.insert(QStringLiteral("returnComments"), c.returnComments);
    if (c.requestedExtensionDays > 0)
        o.insert(QStringLiteral("extensionRequest"),
                 QJsonObject{{QStringLiteral("days"), c.requestedExtensionDays},
                             {QStringLiteral("reason"), c.extensionReason},
                             {QStringLiteral("recommendation"), c.extensionRecommendation}});
    if (!c.decision.isEmpty())
        o.insert(QStringLiteral("decision"), c.decision);
    return o;
}

void printCase(const CaseDetails &d)
{
    const Case &c = d.effective;
    const auto line = [](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out() << label << ": " << value << '\n';
    };
    line(QCoreApplication::translate("casedesk-cli", "Case"), c.caseNo);
    line(QCoreApplication::translate("casedesk-cli", "Item"), c.itemName);
    line(QCoreApplication::translate("casedesk-cli", "Applicant"), c.applicant.name);
    line(QCoreApplication::translate("casedesk-cli", "Stage"), stageLabel(c.stage));
    line(QCoreApplication::translate("casedesk-cli", "Due"),
         d.due.isValid() ? QCoreApplication::translate("casedesk-cli", "%1 (%2)")
                                   .arg(d.due.toString(Qt::ISODate), d.remaining)
                         : QString());
    line(QCoreApplication::translate("casedesk-cli", "Held by"), d.claimHolder);
    if (c.proposal.isValid()) {
        line(QCoreApplication::translate("casedesk-cli", "Proposal"),
             decisionLabel(c.proposal.decision));
        line(QCoreApplication::translate("casedesk-cli", "Opinion"), c.proposal.opinion);
        line(QCoreApplication::translate("casedesk-cli", "Reasons"), c.proposal.reasons);
        line(QCoreApplication::translate("casedesk-cli", "Legal basis"), c.proposal.legalBasis);
    }
    line(QCoreApplication::translate("casedesk-cli", "Approval chain"), d.approvalChain);
    line(QCoreApplication::translate("casedesk-cli", "Returned with"), c.returnComments);
    if (c.requestedExtensionDays > 0) {
        line(QCoreApplication::translate("casedesk-cli", "Extension requested"),
             QCoreApplication::translate("casedesk-cli", "%n working day(s)", nullptr,
                                         c.requestedExtensionDays));
        line(QCoreApplication::translate("casedesk-cli", "Reason"), c.extensionReason);
        line(QCoreApplication::translate("casedesk-cli", "Chief's opinion"),
             c.extensionRecommendation);
    }
    line(QCoreApplication::translate("casedesk-cli", "Decision"), decisionLabel(c.decision));
    QStringList verbs;
    for (const CaseDetails::Action &a : d.actions)
        verbs.append(QStringLiteral("%1 (%2)").arg(a.label, a.verb));
    line(QCoreApplication::translate("casedesk-cli", "You may"), verbs.join(QStringLiteral(", ")));
    out() << QCoreApplication::translate("casedesk-cli", "History") << ":\n";
    for (const CaseDetails::TimelineEntry &e : d.timeline) {
        QStringList cells{timeText(e.at), e.actor,
                          e.local ? QCoreApplication::translate("casedesk-cli", "%1 (not yet sent)")
                                            .arg(e.what)
                                  : e.what,
                          e.note};
        if (!e.signature.isEmpty())
            cells.append(QCoreApplication::translate("casedesk-cli", "%1, key %2")
                                 .arg(e.signature, e.signatureKey.left(16)));
        out() << "  " << cells.join(QLatin1Char('\t')) << '\n';
    }
}

} // namespace

int approve(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    const bool back = parser.isSet(QStringLiteral("return"));
    const Transition *t
            = Workflow::find(back ? QStringLiteral("return") : QStringLiteral("approve"));
    QJsonObject payload;
    const QString comment = parser.value(QStringLiteral("comment"));
    if (!comment.isEmpty())
        payload.insert(back ? QStringLiteral("comments") : QStringLiteral("comment"), comment);
    return queueAction(profile, args.value(1), *t, payload);
}

int assign(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    const QString to = parser.value(QStringLiteral("to"));
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    const QStringList named = args.mid(1);
    if (named.isEmpty() || to.isEmpty() || reason.isEmpty()) {
        err() << QCoreApplication::translate(
                "casedesk-cli", "assign needs one or more cases, --to USER and --reason TEXT.")
              << '\n';
        return Usage;
    }
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    CredentialStore credentials;
    QString error;
    std::unique_ptr<RestPlatformClient> client = signedInClient(profile, credentials, &error);
    if (!client) {
        err() << error << '\n';
        return Failed;
    }
    int failed = 0;
    for (const QString &name : named) {
        const std::optional<QString> id = cachedCaseId(*cache, name);
        if (!id) {
            ++failed;
            continue;
        }
        QEventLoop loop;
        client->assignCase(*id, to, reason, [&](const CaseRecord &record, const PlatformError &e) {
            QString storeError;
            CacheBatch batch;
            if (!e.isError())
                batch.cases.append({record.data, record.json});
            if (e.isError()) {
                err() << QCoreApplication::translate("casedesk-cli", "%1: not assigned: %2")
                                 .arg(name, e.message)
                      << '\n';
                ++failed;
            } else if (!cache->cases()->apply(batch, &storeError)) {
                // Moved on the platform: the next sync brings it here.
                err() << QCoreApplication::translate(
                                 "casedesk-cli", "%1: assigned, but not yet in the local cache: %2")
                                 .arg(name, storeError)
                      << '\n';
            } else {
                out() << QCoreApplication::translate("casedesk-cli", "%1: assigned to %2.")
                                 .arg(name,
                                      record.data.claimedByName.isEmpty()
                                              ? to
                                              : record.data.claimedByName)
                      << '\n';
            }
            loop.quit();
        });
        loop.exec();
    }
    return failed == 0 ? Ok : Failed;
}

int staff(const QCommandLineParser &parser, Profile &profile)
{
    CredentialStore credentials;
    QString error;
    std::unique_ptr<RestPlatformClient> client = signedInClient(profile, credentials, &error);
    if (!client) {
        err() << error << '\n';
        return Failed;
    }
    QList<StaffMember> list;
    PlatformError failure;
    QEventLoop loop;
    client->fetchStaff([&](const QList<StaffMember> &staff, const PlatformError &e) {
        list = staff;
        failure = e;
        loop.quit();
    });
    loop.exec();
    if (failure.isError()) {
        err() << failure.message << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StaffMember &m : list)
            array.append(QJsonObject{{QStringLiteral("userName"), m.userName},
                                     {QStringLiteral("displayName"), m.displayName},
                                     {QStringLiteral("role"), m.role}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const StaffMember &m : list) {
        const std::optional<Role> role = roleFromName(m.role);
        out() << m.userName << '\t' << m.displayName << '\t' << (role ? roleLabel(*role) : m.role)
              << '\n';
    }
    return Ok;
}

int showCase(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    auto cache = openCache(profile);
    if (!cache)
        return Failed;
    const QString named = args.value(1);
    const std::optional<QString> id = cachedCaseId(*cache, named);
    if (!id)
        return Failed;
    CaseDetailsController details(*cache->database(), *cache->cases(), *cache->outbox(),
                                  profile.templatesDir());
    details.setUser(cache->user());
    details.setCase(*id);
    if (!details.details().found) {
        err() << details.details().problem << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(caseJson(details.details())).toJson(QJsonDocument::Indented);
    else
        printCase(details.details());
    return Ok;
}

} // namespace cli
