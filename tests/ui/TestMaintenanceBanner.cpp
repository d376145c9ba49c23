// Maintenance mode on the dashboard, fed with statuses as the agents send them: the banner shows
// while it is on (cluster or group) and says who and since when; "End maintenance" sends
// maintenance.set {on: false} and shows an observer's refusal as a sentence; the "Maintenance
// mode…" dialog sends on/off for the cluster or one group.
#include "FedMonitor.h"
#include "PseudoTranslator.h"
#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "ui/DashboardWidget.h"
#include "ui/dashboard/MaintenanceBanner.h"
#include "ui/maintenance/MaintenanceDialog.h"
#include "ui/switchover/SwitchoverClient.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace twinha;
using tests::FedMonitor;
using tests::SentRequest;

namespace {
const qint64 kAt = 1764690000000;

QJsonObject status(qint64 seq, bool on, const QStringList& groups = {})
{
    return {{QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("service")},
                                                              {QStringLiteral("held"), false}}}},
            {QStringLiteral("maintenance"), QJsonObject{{QStringLiteral("seq"), seq},
                                                        {QStringLiteral("on"), on},
                                                        {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                                                        {QStringLiteral("by"), QStringLiteral("root@10.0.0.5")},
                                                        {QStringLiteral("at"), kAt}}}};
}

QString expectedSince()
{
    return agentlink::MaintenanceText::since(QDateTime::fromMSecsSinceEpoch(kAt, Qt::UTC));
}
} // namespace

class TestMaintenanceBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerShowsWhileOnAndEndMaintenanceAsksTheAgents()
    {
        FedMonitor fed;
        ui::DashboardWidget dash;
        dash.setMonitor(fed.monitor.get());
        dash.show();
        ui::MaintenanceBanner* banner = dash.maintenance();
        fed.feed(0, status(0, false));
        fed.feed(1, status(0, false));
        QVERIFY(!banner->isVisible());

        // Set on node2; node1 has not adopted it yet: the higher seq wins anyway.
        fed.feed(1, status(3, true));
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("Maintenance mode (by root@10.0.0.5, since %1)").arg(expectedSince())),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("start, stop and move nothing by themselves")));
        QVERIFY(text.contains(QStringLiteral("a switchover needs force")));
        // Across the whole dashboard, above the diagnosis.
        QVERIFY(banner->width() > dash.width() * 0.9);

        QList<SentRequest> sent;
        tests::capture(banner->findChild<ui::SwitchoverClient*>(), &sent);
        auto* end = banner->findChild<QPushButton*>(QStringLiteral("endMaintenance"));
        QVERIFY(end && end->isVisible() && end->isEnabled());
        QTest::mouseClick(end, Qt::LeftButton);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QStringLiteral("maintenance.set"));
        QCOMPARE(sent.first().params, (QJsonObject{{QStringLiteral("on"), false}})); // cluster and groups alike
        QVERIFY(!end->isEnabled());                                                  // one request at a time

        // An observer: the agent refuses, and the banner says so in words.
        sent.first().reply(tests::errorReply(QString::fromLatin1(protocol::codes::kPermissionDenied)));
        auto* notice = banner->findChild<QLabel*>(QStringLiteral("maintenanceNotice"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), agentlink::ErrorText::describe(protocol::RpcError::make(
                                     QString::fromLatin1(protocol::codes::kPermissionDenied))));
        QVERIFY(banner->isVisible());
        QVERIFY(end->isEnabled());

        // An operator ends it: the next statuses say off, and the banner goes.
        QTest::mouseClick(end, Qt::LeftButton);
        QCOMPARE(sent.size(), 2);
        sent.last().reply(tests::resultReply({{QStringLiteral("maintenance"), status(4, false)["maintenance"]}}));
        fed.feed(0, status(4, false));
        QVERIFY(!banner->isVisible());
    }

    // Only node2 says maintenance is on, and node2 goes silent: its word is shown as its last.
    void aSilentNodesMaintenanceIsItsLastWord()
    {
        FedMonitor fed;
        ui::DashboardWidget dash;
        dash.setMonitor(fed.monitor.get());
        dash.show();
        fed.feed(0, status(0, false));
        fed.feed(1, status(3, true));
        QVERIFY(dash.maintenance()->isVisible());
        QVERIFY2(!dash.maintenance()->text().contains(QStringLiteral("last said")),
                 qPrintable(dash.maintenance()->text()));
        fed.disconnect(1);
        QTRY_VERIFY2(dash.maintenance()->text().contains(QStringLiteral("As node2 last said; not heard since")),
                     qPrintable(dash.maintenance()->text()));
        QVERIFY(dash.maintenance()->isVisible());
    }

    void aGroupInMaintenanceIsNamed()
    {
        FedMonitor fed;
        ui::DashboardWidget dash;
        dash.setMonitor(fed.monitor.get());
        dash.show();
        fed.feed(0, status(2, false, {QStringLiteral("service")}));
        QVERIFY(dash.maintenance()->isVisible());
        QVERIFY2(dash.maintenance()->text().contains(QStringLiteral("Maintenance mode for group service (by "
                                                                    "root@10.0.0.5, since %1)")
                                                         .arg(expectedSince())),
                 qPrintable(dash.maintenance()->text()));
        QVERIFY(dash.maintenance()->text().contains(QStringLiteral("a switchover of it needs force")));
    }

    void theBannerFollowsTheLanguage()
    {
        FedMonitor fed;
        ui::DashboardWidget dash;
        dash.setMonitor(fed.monitor.get());
        fed.feed(0, status(1, true));
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        QVERIFY2(PseudoTranslator::isPseudo(dash.maintenance()->findChild<QPushButton*>()->text()),
                 qPrintable(dash.maintenance()->findChild<QPushButton*>()->text()));
        QCoreApplication::removeTranslator(&pseudo);
    }

    void theDialogSendsOnOrOffForTheClusterOrAGroup()
    {
        FedMonitor fed;
        fed.feed(0, status(0, false));
        fed.feed(1, status(0, false));
        ui::MaintenanceDialog dialog(fed.monitor.get());
        dialog.show();
        QList<SentRequest> sent;
        tests::capture(dialog.client(), &sent);
        auto* on = dialog.findChild<QRadioButton*>(QStringLiteral("maintenanceOn"));
        auto* group = dialog.findChild<QRadioButton*>(QStringLiteral("maintenanceGroup"));
        auto* groups = dialog.findChild<QComboBox*>(QStringLiteral("maintenanceGroups"));
        auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("applyMaintenance"));
        QVERIFY(on->isChecked()); // off now: the likely wish is on
        QCOMPARE(groups->currentText(), QStringLiteral("service"));
        QVERIFY(!groups->isEnabled());
        group->setChecked(true);
        QVERIFY(groups->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QStringLiteral("maintenance.set"));
        QCOMPARE(sent.first().params,
                 (QJsonObject{{QStringLiteral("on"), true}, {QStringLiteral("group"), QStringLiteral("service")}}));

        sent.first().reply(tests::errorReply(QString::fromLatin1(protocol::codes::kPermissionDenied)));
        auto* notice = dialog.findChild<QLabel*>(QStringLiteral("maintenanceDialogNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("may observe the cluster but not operate it")));
        QVERIFY(dialog.isVisible());

        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(sent.size(), 2);
        sent.last().reply(tests::resultReply({{QStringLiteral("maintenance"), status(1, false)["maintenance"]}}));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void theDialogOffersToEndItWhenOn()
    {
        FedMonitor fed;
        fed.feed(0, status(5, true));
        ui::MaintenanceDialog dialog(fed.monitor.get());
        QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("maintenanceOff"))->isChecked());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("maintenanceCurrent"))
                    ->text()
                    .startsWith(QStringLiteral("Maintenance mode (by root@10.0.0.5")));
        QList<SentRequest> sent;
        tests::capture(dialog.client(), &sent);
        dialog.apply();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().params, (QJsonObject{{QStringLiteral("on"), false}}));
    }

    void aNodeOutOfReachIsSaidAndNothingIsSent()
    {
        FedMonitor fed;
        fed.feed(0, status(0, false));
        fed.disconnect(0);
        ui::MaintenanceDialog dialog(fed.monitor.get());
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("applyMaintenance"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("maintenanceDialogNotice"))->isVisible());
    }
};

QTEST_MAIN(TestMaintenanceBanner)
#include "TestMaintenanceBanner.moc"
