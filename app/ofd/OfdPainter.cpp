#include "OfdPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QRawFont>

#include <optional>

#include <cmath>

namespace casedesk {

namespace {
// Raw fonts are made at a reference size and scaled by the painter: a text object's size is in
// millimetres, often fractional, and QFont sizes would round it.
constexpr double kReferencePixels = 100;

// The fonts of one paint: making a raw font looks it up in the font database (or loads an
// embedded file), far dearer than drawing with it, and a page uses few fonts for many objects.
class Fonts
{
public:
    explicit Fonts(const OfdDocument &document) : m_document(document) { }

    struct Font
    {
        QRawFont raw;
        bool embedded = false; // the file's own: glyph numbers of a CGTransform are its glyphs
    };

    const Font &of(const OfdGraphic &g)
    {
        const QString key = g.fontId + QLatin1Char('/') + QString::number(g.weight)
                + (g.italic ? QLatin1String("/i") : QLatin1String(""));
        auto it = m_fonts.find(key);
        if (it == m_fonts.end())
            it = m_fonts.insert(key, make(g));
        return *it;
    }

    const QRawFont &fallback()
    {
        if (!m_fallback) {
            QFont font(QStringLiteral("Noto Sans CJK SC"));
            font.setPixelSize(int(kReferencePixels));
            m_fallback = QRawFont::fromFont(font);
        }
        return *m_fallback;
    }

private:
    Font make(const OfdGraphic &g) const
    {
        const OfdFont f = m_document.font(g.fontId);
        if (!f.file.isEmpty()) {
            QRawFont embedded(f.file, kReferencePixels);
            if (embedded.isValid())
                return {embedded, true};
        }
        QFont font(OfdPainter::installedFamily(f.family.isEmpty() ? f.name : f.family));
        font.setPixelSize(int(kReferencePixels));
        font.setWeight(QFont::Weight(std::clamp(g.weight, 100, 900)));
        font.setItalic(g.italic);
        return {QRawFont::fromFont(font), false};
    }

    const OfdDocument &m_document;
    QHash<QString, Font> m_fonts;
    std::optional<QRawFont> m_fallback;
};

void drawText(QPainter &p, Fonts &fonts, const OfdGraphic &g)
{
    const Fonts::Font &named = fonts.of(g);
    const QRawFont &primary = named.raw;
    const double scale = g.size / kReferencePixels;
    // Each glyph from the named font, or the fallback when it lacks the character.
    QList<quint32> indexes(g.glyphs.size(), 0);
    QList<bool> fromFallback(g.glyphs.size(), false);
    QString chars;
    for (const OfdGraphic::Glyph &glyph : g.glyphs)
        chars += glyph.character;
    if (primary.isValid()) {
        int count = int(chars.size());
        primary.glyphIndexesForChars(chars.constData(), int(chars.size()), indexes.data(), &count);
    }
    for (qsizetype i = 0; i < g.glyphs.size(); ++i) {
        // The file's own glyph numbers hold for its own font only.
        const quint32 mapped = g.glyphs[i].glyph;
        if (mapped != 0 && named.embedded) {
            indexes[i] = mapped == OfdGraphic::kNoGlyph ? 0 : mapped;
            continue;
        }
        if (indexes[i] != 0 || g.glyphs[i].character.isSpace())
            continue;
        int one = 1;
        quint32 index = 0;
        const QChar c = g.glyphs[i].character;
        fonts.fallback().glyphIndexesForChars(&c, 1, &index, &one);
        indexes[i] = index;
        fromFallback[i] = true;
    }
    // Filled, upright, unscaled text (nearly all of it) goes as glyph runs, which the painter
    // draws from its glyph cache; anything else glyph by glyph as outlines.
    const bool plain = g.fill && !g.stroke && g.charDirection == 0 && g.hScale == 1
            && !(g.italic && primary.style() != QFont::StyleItalic);
    if (plain) {
        p.save();
        p.scale(scale, scale);
        p.setPen(g.fillColor);
        for (const bool fallbackRun : {false, true}) {
            QList<quint32> runIndexes;
            QList<QPointF> runPositions;
            for (qsizetype i = 0; i < g.glyphs.size(); ++i) {
                if (fromFallback[i] != fallbackRun || indexes[i] == 0
                    || g.glyphs[i].character.isSpace())
                    continue;
                runIndexes.append(indexes[i]);
                runPositions.append(g.glyphs[i].at / scale);
            }
            if (runIndexes.isEmpty())
                continue;
            QGlyphRun run;
            run.setRawFont(fallbackRun ? fonts.fallback() : primary);
            run.setGlyphIndexes(runIndexes);
            run.setPositions(runPositions);
            p.drawGlyphRun(QPointF(0, 0), run);
        }
        p.restore();
        return;
    }
    for (qsizetype i = 0; i < g.glyphs.size(); ++i) {
        const OfdGraphic::Glyph &glyph = g.glyphs[i];
        if (glyph.character.isSpace() || indexes[i] == 0)
            continue;
        const QRawFont &font = fromFallback[i] ? fonts.fallback() : primary;
        p.save();
        p.translate(glyph.at);
        if (g.charDirection != 0)
            p.rotate(g.charDirection);
        p.scale(scale * g.hScale, scale);
        if (g.italic && !(font.style() == QFont::StyleItalic))
            p.shear(-0.2, 0);
        const QPainterPath outline = font.pathForGlyph(indexes[i]);
        if (g.fill)
            p.fillPath(outline, g.fillColor);
        if (g.stroke) {
            QPen pen(g.strokeColor, g.lineWidth / scale);
            p.strokePath(outline, pen);
        }
        p.restore();
    }
}

void drawPath(QPainter &p, const OfdGraphic &g)
{
    if (g.fill)
        p.fillPath(g.path, g.fillColor);
    if (g.stroke) {
        QPen pen(g.strokeColor);
        pen.setWidthF(g.lineWidth); // 0: the thinnest line the device has
        pen.setCapStyle(g.cap);
        pen.setJoinStyle(g.join);
        pen.setMiterLimit(g.miterLimit);
        if (!g.dash.isEmpty() && g.lineWidth > 0) {
            // Qt counts dashes in line widths, OFD in millimetres.
            QList<qreal> dashes;
            for (const qreal d : g.dash)
                dashes.append(std::max(d / g.lineWidth, 0.01));
            if (dashes.size() % 2)
                dashes += dashes;
            pen.setDashPattern(dashes);
            pen.setDashOffset(g.dashOffset / g.lineWidth);
        }
        p.strokePath(g.path, pen);
    }
}

void drawImage(QPainter &p, const OfdDocument &document, const OfdGraphic &g, QStringList *problems)
{
    QString error;
    const QImage image = document.image(g.imageId, &error);
    const QRectF unit(0, 0, 1, 1);
    if (image.isNull()) {
        // A grey box with a cross where the image should be, so the clerk sees something is
        // missing rather than a blank.
        p.fillRect(unit, QColor(0xcc, 0xcc, 0xcc));
        QPen pen(QColor(0x80, 0x80, 0x80), 0);
        p.setPen(pen);
        p.drawLine(QLineF(0, 0, 1, 1));
        p.drawLine(QLineF(1, 0, 0, 1));
        if (problems && !problems->contains(error))
            problems->append(error);
        return;
    }
    p.drawImage(unit, image);
}
} // namespace

QString OfdPainter::installedFamily(const QString &family)
{
    const QString f = family.trimmed();
    const auto any = [&f](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (f.contains(QString::fromUtf8(n), Qt::CaseInsensitive))
                return true;
        return false;
    };
    // Serif faces for 宋体, 仿宋 and 楷体 (the print faces of official documents), sans for 黑体.
    if (any({"黑体", "SimHei", "Hei", "YaHei", "雅黑", "Sans"}))
        return QStringLiteral("Noto Sans CJK SC");
    if (any({"宋", "Song", "SimSun", "NSimSun", "仿宋", "FangSong", "楷", "Kai", "STZhongsong",
             "Serif"}))
        return QStringLiteral("Noto Serif CJK SC");
    if (any({"Courier", "Mono"}))
        return QStringLiteral("DejaVu Sans Mono");
    if (any({"Times"}))
        return QStringLiteral("DejaVu Serif");
    return f.isEmpty() ? QStringLiteral("Noto Serif CJK SC") : f;
}

void OfdPainter::paint(QPainter &p, const OfdDocument &document, const OfdPage &page,
                       QStringList *problems)
{
    Fonts fonts(document);
    for (const OfdGraphic &g : page.graphics) {
        p.save();
        p.setClipRect(g.boundary, Qt::IntersectClip);
        p.translate(g.boundary.topLeft());
        for (const QPainterPath &clip : g.clips)
            p.setClipPath(clip, Qt::IntersectClip);
        QTransform ctm = g.ctm;
        // An image without a CTM fills its boundary.
        if (g.kind == OfdGraphic::Kind::Image && ctm.isIdentity())
            ctm = QTransform::fromScale(g.boundary.width(), g.boundary.height());
        p.setTransform(ctm, true);
        p.setOpacity(g.alpha);
        switch (g.kind) {
        case OfdGraphic::Kind::Text:
            drawText(p, fonts, g);
            break;
        case OfdGraphic::Kind::Path:
            drawPath(p, g);
            break;
        case OfdGraphic::Kind::Image:
            drawImage(p, document, g, problems);
            break;
        }
        p.restore();
    }
}

QImage OfdPainter::render(const OfdDocument &document, int index, const QSize &pixels,
                          QString *error, QStringList *problems, const QColor &paper)
{
    const std::optional<OfdPage> page = document.page(index, error);
    if (!page)
        return {};
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > 400'000'000LL) {
        if (error)
            *error = OfdPainter::tr("The page cannot be drawn at this size.");
        return {};
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(paper);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform
                     | QPainter::TextAntialiasing);
    p.scale(pixels.width() / page->box.width(), pixels.height() / page->box.height());
    p.translate(-page->box.topLeft());
    if (problems)
        *problems += page->problems;
    paint(p, document, *page, problems);
    return image;
}

} // namespace casedesk
