#pragma once

#include <QHash>
#include <QKeySequence>
#include <QString>

namespace casedesk {

// The key of each step of the procedure: Ctrl+Alt and a letter of the step's name. One table,
// shown in Help › Keyboard shortcuts with the rest of the menus.
inline QKeySequence actionKey(const QString &verb)
{
    static const QHash<QString, Qt::Key> keys{
            {QStringLiteral("preReview"), Qt::Key_P},
            {QStringLiteral("accept"), Qt::Key_A},
            {QStringLiteral("requestCorrection"), Qt::Key_C},
            {QStringLiteral("refuseAcceptance"), Qt::Key_R},
            {QStringLiteral("propose"), Qt::Key_D},
            {QStringLiteral("approve"), Qt::Key_Y},
            {QStringLiteral("return"), Qt::Key_B},
            {QStringLiteral("changeProposal"), Qt::Key_G},
            {QStringLiteral("transfer"), Qt::Key_Z},
            {QStringLiteral("requestExtension"), Qt::Key_E},
            {QStringLiteral("recommendExtension"), Qt::Key_T},
            {QStringLiteral("approveExtension"), Qt::Key_X},
            {QStringLiteral("suspend"), Qt::Key_S},
            {QStringLiteral("resume"), Qt::Key_U},
            {QStringLiteral("complete"), Qt::Key_M},
            {QStringLiteral("deliver"), Qt::Key_V},
    };
    const auto it = keys.constFind(verb);
    return it == keys.cend() ? QKeySequence() : QKeySequence(Qt::CTRL | Qt::ALT | *it);
}

} // namespace casedesk
