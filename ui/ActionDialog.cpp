#include "ActionDialog.h"

#include "cases/Suspension.h"
#include "sync/ActionService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
QString choiceLabel(const QString &field, const QString &value)
{
    if (field == QLatin1String("kind"))
        return suspensionKindLabel(value);
    static const QHash<QString, const char *> labels{
            {QStringLiteral("pass"), QT_TRANSLATE_NOOP("ActionDialog", "Pass")},
            {QStringLiteral("correction"), QT_TRANSLATE_NOOP("ActionDialog", "Correction needed")},
            {QStringLiteral("notOurs"),
             QT_TRANSLATE_NOOP("ActionDialog", "Not for this department")},
            {QStringLiteral("grant"), QT_TRANSLATE_NOOP("ActionDialog", "Grant")},
            {QStringLiteral("deny"), QT_TRANSLATE_NOOP("ActionDialog", "Deny")},
            {QStringLiteral("inPerson"), QT_TRANSLATE_NOOP("ActionDialog", "In person")},
            {QStringLiteral("post"), QT_TRANSLATE_NOOP("ActionDialog", "By post")},
            {QStringLiteral("electronic"),
             QT_TRANSLATE_NOOP("ActionDialog", "Electronic delivery")},
    };
    const auto it = labels.constFind(value);
    return it == labels.cend() ? value : QCoreApplication::translate("ActionDialog", *it);
}
} // namespace

ActionDialog::ActionDialog(const Transition &transition, const Case &c, Role role, QString user,
                           ActionService &actions, QSettings &drafts, QWidget *parent)
    : ActionDialog(
            transition, c, role, user,
            [&actions, id = c.id, role, user, verb = QString::fromLatin1(transition.verb)](
                    const QJsonObject &payload,
                    std::function<void(const ActionService::Result &)> done) {
                done(actions.take(id, role, user, verb, payload));
            },
            drafts, parent)
{
}

ActionDialog::ActionDialog(const Transition &transition, const Case &c, Role role, QString user,
                           Taker taker, QSettings &drafts, QWidget *parent)
    : QDialog(parent), m_transition(transition), m_case(c), m_role(role), m_user(std::move(user)),
      m_taker(std::move(taker)), m_drafts(drafts)
{
    setWindowTitle(tr("%1 — %2").arg(Workflow::label(transition), c.caseNo));
    auto *layout = new QVBoxLayout(this);
    auto *effect = new QLabel(Workflow::clockEffect(transition, c), this);
    effect->setWordWrap(true);
    effect->setTextFormat(Qt::PlainText);
    layout->addWidget(effect);
    if (c.stage == CaseStage::Approval && c.proposal.isValid()) {
        // What the chief decides on, beside the form he decides with.
        const Proposal &p = c.proposal;
        QStringList lines{tr("Proposed: %1")
                                  .arg(p.decision == QLatin1String("grant")
                                               ? tr("grant the licence")
                                               : tr("deny the licence"))};
        if (!p.opinion.isEmpty())
            lines.append(tr("Opinion: %1").arg(p.opinion));
        if (!p.reasons.isEmpty())
            lines.append(tr("Reasons: %1").arg(p.reasons));
        if (!p.legalBasis.isEmpty())
            lines.append(tr("Legal basis: %1").arg(p.legalBasis));
        auto *proposal = new QLabel(lines.join(QLatin1Char('\n')), this);
        proposal->setObjectName(QStringLiteral("proposal"));
        proposal->setTextFormat(Qt::PlainText);
        proposal->setWordWrap(true);
        proposal->setAccessibleName(tr("What is proposed"));
        proposal->setAccessibleDescription(proposal->text());
        layout->addWidget(proposal);
    }
    m_general = new QLabel(this);
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->setAccessibleName(tr("Problems"));
    m_general->hide();
    layout->addWidget(m_general);

    auto *form = new QFormLayout;
    for (const ActionField &field : transition.fields) {
        QWidget *input = inputFor(field);
        input->setAccessibleName(Workflow::fieldLabel(field));
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(input);
        auto *problem = new QLabel(box);
        problem->setTextFormat(Qt::PlainText);
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #c62828;"));
        problem->hide();
        boxLayout->addWidget(problem);
        auto *caption = new QLabel(Workflow::fieldLabel(field) + QLatin1Char(':'), this);
        caption->setBuddy(input);
        form->addRow(caption, box);
        m_rows.insert(QLatin1String(field.name), {caption, box});
        m_inputs.insert(QLatin1String(field.name), input);
        if (auto *combo = qobject_cast<QComboBox *>(input))
            connect(combo, &QComboBox::currentIndexChanged, this,
                    &ActionDialog::showApplicableFields);
        m_problems.insert(QLatin1String(field.name), problem);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(Workflow::label(transition));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    loadDraft();
    showApplicableFields();
}

void ActionDialog::addButton(const QString &text, const std::function<void()> &clicked)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, clicked);
}

void ActionDialog::showApplicableFields()
{
    const QJsonObject chosen = payload();
    for (const ActionField &field : m_transition.fields) {
        const auto [caption, box] = m_rows.value(QLatin1String(field.name));
        const bool on = Workflow::fieldApplies(m_transition, field, chosen);
        caption->setVisible(on);
        box->setVisible(on);
    }
}

bool ActionDialog::isFieldShown(const QString &field) const
{
    const auto row = m_rows.value(field);
    return row.second && !row.second->isHidden();
}

QWidget *ActionDialog::inputFor(const ActionField &field)
{
    switch (field.kind) {
    case ActionField::Kind::Choice: {
        auto *combo = new QComboBox(this);
        for (const QString &choice : field.choices)
            combo->addItem(choiceLabel(QLatin1String(field.name), choice), choice);
        return combo;
    }
    case ActionField::Kind::Days: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 365);
        spin->setSpecialValueText(tr("Not set"));
        spin->setSuffix(tr(" working days"));
        return spin;
    }
    case ActionField::Kind::Items: {
        // Every material of the case, with a reason column: the rows given a reason are the
        // one-time list of everything to correct.
        auto *table = new QTableWidget(int(m_case.materials.size()), 2, this);
        table->setHorizontalHeaderLabels({tr("Material"), tr("What is missing or wrong")});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        for (int row = 0; row < m_case.materials.size(); ++row) {
            auto *name = new QTableWidgetItem(m_case.materials.at(row).name);
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            table->setItem(row, 0, name);
            table->setItem(row, 1, new QTableWidgetItem);
        }
        table->setMinimumHeight(160);
        return table;
    }
    case ActionField::Kind::Text:
        break;
    }
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    return edit;
}

void ActionDialog::suggestCorrections(const QList<std::pair<QString, QString>> &corrections)
{
    if (auto *outcome = qobject_cast<QComboBox *>(m_inputs.value(QStringLiteral("outcome")))) {
        const int correction = outcome->findData(QStringLiteral("correction"));
        if (correction >= 0)
            outcome->setCurrentIndex(correction);
    }
    auto *table = qobject_cast<QTableWidget *>(m_inputs.value(QStringLiteral("items")));
    if (!table)
        return;
    // The checklist judged every material: those not to correct (合格) are not listed.
    QStringList named;
    for (const auto &[material, reason] : corrections)
        named.append(material);
    for (int row = table->rowCount() - 1; row >= 0; --row) {
        if (!named.contains(table->item(row, 0)->text()))
            table->removeRow(row);
    }
    for (const auto &[material, reason] : corrections) {
        int row = 0;
        while (row < table->rowCount() && table->item(row, 0)->text() != material)
            ++row;
        if (row == table->rowCount()) {
            table->insertRow(row);
            auto *name = new QTableWidgetItem(material);
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            table->setItem(row, 0, name);
        }
        table->setItem(row, 1, new QTableWidgetItem(reason));
    }
}

QJsonObject ActionDialog::payload() const
{
    QJsonObject p;
    // Choices first: they decide which of the other fields are asked for.
    for (const ActionField &field : m_transition.fields) {
        if (auto *combo = qobject_cast<QComboBox *>(m_inputs.value(QLatin1String(field.name))))
            p.insert(QLatin1String(field.name), combo->currentData().toString());
    }
    for (const ActionField &field : m_transition.fields) {
        const QString key = QLatin1String(field.name);
        QWidget *input = m_inputs.value(key);
        if (!Workflow::fieldApplies(m_transition, field, p))
            continue; // not asked for with these choices: nothing of it is sent
        if (auto *combo = qobject_cast<QComboBox *>(input)) {
            p.insert(key, combo->currentData().toString());
        } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
            if (spin->value() == 0)
                continue;
            if (key == QLatin1String("limit"))
                p.insert(key,
                         QJsonObject{{QStringLiteral("value"), spin->value()},
                                     {QStringLiteral("unit"), QStringLiteral("workingDays")}});
            else
                p.insert(key, spin->value());
        } else if (auto *table = qobject_cast<QTableWidget *>(input)) {
            QJsonArray items;
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString reason
                        = table->item(row, 1) ? table->item(row, 1)->text().trimmed() : QString();
                if (!reason.isEmpty())
                    items.append(
                            QJsonObject{{QStringLiteral("material"), table->item(row, 0)->text()},
                                        {QStringLiteral("reason"), reason}});
            }
            p.insert(key, items);
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(input)) {
            if (!edit->toPlainText().trimmed().isEmpty())
                p.insert(key, edit->toPlainText().trimmed());
        }
    }
    return p;
}

QString ActionDialog::problemShown(const QString &field) const
{
    const QLabel *label = field.isEmpty() ? m_general : m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ActionDialog::submit()
{
    if (m_submitting)
        return; // a second Enter while the first is being written
    for (QLabel *label : std::as_const(m_problems))
        label->hide();
    m_general->hide();
    m_submitting = true;
    m_ok->setEnabled(false);
    m_taker(payload(), [self = QPointer(this)](const ActionService::Result &result) {
        if (self)
            self->submitted(result);
    });
}

void ActionDialog::submitted(const ActionService::Result &result)
{
    m_submitting = false;
    m_ok->setEnabled(true);
    if (!result.ok()) {
        QStringList general;
        QWidget *first = nullptr;
        for (const Violation &v : result.violations) {
            QLabel *label = m_problems.value(v.field);
            if (!label) {
                general.append(v.message);
                continue;
            }
            label->setText(label->isHidden() ? v.message
                                             : label->text() + QLatin1Char('\n') + v.message);
            label->show();
            if (!first)
                first = m_inputs.value(v.field);
        }
        if (!general.isEmpty()) {
            m_general->setText(general.join(QLatin1Char('\n')));
            m_general->show();
        }
        if (first)
            first->setFocus();
        return;
    }
    m_outboxId = result.outboxId;
    m_drafts.remove(m_case.id, QLatin1String(m_transition.verb));
    QDialog::done(Accepted);
}

void ActionDialog::done(int result)
{
    if (m_submitting)
        return; // the action is being written: it is not left half-decided
    if (result != Accepted)
        saveDraft();
    QDialog::done(result);
}

void ActionDialog::saveDraft()
{
    m_drafts.save(m_case.id, QLatin1String(m_transition.verb), payload());
}

void ActionDialog::loadDraft()
{
    const QJsonObject p = m_drafts.load(m_case.id, QLatin1String(m_transition.verb));
    for (auto it = p.begin(); it != p.end(); ++it) {
        QWidget *input = m_inputs.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(input))
            combo->setCurrentIndex(std::max(0, combo->findData(it.value().toString())));
        else if (auto *spin = qobject_cast<QSpinBox *>(input))
            spin->setValue(it.value().isObject() ? it.value()[QLatin1String("value")].toInt()
                                                 : it.value().toInt());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(input))
            edit->setPlainText(it.value().toString());
        else if (auto *table = qobject_cast<QTableWidget *>(input)) {
            for (const QJsonValue &item : it.value().toArray()) {
                for (int row = 0; row < table->rowCount(); ++row) {
                    if (table->item(row, 0)->text() == item[QLatin1String("material")].toString())
                        table->item(row, 1)->setText(item[QLatin1String("reason")].toString());
                }
            }
        }
    }
}

} // namespace casedesk
