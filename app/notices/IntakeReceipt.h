#pragma once

#include "NoticeDocument.h"
#include "NoticeTemplate.h"
#include "deadlines/WorkCalendar.h"
#include "platform/PlatformTypes.h"
#include "store/IntakeRegister.h"

#include <optional>

namespace casedesk {

// 收件回执: what the applicant takes home from the window. It is laid out like the notices
// (letterhead, A4, the receiving seal, a QR code to the progress page once the platform's
// 申报号 is known) from the template "receipt", which a department overrides like a notice's.
// It lists every material handed in, what is still missing, and when the department must say
// whether it accepts (5 working days, 行政许可法 art. 32 and 82). The ID numbers are masked.
class IntakeReceipt
{
public:
    struct Input
    {
        IntakeEntry entry;
        std::optional<ServiceItem> item;
        DepartmentInfo department;
        QString clerkName;
        const WorkCalendar *calendar = nullptr;
    };

    // The kind of its template; not a notice kind (it takes no 文号).
    static QString kind() { return QStringLiteral("receipt"); }
    // When the department must decide whether it accepts: 5 working days after receipt.
    static QDate answerDue(QDate received, const WorkCalendar &calendar);

    static NoticeData data(const Input &input);
    static std::optional<NoticeDocument> document(const Input &input, const QString &templatesDir,
                                                  QString *error);
    static std::optional<QByteArray> pdf(const Input &input, const QString &templatesDir,
                                         QString *error, int *pages = nullptr);
};

} // namespace casedesk
