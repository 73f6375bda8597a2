// Sealing the applicant's personal data in cached case records.

#include "security/Cipher.h"
#include "security/PersonalData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace casedesk;

namespace {
const QByteArray kCase = R"({"id":"c1","caseNo":"620102202611270001","applicant":{"kind":"person",
"name":"张伟","idType":"居民身份证","idNumber":"620102199001011234","phone":"13912345678",
"address":"甘肃省兰州市城关区张掖路1号","email":"zw@example.cn"},"stage":"review"})";

QJsonObject record(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject applicantOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("applicant")).toObject();
}
} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const PersonalDataSeal seal(cipher::randomKey());
        const QByteArray stored = seal.seal(record(kCase), QStringLiteral("c1"));
        for (const char *secret : {"620102199001011234", "13912345678", "张掖路", "zw@example"})
            QVERIFY2(!stored.contains(secret), secret);
        // The name stays: the inbox searches and sorts by it.
        QCOMPARE(applicantOf(stored).value(QStringLiteral("name")).toString(),
                 QStringLiteral("张伟"));
        bool withheld = true;
        const QByteArray opened = seal.open(stored, QStringLiteral("c1"), &withheld);
        QVERIFY(!withheld);
        QCOMPARE(QJsonDocument::fromJson(opened).object(), QJsonDocument::fromJson(kCase).object());
    }

    void theAgentIsSealedToo()
    {
        // A counter application handed in by an agent (代办人) names a second person.
        QJsonObject c = record(kCase);
        c.insert(QStringLiteral("agent"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("李娜")},
                             {QStringLiteral("idNumber"), QStringLiteral("11010519491231002X")},
                             {QStringLiteral("phone"), QStringLiteral("13800001111")}});
        const PersonalDataSeal seal(cipher::randomKey());
        const QByteArray stored = seal.seal(c, QStringLiteral("c1"));
        for (const char *secret : {"11010519491231002X", "13800001111", "620102199001011234"})
            QVERIFY2(!stored.contains(secret), secret);
        QVERIFY(stored.contains("李娜"));
        QCOMPARE(QJsonDocument::fromJson(seal.open(stored, QStringLiteral("c1"))).object(), c);
        // The agent's seal cannot stand in for the applicant's.
        QJsonObject swapped = QJsonDocument::fromJson(stored).object();
        QJsonObject applicant = swapped.value(QStringLiteral("applicant")).toObject();
        applicant.insert(
                QStringLiteral("sealed"),
                swapped.value(QStringLiteral("agent")).toObject().value(QStringLiteral("sealed")));
        swapped.insert(QStringLiteral("applicant"), applicant);
        bool withheld = false;
        const QByteArray opened = seal.open(QJsonDocument(swapped).toJson(QJsonDocument::Compact),
                                            QStringLiteral("c1"), &withheld);
        QVERIFY(withheld);
        QVERIFY(!applicantOf(opened).contains(QStringLiteral("idNumber")));
    }

    void whatCannotBeOpenedIsWithheld_data()
    {
        QTest::addColumn<QString>("openAs"); // case id given when opening
        QTest::addColumn<bool>("otherKey");
        QTest::addColumn<bool>("tamper");
        QTest::newRow("another key") << "c1" << true << false;
        QTest::newRow("moved to another case") << "c2" << false << false;
        QTest::newRow("one bit changed") << "c1" << false << true;
    }
    void whatCannotBeOpenedIsWithheld()
    {
        QFETCH(QString, openAs);
        QFETCH(bool, otherKey);
        QFETCH(bool, tamper);
        const PersonalDataSeal seal(cipher::randomKey());
        QByteArray stored = seal.seal(record(kCase), QStringLiteral("c1"));
        if (tamper) {
            QJsonObject c = QJsonDocument::fromJson(stored).object();
            QJsonObject a = c.value(QStringLiteral("applicant")).toObject();
            QByteArray blob = QByteArray::fromBase64(
                    a.value(QStringLiteral("sealed")).toString().toLatin1());
            blob[20] = char(blob[20] ^ 1);
            a.insert(QStringLiteral("sealed"), QString::fromLatin1(blob.toBase64()));
            c.insert(QStringLiteral("applicant"), a);
            stored = QJsonDocument(c).toJson();
        }
        const PersonalDataSeal opener = otherKey ? PersonalDataSeal(cipher::randomKey()) : seal;
        bool withheld = false;
        const QJsonObject applicant = applicantOf(opener.open(stored, openAs, &withheld));
        QVERIFY(withheld);
        QVERIFY(!applicant.contains(QStringLiteral("idNumber")));
        QVERIFY(!applicant.contains(QStringLiteral("sealed")));
        QCOMPARE(applicant.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
    }

    void withoutAKeyNothingPersonalIsStored()
    {
        const QByteArray stored = PersonalDataSeal().seal(record(kCase), QStringLiteral("c1"));
        QVERIFY(!stored.contains("620102199001011234"));
        QVERIFY(!stored.contains("13912345678"));
        bool withheld = false;
        PersonalDataSeal(cipher::randomKey()).open(stored, QStringLiteral("c1"), &withheld);
        QVERIFY(withheld);
        QCOMPARE(PersonalDataSeal::withhold(kCase), stored);
    }

    void recordsWithoutPersonalDataPassUnchanged()
    {
        const PersonalDataSeal seal(cipher::randomKey());
        const QByteArray company = R"({"id":"c3","applicant":{"kind":"company","name":"x"}})";
        QCOMPARE(record(seal.seal(record(company), QStringLiteral("c3"))), record(company));
        bool withheld = true;
        QCOMPARE(seal.open(company, QStringLiteral("c3"), &withheld), company);
        QVERIFY(!withheld);
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
