#include "OfdLicence.h"

#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <zip.h>

#include <algorithm>
#include <utility>

namespace sim {

namespace {
constexpr char kNs[] = "http://www.ofdspec.org/2016";

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// Text with every glyph's place given (a full em for a Chinese character, half an em for a
// Latin letter or digit), so the reader never lays it out again.
QByteArray textObject(int id, double x, double y, double size, const char *font,
                      const QString &text)
{
    QByteArray deltas;
    double width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const double advance = text[i].unicode() < 0x80 ? size / 2 : size;
        width += advance;
        if (i + 1 < text.size())
            deltas += (deltas.isEmpty() ? "" : " ") + QByteArray::number(advance);
    }
    return "<ofd:TextObject ID=\"" + QByteArray::number(id) + "\" Boundary=\""
            + QByteArray::number(x) + " " + QByteArray::number(y - size) + " "
            + QByteArray::number(width + 1) + " " + QByteArray::number(size * 1.3) + "\" Font=\""
            + font + "\" Size=\"" + QByteArray::number(size)
            + "\"><ofd:FillColor Value=\"0 0 0\"/><ofd:TextCode X=\"0\" Y=\""
            + QByteArray::number(size) + "\""
            + (deltas.isEmpty() ? QByteArray() : " DeltaX=\"" + deltas + "\"") + ">" + escaped(text)
            + "</ofd:TextCode></ofd:TextObject>";
}

// DER (X.690): tag, definite length, content.
QByteArray der(unsigned char tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    if (content.size() < 0x80) {
        out.append(char(content.size()));
    } else {
        QByteArray length;
        for (qsizetype v = content.size(); v > 0; v >>= 8)
            length.prepend(char(v & 0xff));
        out.append(char(0x80 | length.size()));
        out.append(length);
    }
    return out + content;
}

QByteArray derInteger(int value)
{
    QByteArray bytes;
    do {
        bytes.prepend(char(value & 0xff));
        value >>= 8;
    } while (value > 0);
    if (quint8(bytes[0]) & 0x80)
        bytes.prepend('\0');
    return der(0x02, bytes);
}

// The department's round red seal: ring, star, name, as a PNG with a transparent ground.
QByteArray sealPicture(const QString &department)
{
    QImage image(400, 400, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor red(210, 20, 20, 235);
    p.setPen(QPen(red, 14));
    p.drawEllipse(QRectF(12, 12, 376, 376));
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? 30 : 75;
        const double a = -M_PI / 2 + i * M_PI / 5;
        const QPointF at(200 + r * std::cos(a), 190 + r * std::sin(a));
        i ? star.lineTo(at) : star.moveTo(at);
    }
    star.closeSubpath();
    p.fillPath(star, red);
    p.setPen(red);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    // The name across the top of the ring, as large as fits.
    font.setPixelSize(std::clamp(int(260 / std::max<qsizetype>(department.size(), 1)), 18, 40));
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(40, 60, 320, 60), Qt::AlignCenter, department);
    font.setPixelSize(30);
    p.setFont(font);
    p.drawText(QRectF(40, 280, 320, 50), Qt::AlignCenter, QStringLiteral("电子证照专用章"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// SES_Signature (GB/T 38540-2020): TBS_Sign { version, SESeal { SES_SealInfo { header, esID,
// property, picture }, maker's certificate, algorithm, signature }, time, data hash, property },
// the signer's certificate, algorithm, signature. Certificates and signatures are placeholders.
QByteArray signatureValue(const QString &sealName, const QString &department, const QDateTime &at)
{
    const QByteArray time
            = der(0x18, at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1());
    const QByteArray sm2WithSm3 = der(0x06, QByteArray::fromHex("2a811ccf55018375"));
    const QByteArray header = der(0x30, der(0x16, "ES") + derInteger(4) + der(0x16, "onestop-sim"));
    const QByteArray property
            = der(0x30,
                  derInteger(1) + der(0x0c, sealName.toUtf8()) + derInteger(1)
                          + der(0x30, der(0x04, "simulated certificate")) + time + time + time);
    const QByteArray picture = der(0x30,
                                   der(0x16, "png") + der(0x04, sealPicture(department))
                                           + derInteger(42) + derInteger(42));
    const QByteArray sealInfo
            = der(0x30, header + der(0x16, "62010200000001") + property + picture);
    const QByteArray seal = der(0x30,
                                sealInfo
                                        + der(0x30,
                                              der(0x04, "simulated maker") + sm2WithSm3
                                                      + der(0x03, QByteArray(65, '\0'))));
    const QByteArray tbs = der(0x30,
                               derInteger(4) + seal + time + der(0x03, QByteArray(33, '\0'))
                                       + der(0x16, "/Doc_0/Signs/Sign_0/Signature.xml"));
    return der(0x30,
               tbs + der(0x04, "simulated signer") + sm2WithSm3 + der(0x03, QByteArray(65, '\0')));
}

QByteArray zipped(const QList<std::pair<QByteArray, QByteArray>> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &error);
    QByteArray bytes;
    if (!out)
        return bytes;
    zip_source_keep(out);
    if (zip_t *archive = zip_open_from_source(out, ZIP_TRUNCATE, &error)) {
        for (const auto &[name, content] : parts) {
            zip_source_t *data = zip_source_buffer(archive, content.constData(),
                                                   zip_uint64_t(content.size()), 0);
            if (data && zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8) < 0)
                zip_source_free(data);
        }
        zip_close(archive); // the parts' buffers are read here, while they still exist
    }
    if (zip_source_open(out) == 0) {
        char chunk[65536];
        for (zip_int64_t n; (n = zip_source_read(out, chunk, sizeof chunk)) > 0;)
            bytes.append(chunk, qsizetype(n));
        zip_source_close(out);
    }
    zip_source_free(out);
    zip_error_fini(&error);
    return bytes;
}
} // namespace

QByteArray makeLicenceOfd(const QJsonObject &licence)
{
    const auto value
            = [&licence](const char *key) { return licence.value(QLatin1String(key)).toString(); };
    const QString department = value("issuedBy");
    const QDateTime issued = QDateTime::fromString(value("issuedAt"), Qt::ISODate);
    const QByteArray ns = QByteArray(" xmlns:ofd=\"") + kNs + "\"";
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    // A landscape page (297 × 210 mm): a double frame, the title, five lines, the seal's box.
    const QString title = value("name");
    const double titleSize = 12;
    QByteArray content
            = "<ofd:PathObject ID=\"10\" Boundary=\"8 8 281 194\" LineWidth=\"1.2\">"
              "<ofd:StrokeColor Value=\"176 32 32\"/><ofd:AbbreviatedData>M 0 0 L 281 0 L 281 194 "
              "L 0 194 C</ofd:AbbreviatedData></ofd:PathObject>"
              "<ofd:PathObject ID=\"11\" Boundary=\"12 12 273 186\" LineWidth=\"0.4\">"
              "<ofd:StrokeColor Value=\"176 32 32\"/><ofd:AbbreviatedData>M 0 0 L 273 0 L 273 186 "
              "L 0 186 C</ofd:AbbreviatedData></ofd:PathObject>";
    content += textObject(20, (297 - titleSize * title.size()) / 2, 45, titleSize, "2", title);
    const QList<std::pair<QString, QString>> lines{
            {QStringLiteral("证照编号"), value("number")},
            {QStringLiteral("持证主体"), value("holderName")},
            {QStringLiteral("发证机关"), department},
            {QStringLiteral("发证日期"), issued.date().toString(QStringLiteral("yyyy年M月d日"))},
            {QStringLiteral("有效期至"),
             QDate::fromString(value("validUntil"), Qt::ISODate)
                     .toString(QStringLiteral("yyyy年M月d日"))}};
    int id = 21;
    double y = 80;
    for (const auto &[label, text] : lines) {
        content += textObject(id++, 40, y, 6, "1", label + QStringLiteral("：") + text);
        y += 18;
    }

    const QList<std::pair<QByteArray, QByteArray>> parts{
            {"OFD.xml",
             xml + "<ofd:OFD" + ns
                     + " DocType=\"OFD\" Version=\"1.0\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>"
                     + escaped(value("id")) + "</ofd:DocID><ofd:Title>" + escaped(title)
                     + "</ofd:Title><ofd:Creator>onestop-sim</ofd:Creator></ofd:DocInfo>"
                       "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Signatures>"
                       "Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody></ofd:OFD>"},
            {"Doc_0/Document.xml",
             xml + "<ofd:Document" + ns
                     + "><ofd:CommonData><ofd:MaxUnitID>40</ofd:MaxUnitID><ofd:PageArea>"
                       "<ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox></ofd:PageArea>"
                       "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                       "<ofd:Page ID=\"3\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages>"
                       "</ofd:Document>"},
            {"Doc_0/PublicRes.xml",
             xml + "<ofd:Res" + ns
                     + " BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"1\" FontName=\"宋体\" "
                       "FamilyName=\"宋体\"/><ofd:Font ID=\"2\" FontName=\"黑体\" "
                       "FamilyName=\"黑体\" Bold=\"true\"/></ofd:Fonts></ofd:Res>"},
            {"Doc_0/Pages/Page_0/Content.xml",
             xml + "<ofd:Page" + ns + "><ofd:Content><ofd:Layer ID=\"4\">" + content
                     + "</ofd:Layer></ofd:Content></ofd:Page>"},
            {"Doc_0/Signs/Signatures.xml",
             xml + "<ofd:Signatures" + ns
                     + "><ofd:MaxSignId>1</ofd:MaxSignId><ofd:Signature ID=\"1\" Type=\"Seal\" "
                       "BaseLoc=\"Sign_0/Signature.xml\"/></ofd:Signatures>"},
            {"Doc_0/Signs/Sign_0/Signature.xml",
             xml + "<ofd:Signature" + ns
                     + "><ofd:SignedInfo><ofd:Provider ProviderName=\"onestop-sim\" "
                       "Version=\"1.0\"/><ofd:SignatureMethod>1.2.156.10197.1.501"
                       "</ofd:SignatureMethod><ofd:SignatureDateTime>"
                     + issued.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1()
                     + "</ofd:SignatureDateTime><ofd:References "
                       "CheckMethod=\"1.2.156.10197.1.401\">"
                       "<ofd:Reference FileRef=\"/Doc_0/Pages/Page_0/Content.xml\"><ofd:CheckValue>"
                       "</ofd:CheckValue></ofd:Reference></ofd:References><ofd:StampAnnot ID=\"1\" "
                       "PageRef=\"3\" Boundary=\"205 130 42 42\"/></ofd:SignedInfo>"
                       "<ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue>"
                       "</ofd:Signature>"},
            {"Doc_0/Signs/Sign_0/SignedValue.dat",
             signatureValue(department + QStringLiteral("电子证照专用章"), department, issued)},
    };
    return zipped(parts);
}

} // namespace sim
