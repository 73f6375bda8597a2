#include "OfdJbig2.h"

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>

extern "C" {
#include <jbig2.h>
}

namespace casedesk {

namespace {

// The most a decode may allocate: a 600 dpi A3 page in one bit per pixel is 9 MiB, so this is
// far above any real scan and far below what would hurt.
constexpr size_t kMaxBytes = 256u << 20;
constexpr uchar kFileHeader[] = {0x97, 0x4a, 0x42, 0x32, 0x0d, 0x0a, 0x1a, 0x0a};

// jbig2dec calls back with its allocator as the first member of this; every block carries its
// size in front, so the total in use is known.
struct CappedAllocator
{
    Jbig2Allocator base;
    size_t used = 0;
    bool refused = false;
};

constexpr size_t kHeader = alignof(std::max_align_t);

void *capAlloc(Jbig2Allocator *a, size_t size)
{
    auto *cap = reinterpret_cast<CappedAllocator *>(a);
    if (size > kMaxBytes || cap->used + size > kMaxBytes) {
        cap->refused = true;
        return nullptr;
    }
    auto *block = static_cast<unsigned char *>(std::malloc(size + kHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    cap->used += size;
    return block + kHeader;
}

void capFree(Jbig2Allocator *a, void *p)
{
    if (!p)
        return;
    auto *block = static_cast<unsigned char *>(p) - kHeader;
    size_t size = 0;
    std::memcpy(&size, block, sizeof size);
    reinterpret_cast<CappedAllocator *>(a)->used -= size;
    std::free(block);
}

void *capRealloc(Jbig2Allocator *a, void *p, size_t size)
{
    if (!p)
        return capAlloc(a, size);
    auto *block = static_cast<unsigned char *>(p) - kHeader;
    size_t old = 0;
    std::memcpy(&old, block, sizeof old);
    void *fresh = capAlloc(a, size);
    if (!fresh)
        return nullptr;
    std::memcpy(fresh, p, std::min(old, size));
    capFree(a, p);
    return fresh;
}

// Decoding problems are the file's; they are not written to the log (the image may be a scan
// of a personal document, but the messages carry no content), only counted as fatal or not.
void onError(void *data, const char *, Jbig2Severity severity, uint32_t)
{
    if (severity == JBIG2_SEVERITY_FATAL)
        *static_cast<bool *>(data) = true;
}

} // namespace

QImage decodeJbig2(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const char *text) {
        if (error)
            *error = QCoreApplication::translate("OfdDocument", text);
        return QImage();
    };
    if (bytes.isEmpty())
        return fail(QT_TRANSLATE_NOOP("OfdDocument", "A JBIG2 image of this page is empty."));
    const bool wholeFile = bytes.size() >= qsizetype(sizeof kFileHeader)
            && std::memcmp(bytes.constData(), kFileHeader, sizeof kFileHeader) == 0;
    CappedAllocator cap{{capAlloc, capFree, capRealloc}};
    bool fatal = false;
    Jbig2Ctx *ctx = jbig2_ctx_new(&cap.base, wholeFile ? Jbig2Options(0) : JBIG2_OPTIONS_EMBEDDED,
                                  nullptr, onError, &fatal);
    if (!ctx)
        return fail(QT_TRANSLATE_NOOP("OfdDocument", "A JBIG2 image of this page is damaged."));
    QImage out;
    if (jbig2_data_in(ctx, reinterpret_cast<const unsigned char *>(bytes.constData()),
                      size_t(bytes.size()))
                >= 0
        && !fatal) {
        // A stream that ends without its end-of-page segment still shows what it decoded.
        Jbig2Image *page = jbig2_page_out(ctx);
        if (!page && jbig2_complete_page(ctx) >= 0)
            page = jbig2_page_out(ctx);
        if (page && page->width > 0 && page->height > 0 && page->width <= 65535
            && page->height <= 65535) {
            // One bit a pixel, the most significant first, 1 for ink: QImage's Mono.
            out = QImage(int(page->width), int(page->height), QImage::Format_Mono);
            if (!out.isNull()) {
                out.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
                const qsizetype rowBytes = (qsizetype(page->width) + 7) / 8;
                for (uint32_t y = 0; y < page->height; ++y)
                    std::memcpy(out.scanLine(int(y)), page->data + size_t(y) * page->stride,
                                size_t(rowBytes));
            }
        }
        if (page)
            jbig2_release_page(ctx, page);
    }
    jbig2_ctx_free(ctx);
    if (out.isNull())
        return fail(cap.refused ? QT_TRANSLATE_NOOP("OfdDocument",
                                                    "A JBIG2 image of this page is larger than "
                                                    "CaseDesk decodes (256 MiB).")
                                : QT_TRANSLATE_NOOP("OfdDocument",
                                                    "A JBIG2 image of this page is damaged."));
    return out;
}

} // namespace casedesk
