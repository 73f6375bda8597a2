#include "ActionDialog.h"
#include "core/Localization.h"
#include "platform/JsonMapping.h"
#include "security/ApprovalSigner.h"
#include "security/Sm2.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/ActionService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;

// The action forms: built from the rule table, refusing to finish without what the law requires,
// keeping drafts, and queuing the action in the outbox.
class TestActionDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ActionService> m_actions;
    std::unique_ptr<ApprovalSigner> m_signer;
    QByteArray m_record; // the platform's record of c1
    std::unique_ptr<QSettings> m_settings;
    Case m_case;

    static QPlainTextEdit *edit(QDialog &dialog, const QString &accessibleName)
    {
        for (QPlainTextEdit *e : dialog.findChildren<QPlainTextEdit *>()) {
            if (e->accessibleName() == accessibleName)
                return e;
        }
        return nullptr;
    }
    static void clickOk(QDialog &dialog)
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    // The platform's record of c1 at `c`'s stage, stored as a sync stores it.
    // Earlier tests' queued actions are gone: they would move the case on.
    void putStage(const Case &c)
    {
        for (const OutboxItem &item : m_outbox->items()) {
            QString discardError;
            QVERIFY2(m_outbox->discard(item.id, QStringLiteral("测试"), QStringLiteral("clerk1"),
                                       &discardError),
                     qPrintable(discardError));
        }
        QJsonObject record = QJsonDocument::fromJson(m_record).object();
        record.insert(QStringLiteral("stage"), stageWireName(c.stage));
        CacheBatch batch;
        batch.cases.append({c, QJsonDocument(record).toJson(QJsonDocument::Compact)});
        batch.cursor = QStringLiteral("x");
        QString error;
        QVERIFY2(m_store->apply(batch, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("zh_CN"));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_db->open(nullptr));
        m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn());
        m_outbox = std::make_unique<Outbox>(*m_db, *m_store);
        m_actions = std::make_unique<ActionService>(*m_store, *m_outbox);
        QString keyError;
        m_signer = std::make_unique<ApprovalSigner>(Sm2::newPrivateKey(&keyError));
        m_actions->setSigner(m_signer.get());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("casedesk.ini")),
                                                 QSettings::IniFormat);
        m_record
                = R"({"id": "c1", "caseNo": "62010220261127000001", "itemCode": "X", "itemName": "食品经营许可（新办）",
            "department": "SCJG", "stage": "acceptance", "receivedAt": "2026-11-27T09:00:00+08:00", "version": 3,
            "applicant": {"kind": "person", "name": "张伟"},
            "materials": [{"id": "m1", "name": "食品经营许可申请书"}, {"id": "m2", "name": "营业执照"}]})";
        QString error;
        const auto parsed = json::parseCase(QJsonDocument::fromJson(m_record).object(), &error);
        QVERIFY2(parsed, qPrintable(error));
        m_case = *parsed;
        CacheBatch batch;
        batch.cases.append({m_case, m_record});
        batch.cursor = QStringLiteral("x");
        QVERIFY(m_store->apply(batch, &error));
    }

    // The form asks for what the choice needs: a pre-review that passes gives an opinion only,
    // one asking for correction lists the items, one finding the case not ours gives reasons and
    // legal basis; nothing of a hidden field is sent.
    void thePreReviewFormFollowsTheOutcome_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("pass") << QStringLiteral("pass") << QStringList{QStringLiteral("opinion")}
                              << QStringList{QStringLiteral("items"), QStringLiteral("reasons"),
                                             QStringLiteral("legalBasis")};
        QTest::newRow("correction")
                << QStringLiteral("correction")
                << QStringList{QStringLiteral("opinion"), QStringLiteral("items")}
                << QStringList{QStringLiteral("reasons"), QStringLiteral("legalBasis")};
        QTest::newRow("not ours") << QStringLiteral("notOurs")
                                  << QStringList{QStringLiteral("opinion"),
                                                 QStringLiteral("reasons"),
                                                 QStringLiteral("legalBasis")}
                                  << QStringList{QStringLiteral("items")};
    }
    void thePreReviewFormFollowsTheOutcome()
    {
        QFETCH(QString, outcome);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        Case c = m_case;
        c.stage = CaseStage::PreReview;
        const Transition *t = Workflow::find(QStringLiteral("preReview"));
        m_settings->remove(QString());
        ActionDialog dialog(*t, c, Role::Clerk, QStringLiteral("clerk1"), *m_actions, *m_settings);
        auto *choice = dialog.findChild<QComboBox *>();
        QVERIFY(choice);
        choice->setCurrentIndex(choice->findData(outcome));
        for (const QString &field : shown)
            QVERIFY2(dialog.isFieldShown(field), qPrintable(field));
        for (const QString &field : hidden) {
            QVERIFY2(!dialog.isFieldShown(field), qPrintable(field));
            QVERIFY2(!dialog.payload().contains(field), qPrintable(field));
        }
    }

    // The chief sees what he approves in the approval's own form, not only in the pane.
    void theApprovalShowsWhatWasProposed()
    {
        Case c = m_case;
        c.stage = CaseStage::Approval;
        c.proposal.decision = QStringLiteral("deny");
        c.proposal.opinion = QStringLiteral("建议不予许可");
        c.proposal.reasons = QStringLiteral("经营场所与平面图不符");
        c.proposal.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十八条第二款");
        for (const char *verb : {"approve", "return"}) {
            ActionDialog dialog(*Workflow::find(QLatin1String(verb)), c, Role::Chief,
                                QStringLiteral("chief1"), *m_actions, *m_settings);
            auto *proposal = dialog.findChild<QLabel *>(QStringLiteral("proposal"));
            QVERIFY2(proposal, verb);
            QCOMPARE(proposal->textFormat(), Qt::PlainText);
            for (const QString &part : {QStringLiteral("不予许可"), c.proposal.opinion,
                                        c.proposal.reasons, c.proposal.legalBasis})
                QVERIFY2(proposal->text().contains(part), qPrintable(proposal->text()));
        }
    }

    // From the checklist: only the materials to correct are listed, each with its reason.
    void aCorrectionFromTheChecklistListsOnlyWhatToCorrect()
    {
        Case c = m_case;
        c.stage = CaseStage::PreReview;
        const Transition *t = Workflow::find(QStringLiteral("preReview"));
        m_settings->remove(QString());
        ActionDialog dialog(*t, c, Role::Clerk, QStringLiteral("clerk1"), *m_actions, *m_settings);
        dialog.suggestCorrections({{QStringLiteral("营业执照"), QStringLiteral("复印件不清晰")}});
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("营业执照"));
        QVERIFY(dialog.isFieldShown(QStringLiteral("items")));
        QCOMPARE(dialog.payload().value(QStringLiteral("items")).toArray().size(), 1);
    }

    // Written elsewhere (the writer thread): the form waits for the answer with its button
    // off, cannot be closed half-decided, and finishes when the answer comes.
    void theFormWaitsForAnAnswerWrittenElsewhere()
    {
        const Transition *accept = Workflow::find(QStringLiteral("accept"));
        std::function<void(const ActionService::Result &)> pending;
        QJsonObject sent;
        ActionDialog dialog(
                *accept, m_case, Role::Clerk, QStringLiteral("clerk1"),
                [&](const QJsonObject &payload,
                    std::function<void(const ActionService::Result &)> done) {
                    sent = payload;
                    pending = std::move(done);
                },
                *m_settings);
        dialog.show();
        clickOk(dialog);
        QVERIFY(pending);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.reject(); // Esc while it is written: ignored
        QVERIFY(dialog.isVisible());
        pending({42, {}});
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outboxId(), 42);
    }

    void aRefusalNeedsReasonsAndLegalBasis()
    {
        const Transition *refuse = Workflow::find(QStringLiteral("refuseAcceptance"));
        ActionDialog dialog(*refuse, m_case, Role::Clerk, QStringLiteral("clerk1"), *m_actions,
                            *m_settings);
        dialog.show();
        clickOk(dialog);
        QVERIFY(dialog.isVisible()); // not finished
        QVERIFY(!dialog.problemShown(QStringLiteral("reasons")).isEmpty());
        QVERIFY(!dialog.problemShown(QStringLiteral("legalBasis")).isEmpty());
        QCOMPARE(m_outbox->items().size(), 0);

        QPlainTextEdit *reasons = edit(dialog, Workflow::fieldLabel(refuse->fields.at(0)));
        QPlainTextEdit *basis = edit(dialog, Workflow::fieldLabel(refuse->fields.at(1)));
        QVERIFY(reasons && basis);
        reasons->setFocus();
        reasons->insertPlainText(QStringLiteral("申请事项不属于本机关职权范围"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemShown(QStringLiteral("reasons")).isEmpty());
        QVERIFY(!dialog.problemShown(QStringLiteral("legalBasis")).isEmpty());
        basis->setPlainText(QStringLiteral("《中华人民共和国行政许可法》第三十二条"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<OutboxItem> items = m_outbox->items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().verb, QStringLiteral("refuseAcceptance"));
        QCOMPARE(items.first().payload.value(QStringLiteral("legalBasis")).toString(),
                 QStringLiteral("《中华人民共和国行政许可法》第三十二条"));
        // Shown at once: the cached case is refused locally.
        QCOMPARE(m_store->cachedCase(QStringLiteral("c1"))->localStage,
                 std::optional<CaseStage>(CaseStage::Refused));
        QString error;
        QVERIFY(m_outbox->discard(items.first().id, QStringLiteral("测试"),
                                  QStringLiteral("clerk1"), &error));
    }

    void aCorrectionListsEveryItemAndKeepsADraft()
    {
        const Transition *correct = Workflow::find(QStringLiteral("requestCorrection"));
        {
            ActionDialog dialog(*correct, m_case, Role::Clerk, QStringLiteral("clerk1"), *m_actions,
                                *m_settings);
            dialog.show();
            clickOk(dialog);
            QVERIFY(!dialog.problemShown(QStringLiteral("items")).isEmpty());
            auto *table = dialog.findChild<QTableWidget *>();
            QCOMPARE(table->rowCount(), 2); // every material of the case
            table->item(1, 1)->setText(QStringLiteral("复印件不清晰"));
            dialog.reject(); // closed unfinished: kept as a draft
        }
        ActionDialog again(*correct, m_case, Role::Clerk, QStringLiteral("clerk1"), *m_actions,
                           *m_settings);
        again.show();
        auto *table = again.findChild<QTableWidget *>();
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("复印件不清晰"));
        clickOk(again);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(m_outbox->items()
                         .constLast()
                         .payload.value(QStringLiteral("items"))
                         .toArray()
                         .size(),
                 1);
        // The draft is gone once the action is taken.
        ActionDialog fresh(*correct, m_case, Role::Clerk, QStringLiteral("clerk1"), *m_actions,
                           *m_settings);
        QVERIFY(fresh.findChild<QTableWidget *>()->item(1, 1)->text().isEmpty());
    }

    // The material checklist fills the form: at pre-review the outcome becomes a correction,
    // each material gets its reason, and a material never submitted gets a row of its own.
    void theChecklistFillsTheCorrection()
    {
        const Transition *preReview = Workflow::find(QStringLiteral("preReview"));
        ActionDialog dialog(*preReview, m_case, Role::Clerk, QStringLiteral("clerk1"), *m_actions,
                            *m_settings);
        dialog.suggestCorrections(
                {{QStringLiteral("营业执照"), QStringLiteral("复印件不清晰")},
                 {QStringLiteral("法定代表人身份证明"), QStringLiteral("未提交")}});
        const QJsonObject payload = dialog.payload();
        QCOMPARE(payload.value(QStringLiteral("outcome")).toString(), QStringLiteral("correction"));
        const QJsonArray items = payload.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("material")).toString(),
                 QStringLiteral("营业执照"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("复印件不清晰"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("material")).toString(),
                 QStringLiteral("法定代表人身份证明"));
        // The material judged 合格 (the application form) is not listed.
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 2);
        dialog.reject();
        // The draft it leaves must not leak into the next test's form.
        m_settings->remove(QString());
    }

    // Every form, sent empty: it finishes only for actions the law asks nothing for, and
    // otherwise names each missing field beside it.
    void everyFormValidates_data()
    {
        QTest::addColumn<QString>("verb");
        for (const Transition &t : Workflow::transitions())
            QTest::newRow(t.verb) << QString::fromLatin1(t.verb);
    }
    void everyFormValidates()
    {
        QFETCH(QString, verb);
        const Transition *t = Workflow::find(verb);
        Case c = m_case;
        c.stage = t->from.constFirst();
        // The cached case stands where the action is possible (the service reads it from there).
        putStage(c);
        ActionDialog dialog(*t, c, t->role, QStringLiteral("clerk1"), *m_actions, *m_settings);
        // An empty form: no choice made, no text, no days.
        const QJsonObject empty = dialog.payload();
        const QList<Violation> problems
                = Workflow::check(c, t->role, QStringLiteral("clerk1"), verb, empty);
        dialog.show();
        clickOk(dialog);
        if (problems.isEmpty()) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QString error;
            QVERIFY(m_outbox->discard(dialog.outboxId(), QStringLiteral("测试"),
                                      QStringLiteral("clerk1"), &error));
        } else {
            QVERIFY(dialog.isVisible());
            for (const Violation &v : problems)
                QVERIFY2(!dialog.problemShown(v.field).isEmpty(), qPrintable(v.field));
        }
        putStage(m_case);
    }

    void everyInputHasAnAccessibleName()
    {
        for (const Transition &t : Workflow::transitions()) {
            ActionDialog dialog(t, m_case, t.role, QStringLiteral("clerk1"), *m_actions,
                                *m_settings);
            for (const ActionField &f : t.fields) {
                bool named = false;
                for (QWidget *w : dialog.findChildren<QWidget *>())
                    named |= w->accessibleName() == Workflow::fieldLabel(f);
                QVERIFY2(named, f.name);
            }
        }
    }
};

QTEST_MAIN(TestActionDialog)
#include "tst_actiondialog.moc"
