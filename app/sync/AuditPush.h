#pragma once

#include <functional>

class QString;

namespace casedesk {

class AuditLog;
class PlatformClient;

// Sends the audit entries the platform does not have yet, in batches, then calls `then`. A
// refusal is kept in the log (AuditLog::pushError) and the entries stay for the next time: an
// unreachable platform never stops the work that is being recorded.
void pushAuditTrail(PlatformClient &client, AuditLog &audit, const QString &device,
                    std::function<void()> then);

} // namespace casedesk
