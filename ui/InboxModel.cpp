#include "InboxModel.h"

#include "cases/ChinaTime.h"
#include "deadlines/StageDeadline.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace casedesk {

namespace {
constexpr int kCachedPages = 16;

CaseSort sortFor(int column)
{
    switch (column) {
    case InboxModel::CaseNo:
        return CaseSort::CaseNo;
    case InboxModel::Item:
        return CaseSort::Item;
    case InboxModel::Applicant:
        return CaseSort::Applicant;
    case InboxModel::Stage:
        return CaseSort::Stage;
    case InboxModel::Remaining:
        return CaseSort::Due;
    default:
        return CaseSort::Received;
    }
}

QColor lightColor(WarningLight light)
{
    switch (light) {
    case WarningLight::Red:
        return QColor(0xc6, 0x28, 0x28);
    case WarningLight::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case WarningLight::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case WarningLight::None:
        break;
    }
    return {};
}
// A round lamp as on the supervision board; the text beside it says the same in words.
QIcon lightIcon(WarningLight light)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(light));
    if (it == icons.end()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(lightColor(light));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
        painter.end();
        it = icons.insert(int(light), QIcon(pixmap));
    }
    return *it;
}
} // namespace

InboxModel::InboxModel(CaseStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_today(QDate::currentDate()),
      m_pages(kCachedPages)
{
    reload();
}

InboxModel::~InboxModel() = default;

void InboxModel::closeCache()
{
    beginResetModel();
    m_store = nullptr;
    m_pages.clear();
    m_count = 0;
    endResetModel();
}

void InboxModel::setToday(QDate today)
{
    m_today = today;
    m_todayFixed = true;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Remaining), index(m_count - 1, Remaining));
}

void InboxModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reload();
}

void InboxModel::reload()
{
    beginResetModel();
    m_pages.clear();
    if (m_store && !m_todayFixed)
        m_today = m_store->platformToday();
    m_filter.today = m_today;
    m_filter.broad = false;
    m_count = m_store ? m_store->caseCountUpTo(m_filter, m_quickCount) : 0;
    m_countPartial = m_count > m_quickCount;
    constexpr int kBroad = 2000;
    m_filter.broad = m_count >= kBroad;
    if (m_countPartial)
        m_count = m_quickCount;
    m_searchIncomplete = m_store && !m_filter.search.isEmpty() && !m_store->isSearchComplete();
    endResetModel();
    Q_EMIT refreshed();
}

int InboxModel::rowOf(const QString &id) const
{
    if (!m_store || id.isEmpty())
        return -1;
    const int row = m_store->rowOf(id, m_sort, m_order, m_filter);
    return row < m_count ? row : -1;
}

void InboxModel::refresh()
{
    if (!m_store) {
        reload();
        return;
    }
    if (!m_todayFixed)
        m_today = m_store->platformToday();
    m_filter.today = m_today;
    CaseFilter counting = m_filter;
    counting.broad = false;
    int count = m_store->caseCountUpTo(counting, m_quickCount);
    const bool partial = count > m_quickCount;
    if (partial)
        count = m_quickCount;
    // New rows come at the end first, so that every new row a case may move to exists …
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
    // The views (and the selection model) make their persistent indexes in this signal, so
    // they are listed after it; the pages still hold the rows those indexes were made on.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QStringList ids;
    ids.reserve(from.size());
    for (const QModelIndex &index : from) {
        const CaseSummary *s = summaryAt(index.row());
        ids.append(s ? s->id : QString());
    }
    m_pages.clear();
    QHash<QString, int> rows;
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QString &id = ids.at(i);
        auto it = rows.constFind(id);
        if (it == rows.cend())
            it = rows.insert(id, id.isEmpty() ? -1 : newRowOf(id, from.at(i).row(), count));
        to.append(*it >= 0 && *it < count ? index(*it, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    // … and rows no longer needed go from the end last, when no persistent index is there.
    if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
    m_countPartial = partial;
    m_searchIncomplete = !m_filter.search.isEmpty() && !m_store->isSearchComplete();
    m_filter.broad = m_count >= 2000;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    Q_EMIT refreshed();
}

int InboxModel::newRowOf(const QString &id, int oldRow, int count) const
{
    // A sync moves a case by a few rows (new arrivals above it): look there first, in the pages
    // the view reads anyway, before counting its place in the whole list.
    constexpr int kNear = 100;
    const auto holds = [&](int row) {
        const CaseSummary *s = row >= 0 && row < count ? summaryAt(row) : nullptr;
        return s && s->id == id;
    };
    for (int distance = 0; distance <= kNear; ++distance) {
        if (holds(oldRow + distance))
            return oldRow + distance;
        if (distance > 0 && holds(oldRow - distance))
            return oldRow - distance;
    }
    return m_store->rowOf(id, m_sort, m_order, m_filter);
}

void InboxModel::setQuickCountLimit(int limit)
{
    m_quickCount = limit;
    reload();
}

void InboxModel::setExactCount(const CaseFilter &filter, int count)
{
    // For this filter only: an answer to an older question is dropped.
    if (!m_countPartial || !(filter == m_filter) || count <= m_count)
        return;
    beginInsertRows({}, m_count, count - 1);
    m_count = count;
    m_countPartial = false;
    endInsertRows();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseSummary *InboxModel::summaryAt(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    QList<CaseSummary> *rows = m_pages.object(page);
    if (!rows) {
        rows = new QList<CaseSummary>(
                m_store->summaries(page * kPageSize, kPageSize, m_sort, m_order, m_filter));
        m_pages.insert(page, rows);
    }
    const int offset = row % kPageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QString InboxModel::remainingText(const CaseSummary &row) const
{
    return StageDeadline::remainingText(row.stage, row.due, m_today, m_store->calendar());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    const CaseSummary *row = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == CaseIdRole)
        return row->id;
    const WarningLight light = StageDeadline::light(row->due, row->warnFrom, m_today);
    if (role == WarningLightRole)
        return static_cast<int>(light);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case CaseNo:
            return row->caseNo;
        case Item:
            return row->itemName;
        case Applicant:
            return row->applicantName;
        case Stage:
            return stageLabel(row->stage);
        case Received:
            return chinaTimeText(row->receivedAt);
        case Remaining:
            return remainingText(*row);
        }
    }
    if (index.column() == Remaining) {
        if (role == Qt::ForegroundRole && light != WarningLight::None)
            return lightColor(light);
        if (role == Qt::DecorationRole && light != WarningLight::None)
            return lightIcon(light);
        if (role == Qt::ToolTipRole && row->due.isValid())
            return deadlineTooltip(*row);
    }
    return {};
}

QString InboxModel::deadlineTooltip(const CaseSummary &row) const
{
    QStringList lines{
            tr("%1: due %2")
                    .arg(stageLabel(row.stage), row.due.toString(QStringLiteral("yyyy-MM-dd")))};
    // One case, read when the pointer rests on it: the limit, suspensions and extensions, in
    // the words of the deadline rules.
    if (const auto stored = m_store->storedCase(row.id)) {
        const std::optional<ServiceItem> item
                = m_store->catalogue().item(stored->platform.itemCode);
        lines += StageDeadline::forCase(stored->platform, item ? &*item : nullptr,
                                        m_store->calendar(), {})
                         .explanation;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo:
        return tr("Case No.");
    case Item:
        return tr("Service item");
    case Applicant:
        return tr("Applicant");
    case Stage:
        return tr("Status");
    case Received:
        return tr("Received");
    case Remaining:
        return tr("Time left");
    }
    return {};
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // A reset rather than a layout change: the rows are re-read in the new order from SQL.
    beginResetModel();
    m_sort = sortFor(column);
    m_order = order;
    m_pages.clear();
    endResetModel();
}

} // namespace casedesk
