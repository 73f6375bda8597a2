#pragma once

#include "Case.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace casedesk {

// 材料核验: the service item's required materials beside what the applicant submitted, each with
// the clerk's verdict. It writes the one-time correction list: every material not found good,
// with why, so the applicant is asked once for everything.
class MaterialChecklist
{
public:
    enum class Verdict { Unchecked, Good, Missing, NeedsCorrection }; // —, 合格, 缺失, 需补正

    struct Entry
    {
        QString material; // the required material's name
        bool required = true;
        QStringList fileIds; // the submitted files taken as this material
        Verdict verdict = Verdict::Unchecked;
        QString reason;
        // 材料复用: where the platform already holds it (an e-licence or an earlier case's file);
        // such a material is never asked for again.
        QString reusedFrom;
    };

    // The item's list, each required material mapped to the submitted files whose names match;
    // a required material without any is marked 缺失 at once.
    static MaterialChecklist build(const ServiceItem &item, const QList<MaterialInfo> &submitted);
    // A stored checklist brought up to date with the item and the files (both may have changed
    // since it was saved): verdicts are kept for materials that still exist.
    static MaterialChecklist restore(const QJsonArray &stored, const ServiceItem &item,
                                     const QList<MaterialInfo> &submitted);
    QJsonArray toJson() const;

    const QList<Entry> &entries() const { return m_entries; }
    void setVerdict(int index, Verdict verdict, const QString &reason);
    void mapFiles(int index, const QStringList &fileIds);
    // Takes `fileId` as the material at `index` (and as no other).
    void assignFile(int index, const QString &fileId);
    void markReused(int index, const QString &source);
    // Submitted files no required material was mapped to.
    QStringList unmappedFiles(const QList<MaterialInfo> &submitted) const;

    // Every material 缺失 or 需补正, with its reason (a default one when none was given).
    QList<std::pair<QString, QString>> corrections() const;
    // Any 缺失 or 需补正: the suggested outcome is a correction request.
    bool suggestsCorrection() const { return !corrections().isEmpty(); }
    // All required materials checked and good.
    bool complete() const;

    static QString verdictLabel(Verdict verdict);
    // Reasons clerks give most, offered in the form.
    static QStringList commonReasons();

    // A reuse source as recorded: "licence:ID NAME NUMBER" for an e-licence, "material:ID …"
    // for an earlier case's file.
    static QString reuseSource(bool eLicence, const QString &recordId, const QString &name,
                               const QString &number);
    // The platform's record id in a source; empty when the source names none.
    static QString reusedRecordId(const QString &source);
    // Where the reused record's file is kept in the case's vault, beside the submitted files;
    // empty when the source names no record.
    static QString reusedFileId(const QString &source);

private:
    QList<Entry> m_entries;
};

} // namespace casedesk
