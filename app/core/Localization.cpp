#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace casedesk {

QString installTranslations(QCoreApplication &app, const QString &setting)
{
    QString language = setting;
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        language = QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                                    : QStringLiteral("zh_CN");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs), where Debian ships them.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace casedesk
