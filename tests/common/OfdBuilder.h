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
};
