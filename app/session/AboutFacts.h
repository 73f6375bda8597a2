#pragma once

#include <QList>
#include <QString>

namespace casedesk {

class Profile;

// What Help › About tells the user and what a support desk asks for on the phone: the
// versions of CaseDesk, Qt and OpenSSL, and the folders of the profile, the logs and the
// installed data. Each fact is a translated label and its value as plain text.
struct AboutFact
{
    QString label;
    QString value;
};

QList<AboutFact> aboutFacts(const Profile &profile);
// The facts as lines "label: value", for the clipboard and the CLI's --version.
QString aboutText(const QList<AboutFact> &facts);

} // namespace casedesk
