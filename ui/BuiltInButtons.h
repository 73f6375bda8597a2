#pragma once

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace casedesk {

// Qt adds some buttons by itself: a toolbar's overflow button when it is too narrow, a line
// edit's clear button. They come without an accessible name, so a screen reader would
// announce them blank; these give them one.
inline void nameToolbarOverflow(QToolBar *toolbar)
{
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(QCoreApplication::translate("BuiltInButtons", "More tools"));
}

inline void nameClearButton(QLineEdit *edit)
{
    for (QToolButton *button : edit->findChildren<QToolButton *>())
        button->setAccessibleName(
                QCoreApplication::translate("BuiltInButtons", "Clear the search"));
}

} // namespace casedesk
