#pragma once

#include <QString>

namespace casedesk {

// Personal data as a role that does not need it sees it: enough to tell two people apart at the
// counter, not enough to use. The whole value is shown only on an explicit, audited reveal.
QString maskIdNumber(const QString &idNumber); // 620102********1234
QString maskPhone(const QString &phone); // 139****5678

} // namespace casedesk
