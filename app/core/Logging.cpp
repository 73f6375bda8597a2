#include "Logging.h"

#include "core/Profile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcSync, "casedesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "casedesk.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "casedesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotices, "casedesk.notices", QtInfoMsg)
Q_LOGGING_CATEGORY(lcViewer, "casedesk.viewer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "casedesk.scan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "casedesk.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "casedesk.ui", QtInfoMsg)

namespace casedesk {

QString redactForLog(const QString &text)
{
    struct Rule
    {
        QRegularExpression pattern;
        QString replacement;
    };
    // Order matters: a bearer token goes before the field rule would take only "Bearer".
    static const QList<Rule> rules{
            {QRegularExpression(
                     QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*")),
             QStringLiteral("<token>")},
            {QRegularExpression(QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1 <token>")},
            {QRegularExpression(
                     QStringLiteral("\\b(access_token|refresh_token|id_token|token|password|"
                                    "passwd|secret|client_secret|code_verifier|"
                                    "authorization)([\"']?\\s*[:=]\\s*[\"']?)[^\"'&\\s,;}]+"),
                     QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1\\2<redacted>")},
            // A 20-digit 申报号 is no ID number: the runs must stand alone.
            {QRegularExpression(
                     QStringLiteral("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])")),
             QStringLiteral("<id-number>")},
            {QRegularExpression(QStringLiteral(
                     "(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9])")),
             QStringLiteral("<phone>")},
            {QRegularExpression(
                     QStringLiteral("(?<![0-9-])\\(?0\\d{2,3}\\)?[- ]\\d{7,8}(?![0-9])")),
             QStringLiteral("<phone>")},
    };
    QString result = text;
    for (const Rule &rule : rules)
        result.replace(rule.pattern, rule.replacement);
    return result;
}

namespace {

struct Sink
{
    QFile file;
    qint64 maxBytes = 0;
    int keep = 0;
    bool echo = true;
    QtMessageHandler previous = nullptr;
};

// Guards g_sink and its file: messages come from every thread.
QMutex g_mutex;
Sink *g_sink = nullptr;
thread_local bool t_inHandler = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARNING";
    case QtCriticalMsg:
        return "CRITICAL";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?";
}

// Text from the platform may hold line breaks; a line of the log must not pose as two.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

// PROGRAM.log → .1 → .2 …; the oldest beyond `keep` goes.
void rotate(Sink &sink)
{
    const QString path = sink.file.fileName();
    sink.file.close();
    QFile::remove(path + QLatin1Char('.') + QString::number(sink.keep));
    for (int i = sink.keep - 1; i >= 1; --i)
        QFile::rename(path + QLatin1Char('.') + QString::number(i),
                      path + QLatin1Char('.') + QString::number(i + 1));
    if (sink.keep > 0)
        QFile::rename(path, path + QStringLiteral(".1"));
    else
        QFile::remove(path);
    sink.file.setFileName(path);
    if (!sink.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "casedesk: the log file %s cannot be opened\n",
                     qPrintable(QDir::toNativeSeparators(path)));
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = redactForLog(message);
    bool echo = true;
    QtMessageHandler previous = nullptr;
    if (!t_inHandler) {
        t_inHandler = true; // a warning from QFile itself must not come back here
        const QDateTime now = QDateTime::currentDateTime();
        const QByteArray line
                = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8()
                + ' ' + levelName(type) + ' ' + (context.category ? context.category : "default")
                + ": " + oneLine(redacted).toUtf8() + '\n';
        QMutexLocker lock(&g_mutex);
        if (Sink *sink = g_sink) {
            if (sink->file.isOpen() && sink->file.size() > 0
                && sink->file.size() + line.size() > sink->maxBytes)
                rotate(*sink);
            if (sink->file.isOpen()) {
                sink->file.write(line);
                sink->file.flush(); // a killed process leaves its last words
            }
            echo = sink->echo;
            previous = sink->previous;
        }
        t_inHandler = false;
    }
    if (echo || type == QtFatalMsg) {
        if (previous)
            previous(type, context, redacted);
        else
            std::fprintf(stderr, "%s\n", qPrintable(redacted));
    }
}

} // namespace

LogFile::LogFile(const Options &options)
{
    install(options);
}

LogFile::LogFile(const Profile &profile, const QString &program, bool echo, bool verbose)
{
    Options options;
    options.directory = directory(profile);
    options.program = program;
    options.maxBytes
            = std::clamp<qint64>(profile.setting(QStringLiteral("log/maxKiB"), 1024).toLongLong(),
                                 16, 1024 * 1024)
            * 1024;
    options.keep = std::clamp(profile.setting(QStringLiteral("log/files"), 4).toInt(), 0, 100);
    options.echo = echo;
    options.rules = profile.setting(QStringLiteral("log/rules")).toString();
    if (verbose)
        options.rules += QStringLiteral(";casedesk.*.debug=true");
    install(options);
}

void LogFile::install(const Options &options)
{
    QDir().mkpath(options.directory);
    m_path = QDir(options.directory).filePath(options.program + QStringLiteral(".log"));
    // QT_LOGGING_RULES, read by Qt after these, still has the last word.
    QString rules = options.rules;
    rules.replace(QLatin1Char(';'), QLatin1Char('\n'));
    QLoggingCategory::setFilterRules(rules.trimmed());

    auto *sink = new Sink;
    sink->maxBytes = std::max<qint64>(options.maxBytes, 1024);
    sink->keep = std::max(options.keep, 0);
    sink->echo = options.echo;
    sink->file.setFileName(m_path);
    if (!sink->file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "casedesk: the log file %s cannot be opened\n",
                     qPrintable(QDir::toNativeSeparators(m_path)));
    // Owner only: the lines name cases and users of the department.
    sink->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QtMessageHandler prior = qInstallMessageHandler(handle);
    QMutexLocker lock(&g_mutex);
    if (prior == handle)
        prior = g_sink ? g_sink->previous : nullptr;
    sink->previous = prior;
    delete g_sink; // a second LogFile in one process takes over the first's place
    g_sink = sink;
}

LogFile::~LogFile()
{
    QMutexLocker lock(&g_mutex);
    Sink *sink = g_sink;
    if (!sink || sink->file.fileName() != m_path)
        return;
    g_sink = nullptr;
    lock.unlock();
    qInstallMessageHandler(sink->previous);
    delete sink;
}

QString LogFile::directory(const Profile &profile)
{
    return QDir(profile.dir()).filePath(QStringLiteral("logs"));
}

} // namespace casedesk
