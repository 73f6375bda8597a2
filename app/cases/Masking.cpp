#include "Masking.h"

namespace casedesk {

namespace {
QString keepEnds(const QString &value, int head, int tail)
{
    if (value.size() <= head + tail)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(head) + QString(value.size() - head - tail, QLatin1Char('*'))
            + value.right(tail);
}
} // namespace

QString maskIdNumber(const QString &idNumber)
{
    return keepEnds(idNumber, 6, 4);
}

QString maskPhone(const QString &phone)
{
    return keepEnds(phone, 3, 4);
}

} // namespace casedesk
