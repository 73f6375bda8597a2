// libFuzzer target: an OFD file as the viewer opens it (ofd/OfdDocument): the package, the
// document, each page's objects and text, and the first page drawn small. A damaged file may
// be refused; it may never crash, hang or take unbounded memory.
#include "ofd/OfdDocument.h"
#include "ofd/OfdPainter.h"

#include <QGuiApplication>

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
    QString error;
    const std::optional<OfdDocument> doc = OfdDocument::open(content, &error);
    if (!doc)
        return 0;
    for (int page = 0; page < std::min(doc->pageCount(), 3); ++page)
        doc->pageText(page);
    OfdPainter::render(*doc, 0, QSize(60, 85));
    return 0;
}
