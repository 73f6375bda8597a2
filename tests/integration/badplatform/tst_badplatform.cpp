// The client against a platform that answers badly, over real HTTP on 127.0.0.1: a small
// server in the test writes each bad answer byte for byte (onestop-sim answers well by design).
// Whatever comes, the call ends, in time, with a message that names what was wrong.
#include "platform/RestPlatformClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace casedesk;

namespace {

// An HTTP/1.1 server that gives out tokens and answers every other request with `answer`,
// then closes; with `trickle` set, it sends the answer a byte at a time.
class ScriptedPlatform : public QTcpServer
{
public:
    QByteArray answer;
    int trickleMs = 0;

    ScriptedPlatform()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &request = m_requests[socket];
            request += socket->readAll();
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : request.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (request.size() < end + 4 + length)
                return;
            const bool token = request.startsWith("POST /api/v1/token ");
            m_requests.remove(socket);
            if (token) {
                const QByteArray body = R"({"access_token":"a1","refresh_token":"r1",)"
                                        R"("token_type":"Bearer","expires_in":900})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                return;
            }
            if (trickleMs <= 0) {
                socket->write(answer);
                socket->disconnectFromHost();
                return;
            }
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent] {
                if (*sent >= answer.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(answer.mid((*sent)++, 1));
            });
            timer->start(trickleMs);
        });
    }

    QHash<QTcpSocket *, QByteArray> m_requests;
};

QByteArray http(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body,
                bool withLength = true)
{
    return statusLine + "\r\n" + headers
            + (withLength ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                          : QByteArray())
            + "Connection: close\r\n\r\n" + body;
}

// A deflate stream (zlib format, Content-Encoding: deflate) of `size` spaces: a few hundred
// kilobytes that unpack to `size` bytes.
QByteArray bomb(qsizetype size)
{
    return qCompress(QByteArray(size, ' '), 9).mid(4); // qCompress puts the size first
}

} // namespace

class TestBadPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBadAnswerEndsWithAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("trickleMs");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const int network = int(PlatformError::Kind::Network);
        const int malformed = int(PlatformError::Kind::Malformed);
        const QByteArray json = "Content-Type: application/json\r\n";
        const QByteArray start = R"({"changes":[{"type":"case","seq":1,"case":{"id":"c1")";

        QTest::newRow("cut off") << http("HTTP/1.1 200 OK", json + "Content-Length: 5000\r\n",
                                         start, false)
                                 << 0 << network
                                 << QStringLiteral("The platform's answer was cut off (%1 of 5000 "
                                                   "bytes arrived)")
                                            .arg(start.size());
        QTest::newRow("larger than allowed")
                << http("HTTP/1.1 200 OK", json, start + QByteArray(2 << 20, ' ')) << 0 << malformed
                << QStringLiteral("The platform's answer is larger than allowed (1 MiB)");
        QTest::newRow("larger than allowed, no length")
                << http("HTTP/1.1 200 OK", json, start + QByteArray(2 << 20, ' '), false) << 0
                << malformed
                << QStringLiteral("The platform's answer is larger than allowed (1 MiB)");
        QTest::newRow("compression bomb")
                << http("HTTP/1.1 200 OK", json + "Content-Encoding: deflate\r\n",
                        bomb(qsizetype(300) << 20))
                << 0 << malformed << QStringLiteral("The platform's answer could not be unpacked");
        QTest::newRow("trickling body")
                << http("HTTP/1.1 200 OK", json, start + QByteArray(200, ' ')) << 40 << network
                << QStringLiteral("The platform did not finish its answer within");
        QTest::newRow("html with 200") << http("HTTP/1.1 200 OK", "Content-Type: text/html\r\n",
                                               "<html><body>Service unavailable</body></html>")
                                       << 0 << malformed << QString();
        QTest::newRow("html with 500")
                << http("HTTP/1.1 500 Internal Server Error", "Content-Type: text/html\r\n",
                        "<html><body>Oops</body></html>")
                << 0 << int(PlatformError::Kind::Server)
                << QStringLiteral("The platform answered with an error (HTTP 500).");
        QTest::newRow("empty") << http("HTTP/1.1 200 OK", json, {}) << 0 << malformed << QString();
    }

    void everyBadAnswerEndsWithAClearMessage()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, trickleMs);
        QFETCH(int, kind);
        QFETCH(QString, message);
        ScriptedPlatform platform;
        platform.answer = answer;
        platform.trickleMs = trickleMs;
        QVERIFY(platform.listen(QHostAddress::LocalHost));
        RestPlatformClient client(
                QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(platform.serverPort())));
        client.setAnswerLimits(1 << 20, 1500);
        client.setRefreshToken(QStringLiteral("r0"));

        PlatformError error;
        bool ended = false;
        QEventLoop loop;
        client.fetchChanges({}, 100, [&](const ChangePage &, const PlatformError &e) {
            error = e;
            ended = true;
            loop.quit();
        });
        // No hang: the trickle alone would take 10 s; the deadline ends it after 1.5 s.
        QTimer::singleShot(8000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(ended, "the call did not end");
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(!error.message.isEmpty(), "no message");
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        // Never the misleading ones the client gave before.
        QVERIFY2(!error.message.contains(QStringLiteral("Operation canceled")),
                 qPrintable(error.message));
        if (kind == int(PlatformError::Kind::Malformed))
            QVERIFY2(!error.message.contains(QStringLiteral("HTTP 200")),
                     qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestBadPlatform)
#include "tst_badplatform.moc"
