#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace casedesk {

// What CaseDesk reads of an electronic seal (GB/T 38540-2020, GM/T 0031-2014): the seal's name
// and its picture, from a signature value (SES_Signature) or a seal file (SESeal) in DER. The
// signature itself is not verified here, nor anywhere in CaseDesk yet.
struct OfdSeal
{
    QString name; // 印章名称, as the seal states it
    QString pictureType; // "png", "jpg", "gif", "bmp", "ofd", … as the seal states it
    QByteArray picture;
};

// Nullopt when the bytes hold no seal picture (not DER, damaged, or another structure).
std::optional<OfdSeal> readOfdSeal(const QByteArray &der);

} // namespace casedesk
