#pragma once

#include "PlatformTypes.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace casedesk {

// Turns the platform's JSON (docs/platform-api.yaml) into domain values. Every function
// checks types and required fields and, on anything unexpected, returns nothing and a
// translated message naming the offending field: bad data from the network never half-applies.
namespace json {

std::optional<ServiceItem> parseItem(const QJsonObject &object, QString *error);
std::optional<Case> parseCase(const QJsonObject &object, QString *error);
std::optional<ChangePage> parseChangePage(const QByteArray &body, QString *error);
std::optional<ItemListing> parseItemListing(const QByteArray &body, QString *error);
std::optional<QList<DigestGroup>> parseCacheDigest(const QByteArray &body, QString *error);
std::optional<QList<CaseVersion>> parseDigestCases(const QByteArray &body, QString *error);
std::optional<Tokens> parseTokens(const QByteArray &body, const QDateTime &now, QString *error);
std::optional<UserInfo> parseUser(const QByteArray &body, QString *error);
std::optional<ClaimResult> parseClaim(const QByteArray &body, QString *error);
std::optional<QList<StaffMember>> parseStaff(const QByteArray &body, QString *error);
std::optional<NoticeReceipt> parseNoticeReceipt(const QByteArray &body, QString *error);
std::optional<UploadState> parseUploadState(const QByteArray &body, QString *error);
std::optional<QList<Licence>> parseLicences(const QByteArray &body, QString *error);

// The `code` and `detail` of an application/problem+json body (empty when it is not one).
struct Problem
{
    QString code;
    QString title;
    QString detail;
};
Problem parseProblem(const QByteArray &body);

} // namespace json
} // namespace casedesk
