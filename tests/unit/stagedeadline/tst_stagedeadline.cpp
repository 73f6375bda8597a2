#include "deadlines/StageDeadline.h"

#include <QTest>
#include <QTimeZone>

using namespace casedesk;

Q_DECLARE_METATYPE(casedesk::CaseStage)
Q_DECLARE_METATYPE(casedesk::WarningLight)
Q_DECLARE_METATYPE(casedesk::TimeLimit)
Q_DECLARE_METATYPE(QList<casedesk::Suspension>)

namespace {
QDateTime china(QDate date, QTime time = QTime(10, 0))
{
    return QDateTime(date, time, QTimeZone(8 * 3600));
}

Suspension pause(QDate from, QDate to, TimeLimit own = {})
{
    Suspension s;
    s.kind = QStringLiteral("hearing");
    s.start = from;
    s.end = to;
    s.limit = own;
    return s;
}

constexpr TimeLimit wd(int n)
{
    return {n, LimitUnit::WorkingDays};
}
constexpr TimeLimit nd(int n)
{
    return {n, LimitUnit::NaturalDays};
}
} // namespace

class TestStageDeadline : public QObject
{
    Q_OBJECT
private:
    WorkCalendar m_calendar = WorkCalendar::builtIn();

private Q_SLOTS:
    void periodEnd_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<TimeLimit>("limit");
        QTest::addColumn<QList<Suspension>>("pauses");
        QTest::addColumn<QDate>("end");
        const QList<Suspension> none;
        QTest::newRow("working days, start day not counted") << QDate(2026, 11, 2) << wd(10) << none << QDate(2026, 11, 16);
        QTest::newRow("natural days ending on a working day") << QDate(2026, 11, 2) << nd(45) << none << QDate(2026, 12, 17);
        QTest::newRow("natural days ending on Saturday move to Monday")
                << QDate(2026, 11, 2) << nd(12) << none << QDate(2026, 11, 16);
        QTest::newRow("natural days ending in National Day move past it")
                << QDate(2026, 9, 25) << nd(7) << none << QDate(2026, 10, 8);
        QTest::newRow("natural days ending on a make-up Saturday stay")
                << QDate(2026, 10, 3) << nd(7) << none << QDate(2026, 10, 10);
        QTest::newRow("a hearing Thursday to Monday is not counted")
                << QDate(2026, 11, 2) << wd(10) << QList<Suspension>{pause(QDate(2026, 11, 5), QDate(2026, 11, 9))}
                << QDate(2026, 11, 19);
        QTest::newRow("overlapping procedures count once")
                << QDate(2026, 11, 2) << wd(10)
                << QList<Suspension>{pause(QDate(2026, 11, 5), QDate(2026, 11, 6)), pause(QDate(2026, 11, 6), QDate(2026, 11, 9))}
                << QDate(2026, 11, 19);
        QTest::newRow("nested procedures count once")
                << QDate(2026, 11, 2) << wd(10)
                << QList<Suspension>{pause(QDate(2026, 11, 5), QDate(2026, 11, 9)), pause(QDate(2026, 11, 6), QDate(2026, 11, 6))}
                << QDate(2026, 11, 19);
        QTest::newRow("a procedure starting on a holiday")
                << QDate(2026, 9, 28) << wd(10) << QList<Suspension>{pause(QDate(2026, 10, 1), QDate(2026, 10, 8))}
                << QDate(2026, 10, 19);
        QTest::newRow("a procedure ending on a holiday")
                << QDate(2026, 9, 28) << wd(10) << QList<Suspension>{pause(QDate(2026, 9, 30), QDate(2026, 10, 3))}
                << QDate(2026, 10, 19);
        QTest::newRow("a procedure after the end changes nothing")
                << QDate(2026, 11, 2) << wd(10) << QList<Suspension>{pause(QDate(2026, 11, 20), QDate(2026, 11, 25))}
                << QDate(2026, 11, 16);
        QTest::newRow("a running procedure stops the clock")
                << QDate(2026, 11, 2) << wd(10) << QList<Suspension>{pause(QDate(2026, 11, 5), QDate())} << QDate();
    }
    void periodEnd()
    {
        QFETCH(QDate, start);
        QFETCH(TimeLimit, limit);
        QFETCH(QList<Suspension>, pauses);
        QFETCH(QDate, end);
        QList<Pause> spans;
        for (const Suspension &s : pauses)
            spans.append({s.start, s.end});
        QCOMPARE(casedesk::periodEnd(start, limit, m_calendar, spans), end);
    }

    void forCase_data()
    {
        QTest::addColumn<CaseStage>("stage");
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDateTime>("accepted");
        QTest::addColumn<TimeLimit>("promised");
        QTest::addColumn<TimeLimit>("legal");
        QTest::addColumn<int>("extension");
        QTest::addColumn<QList<Suspension>>("suspensions");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("legalDue");
        QTest::addColumn<QDate>("warnFrom");
        const QDateTime none;
        const QList<Suspension> noPause;
        const QDateTime nov2 = china(QDate(2026, 11, 2));
        QTest::newRow("pre-review: 2 working days from receipt")
                << CaseStage::PreReview << china(QDate(2026, 11, 27)) << none << wd(5) << wd(10) << 0 << noPause
                << QDate(2026, 12, 1) << QDate() << QDate(2026, 11, 30);
        QTest::newRow("pre-review received late on Friday counts by the China date")
                << CaseStage::PreReview << QDateTime(QDate(2026, 11, 27), QTime(23, 30), QTimeZone(8 * 3600)) << none
                << wd(5) << wd(10) << 0 << noPause << QDate(2026, 12, 1) << QDate() << QDate(2026, 11, 30);
        QTest::newRow("acceptance: 5 working days over National Day, yellow on the make-up Saturday")
                << CaseStage::Acceptance << china(QDate(2026, 9, 29)) << none << wd(5) << wd(10) << 0 << noPause
                << QDate(2026, 10, 12) << QDate() << QDate(2026, 10, 10);
        QTest::newRow("review: the promised limit is the stricter")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << nov2 << wd(10) << wd(20) << 0 << noPause
                << QDate(2026, 11, 16) << QDate(2026, 11, 30) << QDate(2026, 11, 12);
        QTest::newRow("approval: same clock as review")
                << CaseStage::Approval << china(QDate(2026, 10, 30)) << nov2 << wd(10) << wd(20) << 0 << noPause
                << QDate(2026, 11, 16) << QDate(2026, 11, 30) << QDate(2026, 11, 12);
        QTest::newRow("review: legal limit in natural days when nothing is promised")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << nov2 << TimeLimit{} << nd(45) << 0 << noPause
                << QDate(2026, 12, 17) << QDate(2026, 12, 17) << QDate(2026, 12, 4);
        QTest::newRow("review: an approved extension of 10 working days")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << nov2 << TimeLimit{} << wd(20) << 10 << noPause
                << QDate(2026, 12, 14) << QDate(2026, 12, 14) << QDate(2026, 12, 4);
        QTest::newRow("review: an extension is capped at 10 working days")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << nov2 << TimeLimit{} << wd(20) << 15 << noPause
                << QDate(2026, 12, 14) << QDate(2026, 12, 14) << QDate(2026, 12, 4);
        QTest::newRow("review: a past hearing moves both limits")
                << CaseStage::Review << china(QDate(2026, 10, 30)) << nov2 << wd(10) << wd(20) << 0
                << QList<Suspension>{pause(QDate(2026, 11, 5), QDate(2026, 11, 9))} << QDate(2026, 11, 19)
                << QDate(2026, 12, 3) << QDate(2026, 11, 17);
        QTest::newRow("suspended: the procedure's own limit runs")
                << CaseStage::Suspended << china(QDate(2026, 10, 30)) << nov2 << wd(10) << wd(20) << 0
                << QList<Suspension>{pause(QDate(2026, 11, 20), QDate(), wd(10))} << QDate(2026, 12, 4) << QDate()
                << QDate(2026, 12, 2);
        QTest::newRow("correction: the applicant's turn, no clock")
                << CaseStage::Correction << nov2 << none << wd(5) << wd(10) << 0 << noPause << QDate() << QDate() << QDate();
        QTest::newRow("completed: no clock")
                << CaseStage::Completed << nov2 << nov2 << wd(5) << wd(10) << 0 << noPause << QDate() << QDate() << QDate();
    }
    void forCase()
    {
        QFETCH(CaseStage, stage);
        QFETCH(QDateTime, received);
        QFETCH(QDateTime, accepted);
        QFETCH(TimeLimit, promised);
        QFETCH(TimeLimit, legal);
        QFETCH(int, extension);
        QFETCH(QList<Suspension>, suspensions);
        QFETCH(QDate, due);
        QFETCH(QDate, legalDue);
        QFETCH(QDate, warnFrom);
        Case c;
        c.stage = stage;
        c.receivedAt = received;
        c.acceptedAt = accepted;
        c.stageStartedAt = accepted.isValid() ? accepted : received;
        c.extensionDays = extension;
        c.suspensions = suspensions;
        ServiceItem item;
        item.promisedLimit = promised;
        item.legalLimit = legal;
        const StageDeadline d = StageDeadline::forCase(c, &item, m_calendar);
        QCOMPARE(d.due, due);
        QCOMPARE(d.legalDue, legalDue);
        QCOMPARE(d.warnFrom, warnFrom);
        // Every running clock can say how it was computed.
        if (d.isValid()) {
            QVERIFY(!d.explanation.isEmpty());
            QVERIFY2(d.explanation.join(QLatin1Char(' ')).contains(due.toString(Qt::ISODate)),
                     qPrintable(d.explanation.join(QLatin1Char('\n'))));
        }
    }

    void withoutCatalogueEntryTheStatutoryTwentyDaysApply()
    {
        Case c;
        c.stage = CaseStage::Review;
        c.receivedAt = china(QDate(2026, 10, 30));
        c.acceptedAt = china(QDate(2026, 11, 2));
        QCOMPARE(StageDeadline::forCase(c, nullptr, m_calendar).due, QDate(2026, 11, 30));
    }

    void aReviewStageWithARunningProcedureStandsStill()
    {
        Case c;
        c.stage = CaseStage::Review;
        c.receivedAt = china(QDate(2026, 10, 30));
        c.acceptedAt = china(QDate(2026, 11, 2));
        c.suspensions = {pause(QDate(2026, 11, 5), QDate())};
        const StageDeadline d = StageDeadline::forCase(c, nullptr, m_calendar);
        QVERIFY(!d.isValid());
        QVERIFY(d.clockStopped);
    }

    void correctionRestartsTheAcceptancePeriod()
    {
        Case c;
        c.stage = CaseStage::Acceptance;
        c.receivedAt = china(QDate(2026, 11, 2));
        c.resubmittedAt = china(QDate(2026, 11, 20));
        const StageDeadline d = StageDeadline::forCase(c, nullptr, m_calendar);
        QCOMPARE(d.due, QDate(2026, 11, 27));
        QVERIFY(!d.deemedAccepted(QDate(2026, 11, 27)));
        QVERIFY(d.deemedAccepted(QDate(2026, 11, 30)));
    }

    void deemedAcceptanceAfterFiveWorkingDays_data()
    {
        QTest::addColumn<CaseStage>("stage");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("deemed");
        QTest::newRow("pre-review, within the period") << CaseStage::PreReview << QDate(2026, 11, 9) << false;
        QTest::newRow("pre-review, past the period") << CaseStage::PreReview << QDate(2026, 11, 10) << true;
        QTest::newRow("acceptance, last day") << CaseStage::Acceptance << QDate(2026, 11, 9) << false;
        QTest::newRow("acceptance, past the period") << CaseStage::Acceptance << QDate(2026, 11, 10) << true;
        QTest::newRow("correction requested in time") << CaseStage::Correction << QDate(2026, 11, 30) << false;
        QTest::newRow("accepted") << CaseStage::Review << QDate(2026, 11, 30) << false;
    }
    void deemedAcceptanceAfterFiveWorkingDays()
    {
        QFETCH(CaseStage, stage);
        QFETCH(QDate, today);
        QFETCH(bool, deemed);
        Case c;
        c.stage = stage;
        c.receivedAt = china(QDate(2026, 11, 2));
        c.acceptedAt = stage == CaseStage::Review ? china(QDate(2026, 11, 3)) : QDateTime();
        QCOMPARE(StageDeadline::forCase(c, nullptr, m_calendar).deemedAccepted(today), deemed);
    }

    void deliveryWithinTenWorkingDaysOfTheDecision()
    {
        Case c;
        c.stage = CaseStage::Decided;
        c.receivedAt = china(QDate(2026, 10, 30));
        c.decidedAt = china(QDate(2026, 11, 20));
        QCOMPARE(StageDeadline::forCase(c, nullptr, m_calendar).due, QDate(2026, 12, 4));
    }

    void warningPolicy_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("threshold");
        QTest::newRow("defaults, short limit: one working day") << 1 << 20 << 2 << 1;
        QTest::newRow("defaults, 20 days: a fifth") << 1 << 20 << 20 << 4;
        QTest::newRow("defaults, 30 days: a fifth") << 1 << 20 << 30 << 6;
        QTest::newRow("three days beat a small share") << 3 << 10 << 20 << 3;
        QTest::newRow("no warning before the due day") << 0 << 0 << 20 << 0;
    }
    void warningPolicy()
    {
        QFETCH(int, days);
        QFETCH(int, percent);
        QFETCH(int, limit);
        QFETCH(int, threshold);
        QCOMPARE((WarningPolicy{days, percent}.thresholdFor(limit)), threshold);
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
