#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>

using namespace twinha;
using namespace twinha::tests;

// Two heartbeat links, of which node2 never hears node1 on "backup": node1's copy of the config
// sends those heartbeats to a port nobody listens on. Automatic failover is on.
class TestTwoLinks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnLab> m_lab;

    static QJsonObject link(const QJsonObject& status, const QString& name)
    {
        for (const QJsonValue& l : status.value(QStringLiteral("links")).toArray())
            if (l[QStringLiteral("name")] == name)
                return l.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<OwnLab>(
            QStringList{QStringLiteral("--automatic-failover"), QStringLiteral("--dead-link")});
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
        QVERIFY(waitUntil(
            [&] { return firstLine(m_lab->value(QStringLiteral("VIP_HOLDER_FILE"))) == QLatin1String("node1"); },
            15000));
    }

    void cleanupTestCase() { m_lab.reset(); }

    void noTakeoverWhileOneOfTwoLinksIsAlive()
    {
        ControlClient c2(m_lab->socket(2));
        QVERIFY(waitUntil(
            [&] {
                return link(c2.status(), QStringLiteral("loopback"))[QStringLiteral("state")] == QLatin1String("up");
            },
            5000));
        // Three dead times with one link silent: the peer stays alive and nobody moves.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 3000) {
            const QJsonObject s = c2.status();
            QCOMPARE(link(s, QStringLiteral("backup"))[QStringLiteral("state")].toString(), QStringLiteral("down"));
            QVERIFY(s[QStringLiteral("peer")][QStringLiteral("alive")].toBool());
            QVERIFY(!groupStatus(s, QStringLiteral("service"))[QStringLiteral("held")].toBool());
            QCOMPARE(firstLine(m_lab->value(QStringLiteral("VIP_HOLDER_FILE"))), QStringLiteral("node1"));
            QTest::qWait(100);
        }
    }

    void configMismatchBetweenTheNodesIsReported()
    {
        ControlClient c2(m_lab->socket(2));
        const QJsonObject s = c2.status();
        QVERIFY(!s[QStringLiteral("config_checksum_match")].toBool());
        QStringList codes;
        for (const QJsonValue& r : s[QStringLiteral("readiness")][0][QStringLiteral("reasons")].toArray())
            codes << r[QStringLiteral("code")].toString();
        QVERIFY2(codes.contains(QStringLiteral("CONFIG_MISMATCH")), qPrintable(codes.join(QLatin1Char(','))));
    }
};

QTEST_GUILESS_MAIN(TestTwoLinks)
#include "TestTwoLinks.moc"
