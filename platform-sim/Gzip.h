#pragma once

#include <QByteArray>

namespace sim {
// RFC 1952 gzip, as `Content-Encoding: gzip` wants it (qCompress writes zlib with a length prefix).
QByteArray gzipCompress(const QByteArray &data);
} // namespace sim
