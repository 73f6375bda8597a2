#include "IdentityNumbers.h"

#include <array>

namespace sim {

QChar citizenIdCheck(const QString &first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString citizenId(const QString &area, QDate birth, int sequence)
{
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheck(first17);
}

namespace {
constexpr char kCreditAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int creditValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(kCreditAlphabet[i]))
            return i;
    }
    return 0;
}

// GB 11714 organisation code check character over eight digits.
QChar organisationCheck(const QString &body)
{
    static constexpr std::array<int, 8> weights{3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += body.at(i).digitValue() * weights[i];
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    return QLatin1Char(char('0' + (c == 11 ? 0 : c)));
}
} // namespace

QChar creditCodeCheck(const QString &first17)
{
    static constexpr std::array<int, 17> weights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                 29, 25, 13, 8,  24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += creditValue(first17.at(i)) * weights[i];
    const int c = (31 - sum % 31) % 31;
    return QLatin1Char(kCreditAlphabet[c]);
}

QString creditCode(const QString &area, quint32 organisation)
{
    const QString body
            = QStringLiteral("%1").arg(organisation % 100000000u, 8, 10, QLatin1Char('0'));
    // "91": registered by market regulation, a company.
    const QString first17 = QStringLiteral("91") + area + body + organisationCheck(body);
    return first17 + creditCodeCheck(first17);
}

} // namespace sim
