#include "tests/netns/NetnsLab.h"

#include "tests/integration/RunProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace twinha::tests::netns {

QString NetnsLab::script()
{
    const QString source = qEnvironmentVariable("TWINHA_SOURCE_DIR", QStringLiteral(TWINHA_NETNS_SOURCE_DIR));
    return source + QStringLiteral("/tests/netns/netns-lab.sh");
}

QString NetnsLab::binPath(const QString& name)
{
    return qEnvironmentVariable("TWINHA_BIN_DIR", QStringLiteral(TWINHA_NETNS_BIN_DIR)) + QLatin1Char('/') + name;
}

QString NetnsLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("the network-namespace lab needs root (ip netns, veth, bridges)");
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty() ||
        QProcess::execute(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")}) != 0)
        return QStringLiteral("'ip netns' is not available (package iproute2, and a kernel with namespaces)");
    if (QStandardPaths::findExecutable(QStringLiteral("busybox")).isEmpty())
        return QStringLiteral("busybox is not installed (the lab's HTTP service is busybox httpd)");
    return {};
}

NetnsLab::NetnsLab(const QStringList& options)
    : m_keep(qEnvironmentVariableIsSet("TWINHA_NETNS_KEEP")) // every lab's logs, also when it passed
{
    const QString parent = QDir::cleanPath(binPath(QStringLiteral("../netns-labs")));
    QDir().mkpath(parent);
    QTemporaryDir tmp(parent + QStringLiteral("/lab-XXXXXX"));
    tmp.setAutoRemove(false); // `down --purge` removes it
    m_dir = tmp.path();
    QStringList args{QStringLiteral("up"), m_dir, QStringLiteral("--owner"),
                     QString::number(QCoreApplication::applicationPid())};
    if (!options.contains(QStringLiteral("--keepalived"))) // $TWINHA_AGENT: e.g. a release build's agent
        args << QStringLiteral("--agent")
             << qEnvironmentVariable("TWINHA_AGENT", binPath(QStringLiteral("twinha-agent")));
    m_up = runScript(args + options, 90000, &m_output);
    readEnv();
    m_up = m_up && !m_env.isEmpty();
}

NetnsLab::~NetnsLab()
{
    if (m_dir.isEmpty())
        return;
    QStringList args{QStringLiteral("down"), m_dir};
    if (!m_keep)
        args << QStringLiteral("--purge");
    else
        qWarning("netns lab files kept for their logs: %s", qPrintable(m_dir));
    runScript(args, 60000);
}

bool NetnsLab::runScript(const QStringList& args, int timeoutMs, QString* output) const
{
    QByteArray printed;
    const bool ok = tests::run(script(), args, &printed, timeoutMs) == 0;
    const QString text = QString::fromUtf8(printed);
    if (output)
        *output = text;
    if (!ok && !output)
        qWarning("netns-lab.sh %s failed:\n%s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(text));
    return ok;
}

void NetnsLab::readEnv()
{
    QFile file(m_dir + QStringLiteral("/lab.env"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!line.startsWith(QLatin1Char('#')) && eq > 0) // later lines win: restarted agents
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
}

qint64 NetnsLab::servicePid(int node, int port) const
{
    QFile f(nodeDir(node) + QStringLiteral("/http-%1.pid").arg(port));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = f.readAll().trimmed().toLongLong();
    return pid > 0 && isAlive(pid) ? pid : 0;
}

bool NetnsLab::startService(int node) const
{
    const QString service = QFileInfo(script()).absolutePath() + QStringLiteral("/http-service.sh");
    return exec(QStringLiteral("node%1").arg(node),
                {QStringLiteral("env"), QStringLiteral("TWINHA_NODE=node%1").arg(node), service,
                 QStringLiteral("start"), value(QStringLiteral("LAB_DIR")), value(QStringLiteral("HTTP_PORT1"))}) == 0;
}

bool NetnsLab::isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && paren + 2 < text.size() && text.at(paren + 2) != 'Z'; // a zombie has ended
}

void NetnsLab::terminate(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

bool NetnsLab::fault(const QStringList& args) const
{
    return runScript(QStringList{QStringLiteral("fault"), m_dir} + args, 20000);
}

bool NetnsLab::startAgent(int node)
{
    const bool ok = runScript({QStringLiteral("start-agent"), m_dir, QStringLiteral("node%1").arg(node)}, 30000);
    readEnv();
    return ok;
}

bool NetnsLab::powerOn(int node)
{
    const bool ok = runScript({QStringLiteral("power-on"), m_dir, QStringLiteral("node%1").arg(node)}, 30000);
    readEnv();
    return ok;
}

bool NetnsLab::startKeepalived(int node)
{
    const bool ok = runScript({QStringLiteral("start-keepalived"), m_dir, QStringLiteral("node%1").arg(node)}, 30000);
    readEnv();
    return ok;
}

int NetnsLab::exec(const QString& role, const QStringList& command, QByteArray* output, int timeoutMs) const
{
    return tests::run(QStringLiteral("ip"),
                      QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns(role)} + command, output,
                      timeoutMs);
}

QList<qint64> NetnsLab::pidsIn(const QString& role) const
{
    QProcess p;
    p.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), ns(role)});
    p.waitForFinished(10000);
    QList<qint64> pids;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (const qint64 pid = line.trimmed().toLongLong(); pid > 0)
            pids << pid;
    return pids;
}

} // namespace twinha::tests::netns
