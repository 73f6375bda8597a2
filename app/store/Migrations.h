#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// One schema step from version - 1 to version. A destructive step (one that drops or
// rewrites data) gets a backup copy of the cache file before it runs.
struct Migration
{
    int version;
    bool destructive;
    QStringList statements;
};

const QList<Migration> &cacheMigrations();

} // namespace casedesk
