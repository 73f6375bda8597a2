#pragma once

#include "OfdDocument.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QPainter;

namespace casedesk {

// Draws an OFD page with QPainter: glyphs where the file puts them (embedded fonts from
// memory, otherwise 宋体, 仿宋, 楷体 and 黑体 mapped to the CJK fonts CaseDesk installs), paths,
// images, clips, templates and annotations. Pure: safe on any thread.
class OfdPainter
{
    Q_DECLARE_TR_FUNCTIONS(OfdPainter)

public:
    // `painter` maps millimetres of page space to its device.
    static void paint(QPainter &painter, const OfdDocument &document, const OfdPage &page,
                      QStringList *problems = nullptr);
    // The page as an image of `pixels` on `paper` (a seal drawn as OFD goes on none); null
    // with `error` set when the page cannot be read at all. What could not be drawn is added
    // to `problems`.
    static QImage render(const OfdDocument &document, int page, const QSize &pixels,
                         QString *error = nullptr, QStringList *problems = nullptr,
                         const QColor &paper = Qt::white);
    // The installed family that draws text named `family` (宋体, SimSun, 黑体, …).
    static QString installedFamily(const QString &family);
};

} // namespace casedesk
