#include "MaterialsDesk.h"

#include "CaseMaterialsWindow.h"
#include "cases/MaterialChecklist.h"
#include "cases/Workflow.h"
#include "core/Profile.h"
#include "session/CaseDetails.h"
#include "session/SessionController.h"
#include "session/Workspace.h"
#include "store/AuditLog.h"
#include "store/ChecklistStore.h"
#include "store/Vault.h"
#include "sync/SyncService.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

MaterialsDesk::MaterialsDesk(Workspace &workspace, SessionController &session,
                             CaseDetailsController &details, QWidget *window)
    : QObject(window), m_workspace(workspace), m_session(session), m_details(details),
      m_window(window)
{
}

SyncService *MaterialsDesk::sync() const
{
    return m_session.sync();
}

void MaterialsDesk::follow(SyncService *service)
{
    connect(service, &SyncService::licencesFetched, this,
            [this](const QString &, const QList<Licence> &licences, const QString &error) {
                if (m_materials && m_reuseRow >= 0) {
                    const QString source = m_materials->offerReuse(m_reuseRow, licences, error);
                    if (!source.isEmpty()) {
                        m_workspace.audit()->append(m_workspace.profile().userName(),
                                                    QStringLiteral("reuse"), m_materials->caseId(),
                                                    source);
                        // Its file joins the case's, to read and to keep for offline work.
                        if (SyncService *s = sync())
                            s->attachReused(m_materials->caseId(),
                                            MaterialChecklist::reusedRecordId(source),
                                            MaterialChecklist::reusedFileId(source));
                        reloadFiles();
                    }
                }
                m_reuseRow = -1;
            });
    connect(service, &SyncService::reusedAttached, this,
            [this](const QString &caseId, const QString &, const QString &error) {
                if (m_materials && m_materials->caseId() == caseId)
                    reloadFiles();
                if (!error.isEmpty())
                    Q_EMIT status(
                            tr("The reused document's file could not be fetched: %1").arg(error));
            });
    // The materials window waiting for its files gets them now (or why not).
    connect(service, &SyncService::offlineDone, this, &MaterialsDesk::reloadFiles);
}

void MaterialsDesk::reloadFiles()
{
    if (m_materials)
        loadFiles(std::max(m_materials->viewer()->currentFile(), 0));
}

QStringList MaterialsDesk::loadFiles(int show)
{
    const Case &c = m_materials->shownCase();
    // The submitted files, then the files of documents reused from the platform (材料复用).
    QList<std::pair<QString, QString>> wanted; // id, name
    for (const MaterialInfo &m : c.materials)
        wanted.append({m.id, m.fileName.isEmpty() ? m.name : m.fileName});
    for (const MaterialChecklist::Entry &e : m_materials->checklist()->checklist().entries()) {
        const QString id = MaterialChecklist::reusedFileId(e.reusedFrom);
        if (!id.isEmpty())
            wanted.append({id,
                           tr("%1 (reused: %2)")
                                   .arg(e.material, e.reusedFrom.section(QLatin1Char(' '), 1))});
    }
    // What the viewer already holds is not read and decrypted again.
    QHash<QString, QByteArray> held;
    for (const ViewerFile &f : m_materials->viewer()->files()) {
        if (!f.content.isEmpty())
            held.insert(f.id, f.content);
    }
    QList<ViewerFile> files;
    QList<std::pair<qsizetype, Vault::Sealed>> sealed;
    QStringList missing;
    const std::unique_ptr<Vault> vault = m_workspace.vault();
    for (const auto &[id, name] : wanted) {
        ViewerFile file{id, name, held.value(id)};
        if (!file.content.isEmpty()) {
            files.append(file);
            continue;
        }
        const std::optional<Vault::Sealed> stored
                = vault && vault->contains(c.id, id) ? vault->locate(c.id, id) : std::nullopt;
        if (stored) {
            sealed.append({files.size(), *stored});
            file.unavailable = tr("Opening %1 …").arg(file.name);
        } else {
            missing.append(id);
            file.unavailable = sync() ? tr("%1 is being downloaded …").arg(file.name)
                                      : tr("%1 is not on this computer; it can be downloaded "
                                           "when the platform is reachable.")
                                                .arg(file.name);
        }
        files.append(file);
    }
    // A newer load makes any older one still decrypting stale.
    const quint64 load = ++m_load;
    MaterialViewer *viewer = m_materials->viewer();
    viewer->setFiles(files, show);
    if (sealed.isEmpty())
        return missing;
    // Reading and decrypting a case of large scans takes long enough to be felt.
    auto *watcher = new QFutureWatcher<QList<ViewerFile>>(m_materials);
    connect(watcher, &QFutureWatcher<QList<ViewerFile>>::finished, m_materials,
            [this, watcher, viewer, load] {
                watcher->deleteLater();
                if (load != m_load)
                    return;
                viewer->setFiles(watcher->result(), viewer->currentFile());
            });
    watcher->setFuture(QtConcurrent::run([files, sealed, key = m_workspace.dataKey()]() mutable {
        for (const auto &[index, blob] : sealed) {
            QString error;
            std::optional<QByteArray> plain = Vault::open(key, blob, &error);
            files[index].unavailable = plain ? QString() : error;
            files[index].content = plain ? std::move(*plain) : QByteArray();
        }
        return files;
    }));
    return missing;
}

void MaterialsDesk::view(int fileIndex)
{
    if (!m_details.details().found || !m_workspace.cases())
        return;
    const Case c = m_details.details().effective;
    std::optional<ServiceItem> item = m_details.details().item;
    if (!item) {
        item = ServiceItem{};
        item->name = c.itemName;
    }
    if (m_materials)
        m_materials->close();
    m_materials = new CaseMaterialsWindow(
            c, *item, ChecklistStore(*m_workspace.database()).load(c.id), m_window);
    connect(m_materials, &CaseMaterialsWindow::checklistChanged, this,
            [this](const QString &caseId, const QJsonArray &checklist) {
                ChecklistStore(*m_workspace.database())
                        .save(caseId, checklist, m_workspace.profile().userName());
            });
    const QString holder = c.applicant.idNumber;
    connect(m_materials, &CaseMaterialsWindow::reuseRequested, this,
            [this, holder](const QString &, int row) {
                if (!sync() || holder.isEmpty()) {
                    m_materials->offerReuse(row, {},
                                            tr("Looking up the applicant's licences needs the "
                                               "platform and the applicant's ID number."));
                    return;
                }
                m_reuseRow = row;
                sync()->fetchLicences(holder);
            });
    connect(m_materials, &CaseMaterialsWindow::correctionRequested, this,
            [this](const QString &caseId, const QList<std::pair<QString, QString>> &corrections) {
                const CaseDetails &shown = m_details.details();
                if (!shown.found || shown.caseId != caseId) {
                    Q_EMIT status(tr("The case of these materials is no longer selected in the "
                                     "inbox."));
                    return;
                }
                // At pre-review the correction is the opinion's outcome; later its own action.
                const bool preReview = std::any_of(shown.actions.cbegin(), shown.actions.cend(),
                                                   [](const CaseDetails::Action &a) {
                                                       return a.verb == QLatin1String("preReview");
                                                   });
                Q_EMIT actionRequested(preReview ? QStringLiteral("preReview")
                                                 : QStringLiteral("requestCorrection"),
                                       corrections);
            });
    // Opening an applicant's files is on record, like revealing their ID number.
    m_workspace.audit()->append(m_workspace.profile().userName(), QStringLiteral("view-materials"),
                                c.id, QString::number(c.materials.size()));
    m_materials->show();
    const QStringList missing = loadFiles(fileIndex);
    SyncService *service = sync();
    if (missing.isEmpty() || !service)
        return;
    QStringList submitted;
    for (const MaterialInfo &m : c.materials)
        submitted.append(m.id);
    if (std::any_of(missing.cbegin(), missing.cend(),
                    [&submitted](const QString &id) { return submitted.contains(id); }))
        service->keepOffline({c.id});
    for (const MaterialChecklist::Entry &e : m_materials->checklist()->checklist().entries()) {
        const QString fileId = MaterialChecklist::reusedFileId(e.reusedFrom);
        if (missing.contains(fileId))
            service->attachReused(c.id, MaterialChecklist::reusedRecordId(e.reusedFrom), fileId);
    }
}

} // namespace casedesk
