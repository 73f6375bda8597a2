// casedesk-bench: measures CaseDesk's scenarios against a real onestop-sim and real SQLite.
//   casedesk-bench --list
//   casedesk-bench SCENARIO [--cases N]
// Prints one line per figure: SCENARIO METRIC VALUE UNIT.

#include "CasePane.h"
#include "DemoSignIn.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "MaterialViewer.h"
#include "OfdBuilder.h"
#include "SimProcess.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "security/Cipher.h"
#include "session/CaseDetails.h"
#include "session/LocalWriter.h"
#include "session/Workspace.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace casedesk;

namespace {

void figure(const char *scenario, const char *metric, double value, const char *unit)
{
    std::printf("%s %s %.6g %s\n", scenario, metric, value, unit);
    std::fflush(stdout);
}

long peakRssKb()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    long kb = 0;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    }
    std::fclose(f);
    return kb;
}

// Initial sync of every case of the district (as the supervisor, who sees them all), beside a
// raw bulk insert of the same rows into the same schema: the gap is the client's own overhead.
int syncInitial(int cases)
{
    QElapsedTimer timer;
    timer.start();
    SimProcess sim(SimProcess::Options{cases, 42, 3600, QStringLiteral("2026-11-27")});
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    figure("sync-initial", "sim_generate_s", timer.elapsed() / 1000.0, "s");

    PlatformError failure;
    const QString refresh = demoRefreshToken(sim.url(), QStringLiteral("super1"), &failure);
    if (refresh.isEmpty()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(failure.message));
        return 1;
    }
    QEventLoop loop;

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    SyncEngine::Config config;
    config.databasePath = cachePath;
    config.server = sim.url();
    config.pageSize = 2000;
    config.dataKey = cipher::randomKey();
    SyncEngine engine(config);
    int synced = -1;
    QObject::connect(&engine, &SyncEngine::syncFinished, [&](int, int count) {
        synced = count;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::syncFailed, [&](int, const QString &message) {
        error = message;
        loop.quit();
    });
    engine.open(refresh);
    timer.restart();
    engine.syncNow();
    loop.exec();
    const double syncSecs = timer.nsecsElapsed() / 1e9;
    if (synced != cases) {
        std::fprintf(stderr, "sync failed (%d of %d cases): %s\n", synced, cases,
                     qPrintable(error));
        return 1;
    }
    figure("sync-initial", "wall_time", syncSecs, "s");
    figure("sync-initial", "cases_per_s", cases / syncSecs, "1/s");

    // The same rows, straight into SQLite in one transaction with one prepared statement.
    QList<QVariantList> rows;
    {
        Database db(cachePath);
        db.open(nullptr);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
                "SELECT id, case_no, item_code, item_name, department, applicant_name, stage, "
                "received_at, due_date, warn_from, claimed_by, version, json, material_names "
                "FROM cases"));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 14; ++i)
                row.append(q.value(i));
            rows.append(row);
        }
    }
    Database raw(dir.filePath(QStringLiteral("raw.sqlite")));
    if (!raw.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    {
        Database::Transaction tx(raw);
        QSqlQuery insert(raw.connection());
        insert.prepare(QStringLiteral(
                "INSERT INTO cases(id, case_no, item_code, item_name, department, "
                "applicant_name, stage, received_at, due_date, warn_from, claimed_by, "
                "version, json, material_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?)"));
        for (const QVariantList &row : std::as_const(rows)) {
            for (int i = 0; i < 14; ++i)
                insert.bindValue(i, row.at(i));
            insert.exec();
        }
        tx.commit();
    }
    const double rawSecs = timer.nsecsElapsed() / 1e9;
    figure("sqlite-bulk-insert", "rows_per_s", rows.size() / rawSecs, "1/s");
    figure("sync-initial", "peak_rss", peakRssKb() / 1024.0, "MiB");
    return 0;
}

// How fast onestop-sim serves its change feed: every page of `cases` cases, 2,000 a page, read
// raw (no client parsing), so that the figure is the platform side's alone.
int feedServe(int cases)
{
    SimProcess sim(SimProcess::Options{cases,
                                       42,
                                       3600,
                                       QStringLiteral("2026-11-27"),
                                       {QStringLiteral("--rate-limit"), QStringLiteral("0")}});
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    RestPlatformClient client(sim.url());
    QString access;
    QEventLoop loop;
    client.signIn(QStringLiteral("super1"), QStringLiteral("demo123"),
                  [&](const Tokens &t, const PlatformError &) {
                      access = t.accessToken;
                      loop.quit();
                  });
    loop.exec();
    QNetworkAccessManager nam;
    QString cursor;
    int pages = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (bool more = true; more;) {
        QUrl url = sim.url().resolved(QUrl(QStringLiteral("/api/v1/changes")));
        url.setQuery(QStringLiteral("limit=2000&cursor=") + cursor);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + access.toLatin1());
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "feed failed: %s\n", qPrintable(reply->errorString()));
            return 1;
        }
        bytes += body.size();
        ++pages;
        // Only the two fields that steer paging are looked at.
        const qsizetype at = body.lastIndexOf("\"nextCursor\":\"");
        cursor = QString::fromLatin1(body.mid(at + 14, body.indexOf('"', at + 14) - at - 14));
        more = body.endsWith("\"hasMore\":true}");
    }
    const double secs = timer.nsecsElapsed() / 1e9;
    figure("feed-serve", "pages_per_s", pages / secs, "1/s");
    figure("feed-serve", "changes_per_s", cases / secs, "1/s");
    figure("feed-serve", "mib_per_s", bytes / secs / 1048576.0, "MiB/s");
    return 0;
}

// A synthetic cached case, as the feed would deliver it.
CacheBatch::CaseRecord syntheticCase(int n, int version)
{
    Case c;
    c.id = QStringLiteral("c%1").arg(n, 8, 10, QLatin1Char('0'));
    c.caseNo = QStringLiteral("62010220261127%1").arg(n, 6, 10, QLatin1Char('0'));
    c.itemCode = QStringLiteral("620102-SCJG-XK-001");
    c.itemName = QStringLiteral("食品经营许可（新办）");
    c.department = QStringLiteral("SCJG");
    c.applicant.name = QStringLiteral("兰州黄河餐饮管理有限公司%1").arg(n);
    c.stage = n % 3 ? CaseStage::Review : CaseStage::PreReview;
    c.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC).addSecs(-60LL * n);
    c.acceptedAt = c.receivedAt.addDays(1);
    c.version = version;
    c.materials = {{QStringLiteral("m1"), QStringLiteral("食品经营许可申请书"), {}, {}, 0, {}, 1, {}},
                   {QStringLiteral("m2"), QStringLiteral("营业执照"), {}, {}, 0, {}, 1, {}}};
    return {c, QByteArrayLiteral("{\"id\":\"") + c.id.toLatin1() + "\"}"};
}

// Fills a cache at `path` with `cases` synthetic cases, as pages of 10,000.
bool fillCache(Database &db, int cases)
{
    CaseStore store(db, WorkCalendar::builtIn());
    QString error;
    constexpr int kChunk = 10000;
    for (int from = 0; from < cases; from += kChunk) {
        CacheBatch batch;
        for (int n = from; n < std::min(cases, from + kChunk); ++n)
            batch.cases.append(syntheticCase(n, 1));
        batch.cursor = QString::number(from);
        if (!store.apply(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

// A cache of `cases` synthetic cases at `path`, for another process to measure.
int fillCacheAt(int cases, const QString &path)
{
    Database db(path);
    return db.open(nullptr) && fillCache(db, cases) ? 0 : 1;
}

// The inbox over a cache of `cases` cases: opening it, the first page, a re-sort, a search, the
// queue counts. The cache is filled by a child process, so this process's peak memory is the
// inbox's alone, as it is for a clerk who opens a big profile.
int inbox(int cases)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    QProcess fill;
    fill.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("fill-cache"), QStringLiteral("--cases"), QString::number(cases),
                QStringLiteral("--out"), path});
    if (!fill.waitForFinished(-1) || fill.exitCode() != 0) {
        std::fprintf(stderr, "filling the cache failed\n");
        return 1;
    }
    const long rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    Profile profile(dir.path());
    Workspace workspace(profile);
    if (!workspace.open(nullptr))
        qFatal("the cache cannot be opened");
    InboxModel model(workspace.cases());
    for (int row = 0; row < 40; ++row)
        model.index(row, InboxModel::Applicant).data();
    figure("inbox", "first_page_ms", timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    model.sort(InboxModel::Remaining, Qt::AscendingOrder);
    for (int row = 0; row < 40; ++row)
        model.index(row, InboxModel::Applicant).data();
    figure("inbox", "resort_ms", timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    CaseFilter filter;
    filter.search = QStringLiteral("餐饮管理有限公司%1").arg(cases / 2);
    model.setFilter(filter);
    for (int row = 0; row < std::min(40, model.rowCount()); ++row)
        model.index(row, InboxModel::Applicant).data();
    figure("inbox", "search_ms", timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    filter.search = QStringLiteral("兰州");
    model.setFilter(filter);
    for (int row = 0; row < 40; ++row)
        model.index(row, InboxModel::Applicant).data();
    figure("inbox", "short_search_ms", timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    filter.search = QStringLiteral("62");
    model.setFilter(filter);
    for (int row = 0; row < 40; ++row)
        model.index(row, InboxModel::Applicant).data();
    figure("inbox", "number_prefix_search_ms", timer.nsecsElapsed() / 1e6, "ms");
    // After a sync: the list read again without a reset, the selected case (deep in the list,
    // as a persistent index like a view's selection) kept on its row.
    for (const auto &[column, name] :
         {std::pair{int(InboxModel::Received), "refresh_by_received_ms"},
          std::pair{int(InboxModel::Remaining), "refresh_by_due_ms"}}) {
        model.setFilter({});
        model.sort(column, Qt::DescendingOrder);
        const QPersistentModelIndex selected(model.index(std::min(5000, model.rowCount() - 1), 0));
        timer.restart();
        model.refresh();
        for (int row = 0; row < 40; ++row)
            model.index(selected.row() + row, InboxModel::Applicant).data();
        figure("inbox", name, timer.nsecsElapsed() / 1e6, "ms");
    }
    // The sidebar's eleven counts, as the counter thread runs them (off the UI thread).
    timer.restart();
    {
        Database db(path);
        db.open(nullptr);
        CaseStore store(db, WorkCalendar::builtIn());
        CaseFilter count;
        count.today = QDate(2026, 11, 27);
        count.user = QStringLiteral("clerk1");
        for (CaseQueue queue :
             {CaseQueue::Mine, CaseQueue::PreReview, CaseQueue::Acceptance, CaseQueue::Correction,
              CaseQueue::Review, CaseQueue::Approval, CaseQueue::Suspended, CaseQueue::DueSoon,
              CaseQueue::Overdue, CaseQueue::Completed, CaseQueue::All}) {
            count.queue = queue;
            store.caseCount(count);
        }
    }
    figure("inbox", "queue_counts_ms", timer.nsecsElapsed() / 1e6, "ms");
    figure("inbox", "rss_growth", (peakRssKb() - rssBefore) / 1024.0, "MiB");
    figure("inbox", "peak_rss", peakRssKb() / 1024.0, "MiB");
    return 0;
}

// 100 changes into a cache of `cases` cases: the steady state of a sync on a big profile.
int syncIncremental(int cases)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fillCache(db, cases))
        return 1;
    CaseStore store(db, WorkCalendar::builtIn());
    figure("sync-incremental", "fill_s", timer.nsecsElapsed() / 1e9, "s");
    // Five rounds of 100 changes spread over the cache (a new stage, a new version).
    QRandomGenerator rng(7);
    double worstMs = 0;
    double totalMs = 0;
    for (int round = 0; round < 5; ++round) {
        CacheBatch batch;
        for (int i = 0; i < 100; ++i) {
            auto record = syntheticCase(int(rng.bounded(cases)), 2 + round);
            record.data.stage = CaseStage::Approval;
            batch.cases.append(record);
        }
        batch.cursor = QStringLiteral("r%1").arg(round);
        timer.restart();
        if (!store.apply(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        worstMs = std::max(worstMs, ms);
        totalMs += ms;
    }
    figure("sync-incremental", "apply_100_ms", totalMs / 5, "ms");
    figure("sync-incremental", "apply_100_worst_ms", worstMs, "ms");
    figure("sync-incremental", "peak_rss", peakRssKb() / 1024.0, "MiB");
    return 0;
}

QByteArray benchPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("AR PL UMing CN"), 12));
    for (int i = 0; i < pages; ++i) {
        if (i)
            writer.newPage();
        p.drawRect(QRectF(40, 40, 500, 700));
        for (int line = 0; line < 40; ++line)
            p.drawText(QPointF(60, 80 + line * 16),
                       QStringLiteral("第%1页 第%2行 营业执照 法定代表人身份证明 经营场所使用证明")
                               .arg(i + 1)
                               .arg(line + 1));
    }
    p.end();
    return bytes;
}

// The same content as benchPdf, as an OFD: a frame and 40 lines of text on each page, the glyph
// places given (a full em for a Chinese character, half for a digit).
QByteArray benchOfd(int pages)
{
    QList<QByteArray> content;
    for (int i = 0; i < pages; ++i) {
        QByteArray page = "<ofd:PathObject ID=\"1\" Boundary=\"14 14 176 247\">"
                          "<ofd:AbbreviatedData>M 0 0 L 176 0 L 176 247 L 0 247 C"
                          "</ofd:AbbreviatedData></ofd:PathObject>";
        for (int line = 0; line < 40; ++line) {
            const QString text
                    = QStringLiteral("第%1页 第%2行 营业执照 法定代表人身份证明 经营场所使用证明")
                              .arg(i + 1)
                              .arg(line + 1);
            QByteArray deltas;
            for (qsizetype k = 0; k + 1 < text.size(); ++k)
                deltas += (k ? " " : "") + QByteArray(text[k].unicode() < 0x80 ? "2.1" : "4.2");
            page += "<ofd:TextObject ID=\"2\" Boundary=\"21 " + QByteArray::number(24 + line * 5.6)
                    + " 170 6\" Font=\"3\" Size=\"4.2\"><ofd:TextCode X=\"0\" Y=\"4.2\" DeltaX=\""
                    + deltas + "\">" + text.toUtf8() + "</ofd:TextCode></ofd:TextObject>";
        }
        content.append(page);
    }
    return OfdBuilder::document(content,
                                "<ofd:Fonts><ofd:Font ID=\"3\" FontName=\"宋体\"/></ofd:Fonts>")
            .zip();
}

// The viewer as a clerk meets it: the first page of a long PDF, flipping pages, a huge scan; and
// the longest the UI thread was kept from its events meanwhile.
int viewer()
{
    MaterialViewer view;
    view.resize(1440, 900);
    view.show();
    QElapsedTimer stall;
    double worstStallMs = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worstStallMs = std::max(worstStallMs, stall.nsecsElapsed() / 1e6 - 5);
        stall.restart();
    });
    auto waitShown = [&view] {
        QEventLoop loop;
        QObject::connect(&view, &MaterialViewer::pageShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    // The first page of a long document, then 30 flips, for each kind: the same content as PDF
    // and as OFD (the OFD is drawn by CaseDesk's own reader, the PDF by QtPdf).
    struct Document
    {
        const char *kind;
        int pages;
        QByteArray (*make)(int);
        bool flips;
    };
    for (const Document &d :
         {Document{"pdf", 200, benchPdf, false}, Document{"pdf", 500, benchPdf, true},
          Document{"ofd", 200, benchOfd, true}}) {
        tick.stop();
        const QByteArray bytes = d.make(d.pages);
        QElapsedTimer timer;
        timer.start();
        stall.start();
        tick.start();
        view.setFiles(
                {{QStringLiteral("p"), QStringLiteral("long.") + QLatin1String(d.kind), bytes}});
        waitShown();
        const QString prefix = QLatin1String(d.kind) == QLatin1String("pdf")
                ? QString()
                : QLatin1String(d.kind) + QLatin1Char('_');
        figure("viewer", qPrintable(QStringLiteral("%1first_page_%2p_ms").arg(prefix).arg(d.pages)),
               timer.nsecsElapsed() / 1e6, "ms");
        if (!d.flips)
            continue;
        QList<double> flips;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer flip;
            flip.start();
            view.nextPage();
            waitShown();
            flips.append(flip.nsecsElapsed() / 1e6);
        }
        std::sort(flips.begin(), flips.end());
        figure("viewer", qPrintable(prefix + QStringLiteral("page_flip_median_ms")),
               flips.at(flips.size() / 2), "ms");
        figure("viewer", qPrintable(prefix + QStringLiteral("page_flip_worst_ms")), flips.last(),
               "ms");
    }

    tick.stop(); // making the test file is not the viewer's time
    QImage scan(10328, 7760, QImage::Format_RGB32); // 80 megapixels
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        p.setFont(QFont(QStringLiteral("AR PL UMing CN"), 200));
        for (int y = 300; y < scan.height(); y += 400)
            p.drawText(200, y, QStringLiteral("营业执照 统一社会信用代码 91620102MA7XXXXXXX"));
    }
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        scan.save(&buffer, "JPEG", 85);
    }
    scan = QImage();
    QElapsedTimer timer;
    timer.start();
    stall.restart();
    tick.start();
    view.setFiles({{QStringLiteral("s"), QStringLiteral("scan.jpg"), jpeg}});
    waitShown();
    figure("viewer", "image_80mp_ms", timer.nsecsElapsed() / 1e6, "ms");
    tick.stop();
    figure("viewer", "ui_stall_worst_ms", worstStallMs, "ms");
    figure("viewer", "peak_rss", peakRssKb() / 1024.0, "MiB");
    return 0;
}

// The window's thread while the supervisor's initial sync of `cases` cases runs on the engine's
// thread, as SyncService runs it: a 5 ms timer measures how long the thread was kept from its
// events, while the inbox (view, model, case pane) is scrolled, re-sorted and searched, the pane
// follows the selection, the list is refreshed as after each change, and a local action is
// written now and then (it waits for the engine's page transaction if anything does).
int uiDuringSync(int cases)
{
    SimProcess sim(SimProcess::Options{cases, 42, 3600, QStringLiteral("2026-11-27")});
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PlatformError failure;
    const QString refresh = demoRefreshToken(sim.url(), QStringLiteral("super1"), &failure);
    if (refresh.isEmpty()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(failure.message));
        return 1;
    }
    QTemporaryDir dir;
    Profile profile(dir.path());
    profile.setServer(sim.url());
    profile.setUserName(QStringLiteral("super1"));
    profile.setRoles({QStringLiteral("Supervisor")});
    Workspace workspace(profile);
    if (!workspace.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    workspace.setDataKey(cipher::randomKey());
    InboxModel model(workspace.cases());
    InboxView view(model);
    view.resize(1000, 700);
    view.show();
    CasePane pane;
    pane.resize(500, 900);
    pane.show();
    CaseDetailsController details(*workspace.database(), *workspace.cases(), *workspace.outbox(),
                                  profile.templatesDir());
    details.setUser(workspace.user());
    QObject::connect(&details, &CaseDetailsController::detailsChanged, &pane,
                     [&] { pane.showDetails(&details.details()); });

    // The engine as the window runs it: the app's own configuration (pages of 1,000).
    const SyncEngine::Config config = workspace.syncConfig();
    QThread thread;
    auto *engine = new SyncEngine(config);
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    thread.start();

    QElapsedTimer sinceTick;
    QList<double> stalls;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        stalls.append(std::max(0.0, sinceTick.nsecsElapsed() / 1e6 - 5));
        sinceTick.restart();
    });
    // The clerk's hands: every 40 ms a step of scrolling, with a re-sort, a search and a
    // refresh now and then; the pane follows the row.
    int step = 0;
    QTimer hands;
    hands.setInterval(40);
    // The worst of each kind of step, to tell which one keeps the thread.
    std::map<std::string, double> worstStep;
    const auto timed = [&worstStep](const char *kind, const std::function<void()> &work) {
        QElapsedTimer t;
        t.start();
        work();
        double &worst = worstStep[kind];
        worst = std::max(worst, t.nsecsElapsed() / 1e6);
    };
    QObject::connect(&hands, &QTimer::timeout, [&] {
        ++step;
        if (step % 25 == 0) {
            timed("search", [&] {
                CaseFilter filter = model.filter();
                filter.search = filter.search.isEmpty() ? QStringLiteral("餐饮") : QString();
                model.setFilter(filter);
            });
        } else if (step % 10 == 0) {
            timed("sort", [&] {
                view.sortByColumn(step % 20 == 0 ? InboxModel::Remaining : InboxModel::Received,
                                  Qt::AscendingOrder);
            });
        } else if (step % 5 == 0) {
            timed("refresh", [&] { model.refresh(); });
        }
        const int rows = model.rowCount();
        if (rows == 0)
            return;
        const int row = (step * 97) % rows;
        timed("scroll", [&] {
            view.scrollTo(model.index(row, 0));
            view.selectionModel()->setCurrentIndex(model.index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
        });
        if (const CaseSummary *s = model.summaryAt(row)) {
            timed("pane", [&] { details.setCase(s->id); });
            if (step % 50 == 0) {
                // A clerk's accept, handed to the writer thread as the action form hands it;
                // the time the window's thread spends on it, and the time to the answer.
                QElapsedTimer *answer = new QElapsedTimer;
                answer->start();
                timed("local_write", [&] {
                    workspace.writer()->takeAction(
                            s->id, Role::Clerk, QStringLiteral("clerk1"), QStringLiteral("accept"),
                            {}, [&worstStep, answer](const ActionService::Result &) {
                                double &worst = worstStep["local_answer"];
                                worst = std::max(worst, answer->nsecsElapsed() / 1e6);
                                delete answer;
                            });
                });
            }
        }
    });

    QEventLoop loop;
    int synced = -1;
    QObject::connect(engine, &SyncEngine::syncFinished, &loop, [&](int, int count) {
        synced = count;
        loop.quit();
    });
    QObject::connect(engine, &SyncEngine::syncFailed, &loop, [&](int, const QString &message) {
        error = message;
        loop.quit();
    });
    QMetaObject::invokeMethod(engine, "open", Qt::QueuedConnection, Q_ARG(QString, refresh));
    QMetaObject::invokeMethod(engine, "syncNow", Qt::QueuedConnection);
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    tick.start();
    hands.start();
    loop.exec();
    tick.stop();
    hands.stop();
    const double wallSecs = wall.nsecsElapsed() / 1e9;
    thread.quit();
    thread.wait();
    if (synced < 0) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(error));
        return 1;
    }
    std::sort(stalls.begin(), stalls.end());
    const auto over = [&stalls](double ms) {
        return double(
                std::count_if(stalls.cbegin(), stalls.cend(), [ms](double s) { return s > ms; }));
    };
    figure("ui-during-sync", "sync_wall_time", wallSecs, "s");
    figure("ui-during-sync", "hand_steps", step, "steps");
    figure("ui-during-sync", "ui_stall_worst_ms", stalls.isEmpty() ? 0 : stalls.last(), "ms");
    figure("ui-during-sync", "ui_stall_p99_ms",
           stalls.isEmpty() ? 0 : stalls.at(qsizetype(stalls.size() * 0.99)), "ms");
    figure("ui-during-sync", "stalls_over_16ms", over(16), "count");
    figure("ui-during-sync", "stalls_over_50ms", over(50), "count");
    for (const auto &[kind, ms] : worstStep)
        figure("ui-during-sync", (kind + "_worst_ms").c_str(), ms, "ms");
    figure("ui-during-sync", "peak_rss", peakRssKb() / 1024.0, "MiB");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The viewer scenario needs widgets; without a screen they render offscreen.
    const bool widgets = argc > 1
            && (qstrcmp(argv[1], "viewer") == 0 || qstrcmp(argv[1], "ui-during-sync") == 0);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = widgets
            ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("CaseDesk benchmarks. Prints SCENARIO METRIC VALUE UNIT."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QStringLiteral("The scenario to run."));
    parser.addOptions({{QStringLiteral("list"), QStringLiteral("List the scenarios.")},
                       {QStringLiteral("cases"), QStringLiteral("Number of cases."),
                        QStringLiteral("n"), QStringLiteral("20000")},
                       {QStringLiteral("out"), QStringLiteral("fill-cache: the cache file."),
                        QStringLiteral("path")}});
    parser.process(app);

    const std::map<QString, std::pair<QString, std::function<int()>>> scenarios{
            {QStringLiteral("sync-initial"),
             {QStringLiteral("initial sync of --cases N cases from onestop-sim, beside a raw "
                             "SQLite bulk insert"),
              [&] { return syncInitial(parser.value(QStringLiteral("cases")).toInt()); }}},
            {QStringLiteral("sync-incremental"),
             {QStringLiteral("100 changes applied to a cache of --cases N cases (filled "
                             "synthetically first)"),
              [&] { return syncIncremental(parser.value(QStringLiteral("cases")).toInt()); }}},
            {QStringLiteral("inbox"),
             {QStringLiteral("the inbox model over --cases N cached cases: first page, re-sort, "
                             "searches, memory"),
              [&] { return inbox(parser.value(QStringLiteral("cases")).toInt()); }}},
            {QStringLiteral("fill-cache"),
             {QStringLiteral(
                      "writes a cache of --cases N synthetic cases to --out PATH (used by inbox)"),
              [&] {
                  return fillCacheAt(parser.value(QStringLiteral("cases")).toInt(),
                                     parser.value(QStringLiteral("out")));
              }}},
            {QStringLiteral("viewer"),
             {QStringLiteral("the material viewer: first page of 200- and 500-page PDFs and a "
                             "200-page OFD, page "
                             "flips, an 80-megapixel scan, UI stalls"),
              [] { return viewer(); }}},
            {QStringLiteral("ui-during-sync"),
             {QStringLiteral("the window's thread (inbox, pane, local actions) while an initial "
                             "sync of --cases N cases runs: UI stalls"),
              [&] { return uiDuringSync(parser.value(QStringLiteral("cases")).toInt()); }}},
            {QStringLiteral("feed-serve"),
             {QStringLiteral("onestop-sim serving its whole change feed for --cases N cases, pages "
                             "of 2,000"),
              [&] { return feedServe(parser.value(QStringLiteral("cases")).toInt()); }}},
    };
    if (parser.isSet(QStringLiteral("list"))) {
        for (const auto &[name, scenario] : scenarios)
            std::printf("%s\t%s\n", qPrintable(name), qPrintable(scenario.first));
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const auto it = args.size() == 1 ? scenarios.find(args.first()) : scenarios.end();
    if (it == scenarios.end()) {
        std::fprintf(stderr, "casedesk-bench: name one scenario (see --list)\n");
        return 2;
    }
    return it->second.second();
}
