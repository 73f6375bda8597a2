// libFuzzer target: every parser of the platform's JSON (platform/JsonMapping). The first byte
// chooses the parser, the rest is the answer's body. Nothing may crash, hang or leak, and a page
// that parses must hold only identifiers the contract allows.
#include "cases/RecordReader.h"
#include "platform/JsonMapping.h"

#include <QDateTime>

#include <cstdint>
#include <cstdlib>

using namespace casedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (data[0] % 11) {
    case 0:
        if (const auto page = json::parseChangePage(body, &error)) {
            for (const CacheBatch::CaseRecord &c : page->batch.cases) {
                if (!RecordReader::isIdentifier(c.data.id))
                    std::abort();
            }
            for (const QString &id : page->batch.deletedCases) {
                if (!RecordReader::isIdentifier(id))
                    std::abort();
            }
        }
        break;
    case 1:
        json::parseItemListing(body, &error);
        break;
    case 2:
        json::parseCacheDigest(body, &error);
        break;
    case 3:
        json::parseDigestCases(body, &error);
        break;
    case 4:
        json::parseTokens(body, QDateTime::fromSecsSinceEpoch(1796000000), &error);
        break;
    case 5:
        json::parseUser(body, &error);
        break;
    case 6:
        json::parseClaim(body, &error);
        break;
    case 7:
        json::parseStaff(body, &error);
        break;
    case 8:
        json::parseNoticeReceipt(body, &error);
        break;
    case 9:
        json::parseLicences(body, &error);
        break;
    default:
        json::parseProblem(body);
        break;
    }
    return 0;
}
