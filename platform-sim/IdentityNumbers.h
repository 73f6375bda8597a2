#pragma once

#include <QDate>
#include <QString>

// Well-formed (fake) Chinese identity numbers for the simulated district.
namespace sim {

// 18-digit citizen ID (GB 11643): area, birth date, sequence, ISO 7064 MOD 11-2 check digit.
QString citizenId(const QString &area, QDate birth, int sequence);
QChar citizenIdCheck(const QString &first17);

// Unified social credit code (GB 32100): 18 characters with its own check character.
QString creditCode(const QString &area, quint32 organisation);
QChar creditCodeCheck(const QString &first17);

} // namespace sim
