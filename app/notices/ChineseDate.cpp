#include "ChineseDate.h"

namespace casedesk {

namespace {
const QString kDigits = QStringLiteral("〇一二三四五六七八九");

// 1..31 as counted in words: 十, 十一, 二十, 二十九, 三十一.
QString counted(int n)
{
    if (n < 10)
        return kDigits.at(n);
    QString text = n >= 20 ? QString(kDigits.at(n / 10)) : QString();
    text += QStringLiteral("十");
    if (n % 10)
        text += kDigits.at(n % 10);
    return text;
}
} // namespace

QString chineseDate(QDate date)
{
    if (!date.isValid())
        return {};
    QString year;
    // The year is read digit by digit: 二〇二六.
    for (QChar c : QString::number(date.year()))
        year += kDigits.at(c.digitValue());
    return year + QStringLiteral("年") + counted(date.month()) + QStringLiteral("月")
            + counted(date.day()) + QStringLiteral("日");
}

QString limitText(const TimeLimit &limit)
{
    if (!limit.isValid())
        return {};
    return limit.unit == LimitUnit::WorkingDays ? QStringLiteral("%1个工作日").arg(limit.value)
                                                : QStringLiteral("%1日").arg(limit.value);
}

} // namespace casedesk
