#pragma once

#include "session/AboutFacts.h"

#include <QDialog>

class QPlainTextEdit;

namespace casedesk {

// Help › About: CaseDesk's icon, name and purpose, and the facts a support desk asks for
// (session/AboutFacts), selectable and copied in one go; a button opens the log folder.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QList<AboutFact> &facts, const QString &logFolder, QWidget *parent = nullptr);
    QPlainTextEdit *facts() const { return m_facts; }

private:
    QPlainTextEdit *m_facts;
};

} // namespace casedesk
