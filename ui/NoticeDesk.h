#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace casedesk {

class CaseDetailsController;
class CredentialStore;
class Workspace;
struct IssuedNotice;

// The window's notices: issues one for the case in the pane (only the kinds that record an
// act of the case, filled from that act), and saves or prints an issued one exactly as it was
// signed, from the vault.
class NoticeDesk : public QObject
{
    Q_OBJECT
public:
    NoticeDesk(Workspace &workspace, CredentialStore &credentials, CaseDetailsController &details,
               QWidget *window);

    // `kind` empty: the first that fits the case.
    void issue(const QString &kind);
    // The notice of `kind` as it would be issued now, unnumbered and marked 草稿, with
    // `approver` as its 批准人 when the case records none yet (a decision about to be approved).
    void preview(const QString &kind, const QString &approver);
    void save(qint64 noticeId);
    void print(qint64 noticeId);

Q_SIGNALS:
    void issued(const QString &number); // signed, waiting for the next sync
    void status(const QString &message);

private:
    std::optional<QByteArray> issuedPdf(qint64 noticeId, IssuedNotice *notice);

    Workspace &m_workspace;
    CredentialStore &m_credentials;
    CaseDetailsController &m_details;
    QWidget *m_window;
};

} // namespace casedesk
