#pragma once

#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QStringList>
#include <QTimer>

// One sync round of a SyncEngine to its end (or two minutes), with what it reported.
struct SyncRound
{
    bool ok = false;
    int changes = 0;
    int cases = 0;
    int errorKind = 0; // PlatformError::Kind when it failed
    QString error;
    QString refreshToken; // the newest: the one given, or the last one rotated in
    QStringList rotatedTokens;
    int pending = -1; // outbox after the round
    int held = -1;
};

#ifndef CASEDESK_TEST_SLOWDOWN
#define CASEDESK_TEST_SLOWDOWN 1
#endif

inline SyncRound runSyncRound(const casedesk::SyncEngine::Config &config,
                              const QString &refreshToken)
{
    using casedesk::SyncEngine;
    SyncEngine engine(config);
    SyncRound round;
    round.refreshToken = refreshToken;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::refreshTokenChanged, [&](const QString &t) {
        round.refreshToken = t;
        round.rotatedTokens.append(t);
    });
    QObject::connect(&engine, &SyncEngine::outboxChanged, [&](int pending, int held) {
        round.pending = pending;
        round.held = held;
    });
    QObject::connect(&engine, &SyncEngine::syncFinished, [&](int changes, int cases) {
        round.ok = true;
        round.changes = changes;
        round.cases = cases;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::syncFailed, [&](int kind, const QString &message) {
        round.errorKind = kind;
        round.error = message;
        loop.quit();
    });
    engine.open(refreshToken);
    engine.syncNow();
    // Two minutes, five times that in a sanitizer build (a thousand actions pushed under ASan
    // take longer than two minutes; the limit is for a round that hangs).
    QTimer::singleShot(120000 * CASEDESK_TEST_SLOWDOWN, &loop, &QEventLoop::quit);
    if (engine.isSyncing())
        loop.exec();
    return round;
}
