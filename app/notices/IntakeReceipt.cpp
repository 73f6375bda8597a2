#include "IntakeReceipt.h"

#include "ChineseDate.h"
#include "cases/ChinaTime.h"
#include "cases/Masking.h"

namespace casedesk {

QDate IntakeReceipt::answerDue(QDate received, const WorkCalendar &calendar)
{
    return calendar.addWorkingDays(received, 5);
}

NoticeData IntakeReceipt::data(const Input &input)
{
    const IntakeEntry &e = input.entry;
    const IntakeApplication &a = e.application;
    NoticeData d;
    auto &v = d.values;
    v[QStringLiteral("department.name")] = input.department.name;
    v[QStringLiteral("department.address")] = input.department.address;
    v[QStringLiteral("department.contactPhone")] = input.department.contactPhone;
    v[QStringLiteral("department.complaintPhone")] = input.department.complaintPhone;
    const QDate received = chinaDate(a.receivedAt.isValid() ? a.receivedAt : e.registeredAt);
    v[QStringLiteral("notice.number")] = QString();
    v[QStringLiteral("notice.date")] = chineseDate(received);
    v[QStringLiteral("case.caseNo")] = e.currentNo();
    v[QStringLiteral("case.numberNote")] = e.isCreated()
            ? QString()
            : QStringLiteral("（此为临时编号：申请正在报送政务服务平台，平台申报号生成后以平台"
                             "申报号为准，可凭本回执查询。）");
    v[QStringLiteral("case.receivedDate")] = chineseDate(received);
    v[QStringLiteral("applicant.name")] = a.applicant.name;
    v[QStringLiteral("applicant.idMasked")] = maskIdNumber(a.applicant.idNumber);
    v[QStringLiteral("agent.name")] = a.agent.isPresent() ? a.agent.name : QStringLiteral("无");
    v[QStringLiteral("agent.idMasked")]
            = a.agent.isPresent() ? maskIdNumber(a.agent.idNumber) : QString();
    v[QStringLiteral("handler.name")] = input.clerkName;
    v[QStringLiteral("item.name")] = input.item ? input.item->name : a.itemCode;
    v[QStringLiteral("item.promisedLimit")]
            = input.item ? limitText(input.item->promisedLimit) : QString();
    v[QStringLiteral("intake.answerDue")]
            = input.calendar ? chineseDate(answerDue(received, *input.calendar)) : QString();
    QList<NoticeData::Row> received_;
    for (const ReceivedMaterial &m : a.materials)
        received_.append({{QStringLiteral("index"), QString::number(received_.size() + 1)},
                          {QStringLiteral("material"), m.name},
                          {QStringLiteral("form"),
                           m.original ? QStringLiteral("原件") : QStringLiteral("复印件")},
                          {QStringLiteral("copies"), QString::number(m.copies)},
                          {QStringLiteral("pages"), QString::number(m.pages)}});
    d.lists[QStringLiteral("received")] = received_;
    QList<NoticeData::Row> missing;
    if (input.item) {
        for (const QString &name : missingMaterials(a, *input.item))
            missing.append({{QStringLiteral("index"), QString::number(missing.size() + 1)},
                            {QStringLiteral("material"), name}});
    }
    v[QStringLiteral("intake.missingSummary")]
            = missing.isEmpty() ? QStringLiteral("无。") : QStringLiteral("以下各项：");
    d.lists[QStringLiteral("missing")] = missing;
    return d;
}

std::optional<NoticeDocument> IntakeReceipt::document(const Input &input,
                                                      const QString &templatesDir, QString *error)
{
    const std::optional<NoticeTemplate> t = NoticeTemplate::load(kind(), templatesDir, error);
    if (!t)
        return std::nullopt;
    const NoticeData filled = data(input);
    const std::optional<QString> html = t->fill(filled, error);
    if (!html)
        return std::nullopt;
    NoticeDocument::Parts parts;
    parts.html = *html;
    parts.title = t->title() + QLatin1Char(' ') + input.entry.currentNo();
    parts.dateText = filled.values.value(QStringLiteral("notice.date"));
    parts.seal = NoticeDocument::generatedSeal(input.department.name, QStringLiteral("收件专用章"));
    // A provisional number is not on the platform yet: its progress page would know nothing.
    if (input.entry.isCreated() && !input.department.progressUrl.isEmpty()) {
        parts.qrText = QString(input.department.progressUrl)
                               .replace(QStringLiteral("{caseNo}"), input.entry.caseNo);
        parts.qrCaption = QStringLiteral("扫码查询办理进度");
    }
    return NoticeDocument(parts);
}

std::optional<QByteArray> IntakeReceipt::pdf(const Input &input, const QString &templatesDir,
                                             QString *error, int *pages)
{
    const std::optional<NoticeDocument> doc = document(input, templatesDir, error);
    if (!doc)
        return std::nullopt;
    return doc->pdf(error, pages);
}

} // namespace casedesk
