#pragma once

#include "scan/ScannedPages.h"
#include "scan/Scanner.h"
#include "session/CounterIntake.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace casedesk {

class ScanJob;

// 窗口收件: the window clerk registers an application handed in on paper. The item's required
// materials are the checklist at once; each is scanned (SANE, off the UI thread, cancellable,
// the pages already scanned kept) or attached from disk, then the application is registered
// (CounterIntake) and its receipt printed. The form stays for the next applicant.
class CounterIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    CounterIntakeDialog(CounterIntake &counter, QWidget *parent = nullptr);
    ~CounterIntakeDialog() override;

    // What the form holds now, as it would be registered.
    IntakeApplication application() const;
    // The problems that keep it from being registered, as shown.
    QString problemsText() const;

Q_SIGNALS:
    // Registered: the case is in the inbox.
    void registered(const casedesk::IntakeEntry &entry);

private:
    struct Row
    {
        ScannedPages scanned;
        QByteArray file;
        QByteArray fileType;
        QString fileName;
    };
    void itemChosen();
    void kindChanged();
    void checkIdentity(QLineEdit *field, QLabel *note, bool company);
    void refreshProblems();
    void addRow(const QString &name, bool required, bool original);
    int currentRow() const;
    void updateRowFile(int row);
    void attachFile();
    // A file from disk for the selected material (chosen or dropped); its type by content.
    void attachPath(const QString &path);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void scanPages();
    ScanSettings scanSettings() const;
    // The selected material's scanned pages as thumbnails, `select` chosen.
    void showPages(int select = 0);
    void changePages(const std::function<bool(ScannedPages &, int page)> &change, int selectAfter);
    void scanFinished(const ScanResult &result);
    void listScanners();
    void submit();
    void registerApplication(const IntakeApplication &application, const QList<IntakeFile> &files);
    void printReceipt(const IntakeEntry &entry);
    void clearApplicant();
    void reject() override;

    CounterIntake &m_counter;
    // The platform's day, read once: the live checks run at every keystroke, the registration
    // checks again with the day it is then.
    QDate m_today;
    QComboBox *m_item = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_idNote = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_legalRep = nullptr;
    QLineEdit *m_agentName = nullptr;
    QLineEdit *m_agentId = nullptr;
    QLabel *m_agentIdNote = nullptr;
    QLineEdit *m_agentPhone = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
    QTableWidget *m_materials = nullptr;
    QComboBox *m_scanner = nullptr;
    QPushButton *m_scan = nullptr;
    QComboBox *m_resolution = nullptr;
    QComboBox *m_colour = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_paper = nullptr;
    QListWidget *m_pages = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_earlier = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_removePage = nullptr;
    QPushButton *m_cancelScan = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_register = nullptr;
    QList<Row> m_rows;
    ScanJob *m_job = nullptr;
    int m_scanningRow = -1;
    bool m_encoding = false; // the scanned pages are being made into PDFs
};

} // namespace casedesk
