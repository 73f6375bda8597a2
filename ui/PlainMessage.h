#pragma once

#include <QMessageBox>

namespace casedesk {

// A message shown exactly as written. Errors carry names and text from applicants and the
// platform; QMessageBox would guess such text to be markup and render it (a name like
// "<b>…</b>" or "<img …>"), so every message with such text goes through here.
inline void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                             const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace casedesk
