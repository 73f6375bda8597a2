#include "Materials.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace sim {

namespace {
const QString kFont = QStringLiteral("Noto Sans CJK SC");

quint32 hashOf(const QString &caseId, const QString &materialId, quint64 seed)
{
    const QByteArray h = QCryptographicHash::hash(
            (caseId + QLatin1Char('/') + materialId + QString::number(seed)).toUtf8(),
            QCryptographicHash::Sha256);
    return quint32(quint8(h[0])) << 24 | quint32(quint8(h[1])) << 16 | quint32(quint8(h[2])) << 8
            | quint8(h[3]);
}

QStringList bodyLines(QRandomGenerator &rng)
{
    static const QStringList sentences{
            QStringLiteral("本人承诺所提交的材料真实、有效，如有虚假愿承担相应法律责任。"),
            QStringLiteral("经营场所位于兰州市城关区，面积符合相关规定要求。"),
            QStringLiteral("主要设备设施已按布局图安装到位，具备开业条件。"),
            QStringLiteral("已建立健全安全管理制度，配备专职管理人员。"),
            QStringLiteral("附件：相关证明文件复印件一份。"),
            QStringLiteral("以上情况属实，特此申请。")};
    QStringList lines;
    for (int i = 0; i < 8; ++i)
        lines.append(sentences.at(rng.bounded(int(sentences.size()))));
    return lines;
}

QByteArray pdf(const QString &title, const QString &applicant, const QString &caseNo, int pages,
               QRandomGenerator &rng)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("onestop-sim"));
    QPainter painter(&writer);
    const int width = writer.width();
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.setFont(QFont(kFont, 18, QFont::Bold));
        painter.drawText(QRect(0, 80, width, 80), Qt::AlignHCenter, title);
        painter.setFont(QFont(kFont, 11));
        int y = 220;
        painter.drawText(120, y, QStringLiteral("申请人：%1").arg(applicant));
        painter.drawText(120, y += 50, QStringLiteral("申报号：%1").arg(caseNo));
        for (const QString &line : bodyLines(rng))
            painter.drawText(120, y += 50, line);
        painter.drawText(QRect(0, writer.height() - 120, width, 60), Qt::AlignHCenter,
                         QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages));
    }
    painter.end();
    return bytes;
}

// A page photographed or scanned: off-white paper, a slight skew, specks, lossy compression.
QByteArray scan(const QString &title, const QString &applicant, const QString &caseNo,
                const char *format, QRandomGenerator &rng)
{
    QImage image(827, 1169, QImage::Format_RGB32);
    image.fill(QColor(246, 243, 234));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.rotate((rng.bounded(40) - 20) / 10.0);
    painter.translate(-image.width() / 2.0, -image.height() / 2.0);
    painter.setPen(QColor(40, 40, 50));
    painter.setFont(QFont(kFont, 20, QFont::Bold));
    painter.drawText(QRect(0, 70, image.width(), 60), Qt::AlignHCenter, title);
    painter.setFont(QFont(kFont, 12));
    int y = 190;
    painter.drawText(80, y, QStringLiteral("申请人：%1").arg(applicant));
    painter.drawText(80, y += 40, QStringLiteral("申报号：%1").arg(caseNo));
    for (const QString &line : bodyLines(rng))
        painter.drawText(80, y += 40, line);
    painter.setPen(QColor(200, 30, 30));
    painter.drawEllipse(QPoint(image.width() - 200, y + 120), 80, 80); // a stamp
    painter.resetTransform();
    painter.setPen(QColor(120, 120, 120));
    for (int i = 0; i < 600; ++i)
        painter.drawPoint(rng.bounded(image.width()), rng.bounded(image.height()));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 70);
    return bytes;
}

// A PDF whose standard security handler wants a password nobody gave the clerk.
QByteArray encryptedPdf(quint32 salt)
{
    const QByteArray o = QCryptographicHash::hash(QByteArray(QByteArray::number(salt) + "owner"),
                                                  QCryptographicHash::Sha256)
                                 .toHex();
    const QByteArray u = QCryptographicHash::hash(QByteArray(QByteArray::number(salt) + "user"),
                                                  QCryptographicHash::Sha256)
                                 .toHex();
    return "%PDF-1.4\n"
           "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >> "
           "endobj\n"
           "4 0 obj << /Filter /Standard /V 1 /R 2 /O <"
            + o.left(64) + "> /U <" + u.left(64)
            + "> /P -44 >> endobj\n"
              "5 0 obj << /Length 16 >> stream\n"
            + u.left(16)
            + "\nendstream endobj\n"
              "trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<"
            + o.left(32) + "><" + o.left(32) + ">] /Size 6 >>\n%%EOF\n";
}
} // namespace

MaterialDefect defectOf(const QString &caseId, const QString &materialId, quint64 seed)
{
    switch (hashOf(caseId, materialId, seed) % 100) {
    case 0:
        return MaterialDefect::Empty;
    case 1:
        return MaterialDefect::Truncated;
    case 2:
        return MaterialDefect::Encrypted;
    case 3:
        return MaterialDefect::Mislabeled;
    default:
        return MaterialDefect::None;
    }
}

MaterialFile makeMaterial(const QJsonObject &caseJson, const QJsonObject &material, quint64 seed)
{
    const QString caseId = caseJson.value(QStringLiteral("id")).toString();
    const QString mid = material.value(QStringLiteral("id")).toString();
    const QString title = material.value(QStringLiteral("name")).toString();
    const QString applicant = caseJson.value(QStringLiteral("applicant"))
                                      .toObject()
                                      .value(QStringLiteral("name"))
                                      .toString();
    const QString caseNo = caseJson.value(QStringLiteral("caseNo")).toString();
    const QByteArray declared = material.value(QStringLiteral("mimeType")).toString().toLatin1();
    QRandomGenerator rng(hashOf(caseId, mid, seed));
    switch (defectOf(caseId, mid, seed)) {
    case MaterialDefect::Empty:
        return {declared, {}};
    case MaterialDefect::Truncated: {
        const QByteArray whole = pdf(title, applicant, caseNo, 3, rng);
        return {"application/pdf", whole.left(whole.size() / 3)};
    }
    case MaterialDefect::Encrypted:
        return {"application/pdf", encryptedPdf(hashOf(caseId, mid, seed))};
    case MaterialDefect::Mislabeled:
        // Named and declared as one type, but the bytes are another: the type is in the content.
        return declared == "application/pdf"
                ? MaterialFile{"image/jpeg", scan(title, applicant, caseNo, "JPEG", rng)}
                : MaterialFile{"application/pdf", pdf(title, applicant, caseNo, 1, rng)};
    case MaterialDefect::None:
        break;
    }
    if (declared == "image/jpeg")
        return {declared, scan(title, applicant, caseNo, "JPEG", rng)};
    if (declared == "image/png")
        return {declared, scan(title, applicant, caseNo, "PNG", rng)};
    return {"application/pdf", pdf(title, applicant, caseNo, 2 + rng.bounded(4), rng)};
}

MaterialFile makeLicencePdf(const QJsonObject &licence)
{
    QRandomGenerator rng(quint32(qHash(licence.value(QStringLiteral("id")).toString())));
    return {"application/pdf",
            pdf(licence.value(QStringLiteral("name")).toString(),
                licence.value(QStringLiteral("holderName")).toString(),
                licence.value(QStringLiteral("number")).toString(), 1, rng)};
}

} // namespace sim
