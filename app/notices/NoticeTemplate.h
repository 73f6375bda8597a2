#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// What a notice says, by placeholder name: single values ({{applicant.name}}) and lists
// ({{#corrections}}…{{/corrections}}, whose rows have their own names, e.g. {{material}}).
struct NoticeData
{
    using Row = QHash<QString, QString>;
    QHash<QString, QString> values;
    QHash<QString, QList<Row>> lists;
};

// One kind of notice: an HTML body with placeholders, after a header that names the kind, its
// title and what it cannot go without:
//
//   <!--notice
//   kind: correction
//   title: 补齐补正材料通知书
//   requires: applicant.name, corrections
//   -->
//
// The built-in templates are in resources/templates/; a department administrator overrides one,
// or adds a kind, by placing KIND.html in the profile's templates/ folder (and a shared piece by
// placing partials/NAME.html there). Filling is all or nothing: an unknown placeholder, a broken
// section or a missing required value is an error that names the template (or partial) and the
// line, never a half-filled notice. Values are inserted as text, so what an applicant typed can
// never become markup.
class NoticeTemplate
{
public:
    static std::optional<NoticeTemplate> load(const QString &kind, const QString &overrideDir,
                                              QString *error);
    static std::optional<NoticeTemplate> parse(const QString &text, const QString &source,
                                               QString *error);
    // The kinds there are templates for, built-in and overridden, sorted.
    static QStringList kinds(const QString &overrideDir);
    // What a placeholder stands for, in the user's words (an error names the missing value so);
    // a profile's own placeholder keeps its name.
    static QString placeholderLabel(const QString &name);

    QString kind() const { return m_kind; }
    QString title() const { return m_title; }
    QString source() const { return m_source; }
    QStringList required() const { return m_required; }

    std::optional<QString> fill(const NoticeData &data, QString *error) const;
    // Whether the notice shows `name` (a value or a list), so a form asks only for what it uses.
    bool uses(const QString &name) const;

    // A shared piece of several templates (letterhead, signature, remedies) in partials/, put in
    // with {{>name}}; overridable like the templates.
    struct Partial
    {
        QString source;
        QString body;
    };

private:
    QString m_kind;
    QString m_title;
    QString m_source;
    QStringList m_required;
    QString m_body;
    int m_bodyLine = 1; // the line of the file the body starts on, for error messages
    QHash<QString, Partial> m_partials;
};

} // namespace casedesk
