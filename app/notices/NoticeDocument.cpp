#include "NoticeDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

#include <qrencode.h>

namespace casedesk {

namespace {

// GB/T 9704: top 37 mm, left 28 mm, right 26 mm, bottom 35 mm.
const QMarginsF kMarginsMm(28, 37, 26, 35);
constexpr double kSealMm = 42; // an official round seal's diameter
constexpr double kQrMm = 24;

double mm(const QPaintDevice *device, double millimetres)
{
    return millimetres * device->logicalDpiY() / 25.4;
}

// The QR code as filled squares: sharp at any print resolution.
QPainterPath qrPath(const QString &text, double size)
{
    QPainterPath path;
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return path;
    const int quiet = 2;
    const double module = size / (code->width + 2 * quiet);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                path.addRect((x + quiet) * module, (y + quiet) * module, module, module);
        }
    }
    QRcode_free(code);
    path.setFillRule(Qt::WindingFill);
    return path;
}

// Where the seal goes: the centre of the last occurrence of the date, in document coordinates.
std::optional<QPointF> dateCentre(const QTextDocument &doc, const QString &dateText)
{
    if (dateText.isEmpty())
        return std::nullopt;
    const QTextCursor found = doc.find(dateText, doc.characterCount(), QTextDocument::FindBackward);
    if (found.isNull())
        return std::nullopt;
    const QTextBlock block = found.block();
    const QTextLayout *layout = block.layout();
    const int start = found.selectionStart() - block.position();
    const int end = found.selectionEnd() - block.position();
    const QTextLine line = layout->lineForTextPosition(start);
    if (!line.isValid())
        return std::nullopt;
    const QRectF blockRect = doc.documentLayout()->blockBoundingRect(block);
    const double x = (line.cursorToX(start) + line.cursorToX(end)) / 2;
    return QPointF(blockRect.left() + x, blockRect.top() + line.y() + line.height() / 2);
}

} // namespace

int NoticeDocument::paint(QPagedPaintDevice *device) const
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const double width = device->width();
    const double height = device->height();
    const QRectF body(mm(device, kMarginsMm.left()), mm(device, kMarginsMm.top()),
                      width - mm(device, kMarginsMm.left() + kMarginsMm.right()),
                      height - mm(device, kMarginsMm.top() + kMarginsMm.bottom()));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(QFont(QStringLiteral("AR PL UMing CN"), 16));
    doc.setHtml(m_parts.html);
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const std::optional<QPointF> seal = dateCentre(doc, m_parts.dateText);
    const QFont footerFont(QStringLiteral("AR PL UMing CN"), 14);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        doc.documentLayout()->draw(&painter, context);
        painter.setClipping(false);
        if (seal && !m_parts.seal.isNull() && int(seal->y() / body.height()) == page) {
            const double size = mm(device, kSealMm);
            painter.setOpacity(0.85);
            painter.drawImage(QRectF(seal->x() - size / 2, seal->y() - size / 2, size, size),
                              m_parts.seal);
            painter.setOpacity(1);
        }
        painter.restore();

        if (page == 0 && !m_parts.qrText.isEmpty()) {
            const double size = mm(device, kQrMm);
            const QPointF corner(width - mm(device, kMarginsMm.right()) - size, mm(device, 8));
            painter.save();
            painter.translate(corner);
            painter.fillPath(qrPath(m_parts.qrText, size), Qt::black);
            painter.restore();
            QFont captionFont(QStringLiteral("AR PL UMing CN"), 7);
            painter.setFont(captionFont);
            painter.drawText(
                    QRectF(corner.x() - size / 2, corner.y() + size, size * 2, mm(device, 5)),
                    Qt::AlignHCenter | Qt::AlignTop, m_parts.qrCaption);
        }
        if (!m_parts.watermark.isEmpty()) {
            painter.save();
            painter.translate(width / 2, height / 2);
            painter.rotate(-35);
            QFont big(QStringLiteral("WenQuanYi Zen Hei"), 96);
            painter.setFont(big);
            painter.setPen(QColor(200, 0, 0, 60));
            painter.drawText(QRectF(-width, -height / 4, 2 * width, height / 2), Qt::AlignCenter,
                             m_parts.watermark);
            painter.restore();
        }
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, height - mm(device, 28), width, mm(device, 10)), Qt::AlignCenter,
                         QStringLiteral("— %1 —").arg(page + 1));
    }
    return pages;
}

std::optional<QByteArray> NoticeDocument::pdf(QString *error, int *pages) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(m_parts.title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        const int painted = paint(&writer);
        if (pages)
            *pages = painted;
        if (painted < 1) {
            *error = QCoreApplication::translate("NoticeDocument", "The notice has no pages.");
            return std::nullopt;
        }
    }
    if (!bytes.startsWith("%PDF-")) {
        *error = QCoreApplication::translate("NoticeDocument", "Writing the PDF failed.");
        return std::nullopt;
    }
    return bytes;
}

QImage NoticeDocument::generatedSeal(const QString &departmentName, const QString &purpose)
{
    const int size = 1000;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QColor red(214, 0, 15);
    p.translate(size / 2.0, size / 2.0);
    p.setPen(QPen(red, size * 0.035));
    p.setBrush(Qt::NoBrush);
    const double radius = size * 0.47;
    p.drawEllipse(QPointF(0, 0), radius, radius);

    // The five-pointed star in the middle.
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 ? 0.38 : 1.0) * size * 0.15;
        const double a = -M_PI / 2 + i * M_PI / 5;
        star << QPointF(r * qCos(a), r * qSin(a));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(red);
    p.drawPolygon(star);

    // The name around the upper arc, each character upright towards the centre.
    QFont font(QStringLiteral("WenQuanYi Zen Hei"));
    font.setPixelSize(int(size * 0.1));
    p.setFont(font);
    p.setPen(red);
    const int n = int(departmentName.size());
    const double span = qMin(250.0, 20.0 * n); // degrees the name takes
    for (int i = 0; i < n; ++i) {
        const double angle = -span / 2 + (n > 1 ? span * i / (n - 1) : 0);
        p.save();
        p.rotate(angle);
        p.drawText(QRectF(-size * 0.06, -radius + size * 0.045, size * 0.12, size * 0.13),
                   Qt::AlignCenter, departmentName.at(i));
        p.restore();
    }
    font.setPixelSize(int(size * 0.075));
    p.setFont(font);
    p.drawText(QRectF(-radius, size * 0.2, 2 * radius, size * 0.1), Qt::AlignCenter, purpose);
    return image;
}

} // namespace casedesk
