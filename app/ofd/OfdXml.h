#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace casedesk::ofd {

// A part's XML as a small tree. Names are local names: the OFD namespace is honoured when a
// file has it and not required when it omits or misspells it, as real generators do.
struct XmlNode
{
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    QList<std::shared_ptr<XmlNode>> children;

    QString attribute(const QString &key) const { return attributes.value(key); }
    const XmlNode *child(const QString &childName) const;
    QList<const XmlNode *> all(const QString &childName) const;
};

// Nullptr with `error` set for XML that is not well formed, nests deeper than it may or holds
// more elements than a page can sensibly have.
std::shared_ptr<XmlNode> parseXml(const QByteArray &xml, QString *error);

} // namespace casedesk::ofd
