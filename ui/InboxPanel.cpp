#include "InboxPanel.h"

#include "BuiltInButtons.h"
#include "FilterBar.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "store/QueueCounter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

InboxPanel::InboxPanel(InboxModel &model, QueueCounter &counter, Profile &profile, QWidget *parent)
    : QWidget(parent), m_model(model), m_counter(&counter)
{
    setAccessibleName(tr("Inbox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search case no., applicant, item or material (Ctrl+F)"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    layout->addWidget(m_search);
    // Typing is not interrupted: the query runs once the clerk pauses.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &InboxPanel::filterChanged);

    // Filters beyond queue and search, shown on demand (Ctrl+Shift+F).
    m_filterBar = new FilterBar(profile, this);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::changed, this, &InboxPanel::filterChanged);

    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Number of cases"));
    m_searchAll = new QPushButton(tr("Search all cases"), this);
    m_searchAll->setObjectName(QStringLiteral("searchAll"));
    m_searchAll->setToolTip(tr("Nothing in this queue matches: search every queue"));
    m_searchAll->hide();
    connect(m_searchAll, &QPushButton::clicked, this, &InboxPanel::searchAllRequested);
    auto *countRow = new QHBoxLayout;
    m_heldBy = new QPushButton(this);
    m_heldBy->setObjectName(QStringLiteral("heldBy"));
    m_heldBy->setToolTip(tr("Show every holder's cases again"));
    m_heldBy->hide();
    connect(m_heldBy, &QPushButton::clicked, this, [this] { showHeldBy({}, {}); });
    countRow->addWidget(m_count);
    countRow->addWidget(m_heldBy);
    countRow->addWidget(m_searchAll);
    countRow->addStretch();
    layout->addLayout(countRow);

    m_view = new InboxView(model, this);
    connect(m_view, &InboxView::typed, this, [this](const QString &text) {
        m_search->setFocus();
        m_search->setText(m_search->text() + text);
    });
    layout->addWidget(m_view);

    connect(&counter, &QueueCounter::counted, this, [this](int request, const QList<int> &counts) {
        if (request == m_exactRequest && !counts.isEmpty()) {
            m_model.setExactCount(m_model.filter(), counts.constFirst());
            m_count->setText(countText());
        }
    });
}

int InboxPanel::applyFilter(CaseQueue queue, const QString &user)
{
    CaseFilter filter;
    filter.queue = queue;
    filter.user = user;
    filter.search = m_search->text();
    filter.heldBy = m_holder;
    m_filterBar->applyTo(filter);
    m_model.setFilter(filter);
    return m_filterBar->activeCount();
}

void InboxPanel::showHeldBy(const QString &user, const QString &name)
{
    m_holder = user;
    m_heldBy->setText(tr("Held by %1 ✕").arg(name.isEmpty() ? user : name));
    m_heldBy->setAccessibleName(
            tr("Only the cases %1 holds; press to show all").arg(name.isEmpty() ? user : name));
    m_heldBy->setVisible(!user.isEmpty());
    Q_EMIT filterChanged();
}

void InboxPanel::updateCount()
{
    if (m_model.isCountPartial() && m_counter)
        m_exactRequest = m_counter->count({m_model.filter()});
    m_count->setText(countText());
    const CaseFilter &shown = m_model.filter();
    m_searchAll->setVisible(!shown.search.isEmpty() && shown.queue != CaseQueue::All
                            && m_model.rowCount() == 0);
}

QString InboxPanel::countText() const
{
    const QString count = m_model.isCountPartial()
            ? tr("More than %1 cases (counting…)").arg(QLocale().toString(m_model.rowCount()))
            : tr("%n case(s)", nullptr, m_model.rowCount());
    if (m_model.isSearchIncomplete())
        return tr("%1 (the search index is still being built: some cases may be missing)")
                .arg(count);
    return count;
}

} // namespace casedesk
