#include "session/AssignmentForm.h"

#include <QTest>

using namespace casedesk;

// 分派 as the chief fills it in: only clerks, never the one whose work moves, and nothing goes
// without a clerk chosen and a reason given.
class TestAssignmentForm : public QObject
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
};

QTEST_GUILESS_MAIN(TestAssignmentForm)
#include "tst_assignmentform.moc"
