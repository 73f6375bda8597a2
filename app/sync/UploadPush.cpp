#include "UploadPush.h"

#include "SyncEngine.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "platform/PlatformClient.h"
#include "store/CaseStore.h"
#include "store/Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimer>

namespace casedesk {

UploadPush::UploadPush(PlatformClient &client, MaterialUploads &uploads, Vault &vault,
                       CaseStore &store, const Clock &clock, qint64 chunkBytes)
    : m_client(client), m_uploads(uploads), m_vault(vault), m_store(store), m_clock(clock),
      m_chunkBytes(std::max<qint64>(chunkBytes, 1))
{
}

void UploadPush::run(std::function<void()> then, std::function<void(const PlatformError &)> fail)
{
    m_then = std::move(then);
    m_fail = std::move(fail);
    next();
}

void UploadPush::next()
{
    m_content.clear();
    const std::optional<MaterialUpload> due = m_uploads.nextDue(m_clock.now());
    if (!due) {
        m_then();
        return;
    }
    m_current = *due;
    QString error;
    const std::optional<Vault::Entry> file
            = m_vault.get(m_current.vaultCase, m_current.vaultId, &error);
    if (!file) {
        rejectAndGoOn(QCoreApplication::translate("UploadPush",
                                                  "The file is no longer on this computer: %1")
                              .arg(error));
        return;
    }
    // The vault's tag already vouches for the bytes; this says they are the ones announced.
    if (QString::fromLatin1(
                QCryptographicHash::hash(file->content, QCryptographicHash::Sha256).toHex())
        != m_current.sha256) {
        rejectAndGoOn(QCoreApplication::translate(
                "UploadPush", "The file on this computer is not the one that was taken."));
        return;
    }
    m_content = file->content;
    if (m_current.uploadId.isEmpty())
        announce();
    else
        resume();
}

void UploadPush::announce()
{
    const UploadSpec spec{m_current.name,
                          m_current.fileName,
                          QString::fromLatin1(m_current.mimeType),
                          m_current.category,
                          m_current.size,
                          m_current.sha256,
                          m_uploads.replacedMaterial(m_current)};
    m_client.createUpload(m_current.caseId, spec, m_current.idempotencyKey,
                          [this](const UploadState &state, const PlatformError &error) {
                              if (error.isError()) {
                                  failed(error);
                                  return;
                              }
                              if (!m_uploads.setAnnounced(m_current.id, state.id, state.received)) {
                                  storageFailed();
                                  return;
                              }
                              m_current.uploadId = state.id;
                              m_platformChunk = state.chunkSize;
                              if (state.complete)
                                  complete();
                              else
                                  sendFrom(state.received);
                          });
}

void UploadPush::resume()
{
    // After a kill or a cut line the platform's offset is the truth: what it has is not sent
    // again, and what it lacks is.
    m_client.fetchUpload(m_current.caseId, m_current.uploadId,
                         [this](const UploadState &state, const PlatformError &error) {
                             if (error.kind == PlatformError::Kind::NotFound) {
                                 // The platform let the unfinished upload go: announce it anew.
                                 if (!m_uploads.restart(m_current.id, error.message)) {
                                     storageFailed();
                                     return;
                                 }
                                 m_current.uploadId.clear();
                                 m_current.idempotencyKey.clear();
                                 next();
                                 return;
                             }
                             if (error.isError()) {
                                 failed(error);
                                 return;
                             }
                             qCInfo(lcSync).noquote()
                                     << "upload" << m_current.id << "resumed at" << state.received
                                     << "of" << state.size << "bytes (" << m_current.received
                                     << "recorded here)";
                             if (!m_uploads.setReceived(m_current.id, state.received)) {
                                 storageFailed();
                                 return;
                             }
                             m_platformChunk = state.chunkSize;
                             if (state.complete)
                                 complete();
                             else
                                 sendFrom(state.received);
                         });
}

void UploadPush::sendFrom(qint64 offset)
{
    if (offset >= m_content.size()) {
        complete();
        return;
    }
    const qint64 size
            = m_platformChunk > 0 ? std::min(m_chunkBytes, m_platformChunk) : m_chunkBytes;
    m_client.sendUploadChunk(
            m_current.caseId, m_current.uploadId, offset, m_content.mid(offset, size),
            [this, offset](const UploadState &state, const PlatformError &error) {
                if (error.kind == PlatformError::Kind::InvalidState) {
                    // The platform holds another offset (an answer was lost): ask it.
                    resume();
                    return;
                }
                if (error.isError()) {
                    failed(error);
                    return;
                }
                if (state.received <= offset) {
                    failed({PlatformError::Kind::Malformed,
                            0,
                            {},
                            QCoreApplication::translate(
                                    "UploadPush",
                                    "The platform took a part of the file but did not count it.")});
                    return;
                }
                if (!m_uploads.setReceived(m_current.id, state.received)) {
                    storageFailed();
                    return;
                }
                sendFrom(state.received);
            });
}

void UploadPush::complete()
{
    m_client.completeUpload(
            m_current.caseId, m_current.uploadId,
            [this](const CaseRecord &answer, const PlatformError &error) {
                if (error.kind == PlatformError::Kind::InvalidState) {
                    resume(); // not every byte arrived after all
                    return;
                }
                if (error.code == QLatin1String("checksum-mismatch")) {
                    // The platform threw the bytes away; send the file again, a few times.
                    if (m_current.attempts + 1 >= kMaxRestarts) {
                        rejectAndGoOn(error.message);
                        return;
                    }
                    if (!m_uploads.restart(m_current.id, error.message)) {
                        storageFailed();
                        return;
                    }
                    next();
                    return;
                }
                if (error.isError()) {
                    failed(error);
                    return;
                }
                // The material the platform made of it: the newest of that name and digest.
                const MaterialInfo *made = nullptr;
                for (const MaterialInfo &m : answer.data.materials) {
                    if (m.name == m_current.name && m.sha256 == m_current.sha256
                        && (!made || m.version > made->version))
                        made = &m;
                }
                if (!made) {
                    rejectAndGoOn(QCoreApplication::translate(
                            "UploadPush",
                            "The platform completed the upload but does not list the file "
                            "among the case's materials."));
                    return;
                }
                CacheBatch batch;
                batch.cases.append({answer.data, answer.json});
                QString storeError;
                if (!m_store.apply(batch, &storeError)
                    || !m_uploads.markDone(m_current.id, made->id, made->version, m_clock.now())) {
                    // The platform has it; the next round asks again and is answered the same.
                    storageFailed();
                    return;
                }
                // Opened from the case like any material, offline too, without a download.
                QString ignored;
                m_vault.put(m_current.caseId, made->id, m_current.mimeType, m_content, false,
                            &ignored);
                qCInfo(lcSync).noquote()
                        << "upload" << m_current.id << "of case" << m_current.caseId
                        << "complete as material" << made->id << "version" << made->version;
                next();
            });
}

void UploadPush::failed(const PlatformError &error)
{
    if (error.kind == PlatformError::Kind::SessionExpired
        || error.kind == PlatformError::Kind::Tls) {
        m_fail(error);
        return;
    }
    if (error.isTransient()) {
        // Kept where it is; the other work of the round goes on.
        const qint64 delay = SyncEngine::retryDelayMs(m_current.attempts, error);
        if (!m_uploads.reschedule(m_current.id, m_clock.now().addMSecs(delay), error.message)) {
            storageFailed();
            return;
        }
        m_then();
        return;
    }
    qCWarning(lcSync).noquote() << "upload" << m_current.id << "refused by the platform"
                                << QStringLiteral("(%1)").arg(error.summary());
    rejectAndGoOn(error.message);
}

void UploadPush::rejectAndGoOn(const QString &message)
{
    if (!m_uploads.markRejected(m_current.id, message)) {
        storageFailed();
        return;
    }
    // From the event loop: a row of refusals never recurses.
    QTimer::singleShot(0, &m_client, [this] { next(); });
}

void UploadPush::storageFailed()
{
    m_fail({PlatformError::Kind::Storage,
            0,
            {},
            QCoreApplication::translate("SyncEngine", "The local cache could not be written.")});
}

} // namespace casedesk
