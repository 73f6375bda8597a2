#pragma once

#include <QString>

namespace casedesk {

// The read-only data the package installs: the built-in notice templates (templates/) and the
// State Council's working calendars (calendars/). CASEDESK_DATA_DIR when set; else
// PREFIX/share/casedesk for an executable in PREFIX/bin; else the source tree's resources/,
// for a build that was never installed.
QString dataDir();

} // namespace casedesk
