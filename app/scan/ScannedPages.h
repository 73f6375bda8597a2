#pragma once

#include <QImage>
#include <QList>

namespace casedesk {

// The pages scanned for one material, in the order they will be in its PDF, as the clerk
// arranges them before registering: turned, taken out, moved. Each page keeps its scan's
// resolution (a turned page's resolutions turn with it), so the PDF keeps the paper's size.
class ScannedPages
{
public:
    ScannedPages() = default;

    const QList<QImage> &pages() const { return m_pages; }
    int size() const { return int(m_pages.size()); }
    bool isEmpty() const { return m_pages.isEmpty(); }

    void append(const QList<QImage> &pages) { m_pages += pages; }
    void clear() { m_pages.clear(); }
    // Each returns false and changes nothing for a page that is not there.
    // A quarter turn clockwise per `quarterTurns` (negative: anticlockwise).
    bool rotate(int index, int quarterTurns);
    bool remove(int index);
    // The page at `from` comes to `to`, the others keep their order.
    bool move(int from, int to);

private:
    QList<QImage> m_pages;
};

} // namespace casedesk
