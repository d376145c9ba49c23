#include "agentlink/CredentialPrompter.h"
#include "tests/FreePort.h"
#include "tests/gui/WizardDriver.h"
#include "tests/integration/OwnLab.h"
#include "tests/integration/ScriptedPrompter.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardModel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include <array>
#include <memory>

using namespace twinha;
using ui::SetupWizard;
using namespace tests::wizard;

// The setup wizard from two bare servers: two blank lab nodes (tests/lab/blank-node.sh: their own
// root on a throw-away overlay, their own host name, an SSH user with a sudo password, no agent).
// The Connect page finds no agent and offers to install it; the wizard installs the twinha-agent
// package built from this build by CPack, over SFTP and sudo, on both, and the pair set up on the
// next pages ends healthy. On the way: a package for the wrong system and a wrong sudo password
// are refused with what went wrong, and nothing is installed. Root only (mount namespaces).
class TestWizardInstallsAgent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QTemporaryDir m_profiles;
    QString m_package;
    std::array<QMap<QString, QString>, 2> m_nodes; // each node's node.env
    std::array<int, 2> m_heartbeatPorts{};

    QString shared() const { return m_work.path() + QStringLiteral("/shared"); }
    QString nodeDir(int i) const { return m_work.path() + QStringLiteral("/node%1").arg(i + 1); }
    static QString source(const QString& path) { return qEnvironmentVariable("TWINHA_SOURCE_DIR") + path; }

    // Runs a command on node i as its SSH user; returns what it printed.
    QByteArray onNode(int i, const QString& command, int* code = nullptr) const
    {
        QByteArray out;
        const int status =
            tests::run(QStringLiteral("ssh"),
                       {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                        QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
                        QStringLiteral("UserKnownHostsFile=") + m_nodes[size_t(i)].value(QStringLiteral("KNOWN_HOSTS")),
                        QStringLiteral("-i"), m_nodes[size_t(i)].value(QStringLiteral("CLIENT_KEY")),
                        QStringLiteral("-p"), m_nodes[size_t(i)].value(QStringLiteral("SSH_PORT")),
                        m_nodes[size_t(i)].value(QStringLiteral("ADMIN_USER")) + QStringLiteral("@127.0.0.1"), command},
                       &out);
        if (code)
            *code = status;
        return out;
    }

    QWidget* nodeBox(SetupWizard& wizard, int i) const
    {
        return wizard.currentPage()->findChild<QWidget*>(QStringLiteral("connectNode%1").arg(i));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the blank lab nodes live in mount namespaces (CI runs it as root)");
        QVERIFY(m_work.isValid() && m_profiles.isValid());
        // The package an administrator would get, from this build.
        QByteArray out;
        const QString build = qEnvironmentVariable("TWINHA_BUILD_DIR");
        QCOMPARE(tests::run(QStringLiteral("cpack"),
                            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                             build + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"),
                             m_work.path() + QStringLiteral("/pkg"), QStringLiteral("-D"),
                             QStringLiteral("CPACK_COMPONENTS_ALL=agent")},
                            &out, 120000),
                 0);
        const QStringList debs =
            QDir(m_work.path() + QStringLiteral("/pkg")).entryList({QStringLiteral("twinha-agent_*.deb")}, QDir::Files);
        QVERIFY2(debs.size() == 1, out.constData());
        m_package = m_work.path() + QStringLiteral("/pkg/") + debs.constFirst();

        // The resource: the lab's stand-in for a virtual IP, its holder file seen by both nodes.
        QVERIFY(QDir().mkpath(shared()));
        QVERIFY(QFile::copy(source(QStringLiteral("/tests/lab/vip-holder.sh")),
                            shared() + QStringLiteral("/vip-holder.sh")));
        for (int i : {0, 1}) {
            const int port = tests::freeTcpPort();
            m_heartbeatPorts[size_t(i)] = tests::freeTcpPort();
            QVERIFY(port > 0 && m_heartbeatPorts[size_t(i)] > 0);
            const int code = tests::run(source(QStringLiteral("/tests/lab/blank-node.sh")),
                                        {QStringLiteral("up"), nodeDir(i), QStringLiteral("node%1").arg(i + 1),
                                         QString::number(port), shared()},
                                        &out, 60000);
            QVERIFY2(code == 0, out.constData());
            for (const QByteArray& line : out.split('\n'))
                if (const qsizetype eq = line.indexOf('='); eq > 0)
                    m_nodes[size_t(i)].insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
            // Blank indeed: no agent, and the user in no group of the agent's.
            int missing = 0;
            onNode(i, QStringLiteral("command -v twinha-agent"), &missing);
            QVERIFY(missing != 0);
        }
    }

    void cleanupTestCase()
    {
        for (int i : {0, 1})
            if (m_work.isValid())
                tests::run(source(QStringLiteral("/tests/lab/blank-node.sh")), {QStringLiteral("down"), nodeDir(i)});
    }

    void theWizardInstallsTheAgentOnBothNodesAndThePairEndsHealthy()
    {
        SetupWizard wizard(m_profiles.path());
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        QVERIFY(showWizard(wizard, prompter, QSize(1000, 760)));

        // 1. Hosts: the servers as they were handed over, an ordinary user with a key.
        setText(&wizard, QStringLiteral("clusterName"), QStringLiteral("web"));
        for (int i : {0, 1}) {
            const QString s = QString::number(i);
            setText(&wizard, QStringLiteral("host") + s, QStringLiteral("127.0.0.1"));
            setNumber(&wizard, QStringLiteral("port") + s,
                      m_nodes[size_t(i)].value(QStringLiteral("SSH_PORT")).toInt());
            setText(&wizard, QStringLiteral("user") + s, m_nodes[size_t(i)].value(QStringLiteral("ADMIN_USER")));
            setText(&wizard, QStringLiteral("identity") + s, m_nodes[size_t(i)].value(QStringLiteral("CLIENT_KEY")));
            setText(&wizard, QStringLiteral("agentCommand") + s, QStringLiteral("twinha-agent session"));
        }
        next(wizard, SetupWizard::ConnectPageId);

        // 2. Connect: no agent on either node, so each offers to install it.
        for (int i : {0, 1}) {
            const QString box = QStringLiteral("agentInstall%1").arg(i);
            QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(&wizard, box) && find<QWidget>(&wizard, box)->isVisible(), 30000);
            QVERIFY(labelText(nodeBox(wizard, i), QStringLiteral("problem")).contains(QStringLiteral("missing")));
        }
        QVERIFY(!wizard.currentPage()->isComplete());
        shoot(wizard, QStringLiteral("-install"));

        // A package for another system is refused before anything is copied.
        const QString rpm = m_work.path() + QStringLiteral("/twinha-agent-0.1.0-1.x86_64.rpm");
        QVERIFY(QFile(rpm).open(QIODevice::WriteOnly));
        setText(&wizard, QStringLiteral("agentPackage0"), rpm);
        click(&wizard, QStringLiteral("installAgent0"));
        QWidget* box0 = find<QWidget>(&wizard, QStringLiteral("agentInstall0"));
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(box0, QStringLiteral("installResult")).contains(QStringLiteral("does not suit")), 30000);
        QVERIFY2(labelText(box0, QStringLiteral("installResult")).contains(QStringLiteral(".deb package for amd64")),
                 qPrintable(labelText(box0, QStringLiteral("installResult"))));
        QVERIFY(labelText(box0, QStringLiteral("installSteps")).contains(QStringLiteral("✗ Detect the system")));

        // A wrong sudo password is asked three times, then refused; nothing is installed.
        prompter->secret = "not-the-password";
        setText(&wizard, QStringLiteral("agentPackage0"), m_package);
        QTRY_VERIFY(find<QAbstractButton>(&wizard, QStringLiteral("installAgent0"))->isEnabled());
        click(&wizard, QStringLiteral("installAgent0"));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(box0, QStringLiteral("installResult")).contains(QStringLiteral("refused")),
                                 60000);
        QCOMPARE(prompter->count(agentlink::PromptRequest::Kind::SudoPassword), 3);
        QCOMPARE(prompter->last().user, m_nodes[0].value(QStringLiteral("ADMIN_USER")));
        int code = 0;
        onNode(0, QStringLiteral("command -v twinha-agent"), &code);
        QVERIFY(code != 0);

        // Now with the right password, on both nodes at once: node 1 as operator, node 2 too.
        prompter->secret = m_nodes[0].value(QStringLiteral("ADMIN_PASSWORD")).toUtf8();
        for (int i : {0, 1}) {
            const QString s = QString::number(i);
            setText(&wizard, QStringLiteral("agentPackage") + s, m_package);
            QTRY_VERIFY(find<QAbstractButton>(&wizard, QStringLiteral("installAgent") + s)->isEnabled());
            click(&wizard, QStringLiteral("installAgent") + s);
        }
        for (int i : {0, 1}) {
            QWidget* box = find<QWidget>(&wizard, QStringLiteral("agentInstall%1").arg(i));
            if (!QTest::qWaitFor(
                    [&] {
                        return labelText(box, QStringLiteral("installResult")).startsWith(QStringLiteral("Installed"));
                    },
                    180000))
                QFAIL(qPrintable(QStringLiteral("node %1: %2\n%3")
                                     .arg(i + 1)
                                     .arg(labelText(box, QStringLiteral("installSteps")),
                                          labelText(box, QStringLiteral("installResult")))));
            QVERIFY(!labelText(box, QStringLiteral("installSteps")).contains(QStringLiteral("✗")));
        }
        if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 60000))
            QFAIL(qPrintable(labelText(nodeBox(wizard, 0), QStringLiteral("problem")) + QLatin1Char('\n') +
                             labelText(nodeBox(wizard, 1), QStringLiteral("problem"))));
        shoot(wizard, QStringLiteral("-installed"));
        QCOMPARE(wizard.model().nodeNames[0], QStringLiteral("node1"));
        QCOMPARE(wizard.model().nodeNames[1], QStringLiteral("node2"));
        for (int i : {0, 1}) {
            // Installed by the package tool, run by the unit, reachable by the SSH user as operator.
            QVERIFY(onNode(i, QStringLiteral("dpkg-query -W -f '${Status}' twinha-agent"))
                        .contains("install ok installed"));
            const QByteArray groups = onNode(i, QStringLiteral("id -nG"));
            QVERIFY2(groups.contains("twinha") && groups.contains("twinha-operators"), groups.constData());
            // What was done stays in view; there is nothing left to press.
            QWidget* box = find<QWidget>(&wizard, QStringLiteral("agentInstall%1").arg(i));
            QVERIFY(box->isVisible());
            QVERIFY(!find<QWidget>(box, QStringLiteral("installAgent%1").arg(i))->isVisible());
        }
        next(wizard, SetupWizard::ModePageId);

        // 3.–7. A hot-standby pair with one group: the stand-in address, held by one node at a time.
        click(&wizard, QStringLiteral("modeHotStandby"));
        next(wizard, SetupWizard::LinksPageId);
        wizard.model().links[0].address = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")};
        wizard.model().links[0].port = {m_heartbeatPorts[0], m_heartbeatPorts[1]};
        wizard.currentPage()->initializePage();
        next(wizard, SetupWizard::GroupsPageId);
        const QString holder = shared() + QStringLiteral("/vip-holder");
        setStandInAddressGroup(wizard, QStringLiteral("web"), shared() + QStringLiteral("/vip-holder.sh"), holder);
        next(wizard, SetupWizard::ReplicationPageId);
        click(&wizard, QStringLiteral("replicationNone"));
        next(wizard, SetupWizard::FailoverPageId);
        click(&wizard, QStringLiteral("failoverManual"));
        next(wizard, SetupWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        next(wizard, SetupWizard::ApplyPageId);

        // 8. Apply: both agents take the config; the pair is healthy, as twinhactl reports it.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 90000);
        QProcess ctl;
        const QString profile = wizard.profilePath();
        QVERIFY(QFile::exists(profile));
        QJsonObject report;
        const bool healthy = QTest::qWaitFor(
            [&] {
                ctl.start(qEnvironmentVariable("TWINHA_BIN_DIR") + QStringLiteral("/twinhactl"),
                          {QStringLiteral("--cluster"), profile, QStringLiteral("status"), QStringLiteral("--json")});
                ctl.waitForFinished(30000);
                report = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
                return report.value(QStringLiteral("health")).toString() == QLatin1String("ok");
            },
            60000);
        QVERIFY2(healthy, QJsonDocument(report).toJson().constData());
        QCOMPARE(report.value(QStringLiteral("cluster")).toString(), QStringLiteral("web"));
        // What runs: the address is held, by exactly one node (the preferred one).
        QFile held(holder);
        QVERIFY(held.open(QIODevice::ReadOnly));
        QCOMPARE(held.readAll().trimmed(), QByteArray("node1"));
        wizard.button(QWizard::CancelButton)->click();
    }
};

QTEST_MAIN(TestWizardInstallsAgent)
#include "TestWizardInstallsAgent.moc"
