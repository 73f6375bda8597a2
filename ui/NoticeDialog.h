#pragma once

#include "notices/NoticeIssuer.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPdfDocument;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTableWidget;
class QTimer;

namespace casedesk {

// Issuing a notice: the kind, what it must carry beyond the case (the correction list, reasons
// and legal basis, the licence), and beside it the notice exactly as it will print, marked as a
// draft until it is issued. Issuing numbers, signs and seals it in one step.
class NoticeDialog : public QDialog
{
    Q_OBJECT
public:
    using KeyLoader = std::function<std::optional<NoticeKeys>(QString *error)>;
    // The request of another kind, filled from the act that kind records (the case's details).
    using Prefill = std::function<NoticeRequest(const QString &kind)>;
    // Offers `kinds` only (those that fit the case; `request.kind` first chosen), each filled
    // by `prefill` when chosen.
    NoticeDialog(NoticeIssuer &issuer, KeyLoader keys, NoticeRequest request, QStringList kinds,
                 Prefill prefill, QString user, QWidget *parent = nullptr);
    ~NoticeDialog() override;

    const std::optional<NoticeIssuer::Issued> &issued() const { return m_issued; }
    NoticeRequest request() const;
    QString problem() const;

    // A signed PDF in the print preview dialog, page by page as it was issued.
    static void printPdf(const QByteArray &pdf, const QString &title, QWidget *parent);
    // Paints every page of `document` onto `printer`, one sheet each: what printPdf prints.
    static void paintPages(QPdfDocument &document, QPrinter *printer);
    // Save as: the signed PDF and its SM2 seal record beside it.
    static bool savePdf(const QByteArray &pdf, const QJsonObject &sealRecord,
                        const QString &suggestedName, QWidget *parent);

public Q_SLOTS:
    void refreshPreview();
    void issue();

private:
    void kindChanged();
    void fillForm(const NoticeRequest &request);

    NoticeIssuer &m_issuer;
    KeyLoader m_keys;
    NoticeRequest m_base;
    QString m_user;
    Prefill m_prefill;
    QTimer *m_previewDelay;
    QComboBox *m_kind;
    QTableWidget *m_items;
    QPushButton *m_addItem;
    QPlainTextEdit *m_reasons;
    QPlainTextEdit *m_legalBasis;
    QLineEdit *m_licence;
    QDateEdit *m_validUntil;
    QLabel *m_problem;
    std::unique_ptr<QPrinter> m_printer; // the preview's; the widget does not own it
    QPrintPreviewWidget *m_preview;
    QPushButton *m_issue;
    std::optional<NoticeDocument> m_draft;
    std::optional<NoticeIssuer::Issued> m_issued;
};

} // namespace casedesk
