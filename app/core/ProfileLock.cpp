#include "ProfileLock.h"

#include "Logging.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace casedesk {

namespace {
constexpr char kShow[] = "show\n";
constexpr char kShown[] = "shown\n";
} // namespace

ProfileLock::ProfileLock(const Profile &profile, QObject *parent)
    : QObject(parent), m_profileDir(profile.dir()),
      m_serverName(QStringLiteral("casedesk-")
                   + QString::fromLatin1(
                           QCryptographicHash::hash(QDir(profile.dir()).canonicalPath().toUtf8(),
                                                    QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24))),
      m_file(QDir(profile.dir()).filePath(QStringLiteral("casedesk.lock")))
{
    // Only a dead holder makes the lock stale, never the file's age: an app open all day keeps
    // its profile.
    m_file.setStaleLockTime(0);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine(64) == kShow) {
                    socket->write(kShown);
                    socket->flush();
                    Q_EMIT showRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

ProfileLock::~ProfileLock()
{
    m_server.close();
    if (m_file.isLocked())
        m_file.unlock();
}

bool ProfileLock::tryLock()
{
    if (m_file.isLocked())
        return true;
    if (!m_file.tryLock(0)) {
        m_error = m_file.error();
        if (m_error == QLockFile::PermissionError) {
            qCWarning(lcUi).noquote() << "profile" << m_profileDir << "cannot be written";
            return false;
        }
        qint64 pid = 0;
        QString host, app;
        m_file.getLockInfo(&pid, &host, &app);
        qCWarning(lcUi).noquote() << "profile" << m_profileDir << "is held by process" << pid
                                  << "on" << host;
        return false;
    }
    m_error = QLockFile::NoError;
    // A socket left by a killed holder would refuse the name.
    QLocalServer::removeServer(m_serverName);
    if (!m_server.listen(m_serverName))
        qCWarning(lcUi).noquote() << "cannot listen for later instances:" << m_server.errorString();
    return true;
}

bool ProfileLock::askHolderToShow(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine(64) == kShown;
}

QString ProfileLock::refusal() const
{
    if (m_error == QLockFile::PermissionError)
        return QCoreApplication::translate(
                       "casedesk::ProfileLock",
                       "The profile folder %1 cannot be written. Ask the administrator to give "
                       "you write access to it.")
                .arg(QDir::toNativeSeparators(m_profileDir));
    qint64 pid = 0;
    QString host, app;
    m_file.getLockInfo(&pid, &host, &app);
    return QCoreApplication::translate(
                   "casedesk::ProfileLock",
                   "CaseDesk is already open on this profile (process %1 on %2). Use that "
                   "window, or close it first: two windows on one profile would both write its "
                   "cache.")
            .arg(pid)
            .arg(host.isEmpty()
                         ? QCoreApplication::translate("casedesk::ProfileLock", "this computer")
                         : host);
}

} // namespace casedesk
