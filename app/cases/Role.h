#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// Head: the agency head (负责人), who alone approves an extension (行政许可法 art. 42) and
// signs the steps of an approval chain that are his.
enum class Role { Clerk, Chief, Supervisor, Head };
std::optional<Role> roleFromName(const QString &name);
// The platform's name of the role (Clerk, Chief …).
QString roleName(Role role);
QStringList roleNames(const QList<Role> &roles);
// 窗口人员, 科长, 监督, 负责人: the role as people call it.
QString roleLabel(Role role);

} // namespace casedesk
