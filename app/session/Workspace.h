#pragma once

#include "SessionUser.h"
#include "store/CacheRescue.h"
#include "sync/SyncEngine.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace casedesk {

class ActionService;
class LocalWriter;
class Clock;
class AuditLog;
class CaseStore;
class Database;
class IntakeRegister;
class MaterialUploads;
class Outbox;
class Profile;
class Vault;

// The composition root: the profile's cache and the services over it (cases, outbox, audit
// log, actions, the vault once the data key is known), built in one place for the desktop and
// the command line, so neither wires them differently. It opens no network and no keychain:
// the data key is given to it (SessionController loads it without waiting, the CLI with).
class Workspace
{
public:
    explicit Workspace(Profile &profile);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens the cache file (migrating it) and builds the services; false with the reason. A
    // cache file found damaged is rebuilt first (store/CacheRescue), keeping what only this
    // computer holds; rescued() then says what happened, for the user.
    bool open(QString *error);
    const std::optional<CacheRescue> &rescued() const { return m_rescue; }
    bool isOpen() const { return m_store != nullptr; }
    // Lets go of the cache file (before it is removed): every service goes with it.
    void close();

    Profile &profile() const { return m_profile; }
    SessionUser user() const;

    // Null while closed.
    Database *database() const { return m_db.get(); }
    CaseStore *cases() const { return m_store.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    AuditLog *audit() const { return m_audit.get(); }
    // The counter's register (窗口收件), on the opening thread like the outbox.
    IntakeRegister *intakes() const { return m_intakes.get(); }
    // The files on their way to the platform (store/MaterialUploads).
    MaterialUploads *uploads() const { return m_uploads.get(); }
    ActionService *actions() const { return m_actions.get(); }
    // The same actions written on a thread of their own (session/LocalWriter), for the
    // window, which must not wait for the sync engine's write lock; made on first use.
    LocalWriter *writer();

    // The key that seals personal data and the vault (security/DataKey); empty when the
    // keychain has none to give, and then neither is opened.
    void setDataKey(const QByteArray &key);
    const QByteArray &dataKey() const { return m_dataKey; }
    // The encrypted store of materials and notices; null without the data key.
    std::unique_ptr<Vault> vault() const;

    // The clock the app goes by (core/Clock), for the cache and the sync engine; not owned.
    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }

    // What the sync engine needs, from the profile's settings, the data key and the notice
    // kinds there are templates for (their 文号 are kept in reserve).
    SyncEngine::Config syncConfig() const;

private:
    Profile &m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<IntakeRegister> m_intakes;
    std::unique_ptr<MaterialUploads> m_uploads;
    std::unique_ptr<ActionService> m_actions;
    std::unique_ptr<LocalWriter> m_writer;
    QByteArray m_dataKey;
    const Clock *m_clock = &Clock::system();
    std::optional<CacheRescue> m_rescue;
};

} // namespace casedesk
