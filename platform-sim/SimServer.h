#pragma once

#include <QDateTime>
#include <QHttpServer>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace sim {

struct Account;

// onestop-sim: the platform's REST API (docs/platform-api.yaml) over a SQLite file.
class SimServer
{
public:
    struct Options
    {
        QString dataDir;
        quint64 seed = 1;
        int cases = 2000;
        int accessTokenTtl = 900;
        QDate today;
    };

    explicit SimServer(Options options);
    ~SimServer();

    // Opens or creates the state; a state made with another seed or size is made anew.
    bool open(QString *error);
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void routes();
    bool generate(QString *error);

    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);
    QHttpServerResponse items(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);

    std::optional<Account> authenticate(const QHttpServerRequest &request) const;
    QHttpServerResponse issueTokens(const QString &userName);

    Options m_options;
    QDateTime m_until;
    QSqlDatabase m_db;
    QHttpServer m_server;
};

} // namespace sim
