#include "CaseStage.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace casedesk {

namespace {
struct StageName
{
    CaseStage stage;
    const char *wire;
    const char *label;
};

constexpr std::array<StageName, 10> kStages{{
        {CaseStage::PreReview, "preReview", QT_TRANSLATE_NOOP("CaseStage", "Awaiting pre-review")},
        {CaseStage::Acceptance, "acceptance",
         QT_TRANSLATE_NOOP("CaseStage", "Awaiting acceptance")},
        {CaseStage::Correction, "correction",
         QT_TRANSLATE_NOOP("CaseStage", "Correction requested")},
        {CaseStage::Review, "review", QT_TRANSLATE_NOOP("CaseStage", "Under review")},
        {CaseStage::Approval, "approval", QT_TRANSLATE_NOOP("CaseStage", "Awaiting approval")},
        {CaseStage::Suspended, "suspended", QT_TRANSLATE_NOOP("CaseStage", "Special procedure")},
        {CaseStage::Decided, "decided", QT_TRANSLATE_NOOP("CaseStage", "Decided")},
        {CaseStage::Completed, "completed", QT_TRANSLATE_NOOP("CaseStage", "Completed")},
        {CaseStage::Refused, "refused", QT_TRANSLATE_NOOP("CaseStage", "Not accepted")},
        {CaseStage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseStage", "Withdrawn")},
}};
} // namespace

QString stageWireName(CaseStage stage)
{
    for (const auto &s : kStages) {
        if (s.stage == stage)
            return QString::fromLatin1(s.wire);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CaseStage> stageFromWireName(const QString &name)
{
    for (const auto &s : kStages) {
        if (name == QLatin1String(s.wire))
            return s.stage;
    }
    return std::nullopt;
}

QString stageLabel(CaseStage stage)
{
    for (const auto &s : kStages) {
        if (s.stage == stage)
            return QCoreApplication::translate("CaseStage", s.label);
    }
    Q_UNREACHABLE();
    return {};
}

bool isOpenStage(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Completed:
    case CaseStage::Refused:
    case CaseStage::Withdrawn:
        return false;
    default:
        return true;
    }
}

QList<CaseStage> allStages()
{
    return {CaseStage::PreReview, CaseStage::Acceptance, CaseStage::Correction,
            CaseStage::Review,    CaseStage::Approval,   CaseStage::Suspended,
            CaseStage::Decided,   CaseStage::Completed,  CaseStage::Refused,
            CaseStage::Withdrawn};
}

} // namespace casedesk
