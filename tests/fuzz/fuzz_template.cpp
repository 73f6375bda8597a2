// libFuzzer target: the notice template engine (notices/NoticeTemplate): a department's own
// template, parsed and filled with a case's values. A template may be refused with a message;
// it may never crash, loop, or put a value in as markup.
#include "notices/NoticeTemplate.h"

#include <cstdint>
#include <cstdlib>

using namespace casedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto parsed = NoticeTemplate::parse(text, QStringLiteral("fuzz.html"), &error);
    if (!parsed)
        return 0;
    NoticeData notice;
    notice.values = {{QStringLiteral("applicant.name"), QStringLiteral("<b>张三</b>&amp;")},
                     {QStringLiteral("case.no"), QStringLiteral("62010220261127000001")},
                     {QStringLiteral("item.name"), QStringLiteral("食品经营许可")},
                     {QStringLiteral("date"), QStringLiteral("二〇二六年十二月二日")}};
    notice.lists = {{QStringLiteral("corrections"),
                     {{{QStringLiteral("material"), QStringLiteral("营业执照<script>")},
                       {QStringLiteral("reason"), QStringLiteral("模糊")}}}}};
    const auto filled = parsed->fill(notice, &error);
    // Values go in as text: the applicant's markup must never survive as markup.
    if (filled && filled->contains(QStringLiteral("<b>张三</b>")))
        std::abort();
    if (filled && filled->contains(QStringLiteral("<script>")))
        std::abort();
    return 0;
}
