#pragma once

#include "cases/Workflow.h"

#include <QString>

#include <optional>

namespace casedesk {

// Who works in this session: the platform's login id, the name to print and show, the role.
struct SessionUser
{
    QString userName;
    QString displayName;
    std::optional<Role> role;
};

} // namespace casedesk
