#pragma once

#include "OfdPackage.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <memory>
#include <optional>

namespace casedesk {

// What an OFD page draws, read from its XML: every length in millimetres, page space with its
// origin at the top left (GB/T 33190-2016 §7.3). One struct per object kind would scatter the
// drawing parameters they share, so an object carries all of them and its kind says which
// apply.
struct OfdGraphic
{
    enum class Kind { Text, Path, Image };
    Kind kind = Kind::Path;
    QRectF boundary; // where the object sits on the page; it is clipped to it
    QTransform ctm; // object space → boundary space
    QList<QPainterPath> clips; // clip areas, in boundary space
    // Drawing parameters (§8.2), the object's own over its draw parameter's.
    bool fill = false;
    bool stroke = true;
    QColor fillColor = Qt::black;
    QColor strokeColor = Qt::black;
    double lineWidth = 0.353;
    Qt::PenCapStyle cap = Qt::FlatCap;
    Qt::PenJoinStyle join = Qt::MiterJoin;
    double miterLimit = 3.528;
    QList<qreal> dash; // in mm; empty: solid
    double dashOffset = 0;
    double alpha = 1.0;
    // Path objects.
    QPainterPath path;
    // Text objects: glyphs at their own positions (object space), never laid out again.
    QString fontId;
    double size = 0; // the em, in mm
    double hScale = 1; // horizontal scale of each glyph
    int weight = 400;
    bool italic = false;
    int charDirection = 0; // degrees a glyph is turned
    struct Glyph
    {
        QChar character;
        QPointF at; // the glyph's origin on the baseline
        // From a CGTransform (§11.4): the embedded font's glyph for this character, kNoGlyph
        // when the character shares the glyph of the one before it; 0: by the character.
        quint32 glyph = 0;
    };
    static constexpr quint32 kNoGlyph = 0xffffffffu;
    QList<Glyph> glyphs;
    // Image objects: a multimedia resource drawn into the unit square of object space.
    QString imageId;
};

struct OfdPage
{
    QRectF box; // PhysicalBox (mm)
    QList<OfdGraphic> graphics; // in drawing order: background templates, body, foreground
    QStringList problems; // what could not be drawn (shown under the page)
};

struct OfdSignatureInfo
{
    QString provider;
    QString method; // the signature algorithm, as named in the file
    QString signedAt; // as the file writes it
    QString signer; // the seal's name (印章名称) when the signature value holds the seal
    int page = -1; // where its stamp is drawn
    QRectF stampBox; // mm
    bool sealPicture = false; // the seal's picture is drawn in the stamp box
};

struct OfdFont
{
    QString name;
    QString family;
    bool bold = false;
    bool italic = false;
    QByteArray file; // an embedded TrueType/OpenType file, or empty
};

// An OFD document: its first document body, page list, resources and signatures. Pages are
// read when asked for, so a 200-page file opens as fast as a 2-page one. Safe to use from
// several threads once opened.
class OfdDocument
{
    Q_DECLARE_TR_FUNCTIONS(OfdDocument)

public:
    // Pages may not be larger than this (a metre) nor hold more than kMaxGraphics objects.
    static constexpr double kMaxPageMm = 1000;
    static constexpr int kMaxGraphics = 100'000;
    static constexpr int kMaxNesting = 16;
    // Signatures read (the rest are not listed) and the largest seal picture drawn.
    static constexpr int kMaxSignatures = 64;
    static constexpr qsizetype kMaxSealBytes = 8 << 20;

    static std::optional<OfdDocument> open(const QByteArray &bytes, QString *error);

    int pageCount() const;
    QRectF pageBox(int page) const;
    // Nullopt with `error` only when nothing of the page can be drawn; what a readable page
    // lacks is in its `problems`.
    std::optional<OfdPage> page(int page, QString *error) const;
    // The page's text in reading order, one line per text line.
    QString pageText(int page) const;
    // Each character of the page's text with where it is (page space, mm): what a search
    // marks. A line break has an empty box.
    struct TextGlyph
    {
        QChar character;
        QRectF box;
    };
    QList<TextGlyph> pageGlyphs(int page) const;
    // The first page from `from` on (wrapping) whose text holds `text`, ignoring case: how
    // often, and where each match is (page space, mm). Page -1 when no page has it.
    struct Match
    {
        int page = -1;
        int count = 0;
        QList<QRectF> areas;
    };
    Match find(const QString &text, int from) const;
    QImage image(const QString &id, QString *error) const;
    OfdFont font(const QString &id) const;
    QList<OfdSignatureInfo> signatures() const;
    // One line for the reader: who signed, when, how, and that CaseDesk did not verify it.
    static QString describe(const OfdSignatureInfo &signature);

    struct Data; // the package and what open() read of it

private:
    std::shared_ptr<const Data> d;
};

} // namespace casedesk
