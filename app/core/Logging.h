#pragma once

#include <QLoggingCategory>
#include <QString>

// One category per module; info and above are on by default, debug is switched on by
// QT_LOGGING_RULES, the profile's log/rules setting or the CLI's --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcNotices)
Q_DECLARE_LOGGING_CATEGORY(lcViewer)
Q_DECLARE_LOGGING_CATEGORY(lcScan)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace casedesk {

class Profile;

// What a log line may not carry, replaced before it is written: 15- and 18-digit ID numbers, mobile
// and fixed-line phone numbers, bearer tokens and JWTs, and the values of password, token and
// secret fields in JSON, forms and query strings. Addresses cannot be told from other text:
// no message names one (they stay in the sealed cache); a support desk needs case ids, not people.
QString redactForLog(const QString &text);

// The log file of one program in a profile, for the life of the object: every message of the
// process goes through redactForLog into PROFILE/logs/PROGRAM.log, which is rotated at
// log/maxKiB (default 1024) keeping log/files older files (default 4) as PROGRAM.log.1 …
class LogFile
{
public:
    struct Options
    {
        QString directory;
        QString program; // file name without .log
        qint64 maxBytes = 1024 * 1024;
        int keep = 4;
        bool echo = true; // also to standard error, as Qt's default handler would
        QString rules; // QLoggingCategory filter rules, ';' or newline separated
    };

    explicit LogFile(const Options &options);
    // From the profile's settings (log/maxKiB, log/files, log/rules); `verbose` adds debug.
    LogFile(const Profile &profile, const QString &program, bool echo, bool verbose = false);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    QString path() const { return m_path; }
    static QString directory(const Profile &profile);

private:
    void install(const Options &options);

    QString m_path;
};

} // namespace casedesk
