// The sync engine over an in-process platform (tests/common/FakePlatform), for what onestop-sim
// cannot be made to do on cue: a cache write that fails (a full disk), a cache that cannot be
// read, a platform that asks to try later. The round always ends, with the reason, and the
// clerk's action is kept for the next one; retries wait for the clock, not for the test.
#include "FakePlatform.h"
#include "cases/CaseCodec.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "security/Cipher.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/FeedState.h"
#include "store/IntakeRegister.h"
#include "store/MaterialUploads.h"
#include "store/Outbox.h"
#include "store/Quarantine.h"
#include "store/SearchIndex.h"
#include "store/Vault.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;

namespace {
// The platform's record of case `id` at `version` in `stage` (docs/platform-api.yaml).
QByteArray platformJson(const QString &id, qint64 version, const QString &stage)
{
    return QJsonDocument(QJsonObject{
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("caseNo"), QStringLiteral("620102202611270001")},
                                 {QStringLiteral("itemCode"), QStringLiteral("SCJG-001")},
                                 {QStringLiteral("itemName"), QStringLiteral("食品经营许可")},
                                 {QStringLiteral("stage"), stage},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("receivedAt"),
                                  QStringLiteral("2026-11-27T10:00:00+08:00")},
                         })
            .toJson(QJsonDocument::Compact);
}

Case platformCase(const QString &id, qint64 version, CaseStage stage);

// The platform's answer to the acceptance of case `id`: version 4, in review.
CaseRecord answer(const QString &id)
{
    CaseRecord record;
    record.data = platformCase(id, 4, CaseStage::Review);
    record.json = platformJson(id, 4, QStringLiteral("review"));
    return record;
}

// A feed page with one case `id` in pre-review, ending at `cursor`.
ChangePage pageOfOne(const QString &id, const QString &cursor, bool hasMore)
{
    ChangePage page;
    page.batch.cases.append({platformCase(id, 1, CaseStage::PreReview),
                             platformJson(id, 1, QStringLiteral("preReview"))});
    page.batch.cursor = cursor;
    page.hasMore = hasMore;
    page.changeCount = 1;
    return page;
}

// The platform takes every action: the case comes back at version 4, in review.
void acceptEveryAction(FakePlatform &p)
{
    p.onAction = [](const QString &id, const ActionRequest &, PlatformClient::CaseCallback done) {
        done(answer(id), {});
    };
}

Case platformCase(const QString &id, qint64 version, CaseStage stage)
{
    Case c;
    c.id = id;
    c.caseNo = QStringLiteral("620102202611270001");
    c.itemCode = QStringLiteral("SCJG-001");
    c.itemName = QStringLiteral("食品经营许可");
    c.stage = stage;
    c.version = version;
    c.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);
    return c;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC)};
    FakePlatform *m_platform = nullptr; // made by the engine, on its request
    std::function<void(FakePlatform &)> m_script;
    int m_roundDeadlineMs = 30 * 60 * 1000;

    // A cache with case c1 in acceptance (version 3) and clerk1's acceptance queued for it.
    void seed()
    {
        m_path = m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_files));
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        CacheBatch batch;
        batch.cases.append({platformCase(QStringLiteral("c1"), 3, CaseStage::Acceptance),
                            platformJson(QStringLiteral("c1"), 3, QStringLiteral("acceptance"))});
        batch.cursor = QStringLiteral("c0");
        QVERIFY(store.apply(batch, nullptr));
        Outbox outbox(db, store);
        QString error;
        QVERIFY2(outbox.enqueue(QStringLiteral("c1"), QStringLiteral("accept"), {},
                                QStringLiteral("clerk1"), CaseStage::Review, &error),
                 qPrintable(error));
    }

    // SQL on the cache from the test's own connection, as another program (or a full disk)
    // would change it under the engine.
    void onCache(const QString &sql)
    {
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    QByteArray m_dataKey;
    QString m_vaultDir; // with m_dataKey: the engine has a vault and sends queued files

    std::unique_ptr<SyncEngine> engine()
    {
        SyncEngine::Config config;
        config.dataKey = m_dataKey;
        config.databasePath = m_path;
        config.clock = &m_clock;
        config.noticeKinds = {};
        config.roundDeadlineMs = m_roundDeadlineMs;
        config.vaultDir = m_vaultDir;
        config.vaultQuotaBytes = 64 * 1024 * 1024;
        config.uploadChunkBytes = 4096;
        config.makeClient = [this](QObject *parent) {
            m_platform = new FakePlatform(parent);
            if (m_script)
                m_script(*m_platform);
            return m_platform;
        };
        auto e = std::make_unique<SyncEngine>(config);
        e->open(QStringLiteral("token"));
        return e;
    }

    QList<OutboxItem> outboxNow()
    {
        Database db(m_path);
        if (!db.open(nullptr))
            return {};
        CaseStore store(db, WorkCalendar::builtIn());
        return Outbox(db, store).items();
    }

    int actionCalls() const
    {
        return int(m_platform->calls.filter(QStringLiteral("action ")).size());
    }

private Q_SLOTS:
    void init()
    {
        m_roundDeadlineMs = 30 * 60 * 1000;
        m_script = nullptr;
        m_platform = nullptr;
        m_dataKey.clear();
        m_vaultDir.clear();
        seed();
    }

    // 窗口收件: the platform created the case but its answer never came (a dropped
    // connection, a killed process). The next round sends the same key, the platform answers
    // the case it made, and the provisional case gives way to it: one case, never two.
    void aCounterApplicationIsCreatedOnceThoughTheAnswerWasLost()
    {
        m_dataKey = cipher::randomKey();
        QString provisionalId;
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            store.setPersonalDataKey(m_dataKey);
            IntakeApplication a;
            a.itemCode = QStringLiteral("SCJG-001");
            a.applicant.name = QStringLiteral("王小明");
            a.applicant.idNumber = QStringLiteral("620102198001011239");
            ServiceItem item;
            item.code = a.itemCode;
            item.name = QStringLiteral("食品经营许可");
            QString error;
            const auto entry = IntakeRegister(db, store).registerApplication(
                    a, item,
                    {QStringLiteral("clerk1"), QStringLiteral("张敏"), QStringLiteral("SCJG"),
                     QStringLiteral("市场监管局")},
                    1, m_clock.now(), &error);
            QVERIFY2(entry, qPrintable(error));
            provisionalId = entry->provisionalId;
        }
        QStringList created; // the platform's log: one key per case it made
        m_script = [&created](FakePlatform &p) {
            acceptEveryAction(p);
            p.onCreate = [&created](const QJsonObject &body, const QString &key,
                                    PlatformClient::CaseCallback done) {
                const bool replay = created.contains(key);
                if (!replay)
                    created.append(key);
                QJsonObject c = body;
                c.insert(QStringLiteral("id"), QStringLiteral("c900"));
                c.insert(QStringLiteral("caseNo"), QStringLiteral("620102202611300900"));
                c.insert(QStringLiteral("itemName"), QStringLiteral("食品经营许可"));
                c.insert(QStringLiteral("department"), QStringLiteral("SCJG"));
                c.insert(QStringLiteral("stage"), QStringLiteral("preReview"));
                c.insert(QStringLiteral("receivedAt"), QStringLiteral("2026-11-30T10:00:00+08:00"));
                c.insert(QStringLiteral("version"), 1);
                c.insert(QStringLiteral("materials"), QJsonArray());
                if (!replay) {
                    // Made, but the answer is lost on the way.
                    done({}, FakePlatform::error(PlatformError::Kind::Network));
                    return;
                }
                CaseRecord record;
                record.json = QJsonDocument(c).toJson(QJsonDocument::Compact);
                record.data = *CaseCodec::readCase(c, {}, nullptr);
                record.replayed = true;
                done(record, {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(outboxNow().value(0).verb, IntakeRegister::createVerb());
        e->syncNow();
        QTRY_COMPARE(finished.count() + failed.count(), 2);
        QCOMPARE(m_platform->calls.filter(QStringLiteral("create ")).size(), 2);
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_platform->calls.filter(QStringLiteral("create ")).at(0),
                 m_platform->calls.filter(QStringLiteral("create ")).at(1));
        QVERIFY(outboxNow().isEmpty());
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = '%1'")
                               .arg(provisionalId))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT case_no FROM cases WHERE id = 'c900'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("620102202611300900"));
    }

    // A file of 10 KB goes up in 4 KB chunks. The platform takes the second chunk but its
    // answer is lost: the next round asks where the platform stands and sends only the rest,
    // and the completed material is in the cache and the vault.
    void aFileGoesOnFromWhereThePlatformStopped()
    {
        m_dataKey = cipher::randomKey();
        m_vaultDir = m_dir.filePath(QStringLiteral("vault%1").arg(m_files));
        QByteArray content(10 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char(i * 7 % 251);
        const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            Vault vault(db, m_vaultDir, m_dataKey, 64 * 1024 * 1024);
            QString error;
            QVERIFY2(MaterialUploads(db).queue(vault,
                                               {QStringLiteral("c1"), QStringLiteral("intake-0"),
                                                QStringLiteral("营业执照"),
                                                QStringLiteral("营业执照.pdf"),
                                                QStringLiteral("material"), "application/pdf",
                                                content, QStringLiteral("clerk1")},
                                               m_clock.now(), &error),
                     qPrintable(error));
        }
        // The platform: what it holds is the truth.
        auto held = std::make_shared<QByteArray>();
        auto lostOnce = std::make_shared<bool>(false);
        m_script = [held, lostOnce, sha](FakePlatform &p) {
            acceptEveryAction(p);
            auto state = [held](qint64 size) {
                UploadState s;
                s.id = QStringLiteral("up1");
                s.size = size;
                s.received = held->size();
                return s;
            };
            p.onCreateUpload
                    = [state](const QString &, const UploadSpec &spec, const QString &,
                              PlatformClient::UploadCallback done) { done(state(spec.size), {}); };
            p.onUploadState
                    = [state](const QString &, const QString &,
                              PlatformClient::UploadCallback done) { done(state(10 * 1024), {}); };
            p.onChunk = [held, lostOnce, state](const QString &, const QString &, qint64 offset,
                                                const QByteArray &chunk,
                                                PlatformClient::UploadCallback done) {
                if (offset != held->size()) {
                    done({}, FakePlatform::error(PlatformError::Kind::InvalidState));
                    return;
                }
                held->append(chunk);
                if (offset > 0 && !*lostOnce) {
                    *lostOnce = true; // taken, but the answer never arrives
                    done({}, FakePlatform::error(PlatformError::Kind::Network));
                    return;
                }
                done(state(10 * 1024), {});
            };
            p.onComplete = [held, sha](const QString &id, const QString &,
                                       PlatformClient::CaseCallback done) {
                MaterialInfo made;
                made.id = QStringLiteral("u9");
                made.name = QStringLiteral("营业执照");
                made.sha256 = QString::fromLatin1(
                        QCryptographicHash::hash(*held, QCryptographicHash::Sha256).toHex());
                CaseRecord record;
                record.data = platformCase(id, 5, CaseStage::Acceptance);
                record.data.materials = {made};
                QJsonObject c
                        = QJsonDocument::fromJson(platformJson(id, 5, QStringLiteral("acceptance")))
                                  .object();
                c.insert(QStringLiteral("materials"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), made.id},
                                                {QStringLiteral("name"), made.name},
                                                {QStringLiteral("sha256"), made.sha256}}});
                record.json = QJsonDocument(c).toJson(QJsonDocument::Compact);
                done(record, {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(finished.count(), 1); // a lost answer is no failure of the round
        e->syncNow();
        QTRY_COMPARE(finished.count() + failed.count(), 2);
        QCOMPARE(*held, content);
        QCOMPARE(m_platform->calls.filter(QStringLiteral("upload ")).size(), 1);
        QCOMPARE(m_platform->calls.filter(QStringLiteral("upload-state ")).size(), 1);
        QCOMPARE(m_platform->calls.filter(QStringLiteral("chunk ")),
                 QStringList({QStringLiteral("chunk c1 up1 0"), QStringLiteral("chunk c1 up1 4096"),
                              QStringLiteral("chunk c1 up1 8192")}));
        QCOMPARE(m_platform->calls.filter(QStringLiteral("complete ")).size(), 1);
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        const QList<MaterialUpload> uploads = MaterialUploads(db).items();
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().state, MaterialUpload::State::Done);
        QCOMPARE(uploads.first().materialId, QStringLiteral("u9"));
        CaseStore store(db, WorkCalendar::builtIn());
        const auto cached = store.cachedCase(QStringLiteral("c1"));
        QCOMPARE(cached->version, 5); // the platform's case with the new material
        QVERIFY(cached->json.contains(sha.toLatin1()));
        Vault vault(db, m_vaultDir, m_dataKey, 64 * 1024 * 1024);
        QCOMPARE(vault.get(QStringLiteral("c1"), QStringLiteral("u9"), nullptr)->content, content);
    }

    // A file the platform refuses (here: of a type it does not take) is kept with the reason,
    // and the round goes on.
    void aRefusedFileIsKeptWithTheReason()
    {
        m_dataKey = cipher::randomKey();
        m_vaultDir = m_dir.filePath(QStringLiteral("vault%1").arg(m_files));
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            Vault vault(db, m_vaultDir, m_dataKey, 64 * 1024 * 1024);
            QVERIFY(MaterialUploads(db).queue(vault,
                                              {QStringLiteral("c1"), QStringLiteral("intake-0"),
                                               QStringLiteral("营业执照"), QStringLiteral("a.tif"),
                                               QStringLiteral("material"), "image/tiff",
                                               QByteArray(100, 'x'), QStringLiteral("clerk1")},
                                              m_clock.now(), nullptr));
        }
        m_script = [](FakePlatform &p) {
            acceptEveryAction(p);
            p.onCreateUpload = [](const QString &, const UploadSpec &, const QString &,
                                  PlatformClient::UploadCallback done) {
                done({},
                     FakePlatform::error(PlatformError::Kind::Invalid,
                                         QStringLiteral("平台不接受此类型的文件。")));
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(m_platform->calls.contains(QStringLiteral("changes c0")));
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        MaterialUploads uploads(db);
        QCOMPARE(uploads.rejectedCount(), 1);
        QCOMPARE(uploads.items().first().lastError, QStringLiteral("平台不接受此类型的文件。"));
        // Not sent again by the next round.
        e->syncNow();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(m_platform->calls.filter(QStringLiteral("upload ")).size(), 1);
    }

    // A platform that answers two applications with the same case (it was reset, or it is
    // wrong): the second is held with the reason, the first keeps its case, and the round goes
    // on instead of failing at every sync.
    void aCaseNamedTwiceByThePlatformIsHeldNotApplied()
    {
        m_dataKey = cipher::randomKey();
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            store.setPersonalDataKey(m_dataKey);
            ServiceItem item;
            item.code = QStringLiteral("SCJG-001");
            item.name = QStringLiteral("食品经营许可");
            for (const QString &name : {QStringLiteral("王小明"), QStringLiteral("李娜")}) {
                IntakeApplication a;
                a.itemCode = item.code;
                a.applicant.name = name;
                a.applicant.idNumber = QStringLiteral("620102198001011239");
                QString error;
                QVERIFY2(IntakeRegister(db, store).registerApplication(
                                 a, item,
                                 {QStringLiteral("clerk1"), QStringLiteral("张敏"),
                                  QStringLiteral("SCJG"), QStringLiteral("市场监管局")},
                                 1, m_clock.now(), &error),
                         qPrintable(error));
            }
        }
        m_script = [](FakePlatform &p) {
            acceptEveryAction(p);
            p.onCreate = [](const QJsonObject &body, const QString &,
                            PlatformClient::CaseCallback done) {
                QJsonObject c = body;
                c.insert(QStringLiteral("id"), QStringLiteral("c900"));
                c.insert(QStringLiteral("caseNo"), QStringLiteral("620102202611300900"));
                c.insert(QStringLiteral("itemName"), QStringLiteral("食品经营许可"));
                c.insert(QStringLiteral("department"), QStringLiteral("SCJG"));
                c.insert(QStringLiteral("stage"), QStringLiteral("preReview"));
                c.insert(QStringLiteral("receivedAt"), QStringLiteral("2026-11-30T10:00:00+08:00"));
                c.insert(QStringLiteral("version"), 1);
                CaseRecord record;
                record.json = QJsonDocument(c).toJson(QJsonDocument::Compact);
                record.data = *CaseCodec::readCase(c, {}, nullptr);
                done(record, {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(failed.count(), 0);
        const QList<OutboxItem> left = outboxNow();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().verb, IntakeRegister::createVerb());
        QCOMPARE(left.first().state, OutboxItem::State::Rejected);
        QVERIFY2(left.first().lastError.contains(QStringLiteral("620102202611300900")),
                 qPrintable(left.first().lastError));
        QVERIFY(m_platform->calls.contains(QStringLiteral("changes c0")));
    }

    void aRoundSendsTheActionThenPullsTheFeed()
    {
        qint64 sentVersion = 0;
        m_script = [&sentVersion](FakePlatform &p) {
            p.onAction = [&sentVersion](const QString &id, const ActionRequest &action,
                                        PlatformClient::CaseCallback done) {
                sentVersion = action.caseVersion;
                done(answer(id), {});
            };
            p.onChanges = [](const QString &cursor, int, PlatformClient::PageCallback done) {
                done(pageOfOne(QStringLiteral("c2"), cursor + QStringLiteral("+1"), false), {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 1); // one change pulled
        QCOMPARE(finished.at(0).at(1).toInt(), 2); // two cases cached
        QCOMPARE(sentVersion, 3); // decided on the version the clerk saw
        QCOMPARE(m_platform->calls.first(), QStringLiteral("action c1 accept"));
        QVERIFY(m_platform->calls.contains(QStringLiteral("changes c0")));
        QVERIFY(outboxNow().isEmpty());
    }

    // A signed approval is sent after the platform has registered its key, which is asked for
    // once; a key the platform refuses holds the approval with why, and the round goes on.
    void aSignedApprovalGoesAfterItsKey()
    {
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            const QJsonObject signature{{QStringLiteral("keyId"), QStringLiteral("k1")},
                                        {QStringLiteral("publicKey"), QStringLiteral("PEM")}};
            for (int i = 0; i < 2; ++i)
                QVERIFY(outbox.enqueue(QStringLiteral("c1"), QStringLiteral("approve"),
                                       {{QStringLiteral("signature"), signature}},
                                       QStringLiteral("chief1"), CaseStage::Decided, nullptr));
        }
        QByteArray registered;
        m_script = [&registered](FakePlatform &p) {
            acceptEveryAction(p);
            p.onRegisterKey
                    = [&registered](const QByteArray &pem, PlatformClient::KeyCallback done) {
                          registered = pem;
                          done(QStringLiteral("k1"), {});
                      };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(registered, QByteArray("PEM"));
        QCOMPARE(m_platform->calls.mid(0, 4),
                 QStringList({QStringLiteral("action c1 accept"), QStringLiteral("register-key"),
                              QStringLiteral("action c1 approve"),
                              QStringLiteral("action c1 approve")}));
        QVERIFY(outboxNow().isEmpty());

        // A new key the platform refuses: the approval is held with the reason.
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            QVERIFY(outbox.enqueue(
                    QStringLiteral("c1"), QStringLiteral("approve"),
                    {{QStringLiteral("signature"),
                      QJsonObject{{QStringLiteral("keyId"), QStringLiteral("k2")},
                                  {QStringLiteral("publicKey"), QStringLiteral("PEM2")}}}},
                    QStringLiteral("chief1"), CaseStage::Decided, nullptr));
        }
        m_script = [](FakePlatform &p) {
            p.onRegisterKey = [](const QByteArray &, PlatformClient::KeyCallback done) {
                done({},
                     FakePlatform::error(PlatformError::Kind::Invalid,
                                         QStringLiteral("not an SM2 key")));
            };
        };
        const auto again = engine();
        QSignalSpy finishedAgain(again.get(), &SyncEngine::syncFinished);
        again->syncNow();
        QTRY_COMPARE(finishedAgain.count(), 1);
        QCOMPARE(actionCalls(), 0);
        const QList<OutboxItem> held = outboxNow();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().state, OutboxItem::State::Rejected);
        QVERIFY2(held.first().lastError.contains(QStringLiteral("not an SM2 key")),
                 qPrintable(held.first().lastError));
    }

    // A refusal that cannot be recorded (the outbox cannot be written) ends the round at once
    // with why; the action is neither sent again in a loop nor lost.
    void aWriteThatFailsEndsTheRound()
    {
        onCache(QStringLiteral("CREATE TRIGGER full BEFORE UPDATE ON outbox BEGIN "
                               "SELECT RAISE(ABORT, 'database or disk is full'); END"));
        m_script = [](FakePlatform &p) {
            p.onAction = [](const QString &, const ActionRequest &,
                            PlatformClient::CaseCallback done) {
                done({},
                     FakePlatform::error(PlatformError::Kind::Forbidden,
                                         QStringLiteral("不能受理")));
            };
        };
        const auto e = engine();
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), int(PlatformError::Kind::Storage));
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QTest::qWait(100); // no more calls come after the end
        QCOMPARE(actionCalls(), 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!e->isSyncing());
        const QList<OutboxItem> kept = outboxNow();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).state, OutboxItem::State::Pending);
    }

    // The same for an action whose case went from the cache: it cannot be marked refused, so
    // the round ends instead of trying the same item again and again.
    void aMissingCaseThatCannotBeMarkedEndsTheRound()
    {
        // An item queued behind another goes out on the version the cache holds then.
        onCache(QStringLiteral("UPDATE outbox SET base_version = NULL"));
        onCache(QStringLiteral("DELETE FROM cases WHERE id = 'c1'"));
        onCache(QStringLiteral("CREATE TRIGGER full BEFORE UPDATE ON outbox BEGIN "
                               "SELECT RAISE(ABORT, 'database or disk is full'); END"));
        const auto e = engine();
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), int(PlatformError::Kind::Storage));
        QCOMPARE(actionCalls(), 0);
        QCOMPARE(outboxNow().size(), 1);
    }

    // A cache that cannot be read now is not a case that is gone: the action is not refused.
    void aReadErrorIsNotAMissingCase()
    {
        onCache(QStringLiteral("UPDATE outbox SET base_version = NULL"));
        onCache(QStringLiteral("ALTER TABLE cases RENAME COLUMN version TO version_unreadable"));
        const auto e = engine();
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), int(PlatformError::Kind::Storage));
        QCOMPARE(actionCalls(), 0);
        const QList<OutboxItem> kept = outboxNow();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).state, OutboxItem::State::Pending);
        QVERIFY(kept.at(0).lastError.isEmpty());
    }

    // The first pull of a profile comes in many pages. Its rows are indexed for search once at
    // the end; a page that cannot be written ends the round (the page asked for ahead of it is
    // dropped, not applied out of order) and the next round goes on from the last page
    // written and completes the index.
    void aLargePullIsIndexedOnceAndResumesAfterAFailure()
    {
        onCache(QStringLiteral("DELETE FROM sync_state WHERE key = 'feed_cursor'"));
        onCache(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON cases WHEN new.id = 'p2-1' "
                               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        m_script = [](FakePlatform &p) {
            p.onChanges = [](const QString &cursor, int, PlatformClient::PageCallback done) {
                const int n = cursor.isEmpty() ? 1 : cursor.mid(1).toInt() + 1;
                ChangePage page;
                for (int i = 1; i <= 3; ++i) {
                    const QString id = QStringLiteral("p%1-%2").arg(n).arg(i);
                    Case c = platformCase(id, 1, CaseStage::PreReview);
                    c.applicant.name = QStringLiteral("申请人%1%2").arg(n).arg(i);
                    page.batch.cases.append({c, platformJson(id, 1, QStringLiteral("preReview"))});
                }
                page.batch.cursor = QStringLiteral("p%1").arg(n);
                page.changeCount = 3;
                page.hasMore = n < 4;
                done(page, {});
            };
        };
        auto e = engine();
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(failed.count(), 1);
        QTest::qWait(50); // the third page, asked for ahead, arrives and is dropped
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            QCOMPARE(FeedState(db).cursor(), QStringLiteral("p1"));
            QCOMPARE(store.caseCount(), 4); // c1 and the first page
            QVERIFY(!SearchIndex(db).isComplete());
        }
        onCache(QStringLiteral("DROP TRIGGER full"));
        e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(m_platform->calls.contains(QStringLiteral("changes p1")));
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QCOMPARE(store.caseCount(), 13);
        QCOMPARE(FeedState(db).cursor(), QStringLiteral("p4"));
        QVERIFY(SearchIndex(db).isComplete());
        QCOMPARE(store.search(QStringLiteral("申请人12"), 5), QStringList{QStringLiteral("p1-2")});
        QCOMPARE(store.search(QStringLiteral("申请人43"), 5), QStringList{QStringLiteral("p4-3")});
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
                QStringLiteral("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")));
    }

    // A platform that is busy (503) gets its backoff; the next attempt waits for the clock.
    void aBusyPlatformIsTriedAgainWhenTheClockSays()
    {
        int answers = 0;
        m_script = [&answers](FakePlatform &p) {
            p.onAction = [&answers](const QString &id, const ActionRequest &,
                                    PlatformClient::CaseCallback done) {
                if (++answers == 1) {
                    done({},
                         FakePlatform::error(PlatformError::Kind::Server, QStringLiteral("503")));
                    return;
                }
                done(answer(id), {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1); // the round goes on to the feed
        QCOMPARE(outboxNow().at(0).attempts, 1);
        e->syncNow(); // at once: the action is not due yet
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(actionCalls(), 1);
        m_clock.advance(60); // the backoff of a first retry is at most 1.5 s
        e->syncNow();
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(actionCalls(), 2);
        QVERIFY(outboxNow().isEmpty());
    }

    // The platform's first answer is `first` (then it accepts); returns how many times the
    // action was sent after the clock moved by `clockMoveSecs` since that answer.
    int sendsAfterAClockMove(const PlatformError &first, qint64 clockMoveSecs)
    {
        int answers = 0;
        m_script = [&answers, first](FakePlatform &p) {
            p.onAction = [&answers, first](const QString &id, const ActionRequest &,
                                           PlatformClient::CaseCallback done) {
                if (++answers == 1)
                    done({}, first);
                else
                    done(answer(id), {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }))
            return -1;
        m_clock.advance(clockMoveSecs);
        e->syncNow();
        if (!QTest::qWaitFor([&] { return finished.count() == 2; }))
            return -1;
        return actionCalls() - 1;
    }

    // The clock was a day ahead when the platform was busy; then it was put right. The retry
    // it had set for "tomorrow" must not hold the clerk's action for a day.
    void aClockPutBackDoesNotHoldAnAction()
    {
        const PlatformError busy
                = FakePlatform::error(PlatformError::Kind::Server, QStringLiteral("503"));
        QCOMPARE(sendsAfterAClockMove(busy, -24 * 3600), 1);
        QVERIFY(outboxNow().isEmpty());
    }

    // A clock that jumps forwards makes the retry due early, never lost.
    void aClockPutForwardSendsTheRetry()
    {
        const PlatformError busy
                = FakePlatform::error(PlatformError::Kind::Server, QStringLiteral("503"));
        QCOMPARE(sendsAfterAClockMove(busy, 7 * 24 * 3600), 1);
        QVERIFY(outboxNow().isEmpty());
    }

    // A platform asking for a day's pause (Retry-After) is asked again within the hour; the
    // clerk's action does not wait for the platform's whim.
    void aDaysRetryAfterIsCutToAnHour()
    {
        PlatformError slowDown
                = FakePlatform::error(PlatformError::Kind::RateLimited, QStringLiteral("429"));
        slowDown.retryAfterSecs = 24 * 3600;
        QCOMPARE(sendsAfterAClockMove(slowDown, 30 * 60), 0); // half an hour: not yet
        init();
        QCOMPARE(sendsAfterAClockMove(slowDown, 61 * 60), 1);
    }

    // A feed that says "more" and hands back the same position would be asked for ever: the
    // round stops at once and says so.
    void aFeedThatDoesNotMoveOnStopsTheRound()
    {
        m_script = [](FakePlatform &p) {
            acceptEveryAction(p);
            p.onChanges = [](const QString &cursor, int, PlatformClient::PageCallback done) {
                done(pageOfOne(QStringLiteral("c2"), cursor, true), {}); // not moved on
            };
        };
        const auto e = engine();
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        e->syncNow();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), int(PlatformError::Kind::Malformed));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("did not move on")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(m_platform->calls.filter(QStringLiteral("changes ")).size(), 1);
    }

    // A feed without end holds no round for ever: past its deadline the round applies the page
    // in hand and stops; the next one goes on from there.
    void anEndlessFeedStopsAtTheRoundDeadline()
    {
        m_roundDeadlineMs = 300;
        m_script = [](FakePlatform &p) {
            acceptEveryAction(p);
            p.onChanges = [](const QString &cursor, int, PlatformClient::PageCallback done) {
                const int n = cursor.mid(1).toInt() + 1;
                const ChangePage page = pageOfOne(QStringLiteral("e%1").arg(n),
                                                  QStringLiteral("p%1").arg(n), true);
                QTimer::singleShot(5, [done, page] { done(page, {}); });
            };
        };
        const auto e = engine();
        QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
        QSignalSpy progress(e.get(), &SyncEngine::progress);
        e->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).toInt(), int(PlatformError::Kind::Network));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("longer than a sync round")),
                 qPrintable(failed.at(0).at(1).toString()));
        // Every page counted was applied, the last one included; the cursor is the last one's.
        const int applied = progress.last().at(0).toInt();
        QVERIFY(applied > 1);
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        QCOMPARE(FeedState(db).cursor(), QStringLiteral("p%1").arg(applied));
    }

    // A record the client cannot read holds neither the page nor the feed: it waits aside,
    // is fetched again by id each round, and joins the cache once the platform sends it whole.
    void anUnreadableRecordWaitsAsideUntilThePlatformSendsItWhole()
    {
        int caseAsked = 0;
        m_script = [&caseAsked](FakePlatform &p) {
            acceptEveryAction(p);
            p.onChanges = [](const QString &cursor, int, PlatformClient::PageCallback done) {
                if (cursor != QStringLiteral("c0")) {
                    ChangePage empty;
                    empty.batch.cursor = cursor;
                    done(empty, {});
                    return;
                }
                ChangePage page = pageOfOne(QStringLiteral("c2"), QStringLiteral("c1"), false);
                page.batch.quarantined.append(
                        {QStringLiteral("case"), QStringLiteral("c5"),
                         QStringLiteral("changes[1].data.stage is missing"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("c5")}}});
                page.changeCount = 2;
                done(page, {});
            };
            p.onCase = [&caseAsked](const QString &id, PlatformClient::CaseCallback done) {
                // Damaged on the first try as well; whole on the second.
                if (++caseAsked == 1) {
                    done({},
                         FakePlatform::error(PlatformError::Kind::Malformed,
                                             QStringLiteral("still bad")));
                    return;
                }
                CaseRecord record;
                record.data = platformCase(id, 2, CaseStage::PreReview);
                record.json = platformJson(id, 2, QStringLiteral("preReview"));
                done(record, {});
            };
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        QSignalSpy setAside(e.get(), &SyncEngine::quarantineChanged);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(setAside.last().at(0).toInt(), 1);
        {
            Database db(m_path);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            QVERIFY(store.cachedCase(QStringLiteral("c2"))); // the rest of the page applied
            QVERIFY(!store.cachedCase(QStringLiteral("c5")));
            const QList<Quarantine::Entry> waiting = Quarantine(db).entries();
            QCOMPARE(waiting.size(), 1);
            QCOMPARE(waiting.first().id, QStringLiteral("c5"));
            QCOMPARE(waiting.first().attempts, 2); // the page, then the fetch by id
            QCOMPARE(waiting.first().error, QStringLiteral("still bad"));
            QCOMPARE(FeedState(db).cursor(), QStringLiteral("c1"));
        }
        QCOMPARE(m_platform->calls.filter(QStringLiteral("case c5")).size(), 1);

        e->syncNow();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(setAside.last().at(0).toInt(), 0);
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QCOMPARE(store.cachedCase(QStringLiteral("c5"))->version, 2);
        QCOMPARE(Quarantine(db).count(), 0);
    }

    // A set-aside case the platform no longer holds leaves the cache and the quarantine; a
    // set-aside service item is read again from the catalogue.
    void aSetAsideRecordThatIsGoneOrReadableLeavesTheQuarantine()
    {
        m_script = [](FakePlatform &p) {
            acceptEveryAction(p);
            p.onChanges = [](const QString &cursor, int, PlatformClient::PageCallback done) {
                ChangePage page;
                page.batch.cursor = cursor + QStringLiteral("+");
                page.batch.quarantined.append(
                        {QStringLiteral("case"), QStringLiteral("c1"), QStringLiteral("bad"), {}});
                page.batch.quarantined.append({QStringLiteral("item"),
                                               QStringLiteral("SCJG-001"),
                                               QStringLiteral("bad"),
                                               {}});
                page.changeCount = 2;
                done(page, {});
            };
            p.onItems = [](PlatformClient::ItemsCallback done) {
                ItemListing listing;
                ServiceItem item;
                item.code = QStringLiteral("SCJG-001");
                item.name = QStringLiteral("食品经营许可");
                item.department = QStringLiteral("SCJG");
                listing.items.append(item);
                done(listing, {});
            };
            // FakePlatform's default for a case: not found.
        };
        const auto e = engine();
        QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
        e->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QCOMPARE(Quarantine(db).count(), 0);
        QVERIFY(!store.cachedCase(QStringLiteral("c1")));
        QVERIFY(m_platform->calls.contains(QStringLiteral("items")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM items WHERE code = 'SCJG-001'"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("食品经营许可"));
    }

    // What a support desk reads when a clerk calls: each round, each action the platform held
    // or refused, each failure, one line apiece, with the case and the reason.
    void eachRoundConflictAndFailureLeavesOneLine()
    {
        QTemporaryDir logs;
        bool feedDown = false;
        m_script = [&feedDown](FakePlatform &p) {
            p.onAction = [](const QString &, const ActionRequest &,
                            PlatformClient::CaseCallback done) {
                PlatformError e = FakePlatform::error(PlatformError::Kind::VersionConflict,
                                                      QStringLiteral("changed meanwhile"));
                e.httpStatus = 412;
                e.current = platformJson(QStringLiteral("c1"), 5, QStringLiteral("acceptance"));
                done({}, e);
            };
            p.onChanges
                    = [&feedDown](const QString &cursor, int, PlatformClient::PageCallback done) {
                          if (feedDown) {
                              done({},
                                   FakePlatform::error(PlatformError::Kind::Network,
                                                       QStringLiteral("connection refused")));
                              return;
                          }
                          ChangePage page;
                          page.batch.cursor = cursor;
                          done(page, {});
                      };
        };
        QStringList lines;
        {
            LogFile log({logs.path(), QStringLiteral("casedesk"), 1024 * 1024, 1, false, {}});
            const auto e = engine();
            QSignalSpy finished(e.get(), &SyncEngine::syncFinished);
            QSignalSpy failed(e.get(), &SyncEngine::syncFailed);
            e->syncNow();
            QTRY_COMPARE(finished.count(), 1);
            feedDown = true;
            e->syncNow();
            QTRY_COMPARE(failed.count(), 1);
            QFile f(logs.filePath(QStringLiteral("casedesk.log")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        const QStringList conflicts = lines.filter(QStringLiteral("held as a conflict"));
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.first().contains(QStringLiteral("INFO casedesk.sync: action accept on "
                                                           "case c1 held as a conflict "
                                                           "(version-conflict HTTP 412):")),
                 qPrintable(conflicts.first()));
        QVERIFY(conflicts.first().contains(QStringLiteral("since version 3")));
        const QStringList done = lines.filter(QStringLiteral("sync round done"));
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.first().contains(QStringLiteral("changes applied 0, cases cached 1, outbox "
                                                      "pending 0, held 1, cursor c0")),
                 qPrintable(done.first()));
        const QStringList failures = lines.filter(QStringLiteral("sync round failed"));
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(QStringLiteral("WARNING casedesk.sync:"))
                         && failures.first().contains(QStringLiteral("(network): connection "
                                                                     "refused")),
                 qPrintable(failures.first()));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
