#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// A real onestop-sim on a free port of 127.0.0.1 with its own data folder, for the life of
// the object. Tests talk to it over real HTTP.
class SimProcess
{
public:
    struct Options
    {
        int cases = 300;
        quint64 seed = 7;
        int tokenTtl = 900;
        QString today = QStringLiteral("2026-11-27");
        QStringList extraArgs = {}; // --faults, --tls-cert, --arrivals …
    };

    SimProcess();
    explicit SimProcess(const Options &options);
    // A second life on the same data folder, to check that state survives a restart.
    SimProcess(const Options &options, const QString &dataDir);
    ~SimProcess();

    bool start(QString *error = nullptr);
    void stop();
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir; }

private:
    Options m_options;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QProcess m_process;
    QUrl m_url;
};
