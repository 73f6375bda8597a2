#include "security/Cipher.h"
#include "store/Database.h"
#include "store/Vault.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace casedesk;

class TestVault : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sealAndOpen()
    {
        const QByteArray key = cipher::randomKey();
        QCOMPARE(key.size(), cipher::kKeySize);
        const QByteArray plain = "申请人：张伟 620102199003071234";
        const QByteArray sealed = cipher::seal(key, plain, "c1/m1");
        QVERIFY(!sealed.contains(plain));
        QCOMPARE(cipher::open(key, sealed, "c1/m1"), std::optional<QByteArray>(plain));
        // A fresh nonce every time: the same file never encrypts the same way twice.
        QVERIFY(cipher::seal(key, plain, "c1/m1") != sealed);
    }

    void anyChangeIsDetected_data()
    {
        QTest::addColumn<int>("flip"); // byte to flip; -1: other context; -2: other key
        QTest::newRow("nonce") << 0;
        QTest::newRow("ciphertext") << 20;
        QTest::newRow("tag") << -3;
        QTest::newRow("context") << -1;
        QTest::newRow("key") << -2;
    }
    void anyChangeIsDetected()
    {
        QFETCH(int, flip);
        const QByteArray key = cipher::randomKey();
        QByteArray sealed = cipher::seal(key, QByteArray(100, 'x'), "c1/m1");
        QByteArray context = "c1/m1";
        QByteArray openKey = key;
        if (flip >= 0)
            sealed[flip] = char(sealed[flip] ^ 0x01);
        else if (flip == -3)
            sealed[sealed.size() - 1] = char(sealed[sealed.size() - 1] ^ 0x80);
        else if (flip == -1)
            context = "c1/m2"; // a file moved to another material
        else
            openKey = cipher::randomKey();
        QCOMPARE(cipher::open(openKey, sealed, context), std::nullopt);
    }

    void filesAreStoredEncryptedAndReadBack()
    {
        Database db(m_dir.filePath(QStringLiteral("vault.sqlite")));
        QVERIFY(db.open(nullptr));
        const QString folder = m_dir.filePath(QStringLiteral("vault"));
        Vault vault(db, folder, cipher::randomKey(), 10 * 1024 * 1024);
        const QByteArray pdf = "%PDF-1.7\n张伟 身份证 620102199003071234\n%%EOF\n";
        QString error;
        QVERIFY2(vault.put(QStringLiteral("c1"), QStringLiteral("m1"), "application/pdf", pdf,
                           false, &error),
                 qPrintable(error));
        QVERIFY(vault.contains(QStringLiteral("c1"), QStringLiteral("m1")));
        const auto entry = vault.get(QStringLiteral("c1"), QStringLiteral("m1"), &error);
        QVERIFY(entry);
        QCOMPARE(entry->content, pdf);
        QCOMPARE(entry->mimeType, QByteArray("application/pdf"));
        // Nothing readable on disk: not the content, not the case or material in the name.
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(!files.first().contains(QStringLiteral("c1")));
        QFile file(QDir(folder).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains("%PDF"));
        QVERIFY(!onDisk.contains("620102199003071234"));
        // Another key (a copied profile without the keychain) reads nothing.
        Vault stranger(db, folder, cipher::randomKey(), 10 * 1024 * 1024);
        QVERIFY(!stranger.get(QStringLiteral("c1"), QStringLiteral("m1"), &error));
        QVERIFY(!error.isEmpty());
    }

    void locatedFilesAreReadOnAnotherThread()
    {
        // The materials window looks files up on the UI thread and decrypts them on a worker.
        Database db(m_dir.filePath(QStringLiteral("located.sqlite")));
        QVERIFY(db.open(nullptr));
        const QByteArray key = cipher::randomKey();
        Vault vault(db, m_dir.filePath(QStringLiteral("located")), key, 3 * 1100);
        QString error;
        const QByteArray scan(1000, 's');
        QVERIFY(vault.put(QStringLiteral("c1"), QStringLiteral("m1"), "image/jpeg", scan, false,
                          &error));
        QVERIFY(vault.put(QStringLiteral("c1"), QStringLiteral("m2"), {}, scan, false, &error));
        QVERIFY(!vault.locate(QStringLiteral("c1"), QStringLiteral("none")));
        const std::optional<Vault::Sealed> first
                = vault.locate(QStringLiteral("c1"), QStringLiteral("m1"));
        const std::optional<Vault::Sealed> second
                = vault.locate(QStringLiteral("c1"), QStringLiteral("m2"));
        QVERIFY(first && second);
        QCOMPARE(first->mimeType, QByteArray("image/jpeg"));
        // The second file is altered on disk after it was located.
        {
            QFile file(second->path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(30);
            file.write("X");
        }
        std::optional<QByteArray> plain, altered;
        QString alteredError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            plain = Vault::open(key, *first, nullptr);
            altered = Vault::open(key, *second, &alteredError);
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(plain, std::optional<QByteArray>(scan));
        QVERIFY(!altered);
        QVERIFY(alteredError.contains(QStringLiteral("altered")));
        // Locating counts as use: when the quota is exceeded, m2 (untouched since) goes, m1
        // (located again just now) stays.
        QTest::qWait(5);
        QVERIFY(vault.locate(QStringLiteral("c1"), QStringLiteral("m1")));
        QTest::qWait(5);
        QVERIFY(vault.put(QStringLiteral("c2"), QStringLiteral("m1"), {}, scan, false, &error));
        QVERIFY(vault.put(QStringLiteral("c3"), QStringLiteral("m1"), {}, scan, false, &error));
        QVERIFY(vault.contains(QStringLiteral("c1"), QStringLiteral("m1")));
        QVERIFY(!vault.contains(QStringLiteral("c1"), QStringLiteral("m2")));
    }

    void quotaEvictsTheLeastRecentlyUsedButNotKeptFiles()
    {
        Database db(m_dir.filePath(QStringLiteral("quota.sqlite")));
        QVERIFY(db.open(nullptr));
        Vault vault(db, m_dir.filePath(QStringLiteral("quota")), cipher::randomKey(), 3 * 1100);
        QString error;
        const QByteArray kb(1000, 'a');
        QVERIFY(vault.put(QStringLiteral("kept"), QStringLiteral("m1"), {}, kb, true, &error));
        QVERIFY(vault.put(QStringLiteral("old"), QStringLiteral("m1"), {}, kb, false, &error));
        QTest::qWait(5);
        QVERIFY(vault.put(QStringLiteral("recent"), QStringLiteral("m1"), {}, kb, false, &error));
        QTest::qWait(5);
        QVERIFY(vault.get(QStringLiteral("old"), QStringLiteral("m1"),
                          &error)); // now "old" was used last
        QTest::qWait(5);
        QVERIFY(vault.put(QStringLiteral("new"), QStringLiteral("m1"), {}, kb, false, &error));
        QVERIFY(vault.contains(QStringLiteral("kept"), QStringLiteral("m1")));
        QVERIFY(vault.contains(QStringLiteral("old"), QStringLiteral("m1")));
        QVERIFY(!vault.contains(QStringLiteral("recent"), QStringLiteral("m1")));
        QVERIFY(vault.contains(QStringLiteral("new"), QStringLiteral("m1")));
        QVERIFY(vault.usedBytes() <= 3 * 1100);
    }

    // A use recorded under a clock that ran a day ahead (and was put back since) does not make
    // the file opened just now look like the oldest one: the later use is the later stamp.
    void aClockPutBackDoesNotMakeTheFileJustUsedTheOldest()
    {
        Database db(m_dir.filePath(QStringLiteral("clock.sqlite")));
        QVERIFY(db.open(nullptr));
        Vault vault(db, m_dir.filePath(QStringLiteral("clock")), cipher::randomKey(), 3 * 1100);
        QString error;
        const QByteArray kb(1000, 'a');
        QVERIFY(vault.put(QStringLiteral("ahead"), QStringLiteral("m1"), {}, kb, false, &error));
        QVERIFY(vault.put(QStringLiteral("now"), QStringLiteral("m1"), {}, kb, false, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE vault SET last_used = last_used + 86400000 WHERE "
                                      "case_id = 'ahead'")));
        QVERIFY(vault.locate(QStringLiteral("now"), QStringLiteral("m1"))); // used last
        QVERIFY(vault.put(QStringLiteral("third"), QStringLiteral("m1"), {}, kb, false, &error));
        QVERIFY(vault.put(QStringLiteral("fourth"), QStringLiteral("m1"), {}, kb, false, &error));
        QVERIFY(vault.contains(QStringLiteral("now"), QStringLiteral("m1")));
        QVERIFY(!vault.contains(QStringLiteral("ahead"), QStringLiteral("m1")));
    }

    void typeIsDecidedByContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n") << QByteArray("application/pdf");
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0") << QByteArray("image/jpeg");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....") << QByteArray("image/png");
        QTest::newRow("tiff") << QByteArray("II*\0....", 8) << QByteArray("image/tiff");
        QTest::newRow("bmp") << QByteArray("BM....") << QByteArray("image/bmp");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("a PDF name on a text file") << QByteArray("hello") << QByteArray();
    }
    void typeIsDecidedByContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, type);
        QCOMPARE(Vault::detectType(content), type);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
