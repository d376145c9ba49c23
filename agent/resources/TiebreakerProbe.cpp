#include "agent/resources/TiebreakerProbe.h"

#include "agent/AgentLog.h"
#include "agent/resources/IcmpEcho.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>

#include <utility>

namespace twinha::agent {

TiebreakerProbe::TiebreakerProbe(const QString& target, QObject* parent)
    : QObject(parent)
    , m_target(target)
{
    m_tcpTimer.setSingleShot(true);
    m_tcpTimer.setInterval(kTcpTimeoutMs);
    connect(&m_tcpTimer, &QTimer::timeout, this, [this] { done(false, -1, QStringLiteral("timeout")); });
    connect(&m_runner, &CommandRunner::finished, this, &TiebreakerProbe::onPingFinished);
}

void TiebreakerProbe::start()
{
    m_done = false;
    m_elapsed.start();
    if (!m_target.startsWith(QLatin1String("tcp:"))) {
        startPing(m_target);
        return;
    }
    const QString rest = m_target.mid(4);
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    QString host = rest.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const quint16 port = rest.mid(colon + 1).toUShort(&ok);
    if (colon <= 0 || !ok || port == 0 || host.isEmpty()) {
        doneLater(QStringLiteral("invalid target"));
        return;
    }
    startTcp(host, port);
}

void TiebreakerProbe::startPing(const QString& host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('-'))) { // never let a target become an option
        doneLater(QStringLiteral("invalid target"));
        return;
    }
    // An address is pinged from here; a name, or a node where no ICMP socket can be opened, goes
    // through ping(8), which resolves names and may hold a file capability.
    const QHostAddress address(host);
    if (!address.isNull()) {
        m_echo = new IcmpEcho(this);
        connect(m_echo, &IcmpEcho::finished, this,
                [this](bool answered, double rttMs, const QString& detail) { done(answered, rttMs, detail); });
        QString why;
        if (m_echo->start(address, kEchoTimeoutMs, &why))
            return;
        delete m_echo;
        m_echo = nullptr;
        if (!std::exchange(m_saidWhyPing, true))
            AgentLog::get("agent.tiebreaker")
                ->info("{}: pinging with ping(8): {}", host.toStdString(), why.toStdString());
    }
    const QString ping = CommandRunner::findTool(QStringLiteral("ping"));
    if (ping.isEmpty()) {
        doneLater(QStringLiteral("ping not installed"));
        return;
    }
    m_runner.setTimeoutMs(kPingTimeoutMs);
    m_runner.run(ping, {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-W"),
                        QStringLiteral("1"), host});
}

void TiebreakerProbe::onPingFinished(const CommandRunner::Result& result)
{
    if (result.ok()) {
        static const QRegularExpression rtt(QStringLiteral("time[=<]([0-9.]+) ms"));
        const QRegularExpressionMatch m = rtt.match(QString::fromUtf8(result.stdoutData));
        done(true, m.hasMatch() ? m.captured(1).toDouble() : double(result.elapsedMs), QString());
        return;
    }
    QString detail = result.stderrTail.trimmed().section(QLatin1Char('\n'), -1);
    if (result.timedOut)
        detail = QStringLiteral("timeout");
    else if (detail.isEmpty())
        detail = QStringLiteral("no reply");
    done(false, -1, detail);
}

void TiebreakerProbe::startTcp(const QString& host, quint16 port)
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] { done(true, m_elapsed.nsecsElapsed() / 1e6, QString()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { done(false, -1, m_socket->errorString()); });
    m_tcpTimer.start();
    m_socket->connectToHost(host, port);
}

void TiebreakerProbe::doneLater(const QString& detail)
{
    // The caller connects to finished() after start(); answer once it has returned.
    QTimer::singleShot(0, this, [this, detail] { done(false, -1, detail); });
}

void TiebreakerProbe::done(bool reachable, double rttMs, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    m_tcpTimer.stop();
    if (m_echo) {
        m_echo->disconnect(this);
        m_echo->deleteLater();
        m_echo = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(
        QJsonObject{{QStringLiteral("target"), m_target},
                    {QStringLiteral("reachable"), reachable},
                    {QStringLiteral("rtt_ms"), reachable ? QJsonValue(rttMs) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("detail"), detail}});
}

} // namespace twinha::agent
