#include "OfdXml.h"

#include "OfdDocument.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace casedesk::ofd {

namespace {
constexpr int kMaxDepth = 64;
constexpr int kMaxElements = 400'000; // 100,000 objects with their colours and text codes
} // namespace

const XmlNode *XmlNode::child(const QString &childName) const
{
    for (const auto &c : children)
        if (c->name == childName)
            return c.get();
    return nullptr;
}

QList<const XmlNode *> XmlNode::all(const QString &childName) const
{
    QList<const XmlNode *> found;
    for (const auto &c : children)
        if (c->name == childName)
            found.append(c.get());
    return found;
}

std::shared_ptr<XmlNode> parseXml(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    std::shared_ptr<XmlNode> root;
    QList<XmlNode *> open;
    int elements = 0;
    const auto fail = [error](const QString &why) -> std::shared_ptr<XmlNode> {
        if (error)
            *error = why;
        return nullptr;
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (++elements > kMaxElements)
                return fail(OfdDocument::tr(
                        "A part of the OFD file holds more objects than can be shown."));
            if (open.size() >= kMaxDepth)
                return fail(
                        OfdDocument::tr("A part of the OFD file nests its elements too deeply."));
            auto node = std::make_shared<XmlNode>();
            node->name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                node->attributes.insert(a.name().toString(), a.value().toString());
            XmlNode *raw = node.get();
            if (open.isEmpty()) {
                if (root)
                    return fail(OfdDocument::tr("A part of the OFD file is not well-formed XML."));
                root = std::move(node);
            } else {
                open.last()->children.append(std::move(node));
            }
            open.append(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty())
                open.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty()) // a TextCode of one space is a glyph too
                open.last()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError() || !root)
        return fail(OfdDocument::tr("A part of the OFD file is not well-formed XML."));
    return root;
}

} // namespace casedesk::ofd
