#pragma once

#include "platform/RestPlatformClient.h"

#include <QEventLoop>

// Signs a demo account (password demo123) in to onestop-sim over HTTP; the refresh token, or
// empty with `failure` set.
inline QString demoRefreshToken(const QUrl &server, const QString &user,
                                casedesk::PlatformError *failure = nullptr)
{
    casedesk::RestPlatformClient client(server);
    QString token;
    QEventLoop loop;
    client.signIn(user, QStringLiteral("demo123"),
                  [&](const casedesk::Tokens &t, const casedesk::PlatformError &e) {
                      token = t.refreshToken;
                      if (failure)
                          *failure = e;
                      loop.quit();
                  });
    loop.exec();
    return token;
}
