// onestop-sim: a local stand-in for the provincial one-stop platform's REST API.

#include "SimServer.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QHostAddress>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Material files are drawn with QPainter, which needs a GUI platform; none is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onestop-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A local stand-in for the one-stop service platform (docs/platform-api.yaml), with a "
            "generated district. Demo accounts: clerk1, clerk2 (Clerk), chief1 (Chief), head1 "
            "(Head, approves extensions), super1 (Supervisor); password demo123."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
            {QStringLiteral("listen"),
             QStringLiteral("Address to listen on; port 0 picks a free one."),
             QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")},
            {QStringLiteral("data"), QStringLiteral("Folder for the simulator's state."),
             QStringLiteral("dir")},
            {QStringLiteral("seed"), QStringLiteral("Seed of the generated district."),
             QStringLiteral("n"), QStringLiteral("1")},
            {QStringLiteral("cases"), QStringLiteral("How many cases to generate."),
             QStringLiteral("n"), QStringLiteral("2000")},
            {QStringLiteral("token-ttl"), QStringLiteral("Access token lifetime in seconds."),
             QStringLiteral("s"), QStringLiteral("900")},
            {QStringLiteral("today"), QStringLiteral("The simulated date (default: today)."),
             QStringLiteral("yyyy-mm-dd")},
            {QStringLiteral("arrivals"),
             QStringLiteral(
                     "Living world: events a minute (new applications, corrections, withdrawals, "
                     "ratings, messages); 0 for a still world."),
             QStringLiteral("n"), QStringLiteral("0")},
            {QStringLiteral("faults"),
             QStringLiteral("Injected faults, e.g. "
                            "latency=200,error=0.05,drop=0.02,truncate=0.02,slow=0.05,burst=0.01; "
                            "data faults: corrupt=0.01 (case records damaged in the feed), "
                            "lose=0.01 (case changes left out of the feed)"),
             QStringLiteral("spec")},
            {QStringLiteral("refresh-grace"),
             QStringLiteral("Seconds a used refresh token still works (rotation grace)."),
             QStringLiteral("s"), QStringLiteral("30")},
            {QStringLiteral("clock-skew"),
             QStringLiteral(
                     "Seconds the platform's clock (Date header) runs ahead of this machine's."),
             QStringLiteral("s"), QStringLiteral("0")},
            {QStringLiteral("rate-limit"),
             QStringLiteral("Requests a second per client before 429 (0: none)."),
             QStringLiteral("n"), QStringLiteral("100")},
            {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."),
             QStringLiteral("file")},
            {QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
             QStringLiteral("file")},
    });
    parser.process(app);

    auto die = [](const QString &message) {
        std::fprintf(stderr, "onestop-sim: %s\n", qPrintable(message));
        return 2;
    };
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress host(listen.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || host.isNull())
        return die(QStringLiteral("--listen needs HOST:PORT, for example 127.0.0.1:0"));
    if (!parser.isSet(QStringLiteral("data")))
        return die(QStringLiteral("--data DIR is required"));

    sim::SimServer::Options options;
    options.dataDir = parser.value(QStringLiteral("data"));
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return die(QStringLiteral("--seed needs a number"));
    options.cases = parser.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || options.cases < 0 || options.cases > 5000000)
        return die(QStringLiteral("--cases needs a number from 0 to 5000000"));
    options.accessTokenTtl = parser.value(QStringLiteral("token-ttl")).toInt(&ok);
    if (!ok || options.accessTokenTtl < 1)
        return die(QStringLiteral("--token-ttl needs a positive number of seconds"));
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return die(QStringLiteral("--today needs a date as yyyy-mm-dd"));
    }

    options.arrivalsPerMinute = parser.value(QStringLiteral("arrivals")).toDouble(&ok);
    if (!ok || options.arrivalsPerMinute < 0 || options.arrivalsPerMinute > 60000)
        return die(QStringLiteral("--arrivals needs a number of events a minute"));
    options.refreshGrace = parser.value(QStringLiteral("refresh-grace")).toInt(&ok);
    if (!ok || options.refreshGrace < 0)
        return die(QStringLiteral("--refresh-grace needs a number of seconds"));
    options.clockSkew = parser.value(QStringLiteral("clock-skew")).toLongLong(&ok);
    if (!ok)
        return die(QStringLiteral("--clock-skew needs a number of seconds"));
    options.rateLimit = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
    if (!ok || options.rateLimit < 0)
        return die(QStringLiteral("--rate-limit needs a number"));
    QString faultError;
    if (!sim::FaultSpec::parse(parser.value(QStringLiteral("faults")), &options.faults,
                               &faultError))
        return die(QStringLiteral("--faults: ") + faultError);
    options.tlsCert = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        return die(QStringLiteral("--tls-cert and --tls-key go together"));

    sim::SimServer server(options);
    QString error;
    if (!server.open(&error))
        return die(QStringLiteral("cannot open the state in %1: %2").arg(options.dataDir, error));
    QString listenError;
    const quint16 actual = server.listen(host, quint16(port), &listenError);
    if (actual == 0)
        return die(QStringLiteral("cannot listen on %1: %2").arg(listen, listenError));
    const QString shownHost = host.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
            : host.toString();
    std::printf("listening on %s://%s:%u\n", server.usesTls() ? "https" : "http",
                qPrintable(shownHost), unsigned(actual));
    std::fflush(stdout);
    return QGuiApplication::exec();
}
