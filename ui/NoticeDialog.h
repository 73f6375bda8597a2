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

namespace casedesk {

// Issuing a notice: the kind, what it must carry beyond the case (the correction list, reasons
// and legal basis, the licence), and beside it the notice exactly as it will print, marked as a
// draft until it is issued. Issuing numbers, signs and seals it in one step.
class NoticeDialog : public QDialog
{
    Q_OBJECT
public:
    using KeyLoader = std::function<std::optional<NoticeKeys>(QString *error)>;
    NoticeDialog(NoticeIssuer &issuer, KeyLoader keys, NoticeRequest request, QString user,
                 QWidget *parent = nullptr);
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

    NoticeIssuer &m_issuer;
    KeyLoader m_keys;
    NoticeRequest m_base;
    QString m_user;
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
