#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace casedesk {

// A JBIG2 image (ITU T.88) as OFD scans carry it, decoded with jbig2dec from Debian: a whole
// file (with its header) or an embedded stream (segments only, as in PDF). Memory is capped, so
// a file claiming a huge page is refused instead of taking the machine. A null image with
// `error` set when it cannot be decoded.
QImage decodeJbig2(const QByteArray &bytes, QString *error);

} // namespace casedesk
