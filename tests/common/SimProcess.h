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
    };

    SimProcess();
    explicit SimProcess(const Options &options);
    ~SimProcess();

    bool start(QString *error = nullptr);
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }

private:
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};
