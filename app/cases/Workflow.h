#pragma once

#include "Case.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// Head: the agency head (负责人), who alone approves an extension (行政许可法 art. 42).
enum class Role { Clerk, Chief, Supervisor, Head };
std::optional<Role> roleFromName(const QString &name);
// 窗口人员, 科长, 监督, 负责人: the role as people call it.
QString roleLabel(Role role);

// One field an action asks for, and what the law requires of it.
struct ActionField
{
    enum class Kind { Text, Choice, Items, Days };
    const char *name; // payload key, the CLI's --name
    Kind kind;
    const char *label; // translated with context "Workflow"
    QStringList choices = {}; // Choice
};

// One step of the procedure: who may take it, from which stages, what it needs, where it leads.
struct Transition
{
    const char *verb; // the platform's action type
    Role role;
    QList<CaseStage> from;
    QList<ActionField> fields;
    const char *label; // translated with context "Workflow"
    const char *clockEffect; // translated with context "Workflow"
};

struct Violation
{
    QString field; // empty: about the action as a whole
    QString message; // translated
};

// The statutory workflow as one table. It serves the forms (which actions, which fields), the
// CLI (act --help) and the outbox, which refuses an action the rules do not allow before it is
// ever queued. The platform enforces its own rules too; this set keeps clerks from a round trip
// and lets them work offline.
class Workflow
{
public:
    static const QList<Transition> &transitions();
    static const Transition *find(const QString &verb);
    // The actions `role` (signed in as `user`) may take on `c` as it stands.
    static QList<const Transition *> available(const Case &c, Role role, const QString &user);
    // Why the case itself does not allow `t` now (an approval with nothing requested, a second
    // request while one waits); empty when it does.
    static QString whyNot(const Transition &t, const Case &c);
    // Everything wrong with taking `verb` on `c` with `payload`; empty when it may be taken.
    static QList<Violation> check(const Case &c, Role role, const QString &user,
                                  const QString &verb, const QJsonObject &payload);
    // Where the case stands after `verb` (for the optimistic local view).
    static CaseStage stageAfter(const Case &c, const QString &verb, const QJsonObject &payload);
    // `c` as it stands after `verb`, taken here at `at` and not yet answered by the platform:
    // the stage and what the act decided (acceptance date, correction items, proposal …), as
    // the platform will record them. The pane, the notices and the next check read this.
    static void applyLocally(Case &c, const QString &verb, const QJsonObject &payload,
                             const QDateTime &at);

    // Whether `field` is asked for, given the choices already made in `payload`: a pre-review
    // that passes asks no reasons or legal basis, one that asks for correction lists the items,
    // a proposal to deny needs reasons and basis, a grant does not.
    static bool fieldApplies(const Transition &t, const ActionField &field,
                             const QJsonObject &payload);

    static QString label(const Transition &t);
    // What an event of the case's history was, in words: a verb's label, or submitted, claimed …
    static QString eventLabel(const CaseEvent &event);
    static QString fieldLabel(const ActionField &f);
    static QString clockEffect(const Transition &t);
};

} // namespace casedesk
