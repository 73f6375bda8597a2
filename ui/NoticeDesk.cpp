#include "NoticeDesk.h"

#include "NoticeDialog.h"
#include "PlainMessage.h"
#include "core/Profile.h"
#include "notices/NoticeIssuer.h"
#include "notices/NoticeStore.h"
#include "session/CaseDetails.h"
#include "session/Workspace.h"
#include "store/AuditLog.h"
#include "store/Vault.h"

#include <QMessageBox>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The issuer over the workspace's cache and vault; null, and the user told why, without the
// data key (notices are kept in the encrypted vault).
struct Issuing
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<NoticeIssuer> issuer;
};
std::optional<Issuing> issuing(Workspace &workspace, QWidget *window, const QString &title)
{
    std::unique_ptr<Vault> vault = workspace.vault();
    if (!vault || !workspace.cases()) {
        QMessageBox::warning(window, title,
                             NoticeDesk::tr("Notices are kept in the encrypted vault, which "
                                            "needs the keychain."));
        return std::nullopt;
    }
    const Profile &profile = workspace.profile();
    auto issuer
            = std::make_unique<NoticeIssuer>(*workspace.database(), *workspace.cases(), vault.get(),
                                             profile.department(), profile.templatesDir());
    issuer->setAuditLog(workspace.audit());
    return Issuing{std::move(vault), std::move(issuer)};
}
} // namespace

NoticeDesk::NoticeDesk(Workspace &workspace, CredentialStore &credentials,
                       CaseDetailsController &details, QWidget *window)
    : QObject(window), m_workspace(workspace), m_credentials(credentials), m_details(details),
      m_window(window)
{
}

void NoticeDesk::issue(const QString &kind)
{
    if (!m_details.details().found)
        return;
    const CaseDetails &d = m_details.details();
    if (d.noticeKinds.isEmpty() || !d.mayIssueNotice) {
        Q_EMIT status(
                d.mayIssueNotice ? tr("No notice records an act of this case yet: notices follow "
                                      "the acceptance, a correction request, a refusal or a "
                                      "decision.")
                        : !d.noticesWait.isEmpty() ? d.noticesWait
                                                   : tr("You may not issue notices on this case."));
        return;
    }
    std::optional<Issuing> desk = issuing(m_workspace, m_window, tr("Issue a notice"));
    if (!desk)
        return;
    Profile &profile = m_workspace.profile();
    NoticeDialog dialog(
            *desk->issuer,
            [this, &profile](QString *error) {
                return NoticeKeys::load(m_credentials, profile, error);
            },
            m_details.noticeRequest(kind), d.noticeKinds,
            [this](const QString &k) { return m_details.noticeRequest(k); }, profile.userName(),
            m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.issued())
        return;
    Q_EMIT issued(dialog.issued()->notice.number);
}

void NoticeDesk::preview(const QString &kind, const QString &approver)
{
    if (!m_details.details().found || kind.isEmpty())
        return;
    std::optional<Issuing> desk = issuing(m_workspace, m_window, tr("Preview of the notice"));
    if (!desk)
        return;
    NoticeRequest request = m_details.noticeRequest(kind);
    if (request.approver.isEmpty())
        request.approver = approver;
    QString error;
    const std::optional<NoticeDocument> draft = desk->issuer->draft(request, &error);
    const std::optional<QByteArray> pdf = draft ? draft->pdf(&error) : std::nullopt;
    if (!pdf) {
        showPlainMessage(m_window, QMessageBox::Warning, tr("Preview of the notice"), error);
        return;
    }
    NoticeDialog::printPdf(*pdf, tr("Draft of the notice"), m_window);
}

std::optional<QByteArray> NoticeDesk::issuedPdf(qint64 noticeId, IssuedNotice *notice)
{
    if (!m_workspace.database())
        return std::nullopt;
    const std::optional<IssuedNotice> n = NoticeStore(*m_workspace.database()).notice(noticeId);
    std::optional<Issuing> desk
            = n ? issuing(m_workspace, m_window, tr("Notice")) : std::optional<Issuing>();
    if (!desk)
        return std::nullopt;
    *notice = *n;
    QString error;
    const std::optional<QByteArray> pdf = desk->issuer->pdf(*n, &error);
    if (!pdf)
        showPlainMessage(m_window, QMessageBox::Warning, tr("Notice"), error);
    return pdf;
}

void NoticeDesk::save(qint64 noticeId)
{
    IssuedNotice notice;
    const std::optional<QByteArray> pdf = issuedPdf(noticeId, &notice);
    if (pdf
        && NoticeDialog::savePdf(
                *pdf, notice.sealRecord,
                QString(notice.number).remove(QRegularExpression(QStringLiteral("[〔〕第号]")))
                        + QStringLiteral(".pdf"),
                m_window))
        m_workspace.audit()->append(m_workspace.profile().userName(), QStringLiteral("export"),
                                    notice.caseId, notice.number);
}

void NoticeDesk::print(qint64 noticeId)
{
    IssuedNotice notice;
    if (const std::optional<QByteArray> pdf = issuedPdf(noticeId, &notice))
        NoticeDialog::printPdf(*pdf, notice.number, m_window);
}

} // namespace casedesk
