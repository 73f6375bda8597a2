#include "AuditPush.h"

#include "platform/PlatformClient.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk {

void pushAuditTrail(PlatformClient &client, AuditLog &audit, const QString &device,
                    std::function<void()> then)
{
    constexpr int kBatch = 500; // the platform's limit per request
    const QList<AuditLog::Entry> entries = device.isEmpty()
            ? QList<AuditLog::Entry>()
            : audit.entriesAfter(audit.pushedSeq(), kBatch);
    if (entries.isEmpty()) {
        then();
        return;
    }
    QJsonArray batch;
    for (const AuditLog::Entry &e : entries)
        batch.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), e.at},
                                 {QStringLiteral("user"), e.user},
                                 {QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("subject"), e.subject},
                                 {QStringLiteral("detail"), e.detail},
                                 {QStringLiteral("prevHash"), e.prevHash},
                                 {QStringLiteral("hash"), e.hash}});
    const bool more = entries.size() == kBatch;
    client.pushAudit(
            device, batch,
            [&client, &audit, device, then, more](qint64 lastSeq, const PlatformError &error) {
                if (error.isError()) {
                    audit.setPushError(error.message);
                    then();
                    return;
                }
                audit.setPushedSeq(lastSeq);
                audit.setPushError({});
                if (more)
                    pushAuditTrail(client, audit, device, then);
                else
                    then();
            });
}

} // namespace casedesk
