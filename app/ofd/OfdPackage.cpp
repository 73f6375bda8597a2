#include "OfdPackage.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <zip.h>

namespace casedesk {

struct OfdPackage::Zip
{
    QByteArray bytes; // libzip reads from this buffer; it must outlive the archive
    zip_t *archive = nullptr;
    // Part name → entry; a second table in lower case, because real generators name a part
    // "Doc_0/Document.xml" and refer to it as "Doc_0/document.xml".
    QHash<QString, zip_uint64_t> entries;
    QHash<QString, zip_uint64_t> folded;
    mutable std::mutex lock; // a zip_t is not thread-safe
    mutable qint64 readSoFar = 0; // each part counted once: a page shown again is no new risk
    mutable QSet<zip_uint64_t> counted;

    ~Zip()
    {
        if (archive)
            zip_discard(archive);
    }
    std::optional<zip_uint64_t> entry(const QString &part) const
    {
        if (const auto it = entries.constFind(part); it != entries.cend())
            return *it;
        if (const auto it = folded.constFind(part.toLower()); it != folded.cend())
            return *it;
        return std::nullopt;
    }
};

QString OfdPackage::folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString OfdPackage::resolve(const QString &baseDir, const QString &reference)
{
    QString ref = reference.trimmed();
    ref.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (ref.isEmpty())
        return {};
    QStringList parts;
    if (!ref.startsWith(QLatin1Char('/')))
        parts = baseDir.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &piece : ref.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (piece == QLatin1String("."))
            continue;
        if (piece == QLatin1String("..")) {
            if (parts.isEmpty())
                return {}; // out of the package
            parts.removeLast();
            continue;
        }
        parts.append(piece);
    }
    return parts.join(QLatin1Char('/'));
}

std::optional<OfdPackage> OfdPackage::open(const QByteArray &bytes, QString *error)
{
    auto zip = std::make_shared<Zip>();
    zip->bytes = bytes;
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source = zip_source_buffer_create(zip->bytes.constData(),
                                                    zip_uint64_t(zip->bytes.size()), 0, &zerr);
    if (source)
        zip->archive = zip_open_from_source(source, ZIP_RDONLY, &zerr);
    if (!zip->archive) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&zerr);
        if (error)
            *error = tr("The OFD file is damaged: it is not a readable zip package.");
        return std::nullopt;
    }
    zip_error_fini(&zerr);
    const zip_int64_t count = zip_get_num_entries(zip->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(zip->archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!name)
            continue;
        const QString part = resolve({}, QString::fromUtf8(name));
        if (part.isEmpty())
            continue; // an entry outside the package ("../x") is never read
        zip->entries.insert(part, zip_uint64_t(i));
        zip->folded.insert(part.toLower(), zip_uint64_t(i));
    }
    if (!zip->entry(QStringLiteral("OFD.xml"))) {
        if (error)
            *error = tr("The file is a zip package but not an OFD document (it has no "
                        "OFD.xml).");
        return std::nullopt;
    }
    OfdPackage package;
    package.m_zip = std::move(zip);
    return package;
}

bool OfdPackage::contains(const QString &part) const
{
    return m_zip && m_zip->entry(part).has_value();
}

std::optional<QByteArray> OfdPackage::read(const QString &part, QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<zip_uint64_t> index = m_zip ? m_zip->entry(part) : std::nullopt;
    if (!index)
        return fail(tr("The OFD file names a part it does not contain (%1).").arg(part));
    std::lock_guard guard(m_zip->lock);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip->archive, *index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return fail(tr("A part of the OFD file cannot be read (%1).").arg(part));
    // The sizes in the zip's directory are what the file claims; the reading below holds it
    // to them, so a lying header cannot make it read more.
    const auto size = qint64(stat.size);
    const qint64 packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : size;
    if (size > kMaxPartBytes)
        return fail(tr("A part of the OFD file is larger than allowed (%1, %2 MiB).")
                            .arg(part)
                            .arg(size >> 20));
    if (size > (1 << 20) && size > packed * kMaxRatio)
        return fail(tr("The OFD file looks like a zip bomb: a part grows %1 times when "
                       "unpacked.")
                            .arg(size / std::max<qint64>(packed, 1)));
    const bool counted = m_zip->counted.contains(*index);
    if (!counted && m_zip->readSoFar + size > kMaxTotalBytes)
        return fail(tr("The OFD file unpacks to more than %1 MiB.").arg(kMaxTotalBytes >> 20));
    zip_file_t *file = zip_fopen_index(m_zip->archive, *index, 0);
    if (!file)
        return fail(tr("A part of the OFD file cannot be read (%1).").arg(part));
    QByteArray data(size, Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const zip_int64_t n = zip_fread(file, data.data() + got, zip_uint64_t(size - got));
        if (n <= 0)
            break;
        got += n;
    }
    const bool broken = got != size;
    zip_fclose(file);
    if (broken)
        return fail(tr("A part of the OFD file is damaged or cut off (%1).").arg(part));
    if (!counted) {
        m_zip->readSoFar += size;
        m_zip->counted.insert(*index);
    }
    return data;
}

} // namespace casedesk
