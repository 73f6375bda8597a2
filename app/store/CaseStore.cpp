#include "CaseStore.h"

#include "Database.h"
#include "FeedState.h"
#include "Quarantine.h"
#include "SearchIndex.h"
#include "cases/CaseCodec.h"
#include "cases/ChinaTime.h"
#include "cases/Workflow.h"
#include "deadlines/StageDeadline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantMap>

namespace casedesk {

namespace {

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString orderBy(CaseSort sort, Qt::SortOrder order)
{
    const QString dir
            = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // id as the last key keeps the order total, so pages never overlap or skip rows.
    switch (sort) {
    case CaseSort::CaseNo:
        return QStringLiteral("case_no") + dir + QStringLiteral(", id");
    case CaseSort::Item:
        return QStringLiteral("item_name") + dir + QStringLiteral(", id");
    case CaseSort::Applicant:
        return QStringLiteral("applicant_name") + dir + QStringLiteral(", id");
    case CaseSort::Stage:
        // The stage the clerk sees, as the column shows it (cases_by_shown_stage).
        return QStringLiteral("COALESCE(local_stage, stage)") + dir
                + QStringLiteral(", received_at DESC, id");
    case CaseSort::Received:
        return QStringLiteral("received_at") + dir + QStringLiteral(", id");
    case CaseSort::Due:
        // Cases without a running clock sort after every dated one, whichever the direction.
        return order == Qt::AscendingOrder
                ? QStringLiteral("due_date IS NULL, due_date, id")
                : QStringLiteral("due_date IS NULL, due_date DESC, id DESC");
    }
    return QStringLiteral("received_at DESC, id");
}
} // namespace

CaseStore::CaseStore(Database &db, WorkCalendar calendar, WarningPolicy warning)
    : m_db(db), m_catalogue(db, std::move(calendar)), m_warning(warning)
{
}

void CaseStore::reloadCatalogue()
{
    m_catalogue.reload();
}

CacheBatch::CaseRecord::CaseRecord(Case c, const QByteArray &json)
    : data(std::move(c)), record(QJsonDocument::fromJson(json).object())
{
}

bool CaseStore::apply(const CacheBatch &batch, QString *error)
{
    // What each row needs (its deadline, its sealed record) is worked out before the write
    // lock is taken: the transaction holds only the writes, so a local action written on the
    // window's thread meanwhile waits as little as can be.
    const Prepared prepared = prepare(batch);
    Database::Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = QCoreApplication::translate("CaseStore", "The local cache is busy: %1")
                             .arg(Database::errorText(m_db.connection().lastError()));
        return false;
    }
    if (!write(batch, prepared, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = QCoreApplication::translate("CaseStore",
                                                 "Writing to the local cache failed: %1")
                             .arg(Database::errorText(m_db.connection().lastError()));
        m_catalogue.reload();
        return false;
    }
    return true;
}

CaseStore::Prepared CaseStore::prepare(const CacheBatch &batch) const
{
    Prepared prepared{m_catalogue.changedBy(batch), {}};
    const QHash<QString, ServiceItem> &items = prepared.catalogue.items;
    prepared.cases.reserve(batch.cases.size());
    for (const CacheBatch::CaseRecord &record : batch.cases) {
        const Case &c = record.data;
        const auto it = items.constFind(c.itemCode);
        const StageDeadline deadline = StageDeadline::forCase(
                c, it == items.cend() ? nullptr : &*it, prepared.catalogue.calendar, m_warning);
        QStringList materials;
        for (const MaterialInfo &m : c.materials)
            materials.append(m.name);
        prepared.cases.append({deadline.due, deadline.warnFrom,
                               m_personalData.seal(record.record, c.id),
                               materials.join(QLatin1Char(' '))});
    }
    return prepared;
}

bool CaseStore::applyInTransaction(const CacheBatch &batch, QString *error)
{
    return write(batch, prepare(batch), error);
}

bool CaseStore::write(const CacheBatch &batch, const Prepared &prepared, QString *error)
{
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = QCoreApplication::translate("CaseStore",
                                                 "Writing to the local cache failed: %1")
                             .arg(Database::errorText(q.lastError()));
        return false;
    };
    QSqlDatabase db = m_db.connection();
    auto failConnection = [&] {
        if (error)
            *error = QCoreApplication::translate("CaseStore",
                                                 "Writing to the local cache failed: %1")
                             .arg(Database::errorText(db.lastError()));
        return false;
    };

    if (!m_catalogue.write(batch, error))
        return false;

    QSqlQuery putCase(db);
    putCase.prepare(QStringLiteral(
            "INSERT INTO cases(id, case_no, item_code, item_name, department, "
            "applicant_name, stage, received_at, due_date, warn_from, claimed_by, version, json, "
            "material_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            // An upsert, not a replace: local_stage (an action not yet sent) must survive a pull.
            "ON CONFLICT(id) DO UPDATE SET case_no = excluded.case_no, item_code = "
            "excluded.item_code, "
            "item_name = excluded.item_name, department = excluded.department, "
            "applicant_name = excluded.applicant_name, stage = excluded.stage, "
            "received_at = excluded.received_at, due_date = excluded.due_date, "
            "warn_from = excluded.warn_from, claimed_by = excluded.claimed_by, "
            "version = excluded.version, json = excluded.json, "
            "material_names = excluded.material_names"));

    for (qsizetype i = 0; i < batch.cases.size(); ++i) {
        const Case &c = batch.cases.at(i).data;
        const PreparedCase &row = prepared.cases.at(i);
        putCase.bindValue(0, c.id);
        putCase.bindValue(1, c.caseNo);
        putCase.bindValue(2, c.itemCode);
        putCase.bindValue(3, c.itemName);
        putCase.bindValue(4, c.department);
        putCase.bindValue(5, c.applicant.name);
        putCase.bindValue(6, stageWireName(c.stage));
        putCase.bindValue(7, c.receivedAt.toSecsSinceEpoch());
        putCase.bindValue(8, dateOrNull(row.due));
        putCase.bindValue(9, dateOrNull(row.warnFrom));
        putCase.bindValue(10, c.claimedBy);
        putCase.bindValue(11, c.version);
        putCase.bindValue(12, row.sealedJson);
        putCase.bindValue(13, row.materialNames);
        if (!Database::exec(putCase))
            return fail(putCase);
    }
    QSqlQuery putRating(db);
    putRating.prepare(QStringLiteral("INSERT OR REPLACE INTO ratings(id, case_id, json) VALUES "
                                     "(?, ?, ?)"));
    for (const CacheBatch::RatingRecord &r : batch.ratings) {
        putRating.bindValue(0, r.id);
        putRating.bindValue(1, r.caseId);
        putRating.bindValue(2, r.json);
        if (!Database::exec(putRating))
            return fail(putRating);
    }
    QSqlQuery dropCase(db);
    dropCase.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    for (const QString &id : batch.deletedCases) {
        dropCase.bindValue(0, id);
        if (!Database::exec(dropCase))
            return fail(dropCase);
    }
    // What could not be read waits aside; what reads now (or is gone) no longer does.
    Quarantine quarantine(m_db);
    QStringList readCases = batch.deletedCases;
    for (const CacheBatch::CaseRecord &record : batch.cases)
        readCases.append(record.data.id);
    QStringList readItems = batch.deletedItems;
    for (const ServiceItem &item : batch.items)
        readItems.append(item.code);
    QStringList readRatings;
    for (const CacheBatch::RatingRecord &r : batch.ratings)
        readRatings.append(r.id);
    if (!quarantine.release(QStringLiteral("case"), readCases)
        || !quarantine.release(QStringLiteral("item"), readItems)
        || !quarantine.release(QStringLiteral("rating"), readRatings))
        return failConnection();
    for (const CacheBatch::QuarantinedRecord &bad : batch.quarantined) {
        // A damaged case still carries the applicant's details: sealed like any case.
        const QByteArray data = bad.type == QLatin1String("case")
                ? m_personalData.seal(bad.data, bad.id)
                : QJsonDocument(bad.data).toJson(QJsonDocument::Compact);
        if (!quarantine.put(bad.type, bad.id, bad.error, data, m_clock->now()))
            return failConnection();
    }
    // A single case from an action's answer moves no feed position.
    if (!batch.cursor.isEmpty() && !FeedState(m_db).setCursor(batch.cursor))
        return failConnection();
    // The catalogue in memory follows the transaction; a rollback by the caller reloads it.
    m_catalogue.adopt(prepared.catalogue);
    return true;
}

bool CaseStore::isSearchComplete() const
{
    return SearchIndex(m_db).isComplete();
}

namespace {
// The WHERE clause of a filter, with its named values; one place for what each queue means.
QString whereFor(const CaseFilter &filter, QVariantMap *binds)
{
    QStringList parts;
    const QString stage = QStringLiteral("COALESCE(local_stage, stage)");
    auto stageIs = [&](const char *wire) {
        parts.append(stage + QStringLiteral(" = '") + QLatin1String(wire) + QLatin1Char('\''));
    };
    // The platform's record holds the request until the head decides. The unary + keeps
    // SQLite off the stage index, so it walks the few requests in cases_by_extension instead
    // of reading every case in review and approval.
    const QString extensionRequested
            = QStringLiteral("json_extract(json, '$.extensionRequest') IS NOT NULL AND +") + stage
            + QStringLiteral(" IN ('review', 'approval')");
    // A proposal whose next step in its approval chain is `role`'s (the chief's when the
    // platform keeps no chain), and not signed or returned here already with the sending due.
    const auto stepHeldBy = [&stage](Role role) -> QString {
        return stage
                + QStringLiteral(" = 'approval' AND COALESCE(json_extract(json, "
                                 "'$.approval.chain[' || COALESCE(json_array_length(json, "
                                 "'$.approval.approvals'), 0) || ']'), 'Chief') = '")
                + roleName(role)
                + QStringLiteral("' AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.case_id = "
                                 "cases.id AND outbox.verb IN ('approve', 'return'))");
    };
    switch (filter.queue) {
    case CaseQueue::All:
        break;
    case CaseQueue::Mine:
        parts.append(QStringLiteral("claimed_by = :user AND ") + stage
                     + QStringLiteral(" NOT IN ('completed', 'refused', 'withdrawn')"));
        binds->insert(QStringLiteral(":user"), filter.user);
        break;
    case CaseQueue::PreReview:
        stageIs("preReview");
        break;
    case CaseQueue::Acceptance:
        stageIs("acceptance");
        break;
    case CaseQueue::Correction:
        stageIs("correction");
        break;
    case CaseQueue::Review:
        stageIs("review");
        break;
    case CaseQueue::Approval:
        stageIs("approval");
        break;
    case CaseQueue::Suspended:
        stageIs("suspended");
        break;
    case CaseQueue::Completed:
        stageIs("completed");
        break;
    case CaseQueue::DueSoon:
        parts.append(QStringLiteral("warn_from <= :today AND due_date >= :today"));
        binds->insert(QStringLiteral(":today"), filter.today.toString(Qt::ISODate));
        break;
    case CaseQueue::Overdue:
        parts.append(QStringLiteral("due_date < :today"));
        binds->insert(QStringLiteral(":today"), filter.today.toString(Qt::ISODate));
        break;
    case CaseQueue::ExtensionRequests:
        parts.append(extensionRequested);
        break;
    case CaseQueue::ChiefsApprovals:
        parts.append(stepHeldBy(Role::Chief));
        break;
    case CaseQueue::HeadsWork:
        parts.append(QLatin1Char('(') + stepHeldBy(Role::Head) + QStringLiteral(") OR (")
                     + extensionRequested + QLatin1Char(')'));
        break;
    }
    if (!filter.itemCode.isEmpty()) {
        parts.append(QStringLiteral("item_code = :item"));
        binds->insert(QStringLiteral(":item"), filter.itemCode);
    }
    if (filter.stage) {
        parts.append(stage + QStringLiteral(" = :stage"));
        binds->insert(QStringLiteral(":stage"), stageWireName(*filter.stage));
    }
    const QString today = filter.today.toString(Qt::ISODate);
    switch (filter.light) {
    case DeadlineLight::Any:
        break;
    case DeadlineLight::Green:
        parts.append(QStringLiteral("due_date >= :lightDay AND (warn_from IS NULL OR warn_from > "
                                    ":lightDay)"));
        break;
    case DeadlineLight::Yellow:
        parts.append(QStringLiteral("warn_from <= :lightDay AND due_date >= :lightDay"));
        break;
    case DeadlineLight::Red:
        parts.append(QStringLiteral("due_date < :lightDay"));
        break;
    case DeadlineLight::NoClock:
        parts.append(QStringLiteral("due_date IS NULL"));
        break;
    }
    if (filter.light != DeadlineLight::Any && filter.light != DeadlineLight::NoClock)
        binds->insert(QStringLiteral(":lightDay"), today);
    // Received days are China's (UTC+8), whatever this computer's zone.
    const QTimeZone china(8 * 3600);
    if (filter.receivedFrom.isValid()) {
        parts.append(QStringLiteral("received_at >= :from"));
        binds->insert(QStringLiteral(":from"),
                      QDateTime(filter.receivedFrom, QTime(0, 0), china).toSecsSinceEpoch());
    }
    if (filter.receivedTo.isValid()) {
        parts.append(QStringLiteral("received_at < :to"));
        binds->insert(
                QStringLiteral(":to"),
                QDateTime(filter.receivedTo.addDays(1), QTime(0, 0), china).toSecsSinceEpoch());
    }
    if (filter.claimedByMe) {
        parts.append(QStringLiteral("claimed_by = :me"));
        binds->insert(QStringLiteral(":me"), filter.user);
    }
    if (!filter.heldBy.isEmpty()) {
        parts.append(QStringLiteral("claimed_by = :holder"));
        binds->insert(QStringLiteral(":holder"), filter.heldBy);
    }
    const QString needle = filter.search.trimmed();
    if (needle.size() >= 3) {
        // One FTS5 phrase; quotes inside are doubled, so the text is never query syntax.
        parts.append(QStringLiteral(
                "rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :match)"));
        binds->insert(QStringLiteral(":match"),
                      QString(QLatin1Char('"')
                              + QString(needle).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                              + QLatin1Char('"')));
    } else if (!needle.isEmpty()) {
        // Too short for trigrams: the start of a 申报号 (digits) or else of a name (a surname).
        // One range on one index: an OR of both made SQLite merge a million rowids.
        const bool digits
                = std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.isDigit(); });
        // Unary + keeps SQLite off the column's index (see CaseFilter::broad).
        const QString column = (filter.broad ? QStringLiteral("+") : QString())
                + (digits ? QStringLiteral("case_no") : QStringLiteral("applicant_name"));
        parts.append(column + QStringLiteral(" >= :p AND ") + column + QStringLiteral(" < :q"));
        binds->insert(QStringLiteral(":p"), needle);
        binds->insert(QStringLiteral(":q"), QString(needle + QChar(0xFFFF)));
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &q, const QVariantMap &binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
}
} // namespace

int CaseStore::caseCountUpTo(const CaseFilter &filter, int cap) const
{
    QVariantMap binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cases") + whereFor(filter, &binds)
              + QStringLiteral(" LIMIT :cap)"));
    bindAll(q, binds);
    q.bindValue(QStringLiteral(":cap"), cap + 1);
    if (Database::exec(q) && q.next())
        return q.value(0).toInt();
    return 0;
}

int CaseStore::caseCount(const CaseFilter &filter) const
{
    QVariantMap binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM cases") + whereFor(filter, &binds));
    bindAll(q, binds);
    if (Database::exec(q) && q.next())
        return q.value(0).toInt();
    return 0;
}

namespace {
// The inbox row: the stage a pending local action gives the case, if any.
const QString kSummarySelect = QStringLiteral(
        "SELECT id, case_no, item_name, applicant_name, COALESCE(local_stage, stage), received_at, "
        "due_date, warn_from, claimed_by, local_stage IS NOT NULL FROM cases");

CaseSummary summaryFrom(const QSqlQuery &q)
{
    CaseSummary s;
    s.id = q.value(0).toString();
    s.caseNo = q.value(1).toString();
    s.itemName = q.value(2).toString();
    s.applicantName = q.value(3).toString();
    s.stage = stageFromWireName(q.value(4).toString()).value_or(CaseStage::PreReview);
    s.receivedAt = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong());
    s.due = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.warnFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    s.claimedBy = q.value(8).toString();
    s.pendingAction = q.value(9).toBool();
    return s;
}
} // namespace

QList<CaseSummary> CaseStore::overdue(QDate today, int limit) const
{
    QList<CaseSummary> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // due_date is set only while a clock runs, so closed cases never show here.
    q.prepare(kSummarySelect + QStringLiteral(" WHERE due_date < ? ORDER BY due_date, id LIMIT ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(limit);
    if (!Database::exec(q))
        return rows;
    while (q.next())
        rows.append(summaryFrom(q));
    return rows;
}

QList<CaseSummary> CaseStore::summaries(int offset, int limit, CaseSort sort, Qt::SortOrder order,
                                        const CaseFilter &filter) const
{
    QList<CaseSummary> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QVariantMap binds;
    // The rows skipped by OFFSET are counted in the index alone: only the page's own rows are
    // read from the table (a page deep in a large list took 6 ms instead of under 1 here, and
    // ten times that while a sync writes).
    const QString sorted = orderBy(sort, order);
    q.prepare(kSummarySelect + QStringLiteral(" WHERE rowid IN (SELECT rowid FROM cases")
              + whereFor(filter, &binds) + QStringLiteral(" ORDER BY ") + sorted
              + QStringLiteral(" LIMIT :limit OFFSET :offset) ORDER BY ") + sorted);
    bindAll(q, binds);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!Database::exec(q))
        return rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(summaryFrom(q));
    return rows;
}

std::optional<QString> CaseStore::caseIdFor(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE id = :k UNION ALL "
                             "SELECT id FROM cases WHERE case_no = :k LIMIT 1"));
    q.bindValue(QStringLiteral(":k"), key);
    if (Database::exec(q) && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

int CaseStore::rowOf(const QString &id, CaseSort sort, Qt::SortOrder order,
                     const CaseFilter &filter) const
{
    // The order's keys as orderBy() sorts them: (expression, ascending).
    const bool asc = order == Qt::AscendingOrder;
    QList<std::pair<QString, bool>> keys;
    switch (sort) {
    case CaseSort::CaseNo:
        keys = {{QStringLiteral("case_no"), asc}, {QStringLiteral("id"), true}};
        break;
    case CaseSort::Item:
        keys = {{QStringLiteral("item_name"), asc}, {QStringLiteral("id"), true}};
        break;
    case CaseSort::Applicant:
        keys = {{QStringLiteral("applicant_name"), asc}, {QStringLiteral("id"), true}};
        break;
    case CaseSort::Stage:
        keys = {{QStringLiteral("COALESCE(local_stage, stage)"), asc},
                {QStringLiteral("received_at"), false},
                {QStringLiteral("id"), true}};
        break;
    case CaseSort::Received:
        keys = {{QStringLiteral("received_at"), asc}, {QStringLiteral("id"), true}};
        break;
    case CaseSort::Due:
        keys = {{QStringLiteral("(due_date IS NULL)"), true},
                {QStringLiteral("COALESCE(due_date, '')"), asc},
                {QStringLiteral("id"), asc}};
        break;
    }
    QVariantMap binds;
    const QString where = whereFor(filter, &binds);
    const QString andWhere
            = where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ");
    QStringList exprs;
    for (const auto &key : std::as_const(keys))
        exprs.append(key.first);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", "))
              + QStringLiteral(" FROM cases") + andWhere + QStringLiteral("id = :rowId"));
    bindAll(q, binds);
    q.bindValue(QStringLiteral(":rowId"), id);
    if (!Database::exec(q) || !q.next())
        return -1;
    // Rows before it: lexicographically smaller (or greater, for a descending key).
    QStringList before;
    QVariantMap keyBinds = binds;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QStringList terms;
        for (qsizetype j = 0; j < i; ++j)
            terms.append(keys.at(j).first + QStringLiteral(" = :k%1").arg(j));
        terms.append(keys.at(i).first
                     + (keys.at(i).second ? QStringLiteral(" < ") : QStringLiteral(" > "))
                     + QStringLiteral(":k%1").arg(i));
        before.append(QLatin1Char('(') + terms.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
        keyBinds.insert(QStringLiteral(":k%1").arg(i), q.value(int(i)));
    }
    q.finish();
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM cases") + andWhere + QLatin1Char('(')
                  + before.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    bindAll(count, keyBinds);
    if (!Database::exec(count) || !count.next())
        return -1;
    return count.value(0).toInt();
}

QList<CaseSummary> CaseStore::relatedCases(const QString &caseId, const QString &applicantName,
                                           const QString &idNumber, int limit) const
{
    QList<CaseSummary> rows;
    if (applicantName.isEmpty())
        return rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Served by cases_by_applicant; a few more rows than asked, as some may be namesakes.
    q.prepare(kSummarySelect
              + QStringLiteral(" WHERE applicant_name = ? AND id <> ? ORDER BY received_at DESC "
                               "LIMIT ?"));
    q.addBindValue(applicantName);
    q.addBindValue(caseId);
    q.addBindValue(limit * 4);
    if (!Database::exec(q))
        return rows;
    QList<CaseSummary> candidates;
    while (q.next())
        candidates.append(summaryFrom(q));
    q.finish();
    for (const CaseSummary &s : std::as_const(candidates)) {
        if (rows.size() >= limit)
            break;
        if (!idNumber.isEmpty()) {
            const auto other = cachedCase(s.id);
            const QString otherId = other ? QJsonDocument::fromJson(other->json)
                                                    .object()
                                                    .value(QLatin1String("applicant"))
                                                    .toObject()
                                                    .value(QLatin1String("idNumber"))
                                                    .toString()
                                          : QString();
            if (!otherId.isEmpty() && otherId != idNumber)
                continue;
        }
        rows.append(s);
    }
    return rows;
}

QJsonObject CaseStore::rating(const QString &caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
            QStringLiteral("SELECT json FROM ratings WHERE case_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(caseId);
    if (Database::exec(q) && q.next())
        return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    return {};
}

} // namespace casedesk

namespace casedesk {

std::optional<CaseStore::CachedCase> CaseStore::cachedCase(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT json, version, local_stage FROM cases WHERE id = ?"));
    q.bindValue(0, id);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    CachedCase c;
    c.json = m_personalData.open(q.value(0).toByteArray(), id, &c.personalDataWithheld);
    c.version = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.localStage = stageFromWireName(q.value(2).toString());
    return c;
}

std::optional<CaseStore::StoredCase> CaseStore::storedCase(const QString &id, QString *error,
                                                           bool *missing) const
{
    if (missing)
        *missing = false;
    const std::optional<CachedCase> cached = cachedCase(id);
    if (!cached) {
        if (missing)
            *missing = true;
        if (error)
            *error = QCoreApplication::translate("CaseStore", "Case %1 is not in the local cache.")
                             .arg(id);
        return std::nullopt;
    }
    QString parseError;
    std::optional<Case> c = CaseCodec::decode(cached->json, &parseError);
    if (!c) {
        if (error)
            *error = QCoreApplication::translate("CaseStore", "The cached case cannot be read: %1")
                             .arg(parseError);
        return std::nullopt;
    }
    StoredCase stored{*c, *c, cached->personalDataWithheld, 0};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT verb, payload, created_at, user FROM outbox WHERE case_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (Database::exec(q)) {
        while (q.next()) {
            Workflow::applyLocally(stored.effective, q.value(0).toString(),
                                   QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                                   QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong()),
                                   q.value(3).toString());
            ++stored.localActions;
        }
    }
    return stored;
}

CaseStore::Rating CaseStore::caseRating(const QString &caseId) const
{
    const QJsonObject record = rating(caseId);
    Rating r;
    r.level = std::clamp(int(record.value(QLatin1String("level")).toInt()), 0, 5);
    r.comment = record.value(QLatin1String("comment")).toString();
    r.at = QDateTime::fromString(record.value(QLatin1String("ratedAt")).toString(), Qt::ISODate);
    return r;
}

} // namespace casedesk

namespace casedesk {

bool CaseStore::recomputeDeadlines(QString *error)
{
    return recomputeDeadlines([](const QByteArray &json) { return CaseCodec::decode(json); },
                              error);
}

bool CaseStore::recomputeDeadlines(
        const std::function<std::optional<Case>(const QByteArray &)> &parse, QString *error)
{
    QSqlDatabase db = m_db.connection();
    Database::Transaction tx(m_db);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    // Closed cases keep what they had; every open one is counted again.
    if (!Database::exec(read,
                        QStringLiteral("SELECT id, json FROM cases WHERE stage NOT IN "
                                       "('completed', 'refused', 'withdrawn')")))
        return false;
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE cases SET due_date = ?, warn_from = ? WHERE id = ?"));
    QList<std::tuple<QString, QVariant, QVariant>> updates;
    while (read.next()) {
        const std::optional<Case> c = parse(read.value(1).toByteArray());
        if (!c)
            continue;
        const std::optional<ServiceItem> item = m_catalogue.item(c->itemCode);
        const StageDeadline d = StageDeadline::forCase(*c, item ? &*item : nullptr,
                                                       m_catalogue.calendar(), m_warning);
        updates.append({read.value(0).toString(), dateOrNull(d.due), dateOrNull(d.warnFrom)});
    }
    read.finish();
    for (const auto &[id, due, warn] : updates) {
        write.bindValue(0, due);
        write.bindValue(1, warn);
        write.bindValue(2, id);
        if (!Database::exec(write)) {
            if (error)
                *error = Database::errorText(write.lastError());
            return false;
        }
    }
    return tx.commit();
}

QStringList CaseStore::search(const QString &text, int limit) const
{
    QStringList ids;
    if (text.trimmed().isEmpty())
        return ids;
    CaseFilter filter;
    filter.search = text;
    for (const CaseSummary &s :
         summaries(0, limit, CaseSort::Received, Qt::DescendingOrder, filter))
        ids.append(s.id);
    return ids;
}

} // namespace casedesk

namespace casedesk {

QString CaseStore::currentDeadlineBasis() const
{
    return QStringLiteral("rules:%1;yellow:%2/%3")
            .arg(StageDeadline::kRulesVersion)
            .arg(m_warning.days)
            .arg(m_warning.percent);
}

QDateTime CaseStore::platformNow() const
{
    return m_clock->now().addSecs(FeedState(m_db).clockOffset());
}

QDate CaseStore::platformToday() const
{
    return chinaDate(platformNow());
}

} // namespace casedesk
