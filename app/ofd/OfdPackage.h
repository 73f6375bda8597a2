#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace casedesk {

// An OFD file is a zip package (GB/T 33190-2016 §7.1). This reads its parts with limits, so a
// zip bomb or an enormous part is refused with its reason instead of filling memory. Parts
// are named as the package's XML names them: from the root ("/Doc_0/Document.xml") or relative
// to the file that names them. Safe to read from several threads.
class OfdPackage
{
    Q_DECLARE_TR_FUNCTIONS(OfdPackage)

public:
    static constexpr qint64 kMaxPartBytes = 64LL << 20;
    static constexpr qint64 kMaxTotalBytes = 512LL << 20; // all parts read, together
    // A part above 1 MiB may not grow more than this much from its compressed size: deflate
    // reaches about 1030 on one repeated byte, what bombs are made of, and a page of 100,000
    // like objects stays well under it.
    static constexpr qint64 kMaxRatio = 1000;

    // Nullopt with `error` set when `bytes` is not a zip with an OFD.xml.
    static std::optional<OfdPackage> open(const QByteArray &bytes, QString *error);

    // `reference` read from a file in `baseDir` (a part's folder, "" for the root): the part's
    // name in the package, or empty when it leaves the package ("../..").
    static QString resolve(const QString &baseDir, const QString &reference);
    static QString folderOf(const QString &part);

    bool contains(const QString &part) const;
    std::optional<QByteArray> read(const QString &part, QString *error) const;

private:
    struct Zip;
    std::shared_ptr<Zip> m_zip;
};

} // namespace casedesk
