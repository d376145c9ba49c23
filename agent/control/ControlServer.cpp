#include "agent/control/ControlServer.h"

#include "agent/AgentLog.h"
#include "agent/control/ControlConnection.h"
#include "agent/control/StatusProvider.h"
#include "agent/control/UnixSocketConnector.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agent {

ControlServer::ControlServer(StatusProvider* status, const ControlMethods* methods, QObject* parent)
    : QObject(parent)
    , m_methods(methods)
{
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
    m_statusConnection = connect(status, &StatusProvider::statusChanged, this, &ControlServer::onStatusChanged);
}

ControlServer::~ControlServer()
{
    close();
}

ControlServer::ListenResult ControlServer::listen(const QString& socketPath, QString* error)
{
    // QLocalServer takes a name without a leading '/' as relative to the temp folder, not to us.
    const QString path = QFileInfo(socketPath).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create folder %1").arg(folder);
        return ListenResult::Failed;
    }
    ListenResult result = ListenResult::Failed;
    if (!removeStaleSocket(path, &result, error))
        return result;
    // Qt binds with these permissions already applied, so there is no moment of a wider mode.
    m_server.setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    if (!m_server.listen(path)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(path, m_server.errorString());
        return ListenResult::Failed;
    }
    if (!applyAccess(path, error)) {
        m_server.close();
        return ListenResult::Failed;
    }
    m_path = path;
    AgentLog::get("agent.control")->info("listening on {}", path.toStdString());
    return ListenResult::Listening;
}

bool ControlServer::applyAccess(const QString& path, QString* error)
{
    const QByteArray encoded = QFile::encodeName(path);
    QString groupName = m_access.socketGroup;
    // Unset: the package's group `twinha` where it exists (the setup wizard puts the console's SSH
    // user in it), so that an unconfigured agent run by systemd can be reached by that user.
    if (groupName.isEmpty() && ::geteuid() == 0 && ::getgrnam(ControlConfig::kPackageGroup))
        groupName = QLatin1String(ControlConfig::kPackageGroup);
    if (!groupName.isEmpty()) {
        const group* g = ::getgrnam(groupName.toLocal8Bit().constData());
        if (!g || ::chown(encoded.constData(), uid_t(-1), g->gr_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to group %2").arg(path, groupName);
            return false;
        }
    }
    if (::chmod(encoded.constData(), mode_t(m_access.socketMode)) != 0) {
        *error = QStringLiteral("cannot set the mode of %1").arg(path);
        return false;
    }
    return true;
}

bool ControlServer::removeStaleSocket(const QString& path, ListenResult* result, QString* error)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st
    {};
    if (::lstat(encoded.constData(), &st) != 0)
        return true; // nothing there
    if (!S_ISSOCK(st.st_mode)) {
        *error = QStringLiteral("%1 exists and is not a socket; not touching it").arg(path);
        return false;
    }
    int err = 0;
    const int fd = UnixSocketConnector::connect(path, &err);
    if (fd >= 0) {
        ::close(fd);
        *result = ListenResult::AlreadyRunning;
        *error = QStringLiteral("another twinha-agent daemon is already listening on %1").arg(path);
        return false;
    }
    if (err != ECONNREFUSED) {
        *error = QStringLiteral("cannot tell whether %1 is in use: %2").arg(path, UnixSocketConnector::errorText(err));
        return false;
    }
    if (::unlink(encoded.constData()) != 0) {
        *error = QStringLiteral("cannot remove stale socket %1: %2").arg(path, UnixSocketConnector::errorText(errno));
        return false;
    }
    AgentLog::get("agent.control")->info("removed stale socket {}", path.toStdString());
    return true;
}

bool ControlServer::rebind(StatusProvider* status, const ControlMethods* methods, const ControlConfig& access,
                           QString* error)
{
    disconnect(m_statusConnection);
    m_methods = methods;
    m_statusConnection = connect(status, &StatusProvider::statusChanged, this, &ControlServer::onStatusChanged);
    for (ControlConnection* c : std::as_const(m_connections))
        c->setMethods(methods);
    m_access = access;
    return m_path.isEmpty() || applyAccess(m_path, error);
}

void ControlServer::close()
{
    for (ControlConnection* c : std::as_const(m_connections)) {
        c->disconnect(this);
        delete c;
    }
    m_connections.clear();
    if (m_server.isListening())
        m_server.close(); // also removes the socket file
    m_path.clear();
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        auto* c = new ControlConnection(socket, m_methods, m_nextId++, m_access.operatorsGroup, this);
        connect(c, &ControlConnection::closed, this, &ControlServer::onClosed);
        m_connections.append(c);
        AgentLog::get("agent.control")->debug("client {} connected", c->id());
    }
}

void ControlServer::onClosed(ControlConnection* connection)
{
    AgentLog::get("agent.control")->debug("client {} disconnected", connection->id());
    m_connections.removeOne(connection);
    connection->deleteLater();
}

void ControlServer::onStatusChanged(const protocol::NodeStatus& status)
{
    if (m_connections.isEmpty())
        return;
    const protocol::RpcMessage push =
        protocol::RpcMessage::notification(QString::fromLatin1(protocol::methods::kStatusChanged), status.toJson());
    // A copy: send() may drop a client that stopped reading, which edits m_connections.
    const QList<ControlConnection*> targets = m_connections;
    for (ControlConnection* c : targets) {
        if (c->isSubscribed())
            c->send(push);
    }
}

void ControlServer::broadcast(const protocol::RpcMessage& message)
{
    const QList<ControlConnection*> targets = m_connections; // send() may drop a client
    for (ControlConnection* c : targets)
        c->send(message);
}

} // namespace twinha::agent
