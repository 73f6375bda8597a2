#include "SimProcess.h"
#include "deadlines/WorkCalendar.h"
#include "platform/PkceSignIn.h"
#include "platform/RestPlatformClient.h"
#include "security/Cipher.h"
#include "store/Database.h"
#include "store/Vault.h"
#include "sync/MaterialFetcher.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {
// Runs one asynchronous client call to its end.
template<typename T, typename Start>
std::pair<T, PlatformError> wait(Start start)
{
    std::pair<T, PlatformError> result;
    QEventLoop loop;
    start([&](const T &value, const PlatformError &error) {
        result = {value, error};
        loop.quit();
    });
    loop.exec();
    return result;
}

std::unique_ptr<RestPlatformClient> signedIn(const QUrl &url, const QString &user)
{
    auto client = std::make_unique<RestPlatformClient>(url);
    const auto [tokens, error] = wait<Tokens>(
            [&](auto done) { client->signIn(user, QStringLiteral("demo123"), done); });
    return error.isError() ? nullptr : std::move(client);
}
} // namespace

// The client's side of the contract (RestPlatformClient) against the platform's (onestop-sim).
class TestPlatformClient : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim{SimProcess::Options{500, 33, 900, QStringLiteral("2026-11-27")}};
    std::unique_ptr<RestPlatformClient> m_clerk, m_clerk2, m_super;
    int m_keys = 0;

    // A case of the clerks' department in `stage` that clerk1 may work on.
    CaseRecord findCase(CaseStage stage)
    {
        QString cursor;
        for (bool more = true; more;) {
            const auto [page, error] = wait<ChangePage>(
                    [&](auto done) { m_clerk->fetchChanges(cursor, 1000, done); });
            if (error.isError())
                return {};
            for (const auto &record : page.batch.cases) {
                if (record.data.stage == stage
                    && (record.data.claimedBy.isEmpty()
                        || record.data.claimedBy == QLatin1String("clerk1"))) {
                    const auto [fresh, e] = wait<CaseRecord>(
                            [&](auto done) { m_clerk->fetchCase(record.data.id, {}, done); });
                    if (!e.isError() && fresh.data.stage == stage)
                        return fresh;
                }
            }
            cursor = page.batch.cursor;
            more = page.hasMore;
        }
        return {};
    }

    ActionRequest action(const CaseRecord &c, const char *type, const QJsonObject &payload = {})
    {
        return {QLatin1String(type), payload,
                QStringLiteral("tst-%1-%2").arg(c.data.id).arg(++m_keys), c.data.version};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        m_clerk = signedIn(m_sim.url(), QStringLiteral("clerk1"));
        m_clerk2 = signedIn(m_sim.url(), QStringLiteral("clerk2"));
        m_super = signedIn(m_sim.url(), QStringLiteral("super1"));
        QVERIFY(m_clerk && m_clerk2 && m_super);
    }

    void conditionalFetch()
    {
        const CaseRecord c = findCase(CaseStage::Review);
        QVERIFY(!c.data.id.isEmpty());
        QVERIFY(!c.etag.isEmpty());
        const auto [again, error]
                = wait<CaseRecord>([&](auto done) { m_clerk->fetchCase(c.data.id, c.etag, done); });
        QVERIFY(!error.isError());
        QVERIFY(again.notModified);
        const auto [missing, notFound] = wait<CaseRecord>(
                [&](auto done) { m_clerk->fetchCase(QStringLiteral("nope/../x"), {}, done); });
        QCOMPARE(notFound.kind, PlatformError::Kind::NotFound);
    }

    void actionsApplyOnceOnTheVersionTheyWereDecidedOn()
    {
        const CaseRecord c = findCase(CaseStage::Acceptance);
        QVERIFY(!c.data.id.isEmpty());
        const ActionRequest accept = action(c, "accept");
        const auto [after, error] = wait<CaseRecord>(
                [&](auto done) { m_clerk->postAction(c.data.id, accept, done); });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(after.data.stage, CaseStage::Review);
        QCOMPARE(after.data.version, c.data.version + 1);
        QVERIFY(!after.replayed);
        // The same request again (a retry after a lost answer): the first answer, nothing new.
        const auto [replay, replayError] = wait<CaseRecord>(
                [&](auto done) { m_clerk->postAction(c.data.id, accept, done); });
        QVERIFY(!replayError.isError());
        QVERIFY(replay.replayed);
        QCOMPARE(replay.data.version, after.data.version);
        // Decided on an old version: refused, with the platform's current case to compare.
        const auto [stale, conflict] = wait<CaseRecord>([&](auto done) {
            m_clerk->postAction(
                    c.data.id,
                    action(c, "propose", {{QStringLiteral("proposal"), QStringLiteral("grant")}}),
                    done);
        });
        QCOMPARE(conflict.kind, PlatformError::Kind::VersionConflict);
        QCOMPARE(QJsonDocument::fromJson(conflict.current)
                         .object()
                         .value(QStringLiteral("version"))
                         .toInteger(),
                 after.data.version);
        QVERIFY(!conflict.isTransient());
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::newRow("stage does not allow it")
                << int(CaseStage::Completed) << QStringLiteral("accept")
                << int(PlatformError::Kind::InvalidState);
        QTest::newRow("payload lacks the law's fields")
                << int(CaseStage::Acceptance) << QStringLiteral("refuseAcceptance")
                << int(PlatformError::Kind::Invalid);
        QTest::newRow("role may not") << int(CaseStage::Approval) << QStringLiteral("approve")
                                      << int(PlatformError::Kind::Forbidden);
    }
    void refusalsSayWhy()
    {
        QFETCH(int, stage);
        QFETCH(QString, type);
        QFETCH(int, kind);
        const CaseRecord c = findCase(CaseStage(stage));
        QVERIFY(!c.data.id.isEmpty());
        const ActionRequest request{
                type, {}, QStringLiteral("refuse-%1").arg(++m_keys), c.data.version};
        const auto [_, error] = wait<CaseRecord>(
                [&](auto done) { m_clerk->postAction(c.data.id, request, done); });
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.isEmpty());
    }

    void claims()
    {
        const CaseRecord c = findCase(CaseStage::PreReview);
        const auto [mine, e1]
                = wait<ClaimResult>([&](auto done) { m_clerk2->claimCase(c.data.id, true, done); });
        QVERIFY2(!e1.isError(), qPrintable(e1.message));
        QCOMPARE(mine.claimedBy, QStringLiteral("clerk2"));
        QVERIFY(mine.expiresAt.isValid());
        const auto [_, taken]
                = wait<ClaimResult>([&](auto done) { m_clerk->claimCase(c.data.id, true, done); });
        QCOMPARE(taken.kind, PlatformError::Kind::InvalidState);
        QCOMPARE(taken.code, QStringLiteral("claimed-by-other"));
        const auto [released, e2] = wait<ClaimResult>(
                [&](auto done) { m_clerk2->claimCase(c.data.id, false, done); });
        QVERIFY(!e2.isError());
        QVERIFY(released.claimedBy.isEmpty());
    }

    void materialsDownloadAndResume()
    {
        const CaseRecord c = findCase(CaseStage::Review);
        for (const MaterialInfo &m : c.data.materials) {
            const auto [whole, error] = wait<MaterialChunk>(
                    [&](auto done) { m_clerk->downloadMaterial(c.data.id, m.id, 0, done); });
            QVERIFY2(!error.isError(), qPrintable(error.message));
            if (whole.data.size() < 100)
                continue; // a zero-byte upload: nothing to resume
            QCOMPARE(whole.totalSize, whole.data.size());
            const auto [tail, e2] = wait<MaterialChunk>(
                    [&](auto done) { m_clerk->downloadMaterial(c.data.id, m.id, 50, done); });
            QVERIFY(!e2.isError());
            QCOMPARE(tail.offset, 50);
            QCOMPARE(tail.totalSize, whole.totalSize);
            QCOMPARE(tail.data, whole.data.mid(50));
            QCOMPARE(tail.mimeType, whole.mimeType);
            return;
        }
        QFAIL("no material with content");
    }

    void noticesUpload()
    {
        const CaseRecord c = findCase(CaseStage::Review);
        const QByteArray pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
        const auto [receipt, error] = wait<NoticeReceipt>([&](auto done) {
            m_clerk->uploadNotice(c.data.id, QStringLiteral("acceptance"), pdf, done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(receipt.size, pdf.size());
        QCOMPARE(receipt.sha256,
                 QString::fromLatin1(
                         QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        const auto [_, refused] = wait<NoticeReceipt>([&](auto done) {
            m_clerk->uploadNotice(c.data.id, QStringLiteral("acceptance"), "plain text", done);
        });
        QCOMPARE(refused.kind, PlatformError::Kind::Invalid);
    }

    void licencesAndCalendar()
    {
        const CaseRecord done = findCase(CaseStage::Completed);
        const auto [licences, error] = wait<QList<Licence>>(
                [&](auto cb) { m_clerk->fetchLicences(done.data.applicant.idNumber, cb); });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!licences.isEmpty());
        QCOMPARE(licences.first().holderId, done.data.applicant.idNumber);
        const auto [calendar, e2]
                = wait<QJsonObject>([&](auto cb) { m_clerk->fetchCalendar(2026, cb); });
        QVERIFY(!e2.isError());
        WorkCalendar fromPlatform;
        QVERIFY(fromPlatform.addYear(calendar));
        QVERIFY(fromPlatform.isWorkingDay(QDate(2026, 10, 10)));
    }

    // Connections cut in the middle of every other body: the fetcher resumes with Range and
    // the vault ends up with the whole file.
    // The authorization-code grant with PKCE, the test playing the browser at the portal.
    void signInThroughTheIdentityPortal()
    {
        QNetworkAccessManager browser;
        auto fetch = [&browser](const QNetworkRequest &request, const QByteArray &form = {}) {
            QNetworkRequest r = request;
            r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = form.isNull() ? browser.get(r) : browser.post(r, form);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return std::make_tuple(
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->rawHeader("Location"), reply->readAll());
        };
        // Follows the portal's redirect to CaseDesk's listener; the code it delivered.
        auto signInAtPortal = [&](PkceSignIn &flow, const QString &user) {
            QString error;
            const QUrl page = flow.start(&error);
            [&] { QVERIFY2(page.isValid() && !page.isEmpty(), qPrintable(error)); }();
            const auto [status, location, html] = fetch(QNetworkRequest(page));
            [&] {
                QCOMPARE(status, 200);
                QVERIFY(html.contains("code_challenge"));
            }();
            QUrlQuery form(page);
            form.addQueryItem(QStringLiteral("username"), user);
            form.addQueryItem(QStringLiteral("password"), QStringLiteral("demo123"));
            QNetworkRequest post(QUrl(page.toString(QUrl::RemoveQuery)));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
            const auto [posted, redirect, unused]
                    = fetch(post, form.toString(QUrl::FullyEncoded).toUtf8());
            QString code;
            auto connection = QObject::connect(&flow, &PkceSignIn::codeReceived,
                                               [&](const QString &c) { code = c; });
            if (posted == 302)
                fetch(QNetworkRequest(QUrl::fromEncoded(redirect)));
            QObject::disconnect(connection);
            return code;
        };

        PkceSignIn flow(m_sim.url().resolved(QUrl(QStringLiteral("/api/v1/authorize"))),
                        QStringLiteral("casedesk-desktop"));
        const QString code = signInAtPortal(flow, QStringLiteral("chief1"));
        QVERIFY(!code.isEmpty());
        RestPlatformClient client(m_sim.url());
        const auto [tokens, error] = wait<Tokens>([&](auto done) {
            client.signInWithCode(code, flow.verifier(), flow.redirectUri(), flow.clientId(), done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const auto [me, meError] = wait<UserInfo>([&](auto done) { client.fetchMe(done); });
        QCOMPARE(me.userName, QStringLiteral("chief1"));

        // A code is good once, and only with the verifier of the request that asked for it.
        RestPlatformClient again(m_sim.url());
        const auto [t2, reused] = wait<Tokens>([&](auto done) {
            again.signInWithCode(code, flow.verifier(), flow.redirectUri(), flow.clientId(), done);
        });
        QCOMPARE(int(reused.kind), int(PlatformError::Kind::BadCredentials));
        PkceSignIn second(m_sim.url().resolved(QUrl(QStringLiteral("/api/v1/authorize"))),
                          QStringLiteral("casedesk-desktop"));
        const QString stolen = signInAtPortal(second, QStringLiteral("clerk1"));
        QVERIFY(!stolen.isEmpty());
        const auto [t3, wrongVerifier] = wait<Tokens>([&](auto done) {
            again.signInWithCode(stolen, flow.verifier(), second.redirectUri(), second.clientId(),
                                 done);
        });
        QCOMPARE(int(wrongVerifier.kind), int(PlatformError::Kind::BadCredentials));
        QVERIFY(!wrongVerifier.message.isEmpty());

        // The listener takes only the answer to its own request (the state must match).
        PkceSignIn third(m_sim.url().resolved(QUrl(QStringLiteral("/api/v1/authorize"))),
                         QStringLiteral("casedesk-desktop"));
        QString error3;
        QVERIFY(third.start(&error3).isValid());
        bool delivered = false;
        connect(&third, &PkceSignIn::codeReceived, this, [&] { delivered = true; });
        const auto [forged, l4, b4] = fetch(QNetworkRequest(
                QUrl(third.redirectUri() + QStringLiteral("?code=evil&state=guess"))));
        QCOMPARE(forged, 400);
        QVERIFY(!delivered);
    }

    // Sign-out ends the session on the platform: the refresh token and its access tokens.
    void revokeEndsTheSession()
    {
        auto client = signedIn(m_sim.url(), QStringLiteral("clerk2"));
        QVERIFY(client);
        QVERIFY(!wait<UserInfo>([&](auto done) { client->fetchMe(done); }).second.isError());
        PlatformError revoked;
        QEventLoop loop;
        client->revoke([&](const PlatformError &e) {
            revoked = e;
            loop.quit();
        });
        loop.exec();
        QVERIFY(!revoked.isError());
        QCOMPARE(int(wait<UserInfo>([&](auto done) { client->fetchMe(done); }).second.kind),
                 int(PlatformError::Kind::SessionExpired));
    }

    void brokenDownloadsResume()
    {
        SimProcess sim(
                SimProcess::Options{60,
                                    3,
                                    900,
                                    QStringLiteral("2026-11-27"),
                                    {QStringLiteral("--faults"), QStringLiteral("truncate=0.5")}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        RestPlatformClient client(sim.url());
        Tokens tokens;
        for (int i = 0; i < 10 && tokens.accessToken.isEmpty(); ++i)
            tokens = wait<Tokens>([&](auto done) {
                         client.signIn(QStringLiteral("super1"), QStringLiteral("demo123"), done);
                     }).first;
        QVERIFY(!tokens.accessToken.isEmpty());
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open(nullptr));
        Vault vault(db, dir.filePath(QStringLiteral("vault")), cipher::randomKey(),
                    100 * 1024 * 1024);
        MaterialFetcher fetcher(client, vault);
        int resumed = 0;
        int stored = 0;
        for (int n = 1; n <= 12; ++n) {
            const QString caseId = QStringLiteral("c%1").arg(n, 8, 10, QLatin1Char('0'));
            QEventLoop loop;
            MaterialFetcher::Result result;
            fetcher.fetch(caseId, QStringLiteral("m2"), false,
                          [&](const MaterialFetcher::Result &r) {
                              result = r;
                              loop.quit();
                          });
            loop.exec();
            if (result.error.isError())
                continue; // four cuts in a row: rare, and reported
            ++stored;
            resumed += result.resumes;
            const auto entry = vault.get(caseId, QStringLiteral("m2"), &error);
            QVERIFY(entry);
            QCOMPARE(entry->content.size(), result.size);
            if (entry->mimeType == "application/pdf")
                QVERIFY(entry->content.trimmed().endsWith("%%EOF"));
            else if (entry->mimeType == "image/jpeg")
                QVERIFY(entry->content.endsWith("\xff\xd9"));
        }
        QVERIFY(stored >= 8);
        QVERIFY(resumed > 0);
    }

    void faultsAreTransientErrors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("kind");
        QTest::newRow("503") << QStringLiteral("error=1") << int(PlatformError::Kind::Server);
        QTest::newRow("cut connection")
                << QStringLiteral("drop=1") << int(PlatformError::Kind::Network);
        QTest::newRow("429") << QStringLiteral("burst=1") << int(PlatformError::Kind::RateLimited);
    }
    void faultsAreTransientErrors()
    {
        QFETCH(QString, spec);
        QFETCH(int, kind);
        SimProcess sim(SimProcess::Options{
                10, 1, 900, QStringLiteral("2026-11-27"), {QStringLiteral("--faults"), spec}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        RestPlatformClient client(sim.url());
        const auto [_, failure] = wait<Tokens>([&](auto done) {
            client.signIn(QStringLiteral("clerk1"), QStringLiteral("demo123"), done);
        });
        QCOMPARE(int(failure.kind), kind);
        QVERIFY(failure.isTransient());
        QVERIFY(!failure.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
