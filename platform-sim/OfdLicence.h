#pragma once

#include <QByteArray>
#include <QJsonObject>

// E-licences as the 证照库 hands them out: an OFD package (GB/T 33190-2016) with the licence's
// text on one page and the issuing department's electronic seal (a GB/T 38540 signature value
// holding the seal picture) over its stamp box. The seal is not cryptographically signed: the
// simulator has no seal authority, and the client never claims one valid.
namespace sim {

QByteArray makeLicenceOfd(const QJsonObject &licence);

} // namespace sim
