// casedesk-cli prefetch: materials into the encrypted vault, kept for offline work.

#include "Commands.h"

#include "core/Profile.h"
#include "platform/JsonMapping.h"
#include "platform/RestPlatformClient.h"
#include "security/CredentialStore.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Vault.h"
#include "sync/MaterialFetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

using namespace casedesk;

namespace cli {

int prefetch(const QStringList &caseIds, Profile &profile)
{
    if (caseIds.isEmpty()) {
        err() << QCoreApplication::translate("casedesk-cli", "prefetch needs one or more case ids.")
              << '\n';
        return Usage;
    }
    CredentialStore credentials;
    QString error;
    const std::unique_ptr<RestPlatformClient> client = signedInClient(profile, credentials, &error);
    if (!client) {
        err() << error << '\n';
        return Failed;
    }
    const auto cache = openKeyedCache(profile, credentials);
    if (!cache)
        return Failed;
    const CaseStore &store = *cache->cases();
    const std::unique_ptr<Vault> vault = cache->vault();
    MaterialFetcher fetcher(*client, *vault);
    int failures = 0;
    for (const QString &named : caseIds) {
        // A case is named by its 申报号 or its id.
        const QString caseId = store.caseIdFor(named).value_or(named);
        const auto stored = store.storedCase(caseId);
        const std::optional<Case> c = stored ? std::optional<Case>(stored->platform) : std::nullopt;
        if (!c) {
            err() << QCoreApplication::translate("casedesk-cli",
                                                 "%1: not in the local cache; run sync first.")
                             .arg(caseId)
                  << '\n';
            ++failures;
            continue;
        }
        for (const MaterialInfo &m : c->materials) {
            if (vault->contains(caseId, m.id)) {
                vault->setKept(caseId, true);
                continue;
            }
            QEventLoop loop;
            MaterialFetcher::Result result;
            fetcher.fetch(caseId, m.id, true, [&](const MaterialFetcher::Result &r) {
                result = r;
                loop.quit();
            });
            loop.exec();
            out() << caseId << '\t' << m.id << '\t' << m.name << '\t';
            if (result.error.isError()) {
                ++failures;
                out() << QCoreApplication::translate("casedesk-cli", "failed: %1")
                                 .arg(result.error.message)
                      << '\n';
            } else if (result.size == 0) {
                out() << QCoreApplication::translate("casedesk-cli",
                                                     "empty file — ask the applicant again")
                      << '\n';
            } else if (result.detectedType.isEmpty()) {
                out() << QCoreApplication::translate("casedesk-cli", "unknown file type (%1 bytes)")
                                 .arg(result.size)
                      << '\n';
            } else {
                out() << result.detectedType << ' ' << result.size;
                if (!m.mimeType.isEmpty() && m.mimeType.toLatin1() != result.detectedType)
                    out() << ' '
                          << QCoreApplication::translate("casedesk-cli", "(named as %1)")
                                     .arg(m.mimeType);
                out() << '\n';
            }
        }
    }
    return failures == 0 ? Ok : Failed;
}

} // namespace cli
