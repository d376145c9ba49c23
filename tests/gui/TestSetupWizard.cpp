#include "agentlink/ClusterProfile.h"
#include "app/Translator.h"
#include "tests/gui/WizardDriver.h"
#include "tests/integration/ControlClient.h"
#include "tests/integration/OwnLab.h"
#include "tests/integration/ScriptedPrompter.h"
#include "ui/wizard/ConfigDiffView.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace twinha;
using tests::ControlClient;
using tests::OwnLab;
using ui::SetupWizard;
using namespace tests::wizard;

// The setup wizard walked page by page against two agents that have no config yet (lab.sh up
// --blank), as an administrator would, ending with a healthy pair that twinhactl reports; then
// the same pair edited, with a setting the wizard does not model kept. Every page is saved as a
// PNG in English, Chinese and Japanese and checked for clipped text.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnLab> m_lab;
    QTemporaryDir m_profiles;
    QString m_savedProfile;

    static void setDevice(QWidget* root, int node, const QString& device, const QString& options)
    {
        auto* combo = find<QComboBox>(root, QStringLiteral("fenceDevice%1").arg(node));
        auto* lines = find<QPlainTextEdit>(root, QStringLiteral("fenceOptions%1").arg(node));
        QVERIFY(combo && lines);
        combo->setCurrentText(device);
        lines->setPlainText(options);
    }

    void fillHosts(SetupWizard& wizard)
    {
        const agentlink::ClusterProfile lab = m_lab->profile();
        QCOMPARE(lab.nodes.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const agentlink::NodeEndpoint& n = lab.nodes.at(i);
            const QString suffix = QString::number(i);
            setText(&wizard, QStringLiteral("host") + suffix, n.host);
            setNumber(&wizard, QStringLiteral("port") + suffix, n.port);
            setText(&wizard, QStringLiteral("user") + suffix, n.user);
            setText(&wizard, QStringLiteral("identity") + suffix, n.identityFile);
            setText(&wizard, QStringLiteral("agentCommand") + suffix, n.agentCommand);
        }
    }

    QString twinhactl(const QStringList& args, int* exitCode)
    {
        QProcess p;
        p.start(qEnvironmentVariable("TWINHA_BIN_DIR") + QStringLiteral("/twinhactl"),
                QStringList{QStringLiteral("--cluster"), m_savedProfile} + args);
        p.waitForFinished(30000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    QByteArray nodeConfig(int node) const
    {
        QFile f(m_lab->value(QStringLiteral("NODE%1_CONFIG").arg(node)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<OwnLab>(QStringList{QStringLiteral("--blank")});
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
        QVERIFY(m_profiles.isValid());
    }

    void cleanupTestCase() { m_lab.reset(); }

    void aNewClusterFromTwoBlankNodesEndsHealthy()
    {
        SetupWizard wizard(m_profiles.path());
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        QVERIFY(showWizard(wizard, prompter, QSize(900, 680)));

        // 1. Hosts. A wrong entry is refused on the page, with the field named.
        setText(&wizard, QStringLiteral("clusterName"), QStringLiteral("has space"));
        fillHosts(wizard);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::HostsPageId));
        auto* refusal = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("wizardNotice"));
        QVERIFY(refusal && refusal->isVisible());
        setText(&wizard, QStringLiteral("clusterName"), QStringLiteral("mail"));
        QVERIFY2(!refusal->isVisible(), qPrintable(refusal->text())); // fixed: the finding goes
        shoot(wizard);
        next(wizard, SetupWizard::ConnectPageId);

        // 2. Connect: both host keys are new to this console, so both were asked about.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QCOMPARE(prompter->count(agentlink::PromptRequest::Kind::TrustHostKey), 2);
        QCOMPARE(wizard.model().nodeNames[0], QStringLiteral("node1"));
        QCOMPARE(wizard.model().nodeNames[1], QStringLiteral("node2"));
        QVERIFY(!wizard.model().isEdit());
        // Each node's SHA256 fingerprint whole, on one line, in the width it needs.
        for (const char* box : {"connectNode0", "connectNode1"}) {
            auto* fingerprint = wizard.currentPage()
                                    ->findChild<QWidget*>(QLatin1String(box))
                                    ->findChild<QLabel*>(QStringLiteral("fingerprint"));
            QVERIFY(fingerprint && fingerprint->isVisible());
            QVERIFY2(fingerprint->text().startsWith(QStringLiteral("SHA256:")), qPrintable(fingerprint->text()));
            QVERIFY(!fingerprint->wordWrap());
            const int needed = fingerprint->fontMetrics().horizontalAdvance(fingerprint->text());
            QVERIFY2(fingerprint->contentsRect().width() >= needed,
                     qPrintable(
                         QStringLiteral("%1: %2 < %3").arg(QLatin1String(box)).arg(fingerprint->width()).arg(needed)));
        }
        shoot(wizard);
        next(wizard, SetupWizard::ModePageId);

        // 3. Mode
        click(&wizard, QStringLiteral("modeHotStandby"));
        shoot(wizard);
        next(wizard, SetupWizard::LinksPageId);

        // 4. Links: both lab nodes live on 127.0.0.1, so each gets the heartbeat port the lab chose.
        QCOMPARE(wizard.model().links.size(), 1);
        wizard.model().links[0].address = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")};
        wizard.model().links[0].port = {m_lab->value(QStringLiteral("NODE1_HB_PORT")).toInt(),
                                        m_lab->value(QStringLiteral("NODE2_HB_PORT")).toInt()};
        wizard.currentPage()->initializePage(); // shows the model again, as on arrival
        shoot(wizard);
        next(wizard, SetupWizard::GroupsPageId);

        // 5. Groups: the lab's stand-in for a virtual IP, a script that records its holder.
        QCOMPARE(wizard.model().groups.size(), 1);
        setStandInAddressGroup(wizard, QStringLiteral("service"),
                               qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/tests/lab/vip-holder.sh"),
                               m_lab->value(QStringLiteral("VIP_HOLDER_FILE")));
        shoot(wizard);
        next(wizard, SetupWizard::ReplicationPageId);

        // 6. Replication: mirror each node's data folder; the page checks both exist before it lets go.
        click(&wizard, QStringLiteral("replicationMirror"));
        setText(&wizard, QStringLiteral("channelName"), QStringLiteral("data"));
        setText(&wizard, QStringLiteral("mirrorPath"), m_lab->value(QStringLiteral("NODE1_DATA_DIR")));
        find<QCheckBox>(&wizard, QStringLiteral("mirrorPathsDiffer"))->setChecked(true);
        setText(&wizard, QStringLiteral("mirrorPath1"), m_lab->value(QStringLiteral("NODE2_DATA_DIR")));
        setNumber(&wizard, QStringLiteral("mirrorPort"), m_lab->value(QStringLiteral("NODE1_RSYNC_PORT")).toInt());
        setNumber(&wizard, QStringLiteral("mirrorPort1"), m_lab->value(QStringLiteral("NODE2_RSYNC_PORT")).toInt());
        // On the loopback the plain rsync protocol is what the page suggests; this pair goes over SSH
        // anyway (to each node's lab sshd), so Apply sets up the nodes' mirror keys too.
        QVERIFY(find<QRadioButton>(&wizard, QStringLiteral("mirrorOverRsync"))->isChecked());
        click(&wizard, QStringLiteral("mirrorOverSsh"));
        QVERIFY(!find<QSpinBox>(&wizard, QStringLiteral("mirrorPort"))->isVisible()); // each node's sshd instead
        QVERIFY(labelText(&wizard, QStringLiteral("mirrorTransportHint"))
                    .contains(m_lab->value(QStringLiteral("NODE2_SSH_PORT"))));
        shoot(wizard);
        // Check folders: a folder missing on node2 is named, then both are found.
        const QString data2 = m_lab->value(QStringLiteral("NODE2_DATA_DIR"));
        setText(&wizard, QStringLiteral("mirrorPath1"), data2 + QStringLiteral("-missing"));
        click(&wizard, QStringLiteral("checkPaths"));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&wizard, QStringLiteral("pathCheckResult")).contains(QLatin1String("node2")),
                                 15000);
        QVERIFY2(labelText(&wizard, QStringLiteral("pathCheckResult"))
                     .contains(data2 + QStringLiteral("-missing does not exist")),
                 qPrintable(labelText(&wizard, QStringLiteral("pathCheckResult"))));
        setText(&wizard, QStringLiteral("mirrorPath1"), data2);
        QVERIFY(labelText(&wizard, QStringLiteral("pathCheckResult")).isEmpty()); // for other folders: cleared
        click(&wizard, QStringLiteral("checkPaths"));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&wizard, QStringLiteral("pathCheckResult")).contains(QLatin1String("node2")),
                                 15000);
        QVERIFY2(!labelText(&wizard, QStringLiteral("pathCheckResult")).contains(QLatin1String("does not exist")),
                 qPrintable(labelText(&wizard, QStringLiteral("pathCheckResult"))));
        next(wizard, SetupWizard::FailoverPageId);

        // 7. Failover: automatic without a witness or a tiebreaker is refused; manual is the default.
        QCOMPARE(labelText(&wizard, QStringLiteral("wizardProtectionLevel")),
                 QStringLiteral("Protection: Manual failover"));
        click(&wizard, QStringLiteral("failoverAutomatic"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::FailoverPageId));
        QCOMPARE(labelText(&wizard, QStringLiteral("wizardProtectionLevel")),
                 QStringLiteral("Protection: Ping tiebreakers only"));
        // The level follows what is entered, in the dashboard's words.
        setText(&wizard, QStringLiteral("witnessAddress"), QStringLiteral("10.0.0.9:5410"));
        QCOMPARE(labelText(&wizard, QStringLiteral("wizardProtectionLevel")), QStringLiteral("Protection: Witness"));
        setDevice(&wizard, 0, QStringLiteral("fence_ipmilan"),
                  QStringLiteral("ip=10.0.0.21\nusername=admin\npassword_script=cat /etc/twinha/bmc-pass"));
        QVERIFY(labelText(&wizard, QStringLiteral("wizardProtectionText")).contains(QStringLiteral("Only ")));
        setDevice(&wizard, 1, QStringLiteral("fence_ipmilan"), QStringLiteral("ip=10.0.0.22\nusername=admin"));
        QCOMPARE(labelText(&wizard, QStringLiteral("wizardProtectionLevel")),
                 QStringLiteral("Protection: Witness and fencing"));
        QVERIFY(labelText(&wizard, QStringLiteral("takeoverTime")).contains(QStringLiteral("lease TTL 2 s")));
        shoot(wizard);
        auto* tabs = find<QTabWidget>(&wizard, QStringLiteral("failoverTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        shoot(wizard, QStringLiteral("-fencing"));
        tabs->setCurrentIndex(2);
        shoot(wizard, QStringLiteral("-tiebreakers"));
        tabs->setCurrentIndex(0);
        // This lab has neither a witness nor a BMC: back to manual, with nothing to fence.
        setText(&wizard, QStringLiteral("witnessAddress"), QString());
        setDevice(&wizard, 0, QString(), QString());
        setDevice(&wizard, 1, QString(), QString());
        // A tiebreaker that is this machine always answers: refused, with the reason, and not listed.
        // (Without a witness: one would clear the notice, as what automatic failover needs.)
        tabs->setCurrentIndex(2);
        const int listed = find<QListWidget>(&wizard, QStringLiteral("tiebreakers"))->count();
        setText(&wizard, QStringLiteral("tiebreakerInput"), QStringLiteral("127.0.0.1"));
        click(&wizard, QStringLiteral("tiebreakerAdd"));
        QVERIFY(wizard.currentPage()
                    ->findChild<QLabel*>(QStringLiteral("wizardNotice"))
                    ->text()
                    .contains(QLatin1String("this machine itself")));
        QCOMPARE(find<QListWidget>(&wizard, QStringLiteral("tiebreakers"))->count(), listed);
        shoot(wizard, QStringLiteral("-tiebreaker-self"));
        setText(&wizard, QStringLiteral("tiebreakerInput"), QString());
        tabs->setCurrentIndex(0);
        click(&wizard, QStringLiteral("failoverManual"));
        next(wizard, SetupWizard::ReviewPageId);

        // 8. Review: the composed text, accepted by both agents.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        const QString text = find<QPlainTextEdit>(&wizard, QStringLiteral("configText"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("name = \"mail\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("service-ip")));
        QVERIFY2(text.contains(QStringLiteral("transport = \"ssh\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("127.0.0.1:") + m_lab->value(QStringLiteral("NODE2_SSH_PORT"))));
        QVERIFY(!QFile::exists(m_lab->value(QStringLiteral("NODE1_CONFIG")))); // nothing written before Apply
        shoot(wizard);
        next(wizard, SetupWizard::ApplyPageId);

        // 9. Apply: both nodes get it, the pair reports healthy, the profile is saved.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        m_savedProfile = wizard.profilePath();
        QVERIFY(QFile::exists(m_savedProfile));
        // The page says where, to copy: twinhactl needs the path.
        auto* savedPath = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("profilePath"));
        QVERIFY(savedPath && savedPath->isVisible());
        QCOMPARE(savedPath->text(), QFileInfo(m_savedProfile).absoluteFilePath());
        QVERIFY(labelText(wizard.currentPage(), QStringLiteral("profileHint")).contains(savedPath->text()));
        QCOMPARE(nodeConfig(1), nodeConfig(2));
        // Each node lets the other's mirror key in, for the mirror only (the lab's authorized_keys).
        for (const char* node : {"node1", "node2"}) {
            QFile keys(m_lab->dir() + QLatin1Char('/') + QLatin1String(node) + QStringLiteral("/authorized_keys"));
            QVERIFY(keys.open(QIODevice::ReadOnly));
            QVERIFY(keys.readAll().contains(" mirror-serve --state-dir "));
        }
        QCOMPARE(QString::fromUtf8(nodeConfig(1)), text);
        shoot(wizard);

        // The mirror runs: a file written on the active node reaches the standby.
        QFile written(m_lab->value(QStringLiteral("NODE1_DATA_DIR")) + QStringLiteral("/from-node1.txt"));
        QVERIFY(written.open(QIODevice::WriteOnly) && written.write("hello") == 5);
        written.close();
        const QString copy = m_lab->value(QStringLiteral("NODE2_DATA_DIR")) + QStringLiteral("/from-node1.txt");
        // On a change, or at the latest at the mirror's 30 s timer.
        (void)QTest::qWaitFor([&] { return QFile::exists(copy); }, 40000);
        if (!QFile::exists(copy)) {
            QFile log(m_lab->dir() + QStringLiteral("/node1/agent.log"));
            log.open(QIODevice::ReadOnly);
            qWarning("node1's agent log:\n%s", log.readAll().right(3000).constData());
        }
        QVERIFY(QFile::exists(copy));

        int code = -1;
        const QString status = twinhactl({QStringLiteral("status"), QStringLiteral("--json")}, &code);
        QVERIFY2(code == 0, qPrintable(status));
        const QJsonObject report = QJsonDocument::fromJson(status.toUtf8()).object();
        QVERIFY2(!report.isEmpty(), qPrintable(status));
        QCOMPARE(report.value(QStringLiteral("health")).toString(), QStringLiteral("ok"));
        QCOMPARE(report.value(QStringLiteral("cluster")).toString(), QStringLiteral("mail"));

        // 10. The test switchover there and back, measured.
        next(wizard, SetupWizard::TestSwitchoverPageId);
        if (!QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, QStringLiteral("runTest"))->isEnabled(); },
                             30000)) {
            const auto* notice = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("wizardNotice"));
            QFAIL(qPrintable(QStringLiteral("no test switchover: ") + (notice ? notice->text() : QString())));
        }
        click(&wizard, QStringLiteral("runTest"));
        auto* results = find<QTreeWidget>(&wizard, QStringLiteral("testResults"));
        if (!QTest::qWaitFor([&] { return results->topLevelItemCount() == 2 && wizard.currentPage()->isComplete(); },
                             90000)) {
            wizard.grab().save(qEnvironmentVariable("TWINHA_SHOTS_DIR") + QStringLiteral("/wizard-test-failed.png"));
            QFAIL("the test switchover there and back did not finish");
        }
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("node1 → node2"));
        QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("node2 → node1"));
        shoot(wizard);
        wizard.button(QWizard::FinishButton)->click();
    }

    void anEditKeepsWhatTheWizardDoesNotModel()
    {
        QVERIFY2(!m_savedProfile.isEmpty(), "needs the cluster of the test before");
        // A hand edit on both nodes that the wizard does not model, applied as an admin would.
        QByteArray edited = nodeConfig(1);
        QVERIFY(edited.contains("[timing]\n"));
        edited.replace("[timing]\n",
                       "[timing]\n# tuned for the old switch: see ticket 42\nmonitor_interval_ms = 750\n");
        edited.append("\n[[notify]]\nname = \"pager\"\nscript = \"/bin/true\"\nevents = [\"failover\"]\n");
        for (int node : {1, 2}) {
            ControlClient c(m_lab->value(QStringLiteral("NODE%1_SOCKET").arg(node)));
            const auto r =
                c.call(QStringLiteral("config.apply"), {{QStringLiteral("text"), QString::fromUtf8(edited)}});
            QVERIFY(r && r->error.isNull());
        }

        protocol::RpcError error;
        const std::optional<agentlink::ClusterProfile> profile =
            agentlink::ClusterProfile::load(m_savedProfile, &error);
        QVERIFY(profile);
        SetupWizard wizard(m_profiles.path());
        wizard.setPrompter(std::make_shared<tests::ScriptedPrompter>()); // the keys are known now
        wizard.editProfile(*profile);
        wizard.resize(900, 680);
        wizard.show();
        next(wizard, SetupWizard::ConnectPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QVERIFY(wizard.model().isEdit());
        QCOMPARE(wizard.model().groups.value(0).resources.value(0).name, QStringLiteral("service-ip"));
        shoot(wizard, QStringLiteral("-edit"));
        next(wizard, SetupWizard::ModePageId);
        next(wizard, SetupWizard::LinksPageId);
        setNumber(&wizard, QStringLiteral("interval"), 250);
        next(wizard, SetupWizard::GroupsPageId);
        next(wizard, SetupWizard::ReplicationPageId);
        next(wizard, SetupWizard::FailoverPageId);
        // A witness and a fence device for each node; failover stays manual, so nothing calls on them.
        setText(&wizard, QStringLiteral("witnessAddress"), QStringLiteral("127.0.0.1:9"));
        setNumber(&wizard, QStringLiteral("witnessTtl"), 3000);
        setDevice(&wizard, 0, QStringLiteral("/bin/true"), QStringLiteral("plug=node1\n# a comment"));
        setDevice(&wizard, 1, QStringLiteral("true --off"), QString());
        // An option the agent sets itself is refused on the page.
        setDevice(&wizard, 1, QStringLiteral("true --off"), QStringLiteral("action=reboot"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::FailoverPageId));
        setDevice(&wizard, 1, QStringLiteral("true --off"), QString());
        // Alerts: a mail list and a webhook. A bad address is refused on the page, on its tab; the
        // test message goes from both nodes and says why it failed (nothing listens on port 9).
        auto* tabs = find<QTabWidget>(&wizard, QStringLiteral("failoverTabs"));
        setText(&wizard, QStringLiteral("notifyEmail"), QStringLiteral("ops@example.com oncall"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::FailoverPageId));
        QCOMPARE(tabs->currentIndex(), 3);
        QVERIFY(wizard.currentPage()
                    ->findChild<QLabel*>(QStringLiteral("wizardNotice"))
                    ->text()
                    .contains(QLatin1String("\"oncall\"")));
        setText(&wizard, QStringLiteral("notifyEmail"), QString());
        setText(&wizard, QStringLiteral("notifyWebhook"), QStringLiteral("http://127.0.0.1:9/hook"));
        click(&wizard, QStringLiteral("notifyTest"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(&wizard, QStringLiteral("notifyTest"))->isEnabled(), 20000);
        const QString tested = labelText(&wizard, QStringLiteral("notifyTestResult"));
        QVERIFY2(tested.count(QLatin1String("could not post to the webhook")) == 2, qPrintable(tested));
        QVERIFY2(tested.contains(QLatin1String("node1")) && tested.contains(QLatin1String("node2")),
                 qPrintable(tested));
        shoot(wizard, QStringLiteral("-alerts"));
        setText(&wizard, QStringLiteral("notifyEmail"), QStringLiteral("ops@example.com, oncall@example.com"));
        next(wizard, SetupWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        // The edit opens on its changes against the current file.
        auto* diff = find<ui::ConfigDiffView>(&wizard, QStringLiteral("configDiff"));
        QVERIFY(diff && diff->isVisible());
        QVERIFY2(diff->toPlainText().contains(QLatin1String("+ interval_ms = 250")), qPrintable(diff->toPlainText()));
        QVERIFY(diff->toPlainText().contains(QLatin1String("+ [[notify]]")));
        QVERIFY(diff->removed() >= 1);
        QVERIFY(!diff->toPlainText().contains(QLatin1String("- # tuned for the old switch")));
        shoot(wizard, QStringLiteral("-edit"));
        next(wizard, SetupWizard::ApplyPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);

        for (int node : {1, 2}) {
            const QByteArray text = nodeConfig(node);
            QVERIFY2(text.contains("# tuned for the old switch: see ticket 42\nmonitor_interval_ms = 750"),
                     text.constData()); // the hand edit, its comment included
            QVERIFY2(text.contains("interval_ms = 250"), text.constData());
            QVERIFY2(text.contains("127.0.0.1:9") && text.contains("ttl_ms = 3000"), text.constData());
            QVERIFY2(text.contains("email = [ \"ops@example.com\", \"oncall@example.com\" ]") &&
                         text.contains("webhook = \"http://127.0.0.1:9/hook\"") && text.contains("name = \"pager\"") &&
                         text.contains("script = \"/bin/true\""),
                     text.constData());
            QVERIFY2(text.contains("[[fence]]") && text.contains("agent = \"/bin/true\"") &&
                         text.contains("script = \"true --off\"") && text.contains("plug = \"node1\""),
                     text.constData());
        }
        // node1 fences node2 with its device; failover is still manual.
        QTRY_VERIFY_WITH_TIMEOUT(ControlClient(m_lab->value(QStringLiteral("NODE1_SOCKET")))
                                         .status()[QStringLiteral("fencing")][QStringLiteral("device")]
                                         .toString() == QLatin1String("true --off"),
                                 10000);
        // The service kept running on node1 through the edit.
        QCOMPARE(ControlClient(m_lab->value(QStringLiteral("NODE1_SOCKET")))
                     .status()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("active"));
        wizard.button(QWizard::FinishButton)->click();
    }

    void anEditStartsFromTheWitnessAndFencingInTheConfig()
    {
        QVERIFY2(!m_savedProfile.isEmpty(), "needs the cluster of the tests before");
        protocol::RpcError error;
        const std::optional<agentlink::ClusterProfile> profile =
            agentlink::ClusterProfile::load(m_savedProfile, &error);
        QVERIFY(profile);
        SetupWizard wizard(m_profiles.path());
        wizard.setPrompter(std::make_shared<tests::ScriptedPrompter>());
        wizard.editProfile(*profile);
        wizard.resize(900, 680);
        wizard.show();
        next(wizard, SetupWizard::ConnectPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        for (const int page :
             {int(SetupWizard::ModePageId), int(SetupWizard::LinksPageId), int(SetupWizard::GroupsPageId),
              int(SetupWizard::ReplicationPageId), int(SetupWizard::FailoverPageId)})
            next(wizard, page);
        QCOMPARE(find<QLineEdit>(&wizard, QStringLiteral("witnessAddress"))->text(), QStringLiteral("127.0.0.1:9"));
        QCOMPARE(find<QSpinBox>(&wizard, QStringLiteral("witnessTtl"))->value(), 3000);
        QCOMPARE(find<QComboBox>(&wizard, QStringLiteral("fenceDevice0"))->currentText(), QStringLiteral("/bin/true"));
        QCOMPARE(find<QPlainTextEdit>(&wizard, QStringLiteral("fenceOptions0"))->toPlainText(),
                 QStringLiteral("plug=node1"));
        QCOMPARE(find<QComboBox>(&wizard, QStringLiteral("fenceDevice1"))->currentText(), QStringLiteral("true --off"));
        QCOMPARE(find<QLineEdit>(&wizard, QStringLiteral("notifyEmail"))->text(),
                 QStringLiteral("ops@example.com, oncall@example.com"));
        QCOMPARE(find<QLineEdit>(&wizard, QStringLiteral("notifyWebhook"))->text(),
                 QStringLiteral("http://127.0.0.1:9/hook"));
        QCOMPARE(labelText(&wizard, QStringLiteral("wizardProtectionLevel")),
                 QStringLiteral("Protection: Manual failover"));
        wizard.reject();
    }
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
