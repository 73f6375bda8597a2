#include "OfdDocument.h"

#include "OfdJbig2.h"
#include "OfdPainter.h"
#include "OfdSeal.h"
#include "OfdXml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QLineF>
#include <QLocale>
#include <QtMath>

#include <cmath>
#include <mutex>

namespace casedesk {

using ofd::XmlNode;

namespace {
// Seal pictures are images of the document without being its resources; their IDs cannot be an
// OFD ID (ST_ID is a number).
const QString kSealImage = QStringLiteral("seal:");

// A seal may be drawn as a small OFD document of its own (GB/T 38540 allows it); one inside that
// is not opened again, so a seal cannot nest without end.
thread_local int t_sealDepth = 0;
constexpr double kSealPixelsPerMm = 12;

QList<double> numbers(const QString &text)
{
    QList<double> values;
    for (const QStringView piece : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = piece.toDouble(&ok);
        if (ok && std::isfinite(v))
            values.append(v);
    }
    return values;
}

// "x y w h" (ST_Box); an empty rectangle when it is not four numbers.
QRectF box(const QString &text)
{
    const QList<double> v = numbers(text);
    return v.size() == 4 ? QRectF(v[0], v[1], v[2], v[3]) : QRectF();
}

bool sensibleBox(const QRectF &r)
{
    return r.width() > 0 && r.height() > 0 && r.width() <= OfdDocument::kMaxPageMm
            && r.height() <= OfdDocument::kMaxPageMm && std::abs(r.x()) <= OfdDocument::kMaxPageMm
            && std::abs(r.y()) <= OfdDocument::kMaxPageMm;
}

// DeltaX / DeltaY (§11.3): numbers, where "g N v" stands for N times v.
QList<double> deltas(const QString &text)
{
    QList<double> values;
    const QList<QStringView> pieces = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (pieces[i] == u"g" && i + 2 < pieces.size()) {
            const int times = std::clamp(pieces[i + 1].toInt(), 0, 100'000);
            const double v = pieces[i + 2].toDouble();
            for (int k = 0; k < times && values.size() < 100'000; ++k)
                values.append(v);
            i += 2;
        } else {
            values.append(pieces[i].toDouble());
        }
    }
    return values;
}

QColor color(const XmlNode *node, const QColor &fallback)
{
    if (!node)
        return fallback;
    const QList<double> v = numbers(node->attribute(QStringLiteral("Value")));
    QColor c = fallback;
    const auto channel = [](double x) { return int(std::clamp(x, 0.0, 255.0)); };
    if (v.size() == 1)
        c = QColor(channel(v[0]), channel(v[0]), channel(v[0]));
    else if (v.size() == 3)
        c = QColor(channel(v[0]), channel(v[1]), channel(v[2]));
    else if (v.size() == 4)
        c = QColor::fromCmyk(channel(v[0]), channel(v[1]), channel(v[2]), channel(v[3]));
    const QString alpha = node->attribute(QStringLiteral("Alpha"));
    if (!alpha.isEmpty())
        c.setAlpha(channel(alpha.toDouble()));
    return c;
}

void arcTo(QPainterPath &path, double rx, double ry, double angle, bool large, bool sweep,
           const QPointF &to)
{
    // The endpoint form of an elliptical arc (as in SVG) to its centre form.
    const QPointF from = path.currentPosition();
    rx = std::abs(rx);
    ry = std::abs(ry);
    if (rx < 1e-9 || ry < 1e-9 || from == to) {
        path.lineTo(to);
        return;
    }
    const double phi = qDegreesToRadians(angle);
    const double cosPhi = std::cos(phi), sinPhi = std::sin(phi);
    const double dx = (from.x() - to.x()) / 2, dy = (from.y() - to.y()) / 2;
    const double x1 = cosPhi * dx + sinPhi * dy, y1 = -sinPhi * dx + cosPhi * dy;
    const double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
        rx *= std::sqrt(lambda);
        ry *= std::sqrt(lambda);
    }
    const double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    const double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    double coef = den > 0 ? std::sqrt(std::max(0.0, num / den)) : 0;
    if (large == sweep)
        coef = -coef;
    const double cx1 = coef * rx * y1 / ry, cy1 = -coef * ry * x1 / rx;
    const QPointF centre(cosPhi * cx1 - sinPhi * cy1 + (from.x() + to.x()) / 2,
                         sinPhi * cx1 + cosPhi * cy1 + (from.y() + to.y()) / 2);
    const auto angleOf = [](double ux, double uy) { return std::atan2(uy, ux); };
    const double start = angleOf((x1 - cx1) / rx, (y1 - cy1) / ry);
    double span = angleOf((-x1 - cx1) / rx, (-y1 - cy1) / ry) - start;
    if (sweep && span < 0)
        span += 2 * M_PI;
    else if (!sweep && span > 0)
        span -= 2 * M_PI;
    // Drawn on an upright ellipse at the origin, then turned and moved into place. Qt counts
    // angles anticlockwise with y up; page space has y down, hence the signs.
    QPainterPath arc;
    const QRectF ellipse(-rx, -ry, 2 * rx, 2 * ry);
    arc.arcMoveTo(ellipse, -qRadiansToDegrees(start));
    arc.arcTo(ellipse, -qRadiansToDegrees(start), -qRadiansToDegrees(span));
    QTransform place;
    place.translate(centre.x(), centre.y());
    place.rotate(angle);
    path.connectPath(place.map(arc));
    path.lineTo(to); // lands exactly on the end the file names
}

// AbbreviatedData (§9.3.4): S/M move, L line, Q quadratic, B cubic, A arc, C close.
QPainterPath abbreviatedPath(const QString &data)
{
    QPainterPath path;
    const QList<QStringView> t = QStringView(data).split(u' ', Qt::SkipEmptyParts);
    qsizetype i = 0;
    QChar command;
    const auto number = [&t, &i](bool *ok) {
        if (i >= t.size()) {
            *ok = false;
            return 0.0;
        }
        const double v = t[i].toDouble(ok);
        if (*ok)
            ++i;
        return std::isfinite(v) ? v : 0.0;
    };
    while (i < t.size()) {
        if (t[i].size() == 1 && t[i][0].isLetter()) {
            command = t[i][0].toUpper();
            ++i;
        }
        bool ok = true;
        const auto read = [&](int n, double *out) {
            for (int k = 0; k < n && ok; ++k)
                out[k] = number(&ok);
            return ok;
        };
        double v[7];
        switch (command.unicode()) {
        case 'S':
        case 'M':
            if (read(2, v))
                path.moveTo(v[0], v[1]);
            break;
        case 'L':
            if (read(2, v))
                path.lineTo(v[0], v[1]);
            break;
        case 'Q':
            if (read(4, v))
                path.quadTo(v[0], v[1], v[2], v[3]);
            break;
        case 'B':
            if (read(6, v))
                path.cubicTo(v[0], v[1], v[2], v[3], v[4], v[5]);
            break;
        case 'A':
            if (read(7, v))
                arcTo(path, v[0], v[1], v[2], v[3] != 0, v[4] != 0, QPointF(v[5], v[6]));
            break;
        case 'C':
            path.closeSubpath();
            command = QChar(); // C takes no numbers; a number after it starts nothing
            continue;
        default:
            ok = false;
        }
        if (!ok)
            ++i; // an unknown token or a short command: skipped, the rest still drawn
    }
    return path;
}

Qt::PenCapStyle capOf(const QString &s)
{
    return s == QLatin1String("Round")     ? Qt::RoundCap
            : s == QLatin1String("Square") ? Qt::SquareCap
                                           : Qt::FlatCap;
}

Qt::PenJoinStyle joinOf(const QString &s)
{
    return s == QLatin1String("Round")    ? Qt::RoundJoin
            : s == QLatin1String("Bevel") ? Qt::BevelJoin
                                          : Qt::MiterJoin;
}

bool flag(const XmlNode *node, const char *name, bool fallback)
{
    const QString v = node->attribute(QLatin1String(name));
    return v.isEmpty() ? fallback : v == QLatin1String("true") || v == QLatin1String("1");
}
} // namespace

struct OfdDocument::Data
{
    OfdPackage package;
    QString docDir;
    QRectF defaultBox;
    struct PageRef
    {
        QString id;
        QString part;
    };
    QList<PageRef> pages;
    QHash<QString, QString> templates; // template ID → part
    QHash<QString, std::shared_ptr<XmlNode>> drawParams;
    QHash<QString, OfdFont> fonts;
    QHash<QString, QString> fontFiles; // font ID → part of its file
    QHash<QString, QString> mediaFiles; // multimedia ID → part
    QHash<QString, QString> mediaFormats;
    QHash<QString, std::shared_ptr<XmlNode>> composites; // CompositeGraphicUnit by ID
    QHash<QString, QStringList> annotationParts; // page ID → PageAnnot parts
    QList<OfdSignatureInfo> signatures;
    QHash<QString, QByteArray> sealPictures; // image ID (kSealImage + index) → encoded picture
    QHash<QString, QSizeF> ofdSeals; // the seals drawn as OFD: their stamp box's size (mm)

    mutable std::mutex cacheLock;
    mutable QHash<QString, QImage> images;
    mutable QHash<QString, QByteArray> fontData;

    void remember(const QString &id, const QImage &image) const
    {
        std::lock_guard guard(cacheLock);
        if (images.size() > 64)
            images.clear(); // a long document's images are not all kept at once
        images.insert(id, image);
    }

    std::shared_ptr<XmlNode> part(const QString &name, QString *error) const
    {
        const std::optional<QByteArray> bytes = package.read(name, error);
        return bytes ? ofd::parseXml(*bytes, error) : nullptr;
    }

    void readResources(const QString &resPart)
    {
        QString error;
        const auto res = part(resPart, &error);
        if (!res)
            return;
        // Files named in a resource file are relative to its BaseLoc, itself relative to the
        // resource file's folder.
        const QString base = OfdPackage::resolve(OfdPackage::folderOf(resPart),
                                                 res->attribute(QStringLiteral("BaseLoc")));
        const QString baseDir = res->attribute(QStringLiteral("BaseLoc")).isEmpty()
                ? OfdPackage::folderOf(resPart)
                : base;
        for (const auto &group : res->children) {
            for (const auto &item : group->children) {
                const QString id = item->attribute(QStringLiteral("ID"));
                if (id.isEmpty())
                    continue;
                if (item->name == QLatin1String("Font")) {
                    OfdFont f;
                    f.name = item->attribute(QStringLiteral("FontName"));
                    f.family = item->attribute(QStringLiteral("FamilyName"));
                    f.bold = flag(item.get(), "Bold", false);
                    f.italic = flag(item.get(), "Italic", false);
                    fonts.insert(id, f);
                    if (const XmlNode *file = item->child(QStringLiteral("FontFile")))
                        fontFiles.insert(id, OfdPackage::resolve(baseDir, file->text));
                } else if (item->name == QLatin1String("DrawParam")) {
                    drawParams.insert(id, item);
                } else if (item->name == QLatin1String("MultiMedia")) {
                    if (const XmlNode *file = item->child(QStringLiteral("MediaFile")))
                        mediaFiles.insert(id, OfdPackage::resolve(baseDir, file->text));
                    mediaFormats.insert(id, item->attribute(QStringLiteral("Format")).toUpper());
                } else if (item->name == QLatin1String("CompositeGraphicUnit")) {
                    composites.insert(id, item);
                }
            }
        }
    }
};

namespace {
struct PageReader
{
    const OfdDocument::Data &doc;
    OfdPage &page;
    int skipped = 0;

    // The drawing parameters of `node`, over those of the draw parameter it names and of
    // the one that one is relative to (a chain, never followed round a loop).
    void inherit(OfdGraphic &g, const QString &paramId, int depth = 0)
    {
        const auto it = doc.drawParams.constFind(paramId);
        if (it == doc.drawParams.cend() || depth > OfdDocument::kMaxNesting)
            return;
        const XmlNode *p = it->get();
        inherit(g, p->attribute(QStringLiteral("Relative")), depth + 1);
        apply(g, p);
    }

    static void apply(OfdGraphic &g, const XmlNode *n)
    {
        bool ok = false;
        const double width = n->attribute(QStringLiteral("LineWidth")).toDouble(&ok);
        if (ok && width >= 0 && width < OfdDocument::kMaxPageMm)
            g.lineWidth = width;
        if (n->attributes.contains(QStringLiteral("Cap")))
            g.cap = capOf(n->attribute(QStringLiteral("Cap")));
        if (n->attributes.contains(QStringLiteral("Join")))
            g.join = joinOf(n->attribute(QStringLiteral("Join")));
        const double miter = n->attribute(QStringLiteral("MiterLimit")).toDouble(&ok);
        if (ok && miter > 0)
            g.miterLimit = miter;
        const QList<double> dash = numbers(n->attribute(QStringLiteral("DashPattern")));
        if (!dash.isEmpty())
            g.dash = QList<qreal>(dash.cbegin(), dash.cend());
        g.dashOffset = n->attribute(QStringLiteral("DashOffset")).toDouble();
        g.fillColor = color(n->child(QStringLiteral("FillColor")), g.fillColor);
        g.strokeColor = color(n->child(QStringLiteral("StrokeColor")), g.strokeColor);
    }

    bool common(OfdGraphic &g, const XmlNode *n, const QString &layerParam, const QPointF &offset)
    {
        g.boundary = box(n->attribute(QStringLiteral("Boundary"))).translated(offset);
        if (!g.boundary.isValid() || std::abs(g.boundary.x()) > 1e5
            || std::abs(g.boundary.y()) > 1e5 || g.boundary.width() > 1e5
            || g.boundary.height() > 1e5) {
            ++skipped;
            return false;
        }
        const QList<double> m = numbers(n->attribute(QStringLiteral("CTM")));
        if (m.size() == 6)
            g.ctm = QTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
        inherit(g, layerParam);
        inherit(g, n->attribute(QStringLiteral("DrawParam")));
        apply(g, n);
        const QString alpha = n->attribute(QStringLiteral("Alpha"));
        if (!alpha.isEmpty())
            g.alpha = std::clamp(alpha.toDouble() / 255.0, 0.0, 1.0);
        if (const XmlNode *clips = n->child(QStringLiteral("Clips"))) {
            for (const XmlNode *clip : clips->all(QStringLiteral("Clip"))) {
                for (const XmlNode *area : clip->all(QStringLiteral("Area"))) {
                    const XmlNode *p = area->child(QStringLiteral("Path"));
                    const XmlNode *data = p ? p->child(QStringLiteral("AbbreviatedData")) : nullptr;
                    if (!data)
                        continue;
                    const QList<double> cm = numbers(area->attribute(QStringLiteral("CTM")));
                    const QTransform t = cm.size() == 6
                            ? QTransform(cm[0], cm[1], cm[2], cm[3], cm[4], cm[5])
                            : QTransform();
                    g.clips.append(t.map(abbreviatedPath(data->text)));
                }
            }
        }
        return true;
    }

    void text(const XmlNode *n, const QString &layerParam, const QPointF &offset)
    {
        OfdGraphic g;
        g.kind = OfdGraphic::Kind::Text;
        g.fill = true;
        g.stroke = false;
        if (!common(g, n, layerParam, offset))
            return;
        g.fill = flag(n, "Fill", true);
        g.stroke = flag(n, "Stroke", false);
        g.fontId = n->attribute(QStringLiteral("Font"));
        g.size = n->attribute(QStringLiteral("Size")).toDouble();
        if (!(g.size > 0 && g.size < OfdDocument::kMaxPageMm)) {
            ++skipped;
            return;
        }
        bool ok = false;
        const double h = n->attribute(QStringLiteral("HScale")).toDouble(&ok);
        if (ok && h > 0 && h < 100)
            g.hScale = h;
        g.weight = std::clamp(n->attribute(QStringLiteral("Weight")).toInt(&ok), 0, 1000);
        if (!ok || g.weight == 0)
            g.weight = doc.fonts.value(g.fontId).bold ? 700 : 400;
        g.italic = flag(n, "Italic", doc.fonts.value(g.fontId).italic);
        g.charDirection = n->attribute(QStringLiteral("CharDirection")).toInt();
        QPointF at;
        for (const XmlNode *code : n->all(QStringLiteral("TextCode"))) {
            // A missing X or Y goes on from where the last code ended.
            bool hasX = false, hasY = false;
            const double x = code->attribute(QStringLiteral("X")).toDouble(&hasX);
            const double y = code->attribute(QStringLiteral("Y")).toDouble(&hasY);
            if (hasX)
                at.setX(x);
            if (hasY)
                at.setY(y);
            const QList<double> dx = deltas(code->attribute(QStringLiteral("DeltaX")));
            const QList<double> dy = deltas(code->attribute(QStringLiteral("DeltaY")));
            const QString chars = code->text;
            for (qsizetype i = 0; i < chars.size(); ++i) {
                if (g.glyphs.size() >= OfdDocument::kMaxGraphics)
                    break;
                g.glyphs.append({chars[i], at});
                // Without DeltaX a glyph advances by its em (CJK) or half of it (Latin).
                const double advance = i < dx.size()  ? dx[i]
                        : chars[i].unicode() < 0x2E80 ? g.size * 0.5 * g.hScale
                                                      : g.size * g.hScale;
                at += QPointF(advance, i < dy.size() ? dy[i] : 0.0);
            }
        }
        glyphMaps(n, g);
        if (!g.glyphs.isEmpty())
            add(std::move(g));
    }

    // CGTransform (§11.4): characters of the object's text, counted from the first TextCode on,
    // drawn with given glyphs of the embedded font (how subset fonts in e-invoices are used).
    // n characters to n glyphs go one by one; several characters to one glyph draw it once;
    // one character to several glyphs draws the first (the rest would need a shaping step).
    static void glyphMaps(const XmlNode *n, OfdGraphic &g)
    {
        for (const XmlNode *map : n->all(QStringLiteral("CGTransform"))) {
            bool ok = false;
            const qsizetype position
                    = map->attribute(QStringLiteral("CodePosition")).toLongLong(&ok);
            if (!ok || position < 0 || position >= g.glyphs.size())
                continue;
            qsizetype codes = map->attribute(QStringLiteral("CodeCount")).toLongLong(&ok);
            if (!ok || codes < 1)
                codes = 1;
            codes = std::min(codes, g.glyphs.size() - position);
            const XmlNode *list = map->child(QStringLiteral("Glyphs"));
            QList<quint32> glyphs;
            for (const double v : numbers(list ? list->text : QString()))
                if (v >= 1 && v < 65536)
                    glyphs.append(quint32(v));
            if (glyphs.isEmpty())
                continue;
            for (qsizetype k = 0; k < codes; ++k)
                g.glyphs[position + k].glyph = k < glyphs.size() ? glyphs[k] : OfdGraphic::kNoGlyph;
        }
    }

    void path(const XmlNode *n, const QString &layerParam, const QPointF &offset)
    {
        OfdGraphic g;
        g.kind = OfdGraphic::Kind::Path;
        if (!common(g, n, layerParam, offset))
            return;
        g.stroke = flag(n, "Stroke", true);
        g.fill = flag(n, "Fill", false);
        const XmlNode *data = n->child(QStringLiteral("AbbreviatedData"));
        if (!data)
            return;
        g.path = abbreviatedPath(data->text);
        g.path.setFillRule(n->attribute(QStringLiteral("Rule")) == QLatin1String("Even-Odd")
                                   ? Qt::OddEvenFill
                                   : Qt::WindingFill);
        add(std::move(g));
    }

    void image(const XmlNode *n, const QString &layerParam, const QPointF &offset)
    {
        OfdGraphic g;
        g.kind = OfdGraphic::Kind::Image;
        if (!common(g, n, layerParam, offset))
            return;
        g.imageId = n->attribute(QStringLiteral("ResourceID"));
        add(std::move(g));
    }

    void add(OfdGraphic &&g)
    {
        if (page.graphics.size() >= OfdDocument::kMaxGraphics) {
            ++skipped;
            return;
        }
        page.graphics.append(std::move(g));
    }

    // A layer, page block or composite unit: its objects in order, nested blocks in place.
    void objects(const XmlNode *container, const QString &layerParam, const QPointF &offset,
                 int depth)
    {
        if (depth > OfdDocument::kMaxNesting) {
            page.problems.append(
                    OfdDocument::tr("Part of the page nests too deeply and is not drawn."));
            return;
        }
        for (const auto &child : container->children) {
            const QString &kind = child->name;
            if (kind == QLatin1String("TextObject"))
                text(child.get(), layerParam, offset);
            else if (kind == QLatin1String("PathObject"))
                path(child.get(), layerParam, offset);
            else if (kind == QLatin1String("ImageObject"))
                image(child.get(), layerParam, offset);
            else if (kind == QLatin1String("PageBlock"))
                objects(child.get(), layerParam, offset, depth + 1);
            else if (kind == QLatin1String("CompositeObject"))
                composite(child.get(), layerParam, offset, depth + 1);
            // Anything else (an unknown or later element) is skipped.
        }
    }

    void composite(const XmlNode *n, const QString &layerParam, const QPointF &offset, int depth)
    {
        // The unit's content is drawn in the object's boundary; its own CTM is not applied
        // yet (docs/ofd.md).
        const auto unit = doc.composites.constFind(n->attribute(QStringLiteral("ResourceID")));
        if (unit == doc.composites.cend())
            return;
        const QRectF where = box(n->attribute(QStringLiteral("Boundary")));
        if (const XmlNode *content = (*unit)->child(QStringLiteral("Content")))
            objects(content, layerParam, offset + where.topLeft(), depth);
    }

    void content(const XmlNode *pageXml, int depth)
    {
        const XmlNode *c = pageXml->child(QStringLiteral("Content"));
        if (!c)
            return;
        for (const XmlNode *layer : c->all(QStringLiteral("Layer")))
            objects(layer, layer->attribute(QStringLiteral("DrawParam")), {}, depth);
    }
};
} // namespace

std::optional<OfdDocument> OfdDocument::open(const QByteArray &bytes, QString *error)
{
    std::optional<OfdPackage> package = OfdPackage::open(bytes, error);
    if (!package)
        return std::nullopt;
    auto d = std::make_shared<Data>();
    d->package = std::move(*package);
    const auto root = d->part(QStringLiteral("OFD.xml"), error);
    if (!root)
        return std::nullopt;
    const XmlNode *body = root->child(QStringLiteral("DocBody"));
    const XmlNode *docRoot = body ? body->child(QStringLiteral("DocRoot")) : nullptr;
    const QString docPart = docRoot ? OfdPackage::resolve({}, docRoot->text) : QString();
    if (docPart.isEmpty()) {
        if (error)
            *error = OfdDocument::tr("The OFD file names no document.");
        return std::nullopt;
    }
    const auto document = d->part(docPart, error);
    if (!document)
        return std::nullopt;
    d->docDir = OfdPackage::folderOf(docPart);
    const XmlNode *common = document->child(QStringLiteral("CommonData"));
    if (common) {
        if (const XmlNode *area = common->child(QStringLiteral("PageArea")))
            if (const XmlNode *physical = area->child(QStringLiteral("PhysicalBox")))
                d->defaultBox = box(physical->text);
        for (const auto &c : common->children) {
            if (c->name == QLatin1String("PublicRes") || c->name == QLatin1String("DocumentRes"))
                d->readResources(OfdPackage::resolve(d->docDir, c->text));
            else if (c->name == QLatin1String("TemplatePage"))
                d->templates.insert(
                        c->attribute(QStringLiteral("ID")),
                        OfdPackage::resolve(d->docDir, c->attribute(QStringLiteral("BaseLoc"))));
        }
    }
    if (const XmlNode *pages = document->child(QStringLiteral("Pages")))
        for (const XmlNode *p : pages->all(QStringLiteral("Page")))
            d->pages.append(
                    {p->attribute(QStringLiteral("ID")),
                     OfdPackage::resolve(d->docDir, p->attribute(QStringLiteral("BaseLoc")))});
    if (d->pages.isEmpty()) {
        if (error)
            *error = OfdDocument::tr("The OFD document has no pages.");
        return std::nullopt;
    }
    if (const XmlNode *annots = document->child(QStringLiteral("Annotations"))) {
        const QString annotsPart = OfdPackage::resolve(d->docDir, annots->text);
        QString ignored;
        if (const auto list = d->part(annotsPart, &ignored))
            for (const XmlNode *p : list->all(QStringLiteral("Page")))
                if (const XmlNode *file = p->child(QStringLiteral("FileLoc")))
                    d->annotationParts[p->attribute(QStringLiteral("PageID"))].append(
                            OfdPackage::resolve(OfdPackage::folderOf(annotsPart), file->text));
    }
    if (const XmlNode *signs = body->child(QStringLiteral("Signatures"))) {
        const QString signsPart = OfdPackage::resolve({}, signs->text);
        QString ignored;
        if (const auto list = d->part(signsPart, &ignored)) {
            for (const XmlNode *s : list->all(QStringLiteral("Signature"))) {
                // Each signature costs a read of its parts: a file listing thousands (perhaps
                // all naming one large part) must not keep the reader busy for hours.
                if (d->signatures.size() >= kMaxSignatures)
                    break;
                const QString signPart = OfdPackage::resolve(
                        OfdPackage::folderOf(signsPart), s->attribute(QStringLiteral("BaseLoc")));
                const auto sign = d->part(signPart, &ignored);
                const XmlNode *info = sign ? sign->child(QStringLiteral("SignedInfo")) : nullptr;
                if (!info)
                    continue;
                OfdSignatureInfo si;
                if (const XmlNode *provider = info->child(QStringLiteral("Provider")))
                    si.provider = provider->attribute(QStringLiteral("ProviderName"));
                if (const XmlNode *method = info->child(QStringLiteral("SignatureMethod")))
                    si.method = method->text.trimmed();
                if (const XmlNode *at = info->child(QStringLiteral("SignatureDateTime")))
                    si.signedAt = at->text.trimmed();
                if (const XmlNode *stamp = info->child(QStringLiteral("StampAnnot"))) {
                    const QString pageRef = stamp->attribute(QStringLiteral("PageRef"));
                    for (qsizetype i = 0; i < d->pages.size(); ++i)
                        if (d->pages[i].id == pageRef)
                            si.page = int(i);
                    si.stampBox = box(stamp->attribute(QStringLiteral("Boundary")));
                }
                // The seal travels inside the signature value (SES_Signature, GB/T 38540): its
                // name says who sealed, its picture is what the stamp box shows.
                if (const XmlNode *value = sign->child(QStringLiteral("SignedValue"))) {
                    QString valueError;
                    const auto der
                            = d->package.read(OfdPackage::resolve(OfdPackage::folderOf(signPart),
                                                                  value->text.trimmed()),
                                              &valueError);
                    if (const auto seal = der ? readOfdSeal(*der) : std::nullopt) {
                        si.signer = seal->name;
                        const bool ofd = seal->pictureType == QLatin1String("ofd");
                        if ((!ofd || t_sealDepth == 0) && si.page >= 0 && !si.stampBox.isEmpty()
                            && seal->picture.size() <= kMaxSealBytes) {
                            const QString id = kSealImage + QString::number(d->signatures.size());
                            si.sealPicture = true;
                            d->sealPictures.insert(id, seal->picture);
                            if (ofd)
                                d->ofdSeals.insert(id, si.stampBox.size());
                        }
                    }
                }
                d->signatures.append(si);
            }
        }
    }
    OfdDocument doc;
    doc.d = std::move(d);
    return doc;
}

int OfdDocument::pageCount() const
{
    return d ? int(d->pages.size()) : 0;
}

QRectF OfdDocument::pageBox(int index) const
{
    // The page's own box costs a read of its part; the document's default is what the viewer
    // lays out with until the page is read.
    if (!d || index < 0 || index >= d->pages.size())
        return {};
    return sensibleBox(d->defaultBox) ? d->defaultBox : QRectF(0, 0, 210, 297);
}

std::optional<OfdPage> OfdDocument::page(int index, QString *error) const
{
    if (!d || index < 0 || index >= d->pages.size()) {
        if (error)
            *error = OfdDocument::tr("The OFD document has no page %1.").arg(index + 1);
        return std::nullopt;
    }
    const auto xml = d->part(d->pages[index].part, error);
    if (!xml)
        return std::nullopt;
    OfdPage page;
    page.box = d->defaultBox;
    if (const XmlNode *area = xml->child(QStringLiteral("Area")))
        if (const XmlNode *physical = area->child(QStringLiteral("PhysicalBox")))
            page.box = box(physical->text);
    if (!sensibleBox(page.box)) {
        if (error)
            *error = OfdDocument::tr("Page %1 of the OFD document has an impossible size.")
                             .arg(index + 1);
        return std::nullopt;
    }
    PageReader reader{*d, page};
    // Templates (§7.4): background ones under the page's content, foreground ones over it.
    QList<std::shared_ptr<XmlNode>> foreground;
    for (const XmlNode *t : xml->all(QStringLiteral("Template"))) {
        const QString part = d->templates.value(t->attribute(QStringLiteral("TemplateID")));
        QString templateError;
        const auto templateXml = part.isEmpty() ? nullptr : d->part(part, &templateError);
        if (!templateXml) {
            page.problems.append(OfdDocument::tr("A template of this page is missing."));
            continue;
        }
        if (t->attribute(QStringLiteral("ZOrder")) == QLatin1String("Foreground"))
            foreground.append(templateXml);
        else
            reader.content(templateXml.get(), 1);
    }
    reader.content(xml.get(), 0);
    for (const auto &t : foreground)
        reader.content(t.get(), 1);
    // Annotations (stamps, watermarks) over everything, at their appearance's place.
    for (const QString &annotPart : d->annotationParts.value(d->pages[index].id)) {
        QString annotError;
        const auto annots = d->part(annotPart, &annotError);
        if (!annots)
            continue;
        for (const XmlNode *annot : annots->all(QStringLiteral("Annot"))) {
            if (annot->attribute(QStringLiteral("Visible")) == QLatin1String("false"))
                continue;
            for (const XmlNode *look : annot->all(QStringLiteral("Appearance")))
                reader.objects(look, {}, box(look->attribute(QStringLiteral("Boundary"))).topLeft(),
                               1);
        }
    }
    // The seals of the signatures over everything, as a reader of the signed paper sees them.
    for (qsizetype i = 0; i < d->signatures.size(); ++i) {
        const OfdSignatureInfo &si = d->signatures[i];
        if (si.page != index || !si.sealPicture)
            continue;
        OfdGraphic seal;
        seal.kind = OfdGraphic::Kind::Image;
        seal.boundary = si.stampBox;
        seal.imageId = kSealImage + QString::number(i);
        page.graphics.append(seal);
    }
    if (reader.skipped > 0)
        page.problems.append(OfdDocument::tr(
                "%n object(s) of this page are out of any sensible place or size and are not "
                "drawn.",
                nullptr, reader.skipped));
    return page;
}

QImage OfdDocument::image(const QString &id, QString *error) const
{
    if (!d)
        return {};
    {
        std::lock_guard guard(d->cacheLock);
        if (const auto it = d->images.constFind(id); it != d->images.cend())
            return *it;
    }
    std::optional<QByteArray> bytes;
    if (const auto seal = d->ofdSeals.constFind(id); seal != d->ofdSeals.cend()) {
        // Its first page, on no paper, at a resolution that keeps the seal's lines sharp.
        ++t_sealDepth;
        QString sealError;
        const std::optional<OfdDocument> document = open(d->sealPictures.value(id), &sealError);
        QImage drawn;
        if (document && document->pageCount() > 0) {
            const QSize pixels = (*seal * kSealPixelsPerMm).toSize().boundedTo(QSize(1200, 1200));
            drawn = OfdPainter::render(*document, 0, pixels, &sealError, nullptr, Qt::transparent);
        }
        --t_sealDepth;
        if (drawn.isNull()) {
            if (error)
                *error = OfdDocument::tr("A seal of this page is damaged and cannot be shown.");
            return {};
        }
        d->remember(id, drawn);
        return drawn;
    }
    if (id.startsWith(kSealImage)) {
        bytes = d->sealPictures.value(id);
    } else {
        const QString part = d->mediaFiles.value(id);
        if (part.isEmpty()) {
            if (error)
                *error = OfdDocument::tr("An image of this page is missing.");
            return {};
        }
        bytes = d->package.read(part, error);
        if (!bytes)
            return {};
        const QString format = d->mediaFormats.value(id).toUpper();
        if (format == QLatin1String("JB2") || format == QLatin1String("JBIG2")) {
            QImage decoded = decodeJbig2(*bytes, error);
            if (!decoded.isNull())
                d->remember(id, decoded);
            return decoded;
        }
    }
    QBuffer buffer;
    buffer.setData(*bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Qt's own allocation limit (256 MiB by default) refuses an image that claims to be huge.
    QImage decoded = reader.read();
    if (decoded.isNull()) {
        if (error)
            *error = OfdDocument::tr("An image of this page is damaged or of an unknown type.");
        return {};
    }
    d->remember(id, decoded);
    return decoded;
}

OfdFont OfdDocument::font(const QString &id) const
{
    if (!d)
        return {};
    OfdFont f = d->fonts.value(id);
    const QString part = d->fontFiles.value(id);
    if (part.isEmpty())
        return f;
    std::lock_guard guard(d->cacheLock);
    if (!d->fontData.contains(id)) {
        QString ignored;
        d->fontData.insert(id, d->package.read(part, &ignored).value_or(QByteArray()));
    }
    f.file = d->fontData.value(id);
    return f;
}

QList<OfdSignatureInfo> OfdDocument::signatures() const
{
    return d ? d->signatures : QList<OfdSignatureInfo>();
}

QString OfdDocument::describe(const OfdSignatureInfo &signature)
{
    // The algorithms the seal standards name, by their object identifiers.
    static const QHash<QString, const char *> methods{
            {QStringLiteral("1.2.156.10197.1.501"), QT_TR_NOOP("SM2 with SM3")},
            {QStringLiteral("1.2.156.10197.1.301.1"), QT_TR_NOOP("SM2")},
            {QStringLiteral("1.2.840.113549.1.1.11"), QT_TR_NOOP("RSA with SHA-256")},
            {QStringLiteral("1.2.840.113549.1.1.5"), QT_TR_NOOP("RSA with SHA-1")},
            {QStringLiteral("1.2.840.10045.4.3.2"), QT_TR_NOOP("ECDSA with SHA-256")}};
    const char *method = methods.value(signature.method);
    // Signing times are written "YYYYMMDDhhmmssZ" (UTCTime/GeneralizedTime) or ISO 8601.
    QDateTime at = QDateTime::fromString(signature.signedAt, QStringLiteral("yyyyMMddHHmmss'Z'"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    else
        at = QDateTime::fromString(signature.signedAt, Qt::ISODate);
    const QString who = !signature.signer.isEmpty() ? signature.signer
            : !signature.provider.isEmpty()         ? signature.provider
                                                    : tr("unnamed seal");
    const QString when = at.isValid()
            ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("time not stated");
    const QString how = method ? tr(method) : tr("an algorithm CaseDesk does not know");
    return tr("Seal: %1, %2, %3 — not verified: CaseDesk does not check signatures, so this "
              "says nothing about whether it is valid.")
            .arg(who, when, how);
}

QList<OfdDocument::TextGlyph> OfdDocument::pageGlyphs(int index) const
{
    QList<TextGlyph> out;
    const std::optional<OfdPage> p = page(index, nullptr);
    if (!p)
        return out;
    double lastY = qQNaN();
    double lastX = 0;
    for (const OfdGraphic &g : p->graphics) {
        if (g.kind != OfdGraphic::Kind::Text)
            continue;
        const QTransform toPage = g.ctm * QTransform::fromTranslate(g.boundary.x(), g.boundary.y());
        for (qsizetype i = 0; i < g.glyphs.size(); ++i) {
            const OfdGraphic::Glyph &glyph = g.glyphs[i];
            const QPointF at = toPage.map(glyph.at);
            // A new line where the baseline moves by half an em or the text goes back left.
            if (!std::isnan(lastY)
                && (std::abs(at.y() - lastY) > g.size / 2 || at.x() < lastX - g.size / 2))
                out.append({QLatin1Char('\n'), {}});
            // The glyph's cell: from its origin to the next glyph's (or one em), ascent 0.88 em.
            const double width = i + 1 < g.glyphs.size() && g.glyphs[i + 1].at.y() == glyph.at.y()
                            && g.glyphs[i + 1].at.x() > glyph.at.x()
                    ? g.glyphs[i + 1].at.x() - glyph.at.x()
                    : g.size * g.hScale;
            const QRectF cell(glyph.at.x(), glyph.at.y() - 0.88 * g.size, width, g.size);
            out.append({glyph.character, toPage.mapRect(cell)});
            lastY = at.y();
            lastX = at.x();
        }
    }
    return out;
}

OfdDocument::Match OfdDocument::find(const QString &text, int from) const
{
    const int count = pageCount();
    for (int i = 0; i < count && !text.isEmpty(); ++i) {
        const int index = (from + i) % count;
        const QList<TextGlyph> glyphs = pageGlyphs(index);
        QString all;
        for (const TextGlyph &g : glyphs)
            all += g.character;
        Match match;
        for (qsizetype at = all.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = all.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
            match.page = index;
            ++match.count;
            QRectF area;
            for (qsizetype k = at; k < at + text.size(); ++k)
                if (!glyphs[k].box.isEmpty())
                    area |= glyphs[k].box;
            match.areas.append(area);
        }
        if (match.page >= 0)
            return match;
    }
    return {};
}

QString OfdDocument::pageText(int index) const
{
    QString out;
    for (const TextGlyph &g : pageGlyphs(index))
        out += g.character;
    return out;
}

} // namespace casedesk
