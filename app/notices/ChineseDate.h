#pragma once

#include <QDate>
#include <QString>

namespace casedesk {

// A date as official documents write it: 二〇二六年十一月二十九日 (GB/T 9704).
QString chineseDate(QDate date);

} // namespace casedesk
