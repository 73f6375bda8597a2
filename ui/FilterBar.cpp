#include "FilterBar.h"

#include "core/Profile.h"
#include "store/CaseStore.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

namespace casedesk {

namespace {
const QLatin1String kGroup("filters/saved");
} // namespace

FilterBar::FilterBar(Profile &profile, QWidget *parent) : QWidget(parent), m_profile(profile)
{
    setAccessibleName(tr("Filters"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [this, grid](int row, int column, const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        const QString name = QString(label)
                                     .remove(QLatin1Char('&'))
                                     .remove(QLatin1Char(':'))
                                     .remove(QChar(0xFF1A));
        field->setAccessibleName(name);
        // The drop-down list too, which screen readers announce on its own.
        if (auto *combo = qobject_cast<QComboBox *>(field))
            combo->view()->setAccessibleName(name);
        grid->addWidget(caption, row, column);
        grid->addWidget(field, row, column + 1);
    };
    m_item = new QComboBox(this);
    m_item->addItem(tr("All items"));
    // Item names are long; the list shows them whole, the closed box need not.
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(8);
    addLabelled(0, 0, tr("&Item:"), m_item);
    m_stage = new QComboBox(this);
    m_stage->addItem(tr("Any status"));
    for (CaseStage stage : allStages())
        m_stage->addItem(stageLabel(stage), stageWireName(stage));
    addLabelled(0, 2, tr("S&tatus:"), m_stage);
    m_light = new QComboBox(this);
    m_light->addItem(tr("Any"), int(DeadlineLight::Any));
    m_light->addItem(tr("Green: in time"), int(DeadlineLight::Green));
    m_light->addItem(tr("Yellow: due soon"), int(DeadlineLight::Yellow));
    m_light->addItem(tr("Red: overdue"), int(DeadlineLight::Red));
    m_light->addItem(tr("No running deadline"), int(DeadlineLight::NoClock));
    addLabelled(1, 0, tr("&Deadline:"), m_light);

    m_dated = new QCheckBox(tr("Received &between"), this);
    grid->addWidget(m_dated, 2, 0);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Received from"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Received until"));
    // Two pairs a row, so the bar fits beside the queues and the case also at large fonts.
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(m_to);
    grid->addLayout(range, 2, 1);
    m_mine = new QCheckBox(tr("Claimed by &me"), this);
    grid->addWidget(m_mine, 2, 2, 1, 2);

    m_saved = new QComboBox(this);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(6);
    addLabelled(1, 2, tr("Sa&ved:"), m_saved);
    auto *saveButton = new QPushButton(tr("Save as…"), this);
    saveButton->setToolTip(tr("Keep these filters under a name"));
    grid->addWidget(saveButton, 3, 3);
    auto *clearButton = new QPushButton(tr("C&lear filters"), this);
    grid->addWidget(clearButton, 3, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    const auto emitChanged = [this] {
        m_from->setEnabled(m_dated->isChecked());
        m_to->setEnabled(m_dated->isChecked());
        if (!m_restoring)
            Q_EMIT changed();
    };
    connect(m_item, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_stage, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_light, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_dated, &QCheckBox::toggled, this, emitChanged);
    connect(m_from, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_mine, &QCheckBox::toggled, this, emitChanged);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filters"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                     .trimmed();
        if (ok && !name.isEmpty())
            save(name);
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            restore(m_saved->itemText(index));
    });
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    reloadSaved();
}

void FilterBar::setItems(const QList<ServiceItem> &items)
{
    const QString current = m_item->currentData().toString();
    QList<ServiceItem> sorted = items;
    std::sort(sorted.begin(), sorted.end(),
              [](const ServiceItem &a, const ServiceItem &b) { return a.name < b.name; });
    const QSignalBlocker blocker(m_item);
    while (m_item->count() > 1)
        m_item->removeItem(1);
    for (const ServiceItem &item : sorted)
        m_item->addItem(item.name, item.code);
    m_item->setCurrentIndex(std::max(0, m_item->findData(current)));
}

void FilterBar::applyTo(CaseFilter &filter) const
{
    filter.itemCode = m_item->currentData().toString();
    filter.stage = stageFromWireName(m_stage->currentData().toString());
    filter.light = DeadlineLight(m_light->currentData().toInt());
    filter.receivedFrom = m_dated->isChecked() ? m_from->date() : QDate();
    filter.receivedTo = m_dated->isChecked() ? m_to->date() : QDate();
    filter.claimedByMe = m_mine->isChecked();
}

int FilterBar::activeCount() const
{
    return int(m_item->currentIndex() > 0) + int(m_stage->currentIndex() > 0)
            + int(m_light->currentIndex() > 0) + int(m_dated->isChecked())
            + int(m_mine->isChecked());
}

void FilterBar::clear()
{
    m_restoring = true;
    m_item->setCurrentIndex(0);
    m_stage->setCurrentIndex(0);
    m_light->setCurrentIndex(0);
    m_dated->setChecked(false);
    m_mine->setChecked(false);
    m_saved->setCurrentIndex(0);
    m_restoring = false;
    Q_EMIT changed();
}

QStringList FilterBar::savedNames() const
{
    auto s = m_profile.settings();
    s->beginGroup(kGroup);
    return s->childGroups();
}

void FilterBar::save(const QString &typedName)
{
    // A slash would nest settings groups; the full-width one reads the same to a clerk.
    QString name = typedName;
    name.replace(QLatin1Char('/'), QChar(0xFF0F)).replace(QLatin1Char('\\'), QChar(0xFF3C));
    auto s = m_profile.settings();
    s->beginGroup(kGroup);
    s->beginGroup(name);
    s->setValue(QStringLiteral("item"), m_item->currentData().toString());
    s->setValue(QStringLiteral("stage"), m_stage->currentData().toString());
    s->setValue(QStringLiteral("light"), m_light->currentData().toInt());
    s->setValue(QStringLiteral("dated"), m_dated->isChecked());
    s->setValue(QStringLiteral("from"), m_from->date());
    s->setValue(QStringLiteral("to"), m_to->date());
    s->setValue(QStringLiteral("mine"), m_mine->isChecked());
    s->endGroup();
    s->endGroup();
    reloadSaved();
    m_saved->setCurrentIndex(m_saved->findText(name));
}

bool FilterBar::restore(const QString &name)
{
    if (!savedNames().contains(name))
        return false;
    auto s = m_profile.settings();
    s->beginGroup(kGroup);
    s->beginGroup(name);
    m_restoring = true;
    m_item->setCurrentIndex(std::max(0, m_item->findData(s->value(QStringLiteral("item")))));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(s->value(QStringLiteral("stage")))));
    m_light->setCurrentIndex(std::max(0, m_light->findData(s->value(QStringLiteral("light")))));
    m_dated->setChecked(s->value(QStringLiteral("dated")).toBool());
    m_from->setDate(s->value(QStringLiteral("from")).toDate());
    m_to->setDate(s->value(QStringLiteral("to")).toDate());
    m_mine->setChecked(s->value(QStringLiteral("mine")).toBool());
    m_restoring = false;
    m_saved->setCurrentIndex(m_saved->findText(name));
    Q_EMIT changed();
    return true;
}

void FilterBar::reloadSaved()
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("(none)"));
    m_saved->addItems(savedNames());
}

} // namespace casedesk
