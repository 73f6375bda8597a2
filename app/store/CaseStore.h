#pragma once

#include "cases/Case.h"
#include "cases/Workflow.h"
#include "core/Clock.h"
#include "deadlines/StageDeadline.h"
#include "deadlines/WorkCalendar.h"
#include "security/PersonalData.h"
#include "store/ServiceCatalogue.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <QList>
#include <QString>
#include <functional>

#include <optional>

namespace casedesk {

class Database;

// What one page of the platform's change feed does to the cache. It is applied, with the
// cursor that follows it, in one transaction: a crash leaves either all of it or none.
struct CacheBatch
{
    struct CaseRecord
    {
        CaseRecord(Case c, QJsonObject platformRecord)
            : data(std::move(c)), record(std::move(platformRecord))
        {
        }
        CaseRecord(Case c, const QByteArray &json);
        Case data;
        // The platform's own record, kept for fields this version ignores. Held parsed, so
        // that sealing its personal data does not read it again (a feed page parses it once).
        QJsonObject record;
    };
    QList<ServiceItem> items;
    QList<CaseRecord> cases;
    QStringList deletedCases;
    QStringList deletedItems;
    QList<QJsonObject> calendars; // the platform's working-day calendars, one object a year
    struct RatingRecord
    {
        QString id;
        QString caseId;
        QByteArray json;
    };
    QList<RatingRecord> ratings; // 好差评 of the department's cases
    // Records of the page that could not be read: kept aside (store/Quarantine) and fetched
    // again by id, so the rest of the page applies and nothing is skipped for good.
    struct QuarantinedRecord
    {
        QString type; // the feed's record type: case, item, rating
        QString id;
        QString error; // translated, names the field (never its value)
        QJsonObject data; // as the platform sent it
    };
    QList<QuarantinedRecord> quarantined;
    QString cursor;
};

// One inbox row.
struct CaseSummary
{
    QString id;
    QString caseNo;
    QString itemName;
    QString applicantName;
    CaseStage stage = CaseStage::PreReview;
    QDateTime receivedAt;
    QDate due;
    QDate warnFrom;
    QString claimedBy;
    bool pendingAction = false; // a local action waits in the outbox; stage shows its effect
};

enum class CaseSort { CaseNo, Item, Applicant, Stage, Received, Due };

// The inbox's queues. Stage queues use the stage a pending local action gives the case.
enum class CaseQueue {
    All,
    Mine, // claimed by me and open
    PreReview,
    Acceptance,
    Correction,
    Review,
    Approval,
    Suspended,
    DueSoon, // yellow: within the warning period
    Overdue, // red
    Completed,
    ExtensionRequests, // an extension asked for, waiting for the agency head
    ChiefsApprovals, // proposals whose next approval step is the section chief's
    HeadsWork, // proposals whose next approval step is the agency head's, and extension requests
};

// 我的待办, by role: a clerk's claimed open cases, the approval steps that are a chief's, the
// agency head's approval steps and extensions to approve, a supervisor's overdue cases.
inline CaseQueue myWorkQueue(std::optional<Role> role)
{
    if (role == Role::Chief)
        return CaseQueue::ChiefsApprovals;
    if (role == Role::Head)
        return CaseQueue::HeadsWork;
    if (role == Role::Supervisor)
        return CaseQueue::Overdue;
    return CaseQueue::Mine;
}

// The deadline light of the inbox's deadline column, as a filter.
enum class DeadlineLight { Any, Green, Yellow, Red, NoClock };

struct CaseFilter
{
    CaseQueue queue = CaseQueue::All;
    QString search; // 申报号, names, item, materials
    QString user; // for Mine and claimedByMe
    QDate today; // for DueSoon, Overdue and the lights
    // Narrower still, on top of the queue (the inbox's filter bar).
    QString itemCode;
    std::optional<CaseStage> stage;
    DeadlineLight light = DeadlineLight::Any;
    QDate receivedFrom; // inclusive, China's calendar day; invalid: open
    QDate receivedTo;
    bool claimedByMe = false;
    QString heldBy; // only the cases this user holds (the workload's drill-down); empty: any
    // A hint, not a condition: many rows match, so the first page is found faster by walking
    // the sort order than by the search's index and sorting every match.
    bool broad = false;

    bool operator==(const CaseFilter &) const = default;
};

// The cached cases and service items. One instance per thread, on that thread's Database.
class CaseStore
{
public:
    CaseStore(Database &db, WorkCalendar calendar, WarningPolicy warning = {});
    bool apply(const CacheBatch &batch, QString *error);
    // The same inside a transaction the caller owns (the outbox stores an answer with its item).
    bool applyInTransaction(const CacheBatch &batch, QString *error);

    // Today in China (UTC+8) by the platform's clock (trusted time: FeedState's offset, so
    // deadlines count by the platform's day even when this computer's clock is wrong).
    QDate platformToday() const;
    // Now by the platform's clock (UTC): the app's clock corrected by the offset.
    QDateTime platformNow() const;
    // The clock the store goes by (core/Clock); the system's unless a test sets one. Not owned.
    void setClock(const Clock *clock) { m_clock = clock; }
    const Clock &clock() const { return *m_clock; }

    int caseCount(const CaseFilter &filter = {}) const;
    // Counts no further than `cap` + 1: enough to know whether there are more than `cap`.
    int caseCountUpTo(const CaseFilter &filter, int cap) const;
    QList<CaseSummary> summaries(int offset, int limit, CaseSort sort = CaseSort::Received,
                                 Qt::SortOrder order = Qt::DescendingOrder,
                                 const CaseFilter &filter = {}) const;
    // The service items and calendars the deadlines count with (store/ServiceCatalogue).
    const ServiceCatalogue &catalogue() const { return m_catalogue; }
    // The applicant's rating of the case (好差评), as the platform sent it; empty without one.
    QJsonObject rating(const QString &caseId) const;
    // 一人一档: the applicant's other cached cases, newest first. Same name, and the same ID
    // number where both records still hold it (names repeat; ID numbers do not).
    QList<CaseSummary> relatedCases(const QString &caseId, const QString &applicantName,
                                    const QString &idNumber, int limit = 20) const;
    // The shipped calendars with the platform's updates applied.
    const WorkCalendar &calendar() const { return m_catalogue.calendar(); }
    // Reads the service items and the platform's calendars again: another connection (the
    // sync engine's) changed them, and limits and holidays must not wait for a restart.
    void reloadCatalogue();
    // Deadlines of open cases again, after the calendar changed. `parse` reads a cached record.
    bool recomputeDeadlines(const std::function<std::optional<Case>(const QByteArray &)> &parse,
                            QString *error);
    // The same with the cache's own reader (CaseCodec).
    bool recomputeDeadlines(QString *error);
    // What the stored deadlines are computed with now (rules version, warning policy). When
    // the stored basis (FeedState) differs (an upgrade, a changed setting), they must be
    // computed again.
    QString currentDeadlineBasis() const;
    // False while the search index is still being built after a large pull (store/SearchIndex):
    // a search may miss cases then.
    bool isSearchComplete() const;
    // Case ids matching `text` in 申报号, applicant, item or material names; newest first.
    QStringList search(const QString &text, int limit) const;
    // Open cases whose current stage's deadline lies before `today`, most overdue first.
    QList<CaseSummary> overdue(QDate today, int limit) const;
    // The platform's record of a case, its version, and the stage a pending local action gives it.
    // The key that seals the applicant's personal data in the cache (security/PersonalData);
    // without one those fields are not kept at all.
    void setPersonalDataKey(const QByteArray &key) { m_personalData = PersonalDataSeal(key); }
    const PersonalDataSeal &personalData() const { return m_personalData; }

    struct CachedCase
    {
        QByteArray json; // with the personal data opened, when the key allows
        qint64 version = 0;
        std::optional<CaseStage> localStage;
        bool personalDataWithheld = false;
    };
    std::optional<CachedCase> cachedCase(const QString &id) const;

    // The cached case as a typed value, parsed once here: the platform's record, and the case
    // as this computer sees it with its unsent actions applied in order (Workflow::applyLocally).
    struct StoredCase
    {
        Case platform;
        Case effective;
        bool personalDataWithheld = false;
        int localActions = 0; // actions in the outbox, sent or held
    };
    // Nothing, and why in `error`, when the case is not cached or its record cannot be read; a
    // read error is not "no such case" (`*missing` tells which).
    std::optional<StoredCase> storedCase(const QString &id, QString *error = nullptr,
                                         bool *missing = nullptr) const;

    // 好差评 of a case: 1 (非常不满意) to 5 (非常满意); level 0 without one.
    struct Rating
    {
        int level = 0;
        QString comment;
        QDateTime at;
    };
    Rating caseRating(const QString &caseId) const;

    // The case a user names, by its id or its 申报号; nothing when the cache holds neither.
    std::optional<QString> caseIdFor(const QString &idOrCaseNo) const;

    // Where the case stands in the inbox's order under `filter`: its row, or -1 when the filter
    // does not hold it. The inbox keeps the clerk's place with it after a sync.
    int rowOf(const QString &id, CaseSort sort, Qt::SortOrder order,
              const CaseFilter &filter) const;

private:
    // A batch's rows worked out without the database: deadlines, sealed records.
    struct PreparedCase
    {
        QDate due;
        QDate warnFrom;
        QByteArray sealedJson;
        QString materialNames;
    };
    struct Prepared
    {
        ServiceCatalogue::Change catalogue; // the catalogue after the batch
        QList<PreparedCase> cases; // one per batch.cases, in order
    };
    Prepared prepare(const CacheBatch &batch) const;
    bool write(const CacheBatch &batch, const Prepared &prepared, QString *error);

    Database &m_db;
    const Clock *m_clock = &Clock::system();
    ServiceCatalogue m_catalogue; // items and calendars, for the deadlines
    WarningPolicy m_warning;
    PersonalDataSeal m_personalData;
};

} // namespace casedesk
