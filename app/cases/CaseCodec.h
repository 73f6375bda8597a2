#pragma once

#include "Case.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace casedesk {

// The one reader of a case and a service item record, in the platform's JSON form
// (docs/platform-api.yaml). The JSON mapping reads the wire with it and the store reads its
// cached records with it, so a record is parsed in one place only. On anything unexpected it
// returns nothing and a translated message naming the offending field (`path` prefixes it).
class CaseCodec
{
public:
    static std::optional<Case> readCase(const QJsonObject &object, const QString &path,
                                        QString *error);
    static std::optional<ServiceItem> readItem(const QJsonObject &object, const QString &path,
                                               QString *error);
    // A cached record (the platform's bytes as stored).
    static std::optional<Case> decode(const QByteArray &record, QString *error = nullptr);
};

} // namespace casedesk
