#include "ActionService.h"

#include "cases/ApprovalStatement.h"
#include "core/Clock.h"
#include "security/ApprovalSigner.h"
#include "store/CaseStore.h"
#include "store/Outbox.h"

#include <QCoreApplication>

namespace casedesk {

ActionService::Result ActionService::take(const QString &caseId, Role role, const QString &user,
                                          const QString &verb, const QJsonObject &payload)
{
    // Judged on the case as the clerk sees it, with earlier local actions applied.
    QString readError;
    const auto stored = m_store.storedCase(caseId, &readError);
    if (!stored)
        return {0, {{{}, readError}}};
    const Case *c = &stored->effective;
    const QList<Violation> violations = Workflow::check(*c, role, user, verb, payload);
    if (!violations.isEmpty())
        return {0, violations};
    QString error;
    QJsonObject sent = payload;
    if (ApprovalStatement::isSigned(verb)) {
        // Signed as he gives it, over the case as he sees it; an approval taken offline keeps
        // the time he gave it.
        const QDateTime at = Clock::system().now();
        const QByteArray text = ApprovalStatement::text(*c, verb, payload, user, at);
        const std::optional<ApprovalSigner::Signature> s = m_signer
                ? m_signer->sign(text, ApprovalStatement::distinguishingId(user), &error)
                : std::nullopt;
        if (!s)
            return {0,
                    {{{},
                      m_signer ? error
                               : QCoreApplication::translate(
                                       "ActionService",
                                       "An approval is signed with your personal key, and "
                                       "there is none to sign with here.")}}};
        sent.insert(
                QStringLiteral("signature"),
                QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("SM2-SM3")},
                            {QStringLiteral("keyId"), s->keyId},
                            {QStringLiteral("publicKey"), QString::fromLatin1(s->publicKey)},
                            {QStringLiteral("signedAt"), ApprovalStatement::timestamp(at)},
                            {QStringLiteral("value"), QString::fromLatin1(s->value.toBase64())}});
    }
    const auto id = m_outbox.enqueue(caseId, verb, sent, user,
                                     Workflow::stageAfter(*c, verb, payload), &error);
    if (!id)
        return {0, {{{}, error}}};
    return {*id, {}};
}

} // namespace casedesk
