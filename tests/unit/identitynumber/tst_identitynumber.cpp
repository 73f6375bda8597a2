#include "cases/IdentityNumber.h"

#include <QTest>

using namespace casedesk;

// Rows written from the standards: GB 11643-1999's own example numbers, GB 32100-2015's
// example code, and each way a number typed at the counter goes wrong.
class TestIdentityNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void citizenId_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("problem"); // a word the message must hold; empty: valid

        QTest::newRow("GB 11643 example, check X") << "11010519491231002X"
                                                   << "11010519491231002X"
                                                   << "";
        QTest::newRow("GB 11643 example, check 4") << "440524188001010014"
                                                   << "440524188001010014"
                                                   << "";
        QTest::newRow("lower-case x") << "11010519491231002x"
                                      << "11010519491231002X"
                                      << "";
        QTest::newRow("full-width from an input method")
                << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ") << "11010519491231002X"
                << "";
        QTest::newRow("spaces between groups") << "110105 19491231 002X"
                                               << "11010519491231002X"
                                               << "";
        QTest::newRow("one digit mistyped") << "11010519491231003X"
                                            << "11010519491231003X"
                                            << "check digit";
        QTest::newRow("two digits swapped") << "11010519491213002X"
                                            << "11010519491213002X"
                                            << "check digit";
        QTest::newRow("wrong check") << "110105194912310021"
                                     << "110105194912310021"
                                     << "check digit";
        QTest::newRow("too short") << "1101051949123100"
                                   << "1101051949123100"
                                   << "16";
        QTest::newRow("first generation") << "110105491231002"
                                          << "110105491231002"
                                          << "15-digit";
        QTest::newRow("letter inside") << "1101051949123A002X"
                                       << "1101051949123A002X"
                                       << "Character 14";
        QTest::newRow("X not last") << "11010519491231002Y"
                                    << "11010519491231002Y"
                                    << "digit or X";
        QTest::newRow("no such day") << "110105194902300027"
                                     << "110105194902300027"
                                     << "date of birth";
        QTest::newRow("born tomorrow") << "110105202612040015"
                                       << "110105202612040015"
                                       << "cannot be right";
        QTest::newRow("no region") << "010105194912310026"
                                   << "010105194912310026"
                                   << "region";
        QTest::newRow("empty") << "  "
                               << ""
                               << "empty";
    }
    void citizenId()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QFETCH(QString, problem);
        const IdentityCheck check = checkCitizenId(typed, QDate(2026, 12, 3));
        QCOMPARE(check.normalized, normalized);
        if (problem.isEmpty()) {
            QVERIFY2(check.isValid(), qPrintable(check.problem));
        } else {
            QVERIFY(!check.isValid());
            QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
            // The message names what is wrong, never the number.
            QVERIFY(normalized.isEmpty() || !check.problem.contains(normalized));
        }
    }

    void citizenIdEverySingleMistype()
    {
        // MOD 11-2 finds every single wrong character: change each of the 18 in turn.
        const QString good = QStringLiteral("440524188001010014");
        for (int i = 0; i < 18; ++i) {
            for (const QChar c : QStringLiteral("0123456789X")) {
                if (c == good.at(i) || (c == QLatin1Char('X') && i < 17))
                    continue;
                QString bad = good;
                bad[i] = c;
                QVERIFY2(!checkCitizenId(bad, QDate(2026, 12, 3)).isValid(), qPrintable(bad));
            }
        }
    }

    void creditCode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("problem");

        QTest::newRow("GB 32100 example") << "91350100M000100Y43"
                                          << "91350100M000100Y43"
                                          << "";
        QTest::newRow("lower case") << "91350100m000100y43"
                                    << "91350100M000100Y43"
                                    << "";
        QTest::newRow("full width")
                << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３") << "91350100M000100Y43"
                << "";
        QTest::newRow("check mistyped") << "91350100M000100Y44"
                                        << "91350100M000100Y44"
                                        << "check character";
        QTest::newRow("body mistyped") << "91350100M000200Y43"
                                       << "91350100M000200Y43"
                                       << "check character";
        QTest::newRow("letter O for zero") << "91350100M0O0100Y43"
                                           << "91350100M0O0100Y43"
                                           << "Character 11";
        QTest::newRow("letter in the region") << "9135A100M000100Y43"
                                              << "9135A100M000100Y43"
                                              << "region";
        QTest::newRow("17 characters") << "91350100M000100Y4"
                                       << "91350100M000100Y4"
                                       << "17";
        QTest::newRow("empty") << ""
                               << ""
                               << "empty";
    }
    void creditCode()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QFETCH(QString, problem);
        const IdentityCheck check = checkCreditCode(typed);
        QCOMPARE(check.normalized, normalized);
        if (problem.isEmpty()) {
            QVERIFY2(check.isValid(), qPrintable(check.problem));
        } else {
            QVERIFY(!check.isValid());
            QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
        }
    }

    void creditCodeEverySingleMistype()
    {
        const QString good = QStringLiteral("91350100M000100Y43");
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (int i = 0; i < 18; ++i) {
            for (const QChar c : alphabet) {
                if (c == good.at(i) || (i >= 2 && i < 8 && !c.isDigit()))
                    continue;
                QString bad = good;
                bad[i] = c;
                QVERIFY2(!checkCreditCode(bad).isValid(), qPrintable(bad));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityNumber)
#include "tst_identitynumber.moc"
