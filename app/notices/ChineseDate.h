#pragma once

#include <QDate>
#include <QString>

#include "cases/Case.h"

namespace casedesk {

// A date as official documents write it: 二〇二六年十一月二十九日 (GB/T 9704).
QString chineseDate(QDate date);
// A time limit as notices state it: 20个工作日, 30日; empty when there is none.
QString limitText(const TimeLimit &limit);

} // namespace casedesk
