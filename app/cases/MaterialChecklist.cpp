#include "MaterialChecklist.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace casedesk {

namespace {

// Names compared without spaces and punctuation: 营业执照（副本） matches 营业执照副本.
QString normalized(const QString &name)
{
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}\\p{S}]"));
    return QString(name).remove(noise).toLower();
}

bool sameMaterial(const QString &required, const QString &submitted)
{
    const QString a = normalized(required);
    const QString b = normalized(submitted);
    return !a.isEmpty() && !b.isEmpty() && (a == b || a.contains(b) || b.contains(a));
}

const char *const kVerdictKeys[] = {"unchecked", "good", "missing", "needsCorrection"};

} // namespace

MaterialChecklist MaterialChecklist::build(const ServiceItem &item,
                                           const QList<MaterialInfo> &submitted)
{
    MaterialChecklist list;
    for (const RequiredMaterial &r : item.materials) {
        Entry e;
        e.material = r.name;
        e.required = r.required;
        for (const MaterialInfo &m : submitted) {
            if (sameMaterial(r.name, m.name)
                || sameMaterial(r.name, m.fileName.section(QLatin1Char('.'), 0, 0)))
                e.fileIds.append(m.id);
        }
        if (e.fileIds.isEmpty() && e.required)
            e.verdict = Verdict::Missing;
        list.m_entries.append(e);
    }
    return list;
}

MaterialChecklist MaterialChecklist::restore(const QJsonArray &stored, const ServiceItem &item,
                                             const QList<MaterialInfo> &submitted)
{
    MaterialChecklist list = build(item, submitted);
    QStringList known;
    for (const MaterialInfo &m : submitted)
        known.append(m.id);
    for (const QJsonValue &v : stored) {
        const QJsonObject o = v.toObject();
        for (Entry &e : list.m_entries) {
            if (e.material != o.value(QStringLiteral("material")).toString())
                continue;
            const QString verdict = o.value(QStringLiteral("verdict")).toString();
            for (int i = 0; i < 4; ++i) {
                if (verdict == QLatin1String(kVerdictKeys[i]))
                    e.verdict = Verdict(i);
            }
            e.reason = o.value(QStringLiteral("reason")).toString();
            e.reusedFrom = o.value(QStringLiteral("reusedFrom")).toString();
            QStringList files;
            for (const QJsonValue &f : o.value(QStringLiteral("files")).toArray()) {
                if (known.contains(f.toString()))
                    files.append(f.toString());
            }
            if (o.contains(QStringLiteral("files")))
                e.fileIds = files;
        }
    }
    return list;
}

QJsonArray MaterialChecklist::toJson() const
{
    QJsonArray array;
    for (const Entry &e : m_entries)
        array.append(QJsonObject{
                {QStringLiteral("material"), e.material},
                {QStringLiteral("verdict"), QLatin1String(kVerdictKeys[int(e.verdict)])},
                {QStringLiteral("reason"), e.reason},
                {QStringLiteral("reusedFrom"), e.reusedFrom},
                {QStringLiteral("files"), QJsonArray::fromStringList(e.fileIds)}});
    return array;
}

void MaterialChecklist::setVerdict(int index, Verdict verdict, const QString &reason)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries[index].verdict = verdict;
    m_entries[index].reason = reason.trimmed();
}

void MaterialChecklist::mapFiles(int index, const QStringList &fileIds)
{
    if (index >= 0 && index < m_entries.size())
        m_entries[index].fileIds = fileIds;
}

void MaterialChecklist::assignFile(int index, const QString &fileId)
{
    if (index < 0 || index >= m_entries.size())
        return;
    for (Entry &e : m_entries)
        e.fileIds.removeAll(fileId);
    m_entries[index].fileIds.append(fileId);
}

void MaterialChecklist::markReused(int index, const QString &source)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries[index].reusedFrom = source;
    m_entries[index].verdict = Verdict::Good;
    m_entries[index].reason.clear();
}

QString MaterialChecklist::reuseSource(bool eLicence, const QString &recordId, const QString &name,
                                       const QString &number)
{
    return (eLicence ? QStringLiteral("licence:") : QStringLiteral("material:")) + recordId
            + QLatin1Char(' ') + name + QLatin1Char(' ') + number;
}

QString MaterialChecklist::reusedRecordId(const QString &source)
{
    const qsizetype colon = source.indexOf(QLatin1Char(':'));
    const QStringView kind = QStringView(source).left(colon);
    if (colon < 0 || (kind != u"licence" && kind != u"material"))
        return {};
    return source.mid(colon + 1).section(QLatin1Char(' '), 0, 0);
}

QString MaterialChecklist::reusedFileId(const QString &source)
{
    const QString record = reusedRecordId(source);
    return record.isEmpty() ? QString() : QStringLiteral("reuse-") + record;
}

QStringList MaterialChecklist::unmappedFiles(const QList<MaterialInfo> &submitted) const
{
    QStringList unmapped;
    for (const MaterialInfo &m : submitted) {
        const bool mapped = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                        [&](const Entry &e) { return e.fileIds.contains(m.id); });
        if (!mapped)
            unmapped.append(m.id);
    }
    return unmapped;
}

QList<std::pair<QString, QString>> MaterialChecklist::corrections() const
{
    QList<std::pair<QString, QString>> list;
    for (const Entry &e : m_entries) {
        if (e.verdict == Verdict::Missing)
            list.append({e.material,
                         e.reason.isEmpty()
                                 ? QCoreApplication::translate("MaterialChecklist", "Not submitted")
                                 : e.reason});
        else if (e.verdict == Verdict::NeedsCorrection)
            list.append({e.material,
                         e.reason.isEmpty() ? QCoreApplication::translate(
                                 "MaterialChecklist", "Does not meet the requirements")
                                            : e.reason});
    }
    return list;
}

bool MaterialChecklist::complete() const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return !e.required || e.verdict == Verdict::Good; });
}

QString MaterialChecklist::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Good:
        return QCoreApplication::translate("MaterialChecklist", "Good");
    case Verdict::Missing:
        return QCoreApplication::translate("MaterialChecklist", "Missing");
    case Verdict::NeedsCorrection:
        return QCoreApplication::translate("MaterialChecklist", "Needs correction");
    case Verdict::Unchecked:
        break;
    }
    return QCoreApplication::translate("MaterialChecklist", "Not checked");
}

QStringList MaterialChecklist::commonReasons()
{
    return {QCoreApplication::translate("MaterialChecklist", "Not submitted"),
            QCoreApplication::translate("MaterialChecklist", "Illegible copy"),
            QCoreApplication::translate("MaterialChecklist", "Official seal missing"),
            QCoreApplication::translate("MaterialChecklist", "Signature missing"),
            QCoreApplication::translate("MaterialChecklist", "Expired"),
            QCoreApplication::translate("MaterialChecklist", "Incomplete: pages missing"),
            QCoreApplication::translate("MaterialChecklist", "Does not match the application form"),
            QCoreApplication::translate("MaterialChecklist", "The file cannot be opened"),
            QCoreApplication::translate("MaterialChecklist", "Original required")};
}

} // namespace casedesk
