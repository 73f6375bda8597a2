#include "ScannedPdf.h"

#include <QBuffer>
#include <QImageWriter>

namespace casedesk {

namespace {
constexpr double kA4Width = 595.276; // points
constexpr double kA4Height = 841.89;

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 3);
}

// Text in a PDF string that holds any character: UTF-16BE with its byte order mark, in hex.
QByteArray pdfText(const QString &text)
{
    QByteArray utf16("FEFF");
    for (const QChar c : text)
        utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return '<' + utf16 + '>';
}
} // namespace

// Written by hand rather than through QPdfWriter, which turns every grey scan into an RGB
// image: a grey page stays a one-channel JPEG (a third of the size), colour a three-channel one.
QByteArray ScannedPdf::write(const QList<QImage> &pages, const QString &title, QString *error)
{
    if (pages.isEmpty()) {
        if (error)
            *error = tr("There are no pages to save.");
        return {};
    }
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    auto object = [&out, &offsets](const QByteArray &body) {
        offsets.append(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int count = int(pages.size());
    // Objects: 1 catalog, 2 page tree, 3 info, then per page: page, contents, image.
    QByteArray kids;
    for (int i = 0; i < count; ++i)
        kids += QByteArray::number(4 + 3 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(count)
           + " >>");
    object("<< /Title " + pdfText(title) + " /Creator (CaseDesk) >>");
    for (int i = 0; i < count; ++i) {
        QImage page = pages[i];
        const bool grey = page.isGrayscale();
        page = page.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        QByteArray jpeg;
        {
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "jpeg");
            writer.setQuality(kJpegQuality);
            if (!writer.write(page)) {
                if (error)
                    *error = tr("Page %1 could not be compressed.").arg(i + 1);
                return {};
            }
        }
        // The scan at its own size from the top left, as it lay on the glass; scaled down only
        // when larger than the paper. A landscape scan gets a landscape page.
        const bool landscape = page.width() > page.height();
        const double paperW = landscape ? kA4Height : kA4Width;
        const double paperH = landscape ? kA4Width : kA4Height;
        const double dpi = page.dotsPerMeterX() > 0 ? page.dotsPerMeterX() * 0.0254 : 200;
        double w = page.width() / dpi * 72;
        double h = page.height() / dpi * 72;
        if (w > paperW || h > paperH) {
            const double k = std::min(paperW / w, paperH / h);
            w *= k;
            h *= k;
        }
        const QByteArray image = QByteArray::number(6 + 3 * i) + " 0 R";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(paperW) + ' '
               + number(paperH) + "] /Resources << /XObject << /Scan " + image + " >> >> /Contents "
               + QByteArray::number(5 + 3 * i) + " 0 R >>");
        const QByteArray draw = "q " + number(w) + " 0 0 " + number(h) + " 0 " + number(paperH - h)
                + " cm /Scan Do Q";
        object("<< /Length " + QByteArray::number(draw.size()) + " >>\nstream\n" + draw
               + "\nendstream");
        object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(page.width())
               + " /Height " + QByteArray::number(page.height()) + " /ColorSpace "
               + (grey ? "/DeviceGray" : "/DeviceRGB")
               + " /BitsPerComponent 8 /Filter /DCTDecode /Length "
               + QByteArray::number(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype at : offsets)
        out += QByteArray::number(at).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
            + " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace casedesk
