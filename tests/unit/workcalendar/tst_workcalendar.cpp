#include "deadlines/WorkCalendar.h"

#include <QJsonDocument>
#include <QTest>

using namespace casedesk;

// The State Council's schedules for 2025 and 2026 (国办发明电〔2024〕12号, 〔2025〕7号),
// as shipped in resources/calendars.
class TestWorkCalendar : public QObject
{
    Q_OBJECT
private:
    WorkCalendar m_calendar = WorkCalendar::builtIn();

private Q_SLOTS:
    void shipsTheKnownYears()
    {
        QVERIFY(m_calendar.coversYear(2025));
        QVERIFY(m_calendar.coversYear(2026));
        QVERIFY(!m_calendar.coversYear(2027));
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("New Year's Day 2026") << QDate(2026, 1, 1) << false;
        QTest::newRow("make-up Sunday after New Year") << QDate(2026, 1, 4) << true;
        QTest::newRow("make-up Saturday before Spring Festival") << QDate(2026, 2, 14) << true;
        QTest::newRow("Spring Festival Monday") << QDate(2026, 2, 16) << false;
        QTest::newRow("last Spring Festival day (Monday)") << QDate(2026, 2, 23) << false;
        QTest::newRow("make-up Saturday after Spring Festival") << QDate(2026, 2, 28) << true;
        QTest::newRow("Labour Day Tuesday") << QDate(2026, 5, 5) << false;
        QTest::newRow("make-up Sunday before National Day") << QDate(2026, 9, 20) << true;
        QTest::newRow("National Day Wednesday") << QDate(2026, 10, 7) << false;
        QTest::newRow("day after National Day") << QDate(2026, 10, 8) << true;
        QTest::newRow("make-up Saturday after National Day") << QDate(2026, 10, 10) << true;
        QTest::newRow("ordinary Saturday") << QDate(2026, 11, 28) << false;
        QTest::newRow("ordinary Monday") << QDate(2026, 11, 30) << true;
        QTest::newRow("2025 National Day and Mid-Autumn, 8th") << QDate(2025, 10, 8) << false;
        QTest::newRow("2025 make-up Sunday") << QDate(2025, 9, 28) << true;
        QTest::newRow("year without schedule: weekday") << QDate(2027, 3, 3) << true;
        QTest::newRow("year without schedule: weekend") << QDate(2027, 3, 6) << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(m_calendar.isWorkingDay(date), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("end");
        QTest::newRow("start day not counted") << QDate(2026, 11, 23) << 1 << QDate(2026, 11, 24);
        QTest::newRow("over a weekend") << QDate(2026, 11, 27) << 5 << QDate(2026, 12, 4);
        QTest::newRow("over National Day") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
        QTest::newRow("onto the make-up Saturday") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
        QTest::newRow("onto the make-up Sunday") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("over Spring Festival") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
        QTest::newRow("received on a holiday") << QDate(2026, 10, 3) << 2 << QDate(2026, 10, 9);
        QTest::newRow("twenty working days") << QDate(2026, 11, 2) << 20 << QDate(2026, 11, 30);
        QTest::newRow("zero days") << QDate(2026, 11, 28) << 0 << QDate(2026, 11, 28);
        QTest::newRow("back over National Day") << QDate(2026, 10, 8) << -1 << QDate(2026, 9, 30);
        QTest::newRow("across the year end onto a make-up Sunday") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, end);
        QCOMPARE(m_calendar.addWorkingDays(start, days), end);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << QDate(2026, 11, 27) << QDate(2026, 11, 27) << 0;
        QTest::newRow("a week") << QDate(2026, 11, 27) << QDate(2026, 12, 4) << 5;
        QTest::newRow("backwards") << QDate(2026, 12, 4) << QDate(2026, 11, 27) << -5;
        QTest::newRow("National Day week") << QDate(2026, 9, 30) << QDate(2026, 10, 8) << 1;
        QTest::newRow("weekend only") << QDate(2026, 11, 27) << QDate(2026, 11, 29) << 0;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, days);
        QCOMPARE(m_calendar.workingDaysBetween(from, to), days);
        // The two operations agree: counting n days from `from` lands on a day n working days on.
        if (days > 0)
            QCOMPARE(m_calendar.workingDaysBetween(from, m_calendar.addWorkingDays(from, days)), days);
    }

    void rejectsBrokenSchedules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no year") << QByteArray(R"({"holidays": []})");
        QTest::newRow("range backwards") << QByteArray(
                R"({"year": 2027, "holidays": [{"from": "2027-02-10", "to": "2027-02-01"}]})");
        QTest::newRow("date of another year") << QByteArray(
                R"({"year": 2027, "holidays": [{"from": "2026-02-10", "to": "2027-02-11"}]})");
        QTest::newRow("holiday and make-up day at once") << QByteArray(
                R"({"year": 2027, "holidays": [{"from": "2027-02-06", "to": "2027-02-12"}],
                   "workdays": ["2027-02-07"]})");
        QTest::newRow("make-up day not a date") << QByteArray(R"({"year": 2027, "workdays": ["soon"]})");
    }
    void rejectsBrokenSchedules()
    {
        QFETCH(QByteArray, json);
        WorkCalendar calendar;
        QString error;
        QVERIFY(!calendar.addYear(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!calendar.coversYear(2027));
    }

    void replacingAYearDropsItsOldDays()
    {
        WorkCalendar calendar;
        QVERIFY(calendar.addYear(QJsonDocument::fromJson(
                R"({"year": 2027, "holidays": [{"from": "2027-03-03", "to": "2027-03-03"}]})").object()));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 3, 3)));
        QVERIFY(calendar.addYear(QJsonDocument::fromJson(
                R"({"year": 2027, "holidays": [{"from": "2027-03-04", "to": "2027-03-04"}]})").object()));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 3, 3)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 3, 4)));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
