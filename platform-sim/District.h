#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The simulated district: its departments, service item catalogue, staff accounts and a
// history of applications, all generated deterministically from a seed.
namespace sim {

struct Department
{
    QString code;
    QString name;
};

struct Account
{
    QString userName;
    QString displayName;
    QString department;
    QString role; // Clerk, Chief, Supervisor
};

struct GeneratedCase
{
    QString id;
    QString department;
    qint64 receivedAt; // seconds since the epoch, for the feed's order
    QJsonObject json;
};

class District
{
public:
    static const QList<Department> &departments();
    static const QList<Account> &accounts();
    static QString departmentName(const QString &code);
    static QList<QJsonObject> items();

    // `count` cases received over the months before `until`, in order of receipt.
    static void generateCases(quint64 seed, int count, const QDateTime &until,
                              const std::function<void(const GeneratedCase &)> &sink);
};

} // namespace sim
