#pragma once

#include "cases/Workflow.h"

#include "session/ActionDrafts.h"
#include "sync/ActionService.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;

namespace casedesk {

// The form for one workflow action, built from the Workflow table: one input per field the law
// asks for, its problems shown beside it, and no way to finish while one remains. What the clerk
// typed is kept as a draft when the form is closed unfinished.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes the action and answers with the result, now or later (session/LocalWriter).
    using Taker = std::function<void(const QJsonObject &payload,
                                     std::function<void(const ActionService::Result &)> done)>;
    ActionDialog(const Transition &transition, const Case &c, Role role, QString user, Taker taker,
                 QSettings &drafts, QWidget *parent = nullptr);
    // Written on the calling thread (tests, and where nothing else writes).
    ActionDialog(const Transition &transition, const Case &c, Role role, QString user,
                 ActionService &actions, QSettings &drafts, QWidget *parent = nullptr);

    QJsonObject payload() const;
    // Fills the form from the material checklist: the outcome becomes a correction request and
    // every material with its reason is in the list (a material not submitted gets a row).
    void suggestCorrections(const QList<std::pair<QString, QString>> &corrections);
    // A button beside the form's own, for what helps decide (the decision notice's preview).
    void addButton(const QString &text, const std::function<void()> &clicked);
    qint64 outboxId() const { return m_outboxId; }
    // The problem shown for `field` (empty when none); for tests and screen readers alike.
    QString problemShown(const QString &field) const;
    // Whether `field` is asked for with the choices made so far.
    bool isFieldShown(const QString &field) const;

    void done(int result) override;

private:
    QWidget *inputFor(const ActionField &field);
    void submit();
    void submitted(const ActionService::Result &result);
    void saveDraft();
    void loadDraft();
    // Shows the fields the choices made so far ask for (Workflow::fieldApplies), hides the rest.
    void showApplicableFields();

    const Transition &m_transition;
    Case m_case;
    Role m_role;
    QString m_user;
    Taker m_taker;
    QPushButton *m_ok = nullptr;
    bool m_submitting = false;
    QDialogButtonBox *m_buttons = nullptr;
    ActionDrafts m_drafts;
    QHash<QString, QWidget *> m_inputs;
    QHash<QString, QLabel *> m_problems;
    QHash<QString, std::pair<QWidget *, QWidget *>> m_rows; // caption, input box
    QLabel *m_general;
    qint64 m_outboxId = 0;
};

} // namespace casedesk
