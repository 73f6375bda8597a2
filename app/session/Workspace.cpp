#include "Workspace.h"

#include "LocalWriter.h"
#include "core/Profile.h"
#include "deadlines/WorkCalendar.h"
#include "notices/NoticeTemplate.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/IntakeRegister.h"
#include "store/MaterialUploads.h"
#include "store/Outbox.h"
#include "store/Vault.h"
#include "sync/ActionService.h"

namespace casedesk {

Workspace::Workspace(Profile &profile) : m_profile(profile) { }

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(QString *error)
{
    close();
    const QString path = m_profile.databasePath();
    auto db = std::make_unique<Database>(path);
    const bool opened = db->open(error);
    // Damage found at this opening or by any query since the last one.
    if (Database::isMarkedDamaged(path)) {
        db.reset();
        m_rescue = CacheRescue::run(path, error);
        if (!m_rescue)
            return false;
        db = std::make_unique<Database>(path);
        if (!db->open(error))
            return false;
    } else if (!opened) {
        return false;
    }
    m_db = std::move(db);
    m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn());
    m_store->setPersonalDataKey(m_dataKey);
    m_store->setClock(m_clock);
    // Actions are written on the opening thread: a few rows in one short transaction.
    m_outbox = std::make_unique<Outbox>(*m_db, *m_store);
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_outbox->setAuditLog(m_audit.get());
    m_intakes = std::make_unique<IntakeRegister>(*m_db, *m_store);
    m_intakes->setAuditLog(m_audit.get());
    m_uploads = std::make_unique<MaterialUploads>(*m_db);
    m_actions = std::make_unique<ActionService>(*m_store, *m_outbox);
    return true;
}

void Workspace::close()
{
    m_writer.reset(); // its last action is written before the cache goes
    m_actions.reset();
    m_intakes.reset();
    m_uploads.reset();
    m_outbox.reset();
    m_audit.reset();
    m_store.reset();
    m_db.reset();
}

LocalWriter *Workspace::writer()
{
    if (!m_writer && m_db)
        m_writer = std::make_unique<LocalWriter>(m_profile);
    return m_writer.get();
}

SessionUser Workspace::user() const
{
    return {m_profile.userName(), m_profile.displayName(),
            roleFromName(m_profile.roles().value(0))};
}

void Workspace::setDataKey(const QByteArray &key)
{
    m_dataKey = key;
    if (m_store)
        m_store->setPersonalDataKey(key);
}

void Workspace::setClock(const Clock *clock)
{
    m_clock = clock;
    if (m_store)
        m_store->setClock(clock);
}

std::unique_ptr<Vault> Workspace::vault() const
{
    if (!m_db || m_dataKey.isEmpty())
        return nullptr;
    return std::make_unique<Vault>(*m_db, m_profile.vaultDir(), m_dataKey,
                                   m_profile.vaultQuotaBytes());
}

SyncEngine::Config Workspace::syncConfig() const
{
    SyncEngine::Config config = SyncEngine::Config::fromProfile(m_profile);
    config.dataKey = m_dataKey;
    config.noticeKinds = NoticeTemplate::kinds(m_profile.templatesDir());
    config.clock = m_clock;
    return config;
}

} // namespace casedesk
