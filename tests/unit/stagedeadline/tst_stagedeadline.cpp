#include "deadlines/StageDeadline.h"

#include <QTest>
#include <QTimeZone>

using namespace casedesk;

Q_DECLARE_METATYPE(casedesk::CaseStage)
Q_DECLARE_METATYPE(casedesk::WarningLight)

namespace {
QDateTime china(QDate date, QTime time = QTime(10, 0))
{
    return QDateTime(date, time, QTimeZone(8 * 3600));
}
} // namespace

class TestStageDeadline : public QObject
{
    Q_OBJECT
private:
    WorkCalendar m_calendar = WorkCalendar::builtIn();

private Q_SLOTS:
    void forCase_data()
    {
        QTest::addColumn<CaseStage>("stage");
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDateTime>("accepted");
        QTest::addColumn<int>("promised");
        QTest::addColumn<int>("legal");
        QTest::addColumn<bool>("legalNatural");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("warnFrom");
        const QDateTime none;
        QTest::newRow("pre-review: 2 working days from receipt")
                << CaseStage::PreReview << china(QDate(2026, 11, 27)) << none << 5 << 10 << false
                << QDate(2026, 12, 1) << QDate(2026, 12, 1);
        QTest::newRow("pre-review received late on Friday counts by the China date")
                << CaseStage::PreReview << QDateTime(QDate(2026, 11, 27), QTime(23, 30), QTimeZone(8 * 3600))
                << none << 5 << 10 << false << QDate(2026, 12, 1) << QDate(2026, 12, 1);
        QTest::newRow("acceptance: 5 working days over National Day")
                << CaseStage::Acceptance << china(QDate(2026, 9, 29)) << none << 5 << 10 << false
                << QDate(2026, 10, 12) << QDate(2026, 10, 12);
        QTest::newRow("review: promised limit from acceptance")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << china(QDate(2026, 11, 2)) << 10 << 20
                << false << QDate(2026, 11, 16) << QDate(2026, 11, 12);
        QTest::newRow("approval: same clock as review")
                << CaseStage::Approval << china(QDate(2026, 10, 30)) << china(QDate(2026, 11, 2)) << 10 << 20
                << false << QDate(2026, 11, 16) << QDate(2026, 11, 12);
        QTest::newRow("review: legal limit in natural days when nothing is promised")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << china(QDate(2026, 11, 2)) << 0 << 45
                << true << QDate(2026, 12, 17) << QDate(2026, 12, 15);
        QTest::newRow("correction: the applicant's turn, no clock")
                << CaseStage::Correction << china(QDate(2026, 11, 2)) << none << 5 << 10 << false << QDate()
                << QDate();
        QTest::newRow("suspended: clock stopped")
                << CaseStage::Suspended << china(QDate(2026, 11, 2)) << china(QDate(2026, 11, 3)) << 5 << 10
                << false << QDate() << QDate();
        QTest::newRow("completed: no clock")
                << CaseStage::Completed << china(QDate(2026, 11, 2)) << china(QDate(2026, 11, 3)) << 5 << 10
                << false << QDate() << QDate();
    }
    void forCase()
    {
        QFETCH(CaseStage, stage);
        QFETCH(QDateTime, received);
        QFETCH(QDateTime, accepted);
        QFETCH(int, promised);
        QFETCH(int, legal);
        QFETCH(bool, legalNatural);
        QFETCH(QDate, due);
        QFETCH(QDate, warnFrom);
        Case c;
        c.stage = stage;
        c.receivedAt = received;
        c.acceptedAt = accepted;
        c.stageStartedAt = accepted.isValid() ? accepted : received;
        ServiceItem item;
        item.promisedLimit = {promised, LimitUnit::WorkingDays};
        item.legalLimit = {legal, legalNatural ? LimitUnit::NaturalDays : LimitUnit::WorkingDays};
        const StageDeadline d = StageDeadline::forCase(c, &item, m_calendar);
        QCOMPARE(d.due, due);
        QCOMPARE(d.warnFrom, warnFrom);
    }

    void withoutCatalogueEntryTheStatutoryTwentyDaysApply()
    {
        Case c;
        c.stage = CaseStage::Review;
        c.receivedAt = china(QDate(2026, 10, 30));
        c.acceptedAt = china(QDate(2026, 11, 2));
        QCOMPARE(StageDeadline::forCase(c, nullptr, m_calendar).due, QDate(2026, 11, 30));
    }

    void remainingDays_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("remaining");
        QTest::newRow("two working days ahead") << QDate(2026, 12, 1) << QDate(2026, 11, 27) << 2;
        QTest::newRow("due today") << QDate(2026, 12, 1) << QDate(2026, 12, 1) << 0;
        QTest::newRow("one working day late") << QDate(2026, 12, 1) << QDate(2026, 12, 2) << -1;
        QTest::newRow("weekend after a Friday due date is already late")
                << QDate(2026, 11, 27) << QDate(2026, 11, 28) << -1;
        QTest::newRow("Monday after a Friday due date") << QDate(2026, 11, 27) << QDate(2026, 11, 30) << -1;
        QTest::newRow("a week late") << QDate(2026, 11, 20) << QDate(2026, 11, 27) << -5;
    }
    void remainingDays()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(int, remaining);
        QCOMPARE(StageDeadline::remainingDays(due, today, m_calendar), remaining);
    }

    void light_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<WarningLight>("light");
        // due 2026-11-16, yellow from 2026-11-12
        QTest::newRow("well ahead") << QDate(2026, 11, 11) << WarningLight::Green;
        QTest::newRow("first yellow day") << QDate(2026, 11, 12) << WarningLight::Yellow;
        QTest::newRow("due day is still yellow") << QDate(2026, 11, 16) << WarningLight::Yellow;
        QTest::newRow("day after due is red") << QDate(2026, 11, 17) << WarningLight::Red;
    }
    void light()
    {
        QFETCH(QDate, today);
        QFETCH(WarningLight, light);
        QCOMPARE(StageDeadline::light(QDate(2026, 11, 16), QDate(2026, 11, 12), today), light);
        QCOMPARE(StageDeadline::light(QDate(), QDate(), today), WarningLight::None);
    }
};

QTEST_GUILESS_MAIN(TestStageDeadline)
#include "tst_stagedeadline.moc"
