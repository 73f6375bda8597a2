#pragma once

#include "platform/PlatformTypes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace casedesk {

class PlatformClient;
class Vault;

// Brings one material file from the platform into the vault: resumes a broken download where it
// stopped (Range), checks the size and decides the type by the content, never by the name.
class MaterialFetcher
{
public:
    static constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
    static constexpr int kMaxAttempts = 4;

    MaterialFetcher(PlatformClient &client, Vault &vault) : m_client(client), m_vault(vault) { }

    struct Result
    {
        PlatformError error; // none: stored
        QByteArray detectedType; // empty for an empty or unknown file
        qint64 size = 0;
        int resumes = 0;
    };
    void fetch(const QString &caseId, const QString &materialId, bool keep, std::function<void(const Result &)> done);

private:
    struct Job;
    void next(std::shared_ptr<Job> job);

    PlatformClient &m_client;
    Vault &m_vault;
};

} // namespace casedesk
