#include "AssignDialog.h"
#include "BatchApprovalDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace casedesk;

// The chief's two forms as a keyboard user meets them: nothing goes before it may, every input
// has a name a screen reader says, and Space marks a case in or out of a batch.
class TestChiefDialogs : public QObject
{
    Q_OBJECT
private:
    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static Case inApproval(const char *id, const char *decision)
    {
        Case c;
        c.id = QLatin1String(id);
        c.caseNo = QLatin1String(id);
        c.itemName = QStringLiteral("食品经营许可（新办）");
        c.applicant.name = QStringLiteral("张伟");
        c.stage = CaseStage::Approval;
        c.proposal.decision = QLatin1String(decision);
        c.proposal.opinion = QStringLiteral("符合条件");
        return c;
    }

private Q_SLOTS:
    void anAssignmentWaitsForTheStaffAClerkAndAReason()
    {
        AssignDialog dialog(AssignmentForm({QStringLiteral("c1")}, QStringLiteral("clerk1")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(dialog)->isEnabled()); // the staff are still being read
        dialog.setStaff({{QStringLiteral("clerk1"), QStringLiteral("张敏"), QStringLiteral("SCJG"),
                          QStringLiteral("Clerk")},
                         {QStringLiteral("clerk2"), QStringLiteral("李伟"), QStringLiteral("SCJG"),
                          QStringLiteral("Clerk")}},
                        {});
        auto *clerk = dialog.findChild<QComboBox *>();
        QCOMPARE(clerk->count(), 1); // not the clerk whose work moves
        QCOMPARE(clerk->currentText(), QStringLiteral("李伟"));
        QVERIFY(!clerk->accessibleName().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled()); // no reason yet
        auto *reason = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(!reason->accessibleName().isEmpty());
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("on leave"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.assignee(), QStringLiteral("clerk2"));
        QCOMPARE(dialog.reason(), QStringLiteral("on leave"));
    }

    void spaceMarksACaseInOrOutOfTheBatch()
    {
        Case decided = inApproval("c3", "grant");
        decided.stage = CaseStage::Decided;
        BatchApprovalDialog dialog(
                BatchApproval({inApproval("c1", "grant"), inApproval("c2", "deny"), decided},
                              Role::Chief, QStringLiteral("chief1")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QVERIFY(!table->accessibleName().isEmpty());
        QCOMPARE(dialog.chosenIds(), QStringList({QStringLiteral("c1"), QStringLiteral("c2")}));
        // The case that may not be approved cannot be marked.
        QCOMPARE(table->item(2, 0)->checkState(), Qt::Unchecked);
        QVERIFY(!(table->item(2, 0)->flags() & Qt::ItemIsUserCheckable));
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(dialog.chosenIds(), QStringList({QStringLiteral("c1")}));
        QVERIFY(okButton(dialog)->isEnabled());
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(dialog.chosenIds().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing to approve
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(okButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestChiefDialogs)
#include "tst_chiefdialogs.moc"
