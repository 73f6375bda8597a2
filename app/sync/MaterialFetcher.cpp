#include "MaterialFetcher.h"

#include "platform/PlatformClient.h"
#include "store/Vault.h"

#include <QCoreApplication>

namespace casedesk {

struct MaterialFetcher::Job
{
    QString caseId;
    QString materialId;
    bool keep = false;
    QByteArray data;
    QByteArray mimeType;
    int attempts = 0;
    int resumes = 0;
    std::function<void(const Result &)> done;
};

void MaterialFetcher::fetch(const QString &caseId, const QString &materialId, bool keep,
                            std::function<void(const Result &)> done)
{
    auto job = std::make_shared<Job>();
    job->caseId = caseId;
    job->materialId = materialId;
    job->keep = keep;
    job->done = std::move(done);
    next(job);
}

void MaterialFetcher::next(std::shared_ptr<Job> job)
{
    const qint64 offset = job->data.size();
    if (offset > 0)
        ++job->resumes;
    m_client.downloadMaterial(
            job->caseId, job->materialId, offset,
            [this, job](const MaterialChunk &chunk, const PlatformError &error) {
                if (error.isError()) {
                    // A broken connection keeps what arrived; the next try asks only for the rest.
                    if (!chunk.data.isEmpty() && chunk.offset == job->data.size())
                        job->data += chunk.data;
                    else if (!chunk.data.isEmpty() && chunk.offset == 0)
                        job->data = chunk.data;
                    if (error.isTransient() && ++job->attempts < kMaxAttempts) {
                        next(job);
                        return;
                    }
                    job->done({error, {}, job->data.size(), job->resumes});
                    return;
                }
                if (chunk.offset == 0)
                    job->data = chunk.data; // the platform sent the whole file again
                else
                    job->data += chunk.data;
                if (chunk.totalSize > kMaxFileBytes || job->data.size() > kMaxFileBytes) {
                    job->done({{PlatformError::Kind::Invalid,
                                0,
                                {},
                                QCoreApplication::translate(
                                        "MaterialFetcher",
                                        "The file is larger than CaseDesk accepts (200 MiB).")},
                               {},
                               job->data.size(),
                               job->resumes});
                    return;
                }
                if (job->data.size() < chunk.totalSize && !chunk.data.isEmpty()) {
                    next(job);
                    return;
                }
                const QByteArray type = Vault::detectType(job->data);
                QString storeError;
                if (!m_vault.put(job->caseId, job->materialId, type, job->data, job->keep,
                                 &storeError)) {
                    job->done({{PlatformError::Kind::Storage, 0, {}, storeError},
                               type,
                               job->data.size(),
                               job->resumes});
                    return;
                }
                job->done({{}, type, job->data.size(), job->resumes});
            });
}

} // namespace casedesk
