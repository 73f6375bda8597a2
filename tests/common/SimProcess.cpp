#include "SimProcess.h"

#include <QDeadlineTimer>

SimProcess::SimProcess() : SimProcess(Options{}) { }

SimProcess::SimProcess(const Options &options) : m_options(options), m_dataDir(m_dir.path()) { }

SimProcess::SimProcess(const Options &options, const QString &dataDir)
    : m_options(options), m_dataDir(dataDir)
{
}

SimProcess::~SimProcess()
{
    stop();
}

void SimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool SimProcess::start(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_process.setProgram(QStringLiteral(ONESTOP_SIM_PATH));
    m_process.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--data"), m_dataDir,
                                       QStringLiteral("--cases"), QString::number(m_options.cases),
                                       QStringLiteral("--seed"), QString::number(m_options.seed),
                                       QStringLiteral("--token-ttl"),
                                       QString::number(m_options.tokenTtl),
                                       QStringLiteral("--today"), m_options.today}
                           + m_options.extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return fail(QStringLiteral("onestop-sim did not start: ") + m_process.errorString());
    // Generating a large district takes a while; the line comes when it is ready.
    const QDeadlineTimer deadline(600000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
            break;
        }
        if (m_process.state() == QProcess::NotRunning)
            return fail(QStringLiteral("onestop-sim exited: ")
                        + QString::fromUtf8(m_process.readAllStandardError()));
        m_process.waitForReadyRead(100);
    }
    if (!line.startsWith("listening on "))
        return fail(QStringLiteral("onestop-sim said: ") + QString::fromUtf8(line));
    m_url = QUrl(QString::fromLatin1(line.mid(13)));
    return m_url.isValid();
}
