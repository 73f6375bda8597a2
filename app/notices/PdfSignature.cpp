#include "PdfSignature.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace casedesk {

namespace {

// Room for the CMS: a P-256 or RSA-4096 signature with a chain of a few certificates.
constexpr int kSignatureRoom = 16384;

QString nameOf(X509 *cert)
{
    if (!cert)
        return {};
    X509_NAME *name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(
            &utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (size < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return {};
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

std::string pdfDate(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return QString(QStringLiteral("D:") + utc.toString(QStringLiteral("yyyyMMddHHmmss"))
                   + QStringLiteral("Z"))
            .toStdString();
}

QDateTime fromPdfDate(const std::string &text)
{
    const QString s = QString::fromStdString(text).mid(2, 14);
    QDateTime at = QDateTime::fromString(s, QStringLiteral("yyyyMMddHHmmss"));
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace

struct SigningIdentity::Keys
{
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    ~Keys()
    {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(chain, X509_free);
    }
};

SigningIdentity::~SigningIdentity() = default;

std::shared_ptr<SigningIdentity>
SigningIdentity::fromPkcs12(const QByteArray &der, const QString &password, QString *error)
{
    const unsigned char *data = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &data, der.size());
    if (!p12) {
        *error = QCoreApplication::translate("PdfSignature",
                                             "The signing certificate is not a PKCS#12 file.");
        return nullptr;
    }
    std::shared_ptr<SigningIdentity> identity(new SigningIdentity);
    identity->m_keys = std::make_unique<Keys>();
    Keys &k = *identity->m_keys;
    const QByteArray pass = password.toUtf8();
    const bool ok = PKCS12_parse(p12, pass.constData(), &k.key, &k.cert, &k.chain) == 1;
    PKCS12_free(p12);
    ERR_clear_error();
    if (!ok || !k.key || !k.cert) {
        *error = QCoreApplication::translate(
                "PdfSignature",
                "The signing certificate cannot be opened: wrong password or damaged file.");
        return nullptr;
    }
    if (X509_cmp_current_time(X509_get0_notAfter(k.cert)) < 0) {
        *error = QCoreApplication::translate("PdfSignature",
                                             "The signing certificate expired on %1.")
                         .arg(identity->notAfter().toLocalTime().toString(Qt::ISODate));
        return nullptr;
    }
    return identity;
}

QString SigningIdentity::subject() const
{
    return nameOf(m_keys->cert);
}

QDateTime SigningIdentity::notAfter() const
{
    tm t{};
    ASN1_TIME_to_tm(X509_get0_notAfter(m_keys->cert), &t);
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
}

std::optional<int> PdfSignature::pageCount(const QByteArray &pdf)
{
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("material", pdf.constData(), size_t(pdf.size()));
        return int(doc.getAllPages().size());
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<QByteArray> PdfSignature::sign(const QByteArray &pdf, const SigningIdentity &identity,
                                             const Details &details, QString *error)
{
    std::shared_ptr<Buffer> written;
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("notice", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle sig = doc.makeIndirectObject(QPDFObjectHandle::parse(
                "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached"
                " /ByteRange [0 9999999999 9999999999 9999999999] >>"));
        sig.replaceKey("/Contents", QPDFObjectHandle::newString(std::string(kSignatureRoom, '\0')));
        sig.replaceKey("/M", QPDFObjectHandle::newString(pdfDate(details.signedAt)));
        sig.replaceKey("/Name",
                       QPDFObjectHandle::newUnicodeString(identity.subject().toStdString()));
        sig.replaceKey("/Reason", QPDFObjectHandle::newUnicodeString(details.reason.toStdString()));
        sig.replaceKey("/Location",
                       QPDFObjectHandle::newUnicodeString(details.location.toStdString()));
        sig.replaceKey("/ContactInfo",
                       QPDFObjectHandle::newUnicodeString(details.contact.toStdString()));
        std::vector<QPDFObjectHandle> pages = doc.getAllPages();
        if (pages.empty())
            throw std::runtime_error("no pages");
        QPDFObjectHandle page = pages.back();
        // An invisible widget: the seal on the page is the visible mark.
        QPDFObjectHandle field = doc.makeIndirectObject(
                QPDFObjectHandle::parse("<< /FT /Sig /Type /Annot /Subtype /Widget /Rect [0 0 0 0] "
                                        "/F 132 /T (Signature1) >>"));
        field.replaceKey("/V", sig);
        field.replaceKey("/P", page);
        if (!page.hasKey("/Annots"))
            page.replaceKey("/Annots", QPDFObjectHandle::newArray());
        page.getKey("/Annots").appendItem(field);
        QPDFObjectHandle form = QPDFObjectHandle::parse("<< /SigFlags 3 >>");
        form.replaceKey("/Fields", QPDFObjectHandle::newArray({field}));
        doc.getRoot().replaceKey("/AcroForm", form);

        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_disable); // the signature dictionary must be findable
        writer.write();
        written = writer.getBufferSharedPointer();
    } catch (const std::exception &e) {
        *error = QCoreApplication::translate("PdfSignature",
                                             "The notice's PDF cannot be prepared for signing: %1")
                         .arg(QString::fromLocal8Bit(e.what()));
        return std::nullopt;
    }
    QByteArray out(reinterpret_cast<const char *>(written->getBuffer()),
                   qsizetype(written->getSize()));

    const QByteArray placeholder = '<' + QByteArray(2 * kSignatureRoom, '0') + '>';
    const qsizetype contents = out.indexOf(placeholder);
    const qsizetype rangeAt = out.indexOf("/ByteRange [");
    const qsizetype rangeEnd = rangeAt < 0 ? -1 : out.indexOf(']', rangeAt);
    if (contents < 0 || rangeEnd < 0 || out.indexOf(placeholder, contents + 1) >= 0) {
        *error = QCoreApplication::translate("PdfSignature",
                                             "The signature's place was not found in the PDF.");
        return std::nullopt;
    }
    const qsizetype after = contents + placeholder.size();
    QByteArray range = "/ByteRange [0 " + QByteArray::number(contents) + ' '
            + QByteArray::number(after) + ' ' + QByteArray::number(out.size() - after) + ']';
    const qsizetype width = rangeEnd + 1 - rangeAt;
    if (range.size() > width) {
        *error = QCoreApplication::translate("PdfSignature",
                                             "The signature's place was not found in the PDF.");
        return std::nullopt;
    }
    range.append(QByteArray(width - range.size(), ' '));
    out.replace(rangeAt, width, range);

    const QByteArray signedBytes = out.left(contents) + out.mid(after);
    BIO *data = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
    const SigningIdentity::Keys &k = *identity.m_keys;
    CMS_ContentInfo *cms = CMS_sign(k.cert, k.key, k.chain, data, CMS_DETACHED | CMS_BINARY);
    BIO_free(data);
    if (!cms) {
        *error = QCoreApplication::translate("PdfSignature", "Signing failed: %1")
                         .arg(opensslError());
        return std::nullopt;
    }
    unsigned char *der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms, &der);
    CMS_ContentInfo_free(cms);
    if (size <= 0 || size > kSignatureRoom) {
        OPENSSL_free(der);
        *error = QCoreApplication::translate(
                "PdfSignature", "The signature does not fit the room reserved for it.");
        return std::nullopt;
    }
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(der), size).toHex();
    OPENSSL_free(der);
    out.replace(contents + 1, hex.size(), hex);
    return out;
}

PdfSignature::Check PdfSignature::verify(const QByteArray &pdf,
                                         const QList<QByteArray> &trustedCaPem)
{
    Check check;
    std::vector<long long> range;
    std::string contents;
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("notice", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle form = doc.getRoot().getKey("/AcroForm");
        QPDFObjectHandle fields = form.isDictionary() ? form.getKey("/Fields") : QPDFObjectHandle();
        if (fields.isArray()) {
            for (QPDFObjectHandle field : fields.aitems()) {
                if (!field.isDictionary() || !field.getKey("/FT").isNameAndEquals("/Sig"))
                    continue;
                QPDFObjectHandle v = field.getKey("/V");
                if (!v.isDictionary() || !v.getKey("/ByteRange").isArray()
                    || !v.getKey("/Contents").isString())
                    continue;
                for (QPDFObjectHandle n : v.getKey("/ByteRange").aitems())
                    range.push_back(n.isInteger() ? n.getIntValue() : -1);
                contents = v.getKey("/Contents").getStringValue();
                if (v.getKey("/M").isString())
                    check.signedAt = fromPdfDate(v.getKey("/M").getStringValue());
                check.signatureFound = true;
                break;
            }
        }
    } catch (const std::exception &e) {
        check.problems.append(
                QCoreApplication::translate("PdfSignature", "The file is not a readable PDF: %1")
                        .arg(QString::fromLocal8Bit(e.what())));
        return check;
    }
    if (!check.signatureFound) {
        check.problems.append(
                QCoreApplication::translate("PdfSignature", "The PDF carries no signature."));
        return check;
    }
    const qsizetype size = pdf.size();
    const bool rangeSane = range.size() == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
            && range[3] >= 0 && range[2] + range[3] <= size;
    if (!rangeSane) {
        check.problems.append(QCoreApplication::translate(
                "PdfSignature", "The signature's byte range is malformed."));
        return check;
    }
    check.coversWholeFile
            = range[2] + range[3] == size && pdf.at(range[1]) == '<' && pdf.at(range[2] - 1) == '>';
    if (!check.coversWholeFile)
        check.problems.append(QCoreApplication::translate(
                "PdfSignature",
                "The file was changed or extended after it was signed: the "
                "signature does not cover all of it."));

    const QByteArray signedBytes = pdf.mid(0, range[1]) + pdf.mid(range[2], range[3]);
    const unsigned char *der = reinterpret_cast<const unsigned char *>(contents.data());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &der, long(contents.size()));
    if (!cms) {
        check.problems.append(QCoreApplication::translate("PdfSignature",
                                                          "The signature is not a CMS signature."));
        return check;
    }
    BIO *data = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
    check.intact = CMS_verify(cms, nullptr, nullptr, data, nullptr,
                              CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
            == 1;
    BIO_free(data);
    ERR_clear_error();
    // The signers are known once CMS_verify has matched them to the certificates.
    STACK_OF(X509) *signers = CMS_get0_signers(cms);
    if (signers && sk_X509_num(signers) > 0)
        check.signer = nameOf(sk_X509_value(signers, 0));
    sk_X509_free(signers);
    if (!check.intact)
        check.problems.append(QCoreApplication::translate(
                "PdfSignature", "The signature does not match the document: it was altered."));

    if (!trustedCaPem.isEmpty()) {
        X509_STORE *store = X509_STORE_new();
        for (const QByteArray &pem : trustedCaPem) {
            BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
            while (X509 *ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
                X509_STORE_add_cert(store, ca);
                X509_free(ca);
            }
            BIO_free(bio);
        }
        ERR_clear_error();
        BIO *again = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
        // Any purpose: a department certificate is not an e-mail certificate.
        X509_STORE_set_purpose(store, X509_PURPOSE_ANY);
        check.trusted = CMS_verify(cms, nullptr, store, again, nullptr, CMS_BINARY) == 1;
        BIO_free(again);
        ERR_clear_error();
        X509_STORE_free(store);
    }
    CMS_ContentInfo_free(cms);
    return check;
}

} // namespace casedesk
