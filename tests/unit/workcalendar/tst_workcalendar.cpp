#include "deadlines/WorkCalendar.h"

#include <QJsonDocument>
#include <QTest>

using namespace casedesk;

using DateRanges = QList<std::pair<QDate, QDate>>;
Q_DECLARE_METATYPE(DateRanges)

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
        QCOMPARE(m_calendar.years(), (QList<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026}));
        QVERIFY(!m_calendar.coversYear(2027));
    }

    // The State Council's notices, typed in again here: each year's weekday holidays and make-up
    // working days must be exactly these, no more and no fewer.
    void wholeYears_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<DateRanges>("holidays");
        QTest::addColumn<QList<QDate>>("workdays");
        using R = std::pair<QDate, QDate>;
        QTest::newRow("2024") << 2024
                << QList<R>{{QDate(2024, 1, 1), QDate(2024, 1, 1)}, {QDate(2024, 2, 10), QDate(2024, 2, 17)},
                            {QDate(2024, 4, 4), QDate(2024, 4, 6)}, {QDate(2024, 5, 1), QDate(2024, 5, 5)},
                            {QDate(2024, 6, 10), QDate(2024, 6, 10)}, {QDate(2024, 9, 15), QDate(2024, 9, 17)},
                            {QDate(2024, 10, 1), QDate(2024, 10, 7)}}
                << QList<QDate>{QDate(2024, 2, 4), QDate(2024, 2, 18), QDate(2024, 4, 7), QDate(2024, 4, 28),
                                QDate(2024, 5, 11), QDate(2024, 9, 14), QDate(2024, 9, 29), QDate(2024, 10, 12)};
        QTest::newRow("2025") << 2025
                << QList<R>{{QDate(2025, 1, 1), QDate(2025, 1, 1)}, {QDate(2025, 1, 28), QDate(2025, 2, 4)},
                            {QDate(2025, 4, 4), QDate(2025, 4, 6)}, {QDate(2025, 5, 1), QDate(2025, 5, 5)},
                            {QDate(2025, 5, 31), QDate(2025, 6, 2)}, {QDate(2025, 10, 1), QDate(2025, 10, 8)}}
                << QList<QDate>{QDate(2025, 1, 26), QDate(2025, 2, 8), QDate(2025, 4, 27), QDate(2025, 9, 28),
                                QDate(2025, 10, 11)};
        QTest::newRow("2026") << 2026
                << QList<R>{{QDate(2026, 1, 1), QDate(2026, 1, 3)}, {QDate(2026, 2, 15), QDate(2026, 2, 23)},
                            {QDate(2026, 4, 4), QDate(2026, 4, 6)}, {QDate(2026, 5, 1), QDate(2026, 5, 5)},
                            {QDate(2026, 6, 19), QDate(2026, 6, 21)}, {QDate(2026, 9, 25), QDate(2026, 9, 27)},
                            {QDate(2026, 10, 1), QDate(2026, 10, 7)}}
                << QList<QDate>{QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28), QDate(2026, 5, 9),
                                QDate(2026, 9, 20), QDate(2026, 10, 10)};
    }
    void wholeYears()
    {
        QFETCH(int, year);
        QFETCH(DateRanges, holidays);
        QFETCH(QList<QDate>, workdays);
        QList<QDate> weekdayHolidays;
        for (const auto &[from, to] : holidays) {
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                QVERIFY2(!m_calendar.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
                if (d.dayOfWeek() < 6)
                    weekdayHolidays.append(d);
            }
        }
        QCOMPARE(m_calendar.holidaysOnWeekdays(year), weekdayHolidays);
        QCOMPARE(m_calendar.makeUpWorkdays(year), workdays);
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
        QTest::newRow("year without schedule: New Year's Day") << QDate(2027, 1, 1) << false;
        QTest::newRow("year without schedule: National Day") << QDate(2027, 10, 1) << false;
        QTest::newRow("2020: Spring Festival extended to 2 February") << QDate(2020, 1, 31) << false;
        QTest::newRow("2020: the cancelled make-up Saturday 1 February") << QDate(2020, 2, 1) << false;
        QTest::newRow("2020: first working day after the extension") << QDate(2020, 2, 3) << true;
        QTest::newRow("2021: make-up Saturday before Mid-Autumn") << QDate(2021, 9, 18) << true;
        QTest::newRow("2022: two make-up days before Spring Festival") << QDate(2022, 1, 30) << true;
        QTest::newRow("2023: Qingming on a Wednesday") << QDate(2023, 4, 5) << false;
        QTest::newRow("2023: Mid-Autumn and National Day together") << QDate(2023, 9, 29) << false;
        QTest::newRow("2023: make-up Sunday after National Day") << QDate(2023, 10, 8) << true;
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
        QTest::newRow("onto the make-up Saturday")
                << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
        QTest::newRow("onto the make-up Sunday") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("over Spring Festival") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
        QTest::newRow("received on a holiday") << QDate(2026, 10, 3) << 2 << QDate(2026, 10, 9);
        QTest::newRow("twenty working days") << QDate(2026, 11, 2) << 20 << QDate(2026, 11, 30);
        QTest::newRow("zero days") << QDate(2026, 11, 28) << 0 << QDate(2026, 11, 28);
        QTest::newRow("back over National Day") << QDate(2026, 10, 8) << -1 << QDate(2026, 9, 30);
        QTest::newRow("across the year end onto a make-up Sunday")
                << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
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
            QCOMPARE(m_calendar.workingDaysBetween(from, m_calendar.addWorkingDays(from, days)),
                     days);
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
        QTest::newRow("make-up day not a date")
                << QByteArray(R"({"year": 2027, "workdays": ["soon"]})");
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
        QVERIFY(calendar.addYear(
                QJsonDocument::fromJson(
                        R"({"year": 2027, "holidays": [{"from": "2027-03-03", "to": "2027-03-03"}]})")
                        .object()));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 3, 3)));
        QVERIFY(calendar.addYear(
                QJsonDocument::fromJson(
                        R"({"year": 2027, "holidays": [{"from": "2027-03-04", "to": "2027-03-04"}]})")
                        .object()));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 3, 3)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 3, 4)));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
