#include "ScannedPages.h"

#include <QTransform>

namespace casedesk {

bool ScannedPages::rotate(int index, int quarterTurns)
{
    if (index < 0 || index >= m_pages.size())
        return false;
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns == 0)
        return true;
    const QImage &page = m_pages.at(index);
    QImage turned = page.transformed(QTransform().rotate(90.0 * turns));
    // A sideways page is as wide as the upright one was tall: its resolutions swap too.
    const bool sideways = turns % 2 == 1;
    turned.setDotsPerMeterX(sideways ? page.dotsPerMeterY() : page.dotsPerMeterX());
    turned.setDotsPerMeterY(sideways ? page.dotsPerMeterX() : page.dotsPerMeterY());
    m_pages[index] = turned;
    return true;
}

bool ScannedPages::remove(int index)
{
    if (index < 0 || index >= m_pages.size())
        return false;
    m_pages.removeAt(index);
    return true;
}

bool ScannedPages::move(int from, int to)
{
    if (from < 0 || from >= m_pages.size() || to < 0 || to >= m_pages.size())
        return false;
    m_pages.move(from, to);
    return true;
}

} // namespace casedesk
