#pragma once

// Builds OFD packages for tests: parts by name, zipped with libzip (the same library the
// reader uses to unzip, but written here without any of the reader's code).
#include <QByteArray>
#include <QMap>
#include <QString>

#include <zip.h>

class OfdBuilder
{
public:
    QMap<QString, QByteArray> parts;

    OfdBuilder &add(const QString &name, const QByteArray &bytes)
    {
        parts.insert(name, bytes);
        return *this;
    }

    // The usual skeleton: OFD.xml → Doc_0/Document.xml (A4, PublicRes.xml), one page per
    // entry of `pages` (the Content element's inside), `extraCommon` inside CommonData.
    static OfdBuilder document(const QList<QByteArray> &pages, const QByteArray &resources = {},
                               const QByteArray &extraCommon = {}, const QByteArray &ns = kNs)
    {
        OfdBuilder b;
        const QByteArray p = ns.isEmpty() ? QByteArray() : QByteArray("ofd:");
        const QByteArray decl = ns.isEmpty() ? QByteArray() : " xmlns:ofd=\"" + ns + "\"";
        b.add(QStringLiteral("OFD.xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + p + "OFD" + decl
                      + " DocType=\"OFD\" Version=\"1.0\"><" + p + "DocBody><" + p
                      + "DocRoot>Doc_0/Document.xml</" + p + "DocRoot></" + p + "DocBody></" + p
                      + "OFD>");
        QByteArray pageList;
        for (int i = 0; i < pages.size(); ++i) {
            pageList += "<" + p + "Page ID=\"" + QByteArray::number(100 + i)
                    + "\" BaseLoc=\"Pages/Page_" + QByteArray::number(i) + "/Content.xml\"/>";
            b.add(QStringLiteral("Doc_0/Pages/Page_%1/Content.xml").arg(i),
                  "<" + p + "Page" + decl + "><" + p + "Content><" + p + "Layer ID=\"1\">"
                          + pages[i] + "</" + p + "Layer></" + p + "Content></" + p + "Page>");
        }
        b.add(QStringLiteral("Doc_0/Document.xml"),
              "<" + p + "Document" + decl + "><" + p + "CommonData><" + p + "MaxUnitID>999</" + p
                      + "MaxUnitID><" + p + "PageArea><" + p + "PhysicalBox>0 0 210 297</" + p
                      + "PhysicalBox></" + p + "PageArea><" + p + "PublicRes>PublicRes.xml</" + p
                      + "PublicRes>" + extraCommon + "</" + p + "CommonData><" + p + "Pages>"
                      + pageList + "</" + p + "Pages></" + p + "Document>");
        b.add(QStringLiteral("Doc_0/PublicRes.xml"),
              "<" + p + "Res" + decl + " BaseLoc=\"Res\">" + resources + "</" + p + "Res>");
        return b;
    }

    QByteArray zip() const
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &error);
        zip_source_keep(out);
        zip_t *archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            zip_source_t *data = zip_source_buffer(archive, it.value().constData(),
                                                   zip_uint64_t(it.value().size()), 0);
            zip_file_add(archive, it.key().toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        }
        zip_close(archive);
        QByteArray bytes;
        if (zip_source_open(out) == 0) {
            char chunk[65536];
            zip_int64_t n;
            while ((n = zip_source_read(out, chunk, sizeof chunk)) > 0)
                bytes.append(chunk, qsizetype(n));
            zip_source_close(out);
        }
        zip_source_free(out);
        zip_error_fini(&error);
        return bytes;
    }

    static constexpr char kNs[] = "http://www.ofdspec.org/2016";

    // A page with one signature whose stamp sits at 140,220 (40 × 40 mm); `value` is its
    // SignedValue file, left out when empty.
    static OfdBuilder signedDocument(const QByteArray &value)
    {
        OfdBuilder b = OfdBuilder::document({{}});
        QByteArray root = b.parts.value(QStringLiteral("OFD.xml"));
        root.replace("</ofd:DocBody>",
                     "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody>");
        b.add(QStringLiteral("OFD.xml"), root);
        const QByteArray ns = " xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        b.add(QStringLiteral("Doc_0/Signs/Signatures.xml"),
              "<ofd:Signatures" + ns
                      + "><ofd:Signature ID=\"1\" BaseLoc=\"Sign_0/Signature.xml\"/>"
                        "</ofd:Signatures>");
        b.add(QStringLiteral("Doc_0/Signs/Sign_0/Signature.xml"),
              "<ofd:Signature" + ns
                      + "><ofd:SignedInfo><ofd:Provider ProviderName=\"电子印章系统\"/>"
                        "<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod>"
                        "<ofd:SignatureDateTime>20261201093000Z</ofd:SignatureDateTime>"
                        "<ofd:StampAnnot ID=\"1\" PageRef=\"100\" Boundary=\"140 220 40 40\"/>"
                        "</ofd:SignedInfo>"
                      + (value.isEmpty() ? QByteArray()
                                         : QByteArray("<ofd:SignedValue>SignedValue.dat"
                                                      "</ofd:SignedValue>"))
                      + "</ofd:Signature>");
        if (!value.isEmpty())
            b.add(QStringLiteral("Doc_0/Signs/Sign_0/SignedValue.dat"), value);
        return b;
    }

    // DER, written from X.690: a tag, its length (short or long form), its content.
    static QByteArray der(unsigned char tag, const QByteArray &content)
    {
        QByteArray out(1, char(tag));
        const qsizetype n = content.size();
        if (n < 0x80) {
            out += char(n);
        } else {
            QByteArray length;
            for (qsizetype v = n; v > 0; v >>= 8)
                length.prepend(char(v & 0xff));
            out += char(0x80 | length.size());
            out += length;
        }
        return out + content;
    }
    static QByteArray derInt(int v) { return der(0x02, QByteArray(1, char(v))); }

    // A signature value as GB/T 38540-2020 lays it out (SES_Signature → TBS_Sign → SESeal →
    // SES_SealInfo → property and picture), with dummy certificate and signature bytes.
    static QByteArray sesSignature(const QString &sealName, const QByteArray &pictureType,
                                   const QByteArray &picture)
    {
        const QByteArray time = der(0x18, "20260101000000Z");
        const QByteArray header = der(0x30, der(0x16, "ES") + derInt(4) + der(0x16, "CaseDesk"));
        const QByteArray property
                = der(0x30,
                      derInt(1) + der(0x0c, sealName.toUtf8()) + derInt(1)
                              + der(0x30, der(0x04, "certificate")) + time + time + time);
        const QByteArray pictureInfo
                = der(0x30, der(0x16, pictureType) + der(0x04, picture) + derInt(40) + derInt(40));
        const QByteArray sealInfo
                = der(0x30, header + der(0x16, "6201020000001") + property + pictureInfo);
        const QByteArray oid = der(0x06, QByteArray::fromHex("2a811ccf55018375"));
        const QByteArray seal = der(0x30,
                                    sealInfo
                                            + der(0x30,
                                                  der(0x04, "maker certificate") + oid
                                                          + der(0x03, QByteArray(9, '\1'))));
        const QByteArray tbs = der(0x30,
                                   derInt(4) + seal + time + der(0x03, QByteArray(33, '\2'))
                                           + der(0x16, "/Doc_0/Signs/Sign_0/Signature.xml"));
        return der(0x30, tbs + oid + der(0x03, QByteArray(65, '\3')));
    }
};
