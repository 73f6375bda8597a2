// The OFD reader against packages the test builds, written from GB/T 33190-2016: where each
// part is, what its numbers mean, and where the pixels must land. Pages are rendered at one
// pixel per millimetre (A4: 210 × 297), so a box in the file is a box of pixels.
#include "OfdBuilder.h"
#include "ofd/OfdDocument.h"
#include "ofd/OfdPainter.h"
#include "ofd/OfdSeal.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRawFont>
#include <QTest>

using namespace casedesk;

namespace {
const QSize kA4(210, 297);

QByteArray rect(const char *boundary, const char *fill,
                const char *data = "M 0 0 L 50 0 L 50 30 L 0 30 C")
{
    return QByteArray("<ofd:PathObject ID=\"2\" Boundary=\"") + boundary
            + "\" Fill=\"true\" Stroke=\"false\"><ofd:FillColor Value=\"" + fill
            + "\"/><ofd:AbbreviatedData>" + data + "</ofd:AbbreviatedData></ofd:PathObject>";
}

std::optional<OfdDocument> open(const OfdBuilder &b, QString *error = nullptr)
{
    QString e;
    auto doc = OfdDocument::open(b.zip(), &e);
    if (error)
        *error = e;
    return doc;
}

QImage render(const OfdBuilder &b, QStringList *problems = nullptr)
{
    const auto doc = open(b);
    return doc ? OfdPainter::render(*doc, 0, kA4, nullptr, problems) : QImage();
}

bool near(QRgb a, QColor b)
{
    return std::abs(qRed(a) - b.red()) < 40 && std::abs(qGreen(a) - b.green()) < 40
            && std::abs(qBlue(a) - b.blue()) < 40;
}

QByteArray redSquarePng()
{
    QImage seal(40, 40, QImage::Format_ARGB32);
    seal.fill(QColor(220, 0, 0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    seal.save(&buffer, "PNG");
    return png;
}

// A JBIG2 stream (ITU T.88) written by hand: a page of 8 × 8 pixels holding one generic region
// coded with MMR (T.6), ink in columns 2–5 of every row. Row 1 is horizontal mode (001, white
// run 2 = 0111, black run 4 = 011) then V0 (1); rows 2–8 repeat the row above: V0 three times.
QByteArray jbig2Stripe(bool withFileHeader)
{
    auto be32 = [](quint32 v) -> QByteArray {
        const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        return QByteArray(bytes, 4);
    };
    auto segment = [&be32](quint32 number, char type, const QByteArray &data) -> QByteArray {
        // Flags (the type; a one-byte page association), no referred-to segments, page 1.
        const char header[] = {type, '\0', '\1'};
        return be32(number) + QByteArray(header, 3) + be32(quint32(data.size())) + data;
    };
    const QByteArray pageInfo
            = be32(8) + be32(8) + be32(0) + be32(0) + QByteArray(1, '\0') + QByteArray(2, '\0');
    const QByteArray region = be32(8) + be32(8) + be32(0) + be32(0) + QByteArray(1, '\0')
            + QByteArray(1, '\1') /* MMR */ + QByteArray::fromHex("2effffff");
    QByteArray out = segment(0, 48, pageInfo) + segment(1, 38, region) + segment(2, 49, {});
    if (withFileHeader)
        out.prepend(QByteArray::fromHex("974a42320d0a1a0a") + QByteArray(1, '\1') + be32(1));
    return out;
}

int darkPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                ++n;
    return n;
}
} // namespace

class TestOfd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDocumentIsFoundFromTheRoot()
    {
        const auto doc = open(OfdBuilder::document({rect("10 10 50 30", "255 0 0"), {}, {}}));
        QVERIFY(doc);
        QCOMPARE(doc->pageCount(), 3);
        QCOMPARE(doc->pageBox(0), QRectF(0, 0, 210, 297));
    }

    // A filled path lands exactly on its boundary: x 10–60, y 10–40 (§9.3, Boundary + path).
    void aFilledPathLandsOnItsBoundary()
    {
        const QImage page = render(OfdBuilder::document({rect("10 10 50 30", "255 0 0")}));
        QVERIFY(!page.isNull());
        QCOMPARE(page.size(), kA4);
        QVERIFY(near(page.pixel(35, 25), Qt::red));
        QVERIFY(near(page.pixel(11, 11), Qt::red));
        QVERIFY(near(page.pixel(58, 38), Qt::red));
        QVERIFY(near(page.pixel(8, 25), Qt::white));
        QVERIFY(near(page.pixel(62, 25), Qt::white));
        QVERIFY(near(page.pixel(35, 42), Qt::white));
    }

    // The boundary clips what the object draws outside it (§8.1).
    void anObjectIsClippedToItsBoundary()
    {
        const QImage page = render(OfdBuilder::document(
                {rect("10 10 20 20", "0 0 255", "M 0 0 L 100 0 L 100 100 L 0 100 C")}));
        QVERIFY(near(page.pixel(20, 20), Qt::blue));
        QVERIFY(near(page.pixel(40, 40), Qt::white));
    }

    // CTM maps object space into the boundary: scaled by 2, the 10 × 10 square fills 20 × 20.
    void theCtmScalesTheObject()
    {
        const QByteArray path = "<ofd:PathObject ID=\"2\" Boundary=\"100 100 50 50\" "
                                "CTM=\"2 0 0 2 0 0\" Fill=\"true\" Stroke=\"false\">"
                                "<ofd:FillColor Value=\"0 128 0\"/><ofd:AbbreviatedData>M 0 0 L 10 "
                                "0 L 10 10 L 0 10 C</ofd:AbbreviatedData></ofd:PathObject>";
        const QImage page = render(OfdBuilder::document({path}));
        QVERIFY(near(page.pixel(118, 118), QColor(0, 128, 0)));
        QVERIFY(near(page.pixel(122, 105), Qt::white));
    }

    // DeltaX "g N v" is N times v (§11.3): glyphs at 10, 15, 20, 25; then 2 mm steps.
    void deltaXRepeatsPlaceEachGlyph()
    {
        const QByteArray text = "<ofd:TextObject ID=\"3\" Boundary=\"0 0 210 297\" Font=\"4\" "
                                "Size=\"5\"><ofd:TextCode X=\"10\" Y=\"20\" DeltaX=\"g 3 5 2 2\">"
                                "ABCDEF</ofd:TextCode></ofd:TextObject>";
        const auto doc = open(OfdBuilder::document({text}));
        QVERIFY(doc);
        const auto page = doc->page(0, nullptr);
        QVERIFY(page);
        QCOMPARE(page->graphics.size(), 1);
        const QList<double> expected{10, 15, 20, 25, 27, 29};
        const auto &glyphs = page->graphics.first().glyphs;
        QCOMPARE(glyphs.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(glyphs[i].at.x(), expected[i]);
            QCOMPARE(glyphs[i].at.y(), 20.0);
        }
        QCOMPARE(doc->pageText(0), QStringLiteral("ABCDEF"));
    }

    // The text of a licence comes back as written, line by line, for find and copy.
    void theTextReadsAsWritten()
    {
        const QByteArray lines
                = "<ofd:TextObject ID=\"3\" Boundary=\"20 20 170 20\" Font=\"4\" Size=\"6\">"
                  "<ofd:TextCode X=\"0\" Y=\"6\" DeltaX=\"g 5 6\">营业执照号</ofd:TextCode>"
                  "</ofd:TextObject><ofd:TextObject ID=\"5\" Boundary=\"20 40 170 20\" "
                  "Font=\"4\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\" DeltaX=\"g 17 2\">"
                  "91620102MA74XXXX</ofd:TextCode></ofd:TextObject>";
        const QByteArray fonts = "<ofd:Fonts><ofd:Font ID=\"4\" FontName=\"宋体\" "
                                 "FamilyName=\"宋体\"/></ofd:Fonts>";
        const auto doc = open(OfdBuilder::document({lines}, fonts));
        QVERIFY(doc);
        QCOMPARE(doc->pageText(0), QStringLiteral("营业执照号\n91620102MA74XXXX"));
        // And it is drawn: ink inside the first line's box, none far from it.
        // At 4 pixels per millimetre, where strokes are solid.
        const QImage page = OfdPainter::render(*doc, 0, kA4 * 4);
        QVERIFY(darkPixels(page, QRect(80, 80, 120, 28)) > 300);
        QCOMPARE(darkPixels(page, QRect(80, 112, 120, 40)), 0); // between the lines
        QCOMPARE(darkPixels(page, QRect(400, 400, 400, 400)), 0);
    }

    // Find goes on from the page after the current one, wraps, and marks each match where its
    // glyphs are: on page 3, "第3" is glyphs 2–3 of a line at x 20 mm, 6 mm each.
    void findGoesToTheNextPageWithTheText()
    {
        QList<QByteArray> pages;
        for (int i = 1; i <= 3; ++i)
            pages.append(QStringLiteral("<ofd:TextObject ID=\"3\" Boundary=\"20 30 170 20\" "
                                        "Font=\"4\" Size=\"6\"><ofd:TextCode X=\"0\" Y=\"6\" "
                                        "DeltaX=\"g 6 6\">执照第%1页</ofd:TextCode>"
                                        "</ofd:TextObject>")
                                 .arg(i)
                                 .toUtf8());
        const auto doc = open(OfdBuilder::document(pages));
        QVERIFY(doc);
        const OfdDocument::Match match = doc->find(QStringLiteral("第3"), 1);
        QCOMPARE(match.page, 2);
        QCOMPARE(match.count, 1);
        QCOMPARE(match.areas.size(), 1);
        QCOMPARE(match.areas.first().left(), 32.0);
        QCOMPARE(match.areas.first().width(), 12.0);
        QCOMPARE(doc->find(QStringLiteral("第1"), 1).page, 0); // wrapped round
        QCOMPARE(doc->find(QStringLiteral("执照"), 0).count, 1);
        QCOMPARE(doc->find(QStringLiteral("不在"), 0).page, -1);
    }

    void familiesMapToInstalledFaces_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("installed");
        QTest::newRow("宋体") << QStringLiteral("宋体") << QStringLiteral("Noto Serif CJK SC");
        QTest::newRow("SimSun") << QStringLiteral("SimSun") << QStringLiteral("Noto Serif CJK SC");
        QTest::newRow("仿宋") << QStringLiteral("仿宋_GB2312")
                              << QStringLiteral("Noto Serif CJK SC");
        QTest::newRow("楷体") << QStringLiteral("楷体") << QStringLiteral("Noto Serif CJK SC");
        QTest::newRow("黑体") << QStringLiteral("黑体") << QStringLiteral("Noto Sans CJK SC");
        QTest::newRow("微软雅黑") << QStringLiteral("微软雅黑")
                                  << QStringLiteral("Noto Sans CJK SC");
    }
    void familiesMapToInstalledFaces()
    {
        QFETCH(QString, family);
        QFETCH(QString, installed);
        QCOMPARE(OfdPainter::installedFamily(family), installed);
    }

    // Templates (§7.4): a background template under the body, a foreground one over it.
    void templatesGoUnderAndOver()
    {
        const QByteArray templates
                = "<ofd:TemplatePage ID=\"7\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>"
                  "<ofd:TemplatePage ID=\"8\" BaseLoc=\"Tpls/Tpl_1/Content.xml\"/>";
        OfdBuilder b = OfdBuilder::document({rect("10 10 50 30", "255 0 0")}, {}, templates);
        const QByteArray ns = " xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        b.add(QStringLiteral("Doc_0/Tpls/Tpl_0/Content.xml"),
              "<ofd:Page" + ns + "><ofd:Content><ofd:Layer ID=\"9\">"
                      + rect("0 0 100 100", "0 0 255", "M 0 0 L 100 0 L 100 100 L 0 100 C")
                      + "</ofd:Layer></ofd:Content></ofd:Page>");
        b.add(QStringLiteral("Doc_0/Tpls/Tpl_1/Content.xml"),
              "<ofd:Page" + ns + "><ofd:Content><ofd:Layer ID=\"10\">"
                      + rect("30 20 10 10", "0 255 0", "M 0 0 L 10 0 L 10 10 L 0 10 C")
                      + "</ofd:Layer></ofd:Content></ofd:Page>");
        // The page uses both; the Template elements sit before Content.
        QByteArray page = b.parts.value(QStringLiteral("Doc_0/Pages/Page_0/Content.xml"));
        page.replace("<ofd:Content>",
                     "<ofd:Template TemplateID=\"7\"/><ofd:Template "
                     "TemplateID=\"8\" ZOrder=\"Foreground\"/><ofd:Content>");
        b.add(QStringLiteral("Doc_0/Pages/Page_0/Content.xml"), page);
        const QImage image = render(b);
        QVERIFY(near(image.pixel(80, 80), Qt::blue)); // background alone
        QVERIFY(near(image.pixel(15, 15), Qt::red)); // the body over the background
        QVERIFY(near(image.pixel(35, 25), Qt::green)); // the foreground over the body
    }

    // An image resource (MultiMedia, in the resource file's BaseLoc) fills its boundary.
    void anImageFillsItsBoundary()
    {
        QImage red(4, 4, QImage::Format_RGB32);
        red.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        const QByteArray media = "<ofd:MultiMedias><ofd:MultiMedia ID=\"20\" Type=\"Image\" "
                                 "Format=\"PNG\"><ofd:MediaFile>seal.png</ofd:MediaFile>"
                                 "</ofd:MultiMedia></ofd:MultiMedias>";
        const QByteArray object = "<ofd:ImageObject ID=\"21\" Boundary=\"150 200 40 40\" "
                                  "CTM=\"40 0 0 40 0 0\" ResourceID=\"20\"/>";
        OfdBuilder b = OfdBuilder::document({object}, media);
        b.add(QStringLiteral("Doc_0/Res/seal.png"), png);
        QStringList problems;
        const QImage page = render(b, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(near(page.pixel(170, 220), Qt::red));
        QVERIFY(near(page.pixel(145, 220), Qt::white));
        // Without its file: a grey placeholder and a note, the rest of the page drawn.
        b.parts.remove(QStringLiteral("Doc_0/Res/seal.png"));
        problems.clear();
        const QImage missing = render(b, &problems);
        QVERIFY(!missing.isNull());
        QCOMPARE(problems.size(), 1);
        QVERIFY(!near(missing.pixel(160, 205), Qt::white));
    }

    // Real generators omit the namespace or misspell it; the file is read all the same.
    void aMissingOrWrongNamespaceIsRead_data()
    {
        QTest::addColumn<QByteArray>("ns");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("misspelt") << QByteArray("http://www.ofdspec.org/2016/");
    }
    void aMissingOrWrongNamespaceIsRead()
    {
        QFETCH(QByteArray, ns);
        QByteArray object = rect("10 10 50 30", "255 0 0");
        if (ns.isEmpty())
            object.replace("ofd:", "");
        const QImage page = render(OfdBuilder::document({object}, {}, {}, ns));
        QVERIFY(!page.isNull());
        QVERIFY(near(page.pixel(35, 25), Qt::red));
    }

    // Arcs (A rx ry angle large sweep x y): a half circle of radius 10 from (0,0) to (20,0).
    void anArcIsAHalfCircle()
    {
        const QByteArray arc = "<ofd:PathObject ID=\"2\" Boundary=\"50 50 40 40\" CTM=\"1 0 0 1 10 "
                               "15\" Fill=\"true\" Stroke=\"false\"><ofd:AbbreviatedData>M 0 0 A "
                               "10 10 0 0 1 20 0 C</ofd:AbbreviatedData></ofd:PathObject>";
        const auto doc = open(OfdBuilder::document({arc}));
        QVERIFY(doc);
        const auto page = doc->page(0, nullptr);
        QVERIFY(page && page->graphics.size() == 1);
        const QRectF bounds = page->graphics.first().path.boundingRect();
        QVERIFY2(std::abs(bounds.width() - 20) < 0.05, qPrintable(QString::number(bounds.width())));
        QVERIFY2(std::abs(bounds.height() - 10) < 0.05,
                 qPrintable(QString::number(bounds.height())));
    }

    // Stamps and watermarks (annotations) are drawn at their appearance's place.
    void aStampAnnotationIsDrawn()
    {
        OfdBuilder b = OfdBuilder::document({{}});
        QByteArray document = b.parts.value(QStringLiteral("Doc_0/Document.xml"));
        document.replace("</ofd:Pages>",
                         "</ofd:Pages><ofd:Annotations>Annots/Annotations.xml"
                         "</ofd:Annotations>");
        b.add(QStringLiteral("Doc_0/Document.xml"), document);
        const QByteArray ns = " xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        b.add(QStringLiteral("Doc_0/Annots/Annotations.xml"),
              "<ofd:Annotations" + ns
                      + "><ofd:Page PageID=\"100\"><ofd:FileLoc>Page_0/Annot.xml"
                        "</ofd:FileLoc></ofd:Page></ofd:Annotations>");
        b.add(QStringLiteral("Doc_0/Annots/Page_0/Annot.xml"),
              "<ofd:PageAnnot" + ns
                      + "><ofd:Annot ID=\"30\" Type=\"Stamp\"><ofd:Appearance "
                        "Boundary=\"120 150 40 40\">"
                      + rect("0 0 40 40", "200 0 0", "M 0 0 L 40 0 L 40 40 L 0 40 C")
                      + "</ofd:Appearance></ofd:Annot></ofd:PageAnnot>");
        const QImage page = render(b);
        QVERIFY(near(page.pixel(140, 170), QColor(200, 0, 0)));
        QVERIFY(near(page.pixel(110, 170), Qt::white));
    }

    // An embedded font draws the text; a CGTransform (§11.4) says which of its glyphs stand for
    // the characters (subset fonts in e-invoices): "...." drawn with the font's "W" glyphs
    // carries far more ink. Glyph numbers mean nothing for a font that is not embedded.
    void embeddedFontsAndTheirGlyphMaps()
    {
        QFile file(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ttf = file.readAll();
        const QRawFont font(ttf, 100);
        QVERIFY(font.isValid());
        const quint32 w = font.glyphIndexesForString(QStringLiteral("W")).value(0);
        QVERIFY(w > 0);
        const QByteArray glyphs = QByteArray::number(w);
        const QByteArray map = "<ofd:CGTransform CodePosition=\"0\" CodeCount=\"4\" "
                               "GlyphCount=\"4\"><ofd:Glyphs>"
                + glyphs + " " + glyphs + " " + glyphs + " " + glyphs
                + "</ofd:Glyphs></ofd:CGTransform>";
        auto ink = [&ttf](const QByteArray &fontId, const QByteArray &inside) {
            const QByteArray fonts = "<ofd:Fonts><ofd:Font ID=\"4\" FontName=\"DejaVu Sans\">"
                                     "<ofd:FontFile>dejavu.ttf</ofd:FontFile></ofd:Font>"
                                     "<ofd:Font ID=\"5\" FontName=\"宋体\"/></ofd:Fonts>";
            const QByteArray text = "<ofd:TextObject ID=\"3\" Boundary=\"20 100 120 30\" Font=\""
                    + fontId + "\" Size=\"20\">" + inside
                    + "<ofd:TextCode X=\"0\" Y=\"20\" DeltaX=\"g 3 25\">....</ofd:TextCode>"
                      "</ofd:TextObject>";
            OfdBuilder b = OfdBuilder::document({text}, fonts);
            b.add(QStringLiteral("Doc_0/Res/dejavu.ttf"), ttf);
            return darkPixels(render(b), QRect(20, 100, 120, 30));
        };
        const int dots = ink("4", {});
        const int ws = ink("4", map);
        QVERIFY2(dots > 0, "the embedded font draws");
        QVERIFY2(ws > 5 * dots, qPrintable(QStringLiteral("%1 against %2").arg(ws).arg(dots)));
        QCOMPARE(ink("5", map), ink("5", {}));
        // Two characters drawn as one glyph: the second draws nothing.
        const QByteArray shared = "<ofd:CGTransform CodePosition=\"0\" CodeCount=\"4\" "
                                  "GlyphCount=\"1\"><ofd:Glyphs>"
                + glyphs + "</ofd:Glyphs></ofd:CGTransform>";
        const int one = ink("4", shared);
        QVERIFY2(one < ws / 2 && one > dots,
                 qPrintable(QStringLiteral("%1 (%2, %3)").arg(one).arg(ws).arg(dots)));
    }

    // JBIG2 images (scans of official documents) are decoded with jbig2dec, whole files and
    // embedded streams alike; a damaged one gives a note and the rest of the page.
    void aJbig2ImageIsDrawn_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<bool>("drawn");
        QTest::addColumn<QString>("why");
        QTest::newRow("embedded stream") << jbig2Stripe(false) << true << QString();
        QTest::newRow("whole file") << jbig2Stripe(true) << true << QString();
        QTest::newRow("cut off") << jbig2Stripe(false).left(20) << false << "damaged";
        QTest::newRow("not JBIG2") << QByteArray("GIF89a, said the file") << false << "damaged";
        QByteArray huge = jbig2Stripe(false);
        huge.replace(11, 8, QByteArray::fromHex("0000ffff0000ffff")); // a 65535² page
        QTest::newRow("a page of 4 gigapixels") << huge << false << "larger than";
    }
    void aJbig2ImageIsDrawn()
    {
        QFETCH(QByteArray, image);
        QFETCH(bool, drawn);
        QFETCH(QString, why);
        const QByteArray media = "<ofd:MultiMedias><ofd:MultiMedia ID=\"20\" Type=\"Image\" "
                                 "Format=\"JB2\"><ofd:MediaFile>scan.jb2</ofd:MediaFile>"
                                 "</ofd:MultiMedia></ofd:MultiMedias>";
        const QByteArray object = "<ofd:ImageObject ID=\"21\" Boundary=\"150 200 40 40\" "
                                  "CTM=\"40 0 0 40 0 0\" ResourceID=\"20\"/>"
                + rect("10 10 50 30", "255 0 0");
        OfdBuilder b = OfdBuilder::document({object}, media);
        b.add(QStringLiteral("Doc_0/Res/scan.jb2"), image);
        QStringList problems;
        const QImage page = render(b, &problems);
        QVERIFY(!page.isNull());
        QVERIFY(near(page.pixel(35, 25), Qt::red)); // the rest of the page
        if (drawn) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            // 5 mm a pixel: ink from 160 to 180 mm, paper on either side.
            QVERIFY(near(page.pixel(170, 220), Qt::black));
            QVERIFY(near(page.pixel(162, 238), Qt::black));
            QVERIFY(near(page.pixel(155, 220), Qt::white));
            QVERIFY(near(page.pixel(185, 220), Qt::white));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(QStringLiteral("JBIG2"))
                             && problems.first().contains(why),
                     qPrintable(problems.first()));
        }
    }

    // A signature is listed as the file states it, never as verified.
    void signaturesAreListed()
    {
        const OfdBuilder b = OfdBuilder::signedDocument({});
        const auto doc = open(b);
        QVERIFY(doc);
        const QList<OfdSignatureInfo> signs = doc->signatures();
        QCOMPARE(signs.size(), 1);
        QCOMPARE(signs[0].provider, QStringLiteral("电子印章系统"));
        QCOMPARE(signs[0].method, QStringLiteral("1.2.156.10197.1.501"));
        QCOMPARE(signs[0].page, 0);
        QCOMPARE(signs[0].stampBox, QRectF(140, 220, 40, 40));
    }

    // The seal inside the signature value (GB/T 38540) is drawn in the stamp box, and its name
    // says who sealed; the line for the reader says it is not verified.
    void aSealIsDrawnWhereItsStampSays()
    {
        const QString name = QStringLiteral("某某区市场监督管理局行政审批专用章");
        const OfdBuilder b
                = OfdBuilder::signedDocument(OfdBuilder::sesSignature(name, "png", redSquarePng()));
        const auto doc = open(b);
        QVERIFY(doc);
        const QList<OfdSignatureInfo> signs = doc->signatures();
        QCOMPARE(signs.size(), 1);
        QCOMPARE(signs[0].signer, name);
        QVERIFY(signs[0].sealPicture);
        const QImage page = render(b);
        QVERIFY(near(page.pixel(160, 240), QColor(220, 0, 0)));
        QVERIFY(near(page.pixel(141, 221), QColor(220, 0, 0)));
        QVERIFY(near(page.pixel(137, 240), Qt::white));
        QVERIFY(near(page.pixel(160, 263), Qt::white));
        const QString line = OfdDocument::describe(signs[0]);
        QVERIFY2(line.contains(name) && line.contains(QStringLiteral("SM2 with SM3"))
                         && line.contains(QStringLiteral("not verified")),
                 qPrintable(line));
    }

    // A file listing a thousand signatures (all naming one signature) lists the first 64 only:
    // each costs reads of its parts, and a hostile file must not hold the reader.
    void aThousandSignaturesAreCut()
    {
        OfdBuilder b = OfdBuilder::signedDocument(
                OfdBuilder::sesSignature(QStringLiteral("印章"), "png", redSquarePng()));
        QByteArray list = "<ofd:Signatures xmlns:ofd=\"http://www.ofdspec.org/2016\">";
        for (int i = 0; i < 1000; ++i)
            list += "<ofd:Signature ID=\"" + QByteArray::number(i + 1)
                    + "\" BaseLoc=\"Sign_0/Signature.xml\"/>";
        b.add(QStringLiteral("Doc_0/Signs/Signatures.xml"), list + "</ofd:Signatures>");
        const auto doc = open(b);
        QVERIFY(doc);
        QCOMPARE(doc->signatures().size(), OfdDocument::kMaxSignatures);
        QVERIFY(doc->signatures().last().sealPicture);
    }

    // A seal drawn as a small OFD of its own (GB/T 38540 allows it): its first page goes in the
    // stamp box on no paper, so what is under the stamp shows through where the seal has no
    // ink. A damaged one leaves the page and a note.
    void aSealDrawnAsOfdIsDrawnOnNoPaper()
    {
        // The seal's page: red on its left half only.
        const QByteArray seal = OfdBuilder::document({rect("0 0 105 297", "220 0 0",
                                                           "M 0 0 L 105 0 L 105 297 L 0 297 C")})
                                        .zip();
        OfdBuilder b = OfdBuilder::signedDocument(
                OfdBuilder::sesSignature(QStringLiteral("印章"), "ofd", seal));
        // Under the stamp box (140–180 × 220–260), a blue square on the signed page.
        b.add(QStringLiteral("Doc_0/Pages/Page_0/Content.xml"),
              "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>"
              "<ofd:Layer ID=\"1\">"
                      + rect("140 220 40 40", "0 0 220", "M 0 0 L 40 0 L 40 40 L 0 40 C")
                      + "</ofd:Layer></ofd:Content></ofd:Page>");
        QStringList problems;
        const QImage page = render(b, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(near(page.pixel(148, 240), QColor(220, 0, 0)));
        QVERIFY(near(page.pixel(172, 240), QColor(0, 0, 220)));
        QVERIFY(near(page.pixel(185, 240), Qt::white));

        OfdBuilder damaged = OfdBuilder::signedDocument(
                OfdBuilder::sesSignature(QStringLiteral("印章"), "ofd", "PK, then nothing"));
        problems.clear();
        const QImage still = render(damaged, &problems);
        QVERIFY(!still.isNull());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("seal")), qPrintable(problems.first()));
    }

    // A signature whose value is missing, damaged or holds no picture is still listed, and
    // nothing is drawn in its box.
    void aSignatureWithoutAReadableSealIsListedOnly_data()
    {
        QTest::addColumn<QByteArray>("value");
        const QByteArray good
                = OfdBuilder::sesSignature(QStringLiteral("印章"), "png", redSquarePng());
        QTest::newRow("no signed value") << QByteArray();
        QTest::newRow("not DER") << QByteArray("<html>not a seal</html>");
        QTest::newRow("cut off") << good.left(good.size() / 2);
        QTest::newRow("length past the end") << (QByteArray::fromHex("30847fffffff") + good);
        QByteArray deep;
        for (int i = 0; i < 200; ++i)
            deep = OfdBuilder::der(0x30, deep);
        QTest::newRow("nested 200 deep") << deep;
    }
    void aSignatureWithoutAReadableSealIsListedOnly()
    {
        QFETCH(QByteArray, value);
        const OfdBuilder b = OfdBuilder::signedDocument(value);
        const auto doc = open(b);
        QVERIFY(doc);
        QCOMPARE(doc->signatures().size(), 1);
        QVERIFY(!doc->signatures()[0].sealPicture);
        QVERIFY(near(render(b).pixel(160, 240), Qt::white));
        // Without a seal there is no seal's name: the line names the provider instead.
        QVERIFY(doc->signatures()[0].signer.isEmpty());
        QVERIFY(OfdDocument::describe(doc->signatures()[0])
                        .contains(QStringLiteral("电子印章系统")));
    }

    // The older layout (GM/T 0031-2014: the seal file on its own) gives its picture too.
    void aSealFileOnItsOwnIsRead()
    {
        const QByteArray signature
                = OfdBuilder::sesSignature(QStringLiteral("专用章"), "PNG", redSquarePng());
        // SES_Signature → TBS_Sign → SESeal: the seal is the second element of TBS_Sign.
        const auto seal = readOfdSeal(signature);
        QVERIFY(seal);
        QCOMPARE(seal->name, QStringLiteral("专用章"));
        QCOMPARE(seal->pictureType, QStringLiteral("png"));
        QCOMPARE(QImage::fromData(seal->picture).size(), QSize(40, 40));
        QVERIFY(!readOfdSeal(QByteArray()));
        QVERIFY(!readOfdSeal(QByteArray::fromHex("3000")));
    }

    void packagePathsStayInside_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("part");
        QTest::newRow("relative") << "Doc_0"
                                  << "Pages/Page_0/Content.xml"
                                  << "Doc_0/Pages/Page_0/Content.xml";
        QTest::newRow("from the root") << "Doc_0/Res"
                                       << "/Doc_0/Res/a.png"
                                       << "Doc_0/Res/a.png";
        QTest::newRow("backslashes") << "Doc_0"
                                     << "Res\\a.png"
                                     << "Doc_0/Res/a.png";
        QTest::newRow("up one") << "Doc_0/Pages"
                                << "../Res/a.png"
                                << "Doc_0/Res/a.png";
        QTest::newRow("out of the package") << "Doc_0"
                                            << "../../etc/passwd"
                                            << "";
        QTest::newRow("empty") << "Doc_0"
                               << ""
                               << "";
    }
    void packagePathsStayInside()
    {
        QFETCH(QString, base);
        QFETCH(QString, reference);
        QFETCH(QString, part);
        QCOMPARE(OfdPackage::resolve(base, reference), part);
    }

    // Bad files: a message that names the fault, never a crash.
    void badFilesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 OFD.xml garbage") << "zip";
        OfdBuilder noRoot;
        noRoot.add(QStringLiteral("readme.txt"), "hello");
        QTest::newRow("no OFD.xml") << noRoot.zip() << "OFD.xml";
        OfdBuilder broken = OfdBuilder::document({{}});
        broken.add(QStringLiteral("Doc_0/Document.xml"), "<ofd:Document><ofd:Pages>");
        QTest::newRow("broken XML") << broken.zip() << "XML";
        OfdBuilder noDoc = OfdBuilder::document({{}});
        noDoc.parts.remove(QStringLiteral("Doc_0/Document.xml"));
        QTest::newRow("document missing") << noDoc.zip() << "does not contain";
        OfdBuilder bomb = OfdBuilder::document({{}});
        bomb.add(QStringLiteral("Doc_0/Document.xml"), QByteArray(40 << 20, ' '));
        QTest::newRow("zip bomb") << bomb.zip() << "zip bomb";
        OfdBuilder huge = OfdBuilder::document({{}});
        QByteArray noise(80 << 20, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761U) >> 13);
        huge.add(QStringLiteral("Doc_0/Document.xml"), noise);
        QTest::newRow("enormous part") << huge.zip() << "larger than allowed";
    }
    void badFilesAreRefusedWithTheirReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!OfdDocument::open(bytes, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    // A page that claims a size of a kilometre, or whose part is missing: that page says so,
    // the others are shown.
    void aBadPageLeavesTheOthers()
    {
        OfdBuilder b = OfdBuilder::document({rect("10 10 50 30", "255 0 0"), {}, {}});
        QByteArray huge = b.parts.value(QStringLiteral("Doc_0/Pages/Page_1/Content.xml"));
        huge.replace("<ofd:Content>",
                     "<ofd:Area><ofd:PhysicalBox>0 0 1000000 1000000"
                     "</ofd:PhysicalBox></ofd:Area><ofd:Content>");
        b.add(QStringLiteral("Doc_0/Pages/Page_1/Content.xml"), huge);
        b.parts.remove(QStringLiteral("Doc_0/Pages/Page_2/Content.xml"));
        const auto doc = open(b);
        QVERIFY(doc);
        QString error;
        QVERIFY(doc->page(0, &error));
        QVERIFY(!doc->page(1, &error));
        QVERIFY2(error.contains(QLatin1String("size")), qPrintable(error));
        QVERIFY(!doc->page(2, &error));
        QVERIFY2(error.contains(QLatin1String("does not contain")), qPrintable(error));
    }

    // 100,000 objects are drawn, the rest of an absurd page is left out and said so.
    void anEnormousPageIsCutAtItsLimit()
    {
        QByteArray objects;
        const QByteArray one = rect("1 1 1 1", "0 0 0", "M 0 0 L 1 0 L 1 1 C");
        objects.reserve(one.size() * (OfdDocument::kMaxGraphics + 10));
        for (int i = 0; i < OfdDocument::kMaxGraphics + 10; ++i)
            objects += one;
        const auto doc = open(OfdBuilder::document({objects}));
        QVERIFY(doc);
        const auto page = doc->page(0, nullptr);
        QVERIFY(page);
        QCOMPARE(page->graphics.size(), OfdDocument::kMaxGraphics);
        QCOMPARE(page->problems.size(), 1);
    }

    // Objects at absurd coordinates are skipped, the rest drawn.
    void absurdCoordinatesAreSkipped()
    {
        QStringList problems;
        const QImage page = render(OfdBuilder::document({rect("1e30 1e30 5 5", "0 0 0")
                                                         + rect("10 10 50 30", "255 0 0")}),
                                   &problems);
        QVERIFY(near(page.pixel(35, 25), Qt::red));
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_MAIN(TestOfd)
#include "tst_ofd.moc"
