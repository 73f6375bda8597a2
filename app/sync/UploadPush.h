#pragma once

#include "platform/PlatformTypes.h"
#include "store/MaterialUploads.h"

#include <QByteArray>

#include <functional>

namespace casedesk {

class CaseStore;
class Clock;
class PlatformClient;
class Vault;

// Sends the queued files (store/MaterialUploads) to the platform, one after the other: each is
// announced with its size and SHA-256, sent in chunks from the offset the platform holds, and
// completed; the platform's case with the new material goes into the cache. A file killed or
// cut off halfway goes on from the platform's offset the next time, never from the start, and
// a file the platform received damaged is sent again. A refusal is kept with the file and
// shown; an unreachable platform leaves the files for the next round.
class UploadPush
{
public:
    // `chunkBytes`: the largest chunk sent (the platform may ask for smaller ones).
    UploadPush(PlatformClient &client, MaterialUploads &uploads, Vault &vault, CaseStore &store,
               const Clock &clock, qint64 chunkBytes);

    // Sends every due file, then calls `then`; `fail` ends the round instead (the session
    // ended, the cache could not be written).
    void run(std::function<void()> then, std::function<void(const PlatformError &)> fail);

    // A file announced, sent and completed more often than this is refused for good.
    static constexpr int kMaxRestarts = 3;

private:
    void next();
    void announce();
    void resume();
    void sendFrom(qint64 offset);
    void complete();
    void failed(const PlatformError &error);
    void storageFailed();
    void rejectAndGoOn(const QString &message);

    PlatformClient &m_client;
    MaterialUploads &m_uploads;
    Vault &m_vault;
    CaseStore &m_store;
    const Clock &m_clock;
    qint64 m_chunkBytes;
    qint64 m_platformChunk = 0;
    MaterialUpload m_current;
    QByteArray m_content;
    std::function<void()> m_then;
    std::function<void(const PlatformError &)> m_fail;
};

} // namespace casedesk
