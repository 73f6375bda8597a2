#include "FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace casedesk {

namespace {
constexpr int kWidth = 3;
} // namespace

FocusRing::FocusRing(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    // A scrolling pane moves its fields without telling them: the ring looks again now and then.
    m_poll.setInterval(150);
    connect(&m_poll, &QTimer::timeout, this, &FocusRing::place);
    m_poll.start();
}

void FocusRing::follow(QWidget *now)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = now && now->window() == parentWidget() && now != parentWidget() ? now : nullptr;
    if (m_target)
        m_target->installEventFilter(this);
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    // What is visible of it: a field half scrolled out of its pane gets a ring on what shows.
    const QRect visible = m_target->visibleRegion().boundingRect();
    if (visible.isEmpty()) {
        hide();
        return;
    }
    const QRect inner(m_target->mapTo(parentWidget(), visible.topLeft()), visible.size());
    if (isVisible() && geometry() == inner.adjusted(-kWidth, -kWidth, kWidth, kWidth))
        return;
    setGeometry(inner.adjusted(-kWidth, -kWidth, kWidth, kWidth));
    // A ring only: the widget under it stays readable and clickable.
    setMask(QRegion(rect()).subtracted(QRegion(rect().adjusted(kWidth, kWidth, -kWidth, -kWidth))));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Highlight));
}

} // namespace casedesk
