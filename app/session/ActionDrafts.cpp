#include "ActionDrafts.h"

#include <QJsonDocument>
#include <QSettings>

namespace casedesk {

QString ActionDrafts::key(const QString &caseId, const QString &verb)
{
    return QStringLiteral("drafts/%1/%2").arg(caseId, verb);
}

QJsonObject ActionDrafts::load(const QString &caseId, const QString &verb) const
{
    // A draft that is not an object (edited by hand, written by another version) is no draft.
    return QJsonDocument::fromJson(m_settings.value(key(caseId, verb)).toString().toUtf8())
            .object();
}

void ActionDrafts::save(const QString &caseId, const QString &verb, const QJsonObject &payload)
{
    if (payload.isEmpty())
        return;
    m_settings.setValue(key(caseId, verb),
                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

void ActionDrafts::remove(const QString &caseId, const QString &verb)
{
    m_settings.remove(key(caseId, verb));
}

} // namespace casedesk
