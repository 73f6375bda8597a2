#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// Where a case stands in the statutory procedure. The wire names are the platform's
// (docs/platform-api.yaml); the labels are what a clerk reads.
enum class CaseStage {
    PreReview, // 待预审
    Acceptance, // 待受理
    Correction, // 补正中: the applicant's turn, no department clock runs
    Review, // 审查中
    Approval, // 待审批 (chief)
    Suspended, // 特别程序中: the clock is stopped
    Decided, // 已决定, waiting for completion and delivery
    Completed, // 已办结
    Refused, // 不予受理
    Withdrawn, // 已撤回
};

QString stageWireName(CaseStage stage);
std::optional<CaseStage> stageFromWireName(const QString &name);
QString stageLabel(CaseStage stage);
bool isOpenStage(CaseStage stage);
// Every stage, in the procedure's order.
QList<CaseStage> allStages();

} // namespace casedesk
