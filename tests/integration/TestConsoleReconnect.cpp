#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"
#include "ui/DashboardWidget.h"
#include "ui/MainWindow.h"
#include "ui/NodeCard.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>

using namespace twinha;
using agentlink::LinkState;
using agentlink::StatusText;

namespace {
bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// For looking at: build/shots/NAME.png.
void shoot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("TWINHA_BIN_DIR") + QStringLiteral("/../shots");
    QDir().mkpath(dir);
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// known_hosts with node1's entry carrying node2's key: node1's key looks changed.
QByteArray withNodeOneKeyChanged(const QByteArray& knownHosts)
{
    QList<QByteArray> lines = knownHosts.trimmed().split('\n');
    if (lines.size() < 2)
        return {};
    const QList<QByteArray> one = lines.at(0).split(' ');
    const QList<QByteArray> two = lines.at(1).split(' ');
    lines[0] = one.at(0) + ' ' + two.at(1) + ' ' + two.at(2);
    return lines.join('\n') + '\n';
}
} // namespace

// Getting a node back, in the real window against a lab of its own: a changed host key waits for
// the user and Reconnect succeeds once it is put right; a node that answered before is tried
// again within about 5 s with a countdown; a node whose SSH login works but whose agent does not
// answer is not called unreachable.
class TestConsoleReconnect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<tests::OwnLab> m_lab;

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<tests::OwnLab>();
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
    }

    void cleanupTestCase() { m_lab.reset(); }

    void aChangedHostKeyWaitsForTheUserAndReconnectGetsTheNodeBack()
    {
        QTemporaryDir dir;
        agentlink::ClusterProfile profile = m_lab->profile();
        const QByteArray good = readFile(profile.nodes.at(0).knownHostsFile);
        const QByteArray changed = withNodeOneKeyChanged(good);
        QVERIFY(!changed.isEmpty());
        const QString knownHosts = dir.path() + QStringLiteral("/known_hosts");
        QVERIFY(writeFile(knownHosts, changed));
        for (agentlink::NodeEndpoint& n : profile.nodes)
            n.knownHostsFile = knownHosts;

        ui::MainWindow window;
        window.openCluster(profile, true, false);
        window.show();
        agentlink::ClusterMonitor* monitor = window.monitor();
        ui::NodeCard* card = window.dashboard()->card(0);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->node(0).lastError.code,
                                  QString::fromLatin1(protocol::codes::kHostKeyChanged), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->node(1).link == LinkState::Ready, 20000);
        // Retrying cannot fix a changed key: no countdown; the card offers Reconnect.
        QVERIFY(!monitor->node(0).retryAt.isValid());
        QVERIFY(card->reconnectButton()->isVisible());
        QCOMPARE(card->reconnectButton()->text(), ui::NodeCard::tr("&Reconnect"));
        QVERIFY2(!card->retryText().contains(QStringLiteral("Retrying")), qPrintable(card->retryText()));
        const int attempts = monitor->client(0)->attempts();
        QTRY_VERIFY(card->reconnectButton()->width() >= card->reconnectButton()->sizeHint().width());
        shoot(&window, QStringLiteral("console-reconnect-host-key"));

        // The administrator puts the key right (as ssh-keygen -R and a new trust would), then reconnects.
        QVERIFY(writeFile(knownHosts, good));
        QTest::mouseClick(card->reconnectButton(), Qt::LeftButton);
        QCOMPARE(monitor->client(0)->attempts(), attempts + 1);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->node(0).link == LinkState::Ready, 20000);
        QVERIFY(!card->reconnectButton()->isVisible());
    }

    void sshThatWorksWithAnAgentThatDoesNotAnswerIsNotCalledUnreachable()
    {
        agentlink::ClusterProfile profile = m_lab->profile();
        for (agentlink::NodeEndpoint& n : profile.nodes)
            n.agentCommand = QStringLiteral("exit 7"); // logged in; no agent speaks
        ui::MainWindow window;
        window.openCluster(profile, false, false);
        window.show();
        agentlink::ClusterMonitor* monitor = window.monitor();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->allSettled(), 20000);
        QCOMPARE(monitor->view().diagnosis, agentlink::ClusterDiagnosis::BothUnreachable);
        const QString text = window.dashboard()->diagnosisText();
        QVERIFY2(text != StatusText::diagnosis(agentlink::ClusterDiagnosis::BothUnreachable, QString()),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("logs in to both nodes over SSH")), qPrintable(text));
        auto* reach = window.dashboard()->card(1)->findChild<QLabel*>(QStringLiteral("reach"));
        QCOMPARE(reach->text(), ui::NodeCard::tr("SSH login works; the agent does not answer"));

        // node2 not even reachable over SSH: the sentence says which is which.
        agentlink::ClusterProfile mixed = profile;
        mixed.name = QStringLiteral("mixed");
        mixed.nodes[1].port = 1; // refused
        ui::MainWindow second;
        second.openCluster(mixed, false, false);
        second.show();
        QTRY_VERIFY_WITH_TIMEOUT(second.monitor()->allSettled(), 20000);
        const QString mixedText = second.dashboard()->diagnosisText();
        QVERIFY2(mixedText.contains(QStringLiteral("logs in to node1 over SSH")) &&
                     mixedText.contains(QStringLiteral("cannot reach node2")),
                 qPrintable(mixedText));
    }

    // Last: it kills node2's sshd.
    void aNodeThatAnsweredBeforeIsRetriedWithinFiveSecondsWithACountdown()
    {
        ui::MainWindow window;
        window.openCluster(m_lab->profile(), true, false);
        window.show();
        agentlink::ClusterMonitor* monitor = window.monitor();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->node(1).link == LinkState::Ready, 20000);
        ui::NodeCard* card = window.dashboard()->card(1);
        const int before = monitor->client(1)->attempts();

        int longest = 0;
        QTimer sampler;
        sampler.setInterval(20);
        connect(&sampler, &QTimer::timeout, this,
                [&] { longest = std::max(longest, monitor->client(1)->nextRetryMs()); });
        sampler.start();
        tests::signalWithChildren(m_lab->pid(QStringLiteral("NODE2_SSHD_PID")), SIGKILL);
        const QRegularExpression countdown(QStringLiteral("^Retrying in ([1-5]) s\\.$"));
        QTRY_VERIFY_WITH_TIMEOUT(countdown.match(card->retryText()).hasMatch(), 15000);
        QCOMPARE(card->reconnectButton()->text(), ui::NodeCard::tr("Retry &now"));
        QTRY_VERIFY(card->reconnectButton()->width() >= card->reconnectButton()->sizeHint().width());
        shoot(&window, QStringLiteral("console-retry-countdown"));
        // Six failures in a row: the old backoff would be at 16 s by now, this one stays at 5 s.
        QTRY_VERIFY_WITH_TIMEOUT(monitor->client(1)->attempts() >= before + 6, 40000);
        sampler.stop();
        QVERIFY2(longest <= 5000, qPrintable(QString::number(longest)));
        QVERIFY(longest >= 3000); // the backoff did grow
    }
};

QTEST_MAIN(TestConsoleReconnect)
#include "TestConsoleReconnect.moc"
