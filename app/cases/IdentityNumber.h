#pragma once

#include <QDate>
#include <QString>

namespace casedesk {

// The check every identity number typed at the counter must pass before an application is
// registered: a wrong digit found at the window costs a minute, found by the platform a day.
//
// Both answer the number as it is to be stored (spaces dropped, full-width digits and letters
// from a Chinese input method made ASCII, lower-case made upper) and, when it is not valid, a
// translated sentence that says what is wrong with it, never the number itself.
struct IdentityCheck
{
    QString normalized;
    QString problem; // empty: valid
    bool isValid() const { return problem.isEmpty(); }
};

// 公民身份号码 (GB 11643-1999): 6 digits of area, the birth date as YYYYMMDD, a 3-digit
// sequence and the ISO 7064 MOD 11-2 check character (0-9 or X). A birth date after `today`
// or before 1800 is refused; the 15-digit numbers of the first generation are no longer valid.
IdentityCheck checkCitizenId(const QString &text, QDate today);

// 统一社会信用代码 (GB 32100-2015): registration authority, organisation category, 6 digits of
// area, the 9-character organisation code and a check character modulo 31, all from the 31
// characters 0-9 and A-Y without I, O, S, V and Z.
IdentityCheck checkCreditCode(const QString &text);

} // namespace casedesk
