// The material checklist: required materials mapped to submitted files by name, verdicts, and
// the one-time correction list they write.

#include "cases/MaterialChecklist.h"
#include "store/ChecklistStore.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using V = MaterialChecklist::Verdict;

namespace {

ServiceItem foodLicence()
{
    ServiceItem item;
    item.code = QStringLiteral("SCJG-001");
    item.name = QStringLiteral("食品经营许可（新办）");
    item.materials = {{QStringLiteral("食品经营许可申请书"), true, false},
                      {QStringLiteral("营业执照（副本）"), true, false},
                      {QStringLiteral("法定代表人身份证明"), true, false},
                      {QStringLiteral("经营场所平面图"), false, false}};
    return item;
}

MaterialInfo file(const QString &id, const QString &name, const QString &fileName = {})
{
    MaterialInfo m;
    m.id = id;
    m.name = name;
    m.fileName = fileName;
    return m;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesAreMappedByName_data()
    {
        QTest::addColumn<QList<MaterialInfo>>("submitted");
        QTest::addColumn<QStringList>("mapped"); // per required material, files joined by +
        QTest::addColumn<int>("missing");
        QTest::newRow("exact names")
                << QList<MaterialInfo>{file(QStringLiteral("m1"),
                                            QStringLiteral("食品经营许可申请书")),
                                       file(QStringLiteral("m2"),
                                            QStringLiteral("营业执照（副本）")),
                                       file(QStringLiteral("m3"),
                                            QStringLiteral("法定代表人身份证明"))}
                << QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"),
                               QString()}
                << 0;
        QTest::newRow("punctuation and spaces differ")
                << QList<MaterialInfo>{file(QStringLiteral("a"), QStringLiteral("营业执照 副本")),
                                       file(QStringLiteral("b"), QStringLiteral("申请书"),
                                            QStringLiteral("食品经营许可申请书.pdf"))}
                << QStringList{QStringLiteral("b"), QStringLiteral("a"), QString(), QString()} << 1;
        QTest::newRow("two files for one material")
                << QList<MaterialInfo>{file(QStringLiteral("p1"),
                                            QStringLiteral("法定代表人身份证明（正面）")),
                                       file(QStringLiteral("p2"),
                                            QStringLiteral("法定代表人身份证明（反面）"))}
                << QStringList{QString(), QString(), QStringLiteral("p1+p2"), QString()} << 2;
        QTest::newRow("nothing submitted")
                << QList<MaterialInfo>{} << QStringList{QString(), QString(), QString(), QString()}
                << 3; // the optional plan is not missing
    }
    void filesAreMappedByName()
    {
        QFETCH(QList<MaterialInfo>, submitted);
        QFETCH(QStringList, mapped);
        QFETCH(int, missing);
        const MaterialChecklist list = MaterialChecklist::build(foodLicence(), submitted);
        QCOMPARE(list.entries().size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(list.entries().at(i).fileIds.join(QLatin1Char('+')), mapped.at(i));
        QCOMPARE(int(list.corrections().size()), missing);
        QCOMPARE(list.suggestsCorrection(), missing > 0);
    }

    void verdictsWriteTheCorrectionList_data()
    {
        QTest::addColumn<QList<int>>("verdicts"); // per entry
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QStringList>("expected"); // material=reason
        QTest::addColumn<bool>("complete");
        QTest::newRow("all good") << QList<int>{1, 1, 1, 0} << QStringList{{}, {}, {}, {}}
                                  << QStringList{} << true;
        QTest::newRow("one to correct, with its reason")
                << QList<int>{1, 3, 1, 0} << QStringList{{}, QStringLiteral("复印件不清晰"), {}, {}}
                << QStringList{QStringLiteral("营业执照（副本）=复印件不清晰")} << false;
        QTest::newRow("missing and to correct, default reasons")
                << QList<int>{2, 3, 1, 2} << QStringList{{}, {}, {}, {}}
                << QStringList{QStringLiteral("食品经营许可申请书=Not submitted"),
                               QStringLiteral("营业执照（副本）=Does not meet the requirements"),
                               QStringLiteral("经营场所平面图=Not submitted")}
                << false;
        QTest::newRow("unchecked is neither good nor a correction")
                << QList<int>{0, 1, 1, 0} << QStringList{{}, {}, {}, {}} << QStringList{} << false;
    }
    void verdictsWriteTheCorrectionList()
    {
        QFETCH(QList<int>, verdicts);
        QFETCH(QStringList, reasons);
        QFETCH(QStringList, expected);
        QFETCH(bool, complete);
        MaterialChecklist list = MaterialChecklist::build(
                foodLicence(),
                {file(QStringLiteral("m1"), QStringLiteral("食品经营许可申请书")),
                 file(QStringLiteral("m2"), QStringLiteral("营业执照（副本）")),
                 file(QStringLiteral("m3"), QStringLiteral("法定代表人身份证明"))});
        for (int i = 0; i < verdicts.size(); ++i)
            list.setVerdict(i, V(verdicts.at(i)), reasons.at(i));
        QStringList got;
        for (const auto &[material, reason] : list.corrections())
            got.append(material + QLatin1Char('=') + reason);
        QCOMPARE(got, expected);
        QCOMPARE(list.complete(), complete);
        QCOMPARE(list.suggestsCorrection(), !expected.isEmpty());
    }

    void aFileIsTakenAsOneMaterialOnly()
    {
        MaterialChecklist list
                = MaterialChecklist::build(foodLicence(),
                                           {file(QStringLiteral("m1"), QStringLiteral("营业执照")),
                                            file(QStringLiteral("m9"), QStringLiteral("扫描件"))});
        QCOMPARE(list.entries().at(1).fileIds, QStringList{QStringLiteral("m1")});
        QCOMPARE(list.unmappedFiles(
                         {file(QStringLiteral("m1"), {}), file(QStringLiteral("m9"), {})}),
                 QStringList{QStringLiteral("m9")});
        // The clerk sees that the scan is the ID proof and the first file the application.
        list.assignFile(2, QStringLiteral("m9"));
        list.assignFile(0, QStringLiteral("m1"));
        QCOMPARE(list.entries().at(0).fileIds, QStringList{QStringLiteral("m1")});
        QVERIFY(list.entries().at(1).fileIds.isEmpty());
        QCOMPARE(list.entries().at(2).fileIds, QStringList{QStringLiteral("m9")});
    }

    void reuseSatisfiesAMaterial()
    {
        MaterialChecklist list = MaterialChecklist::build(foodLicence(), {});
        QCOMPARE(list.entries().at(1).verdict, V::Missing);
        list.markReused(1, QStringLiteral("licence:L1 营业执照 91620102MA7XXXX"));
        QCOMPARE(list.entries().at(1).verdict, V::Good);
        for (const auto &[material, reason] : list.corrections())
            QVERIFY(material != QStringLiteral("营业执照（副本）"));
    }

    void aReuseSourceNamesItsRecord_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("file");
        QTest::newRow("e-licence")
                << MaterialChecklist::reuseSource(true, QStringLiteral("L17"),
                                                  QStringLiteral("营业执照"),
                                                  QStringLiteral("91620102MA7XXXX"))
                << "L17"
                << "reuse-L17";
        QTest::newRow("earlier material") << MaterialChecklist::reuseSource(
                false, QStringLiteral("M3"), QStringLiteral("租赁合同"), QString())
                                          << "M3"
                                          << "reuse-M3";
        QTest::newRow("as recorded before") << "licence:L1 营业执照 91620102MA7XXXX"
                                            << "L1"
                                            << "reuse-L1";
        QTest::newRow("no record") << ""
                                   << ""
                                   << "";
        QTest::newRow("another kind") << "paper:P1 原件"
                                      << ""
                                      << "";
        QTest::newRow("no colon") << "licence L1"
                                  << ""
                                  << "";
    }

    void aReuseSourceNamesItsRecord()
    {
        QFETCH(QString, source);
        QFETCH(QString, record);
        QFETCH(QString, file);
        QCOMPARE(MaterialChecklist::reusedRecordId(source), record);
        QCOMPARE(MaterialChecklist::reusedFileId(source), file);
    }

    void keptAcrossSessionsAndChangedFiles()
    {
        const QList<MaterialInfo> files{
                file(QStringLiteral("m1"), QStringLiteral("食品经营许可申请书")),
                file(QStringLiteral("m2"), QStringLiteral("营业执照（副本）"))};
        MaterialChecklist list = MaterialChecklist::build(foodLicence(), files);
        list.setVerdict(0, V::NeedsCorrection, QStringLiteral("未签字"));
        list.mapFiles(1, {QStringLiteral("m1"), QStringLiteral("m2")});
        list.markReused(2, QStringLiteral("case:c0001 法定代表人身份证明"));

        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open(nullptr));
        ChecklistStore store(db);
        QVERIFY(store.load(QStringLiteral("c1")).isEmpty());
        QVERIFY(store.save(QStringLiteral("c1"), list.toJson(), QStringLiteral("clerk1")));
        // The applicant withdrew m2 meanwhile: the mapping forgets it, verdicts stay.
        const MaterialChecklist back = MaterialChecklist::restore(store.load(QStringLiteral("c1")),
                                                                  foodLicence(), {files.first()});
        QCOMPARE(back.entries().at(0).verdict, V::NeedsCorrection);
        QCOMPARE(back.entries().at(0).reason, QStringLiteral("未签字"));
        QCOMPARE(back.entries().at(1).fileIds, QStringList{QStringLiteral("m1")});
        QCOMPARE(back.entries().at(2).reusedFrom, QStringLiteral("case:c0001 法定代表人身份证明"));
        QCOMPARE(back.entries().at(2).verdict, V::Good);
        QCOMPARE(back.unmappedFiles(
                         {files.first(), file(QStringLiteral("x"), QStringLiteral("其他"))}),
                 QStringList{QStringLiteral("x")});
        // Saving again replaces.
        QVERIFY(store.save(QStringLiteral("c1"),
                           MaterialChecklist::build(foodLicence(), {}).toJson(),
                           QStringLiteral("clerk2")));
        QCOMPARE(MaterialChecklist::restore(store.load(QStringLiteral("c1")), foodLicence(), {})
                         .entries()
                         .at(0)
                         .verdict,
                 V::Missing);
    }
};

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
