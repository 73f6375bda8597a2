#pragma once

#include "cases/Intake.h"
#include "notices/IntakeReceipt.h"
#include "store/IntakeRegister.h"
#include "store/MaterialUploads.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Workspace;

// One file of a material handed in at the counter: its scanned pages made into one PDF
// (scan/ScannedPdf) or a file from disk.
struct IntakeFile
{
    int material = -1; // index into IntakeApplication::materials
    QByteArray content;
    QByteArray mimeType;
};

// 窗口收件, for the counter view and `casedesk-cli intake`: the department's items to choose
// from, the checks an application must pass, its registration (a provisional case in the
// inbox at once, the files in the vault, the platform's case at the next sync) and the
// receipt. No widgets; every call is one short transaction on the opening thread.
class CounterIntake
{
public:
    explicit CounterIntake(Workspace &workspace);

    // The items of the user's department whose name or code holds `search` (all when empty),
    // by name.
    QList<ServiceItem> items(const QString &search = {}) const;
    std::optional<ServiceItem> item(const QString &code) const;

    // Everything that keeps `application` from being registered, in the clerk's words, on
    // `today` (the platform's day; a form checking at every keystroke reads it once).
    QStringList problems(const IntakeApplication &application, QDate today) const;
    QDate today() const;

    // What a file from disk is, by its content (never by its name): a PDF, an OFD, JPEG, PNG
    // or TIFF. Empty, with the reason, when it cannot be a material.
    static QByteArray materialType(const QByteArray &content, QString *problem);
    static constexpr qint64 kLargestFile = 200LL * 1024 * 1024;

    // Registers it and keeps its files in the vault under the new case. Nothing is registered
    // when it has a problem, or when a file cannot be kept.
    std::optional<IntakeEntry> submit(const IntakeApplication &application,
                                      const QList<IntakeFile> &files, QString *error);

    // The receipt laid out, with the case's current number (the platform's once it has one),
    // for the print preview and the PDF alike.
    std::optional<NoticeDocument> receiptDocument(const IntakeEntry &entry, QString *error) const;
    // `document` as PDF, with a copy kept in the vault for the reprint. A copy that cannot be
    // kept is no reason to withhold the receipt: `keepError` says why it was not.
    std::optional<QByteArray> keepReceipt(const IntakeEntry &entry, const NoticeDocument &document,
                                          QString *error, QString *keepError = nullptr) const;
    // Both in one.
    std::optional<QByteArray> receipt(const IntakeEntry &entry, QString *error,
                                      QString *keepError = nullptr) const;

    // By either id or either number.
    std::optional<IntakeEntry> find(const QString &idOrNumber, QString *error = nullptr) const;
    QList<IntakeEntry> recent(int limit = 50, QString *error = nullptr) const;

    // The latest file of `slot` (fileId, receiptId) kept for `entry`.
    std::optional<QByteArray> storedFile(const IntakeEntry &entry, const QString &slot,
                                         QString *error = nullptr) const;
    // Its files on their way to the platform, or there, oldest first.
    QList<MaterialUpload> uploads(const IntakeEntry &entry) const;

    // What a material of an intake is in its case (its upload's slot), and its receipt.
    static QString fileId(int index) { return QStringLiteral("intake-%1").arg(index); }
    static QString receiptId() { return QStringLiteral("receipt"); }

private:
    IntakeReceipt::Input receiptInput(const IntakeEntry &entry) const;
    Workspace &m_workspace;
};

} // namespace casedesk
