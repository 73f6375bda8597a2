#pragma once

#include "Case.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace casedesk {

// What an approver signs personally (审批签名): the case, the act, who and when, and what he
// saw — the proposal he approves, or the extension request with its days and the chief's
// opinion — so that a signature given for one proposal cannot stand for another. The text is
// the contract's (docs/platform-api.yaml, ApprovalSignature); the platform rebuilds it from the
// case it holds and checks the signature against the approver's registered key.
class ApprovalStatement
{
public:
    // Whether `verb` is an approval that must carry its approver's signature.
    static bool isSigned(const QString &verb);
    // The exact bytes signed for `verb` taken on `c` by `userName` at `signedAt` with `payload`.
    static QByteArray text(const Case &c, const QString &verb, const QJsonObject &payload,
                           const QString &userName, const QDateTime &signedAt);
    // The SM2 distinguishing id of `userName`'s signatures.
    static QByteArray distinguishingId(const QString &userName);
    // signedAt as it is written in the statement and the payload (UTC, seconds, Z).
    static QString timestamp(const QDateTime &at);

    static constexpr const char *kFormat = "casedesk-approval/1";
};

} // namespace casedesk
