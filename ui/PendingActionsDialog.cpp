#include "PendingActionsDialog.h"

#include "PlainMessage.h"
#include "WindowSize.h"
#include "cases/ChinaTime.h"
#include "session/PendingActions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

PendingActionsDialog::PendingActionsDialog(PendingActionsController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setWindowTitle(tr("Pending actions"));
    auto *intro = new QLabel(tr("Actions taken and files received on this computer that the "
                                "platform does not have yet. They are sent in order with every "
                                "sync; a held action waits for your decision."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Pending actions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Case No."), tr("Action"), tr("Taken"), tr("By"), tr("State")});
    m_list->setWordWrap(true);
    m_reapply = new QPushButton(tr("Send &again on the current version"), this);
    m_discard = new QPushButton(tr("&Discard…"), this);
    m_discard->setAccessibleName(tr("Discard the selected action, with a reason"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reapply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        bool held = false;
        const bool any = selectedId(&held) > 0;
        m_reapply->setEnabled(any && held);
        m_discard->setEnabled(any && held);
    });
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        bool held = false;
        if (const qint64 id = selectedId(&held); id > 0)
            sendAgain(m_controller, id, this);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        bool held = false;
        if (const qint64 id = selectedId(&held); id > 0)
            discard(m_controller, id, this);
    });
    connect(&m_controller, &PendingActionsController::changed, this, &PendingActionsDialog::fill);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
    resizeWithinScreen(this, QSize(960, 520));
}

bool PendingActionsDialog::sendAgain(PendingActionsController &controller, qint64 id,
                                     QWidget *parent)
{
    QString error;
    if (controller.reapply(id, &error))
        return true;
    showPlainMessage(parent, QMessageBox::Warning, tr("Send again"), error);
    return false;
}

bool PendingActionsDialog::discard(PendingActionsController &controller, qint64 id, QWidget *parent)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
            parent, tr("Discard the action"), tr("Why is it discarded? The reason is kept."), {},
            &ok);
    if (!ok)
        return false;
    QString error;
    if (controller.discard(id, reason, &error))
        return true;
    showPlainMessage(parent, QMessageBox::Warning, tr("Discard the action"), error);
    return false;
}

void PendingActionsDialog::fill()
{
    m_list->clear();
    const QList<PendingActionsController::Row> rows = m_controller.rows();
    for (const PendingActionsController::Row &r : rows) {
        auto *item = new QTreeWidgetItem(
                m_list, {r.caseNo, r.action, chinaTimeText(r.takenAt), r.user, r.state});
        item->setData(0, Qt::UserRole, r.id);
        item->setData(1, Qt::UserRole, r.held);
        item->setToolTip(4, r.state);
    }
    if (rows.isEmpty())
        new QTreeWidgetItem(m_list, {tr("Nothing waits: the platform has everything.")});
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
    m_reapply->setEnabled(false);
    m_discard->setEnabled(false);
}

qint64 PendingActionsDialog::selectedId(bool *held) const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    *held = item && item->data(1, Qt::UserRole).toBool();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace casedesk
