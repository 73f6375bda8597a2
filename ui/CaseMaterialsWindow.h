#pragma once

#include "ChecklistPanel.h"
#include "MaterialViewer.h"
#include "cases/Case.h"
#include "platform/PlatformTypes.h"

#include <QWidget>

namespace casedesk {

// One case's materials: the viewer with the checklist beside it. The checklist is kept as the
// clerk works (checklistChanged) and writes the correction request.
class CaseMaterialsWindow : public QWidget
{
    Q_OBJECT
public:
    // The files are given to viewer() as they are read; the window opens at once.
    CaseMaterialsWindow(const Case &c, const ServiceItem &item, const QJsonArray &storedChecklist,
                        QWidget *parent = nullptr);

    QString caseId() const { return m_case.id; }
    const Case &shownCase() const { return m_case; }
    MaterialViewer *viewer() const { return m_viewer; }
    ChecklistPanel *checklist() const { return m_panel; }
    // The platform's e-licences and earlier materials of the applicant, to pick one as `row`.
    // Returns the source recorded, or empty when nothing was chosen.
    QString offerReuse(int row, const QList<Licence> &licences, const QString &error);

Q_SIGNALS:
    void checklistChanged(const QString &caseId, const QJsonArray &checklist);
    void reuseRequested(const QString &caseId, int row);
    void correctionRequested(const QString &caseId,
                             const QList<std::pair<QString, QString>> &corrections);

private:
    Case m_case;
    MaterialViewer *m_viewer;
    ChecklistPanel *m_panel;
};

} // namespace casedesk
