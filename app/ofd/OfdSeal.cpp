#include "OfdSeal.h"

#include <QList>

namespace casedesk {

namespace {

// The two versions of the seal structures (GM/T 0031-2014 and GB/T 38540-2020) differ around
// the picture, not in it: SES_ESPictrueInfo is { type IA5String, data OCTET STRING, width,
// height } and SES_ESPropertyInfo { type INTEGER, name UTF8String, … } in both. So the DER is
// walked as a tree and those two shapes are looked for, whatever holds them.
constexpr int kMaxDepth = 24;
constexpr int kMaxNodes = 20'000;

enum Tag : unsigned char {
    Integer = 0x02,
    OctetString = 0x04,
    Utf8String = 0x0c,
    Ia5String = 0x16,
    Sequence = 0x30,
};

struct Node
{
    unsigned char tag = 0;
    QByteArrayView value;
};

// One TLV at `at`; definite lengths only, as DER requires. False when the bytes are not one.
bool readNode(QByteArrayView bytes, qsizetype &at, Node &node)
{
    if (at + 2 > bytes.size())
        return false;
    node.tag = static_cast<unsigned char>(bytes[at++]);
    if ((node.tag & 0x1f) == 0x1f)
        return false; // high tag numbers do not occur in these structures
    qsizetype length = static_cast<unsigned char>(bytes[at++]);
    if (length & 0x80) {
        const int octets = int(length & 0x7f);
        if (octets == 0 || octets > 4 || at + octets > bytes.size())
            return false;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | static_cast<unsigned char>(bytes[at++]);
    }
    if (length < 0 || length > bytes.size() - at)
        return false;
    node.value = bytes.sliced(at, length);
    at += length;
    return true;
}

bool children(QByteArrayView value, QList<Node> &out)
{
    for (qsizetype at = 0; at < value.size();) {
        Node n;
        if (!readNode(value, at, n))
            return false;
        out.append(n);
    }
    return true;
}

struct Walk
{
    OfdSeal seal;
    bool havePicture = false;
    int nodes = 0;

    void visit(const Node &node, int depth)
    {
        if (depth > kMaxDepth || ++nodes > kMaxNodes || havePicture)
            return;
        const bool constructed = node.tag & 0x20;
        if (!constructed)
            return;
        QList<Node> kids;
        if (!children(node.value, kids))
            return;
        if (node.tag == Sequence && kids.size() >= 2) {
            if (kids.size() == 4 && kids[0].tag == Ia5String && kids[1].tag == OctetString
                && kids[2].tag == Integer && kids[3].tag == Integer && !kids[1].value.isEmpty()) {
                seal.pictureType = QString::fromLatin1(kids[0].value).trimmed().toLower();
                seal.picture = kids[1].value.toByteArray();
                havePicture = true;
                return;
            }
            if (seal.name.isEmpty() && kids.size() >= 5 && kids[0].tag == Integer
                && kids[1].tag == Utf8String)
                seal.name = QString::fromUtf8(kids[1].value);
        }
        for (const Node &kid : kids)
            visit(kid, depth + 1);
    }
};

} // namespace

std::optional<OfdSeal> readOfdSeal(const QByteArray &der)
{
    qsizetype at = 0;
    Node root;
    if (!readNode(der, at, root) || root.tag != Sequence)
        return std::nullopt;
    Walk walk;
    walk.visit(root, 0);
    if (!walk.havePicture)
        return std::nullopt;
    return walk.seal;
}

} // namespace casedesk
