#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace casedesk {

// A clearly visible ring around whatever has the keyboard focus in the window, for people who
// work by keyboard (the style's own focus marks are a faint dotted line or none). It follows the
// focus, never takes the mouse and never takes the focus itself.
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    explicit FocusRing(QWidget *window);
    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *now);
    void place();

    QPointer<QWidget> m_target;
    QTimer m_poll;
};

} // namespace casedesk
