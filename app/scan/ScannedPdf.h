#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace casedesk {

// The pages of one material as one PDF, as the vault keeps downloaded ones: each page an A4
// page box (landscape for a landscape scan) with the scan JPEG-compressed at its own
// resolution (grey as grey, colour as colour), so a 300 dpi scan prints at its size and stays
// small.
class ScannedPdf
{
    Q_DECLARE_TR_FUNCTIONS(ScannedPdf)

public:
    static constexpr int kJpegQuality = 85;
    static QByteArray write(const QList<QImage> &pages, const QString &title, QString *error);
};

} // namespace casedesk
