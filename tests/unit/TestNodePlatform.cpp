#include "agentlink/AgentInstaller.h"
#include "agentlink/NodePlatform.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agentlink::AgentInstaller;
using twinha::agentlink::AgentPackageFile;
using twinha::agentlink::NodePlatform;

// What the setup wizard's installer makes of a server (NodePlatform) and of a package file's name
// (AgentPackageFile): the real detection command run by this machine's sh, output with a login
// banner around it, Debian and RHEL facts, and the choice of package among several.
class TestNodePlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDetectionCommandReadsThisMachine()
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QString::fromUtf8(NodePlatform::detectionCommand())});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        const NodePlatform p = NodePlatform::parse(sh.readAllStandardOutput());
        QVERIFY(p.valid());
        QCOMPARE(p.uid, int(::getuid()));
        QVERIFY(!p.user.isEmpty());
        QProcess uname;
        uname.start(QStringLiteral("uname"), {QStringLiteral("-m")});
        QVERIFY(uname.waitForFinished(5000));
        QCOMPARE(p.machine, QString::fromUtf8(uname.readAllStandardOutput()).trimmed());
        QCOMPARE(p.id, QStringLiteral("debian")); // this lab is Debian 12
        QCOMPARE(p.packageKind(), NodePlatform::PackageKind::Deb);
        QVERIFY(p.has("dpkg"));
    }

    void aBannerAroundTheFactsChangesNothing()
    {
        const NodePlatform p = NodePlatform::parse("Welcome to mail1! Unauthorized access prohibited.\n"
                                                   "twinha-detect: id=rocky\ntwinha-detect: like=rhel centos fedora\n"
                                                   "twinha-detect: pretty=Rocky Linux 9.3 (Blue Onyx)\n"
                                                   "motd twinha-detect: machine=aarch64\n"
                                                   "twinha-detect: uid=1000\ntwinha-detect: user=admin\n"
                                                   "twinha-detect: tool=rpm\ntwinha-detect: tool=dnf\n"
                                                   "twinha-detect: tool=sudo\ntwinha-detect: systemd=1\nbye\n");
        QVERIFY(p.valid());
        QVERIFY(!p.isRoot());
        QCOMPARE(p.system(), QStringLiteral("Rocky Linux 9.3 (Blue Onyx)"));
        QCOMPARE(p.packageKind(), NodePlatform::PackageKind::Rpm);
        QCOMPARE(p.packageArch(), QStringLiteral("aarch64"));
        QVERIFY(p.systemd && p.has("sudo") && !p.has("apt-get"));
    }

    void debianNamesTheMachineItsOwnWay()
    {
        NodePlatform p = NodePlatform::parse("twinha-detect: machine=x86_64\ntwinha-detect: uid=0\n"
                                             "twinha-detect: tool=dpkg\ntwinha-detect: tool=rpm\n");
        QVERIFY(p.isRoot());
        QCOMPARE(p.packageKind(), NodePlatform::PackageKind::Deb); // rpm as a tool on Debian is not RPM-based
        QCOMPARE(p.packageArch(), QStringLiteral("amd64"));
        p.machine = QStringLiteral("aarch64");
        QCOMPARE(p.packageArch(), QStringLiteral("arm64"));
        p.tools = {QStringLiteral("sh")};
        QCOMPARE(p.packageKind(), NodePlatform::PackageKind::None);
        QVERIFY(!NodePlatform::parse("no facts at all\n").valid());
    }

    void packageNamesAreReadAndMatched()
    {
        const AgentPackageFile deb = AgentPackageFile::parse(QStringLiteral("/x/twinha-agent_0.2.1_amd64.deb"));
        QCOMPARE(deb.kind, NodePlatform::PackageKind::Deb);
        QCOMPARE(deb.version, QStringLiteral("0.2.1"));
        QCOMPARE(deb.arch, QStringLiteral("amd64"));
        const AgentPackageFile rpm = AgentPackageFile::parse(QStringLiteral("twinha-agent-0.2.1-1.x86_64.rpm"));
        QCOMPARE(rpm.kind, NodePlatform::PackageKind::Rpm);
        QCOMPARE(rpm.arch, QStringLiteral("x86_64"));
        QCOMPARE(AgentPackageFile::parse(QStringLiteral("twinha_0.2.1_amd64.deb")).kind,
                 NodePlatform::PackageKind::None); // the console, not the agent

        const NodePlatform debian =
            NodePlatform::parse("twinha-detect: machine=x86_64\ntwinha-detect: uid=0\ntwinha-detect: tool=dpkg\n");
        QVERIFY(deb.suits(debian));
        QVERIFY(!rpm.suits(debian));
        QVERIFY(!AgentPackageFile::parse(QStringLiteral("twinha-agent_0.2.1_arm64.deb")).suits(debian));

        // Among several, the newest that suits.
        QTemporaryDir dir;
        for (const char* name :
             {"twinha-agent_0.1.0_amd64.deb", "twinha-agent_0.10.0_amd64.deb", "twinha-agent_0.9.0_amd64.deb",
              "twinha-agent_0.11.0_arm64.deb", "twinha-agent-0.12.0-1.x86_64.rpm"})
            QVERIFY(QFile(dir.filePath(QLatin1String(name))).open(QIODevice::WriteOnly));
        QCOMPARE(AgentPackageFile::find({dir.path() + QStringLiteral("/none"), dir.path()}, debian),
                 dir.filePath(QStringLiteral("twinha-agent_0.10.0_amd64.deb")));
    }

    void whoMayNotUseSudoGetsTheCommandsForRoot()
    {
        const NodePlatform debian = NodePlatform::parse("twinha-detect: machine=x86_64\ntwinha-detect: uid=1000\n"
                                                        "twinha-detect: tool=dpkg\ntwinha-detect: tool=apt-get\n");
        const QStringList lines =
            AgentInstaller::manualCommands(debian, QStringLiteral("/pkg/twinha-agent_0.1.0_amd64.deb"),
                                           QStringLiteral("ops"), AgentInstaller::Role::Observer);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(
                     QStringLiteral("apt-get install -y --no-install-recommends '/tmp/twinha-agent_0.1.0_amd64.deb'")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(QStringLiteral("usermod -a -G twinha 'ops'")), qPrintable(lines[1]));
        QCOMPARE(lines[2], QStringLiteral("systemctl enable --now twinha-agent.service"));
    }
};

QTEST_MAIN(TestNodePlatform)
#include "TestNodePlatform.moc"
