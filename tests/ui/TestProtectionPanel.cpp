// The dashboard's protection line, fed with statuses as the agents send them: the ping-only
// warning shows in the warning colour, the witness and its lease holder are named, an older
// agent leaves the line hidden, and a language change reaches the texts.
#include "PseudoTranslator.h"
#include "agentlink/ClusterView.h"
#include "agentlink/ProtectionText.h"
#include "ui/dashboard/HealthBadge.h"
#include "ui/dashboard/ProtectionPanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QtTest>

using namespace twinha;
using agentlink::NodeView;
using agentlink::ProtectionText;

namespace {
// The members status.get carries for the protection; none at all for an older agent.
QJsonObject status(const QString& node, const QJsonValue& protection, const QJsonValue& witness = {})
{
    QJsonObject s{{QStringLiteral("node"), node}, {QStringLiteral("role"), QStringLiteral("active")}};
    if (!protection.isNull()) {
        s.insert(QStringLiteral("protection"), protection);
        s.insert(QStringLiteral("witness"), witness);
    }
    return s;
}

agentlink::ClusterView viewOf(const QJsonObject& first, const QJsonObject& second)
{
    QList<NodeView> nodes;
    for (const QJsonObject& s : {first, second}) {
        NodeView n;
        n.endpoint.name = s.value(QStringLiteral("node")).toString();
        n.link = agentlink::LinkState::Ready;
        n.status = protocol::NodeStatus::fromJson(s);
        nodes << n;
    }
    return agentlink::ClusterView::build(nodes);
}

QJsonObject witness(bool reachable)
{
    return {{QStringLiteral("address"), QStringLiteral("10.77.1.253:5410")},
            {QStringLiteral("ttl_ms"), 2000},
            {QStringLiteral("reachable"), reachable},
            {QStringLiteral("answer_age_ms"), reachable ? QJsonValue(120) : QJsonValue()},
            {QStringLiteral("leases"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                                                              {QStringLiteral("held"), true},
                                                              {QStringLiteral("holder"), QStringLiteral("node1")},
                                                              {QStringLiteral("remaining_ms"), 1875},
                                                              {QStringLiteral("generation"), 4}}}}};
}

QString warningColour()
{
    return ui::healthColor(agentlink::ClusterHealth::Degraded).name();
}
} // namespace

class TestProtectionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingOnlyShowsTheSplitWarningInTheWarningColour()
    {
        QWidget window;
        auto* panel = new ui::ProtectionPanel(&window);
        window.show();
        const agentlink::ClusterView v = viewOf(status(QStringLiteral("node1"), QStringLiteral("ping_only")),
                                                status(QStringLiteral("node2"), QStringLiteral("ping_only")));
        panel->setProtection(v.protection);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->levelText(), QStringLiteral("Protection: Ping tiebreakers only"));
        QVERIFY(panel->warns());
        QVERIFY(panel->detailText().contains(ProtectionText::pingOnlyWarning()));
        auto* detail = panel->findChild<QLabel*>(QStringLiteral("protectionDetail"));
        QVERIFY(detail->text().contains(warningColour()));
        QVERIFY(detail->text().contains(QStringLiteral("cannot prevent two active nodes")));
        auto* level = panel->findChild<QLabel*>(QStringLiteral("protectionLevel"));
        QVERIFY(level->styleSheet().contains(warningColour()));
        QVERIFY(!level->toolTip().isEmpty());
    }

    void witnessNamesItsAddressAndTheLeaseHolder()
    {
        QWidget window;
        auto* panel = new ui::ProtectionPanel(&window);
        window.show();
        const agentlink::ClusterView v =
            viewOf(status(QStringLiteral("node1"), QStringLiteral("witness"), witness(true)),
                   status(QStringLiteral("node2"), QStringLiteral("witness"), witness(true)));
        panel->setProtection(v.protection);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->levelText(), QStringLiteral("Protection: Witness"));
        QVERIFY(!panel->warns());
        QVERIFY(panel->detailText().contains(QStringLiteral("Witness 10.77.1.253:5410 answers both nodes.")));
        QVERIFY(panel->detailText().contains(QStringLiteral("Lease of service: node1, 1.9 s left.")));
        auto* detail = panel->findChild<QLabel*>(QStringLiteral("protectionDetail"));
        QVERIFY(!detail->text().contains(warningColour()));
    }

    void aWitnessThatDoesNotAnswerIsAWarning()
    {
        ui::ProtectionPanel panel;
        const agentlink::ClusterView v =
            viewOf(status(QStringLiteral("node1"), QStringLiteral("witness"), witness(false)),
                   status(QStringLiteral("node2"), QStringLiteral("witness"), witness(false)));
        panel.setProtection(v.protection);
        QVERIFY(panel.warns());
        QVERIFY(panel.detailText().contains(QStringLiteral("does not answer: automatic failover cannot happen")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("protectionDetail"))->text().contains(warningColour()));
    }

    void fencingIsNamedAndAFailedFenceIsAnAlert()
    {
        QWidget window;
        auto* panel = new ui::ProtectionPanel(&window);
        window.show();
        QJsonObject first = status(QStringLiteral("node1"), QStringLiteral("witness_fencing"), witness(true));
        first.insert(QStringLiteral("fencing"), QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                                                            {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                                            {QStringLiteral("state"), QStringLiteral("idle")},
                                                            {QStringLiteral("since_ms"), 90000}});
        QJsonObject second = status(QStringLiteral("node2"), QStringLiteral("witness_fencing"), witness(true));
        panel->setProtection(viewOf(first, second).protection);
        QCOMPARE(panel->levelText(), QStringLiteral("Protection: Witness and fencing"));
        QVERIFY(!panel->warns());
        QVERIFY(panel->detailText().contains(QStringLiteral("Fencing: node2 by fence_ipmilan.")));

        first.insert(QStringLiteral("fencing"),
                     QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                                 {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                 {QStringLiteral("state"), QStringLiteral("failed")},
                                 {QStringLiteral("since_ms"), 300},
                                 {QStringLiteral("code"), QStringLiteral("FENCE_FAILED")},
                                 {QStringLiteral("params"),
                                  QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                                              {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                              {QStringLiteral("exit_status"), 1},
                                              {QStringLiteral("detail"), QStringLiteral("no route to host")}}}});
        panel->setProtection(viewOf(first, second).protection);
        QVERIFY(panel->alerts());
        QVERIFY(
            panel->detailText().startsWith(QStringLiteral("Fencing node2 with fence_ipmilan failed (exit status 1)")));
        const QString red = ui::healthColor(agentlink::ClusterHealth::SplitBrain).name();
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("protectionDetail"))->text().contains(red));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("protectionLevel"))->styleSheet().contains(red));
    }

    void olderAgentsLeaveTheLineHidden()
    {
        QWidget window;
        auto* panel = new ui::ProtectionPanel(&window);
        window.show();
        panel->setProtection(viewOf(status(QStringLiteral("node1"), QStringLiteral("ping_only")),
                                    status(QStringLiteral("node2"), QStringLiteral("ping_only")))
                                 .protection);
        QVERIFY(panel->isVisible());
        panel->setProtection(
            viewOf(status(QStringLiteral("node1"), QJsonValue()), status(QStringLiteral("node2"), QJsonValue()))
                .protection);
        QVERIFY(!panel->isVisible());
        QVERIFY(panel->levelText().isEmpty());
        QVERIFY(panel->detailText().isEmpty());
    }

    void languageChangeReachesTheTexts()
    {
        ui::ProtectionPanel panel;
        panel.setProtection(viewOf(status(QStringLiteral("node1"), QStringLiteral("ping_only")),
                                   status(QStringLiteral("node2"), QStringLiteral("ping_only")))
                                .protection);
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        QVERIFY2(PseudoTranslator::isPseudo(panel.levelText()), qPrintable(panel.levelText()));
        QVERIFY(PseudoTranslator::isPseudo(panel.detailText()));
        QCoreApplication::removeTranslator(&pseudo);
    }
};

QTEST_MAIN(TestProtectionPanel)
#include "TestProtectionPanel.moc"
