#pragma once

#include "Case.h"
#include "Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

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
    Role role; // for approve and return, the first step's: the case's chain says whose it is
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
    // Who takes `t` on `c`: the transition's role, except that approving and returning belong
    // to whoever holds the next step of the case's approval chain.
    static Role roleFor(const Transition &t, const Case &c);
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
    // `actor` is who took it (his user name), for the approval chain's signed steps.
    static void applyLocally(Case &c, const QString &verb, const QJsonObject &payload,
                             const QDateTime &at, const QString &actor = {});

    // Whether `field` is asked for, given the choices already made in `payload`: a pre-review
    // that passes asks no reasons or legal basis, one that asks for correction lists the items,
    // a proposal to deny needs reasons and basis, a grant does not.
    static bool fieldApplies(const Transition &t, const ActionField &field,
                             const QJsonObject &payload);

    // A step of an approval chain by the role that signs it: 科长审核, 负责人签发.
    static QString approvalStepLabel(Role role);
    // Where a proposal stands in its chain, in words: each step with who signed it and when,
    // the one that holds the case now, those still to come. `here` names the user of this
    // computer, for a step signed here and not yet sent. Empty when there is no chain.
    static QString approvalChainText(const ApprovalRecord &record, const QString &here);

    static QString label(const Transition &t);
    // What an event of the case's history was, in words: a verb's label, or submitted, claimed …
    // The step in the clerk's words; `channel` tells an application handed in at the counter
    // from one made online.
    static QString eventLabel(const CaseEvent &event, Channel channel = Channel::Online);
    static QString fieldLabel(const ActionField &f);
    static QString clockEffect(const Transition &t);
    // What taking `t` on `c` does: an approval short of the chain's last step passes the case
    // on to the next one instead of deciding it.
    static QString clockEffect(const Transition &t, const Case &c);
};

} // namespace casedesk
