#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Approvers' personal SM2 keys and the check of every signed approval (docs/platform-api.yaml,
// ApprovalSignature). Written for the simulator alone: it rebuilds the signed statement from
// the case it holds, independently of the client.
namespace sim {

class ApprovalKeys
{
public:
    explicit ApprovalKeys(QSqlDatabase db) : m_db(std::move(db)) { }

    static QString createTable();

    struct Registered
    {
        QString keyId; // empty when refused
        bool created = false;
        QString problem;
    };
    Registered add(const QString &user, const QByteArray &publicKeyPem, const QString &now);

    struct Problem
    {
        QString code; // empty: the signature holds
        QString detail;
    };
    // Whether `payload.signature` is `user`'s valid signature of `type` on `caseBefore`.
    Problem check(const QJsonObject &caseBefore, const QString &type, const QJsonObject &payload,
                  const QString &user, const QDateTime &now) const;

    static bool isSigned(const QString &type);

private:
    QSqlDatabase m_db;
};

} // namespace sim
