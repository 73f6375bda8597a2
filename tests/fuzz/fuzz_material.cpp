// libFuzzer target: a material file as the viewer opens it: its type from its content
// (store/Vault::detectType), then the image decoded as the viewer decodes it
// (ui/ImageDecoding) or the PDF loaded and its first page rendered (QtPdf). A damaged file may
// be refused; it may never crash or hang.
#include "ImageDecoding.h"
#include "store/Vault.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfDocument>

#include <cstdint>

using namespace casedesk;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray type = Vault::detectType(content);
    if (type.startsWith("image/")) {
        decodeMaterialImage(content, QStringLiteral("fuzz"), 4'000'000);
    } else if (type == "application/pdf") {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() == QPdfDocument::Status::Ready && pdf.pageCount() > 0)
            pdf.render(0, QSize(120, 170));
    }
    return 0;
}
