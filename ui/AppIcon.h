#pragma once

#include <QIcon>

namespace casedesk {

// CaseDesk's own icon for the windows and the tray: the installed theme's when there is one
// (an administrator may replace it), else the sizes compiled in from resources/icons.
inline QIcon appIcon()
{
    QIcon builtIn;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        builtIn.addFile(QStringLiteral(":/icons/%1/casedesk.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("casedesk"), builtIn);
}

} // namespace casedesk
