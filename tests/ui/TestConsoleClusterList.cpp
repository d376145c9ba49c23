#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "ui/ClusterListWidget.h"
#include "ui/DashboardWidget.h"
#include "ui/MainWindow.h"
#include "ui/NodeCard.h"
#include "ui/WelcomePage.h"
#include "ui/dashboard/ReadinessPanel.h"
#include "ui/wizard/SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using agentlink::LinkState;

namespace {
// A port on 127.0.0.1 that nothing listens on: connecting is refused at once.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const int port = server.serverPort();
    server.close();
    return port;
}

QString writeProfile(const QString& dir, const QString& file, const QString& name, int port)
{
    QJsonArray nodes;
    for (const char* node : {"node1", "node2"})
        nodes.append(QJsonObject{{QStringLiteral("name"), QLatin1String(node)},
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), port},
                                 {QStringLiteral("user"), QStringLiteral("nobody")}});
    const QJsonObject profile{{QStringLiteral("twinha_profile"), 1},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("known_hosts"), QStringLiteral("known_hosts")},
                              {QStringLiteral("nodes"), nodes}};
    const QString path = dir + QLatin1Char('/') + file;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(profile).toJson());
    return path;
}

// What a live agent would push: node `index` connected, with one group ready to switch over.
void feedLive(agentlink::ClusterMonitor* monitor, int index)
{
    const QString name = monitor->node(index).endpoint.name;
    const QJsonObject readiness{{QStringLiteral("group"), QStringLiteral("web")},
                                {QStringLiteral("kind"), QStringLiteral("switchover")},
                                {QStringLiteral("from"), QStringLiteral("node1")},
                                {QStringLiteral("to"), QStringLiteral("node2")},
                                {QStringLiteral("ready"), true},
                                {QStringLiteral("reasons"), QJsonArray{}}};
    const QJsonObject status{
        {QStringLiteral("node"), name},
        {QStringLiteral("role"), index == 0 ? QStringLiteral("active") : QStringLiteral("standby")},
        {QStringLiteral("epoch"), 3},
        {QStringLiteral("readiness"), QJsonArray{readiness}}};
    agentlink::AgentClient* client = monitor->client(index);
    Q_EMIT client->stateChanged(LinkState::Ready);
    Q_EMIT client->statusReceived(protocol::NodeStatus::fromJson(status));
}

QList<QPushButton*> visibleButtons(QWidget* root)
{
    QList<QPushButton*> shown;
    for (QPushButton* b : root->findChildren<QPushButton*>())
        if (b->isVisibleTo(root))
            shown << b;
    return shown;
}
} // namespace

// The console's list of pairs and its empty state: the first run shows the welcome page, not
// empty cards; a profile opened twice is selected, not listed twice; removing the last pair
// leaves nothing of it on screen; Reconnect and Retry now try a node again at once.
class TestConsoleClusterList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TwinHA-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestConsoleClusterList"));
        QVERIFY(m_dir.isValid());
        m_port = closedPort();
    }

    void init() { QSettings().clear(); }

    void firstRunShowsTheWelcomePageInsteadOfEmptyCards()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.showsWelcome());
        QVERIFY(window.welcome()->isVisible());
        QVERIFY(!window.dashboard()->isVisible());
        for (ui::NodeCard* card : window.findChildren<ui::NodeCard*>())
            QVERIFY2(!card->isVisible(), "an empty node card is on screen");
        auto* newButton = window.welcome()->findChild<QPushButton*>(QStringLiteral("welcomeNewCluster"));
        auto* openButton = window.welcome()->findChild<QPushButton*>(QStringLiteral("welcomeOpenProfile"));
        QVERIFY(newButton && newButton->isVisible());
        QVERIFY(openButton && openButton->isVisible());
        QCOMPARE(newButton->text(), ui::MainWindow::tr("&New cluster…"));
        QCOMPARE(openButton->text(), ui::WelcomePage::tr("&Open profile…"));
        auto* demo = window.welcome()->findChild<QLabel*>(QStringLiteral("welcomeDemo"));
        QVERIFY(demo && demo->isVisible());
        QVERIFY2(demo->text().contains(QStringLiteral("./quickstart.sh demo")), qPrintable(demo->text()));

        // "New cluster…" is the setup wizard.
        bool wizardShown = false;
        QTimer closer;
        closer.setInterval(50);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto* wizard = qobject_cast<ui::SetupWizard*>(QApplication::activeModalWidget())) {
                wizardShown = true;
                wizard->reject();
            }
        });
        closer.start();
        QTest::mouseClick(newButton, Qt::LeftButton);
        closer.stop();
        QVERIFY(wizardShown);
        QVERIFY(window.showsWelcome()); // cancelled: still nothing open
    }

    void openingAnOpenProfileAgainSelectsIt()
    {
        const QString a = writeProfile(m_dir.path(), QStringLiteral("a.json"), QStringLiteral("alpha"), m_port);
        const QString b = writeProfile(m_dir.path(), QStringLiteral("b.json"), QStringLiteral("beta"), m_port);
        const QString copyOfA =
            writeProfile(m_dir.path(), QStringLiteral("a-copy.json"), QStringLiteral("alpha"), m_port);
        ui::MainWindow window;
        window.show();
        // As with --cluster a.json: open, not remembered.
        auto profile = agentlink::ClusterProfile::load(a, nullptr);
        QVERIFY(profile);
        window.openCluster(*profile, false, false, a, false);
        QVERIFY(!window.showsWelcome());
        QVERIFY(window.openProfileFile(a));
        QCOMPARE(window.clusterCount(), 1);
        QVERIFY(window.openProfileFile(b));
        QCOMPARE(window.clusterCount(), 2);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("beta"));

        QVERIFY(window.openProfileFile(m_dir.path() + QStringLiteral("/./a.json"))); // another spelling
        QCOMPARE(window.clusterCount(), 2);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
        QVERIFY(window.openProfileFile(b));
        QVERIFY(window.openProfileFile(copyOfA)); // another file for the same pair
        QCOMPARE(window.clusterCount(), 2);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
        auto* list = window.findChild<ui::ClusterListWidget*>(QStringLiteral("clusterList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentCluster(), 0);
        // File ▸ Open remembered it, once, for the next start.
        QCOMPARE(QSettings().value(QStringLiteral("clusters/profiles")).toStringList().size(), 2);
    }

    void removingTheLastClusterLeavesACleanEmptyState()
    {
        const QString a = writeProfile(m_dir.path(), QStringLiteral("a.json"), QStringLiteral("alpha"), m_port);
        ui::MainWindow window;
        window.show();
        auto profile = agentlink::ClusterProfile::load(a, nullptr);
        QVERIFY(profile);
        window.openCluster(*profile, false, false, a);
        agentlink::ClusterMonitor* monitor = window.monitor();
        // The real attempts fail first (refused); then the agents' words are fed in.
        QTRY_VERIFY_WITH_TIMEOUT(monitor->allSettled(), 10000);
        feedLive(monitor, 0);
        feedLive(monitor, 1);
        ui::DashboardWidget* dash = window.dashboard();
        QVERIFY(dash->isVisible());
        QVERIFY(dash->card(0)->isVisible());
        QCOMPARE(dash->card(0)->findChild<QLabel*>(QStringLiteral("nodeTitle"))->text(), QStringLiteral("node1"));
        auto* switchButton = dash->readiness()->findChild<QPushButton*>(QStringLiteral("switchoverButton0"));
        QVERIFY(switchButton);
        QTRY_VERIFY(switchButton->isVisible()); // a layout shows a new child on the next turn of the loop

        window.removeCluster(0);
        QCOMPARE(window.clusterCount(), 0);
        QVERIFY(window.showsWelcome());
        QVERIFY(window.welcome()->isVisible());
        QVERIFY(!dash->showsPair());
        // Nothing of the removed pair stays on the dashboard, even where it is not in view.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(dash->card(i)->isHidden());
            QVERIFY(dash->card(i)->findChild<QLabel*>(QStringLiteral("nodeTitle"))->text().isEmpty());
        }
        QVERIFY(dash->readiness()->isHidden());
        QVERIFY2(visibleButtons(dash).isEmpty(), "a button of the removed pair is still on the dashboard");
        QVERIFY(QSettings().value(QStringLiteral("clusters/profiles")).toStringList().isEmpty());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("reconnectAction"))->isEnabled());
    }

    void removingOneOfTwoShowsTheOther()
    {
        const QString a = writeProfile(m_dir.path(), QStringLiteral("a.json"), QStringLiteral("alpha"), m_port);
        const QString b = writeProfile(m_dir.path(), QStringLiteral("b.json"), QStringLiteral("beta"), m_port);
        ui::MainWindow window;
        window.show();
        window.openCluster(*agentlink::ClusterProfile::load(a, nullptr), false, false, a);
        window.openCluster(*agentlink::ClusterProfile::load(b, nullptr), false, false, b);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("beta"));
        window.removeCluster(1);
        QCOMPARE(window.clusterCount(), 1);
        QVERIFY(!window.showsWelcome());
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
        QVERIFY(window.dashboard()->showsPair());
        QVERIFY(window.dashboard()->card(0)->isVisible());
    }

    // The remembered pairs at start: each opens in a turn of the event loop of its own (so the
    // window answers while 100 come up), and the first is the one selected and drawn.
    void openingManyOpensOnePerTurnAndSelectsTheFirst()
    {
        QList<agentlink::ClusterProfile> profiles;
        QStringList paths;
        for (const QString& name : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
            paths << writeProfile(m_dir.path(), name + QStringLiteral(".json"), name, m_port);
            profiles << *agentlink::ClusterProfile::load(paths.last(), nullptr);
        }
        ui::MainWindow window;
        window.show();
        window.openClusters(profiles, paths, false);
        QCOMPARE(window.clusterCount(), 0); // none before the loop turns
        QCoreApplication::processEvents();
        QVERIFY(window.clusterCount() >= 1 && window.clusterCount() < 3);
        QTRY_COMPARE(window.clusterCount(), 3);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
        QVERIFY(window.dashboard()->showsPair());
        window.openClusters({profiles.at(1)}, {paths.at(1)}, false); // open already: nothing added
        QTest::qWait(50);
        QCOMPARE(window.clusterCount(), 3);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
    }

    // The worst first, whatever order the pairs were opened in; the selected pair stays selected as
    // the rows move, and a pair is still named by the order it was opened in; the filter matches
    // the name or the state.
    void theListShowsTheWorstFirstAndFilters()
    {
        const QStringList names{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        ui::MainWindow window;
        window.show();
        for (const QString& name : names) {
            const QString path = writeProfile(m_dir.path(), name + QStringLiteral(".json"), name, m_port);
            window.openCluster(*agentlink::ClusterProfile::load(path, nullptr), false, false, path);
        }
        auto* list = window.findChild<ui::ClusterListWidget*>(QStringLiteral("clusterList"));
        QVERIFY(list);
        QList<agentlink::ClusterMonitor*> monitors;
        for (int i = 0; i < 3; ++i)
            monitors << list->monitorAt(i);
        const auto unreachable = [](const agentlink::ClusterMonitor* m) {
            return m->view().health == agentlink::ClusterHealth::Unreachable;
        };
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(monitors.cbegin(), monitors.cend(), unreachable), 15000);
        QCOMPARE(list->shownNames(), names);
        list->setCurrentCluster(0);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));

        // alpha is reached: it goes below the pairs the console cannot reach, and stays selected.
        feedLive(monitors[0], 0);
        feedLive(monitors[0], 1);
        QTRY_VERIFY(!unreachable(monitors[0]));
        QCOMPARE(list->shownNames(),
                 (QStringList{QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("alpha")}));
        QCOMPARE(list->currentCluster(), 0);
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
        QVERIFY(list->rowText(0).startsWith(QStringLiteral("alpha\n")));

        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("clusterFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->placeholderText(), ui::MainWindow::tr("Filter by name or state…"));
        filter->setText(QStringLiteral("GAM"));
        QCOMPARE(list->shownNames(), QStringList{QStringLiteral("gamma")});
        filter->setText(agentlink::StatusText::health(agentlink::ClusterHealth::Unreachable));
        QCOMPARE(list->shownNames(), (QStringList{QStringLiteral("beta"), QStringLiteral("gamma")}));
        filter->clear();
        QCOMPARE(list->shownNames().size(), 3);

        // Removing pair 1 (beta, as opened) removes beta, wherever its row is.
        window.removeCluster(1);
        QCOMPARE(list->shownNames(), (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha")}));
        QCOMPARE(window.monitor()->profile().name, QStringLiteral("alpha"));
    }

    void retryNowAndReconnectTryAgainAtOnce()
    {
        const QString a = writeProfile(m_dir.path(), QStringLiteral("a.json"), QStringLiteral("alpha"), m_port);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProfileFile(a));
        agentlink::ClusterMonitor* monitor = window.monitor();
        ui::NodeCard* card = window.dashboard()->card(0);
        // Refused twice: the next retry is about 2 s away, and the card counts down to it.
        QTRY_VERIFY_WITH_TIMEOUT(monitor->client(0)->attempts() >= 2 && monitor->client(0)->nextRetryMs() > 1000,
                                 15000);
        const QRegularExpression countdown(QStringLiteral("^Retrying in (\\d+) s\\.$"));
        QTRY_VERIFY_WITH_TIMEOUT(countdown.match(card->retryText()).hasMatch(), 3000);
        QVERIFY(card->reconnectButton()->isVisible());
        QCOMPARE(card->reconnectButton()->text(), ui::NodeCard::tr("Retry &now"));

        // Retry now: a new attempt at once, not when the backoff ends.
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor->node(0).link == LinkState::Disconnected && monitor->client(0)->nextRetryMs() > 1000, 15000);
        int before = monitor->client(0)->attempts();
        QTest::mouseClick(card->reconnectButton(), Qt::LeftButton);
        QCOMPARE(monitor->client(0)->attempts(), before + 1);

        // Cluster ▸ Reconnect and the list's context menu: every node not connected, at once.
        auto* action = window.findChild<QAction*>(QStringLiteral("reconnectAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), ui::MainWindow::tr("&Reconnect"));
        for (int round = 0; round < 2; ++round) {
            QTRY_VERIFY_WITH_TIMEOUT(
                monitor->node(0).link == LinkState::Disconnected && monitor->node(1).link == LinkState::Disconnected &&
                    monitor->client(0)->nextRetryMs() > 500 && monitor->client(1)->nextRetryMs() > 500,
                20000);
            const int before0 = monitor->client(0)->attempts();
            const int before1 = monitor->client(1)->attempts();
            if (round == 0) {
                action->trigger();
            } else {
                auto* list = window.findChild<ui::ClusterListWidget*>(QStringLiteral("clusterList"));
                QMenu* menu = list->contextMenuFor(0);
                auto* item = menu->findChild<QAction*>(QStringLiteral("clusterReconnect"));
                QVERIFY(item);
                item->trigger();
                delete menu;
            }
            QCOMPARE(monitor->client(0)->attempts(), before0 + 1);
            QCOMPARE(monitor->client(1)->attempts(), before1 + 1);
        }
    }
};

QTEST_MAIN(TestConsoleClusterList)
#include "TestConsoleClusterList.moc"
