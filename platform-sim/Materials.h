#pragma once

#include <QByteArray>
#include <QJsonObject>

// The files applicants uploaded, made on first download: multi-page PDFs and scanned-looking
// images that show the applicant's name and the material's name, and a few broken ones
// (empty, truncated, encrypted, or another type than the name says), as real uploads have.
namespace sim {

struct MaterialFile
{
    QByteArray mimeType; // the type of the content, whatever the declared one
    QByteArray content;
};

enum class MaterialDefect { None, Empty, Truncated, Encrypted, Mislabeled };

// Which material is broken is decided by the seed, the case and the material id.
MaterialDefect defectOf(const QString &caseId, const QString &materialId, quint64 seed);
MaterialFile makeMaterial(const QJsonObject &caseJson, const QJsonObject &material, quint64 seed);
MaterialFile makeLicencePdf(const QJsonObject &licence);

} // namespace sim
