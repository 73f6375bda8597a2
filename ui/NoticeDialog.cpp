#include "NoticeDialog.h"

#include "PlainMessage.h"
#include "WindowSize.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

} // namespace

NoticeDialog::NoticeDialog(NoticeIssuer &issuer, KeyLoader keys, NoticeRequest request,
                           QStringList kinds, Prefill prefill, QString user, QWidget *parent)
    : QDialog(parent), m_issuer(issuer), m_keys(std::move(keys)), m_base(std::move(request)),
      m_user(std::move(user)), m_prefill(std::move(prefill))
{
    setWindowTitle(tr("Issue a notice"));
    // The preview follows every change, once typing pauses.
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(300);
    connect(m_previewDelay, &QTimer::timeout, this, &NoticeDialog::refreshPreview);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of notice"));
    // The kinds that fit the case, under their templates' titles.
    for (const QString &kind : kinds) {
        QString error;
        const auto t = NoticeTemplate::load(kind, m_issuer.templatesDir(), &error);
        m_kind->addItem(t ? t->title() : kind, kind);
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_base.kind)));
    form->addRow(tr("&Kind"), m_kind);

    m_items = new QTableWidget(0, 2, this);
    m_items->setAccessibleName(tr("Materials to correct, with what is missing or wrong"));
    m_items->setHorizontalHeaderLabels({tr("Material"), tr("What is missing or wrong")});
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->verticalHeader()->hide();
    m_addItem = new QPushButton(tr("Add a &material"), this);
    m_addItem->setAccessibleName(tr("Add a material to correct"));
    connect(m_addItem, &QPushButton::clicked, this, [this] {
        m_items->insertRow(m_items->rowCount());
        m_items->setCurrentCell(m_items->rowCount() - 1, 0);
        m_items->editItem(m_items->item(m_items->rowCount() - 1, 0));
    });
    auto *itemsBox = new QVBoxLayout;
    itemsBox->addWidget(m_items);
    itemsBox->addWidget(m_addItem);
    form->addRow(tr("Corrections"), itemsBox);

    m_reasons = new QPlainTextEdit(this);
    m_reasons->setAccessibleName(tr("Reasons"));
    m_reasons->setTabChangesFocus(true);
    form->addRow(tr("&Reasons"), m_reasons);
    m_legalBasis = new QPlainTextEdit(this);
    m_legalBasis->setAccessibleName(tr("Legal basis"));
    m_legalBasis->setTabChangesFocus(true);
    form->addRow(tr("&Legal basis"), m_legalBasis);
    m_licence = new QLineEdit(this);
    m_licence->setAccessibleName(tr("Licence number"));
    form->addRow(tr("Licence &number"), m_licence);
    m_validUntil = new QDateEdit(this);
    m_validUntil->setAccessibleName(tr("Licence valid until"));
    m_validUntil->setCalendarPopup(true);
    form->addRow(tr("Valid &until"), m_validUntil);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    // The form scrolls where the screen is small (large fonts, high scaling), so the dialog's
    // buttons stay on it.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_problem);

    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setAccessibleName(tr("Preview of the notice"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *p) {
        if (m_draft)
            m_draft->paint(p);
    });

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(left);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setAccessibleName(tr("Notice form"));
    auto *splitter = new QSplitter(this);
    splitter->setAccessibleName(tr("Form and preview"));
    splitter->addWidget(formScroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issue = buttons->addButton(tr("&Issue and sign"), QDialogButtonBox::AcceptRole);
    m_issue->setAccessibleName(tr("Issue and sign the notice"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_prefill)
            m_base = m_prefill(m_kind->currentData().toString());
        fillForm(m_base);
        kindChanged();
    });
    auto later = [this] { m_previewDelay->start(); };
    connect(m_items, &QTableWidget::itemChanged, this, later);
    connect(m_items->model(), &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_reasons, &QPlainTextEdit::textChanged, this, later);
    connect(m_legalBasis, &QPlainTextEdit::textChanged, this, later);
    connect(m_licence, &QLineEdit::textChanged, this, later);
    connect(m_validUntil, &QDateEdit::dateChanged, this, later);
    fillForm(m_base);
    kindChanged();
    resizeWithinScreen(this, QSize(1200, 800));
}

NoticeDialog::~NoticeDialog() = default;

void NoticeDialog::fillForm(const NoticeRequest &r)
{
    const QSignalBlocker blocker(m_items);
    m_items->setRowCount(0);
    for (const auto &[material, reason] : r.corrections) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, new QTableWidgetItem(material));
        m_items->setItem(row, 1, new QTableWidgetItem(reason));
    }
    m_reasons->setPlainText(r.reasons);
    m_legalBasis->setPlainText(r.legalBasis);
    m_licence->setText(r.licenceNumber);
    m_validUntil->setDate(r.licenceValidUntil.isValid()
                                  ? r.licenceValidUntil
                                  : QDate::currentDate().addYears(5).addDays(-1));
}

NoticeRequest NoticeDialog::request() const
{
    NoticeRequest r = m_base;
    r.kind = m_kind->currentData().toString();
    r.corrections.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QString material
                = m_items->item(row, 0) ? m_items->item(row, 0)->text().trimmed() : QString();
        const QString reason
                = m_items->item(row, 1) ? m_items->item(row, 1)->text().trimmed() : QString();
        if (!material.isEmpty() || !reason.isEmpty())
            r.corrections.append({material, reason});
    }
    r.reasons = m_reasons->toPlainText().trimmed();
    r.legalBasis = m_legalBasis->toPlainText().trimmed();
    r.licenceNumber = m_licence->text().trimmed();
    r.licenceValidUntil = m_validUntil->date();
    return r;
}

QString NoticeDialog::problem() const
{
    return m_problem->text();
}

void NoticeDialog::kindChanged()
{
    // The form asks for what the kind's template prints, and nothing else.
    QString error;
    const auto t = NoticeTemplate::load(m_kind->currentData().toString(), m_issuer.templatesDir(),
                                        &error);
    auto uses = [&t](const char *name) { return t && t->uses(QLatin1String(name)); };
    m_items->setEnabled(uses("corrections"));
    m_addItem->setEnabled(uses("corrections"));
    m_reasons->setEnabled(uses("reasons"));
    m_legalBasis->setEnabled(uses("legalBasis"));
    m_licence->setEnabled(uses("licence.number"));
    m_validUntil->setEnabled(uses("licence.validUntil"));
    refreshPreview();
}

void NoticeDialog::refreshPreview()
{
    m_previewDelay->stop();
    QString error;
    m_draft = m_issuer.draft(request(), &error);
    m_problem->setText(m_draft ? QString() : error);
    m_issue->setEnabled(m_draft.has_value());
    m_preview->updatePreview();
}

void NoticeDialog::issue()
{
    refreshPreview();
    if (!m_draft)
        return;
    QString error;
    const std::optional<NoticeKeys> keys = m_keys(&error);
    if (keys)
        m_issued = m_issuer.issue(request(), *keys, m_user, &error);
    if (!m_issued) {
        m_problem->setText(error);
        showPlainMessage(this, QMessageBox::Warning, tr("Issue a notice"), error);
        return;
    }
    accept();
}

void NoticeDialog::printPdf(const QByteArray &pdf, const QString &title, QWidget *parent)
{
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        QMessageBox::warning(parent, tr("Print"), tr("The notice's PDF cannot be read."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&document](QPrinter *p) { paintPages(document, p); });
    dialog.exec();
}

void NoticeDialog::paintPages(QPdfDocument &document, QPrinter *printer)
{
    QPainter painter(printer);
    const QRect page = painter.viewport();
    // 300 dpi on paper: the seal and the QR code stay sharp.
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            printer->newPage();
        const QSizeF points = document.pagePointSize(i);
        const QSize pixels = (points * 300.0 / 72.0).toSize();
        painter.drawImage(page, document.render(i, pixels));
    }
}

bool NoticeDialog::savePdf(const QByteArray &pdf, const QJsonObject &sealRecord,
                           const QString &suggestedName, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the notice"), suggestedName,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const QList<std::pair<QString, QByteArray>> files{
            {path, pdf},
            {path + QStringLiteral(".seal.json"),
             QJsonDocument(sealRecord).toJson(QJsonDocument::Indented)}};
    for (const auto &[file, bytes] : files) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            showPlainMessage(parent, QMessageBox::Warning, tr("Save the notice"),
                             tr("%1 cannot be written: %2").arg(file, out.errorString()));
            return false;
        }
    }
    return true;
}

} // namespace casedesk
