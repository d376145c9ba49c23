#include "agentlink/ClusterProfile.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/gui/WizardDriver.h"
#include "tests/integration/OwnLab.h"
#include "tests/integration/ScriptedPrompter.h"
#include "ui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinha;
using tests::OwnLab;
using ui::SetupWizard;
using namespace tests::wizard;

// The replication page's PostgreSQL choice against two blank agents (lab.sh up --blank): both
// agents list this machine's Debian clusters (the lab's two nodes share one machine), the box
// shows them with the problems the agents found, and Next stores a postgresql resource and
// channel in the model. Needs a running cluster listed by pg_lsclusters (Debian's 15/main:
// `pg_ctlcluster 15 main start`); skipped without one. The page is saved as
// shots/wizard-replication-postgres-en.png.
class TestWizardPostgres : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnLab> m_lab;
    QTemporaryDir m_profiles;
    QString m_dataDir; // of the first online cluster pg_lsclusters lists
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QProcess list;
        list.start(QStringLiteral("pg_lsclusters"), {QStringLiteral("--no-header")});
        if (!list.waitForFinished(10000) || list.exitCode() != 0)
            QSKIP("pg_lsclusters is not installed");
        for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() >= 7 && f.at(3).startsWith("online")) {
                m_port = f.at(2).toInt();
                m_dataDir = QString::fromUtf8(f.at(5));
                break;
            }
        }
        if (m_dataDir.isEmpty())
            QSKIP("no PostgreSQL cluster runs here; start one with pg_ctlcluster 15 main start");
        m_lab = std::make_unique<OwnLab>(QStringList{QStringLiteral("--blank")});
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
        QVERIFY(m_profiles.isValid());
    }

    void cleanupTestCase() { m_lab.reset(); }

    void theClustersOfBothNodesAreListedCheckedAndStored()
    {
        SetupWizard wizard(m_profiles.path());
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        QVERIFY(showWizard(wizard, prompter, QSize(900, 680)));

        setText(&wizard, QStringLiteral("clusterName"), QStringLiteral("pg"));
        const agentlink::ClusterProfile lab = m_lab->profile();
        for (int i = 0; i < 2; ++i) {
            const agentlink::NodeEndpoint& n = lab.nodes.at(i);
            const QString suffix = QString::number(i);
            setText(&wizard, QStringLiteral("host") + suffix, n.host);
            find<QSpinBox>(&wizard, QStringLiteral("port") + suffix)->setValue(n.port);
            setText(&wizard, QStringLiteral("user") + suffix, n.user);
            setText(&wizard, QStringLiteral("identity") + suffix, n.identityFile);
            setText(&wizard, QStringLiteral("agentCommand") + suffix, n.agentCommand);
        }
        next(wizard, SetupWizard::ConnectPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        next(wizard, SetupWizard::ModePageId);
        find<QAbstractButton>(&wizard, QStringLiteral("modeHotStandby"))->click();
        next(wizard, SetupWizard::LinksPageId);
        wizard.model().links[0].address = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")};
        wizard.model().links[0].port = {m_lab->value(QStringLiteral("NODE1_HB_PORT")).toInt(),
                                        m_lab->value(QStringLiteral("NODE2_HB_PORT")).toInt()};
        wizard.currentPage()->initializePage();
        next(wizard, SetupWizard::GroupsPageId);
        ui::WizardModel::Resource vip;
        vip.type = protocol::ResourceType::Vip;
        vip.name = QStringLiteral("service-ip");
        vip.address = QStringLiteral("192.0.2.10/24");
        vip.interface = QStringLiteral("lo");
        wizard.model().groups[0].name = QStringLiteral("service");
        wizard.model().groups[0].resources = {vip};
        wizard.currentPage()->initializePage();
        next(wizard, SetupWizard::ReplicationPageId);

        // Choosing PostgreSQL asks both agents at once.
        find<QAbstractButton>(&wizard, QStringLiteral("replicationPostgres"))->click();
        auto* checks0 = find<QLabel>(&wizard, QStringLiteral("postgresChecks0"));
        auto* checks1 = find<QLabel>(&wizard, QStringLiteral("postgresChecks1"));
        auto* clusters0 = find<QComboBox>(&wizard, QStringLiteral("postgresCluster0"));
        QVERIFY(checks0 && checks1 && clusters0 && checks0->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(find<QAbstractButton>(&wizard, QStringLiteral("postgresDiscover"))->isEnabled(),
                                 30000);
        QVERIFY2(clusters0->count() > 0, qPrintable(checks0->text()));
        QVERIFY2(clusters0->currentText().contains(QStringLiteral("port %1").arg(m_port)),
                 qPrintable(clusters0->currentText()));
        QVERIFY2(clusters0->currentText().contains(QStringLiteral("running")), qPrintable(clusters0->currentText()));
        // The agents' findings in the console's words: whether the role exists is for the agent to say,
        // and its sentence (or the check mark) is what the label shows.
        QVERIFY2(checks0->text().contains(QStringLiteral("Data in %1").arg(m_dataDir)), qPrintable(checks0->text()));
        QCOMPARE(checks1->text(), checks0->text()); // one machine: both agents see the same cluster
        const QString noRole = agentlink::ErrorText::describe(
            protocol::RpcError::make(QString::fromLatin1(protocol::codes::kPgNoReplicationUser),
                                     {{QStringLiteral("user"), QStringLiteral("replicator")}}));
        QVERIFY2(checks0->text().contains(noRole) || checks0->text().startsWith(QStringLiteral("✓")),
                 qPrintable(checks0->text()));
        // Both agents report the one cluster of this machine, a primary: two primaries, which the box
        // warns of instead of showing a lag.
        auto* firstLag = find<QLabel>(&wizard, QStringLiteral("postgresFirstLag"));
        QVERIFY2(firstLag->text().startsWith(QStringLiteral("⚠ Both clusters run as primaries")),
                 qPrintable(firstLag->text()));

        find<QSpinBox>(&wizard, QStringLiteral("postgresMaxLagMiB"))->setValue(16);
        const QString dir = qEnvironmentVariable("TWINHA_SHOTS_DIR");
        QVERIFY(QDir().mkpath(dir));
        wizard.currentPage()->findChild<QScrollArea*>()->ensureWidgetVisible(firstLag);
        const QStringList clipped = settledClippedWidgets(&wizard);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-replication-postgres-en.png")));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));

        next(wizard, SetupWizard::FailoverPageId);
        const ui::WizardModel& m = wizard.model();
        QCOMPARE(m.replications.size(), 1);
        QCOMPARE(m.replications[0].type, protocol::ReplicationType::Postgresql);
        QCOMPARE(m.replications[0].maxLagBytes, 16 * 1024 * 1024);
        QCOMPARE(m.groups[0].resources.size(), 2);
        const ui::WizardModel::Resource& db = m.groups[0].resources[0]; // before the address
        QCOMPARE(db.type, protocol::ResourceType::Postgresql);
        QCOMPARE(db.dataDir[0], m_dataDir);
        QCOMPARE(db.pgEndpoint[1], QStringLiteral("127.0.0.1:%1").arg(m_port));
        QCOMPARE(db.replicationUser, QStringLiteral("replicator"));
        QVERIFY(!db.runAs.isEmpty() && db.runAs != QLatin1String("root"));
        QCOMPARE(m.groups[0].resources[1].name, QStringLiteral("service-ip"));
        // Back and Next again: the resource is updated where it is, not added twice.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ReplicationPageId));
        QVERIFY(find<QAbstractButton>(&wizard, QStringLiteral("replicationPostgres"))->isChecked());
        next(wizard, SetupWizard::FailoverPageId);
        QCOMPARE(m.groups[0].resources.size(), 2);
        QCOMPARE(m.groups[0].resources[0].type, protocol::ResourceType::Postgresql);
        QCOMPARE(m.replications[0].maxLagBytes, 16 * 1024 * 1024);

        // The agents compose cluster.toml from it, and both accept it.
        next(wizard, SetupWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        const QString text = find<QPlainTextEdit>(&wizard, QStringLiteral("configText"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("type = \"postgresql\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("data_dir = \"%1\"").arg(m_dataDir)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("replication_user = \"replicator\"")));
        QVERIFY(text.contains(QStringLiteral("max_lag_bytes = 16777216")));
        QVERIFY(text.indexOf(QStringLiteral("name = \"db\"")) < text.indexOf(QStringLiteral("name = \"service-ip\"")));
    }
};

QTEST_MAIN(TestWizardPostgres)
#include "TestWizardPostgres.moc"
