#include "LocalWriter.h"

#include "Workspace.h"

#include "core/Profile.h"
#include "security/ApprovalSigner.h"
#include "security/CredentialStore.h"

#include <memory>

namespace casedesk {

class LocalWriter::Worker : public QObject
{
public:
    explicit Worker(Profile &profile) : m_workspace(profile) { }

    ActionService::Result take(const QString &caseId, Role role, const QString &user,
                               const QString &verb, const QJsonObject &payload)
    {
        // Opened on the writer's thread, on first use: a connection belongs to its thread.
        QString error;
        if (!m_workspace.isOpen() && !m_workspace.open(&error))
            return {0, {{{}, error}}};
        if (!m_signer) {
            // The keychain's jobs belong to this thread too; an approval waits for the keychain
            // here, never on the window's thread.
            m_credentials = std::make_unique<CredentialStore>();
            m_signer = std::make_unique<ApprovalSigner>(*m_credentials,
                                                        m_workspace.profile().approvalKeyName());
        }
        m_workspace.actions()->setSigner(m_signer.get());
        return m_workspace.actions()->take(caseId, role, user, verb, payload);
    }

private:
    Workspace m_workspace; // the same services as the window's, on this thread's connection
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ApprovalSigner> m_signer;
};

LocalWriter::LocalWriter(Profile &profile, QObject *parent)
    : QObject(parent), m_worker(new Worker(profile))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("casedesk-writer"));
    m_thread.start();
}

LocalWriter::~LocalWriter()
{
    // Whatever is being written is finished first: an action is never cut off half-way.
    m_thread.quit();
    m_thread.wait();
}

void LocalWriter::takeAction(const QString &caseId, Role role, const QString &user,
                             const QString &verb, const QJsonObject &payload, Done done)
{
    QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, caseId, role, user, verb, payload, done] {
                const ActionService::Result result
                        = worker->take(caseId, role, user, verb, payload);
                // Back to the caller's thread; dropped if this object is gone by then.
                QMetaObject::invokeMethod(
                        this, [done, result] { done(result); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

} // namespace casedesk
