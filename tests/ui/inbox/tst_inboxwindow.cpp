#include "AboutDialog.h"
#include "CasePane.h"
#include "FilterBar.h"
#include "InboxModel.h"
#include "InboxPanel.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "PlainMessage.h"
#include "QueueList.h"
#include "SessionLock.h"
#include "TestDesk.h"
#include "WorkloadDialog.h"
#include "core/Localization.h"
#include "core/Profile.h"
#include "deadlines/StageDeadline.h"
#include "security/CredentialStore.h"
#include "security/DataKey.h"
#include "security/UnlockVerifier.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/SearchIndex.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace casedesk;

// The main window over a cache filled the way the sync engine fills it.
class TestInboxWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    CredentialStore m_credentials;

    // The main window on the test's cache, shown, as clerk1 in `role`.
    // Runs `open`, which shows a modal dialog of type Dialog, and hands the dialog to `answer`
    // while it is up; `answer` closes it.
    template<typename Dialog, typename Open, typename Answer>
    static void whileModal(Open open, Answer answer)
    {
        QTimer look;
        look.setInterval(20);
        QObject::connect(&look, &QTimer::timeout, [&] {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget()))
                answer(dialog);
        });
        look.start();
        open();
        look.stop();
    }

    std::unique_ptr<TestDesk> openWindow(const QString &role = QStringLiteral("Clerk"))
    {
        m_profile->setUserName(QStringLiteral("clerk1"));
        m_profile->setRoles({role});
        auto desk = std::make_unique<TestDesk>(*m_profile, m_credentials);
        desk->window().show();
        if (!QTest::qWaitForWindowExposed(&desk->window()))
            qWarning("the window was not exposed");
        return desk;
    }

    // A case as the platform sends it and as the sync engine stores it.
    static CacheBatch::CaseRecord caseRecord(const QString &id, const QString &caseNo,
                                             const QString &name, CaseStage stage,
                                             const QDateTime &received)
    {
        Case c;
        c.id = id;
        c.caseNo = caseNo;
        c.itemName = QStringLiteral("食品经营许可（新办）");
        c.applicant.name = name;
        c.stage = stage;
        c.receivedAt = received;
        const QJsonObject record{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("caseNo"), c.caseNo},
                {QStringLiteral("itemCode"), QStringLiteral("X-1")},
                {QStringLiteral("itemName"), c.itemName},
                {QStringLiteral("department"), QStringLiteral("SCJG")},
                {QStringLiteral("stage"), stageWireName(stage)},
                {QStringLiteral("receivedAt"), c.receivedAt.toString(Qt::ISODate)},
                {QStringLiteral("version"), 1},
                {QStringLiteral("applicant"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                             {QStringLiteral("name"), c.applicant.name},
                             {QStringLiteral("idNumber"), QStringLiteral("620102199003071234")},
                             {QStringLiteral("phone"), QStringLiteral("13912345678")}}}};
        return {c, QJsonDocument(record).toJson(QJsonDocument::Compact)};
    }

    // Writes as the sync engine does: through a connection of its own, sealed with the key.
    void store(const QList<CacheBatch::CaseRecord> &cases)
    {
        Database db(m_profile->databasePath());
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        CredentialStore credentials;
        QString keyError;
        const auto key = profileDataKey(credentials, *m_profile, &keyError);
        QVERIFY2(key, qPrintable(keyError));
        store.setPersonalDataKey(*key);
        CacheBatch batch;
        batch.cases = cases;
        batch.cursor = QStringLiteral("x");
        QVERIFY(store.apply(batch, nullptr));
    }

    void fillCache(int count)
    {
        QList<CacheBatch::CaseRecord> cases;
        for (int i = 0; i < count; ++i)
            cases.append(
                    caseRecord(QStringLiteral("c%1").arg(i, 6, 10, QLatin1Char('0')),
                               QStringLiteral("62010220261127%1").arg(i, 6, 10, QLatin1Char('0')),
                               i == 0 ? QStringLiteral("<b>马</b>小<i>花</i>")
                                      : QStringLiteral("张伟%1").arg(i),
                               CaseStage::PreReview,
                               QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone(8 * 3600))
                                       .addSecs(-60 * i)));
        store(cases);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = std::make_unique<Profile>(m_dir.path());
        QCOMPARE(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        fillCache(5000);
    }

    void messagesShowTextAsWritten()
    {
        // An error quoting an applicant's or the platform's text shows it literally.
        const QString hostile = QStringLiteral("<b>张伟</b><img src=x> 的材料无法保存");
        QString shown;
        Qt::TextFormat format = Qt::AutoText;
        whileModal<QMessageBox>(
                [&] {
                    showPlainMessage(nullptr, QMessageBox::Warning, QStringLiteral("保存"),
                                     hostile);
                },
                [&](QMessageBox *box) {
                    shown = box->text();
                    format = box->textFormat();
                    box->accept();
                });
        QCOMPARE(shown, hostile);
        QCOMPARE(format, Qt::PlainText);
    }

    void showsTheCachedCasesInChinese()
    {
        CredentialStore credentials;
        TestDesk windowDesk(*m_profile, credentials);
        MainWindow &window = windowDesk.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.inbox()->rowCount(), 5000);
        QCOMPARE(window.countText(), QStringLiteral("共 5000 件"));
        QCOMPARE(window.inbox()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("申报号"));
        QCOMPARE(window.inbox()->headerData(InboxModel::Remaining, Qt::Horizontal).toString(),
                 QStringLiteral("剩余时限"));
        // Qt's own buttons in dialogs speak Chinese too (qt6-translations-l10n).
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(window.inbox()->index(0, InboxModel::Stage).data().toString(),
                 QStringLiteral("待预审"));
        QVERIFY(!window.inboxView()->accessibleName().isEmpty());
    }

    // The window comes back as it was left on the same screen; saved at another scale (200 %
    // halves the logical screen), it starts at its first size instead of a cramped one.
    void theWindowReopensAsLeftUnlessTheScaleChanged()
    {
        CredentialStore credentials;
        QSize fresh;
        {
            TestDesk desk(*m_profile, credentials);
            desk.window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&desk.window()));
            fresh = QSize(1280, 800).boundedTo(desk.window().screen()->availableGeometry().size()
                                               * 0.9);
            desk.window().resize(500, 380);
            desk.window().close();
        }
        {
            TestDesk desk(*m_profile, credentials);
            QCOMPARE(desk.window().size(), QSize(500, 380));
            desk.window().close();
        }
        m_profile->settings()->setValue(QStringLiteral("window/screen"), QSize(720, 450));
        TestDesk desk(*m_profile, credentials);
        QCOMPARE(desk.window().size(), fresh);
    }

    void keyboardSelectionShowsTheCaseAsPlainText()
    {
        CredentialStore credentials;
        TestDesk windowDesk(*m_profile, credentials);
        MainWindow &window = windowDesk.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.inboxView();
        view->setFocus();
        view->setCurrentIndex(window.inbox()->index(0, 0));
        QCOMPARE(window.casePane()->shownCaseNo(), QStringLiteral("62010220261127000000"));
        // Markup in a name from the platform is text, never rendered.
        const QList<QLabel *> labels = window.casePane()->findChildren<QLabel *>();
        bool found = false;
        for (QLabel *label : labels) {
            if (label->text() == QStringLiteral("<b>马</b>小<i>花</i>")) {
                found = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(found);
        // The deadline explains itself: received Friday 27 November, pre-review by Tuesday.
        QVERIFY2(window.casePane()->deadlineSteps().contains(QStringLiteral("2026-12-01")),
                 qPrintable(window.casePane()->deadlineSteps()));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(window.casePane()->shownCaseNo(), QStringLiteral("62010220261127000001"));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(window.casePane()->shownCaseNo(), QStringLiteral("62010220261127004999"));
    }

    void enterOpensTheCaseAndTypingSearches()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        window.activateWindow();
        window.inboxView()->setFocus();
        window.inboxView()->setCurrentIndex(window.inbox()->index(3, 0));
        QCoreApplication::processEvents(); // new buttons are shown by the event loop
        QTest::keyClick(window.inboxView(), Qt::Key_Return);
        auto *focused = qobject_cast<QPushButton *>(window.focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(),
                 QStringLiteral("预审意见")); // the first action this clerk may take
        window.inboxView()->setFocus();
        QTest::keyClicks(window.inboxView(), QStringLiteral("4999"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QCOMPARE(search->text(), QStringLiteral("4999"));
        QCOMPARE(window.focusWidget(), search);
        QTRY_COMPARE(window.inbox()->rowCount(), 1);
        search->clear();
    }

    void theCasePaneOffersWhatTheRoleMayDo_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("offersPreReview");
        QTest::newRow("clerk") << QStringLiteral("Clerk") << true;
        QTest::newRow("chief") << QStringLiteral("Chief") << false;
        QTest::newRow("supervisor") << QStringLiteral("Supervisor") << false;
    }
    void theCasePaneOffersWhatTheRoleMayDo()
    {
        QFETCH(QString, role);
        QFETCH(bool, offersPreReview);
        const auto opened = openWindow(role);
        MainWindow &window = opened->window();
        window.inboxView()->setCurrentIndex(window.inbox()->index(1, 0));
        QCOMPARE(window.casePane()->actionLabels().contains(QStringLiteral("预审意见")),
                 offersPreReview);
        if (role == QLatin1String("Supervisor"))
            QVERIFY(window.casePane()->actionLabels().isEmpty());
    }

    void personalDataIsMaskedAndRevealedOnRecord()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        window.inboxView()->setCurrentIndex(window.inbox()->index(2, 0));
        QCOMPARE(window.casePane()->shownIdNumber(), QStringLiteral("620102********1234"));
        QPushButton *button = nullptr;
        for (QPushButton *b : window.casePane()->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("完整显示（将被记录）"))
                button = b;
        }
        QVERIFY(button && !button->isHidden());
        const qsizetype before = window.workspace().audit()->entries().size();
        button->click();
        QCOMPARE(window.casePane()->shownIdNumber(), QStringLiteral("620102199003071234"));
        const QList<AuditLog::Entry> log = window.workspace().audit()->entries();
        QCOMPARE(log.size(), before + 1);
        QCOMPARE(log.constLast().kind, QStringLiteral("reveal"));
        // Another case: masked again.
        window.inboxView()->setCurrentIndex(window.inbox()->index(3, 0));
        QCOMPARE(window.casePane()->shownIdNumber(), QStringLiteral("620102********1234"));
        // A supervisor is not offered the reveal.
        m_profile->setRoles({QStringLiteral("Supervisor")});
        TestDesk supervisorDesk(*m_profile, m_credentials);
        MainWindow &supervisor = supervisorDesk.window();
        supervisor.show();
        supervisor.inboxView()->setCurrentIndex(supervisor.inbox()->index(2, 0));
        QCOMPARE(supervisor.casePane()->shownIdNumber(), QStringLiteral("620102********1234"));
        for (QPushButton *b : supervisor.casePane()->findChildren<QPushButton *>())
            QVERIFY(b->text() != QStringLiteral("完整显示（将被记录）") || b->isHidden());
    }

    void theSessionLocksAndOpensWithThePassword()
    {
        m_profile->setUserName(QStringLiteral("clerk1"));
        m_profile->setRoles({QStringLiteral("Clerk")});
        CredentialStore credentials;
        QVERIFY(credentials.writeNow(m_profile->unlockVerifierKey(),
                                     unlock::makeVerifier(QStringLiteral("demo123")), nullptr));
        TestDesk windowDesk(*m_profile, credentials);
        MainWindow &window = windowDesk.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionLock *lock = window.sessionLock();
        const qsizetype before = window.workspace().audit()->entries().size();

        // On demand (Ctrl+L): the cases are hidden, the menus inactive.
        QTest::keyClick(window.inboxView(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(lock->isLocked());
        QVERIFY(!window.inboxView()->isVisible());
        QVERIFY(!window.casePane()->isVisible());
        QVERIFY(!window.menuBar()->isEnabled());
        QLineEdit *password = lock->screen()->passwordField();
        QVERIFY(password->isVisible());
        QVERIFY(!password->accessibleName().isEmpty());

        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        // Checked off the window's thread: the answer comes a moment later.
        QTRY_VERIFY(password->text().isEmpty());
        QVERIFY(lock->isLocked());
        QVERIFY(!window.inboxView()->isVisible());

        QTest::keyClicks(password, QStringLiteral("demo123"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!lock->isLocked());
        QVERIFY(window.inboxView()->isVisible());
        QVERIFY(window.menuBar()->isEnabled());
        QStringList kinds;
        for (const AuditLog::Entry &e : window.workspace().audit()->entries().mid(before))
            kinds.append(e.kind);
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("lock"), QStringLiteral("unlock-failed"),
                              QStringLiteral("unlock")}));

        // Idle: no input for the configured time locks by itself; input keeps it open.
        // 2.4 s of use with a 2 s limit stays open only if the key press restarted the time;
        // the margins allow for a slow, busy machine.
        lock->setIdleLimit(2000);
        QTest::qWait(1200);
        QTest::keyClick(window.inboxView(), Qt::Key_Down);
        QTest::qWait(1200);
        QVERIFY(!lock->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
        QVERIFY(!window.inboxView()->isVisible());
        lock->setIdleLimit(0);
        QTest::keyClicks(password, QStringLiteral("demo123"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!lock->isLocked());
        credentials.removeNow(m_profile->unlockVerifierKey(), nullptr);
    }

    void filtersColumnsAndSavedFilters()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        auto *bar = window.findChild<FilterBar *>();
        QVERIFY(bar && !bar->isVisible());
        QTest::keyClick(window.inboxView(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(bar->isVisible());
        // Every field of the bar is named for screen readers (a button by its text).
        for (QWidget *w : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(bar))
                QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(w),
                         w->metaObject()->className());
        }
        const int all = window.inbox()->rowCount();
        QVERIFY(all > 0);
        auto *mine = bar->findChildren<QCheckBox *>().constLast();
        QCOMPARE(mine->text(), QStringLiteral("由我认领(&M)"));
        mine->setChecked(true);
        QCOMPARE(window.inbox()->rowCount(), 0); // nothing in this cache is claimed
        bar->save(QStringLiteral("我认领的"));
        bar->clear();
        QCOMPARE(window.inbox()->rowCount(), all);
        QVERIFY(bar->savedNames().contains(QStringLiteral("我认领的")));
        QVERIFY(bar->restore(QStringLiteral("我认领的")));
        bar->save(QStringLiteral("本周/待办")); // a slash does not nest settings groups
        QVERIFY(bar->savedNames().contains(QStringLiteral("本周／待办")));
        QCOMPARE(window.inbox()->rowCount(), 0);
        bar->clear();

        // The column chooser on the header: one checkable entry a column.
        const QList<QAction *> toggles = window.inboxView()->horizontalHeader()->actions();
        QCOMPARE(toggles.size(), window.inbox()->columnCount());
        toggles.at(InboxModel::Item)->setChecked(false);
        QVERIFY(window.inboxView()->isColumnHidden(InboxModel::Item));
        toggles.at(InboxModel::Item)->setChecked(true);
        QVERIFY(!window.inboxView()->isColumnHidden(InboxModel::Item));
    }

    // View › Workload: counted off the window's thread, then one row per holder; the open
    // cases add up to what the stage queues hold.
    void theWorkloadIsCountedOffTheWindow()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        WorkloadDialog dialog(window.workspace().profile().databasePath(), window.inbox()->today(),
                              window.inbox()->store()->calendar(), true);
        QVERIFY(!dialog.table()->accessibleName().isEmpty());
        QTRY_VERIFY(dialog.isCounted());
        QVERIFY(dialog.table()->rowCount() >= 1);
        int open = 0;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            open += dialog.table()->item(r, 1)->text().toInt();
        int queued = 0;
        for (CaseStage stage : allStages()) {
            if (!isOpenStage(stage))
                continue;
            CaseFilter filter;
            filter.stage = stage;
            queued += window.inbox()->store()->caseCount(filter);
        }
        QCOMPARE(open, queued);
        QCOMPARE(dialog.table()->horizontalHeaderItem(0)->text(), QStringLiteral("认领人"));

        // Drill down: a holder's cases in the inbox, as many as the cache holds for him (counted
        // here by plain SQL), with a mark that clears it.
        QSqlQuery q(opened->workspace.database()->connection());
        // Some of the demo desk's cases held by one clerk (the desk's cases are unclaimed).
        QVERIFY(q.exec(
                QStringLiteral("UPDATE cases SET claimed_by = 'clerk1' WHERE rowid % 3 = 0")));
        QVERIFY(q.exec(QStringLiteral(
                "SELECT claimed_by, COUNT(*) FROM cases WHERE claimed_by IS NOT NULL "
                "GROUP BY claimed_by ORDER BY COUNT(*) DESC LIMIT 1")));
        QVERIFY(q.next());
        const QString holder = q.value(0).toString();
        const int held = q.value(1).toInt();
        auto *panel = window.findChild<InboxPanel *>();
        QVERIFY(panel);
        auto *mark = panel->findChild<QPushButton *>(QStringLiteral("heldBy"));
        QVERIFY(mark && mark->isHidden());
        window.findChild<QueueList *>()->showAll();
        panel->showHeldBy(holder, QStringLiteral("张敏"));
        QTRY_COMPARE(window.inbox()->rowCount(), held);
        QVERIFY(!mark->isHidden());
        QVERIFY(!mark->accessibleName().isEmpty());
        mark->click();
        QTRY_VERIFY(window.inbox()->rowCount() > held);
        QVERIFY(mark->isHidden());
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET claimed_by = NULL"))); // as it was
    }

    // During the first sync the search index is built at the end (store/SearchIndex): a search
    // meanwhile says that it may miss cases, and finds them once the index is built.
    void aSearchDuringTheFirstSyncSaysItMayMissCases()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        InboxModel *inbox = window.inbox();
        SearchIndex index(*opened->workspace.database());
        QVERIFY(index.defer(nullptr));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search);
        search->setText(QStringLiteral("张伟4999"));
        QTRY_VERIFY(inbox->filter().search == search->text());
        QCOMPARE(inbox->rowCount(), 0);
        QCOMPARE(window.countText(),
                 QStringLiteral("共 0 件（搜索索引仍在建立，部分办件可能未列出）"));
        QVERIFY(index.build(nullptr));
        inbox->refresh(); // as the end of the sync has it
        QCOMPARE(inbox->rowCount(), 1);
        QTRY_COMPARE(window.countText(), QStringLiteral("共 1 件"));
    }

    // Past the quick count the inbox shows what it has at once and the exact number later.
    void aLargeResultIsCountedInTheBackground()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        InboxModel *inbox = window.inbox();
        const CaseFilter before = inbox->filter();
        inbox->setQuickCountLimit(1000);
        // The counter thread's exact count extends the rows to all 5,000.
        QTRY_COMPARE(inbox->rowCount(), 5000);
        QVERIFY(!inbox->isCountPartial());
        QCOMPARE(window.countText(), QStringLiteral("共 5000 件"));
        // Directly: the quick count stops at the limit, an answer for another filter is dropped.
        inbox->setQuickCountLimit(1000);
        QCOMPARE(inbox->rowCount(), 1000);
        QVERIFY(inbox->isCountPartial());
        CaseFilter other = inbox->filter();
        other.search = QStringLiteral("张伟");
        inbox->setExactCount(other, 5000);
        QCOMPARE(inbox->rowCount(), 1000);
        inbox->setExactCount(inbox->filter(), 5000);
        QCOMPARE(inbox->rowCount(), 5000);
        inbox->setQuickCountLimit(InboxModel::kQuickCount);
        QCOMPARE(inbox->filter().search, before.search);
    }

    void queuesAndSearchNarrowTheInbox()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        auto *queues = window.findChild<QListWidget *>(QStringLiteral("queues"));
        QVERIFY(queues);
        const auto queueLabels = [queues] {
            QStringList labels;
            for (int i = 0; i < queues->count(); ++i)
                labels.append(queues->item(i)->text());
            return labels;
        };
        // Counted off the UI thread: the numbers follow the names.
        QTRY_VERIFY2(queueLabels().contains(QStringLiteral("待预审 (5000)")),
                     qPrintable(queueLabels().join(QLatin1Char('|'))));
        const QStringList labels = queueLabels();
        QVERIFY(labels.contains(QStringLiteral("我的待办 (0)")));
        QVERIFY(labels.contains(QStringLiteral("全部 (5000)")));
        // A stage queue with nothing in it empties the table.
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->text().startsWith(QStringLiteral("审查中")))
                queues->setCurrentRow(i);
        }
        QCOMPARE(window.inbox()->rowCount(), 0);
        queues->setCurrentRow(queues->count() - 1);
        QCOMPARE(window.inbox()->rowCount(), 5000);
        // Search as you type (after a short pause), by any part of a name.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search);
        QVERIFY(!search->accessibleName().isEmpty());
        search->setText(QStringLiteral("张伟4999"));
        QTRY_COMPARE(window.inbox()->rowCount(), 1);
        QCOMPARE(window.inbox()->index(0, InboxModel::Applicant).data().toString(),
                 QStringLiteral("张伟4999"));
        search->clear();
        QTRY_COMPARE(window.inbox()->rowCount(), 5000);

        // Searched in a queue that does not hold the case: the window offers every queue.
        auto *searchAll = window.findChild<QPushButton *>(QStringLiteral("searchAll"));
        QVERIFY(searchAll);
        QVERIFY(searchAll->isHidden());
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->text().startsWith(QStringLiteral("审查中")))
                queues->setCurrentRow(i);
        }
        search->setText(QStringLiteral("张伟4999"));
        QTRY_VERIFY(!searchAll->isHidden());
        QCOMPARE(window.inbox()->rowCount(), 0);
        QCOMPARE(searchAll->text(), QStringLiteral("在全部办件中搜索"));
        QTest::mouseClick(searchAll, Qt::LeftButton);
        QCOMPARE(window.inbox()->rowCount(), 1);
        QVERIFY(queues->currentItem()->text().startsWith(QStringLiteral("全部")));
        QVERIFY(searchAll->isHidden());
        search->clear();
        QTRY_COMPARE(window.inbox()->rowCount(), 5000);
    }

    void sortingHappensInSql()
    {
        Workspace workspace(*m_profile);
        QVERIFY(workspace.open(nullptr));
        InboxModel model(workspace.cases());
        model.sort(InboxModel::Received, Qt::AscendingOrder);
        QCOMPARE(model.index(0, InboxModel::CaseNo).data().toString(),
                 QStringLiteral("62010220261127004999"));
        model.sort(InboxModel::CaseNo, Qt::DescendingOrder);
        QCOMPARE(model.index(0, InboxModel::CaseNo).data().toString(),
                 QStringLiteral("62010220261127004999"));
        model.sort(InboxModel::CaseNo, Qt::AscendingOrder);
        QCOMPARE(model.index(4999, InboxModel::CaseNo).data().toString(),
                 QStringLiteral("62010220261127004999"));
    }

    void deadlineColumnCountsWorkingDays()
    {
        Workspace workspace(*m_profile);
        QVERIFY(workspace.open(nullptr));
        InboxModel model(workspace.cases());
        const QModelIndex remaining = model.index(0, InboxModel::Remaining);
        model.setToday(QDate(2026, 11, 27)); // received Friday: due Tuesday
        QCOMPARE(remaining.data().toString(), QStringLiteral("剩 2 个工作日"));
        QCOMPARE(remaining.data(InboxModel::WarningLightRole).toInt(), int(WarningLight::Green));
        model.setToday(QDate(2026, 12, 1));
        QCOMPARE(remaining.data().toString(), QStringLiteral("今日到期"));
        QCOMPARE(remaining.data(InboxModel::WarningLightRole).toInt(), int(WarningLight::Yellow));
        model.setToday(QDate(2026, 12, 3));
        QCOMPARE(remaining.data().toString(), QStringLiteral("已超期 2 个工作日"));
        QCOMPARE(remaining.data(InboxModel::WarningLightRole).toInt(), int(WarningLight::Red));
        // The tooltip names the stage, the due day and how the limit is counted.
        const QString tip = remaining.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("待预审")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2 个工作日")), qPrintable(tip));
    }

    // A day's work without the mouse: Tab leaves the inbox for the case (the selection stays),
    // every step has a menu command with a key that is enabled when the role may take it, the
    // focus is ringed, F8 moves to the next case, and Help lists the keys the menus have.
    void theKeyboardReachesEverything()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        window.resize(1280, 800);
        QTableView *view = window.inboxView();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(window.inbox()->index(3, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
        const QString caseNo = window.casePane()->shownCaseNo();
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(!view->hasFocus());
        QVERIFY(window.casePane()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(view->currentIndex().row(), 3);
        QCOMPARE(window.casePane()->shownCaseNo(), caseNo);
        // The focus is ringed where it is.
        auto *ring = window.findChild<QWidget *>(QStringLiteral("focusRing"));
        QVERIFY(ring);
        QTRY_VERIFY(ring->isVisible());
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(ring->geometry().contains(
                QRect(focused->mapTo(&window, QPoint(0, 0)), focused->size()).center()));

        // The clerk's pre-review is a menu command with its key.
        QAction *preReview = nullptr;
        QAction *approve = nullptr;
        const QList<QAction *> all = window.findChildren<QAction *>();
        for (QAction *a : all) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P))
                preReview = a;
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y))
                approve = a;
        }
        QVERIFY(preReview && approve);
        QVERIFY(preReview->isEnabled());
        QVERIFY(!approve->isEnabled()); // a chief's step

        // F8: the next case, into the pane.
        QTest::keyClick(&window, Qt::Key_F8);
        QCOMPARE(view->currentIndex().row(), 4);
        QCOMPARE(window.casePane()->shownCaseNo(), window.inbox()->summaryAt(4)->caseNo);

        // F6 walks the panes: from the inbox to the case, the queues, the search, the inbox.
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_F6);
        QVERIFY2(window.casePane()->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget()
                         ? QApplication::focusWidget()->metaObject()->className()
                         : "none");
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(),
                 window.findChild<QListWidget *>(QStringLiteral("queues")));
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(),
                 window.findChild<QLineEdit *>(QStringLiteral("search")));
        QTest::keyClick(&window, Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(),
                 window.findChild<QListWidget *>(QStringLiteral("queues")));

        // The deadline column stands beside the case number, whole, at this size.
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->visualIndex(InboxModel::Remaining), 1);
        const int right = view->columnViewportPosition(InboxModel::Remaining)
                + view->columnWidth(InboxModel::Remaining);
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(view->viewport()->width())));
        const QString longest = QStringLiteral("已超期 10 个工作日");
        QVERIFY(view->columnWidth(InboxModel::Remaining)
                > view->fontMetrics().horizontalAdvance(longest));

        // Help › Keyboard shortcuts lists the menus' keys, in Chinese.
        QString listed;
        whileModal<QDialog>([&] { QTest::keyClick(&window, Qt::Key_F1); },
                            [&](QDialog *dialog) {
                                if (auto *table = dialog->findChild<QTableWidget *>()) {
                                    for (int row = 0; row < table->rowCount(); ++row)
                                        listed += table->item(row, 0)->text() + QLatin1Char('=')
                                                + table->item(row, 1)->text() + QLatin1Char('\n');
                                }
                                dialog->reject();
                            });
        QVERIFY2(listed.contains(QStringLiteral("办件 › 办理 › 预审意见…=Ctrl+Alt+P")),
                 qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("办件 › 下一件=F8")), qPrintable(listed));
    }

    // Help › About gives a support desk what it asks for: the versions and the folders, in
    // Chinese, as text that can be selected and copied; the window has CaseDesk's own icon.
    void helpAboutNamesTheVersionsAndFolders()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        QVERIFY(window.windowIcon().availableSizes().contains(QSize(256, 256)));
        QMenu *help = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->menu()->accessibleName() == QStringLiteral("帮助菜单"))
                help = a->menu();
        }
        QVERIFY(help);
        QString facts;
        bool readOnly = false;
        whileModal<AboutDialog>([&] { help->actions().last()->trigger(); },
                                [&](AboutDialog *dialog) {
                                    facts = dialog->facts()->toPlainText();
                                    readOnly = dialog->facts()->isReadOnly();
                                    dialog->reject();
                                });
        QVERIFY(readOnly);
        const QString logs = QDir::toNativeSeparators(m_dir.path() + QStringLiteral("/logs"));
        QVERIFY2(facts.contains(QStringLiteral("日志文件夹：") + logs), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("配置文件夹：")
                                + QDir::toNativeSeparators(m_dir.path())),
                 qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("Qt 版本：") + QString::fromLatin1(qVersion())),
                 qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("OpenSSL 版本：OpenSSL 3.")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("CaseDesk 版本：")
                                + QStringLiteral(CASEDESK_VERSION)),
                 qPrintable(facts));
    }

    // A sync that brings new cases and changes the one being read keeps the clerk's place: the
    // case stays selected on its new row, the pane shows it (never the placeholder), the view
    // does not jump, and a case that leaves the list stays in the pane with a note.
    void aSyncKeepsTheClerksPlace()
    {
        const auto opened = openWindow();
        MainWindow &window = opened->window();
        QTableView *view = window.inboxView();
        window.inbox()->setToday(QDate(2026, 11, 27));
        const auto choose = [&](int row) {
            view->selectionModel()->setCurrentIndex(window.inbox()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
        };
        choose(40);
        view->scrollTo(window.inbox()->index(40, 0), QAbstractItemView::PositionAtCenter);
        const QString id = window.inbox()->summaryAt(40)->id;
        const QString caseNo = window.inbox()->summaryAt(40)->caseNo;
        QCOMPARE(window.casePane()->shownCaseNo(), caseNo);
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // Three new applications arrive (newest first in the inbox), and the case read is
        // accepted elsewhere meanwhile.
        const QDateTime later(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(8 * 3600));
        QList<CacheBatch::CaseRecord> arrived;
        for (int i = 0; i < 3; ++i)
            arrived.append(caseRecord(
                    QStringLiteral("new%1").arg(i), QStringLiteral("6201022026112899990%1").arg(i),
                    QStringLiteral("李娜%1").arg(i), CaseStage::PreReview, later.addSecs(i)));
        const CaseSummary before = *window.inbox()->summaryAt(40);
        arrived.append(caseRecord(id, caseNo, before.applicantName, CaseStage::Acceptance,
                                  before.receivedAt));
        store(arrived);
        window.inbox()->refresh(); // what the window does after a sync with changes

        QCOMPARE(window.inbox()->rowCount(), 5003);
        const QModelIndex current = view->selectionModel()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 43);
        QCOMPARE(window.inbox()->summaryAt(current.row())->id, id);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(window.casePane()->shownCaseNo(), caseNo);
        QCOMPARE(window.casePane()->listNote(), QString());
        // The pane follows the change without being asked.
        QLabel *status = nullptr;
        for (QLabel *label : window.casePane()->findChildren<QLabel *>()) {
            if (label->accessibleName().startsWith(QStringLiteral("状态")))
                status = label;
        }
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("待受理"));
        // The view stays where it was: the rows move under it by three at most.
        QVERIFY2(qAbs(view->verticalScrollBar()->value() - scrolled) <= 3,
                 qPrintable(QStringLiteral("%1 -> %2")
                                    .arg(scrolled)
                                    .arg(view->verticalScrollBar()->value())));

        // In the pre-review queue, the case is accepted elsewhere: it leaves the list, and the
        // pane keeps it and says so.
        auto *queues = window.findChild<QListWidget *>(QStringLiteral("queues"));
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->text().startsWith(QStringLiteral("待预审")))
                queues->setCurrentRow(i);
        }
        choose(5);
        const QString other = window.inbox()->summaryAt(5)->id;
        const CaseSummary leaving = *window.inbox()->summaryAt(5);
        store({caseRecord(other, leaving.caseNo, leaving.applicantName, CaseStage::Acceptance,
                          leaving.receivedAt)});
        window.inbox()->refresh();
        QCOMPARE(window.casePane()->shownCaseNo(), leaving.caseNo);
        QVERIFY2(window.casePane()->listNote().contains(QStringLiteral("待受理")),
                 qPrintable(window.casePane()->listNote()));
        // Going back to the inbox by keyboard (Ctrl+I, or a dialog closing) keeps it too: the
        // list does not make its first row current on its own.
        window.casePane()->setFocus();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(window.casePane()->shownCaseNo(), leaving.caseNo);
        QVERIFY(!view->currentIndex().isValid());
        // Choosing another case shows that one, without the note.
        choose(0);
        QCOMPARE(window.casePane()->listNote(), QString());
        QCOMPARE(window.casePane()->shownCaseNo(), window.inbox()->summaryAt(0)->caseNo);
    }
};

QTEST_MAIN(TestInboxWindow)
#include "tst_inboxwindow.moc"
