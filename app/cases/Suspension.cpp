#include "Suspension.h"

#include <QCoreApplication>

#include <array>

namespace casedesk {

namespace {
struct Kind
{
    const char *wire;
    const char *label;
};
constexpr std::array<Kind, 9> kKinds{{
        {"siteInspection", QT_TRANSLATE_NOOP("Suspension", "Site inspection")},
        {"hearing", QT_TRANSLATE_NOOP("Suspension", "Hearing")},
        {"testing", QT_TRANSLATE_NOOP("Suspension", "Testing")},
        {"inspection", QT_TRANSLATE_NOOP("Suspension", "Inspection")},
        {"quarantine", QT_TRANSLATE_NOOP("Suspension", "Quarantine")},
        {"appraisal", QT_TRANSLATE_NOOP("Suspension", "Appraisal")},
        {"expertReview", QT_TRANSLATE_NOOP("Suspension", "Expert review")},
        {"publicNotice", QT_TRANSLATE_NOOP("Suspension", "Public notice")},
        {"tenderAuction", QT_TRANSLATE_NOOP("Suspension", "Tender or auction")},
}};
} // namespace

QStringList suspensionKinds()
{
    QStringList kinds;
    for (const Kind &k : kKinds)
        kinds.append(QLatin1String(k.wire));
    return kinds;
}

QString suspensionKindLabel(const QString &kind)
{
    for (const Kind &k : kKinds) {
        if (kind == QLatin1String(k.wire))
            return QCoreApplication::translate("Suspension", k.label);
    }
    return kind; // a kind from a newer platform: show its name rather than nothing
}

} // namespace casedesk
