#pragma once

#include <QScreen>
#include <QSize>
#include <QWidget>

namespace casedesk {

// A window's first size: the size it would like, but never more than 90 % of what the screen
// it opens on offers, so that large fonts or high scaling (200 % turns 1440 × 900 into 720 ×
// 450 logical pixels) never put its buttons out of reach.
inline void resizeWithinScreen(QWidget *window, QSize preferred)
{
    const QSize available = window->screen()->availableGeometry().size();
    window->resize(preferred.boundedTo(available * 0.9));
}

} // namespace casedesk
