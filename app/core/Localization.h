#pragma once

#include <QString>

class QCoreApplication;

namespace casedesk {

// Loads the UI language: the profile's setting if there is one, otherwise English for an
// English system locale and Chinese (zh_CN, the default) for everything else. Returns the
// language loaded ("zh_CN" or "en").
QString installTranslations(QCoreApplication &app, const QString &setting);

} // namespace casedesk
