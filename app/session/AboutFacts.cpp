#include "AboutFacts.h"

#include "core/DataDir.h"
#include "core/Logging.h"
#include "core/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace casedesk {

QList<AboutFact> aboutFacts(const Profile &profile)
{
    return {
            {QCoreApplication::translate("AboutFacts", "CaseDesk version"),
             QStringLiteral(CASEDESK_VERSION)},
            // The runtime's version, which the package's dependencies decide, and the one built
            // against when they differ.
            {QCoreApplication::translate("AboutFacts", "Qt version"),
             QString::fromLatin1(qVersion())
                     + (qstrcmp(qVersion(), QT_VERSION_STR) == 0
                                ? QString()
                                : QCoreApplication::translate("AboutFacts", " (built with %1)")
                                          .arg(QLatin1String(QT_VERSION_STR)))},
            {QCoreApplication::translate("AboutFacts", "OpenSSL version"),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
            {QCoreApplication::translate("AboutFacts", "Operating system"),
             QSysInfo::prettyProductName()},
            {QCoreApplication::translate("AboutFacts", "Profile folder"),
             QDir::toNativeSeparators(profile.dir())},
            {QCoreApplication::translate("AboutFacts", "Log folder"),
             QDir::toNativeSeparators(LogFile::directory(profile))},
            {QCoreApplication::translate("AboutFacts", "Templates and calendars"),
             QDir::toNativeSeparators(dataDir())},
    };
}

QString aboutText(const QList<AboutFact> &facts)
{
    QString text;
    for (const AboutFact &fact : facts)
        text += QCoreApplication::translate("AboutFacts", "%1: %2").arg(fact.label, fact.value)
                + QLatin1Char('\n');
    return text;
}

} // namespace casedesk
