#include "DataDir.h"

#include <QCoreApplication>
#include <QDir>

namespace casedesk {

QString dataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CASEDESK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    if (QCoreApplication::instance()) {
        const QDir installed(QCoreApplication::applicationDirPath()
                             + QStringLiteral("/../share/casedesk"));
        if (installed.exists(QStringLiteral("templates")))
            return installed.canonicalPath();
    }
    return QStringLiteral(CASEDESK_SOURCE_DATA_DIR);
}

} // namespace casedesk
