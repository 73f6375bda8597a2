#pragma once

#include <QJsonObject>
#include <QString>

class QSettings;

namespace casedesk {

// What a clerk typed into an action's form and left without sending (cancelled, or the
// window closed), kept per case and step in the profile's settings until it is sent.
class ActionDrafts
{
public:
    explicit ActionDrafts(QSettings &settings) : m_settings(settings) { }

    QJsonObject load(const QString &caseId, const QString &verb) const;
    // An empty payload keeps nothing.
    void save(const QString &caseId, const QString &verb, const QJsonObject &payload);
    void remove(const QString &caseId, const QString &verb);

private:
    static QString key(const QString &caseId, const QString &verb);
    QSettings &m_settings;
};

} // namespace casedesk
