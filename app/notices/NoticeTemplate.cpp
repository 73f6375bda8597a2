#include "NoticeTemplate.h"

#include "core/DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace casedesk {

namespace {

QString escaped(const QString &value)
{
    // Line breaks the user typed stay line breaks; nothing else they typed can become markup.
    return value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

struct Filler
{
    const NoticeData &data;
    const QString &source;
    const QString &body;
    int bodyLine;
    const QHash<QString, NoticeTemplate::Partial> &partials;
    QString *error;

    int lineOf(qsizetype offset) const
    {
        return bodyLine + int(body.left(offset).count(QLatin1Char('\n')));
    }

    bool fail(qsizetype offset, const QString &message) const
    {
        *error = QCoreApplication::translate("NoticeTemplate", "Template %1, line %2: %3")
                         .arg(source)
                         .arg(lineOf(offset))
                         .arg(message);
        return false;
    }

    // Fills body[from, to) with `row` (inside a section) over the single values.
    bool fill(qsizetype from, qsizetype to, const NoticeData::Row *row, QString *out) const
    {
        static const QRegularExpression tag(
                QStringLiteral("\\{\\{\\s*([#/>]?)([A-Za-z0-9_.]*)\\s*\\}\\}"));
        qsizetype at = from;
        auto it = tag.globalMatch(body, from);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() >= to)
                break;
            if (m.capturedStart() < at)
                continue; // inside a section already filled
            out->append(body.mid(at, m.capturedStart() - at));
            const QString mark = m.captured(1);
            const QString name = m.captured(2);
            if (name.isEmpty())
                return fail(
                        m.capturedStart(),
                        QCoreApplication::translate("NoticeTemplate", "an empty placeholder {{}}"));
            if (mark == QLatin1String("/"))
                return fail(
                        m.capturedStart(),
                        QCoreApplication::translate(
                                "NoticeTemplate", "{{/%1}} closes a section that was never opened")
                                .arg(name));
            if (mark == QLatin1String(">")) {
                // A shared piece (partials/NAME.html): filled in place, its errors named by its
                // own file and line.
                const auto partial = partials.constFind(name);
                if (partial == partials.cend())
                    return fail(
                            m.capturedStart(),
                            QCoreApplication::translate("NoticeTemplate", "unknown partial {{>%1}}")
                                    .arg(name));
                const Filler inner{data, partial->source, partial->body, 1, partials, error};
                if (!inner.fill(0, partial->body.size(), row, out))
                    return false;
                at = m.capturedEnd();
                continue;
            }
            if (mark == QLatin1String("#")) {
                if (row)
                    return fail(m.capturedStart(),
                                QCoreApplication::translate("NoticeTemplate",
                                                            "sections cannot be nested ({{#%1}})")
                                        .arg(name));
                const QString close = QStringLiteral("{{/") + name + QStringLiteral("}}");
                const qsizetype end = body.indexOf(close, m.capturedEnd());
                if (end < 0 || end >= to)
                    return fail(
                            m.capturedStart(),
                            QCoreApplication::translate("NoticeTemplate", "{{#%1}} is never closed")
                                    .arg(name));
                if (!data.lists.contains(name))
                    return fail(
                            m.capturedStart(),
                            QCoreApplication::translate("NoticeTemplate", "unknown list {{#%1}}")
                                    .arg(name));
                for (const NoticeData::Row &r : data.lists.value(name)) {
                    if (!fill(m.capturedEnd(), end, &r, out))
                        return false;
                }
                at = end + close.size();
                continue;
            }
            if (row && row->contains(name))
                out->append(escaped(row->value(name)));
            else if (data.values.contains(name))
                out->append(escaped(data.values.value(name)));
            else
                return fail(
                        m.capturedStart(),
                        QCoreApplication::translate("NoticeTemplate", "unknown placeholder {{%1}}")
                                .arg(name));
            at = m.capturedEnd();
        }
        out->append(body.mid(at, to - at));
        return true;
    }
};

} // namespace

std::optional<NoticeTemplate> NoticeTemplate::parse(const QString &text, const QString &source,
                                                    QString *error)
{
    static const QRegularExpression header(QStringLiteral("^\\s*<!--notice\\s*\\n(.*?)-->\\s*?\\n"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = header.match(text);
    if (!m.hasMatch()) {
        *error = QCoreApplication::translate(
                         "NoticeTemplate",
                         "Template %1 does not start with its <!--notice … --> header.")
                         .arg(source);
        return std::nullopt;
    }
    NoticeTemplate t;
    t.m_source = source;
    const QStringList lines = m.captured(1).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (colon < 0 || value.isEmpty()) {
            *error = QCoreApplication::translate("NoticeTemplate",
                                                 "Template %1, line %2: expected “name: value”.")
                             .arg(source)
                             .arg(i + 2);
            return std::nullopt;
        }
        if (key == QLatin1String("kind"))
            t.m_kind = value;
        else if (key == QLatin1String("title"))
            t.m_title = value;
        else if (key == QLatin1String("requires"))
            for (const QString &r : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                t.m_required.append(r.trimmed());
        else {
            *error = QCoreApplication::translate("NoticeTemplate",
                                                 "Template %1, line %2: unknown header field “%3”.")
                             .arg(source)
                             .arg(i + 2)
                             .arg(key);
            return std::nullopt;
        }
    }
    if (t.m_kind.isEmpty() || t.m_title.isEmpty()) {
        *error = QCoreApplication::translate(
                         "NoticeTemplate",
                         "Template %1: the header must name the kind and the title.")
                         .arg(source);
        return std::nullopt;
    }
    t.m_body = text.mid(m.capturedEnd());
    t.m_bodyLine = 1 + int(text.left(m.capturedEnd()).count(QLatin1Char('\n')));
    return t;
}

namespace {

// `relative` from the override folder when it has one, else from the built-in templates. Empty
// with `error` unset when there is no such file anywhere.
std::optional<QString> readOverridable(const QString &relative, const QString &overrideDir,
                                       QString *path, QString *error)
{
    *path = QDir(overrideDir).filePath(relative);
    if (overrideDir.isEmpty() || !QFile::exists(*path))
        *path = dataDir() + QStringLiteral("/templates/") + relative;
    QFile file(*path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("NoticeTemplate", "Template %1 cannot be read: %2")
                         .arg(*path, file.errorString());
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.readAll());
    if (text.contains(QChar::ReplacementCharacter)) {
        *error = QCoreApplication::translate("NoticeTemplate", "Template %1 is not UTF-8 text.")
                         .arg(*path);
        return std::nullopt;
    }
    return text;
}

} // namespace

std::optional<NoticeTemplate> NoticeTemplate::load(const QString &kind, const QString &overrideDir,
                                                   QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-zA-Z0-9]*$"));
    if (!validName.match(kind).hasMatch()) {
        *error = QCoreApplication::translate("NoticeTemplate", "“%1” is not a notice kind.")
                         .arg(kind);
        return std::nullopt;
    }
    QString path;
    error->clear();
    const std::optional<QString> text
            = readOverridable(kind + QStringLiteral(".html"), overrideDir, &path, error);
    if (!text) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("NoticeTemplate",
                                                 "There is no template for notices of kind “%1”.")
                             .arg(kind);
        return std::nullopt;
    }
    std::optional<NoticeTemplate> t = parse(*text, path, error);
    if (t && t->m_kind != kind) {
        *error = QCoreApplication::translate("NoticeTemplate",
                                             "Template %1 says it is for “%2”, not “%3”.")
                         .arg(path, t->m_kind, kind);
        return std::nullopt;
    }
    // The shared pieces it names ({{>letterhead}}), read now so that filling reads no file.
    static const QRegularExpression partialTag(
            QStringLiteral("\\{\\{\\s*>([A-Za-z0-9]+)\\s*\\}\\}"));
    for (auto it = partialTag.globalMatch(t ? t->m_body : QString()); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (t->m_partials.contains(name))
            continue;
        Partial partial;
        const std::optional<QString> body
                = readOverridable(QStringLiteral("partials/") + name + QStringLiteral(".html"),
                                  overrideDir, &partial.source, error);
        if (!body) {
            if (!error->isEmpty())
                return std::nullopt;
            continue; // filling names the unknown partial with its line
        }
        if (partialTag.match(*body).hasMatch()) {
            *error = QCoreApplication::translate("NoticeTemplate",
                                                 "Partial %1 includes another partial; only "
                                                 "templates may.")
                             .arg(partial.source);
            return std::nullopt;
        }
        partial.body = *body;
        t->m_partials.insert(name, partial);
    }
    return t;
}

bool NoticeTemplate::uses(const QString &name) const
{
    const QRegularExpression tag(QStringLiteral("\\{\\{\\s*#?") + QRegularExpression::escape(name)
                                 + QStringLiteral("\\s*\\}\\}"));
    if (tag.match(m_body).hasMatch())
        return true;
    for (const Partial &p : m_partials) {
        if (tag.match(p.body).hasMatch())
            return true;
    }
    return false;
}

QStringList NoticeTemplate::kinds(const QString &overrideDir)
{
    QStringList kinds;
    for (const QString &dir : QStringList{dataDir() + QStringLiteral("/templates"), overrideDir}) {
        if (dir.isEmpty())
            continue;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files)) {
            const QString kind = name.chopped(5);
            // The counter's receipt (notices/IntakeReceipt) is laid out the same way but is no
            // notice: it takes no 文号 and is never issued on a case.
            if (kind == QLatin1String("receipt"))
                continue;
            if (!kinds.contains(kind))
                kinds.append(kind);
        }
    }
    kinds.sort();
    return kinds;
}

QString NoticeTemplate::placeholderLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("department.name"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the department's name")},
            {QStringLiteral("department.address"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the department's address")},
            {QStringLiteral("department.contactPhone"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the contact telephone")},
            {QStringLiteral("department.complaintPhone"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the complaint telephone")},
            {QStringLiteral("department.reconsiderationBody"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the reconsideration body")},
            {QStringLiteral("department.court"), QT_TRANSLATE_NOOP("NoticeTemplate", "the court")},
            {QStringLiteral("notice.number"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the document number")},
            {QStringLiteral("notice.date"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the notice's date")},
            {QStringLiteral("case.caseNo"), QT_TRANSLATE_NOOP("NoticeTemplate", "the case number")},
            {QStringLiteral("case.receivedDate"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the date of receipt")},
            {QStringLiteral("case.acceptedDate"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the date of acceptance")},
            {QStringLiteral("applicant.name"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the applicant's name")},
            {QStringLiteral("applicant.address"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the applicant's address")},
            {QStringLiteral("item.name"), QT_TRANSLATE_NOOP("NoticeTemplate", "the service item")},
            {QStringLiteral("item.legalBasis"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the item's legal basis")},
            {QStringLiteral("item.promisedLimit"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the promised time limit")},
            {QStringLiteral("item.legalLimit"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the statutory time limit")},
            {QStringLiteral("decision.dueDate"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the decision's due date")},
            {QStringLiteral("handler.name"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the handler's name")},
            {QStringLiteral("approver.name"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the name of who approved the decision")},
            {QStringLiteral("reasons"), QT_TRANSLATE_NOOP("NoticeTemplate", "the reasons")},
            {QStringLiteral("legalBasis"), QT_TRANSLATE_NOOP("NoticeTemplate", "the legal basis")},
            {QStringLiteral("licence.number"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the licence number")},
            {QStringLiteral("licence.validUntil"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the licence's expiry date")},
            {QStringLiteral("corrections"),
             QT_TRANSLATE_NOOP("NoticeTemplate", "the list of materials to correct")},
    };
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name : QCoreApplication::translate("NoticeTemplate", *it);
}

std::optional<QString> NoticeTemplate::fill(const NoticeData &data, QString *error) const
{
    QStringList missing;
    for (const QString &name : m_required) {
        const bool present = data.lists.contains(name)
                ? !data.lists.value(name).isEmpty()
                : !data.values.value(name).trimmed().isEmpty();
        if (!present)
            missing.append(placeholderLabel(name));
    }
    if (!missing.isEmpty()) {
        *error = QCoreApplication::translate("NoticeTemplate",
                                             "The %1 cannot be issued: %2 is missing.")
                         .arg(m_title,
                              missing.join(QCoreApplication::translate("NoticeTemplate", ", ")));
        return std::nullopt;
    }
    NoticeData withTitle = data;
    withTitle.values.insert(QStringLiteral("notice.title"), m_title);
    QString html;
    Filler filler{withTitle, m_source, m_body, m_bodyLine, m_partials, error};
    if (!filler.fill(0, m_body.size(), nullptr, &html))
        return std::nullopt;
    return html;
}

} // namespace casedesk
