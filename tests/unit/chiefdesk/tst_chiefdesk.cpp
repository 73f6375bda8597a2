#include "session/AssignmentForm.h"
#include "session/BatchApproval.h"

#include <QTest>

using namespace casedesk;

// The section chief's forms. 分派: only clerks, never the one whose work moves, and nothing goes
// without a clerk chosen and a reason given. 批量审批: only what one approval would allow.
class TestChiefDesk : public QObject
{
    Q_OBJECT
private:
    static QList<StaffMember> department()
    {
        return {{QStringLiteral("clerk2"), QStringLiteral("李伟"), QStringLiteral("SCJG"),
                 QStringLiteral("Clerk")},
                {QStringLiteral("chief1"), QStringLiteral("王建国"), QStringLiteral("SCJG"),
                 QStringLiteral("Chief")},
                {QStringLiteral("clerk1"), QStringLiteral("张敏"), QStringLiteral("SCJG"),
                 QStringLiteral("Clerk")},
                {QStringLiteral("head1"), QStringLiteral("刘志强"), QStringLiteral("SCJG"),
                 QStringLiteral("Head")},
                {QStringLiteral("clerk3"), QString(), QStringLiteral("SCJG"),
                 QStringLiteral("Clerk")}};
    }

    static QStringList names(const AssignmentForm &form)
    {
        QStringList list;
        for (const AssignmentForm::Candidate &c : form.candidates())
            list.append(c.userName + QLatin1Char('=') + c.name);
        return list;
    }

private Q_SLOTS:
    void onlyClerksAreOffered()
    {
        AssignmentForm form({QStringLiteral("c1"), QStringLiteral("c2")});
        QVERIFY(form.candidates().isEmpty());
        QVERIFY(!form.problem(0, QStringLiteral("休假")).isEmpty()); // staff not read yet
        form.setStaff(department(), {});
        // Clerks only, by user name; one without a name goes by his login.
        QCOMPARE(names(form),
                 QStringList({QStringLiteral("clerk1=张敏"), QStringLiteral("clerk2=李伟"),
                              QStringLiteral("clerk3=clerk3")}));
        QVERIFY(form.status().contains(QLatin1Char('2')));
    }

    void movingOnesWorkOffersTheOthers()
    {
        AssignmentForm form({QStringLiteral("c1")}, QStringLiteral("clerk1"));
        form.setStaff(department(), {});
        QCOMPARE(names(form),
                 QStringList({QStringLiteral("clerk2=李伟"), QStringLiteral("clerk3=clerk3")}));
    }

    void nothingGoesWithoutAClerkAndAReason_data()
    {
        QTest::addColumn<QStringList>("cases");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");
        const QStringList one{QStringLiteral("c1")};
        QTest::newRow("a clerk and a reason") << one << 0 << QStringLiteral("张敏休假") << true;
        QTest::newRow("no reason") << one << 0 << QString() << false;
        QTest::newRow("a reason of spaces") << one << 0 << QStringLiteral("  \n") << false;
        QTest::newRow("no clerk chosen") << one << -1 << QStringLiteral("休假") << false;
        QTest::newRow("past the list") << one << 3 << QStringLiteral("休假") << false;
        QTest::newRow("no cases") << QStringList() << 0 << QStringLiteral("休假") << false;
    }
    void nothingGoesWithoutAClerkAndAReason()
    {
        QFETCH(QStringList, cases);
        QFETCH(int, index);
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        AssignmentForm form(cases);
        form.setStaff(department(), {});
        QCOMPARE(form.problem(index, reason).isEmpty(), allowed);
    }

    void aDepartmentWithoutAnotherClerkSaysSo()
    {
        AssignmentForm form({QStringLiteral("c1")}, QStringLiteral("clerk1"));
        form.setStaff({department().at(2)}, {});
        QVERIFY(form.candidates().isEmpty());
        QCOMPARE(form.problem(0, QStringLiteral("休假")),
                 QStringLiteral("There is no other clerk in the department to assign to."));
        AssignmentForm failed({QStringLiteral("c1")});
        failed.setStaff({}, QStringLiteral("no connection"));
        QVERIFY(failed.status().contains(QStringLiteral("no connection")));
    }

    void aBatchTakesOnlyWhatOneApprovalWould()
    {
        const auto make = [](const char *id, CaseStage stage, const char *decision) {
            Case c;
            c.id = QLatin1String(id);
            c.caseNo = QLatin1String(id);
            c.stage = stage;
            c.proposal.decision = QLatin1String(decision);
            c.proposal.opinion = QStringLiteral("材料齐全，符合条件");
            return c;
        };
        const QList<Case> cases{
                make("a", CaseStage::Approval, "grant"), make("b", CaseStage::Review, ""),
                make("c", CaseStage::Approval, "deny"), make("d", CaseStage::Decided, "grant")};
        BatchApproval batch(cases, Role::Chief, QStringLiteral("chief1"));
        QCOMPARE(batch.rows().size(), 4);
        QCOMPARE(batch.chosenIds(), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        // A case in review or decided says why it is left out, and cannot be chosen.
        QVERIFY(!batch.rows().at(1).whyNot.isEmpty());
        QVERIFY(!batch.rows().at(3).whyNot.isEmpty());
        batch.setChosen(1, true);
        QCOMPARE(batch.chosenIds(), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(batch.rows().at(0).proposal, QStringLiteral("Grant"));
        QCOMPARE(batch.rows().at(2).proposal, QStringLiteral("Deny"));
        batch.setChosen(0, false);
        batch.setChosen(2, false);
        QVERIFY(batch.chosenIds().isEmpty());
        QVERIFY(!batch.problem().isEmpty());
        // A clerk approves nothing, however many he selects.
        BatchApproval clerk(cases, Role::Clerk, QStringLiteral("clerk1"));
        QVERIFY(clerk.chosenIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChiefDesk)
#include "tst_chiefdesk.moc"
