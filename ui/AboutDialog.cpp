#include "AboutDialog.h"

#include "AppIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

AboutDialog::AboutDialog(const QList<AboutFact> &facts, const QString &logFolder, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CaseDesk"));
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("CaseDesk icon"));
    auto *title = new QLabel(tr("CaseDesk %1").arg(QStringLiteral(CASEDESK_VERSION)), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setTextFormat(Qt::PlainText);
    auto *purpose = new QLabel(tr("Case processing for the one-stop government service "
                                  "platform: claim, review, accept, decide and notify."),
                               this);
    purpose->setTextFormat(Qt::PlainText);
    purpose->setWordWrap(true);

    // A read-only text a screen reader reads line by line and a user selects and copies.
    m_facts = new QPlainTextEdit(aboutText(facts), this);
    m_facts->setReadOnly(true);
    m_facts->setAccessibleName(tr("Versions and folders"));
    m_facts->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_facts->setMinimumWidth(m_facts->fontMetrics().averageCharWidth() * 80);
    m_facts->setFixedHeight(m_facts->fontMetrics().lineSpacing() * (int(facts.size()) + 4));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions and folders, for a support request"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_facts->toPlainText()); });
    QPushButton *open
            = buttons->addButton(tr("Open the &log folder"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [logFolder] {
        QDir().mkpath(logFolder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(logFolder));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(purpose);
    head->addLayout(words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_facts);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace casedesk
