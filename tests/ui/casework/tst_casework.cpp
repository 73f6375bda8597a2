// The main window against a real onestop-sim: claiming (认领) one case or a batch, a case claimed
// by someone else, the case pane's history, guide and related cases, keeping cases offline.

#include "CaseMaterialsWindow.h"
#include "CasePane.h"
#include "DemoSignIn.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "NoticeDialog.h"
#include "SimProcess.h"
#include "TestDesk.h"
#include "core/Localization.h"
#include "core/Profile.h"
#include "security/CredentialStore.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/ChecklistStore.h"
#include "store/Vault.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace casedesk;

class TestCaseWork : public QObject
{
    Q_OBJECT

    SimProcess m_sim{SimProcess::Options{300, 21, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_home;
    std::unique_ptr<Profile> m_profile;
    CredentialStore m_credentials;
    std::unique_ptr<TestDesk> m_desk;
    MainWindow *m_window = nullptr;

    // The inbox row of the first case matching `pick`, or -1.
    int rowWhere(const std::function<bool(const CaseSummary &)> &pick) const
    {
        for (int row = 0; row < m_window->inbox()->rowCount(); ++row) {
            if (const CaseSummary *s = m_window->inbox()->summaryAt(row); s && pick(*s))
                return row;
        }
        return -1;
    }
    // The row alone, as a click without modifiers chooses it (QTest may leave Ctrl down after
    // a shortcut, which would add the row to the selection instead).
    void choose(int row)
    {
        m_window->inboxView()->selectionModel()->setCurrentIndex(
                m_window->inbox()->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QString claimOfRow(int row) const
    {
        const CaseSummary *s = m_window->inbox()->summaryAt(row);
        return s ? s->claimedBy : QStringLiteral("?");
    }
    static bool open(const CaseSummary &s)
    {
        return s.stage != CaseStage::Completed && s.stage != CaseStage::Refused
                && s.stage != CaseStage::Withdrawn;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        m_profile = std::make_unique<Profile>(m_home.path());
        m_profile->setServer(m_sim.url());
        m_profile->setUserName(QStringLiteral("clerk1"));
        m_profile->setRoles({QStringLiteral("Clerk")});
        const QString token = demoRefreshToken(m_sim.url(), QStringLiteral("clerk1"));
        QVERIFY(!token.isEmpty());
        QVERIFY(m_credentials.writeNow(m_profile->refreshTokenKey(), token, nullptr));
        m_desk = std::make_unique<TestDesk>(*m_profile, m_credentials);
        m_window = &m_desk->window();
        m_window->show();
        m_window->startSession();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->inbox()->rowCount() > 50, 30000);
    }

    void aCaseClaimedBySomeoneElseIsReadOnly()
    {
        const int row = rowWhere([](const CaseSummary &s) {
            return s.claimedBy == QLatin1String("clerk2") && open(s);
        });
        QVERIFY(row >= 0);
        choose(row);
        // Named as people know the colleague, not by the login id.
        QVERIFY2(m_window->casePane()->claimText().contains(QStringLiteral("李伟"))
                         && !m_window->casePane()->claimText().contains(QStringLiteral("clerk2")),
                 qPrintable(m_window->casePane()->claimText()));
        QVERIFY(m_window->casePane()->actionLabels().isEmpty());
        // The platform's lock holds against a claim from here too.
        QTest::keyClick(m_window->inboxView(), Qt::Key_K, Qt::ControlModifier);
        QTest::qWait(1500);
        QCOMPARE(claimOfRow(row), QStringLiteral("clerk2"));
    }

    void claimAndReleaseOneCase()
    {
        const int row = rowWhere([](const CaseSummary &s) {
            return s.claimedBy.isEmpty() && s.stage == CaseStage::PreReview;
        });
        QVERIFY(row >= 0);
        const QString id = m_window->inbox()->summaryAt(row)->id;
        choose(row);
        QTest::keyClick(m_window->inboxView(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
                m_window->inbox()->store()->cachedCase(id).has_value()
                        && QString::fromUtf8(m_window->inbox()->store()->cachedCase(id)->json)
                                   .contains(QStringLiteral("\"claimedBy\":\"clerk1\"")),
                true, 10000);
        QTRY_COMPARE(claimOfRow(row), QStringLiteral("clerk1"));
        // The history shows the claim, by whom.
        choose(row);
        QTreeWidget *history = m_window->casePane()->timeline();
        const QTreeWidgetItem *last = history->topLevelItem(history->topLevelItemCount() - 1);
        QVERIFY(last);
        QCOMPARE(last->text(1), QStringLiteral("张敏"));
        QCOMPARE(last->text(2), QStringLiteral("已认领"));

        QTest::keyClick(m_window->inboxView(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(claimOfRow(row), QString(), 10000);
    }

    void claimABatch()
    {
        QList<int> rows;
        for (int row = 0; row < m_window->inbox()->rowCount() && rows.size() < 3; ++row) {
            const CaseSummary *s = m_window->inbox()->summaryAt(row);
            if (s->claimedBy.isEmpty() && open(*s))
                rows.append(row);
        }
        QCOMPARE(rows.size(), 3);
        QItemSelectionModel *selection = m_window->inboxView()->selectionModel();
        selection->clearSelection();
        for (int row : std::as_const(rows))
            selection->select(m_window->inbox()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(m_window->inboxView(), Qt::Key_K, Qt::ControlModifier);
        for (int row : std::as_const(rows))
            QTRY_COMPARE_WITH_TIMEOUT(claimOfRow(row), QStringLiteral("clerk1"), 10000);
    }

    void thePaneShowsGuideMaterialsAndTheApplicantsOtherCases()
    {
        // An applicant with more than one case in the district (companies apply often).
        const CaseStore *store = m_window->inbox()->store();
        int row = -1;
        for (int r = 0; r < m_window->inbox()->rowCount() && row < 0; ++r) {
            const CaseSummary *s = m_window->inbox()->summaryAt(r);
            const QString idNumber = QJsonDocument::fromJson(store->cachedCase(s->id)->json)
                                             .object()
                                             .value(QStringLiteral("applicant"))
                                             .toObject()
                                             .value(QStringLiteral("idNumber"))
                                             .toString();
            QVERIFY(!idNumber.isEmpty()); // opened with the profile's data key
            if (!store->relatedCases(s->id, s->applicantName, idNumber).isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        choose(row);
        CasePane *pane = m_window->casePane();
        QVERIFY(pane->tabs()->count() >= 4);
        for (int i = 0; i < pane->tabs()->count(); ++i)
            QVERIFY(!pane->tabs()->widget(i)->accessibleName().isEmpty());
        QVERIFY(pane->timeline()->topLevelItemCount() >= 1);
        QCOMPARE(pane->timeline()->topLevelItem(0)->text(2), QStringLiteral("网上申报"));
        QVERIFY(pane->related()->count() >= 1);
        // Opening a related case shows it in the inbox.
        const QString caseNo = pane->related()->item(0)->data(Qt::UserRole).toString();
        QVERIFY(!caseNo.isEmpty());
        Q_EMIT pane->related()->itemActivated(pane->related()->item(0));
        QTRY_COMPARE(m_window->inbox()->rowCount(), 1);
        QCOMPARE(m_window->inbox()->summaryAt(0)->caseNo, caseNo);
        QCOMPARE(pane->shownCaseNo(), caseNo);
    }

    void theApplicantsRatingIsShown()
    {
        // Every case again, whatever the test before searched for.
        m_window->findChild<QLineEdit *>(QStringLiteral("search"))->clear();
        QTRY_VERIFY(m_window->inbox()->rowCount() > 50);
        const CaseStore *store = m_window->inbox()->store();
        const int row = rowWhere(
                [store](const CaseSummary &s) { return !store->rating(s.id).isEmpty(); });
        QVERIFY(row >= 0);
        const QJsonObject rating = store->rating(m_window->inbox()->summaryAt(row)->id);
        choose(row);
        QLabel *shown = nullptr;
        for (QLabel *label : m_window->casePane()->findChildren<QLabel *>()) {
            // Read out with its field: "好差评: ★★★★☆ (4/5) …".
            if (label->accessibleName().startsWith(QStringLiteral("好差评")))
                shown = label;
        }
        QVERIFY(shown);
        QVERIFY2(shown->text().contains(rating.value(QStringLiteral("comment")).toString()),
                 qPrintable(shown->text()));
        QVERIFY(shown->text().contains(
                QString::number(rating.value(QStringLiteral("level")).toInt())));
    }

    void keepTheSelectedCasesOffline()
    {
        m_window->inboxView()->selectRow(0);
        QTest::keyClick(m_window->inboxView(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        const QDir vault(m_profile->vaultDir());
        QTRY_VERIFY_WITH_TIMEOUT(!vault.entryList(QDir::Files).isEmpty(), 20000);
    }

    // F3: the materials beside the checklist; verdicts are kept; a licence the platform holds
    // satisfies a material (材料复用).
    void theMaterialsOpenBesideTheChecklist()
    {
        // An open case of the department whose applicant holds an OFD e-licence on the platform
        // (the platform's own records say who does); shown the way 一人一档 shows a case.
        QString caseNo;
        QString ofdLicence; // the number of one of the applicant's OFD e-licences
        {
            QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                              QStringLiteral("platform"));
            platform.setDatabaseName(m_sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
            QVERIFY(platform.open());
            QSqlQuery q(platform);
            QVERIFY(q.exec(QStringLiteral(
                    "SELECT json_extract(c.json, '$.caseNo'), json_extract(l.json, '$.number') "
                    "FROM cases c JOIN records l ON l.kind = 'licence' AND l.holder = "
                    "json_extract(c.json, '$.applicant.idNumber') WHERE c.stage NOT IN "
                    "('completed', 'refused', 'withdrawn') AND json_extract(c.json, "
                    "'$.department') = 'SCJG' AND json_extract(l.json, '$.mimeType') = "
                    "'application/ofd' LIMIT 1")));
            if (q.next()) {
                caseNo = q.value(0).toString();
                ofdLicence = q.value(1).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("platform"));
        QVERIFY(!caseNo.isEmpty());
        Q_EMIT m_window->findChild<CasePane *>()->relatedActivated(caseNo);
        const int row = rowWhere([&caseNo](const CaseSummary &s) { return s.caseNo == caseNo; });
        QVERIFY(row >= 0);
        m_window->inboxView()->selectRow(row);
        QTest::keyClick(m_window->inboxView(), Qt::Key_F3);
        CaseMaterialsWindow *materials = nullptr;
        QTRY_VERIFY((materials = m_window->findChild<CaseMaterialsWindow *>()) != nullptr);
        QVERIFY(materials->isVisible());
        QVERIFY(materials->screen()->availableGeometry().contains(
                QRect(QPoint(0, 0), materials->frameGeometry().size())));
        // The files come from the vault (downloaded now if they were not yet).
        QTRY_VERIFY2_WITH_TIMEOUT(
                !materials->viewer()->shownImage().isNull()
                        || (!materials->viewer()->message().isEmpty()
                            && !materials->viewer()->message().contains(QStringLiteral("…"))),
                qPrintable(materials->viewer()->message()), 30000);
        ChecklistPanel *panel = materials->checklist();
        QVERIFY2(panel->checklist().entries().size() >= 2,
                 qPrintable(QStringLiteral("%1 items cached, %2 entries")
                                    .arg(m_window->inbox()->store()->catalogue().items().size())
                                    .arg(panel->checklist().entries().size())));
        QVERIFY(!panel->checklist().entries().first().fileIds.isEmpty());

        const QString caseId = materials->caseId();
        panel->setVerdict(0, MaterialChecklist::Verdict::NeedsCorrection,
                          QStringLiteral("复印件不清晰"));
        const QJsonArray kept = ChecklistStore(*m_window->workspace().database()).load(caseId);
        QCOMPARE(kept.first().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("复印件不清晰"));
        QCOMPARE(panel->checklist().corrections().size(), 1);

        // Reuse: the platform lists the applicant's licences; the clerk picks one.
        bool asked = false;
        QTimer answer;
        answer.setInterval(50);
        bool plainQuestion = false;
        connect(&answer, &QTimer::timeout, this, [&asked, &plainQuestion, &ofdLicence] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                for (const QString &choice : dialog->comboBoxItems())
                    if (choice.contains(ofdLicence))
                        dialog->setTextValue(choice);
                // The material's name comes from the platform: never read as markup.
                const auto *label = dialog->findChild<QLabel *>();
                plainQuestion = label && label->textFormat() == Qt::PlainText;
                dialog->accept();
            }
        });
        answer.start();
        Q_EMIT panel->reuseRequested(1);
        QTRY_VERIFY_WITH_TIMEOUT(asked, 15000);
        QVERIFY(plainQuestion);
        QTRY_VERIFY(panel->checklist().entries().at(1).reusedFrom.startsWith(
                QStringLiteral("licence:")));
        QCOMPARE(panel->checklist().entries().at(1).verdict, MaterialChecklist::Verdict::Good);
        // The licence's file joins the case's files: fetched from the platform, kept in the
        // vault, shown in the viewer.
        const QString reusedId
                = MaterialChecklist::reusedFileId(panel->checklist().entries().at(1).reusedFrom);
        QVERIFY(!reusedId.isEmpty());
        auto reusedFile = [&]() -> ViewerFile {
            for (const ViewerFile &f : materials->viewer()->files()) {
                if (f.id == reusedId)
                    return f;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!reusedFile().content.isEmpty(), 15000);
        // An OFD e-licence with the issuer's seal, shown like any file, its seal listed as not
        // verified.
        QCOMPARE(Vault::detectType(reusedFile().content), QByteArray("application/ofd"));
        QVERIFY(reusedFile().name.contains(panel->checklist().entries().at(1).material));
        // Showing it selects the material it satisfies.
        materials->viewer()->showFile(int(materials->viewer()->files().size()) - 1);
        QCOMPARE(panel->currentRow(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(materials->viewer()->isOfd(),
                                  qPrintable(materials->viewer()->message()), 15000);
        QTRY_VERIFY(!materials->viewer()->shownImage().isNull());
        QVERIFY2(materials->viewer()->signaturesText().contains(QStringLiteral("电子证照专用章")),
                 qPrintable(materials->viewer()->signaturesText()));
        // Opening the files and reusing a licence are both on record.
        const auto entries = m_window->workspace().audit()->entries();
        QStringList kinds;
        for (const AuditLog::Entry &e : entries) {
            if (e.subject == caseId)
                kinds.append(e.kind);
        }
        QVERIFY2(kinds.contains(QStringLiteral("view-materials"))
                         && kinds.contains(QStringLiteral("reuse")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        // The other way round: choosing the first material shows its file.
        panel->table()->setCurrentCell(0, 0);
        QCOMPARE(materials->viewer()->files().value(materials->viewer()->currentFile()).id,
                 panel->checklist().entries().at(0).fileIds.constFirst());
        // Esc closes the window, as it closes a dialog.
        const QPointer<CaseMaterialsWindow> open(materials);
        materials->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(materials));
        QTest::keyClick(materials, Qt::Key_Escape);
        QTRY_VERIFY(!open);
    }

    // 受理 by keyboard, then "依法须书面告知此决定。现在签发文书吗？" → 是: the notice dialog opens
    // on the same case, offering the acceptance notice only, dated the day of the act; the
    // pane still shows the case.
    void acceptingOffersTheNoticeOfTheAct()
    {
        // The whole inbox again (an earlier test searched for one case).
        m_window->findChild<QLineEdit *>(QStringLiteral("search"))->clear();
        QTRY_VERIFY(m_window->inbox()->rowCount() > 1);
        const int row = rowWhere([](const CaseSummary &s) {
            return s.claimedBy.isEmpty() && s.stage == CaseStage::PreReview;
        });
        QVERIFY(row >= 0);
        choose(row);
        const QString caseNo = m_window->casePane()->shownCaseNo();
        QString formTitle;
        bool asked = false;
        QStringList kinds;
        QString noticeCaseNo;
        QDate noticeDate;
        QTimer answer;
        answer.setInterval(30);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (modal->inherits("casedesk::ActionDialog")) {
                formTitle = modal->windowTitle();
                for (QPushButton *b : modal->findChildren<QPushButton *>()) {
                    if (b->text() == QStringLiteral("受理"))
                        b->click();
                }
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                asked = true;
                box->button(QMessageBox::Yes)->click();
            } else if (modal->inherits("casedesk::NoticeDialog")) {
                auto *kind = modal->findChild<QComboBox *>();
                for (int i = 0; kind && i < kind->count(); ++i)
                    kinds.append(kind->itemData(i).toString());
                noticeCaseNo = m_window->casePane()->shownCaseNo();
                if (auto *notice = qobject_cast<NoticeDialog *>(modal))
                    noticeDate = notice->request().date;
                qobject_cast<QDialog *>(modal)->reject();
            }
        });
        answer.start();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window->inboxView(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
        answer.stop();
        QVERIFY2(formTitle.contains(caseNo), qPrintable(formTitle));
        QVERIFY(asked);
        QCOMPARE(kinds, QStringList{QStringLiteral("acceptance")});
        QCOMPARE(noticeCaseNo, caseNo);
        QCOMPARE(noticeDate, m_window->inbox()->store()->platformToday());
        QCOMPARE(m_window->casePane()->shownCaseNo(), caseNo);
    }

    // After a sync, what is new since the last look is announced (the status bar here: the
    // offscreen platform has no tray).
    void aSyncAnnouncesWhatIsNew()
    {
        m_profile->settings()->setValue(QStringLiteral("notifications/lastCheck"),
                                        QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC));
        QAction *syncNow = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
                syncNow = a;
        }
        QVERIFY(syncNow);
        syncNow->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
                m_window->statusBar()->currentMessage().contains(QStringLiteral("新办件")), 15000);
        // The look is remembered: the next sync has nothing new to say about the same days.
        QVERIFY(m_profile->settings()->value(QStringLiteral("notifications/lastCheck")).toDateTime()
                > QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
    }

    void cleanupTestCase()
    {
        m_window = nullptr;
        m_desk.reset();
        m_credentials.removeNow(m_profile->refreshTokenKey(), nullptr);
        m_credentials.removeNow(m_profile->dataKeyName(), nullptr);
    }
};

QTEST_MAIN(TestCaseWork)
#include "tst_casework.moc"
