#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace casedesk {

// The department's signing identity, opened from its PKCS#12 file.
class SigningIdentity
{
public:
    static std::shared_ptr<SigningIdentity> fromPkcs12(const QByteArray &der,
                                                       const QString &password, QString *error);
    ~SigningIdentity();
    QString subject() const;
    QDateTime notAfter() const;

private:
    SigningIdentity() = default;
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    friend class PdfSignature;
};

// A real PDF signature (ISO 32000 adbe.pkcs7.detached): a signature field whose CMS SignedData
// (OpenSSL) covers every byte of the file but the signature itself. qpdf writes the PDF with the
// signature dictionary; the byte range and the CMS are then written into the space it reserved.
class PdfSignature
{
public:
    struct Details
    {
        QString reason;
        QString location;
        QString contact;
        QDateTime signedAt;
    };

    static std::optional<QByteArray> sign(const QByteArray &pdf, const SigningIdentity &identity,
                                          const Details &details, QString *error);

    // What a verifier found; `problems` is empty when the signature holds.
    struct Check
    {
        bool signatureFound = false;
        bool intact = false; // the CMS verifies over the signed bytes
        bool coversWholeFile = false; // nothing outside the byte range but the signature
        bool trusted = false; // the signer chains to one of the trusted CAs
        QString signer;
        QDateTime signedAt;
        QStringList problems;
    };
    static Check verify(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem);
    // The number of pages of a PDF (a material handed in on disk); nullopt when qpdf cannot
    // read it as one.
    static std::optional<int> pageCount(const QByteArray &pdf);
};

} // namespace casedesk
