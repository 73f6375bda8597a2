#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <utility>

namespace casedesk {

class CaseDetailsController;
class CaseMaterialsWindow;
class SessionController;
class SyncService;
class Workspace;

// The window's materials: the case in the pane opened in the viewer beside its checklist
// (ui/CaseMaterialsWindow), its files read from the vault and decrypted off the UI thread,
// those not on this computer fetched, documents reused from the platform (材料复用) attached,
// and the checklist's correction handed on as the action it belongs to.
class MaterialsDesk : public QObject
{
    Q_OBJECT
public:
    MaterialsDesk(Workspace &workspace, SessionController &session, CaseDetailsController &details,
                  QWidget *window);

    // Opens the case in the pane on file `fileIndex` (closing one open before).
    void view(int fileIndex = 0);
    CaseMaterialsWindow *window() const { return m_materials; }
    // Follows a new sync service's answers (files fetched, licences found).
    void follow(SyncService *sync);

Q_SIGNALS:
    // The checklist asks for a correction: the action the role takes for it now, prefilled.
    void actionRequested(const QString &verb,
                         const QList<std::pair<QString, QString>> &corrections);
    void status(const QString &message);

private:
    // Fills the viewer with its case's files and the files of documents reused for it, then
    // shows file `show`; returns the ids of those not on this computer yet.
    QStringList loadFiles(int show);
    void reloadFiles();
    SyncService *sync() const;

    Workspace &m_workspace;
    SessionController &m_session;
    CaseDetailsController &m_details;
    QWidget *m_window;
    QPointer<CaseMaterialsWindow> m_materials;
    int m_reuseRow = -1;
    quint64 m_load = 0; // the latest loadFiles; an older one's result is stale
};

} // namespace casedesk
