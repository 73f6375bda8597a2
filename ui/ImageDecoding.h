#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace casedesk {

// An uploaded or scanned image as the viewer shows it: EXIF orientation applied, a very large
// scan decoded smaller (at most `maxPixels`, enough to read every stamp), never more memory
// than Qt's allocation limit. Runs on a worker thread; nothing here touches a widget.
struct DecodedImage
{
    QImage image;
    QString error; // translated, names the file; empty when `image` holds it
};
DecodedImage decodeMaterialImage(const QByteArray &bytes, const QString &name, qint64 maxPixels);

} // namespace casedesk
