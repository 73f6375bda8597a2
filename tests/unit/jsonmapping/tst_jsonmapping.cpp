#include "platform/JsonMapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace casedesk;

namespace {
const char *kCase = R"({"id": "c1", "caseNo": "62010220261127000001", "itemCode": "X-1",
    "itemName": "食品经营许可（新办）", "department": "SCJG", "stage": "review",
    "receivedAt": "2026-11-20T09:30:00+08:00", "acceptedAt": "2026-11-23T10:00:00+08:00",
    "version": 4, "claimedBy": "clerk1", "extensionDays": 10,
    "suspensions": [{"kind": "hearing", "reason": "申请人申请听证", "startedAt": "2026-11-24T09:00:00+08:00",
                     "endedAt": "2026-11-25T17:00:00+08:00", "limit": {"value": 20, "unit": "workingDays"}}],
    "applicant": {"kind": "company", "name": "兰州黄河商贸有限公司", "idNumber": "916201020000000011"},
    "materials": [{"id": "m1", "name": "申请书", "mimeType": "application/pdf", "size": 1024}]})";
const char *kItem = R"({"code": "X-1", "name": "食品经营许可（新办）", "department": "SCJG",
    "legalLimit": {"value": 10, "unit": "workingDays"}, "promisedLimit": {"value": 5, "unit": "workingDays"},
    "materials": [{"name": "申请书", "required": true, "original": true}]})";

QByteArray page(const QByteArray &changes,
                const QByteArray &tail = R"("nextCursor": "abc", "hasMore": true)")
{
    return "{\"changes\": [" + changes + "], " + tail + "}";
}
} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAPageOfEveryKind()
    {
        const QByteArray body = page(
                QByteArray(R"({"seq": 1, "type": "item", "op": "upsert", "id": "X-1", "data": )")
                + kItem + R"(},
            {"seq": 2, "type": "case", "op": "upsert", "id": "c1", "data": )"
                + kCase + R"(},
            {"seq": 3, "type": "case", "op": "delete", "id": "c9"},
            {"seq": 4, "type": "rating", "op": "upsert", "id": "r1", "data": {"stars": 5}},
            {"seq": 5, "type": "rating", "op": "upsert", "id": "r2", "data": {"caseId": "c1", "level": 4}},
            {"seq": 6, "type": "inquiry", "op": "upsert", "id": "q1", "data": {}})");
        QString error;
        const auto parsed = json::parseChangePage(body, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->batch.cursor, QStringLiteral("abc"));
        QVERIFY(parsed->hasMore);
        QCOMPARE(parsed->changeCount, 6);
        // A rating the client can place is kept; one without its case is set aside (never
        // skipped), and kinds this version does not know are skipped without losing the page.
        QCOMPARE(parsed->batch.ratings.size(), 1);
        QCOMPARE(parsed->batch.ratings.first().caseId, QStringLiteral("c1"));
        QCOMPARE(parsed->batch.quarantined.size(), 1);
        QCOMPARE(parsed->batch.quarantined.first().type, QStringLiteral("rating"));
        QCOMPARE(parsed->batch.quarantined.first().id, QStringLiteral("r1"));
        QVERIFY(parsed->batch.quarantined.first().error.contains(
                QStringLiteral("changes[3].data.caseId")));
        QCOMPARE(parsed->batch.items.size(), 1);
        QCOMPARE(parsed->batch.items.first().promisedLimit.value, 5);
        QCOMPARE(parsed->batch.items.first().materials.first().original, true);
        QCOMPARE(parsed->batch.deletedCases, QStringList{QStringLiteral("c9")});
        QCOMPARE(parsed->batch.cases.size(), 1);
        const Case &c = parsed->batch.cases.first().data;
        QCOMPARE(c.stage, CaseStage::Review);
        QCOMPARE(c.applicant.kind, Applicant::Kind::Company);
        QCOMPARE(c.applicant.name, QStringLiteral("兰州黄河商贸有限公司"));
        QCOMPARE(c.receivedAt.date(), QDate(2026, 11, 20));
        QCOMPARE(c.receivedAt.offsetFromUtc(), 8 * 3600);
        QCOMPARE(c.version, 4);
        QCOMPARE(c.materials.first().size, 1024);
        QCOMPARE(c.extensionDays, 10);
        QCOMPARE(c.suspensions.size(), 1);
        QCOMPARE(c.suspensions.first().kind, QStringLiteral("hearing"));
        QCOMPARE(c.suspensions.first().start, QDate(2026, 11, 24));
        QCOMPARE(c.suspensions.first().end, QDate(2026, 11, 25));
        QCOMPARE(c.suspensions.first().limit.value, 20);
        // The platform's record is kept as it came, for fields this version does not know.
        QCOMPARE(parsed->batch.cases.first().record.value(QStringLiteral("caseNo")),
                 QStringLiteral("62010220261127000001"));
    }

    // What the client cannot take from a page, and what it does then: a change it cannot name
    // (no type, an unknown operation, an id the contract does not allow) refuses the whole
    // page, which is asked for again; a record it can name but not read is set aside with why,
    // and the rest of the page applies.
    void rejectsMalformedData_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("refusesPage");
        QTest::addColumn<QString>("mentions");
        auto withCase = [](const QByteArray &from, const QByteArray &to) {
            QByteArray c(kCase);
            c.replace(from, to);
            return page(R"({"seq": 1, "type": "case", "op": "upsert", "id": "c1", "data": )" + c
                        + "}");
        };
        auto withId = [](const QByteArray &id) {
            return page(R"({"seq": 1, "type": "case", "op": "delete", "id": )" + id + "}");
        };
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << true
                                  << QStringLiteral("JSON");
        QTest::newRow("truncated") << page("").left(20) << true << QStringLiteral("JSON");
        QTest::newRow("array at the root") << QByteArray("[]") << true << QStringLiteral("JSON");
        QTest::newRow("no changes")
                << QByteArray(R"({"nextCursor": "x"})") << true << QStringLiteral("changes");
        QTest::newRow("no cursor")
                << page("", R"("hasMore": false)") << true << QStringLiteral("nextCursor");
        QTest::newRow("change is not an object")
                << page("42") << true << QStringLiteral("changes[0]");
        QTest::newRow("unknown operation") << page(R"({"type": "case", "op": "merge", "id": "c1"})")
                                           << true << QStringLiteral("changes[0].op");
        QTest::newRow("no id") << page(R"({"type": "case", "op": "delete"})") << true
                               << QStringLiteral("changes[0].id");
        QTest::newRow("empty id") << withId(R"("")") << true << QStringLiteral("changes[0].id");
        QTest::newRow("id as a number") << withId("7") << true << QStringLiteral("changes[0].id");
        QTest::newRow("id with a path")
                << withId(R"("../../etc/passwd")") << true << QStringLiteral("changes[0].id");
        QTest::newRow("id with a slash")
                << withId(R"("c1/m1")") << true << QStringLiteral("changes[0].id");
        QTest::newRow("id with a control character")
                << withId(R"("c1\u0000")") << true << QStringLiteral("changes[0].id");
        QTest::newRow("id starting with a dot")
                << withId(R"(".hidden")") << true << QStringLiteral("changes[0].id");
        QTest::newRow("id of 65 characters") << withId("\"" + QByteArray(65, 'a') + "\"") << true
                                             << QStringLiteral("changes[0].id");
        QTest::newRow("case without caseNo") << withCase(R"("caseNo": "62010220261127000001",)", "")
                                             << false << QStringLiteral("changes[0].data.caseNo");
        QTest::newRow("version as text") << withCase(R"("version": 4)", R"("version": "4")")
                                         << false << QStringLiteral("changes[0].data.version");
        QTest::newRow("version null") << withCase(R"("version": 4)", R"("version": null)") << false
                                      << QStringLiteral("changes[0].data.version");
        QTest::newRow("fractional version") << withCase(R"("version": 4)", R"("version": 4.5)")
                                            << false << QStringLiteral("changes[0].data.version");
        // Found by fuzz_json: a number past qint64 was converted anyway (undefined behaviour).
        QTest::newRow("version past 64 bits")
                << withCase(R"("version": 4)", R"("version": 1e90)") << false
                << QStringLiteral("changes[0].data.version");
        QTest::newRow("version of 2^63")
                << withCase(R"("version": 4)", R"("version": 9223372036854775808)") << false
                << QStringLiteral("changes[0].data.version");
        QTest::newRow("unknown stage") << withCase(R"("stage": "review")", R"("stage": "limbo")")
                                       << false << QStringLiteral("changes[0].data.stage");
        QTest::newRow("bad date") << withCase(R"("receivedAt": "2026-11-20T09:30:00+08:00")",
                                              R"("receivedAt": "yesterday")")
                                  << false << QStringLiteral("changes[0].data.receivedAt");
        QTest::newRow("applicant without name")
                << withCase(R"("name": "兰州黄河商贸有限公司", )", "") << false
                << QStringLiteral("changes[0].data.applicant.name");
        QTest::newRow("suspension ending before it starts")
                << withCase(R"("endedAt": "2026-11-25T17:00:00+08:00")",
                            R"("endedAt": "2026-11-20T17:00:00+08:00")")
                << false << QStringLiteral("changes[0].data.suspensions[0].endedAt");
        QTest::newRow("suspension without start")
                << withCase(R"("startedAt": "2026-11-24T09:00:00+08:00",)", "") << false
                << QStringLiteral("changes[0].data.suspensions[0].startedAt");
        QTest::newRow("negative extension")
                << withCase(R"("extensionDays": 10)", R"("extensionDays": -3)") << false
                << QStringLiteral("changes[0].data.extensionDays");
        QTest::newRow("material without id") << withCase(R"("id": "m1", )", "") << false
                                             << QStringLiteral("changes[0].data.materials[0].id");
        QTest::newRow("material id with a path")
                << withCase(R"("id": "m1", )", R"("id": "../m1", )") << false
                << QStringLiteral("changes[0].data.materials[0].id");
        QTest::newRow("record of another case") << withCase(R"({"id": "c1")", R"({"id": "c2")")
                                                << false << QStringLiteral("changes[0].data.id");
    }
    void rejectsMalformedData()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, refusesPage);
        QFETCH(QString, mentions);
        // A good case beside the bad one: it must apply whenever the page does.
        QByteArray good(kCase);
        good.replace(R"("id": "c1")", R"("id": "c7")");
        const QByteArray first = QByteArray(R"("changes": [{"seq": 0, "type": "case", "op": )"
                                            R"("upsert", "id": "c7", "data": )")
                + good + "}, ";
        const QByteArray only = first.chopped(2) + QByteArray("]");
        if (body.contains(R"("changes": [])"))
            body.replace(R"("changes": [])", only);
        else
            body.replace(R"("changes": [)", first);
        body.replace("changes[0]", "changes[1]");
        mentions.replace(QStringLiteral("changes[0]"), QStringLiteral("changes[1]"));
        QString error;
        const auto parsed = json::parseChangePage(body, &error);
        if (refusesPage) {
            QVERIFY(!parsed);
            QVERIFY2(error.contains(mentions), qPrintable(error));
            return;
        }
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->changeCount, 2);
        QCOMPARE(parsed->batch.cases.size(), 1);
        QCOMPARE(parsed->batch.cases.first().data.id, QStringLiteral("c7"));
        QCOMPARE(parsed->batch.quarantined.size(), 1);
        const CacheBatch::QuarantinedRecord &bad = parsed->batch.quarantined.first();
        QCOMPARE(bad.type, QStringLiteral("case"));
        QCOMPARE(bad.id, QStringLiteral("c1"));
        QVERIFY2(bad.error.contains(mentions), qPrintable(bad.error));
        // Kept as it came, to be shown and fetched again.
        QCOMPARE(bad.data.value(QStringLiteral("itemCode")), QStringLiteral("X-1"));
    }

    // The reconciliation's digest is read as strictly: a count past 64 bits is refused.
    void aDigestCountPast64BitsIsRefused()
    {
        const QByteArray body = R"({"groups": [{"department": "SCJG", "stage": "approval", )"
                                R"("count": 1e90, "digest": "ab"}]})";
        QString error;
        QVERIFY(!json::parseCacheDigest(body, &error));
        QVERIFY2(error.contains(QStringLiteral("groups[0].count")), qPrintable(error));
    }

    // The feed is a log: when a page changes one record twice, the later change holds.
    void laterChangeOfARecordHolds()
    {
        const QByteArray upsert = QByteArray(R"({"type": "case", "op": "upsert", "id": "c1", )"
                                             R"("data": )")
                + kCase + "}";
        const QByteArray remove(R"({"type": "case", "op": "delete", "id": "c1"})");
        QString error;
        const auto deleted = json::parseChangePage(page(upsert + "," + remove), &error);
        QVERIFY2(deleted, qPrintable(error));
        QVERIFY(deleted->batch.cases.isEmpty());
        QCOMPARE(deleted->batch.deletedCases, QStringList{QStringLiteral("c1")});
        QCOMPARE(deleted->changeCount, 2);

        const auto back = json::parseChangePage(page(remove + "," + upsert), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->batch.deletedCases.isEmpty());
        QCOMPARE(back->batch.cases.size(), 1);

        QByteArray older(upsert);
        older.replace(R"("version": 4)", R"("version": 3)");
        const auto twice = json::parseChangePage(page(older + "," + upsert), &error);
        QVERIFY2(twice, qPrintable(error));
        QCOMPARE(twice->batch.cases.size(), 1);
        QCOMPARE(twice->batch.cases.first().data.version, 4);
    }

    void tokens()
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
        QString error;
        const auto t = json::parseTokens(
                R"({"access_token": "a", "refresh_token": "r", "expires_in": 900})", now, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->accessExpiresAt, now.addSecs(900));
        QVERIFY(!json::parseTokens(R"({"access_token": "a", "expires_in": 900})", now, &error));
        QVERIFY(error.contains(QStringLiteral("refresh_token")));
    }

    void user()
    {
        QString error;
        const auto u = json::parseUser(R"({"userName": "clerk1", "displayName": "张敏",
            "department": {"code": "SCJG", "name": "城关区市场监督管理局"}, "roles": ["Clerk"]})",
                                       &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->roles, QStringList{QStringLiteral("Clerk")});
        QVERIFY(!json::parseUser(R"({"userName": "clerk1", "displayName": "x", "roles": []})",
                                 &error));
        QVERIFY(error.contains(QStringLiteral("department")));
    }

    void problems()
    {
        QCOMPARE(json::parseProblem(R"({"code": "cursor-expired", "title": "Gone"})").code,
                 QStringLiteral("cursor-expired"));
        QCOMPARE(json::parseProblem(R"({"error": "invalid_grant"})").code,
                 QStringLiteral("invalid_grant"));
        QVERIFY(json::parseProblem("not json").code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
