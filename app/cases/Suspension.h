#pragma once

#include "Case.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace casedesk {

// The kinds of special procedure (特别程序) the platform names, and their labels.
QStringList suspensionKinds();
QString suspensionKindLabel(const QString &kind);

} // namespace casedesk
