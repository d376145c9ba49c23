#include "tests/bench/ConsoleScale/RecordedLab.h"

#include "tests/bench/ConsoleScale/SessionRecording.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>
#include <memory>
#include <vector>

namespace twinha::bench {

namespace {
QString labScript()
{
    return QStringLiteral(TWINHA_SOURCE_DIR) + QStringLiteral("/tests/lab/lab.sh");
}
} // namespace

RecordedLab::RecordedLab()
    : m_lab(m_tmp.path() + QStringLiteral("/lab"))
{}

RecordedLab::~RecordedLab()
{
    if (m_up)
        QProcess::execute(labScript(), {QStringLiteral("down"), m_lab, QStringLiteral("--purge")});
}

QString RecordedLab::player() const
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/twinha-session-player");
}

QString RecordedLab::recordingOf(int node) const
{
    return m_tmp.path() + QStringLiteral("/node%1.session").arg(node + 1);
}

bool RecordedLab::up()
{
    const QString agent = QCoreApplication::applicationDirPath() + QStringLiteral("/twinha-agent");
    QProcess lab;
    lab.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The 200 servers of 100 real pairs would be 200 machines: here their sshd, shells and players
    // share the console's two cores, so they run only when the console leaves a CPU idle
    // (SCHED_IDLE, which their children inherit), the console at normal priority.
    lab.start(QStringLiteral("chrt"),
              {QStringLiteral("--idle"), QStringLiteral("0"), QStringLiteral("nice"), QStringLiteral("-n"),
               QStringLiteral("19"), labScript(), QStringLiteral("up"), m_lab, QStringLiteral("--agent"), agent});
    m_up = lab.waitForFinished(60000) && lab.exitCode() == 0;
    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(m_lab + QStringLiteral("/profile.json"), &error);
    if (!m_up || !profile || profile->nodes.size() != 2) {
        std::fprintf(stderr, "bench_console_scale: the recorded lab did not come up\n");
        return false;
    }
    m_profile = *profile;
    return true;
}

agentlink::ClusterProfile RecordedLab::recordingProfile() const
{
    agentlink::ClusterProfile p = m_profile;
    for (int i = 0; i < p.nodes.size(); ++i)
        p.nodes[i].agentCommand =
            player() + QStringLiteral(" record ") + recordingOf(i) + QStringLiteral(" -- ") + p.nodes[i].agentCommand;
    return p;
}

bool RecordedLab::recorded() const
{
    for (int i = 0; i < m_profile.nodes.size(); ++i) {
        SessionRecording r;
        QString error;
        if (!r.load(recordingOf(i), &error)) {
            std::fprintf(stderr, "bench_console_scale: %s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

double RecordedLab::opensshLoginsS(int count) const
{
    std::vector<std::unique_ptr<QProcess>> logins;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const agentlink::NodeEndpoint& n = m_profile.nodes.at(i % 2);
        auto ssh = std::make_unique<QProcess>();
        ssh->setStandardInputFile(QProcess::nullDevice());
        ssh->start(QStringLiteral("ssh"),
                   {QStringLiteral("-q"), QStringLiteral("-i"), n.identityFile, QStringLiteral("-o"),
                    QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
                    // libssh's choice; OpenSSH's default (sntrup761x25519) cost its client ~85 ms more a login here
                    QStringLiteral("KexAlgorithms=curve25519-sha256"), QStringLiteral("-o"),
                    QStringLiteral("UserKnownHostsFile=") + n.knownHostsFile, QStringLiteral("-o"),
                    QStringLiteral("BatchMode=yes"), QStringLiteral("-p"), QString::number(n.port),
                    n.user + QLatin1Char('@') + n.host, QStringLiteral("true")});
        logins.push_back(std::move(ssh));
    }
    bool ok = true;
    for (auto& ssh : logins)
        ok = ssh->waitForFinished(120000) && ssh->exitStatus() == QProcess::NormalExit && ssh->exitCode() == 0 && ok;
    return ok ? double(clock.elapsed()) / 1000 : -1;
}

QList<agentlink::ClusterProfile> RecordedLab::playedPairs(int count) const
{
    QList<agentlink::ClusterProfile> pairs;
    for (int n = 1; n <= count; ++n) {
        agentlink::ClusterProfile p = m_profile;
        p.name = QStringLiteral("pair-%1").arg(n, 3, 10, QLatin1Char('0'));
        for (int i = 0; i < p.nodes.size(); ++i)
            p.nodes[i].agentCommand = player() + QStringLiteral(" play ") + recordingOf(i);
        pairs.append(p);
    }
    return pairs;
}

} // namespace twinha::bench
