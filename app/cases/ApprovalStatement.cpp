#include "ApprovalStatement.h"

#include <QCryptographicHash>
#include <QStringList>

namespace casedesk {

namespace {

// Free text enters as its digest: one line per field whatever the text holds, and no field
// can be made to read as another.
QString digest(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

bool ApprovalStatement::isSigned(const QString &verb)
{
    return verb == QLatin1String("approve") || verb == QLatin1String("approveExtension");
}

QString ApprovalStatement::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QByteArray ApprovalStatement::distinguishingId(const QString &userName)
{
    return QByteArrayLiteral("CaseDesk-approver-") + userName.toUtf8();
}

QByteArray ApprovalStatement::text(const Case &c, const QString &verb, const QJsonObject &payload,
                                   const QString &userName, const QDateTime &signedAt)
{
    QStringList lines{QLatin1String(kFormat), QStringLiteral("case=") + c.id,
                      QStringLiteral("type=") + verb, QStringLiteral("approver=") + userName,
                      QStringLiteral("signedAt=") + timestamp(signedAt)};
    if (verb == QLatin1String("approve")) {
        lines << QStringLiteral("decision=") + c.proposal.decision
              << QStringLiteral("opinion=") + digest(c.proposal.opinion)
              << QStringLiteral("reasons=") + digest(c.proposal.reasons)
              << QStringLiteral("legalBasis=") + digest(c.proposal.legalBasis);
    } else {
        lines << QStringLiteral("days=") + QString::number(c.requestedExtensionDays)
              << QStringLiteral("reason=") + digest(c.extensionReason)
              << QStringLiteral("recommendation=") + digest(c.extensionRecommendation);
    }
    lines << QStringLiteral("comment=")
                    + digest(payload.value(QLatin1String("comment")).toString());
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace casedesk
