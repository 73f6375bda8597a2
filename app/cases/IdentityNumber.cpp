#include "IdentityNumber.h"

#include <QCoreApplication>

namespace casedesk {

namespace {

class IdentityNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdentityNumber)
};

// What a clerk types through an input method may come full-width (０-９, Ｘ) or with spaces.
QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000)
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        out.append(c.toUpper());
    }
    return out;
}

// ISO 7064 MOD 11-2: the weight of position i (from the left, of 18) is 2^(17-i) mod 11, and
// the check character makes the weighted sum of all 18 congruent to 1 modulo 11.
QChar mod11_2Check(QStringView first17)
{
    int sum = 0;
    int weight = 1;
    for (qsizetype i = first17.size() - 1; i >= 0; --i) {
        weight = weight * 2 % 11;
        sum += first17.at(i).digitValue() * weight;
    }
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? QLatin1Char('X') : QChar(u'0' + value);
}

constexpr QLatin1StringView kCreditCharacters("0123456789ABCDEFGHJKLMNPQRTUWXY");

} // namespace

IdentityCheck checkCitizenId(const QString &text, QDate today)
{
    IdentityCheck check{normalize(text), {}};
    const QString &id = check.normalized;
    if (id.isEmpty()) {
        check.problem = IdentityNumber::tr("The ID number is empty.");
        return check;
    }
    if (id.size() == 15) {
        check.problem = IdentityNumber::tr(
                "15-digit ID numbers of the first generation are no longer valid; "
                "ask for the 18-digit number.");
        return check;
    }
    if (id.size() != 18) {
        check.problem = IdentityNumber::tr("An ID number has 18 characters; this one has %n.",
                                           nullptr, int(id.size()));
        return check;
    }
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit() || id.at(i).unicode() > 0x7F) {
            check.problem = IdentityNumber::tr("Character %1 of the ID number must be a digit.")
                                    .arg(i + 1);
            return check;
        }
    }
    const QChar last = id.at(17);
    if (!(last.unicode() >= u'0' && last.unicode() <= u'9') && last != QLatin1Char('X')) {
        check.problem
                = IdentityNumber::tr("The last character of the ID number must be a digit or X.");
        return check;
    }
    if (id.at(0) == QLatin1Char('0') || id.at(0) == QLatin1Char('9')) {
        check.problem = IdentityNumber::tr("The ID number does not begin with a region's code.");
        return check;
    }
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid()) {
        check.problem = IdentityNumber::tr(
                "Characters 7 to 14 of the ID number are not a date of birth.");
        return check;
    }
    if (birth.year() < 1800 || (today.isValid() && birth > today)) {
        check.problem = IdentityNumber::tr("The date of birth in the ID number cannot be right.");
        return check;
    }
    if (mod11_2Check(QStringView(id).first(17)) != last) {
        check.problem = IdentityNumber::tr(
                "The check digit of the ID number does not match: a character was "
                "mistyped.");
        return check;
    }
    return check;
}

IdentityCheck checkCreditCode(const QString &text)
{
    IdentityCheck check{normalize(text), {}};
    const QString &code = check.normalized;
    if (code.isEmpty()) {
        check.problem = IdentityNumber::tr("The unified social credit code is empty.");
        return check;
    }
    if (code.size() != 18) {
        check.problem = IdentityNumber::tr(
                "A unified social credit code has 18 characters; this one has %n.", nullptr,
                int(code.size()));
        return check;
    }
    int values[18];
    for (int i = 0; i < 18; ++i) {
        const qsizetype at = kCreditCharacters.indexOf(code.at(i));
        if (at < 0) {
            check.problem = IdentityNumber::tr(
                                    "Character %1 of the unified social credit code is not allowed "
                                    "(I, O, S, V and Z are never used).")
                                    .arg(i + 1);
            return check;
        }
        values[i] = int(at);
    }
    for (int i = 2; i < 8; ++i) {
        if (values[i] > 9) {
            check.problem = IdentityNumber::tr(
                    "Characters 3 to 8 of the unified social credit code are the "
                    "region's code and must be digits.");
            return check;
        }
    }
    // Characters 9 to 17 are an organisation code (GB 11714) with a check character of its
    // own, but codes given to sole traders and to bodies without one do not always keep it:
    // only the code's own check character decides, so no valid code is ever refused.
    // The weight of position i is 3^i mod 31; the check value makes the sum divisible by 31.
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += values[i] * weight;
        weight = weight * 3 % 31;
    }
    if (values[17] != (31 - sum % 31) % 31) {
        check.problem = IdentityNumber::tr(
                "The check character of the unified social credit code does not "
                "match: a character was mistyped.");
        return check;
    }
    return check;
}

} // namespace casedesk
