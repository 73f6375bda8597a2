#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace casedesk {

// A filled notice laid out on A4 as official documents are (GB/T 9704 margins, page numbers
// "— 1 —"), with the department's seal over the date and a QR code to the case's progress page.
// The same painting serves the PDF and the printer, so what is previewed is what is issued.
class NoticeDocument
{
public:
    struct Parts
    {
        QString html; // the filled template
        QString title; // the PDF's title
        QString dateText; // the seal goes over the last place this text appears
        QImage seal; // transparent background; null: no seal (a draft)
        QString qrText; // empty: no QR code
        QString qrCaption;
        QString watermark; // e.g. 草稿 on a preview; empty on an issued notice
    };

    explicit NoticeDocument(Parts parts) : m_parts(std::move(parts)) { }

    // Paints every page on `device` (a QPdfWriter or a QPrinter); returns the number of pages.
    int paint(QPagedPaintDevice *device) const;
    // The notice as PDF bytes.
    std::optional<QByteArray> pdf(QString *error, int *pages = nullptr) const;

    // The seal a department without a seal image gets: a red ring with its name and a star.
    static QImage generatedSeal(const QString &departmentName, const QString &purpose);

private:
    Parts m_parts;
};

} // namespace casedesk
