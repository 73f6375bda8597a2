#include "ImageDecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include <cmath>

namespace casedesk {

DecodedImage decodeMaterialImage(const QByteArray &bytes, const QString &name, qint64 maxPixels)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return {{},
                QCoreApplication::translate("casedesk::MaterialViewer",
                                            "%1 is damaged or not an image Qt can read.")
                        .arg(name)};
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > maxPixels) {
        const double scale = std::sqrt(double(maxPixels) / double(pixels));
        reader.setScaledSize((QSizeF(size) * scale).toSize().expandedTo(QSize(1, 1)));
    }
    QImageReader::setAllocationLimit(512);
    QImage image = reader.read();
    if (image.isNull())
        return {{},
                QCoreApplication::translate("casedesk::MaterialViewer",
                                            "%1 is damaged or truncated: %2")
                        .arg(name, reader.errorString())};
    return {image, {}};
}

} // namespace casedesk
