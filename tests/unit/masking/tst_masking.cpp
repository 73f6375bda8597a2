#include "cases/Masking.h"

#include <QTest>

using namespace casedesk;

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("citizen id") << "id" << "620102199003071234" << "620102********1234";
        QTest::newRow("id ending in X") << "id" << "62010219900307123X" << "620102********123X";
        QTest::newRow("credit code") << "id" << "91620102041785617H" << "916201********617H";
        QTest::newRow("mobile") << "phone" << "13912345678" << "139****5678";
        QTest::newRow("too short to keep anything") << "phone" << "110" << "***";
        QTest::newRow("empty") << "id" << "" << "";
    }
    void masks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        const QString result = kind == QLatin1String("id") ? maskIdNumber(value) : maskPhone(value);
        QCOMPARE(result, masked);
        QCOMPARE(result.size(), value.size());
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
