#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace casedesk {
class Profile;
}

// casedesk-cli's commands, one function each; main.cpp parses and dispatches.
namespace cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();

// Options the `act` verbs take, named after the payload fields (legalBasis as --legal-basis).
QList<QCommandLineOption> actOptions();
int act(const QCommandLineParser &parser, const QStringList &args, casedesk::Profile &profile);
// `act --help`: every verb with its role, stages and fields.
int actHelp();
int outbox(casedesk::Profile &profile);
int conflicts(const QCommandLineParser &parser, casedesk::Profile &profile);
int prefetch(const QStringList &caseIds, casedesk::Profile &profile);
// `audit` lists the audit log; `audit verify` checks its hash chain (exit 1 when broken).
int audit(const QStringList &args, casedesk::Profile &profile);
void recordSignInOut(casedesk::Profile &profile, const QString &kind, const QString &detail);

} // namespace cli
