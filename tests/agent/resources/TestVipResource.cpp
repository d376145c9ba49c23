#include "agent/resources/ArpProbe.h"
#include "agent/resources/CommandRunner.h"
#include "agent/resources/VipResource.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/resources/NamespaceLab.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <QFile>
#include <QScopeGuard>

#include <arpa/inet.h>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

using namespace twinha::agent;
using namespace twinha::agent::test;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

class TestVipResource : public QObject
{
    Q_OBJECT

private:
    NamespaceGuard m_guard;
    QString m_ns;
    const ResourceContext m_context{QStringLiteral("c1"), QStringLiteral("n1"), QStringLiteral("web"), {}};

    static ResourceConfig vip(const QString& address, const QString& interface = QStringLiteral("v0"))
    {
        ResourceConfig rc;
        rc.name = QStringLiteral("vip");
        rc.typeName = QStringLiteral("vip");
        rc.type = ResourceType::Vip;
        rc.timeoutMs = 5000;
        rc.address = address;
        rc.interface = interface;
        return rc;
    }

    static std::pair<bool, RpcError> act(Resource& r, Resource::Action action)
    {
        QSignalSpy spy(&r, &Resource::finished);
        const bool started = action == Resource::Action::Start  ? r.start()
                             : action == Resource::Action::Stop ? r.stop()
                                                                : r.checkStatus();
        if (!started || !spy.wait(15000))
            return {false, RpcError::make(QStringLiteral("TEST_NO_ANSWER"))};
        return {spy.at(0).at(1).toBool(), spy.at(0).at(2).value<RpcError>()};
    }

    QByteArray addressesOf(const QString& dev)
    {
        QByteArray out;
        ip({QStringLiteral("-n"), m_ns, QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
            QStringLiteral("dev"), dev},
           &out);
        return out;
    }

    // The ARP requests for `address` read so far from an arpListener(): "probe" (sender 0.0.0.0)
    // or "announce".
    static QStringList arpRequestsFor(int fd, const char* address)
    {
        const quint32 vipIp = htonl(QHostAddress(QString::fromLatin1(address)).toIPv4Address());
        const quint32 zero = 0;
        QStringList seen;
        uchar buf[64];
        for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) >= 0;) {
            if (n < 28 || buf[7] != 1 || std::memcmp(buf + 24, &vipIp, 4) != 0)
                continue;
            seen << (std::memcmp(buf + 14, &zero, 4) == 0 ? QStringLiteral("probe") : QStringLiteral("announce"));
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: creates a network namespace with its own interfaces");
        if (CommandRunner::findTool(QStringLiteral("ip")).isEmpty())
            QSKIP("ip (iproute2) is not installed");
        QByteArray out;
        // A run that crashed cannot have cleaned up; its namespace is ours to remove.
        ip({QStringLiteral("netns"), QStringLiteral("list")}, &out);
        static const QRegularExpression stale(QStringLiteral("^twinha-test-(\\d+)\\b"),
                                              QRegularExpression::MultilineOption);
        for (auto it = stale.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!QFileInfo::exists(QStringLiteral("/proc/") + m.captured(1)))
                ip({QStringLiteral("netns"), QStringLiteral("del"), m.captured(0)});
        }
        m_ns = QStringLiteral("twinha-test-%1").arg(QCoreApplication::applicationPid());
        if (ip({QStringLiteral("netns"), QStringLiteral("add"), m_ns}, &out) != 0)
            QSKIP(qPrintable(QStringLiteral("ip netns is not available here: ") + QString::fromUtf8(out).trimmed()));
        m_guard.name = m_ns;
        // A veth pair, both ends inside the namespace: v0 holds the VIP, v1 sees what v0 sends.
        QCOMPARE(ip({"-n", m_ns, "link", "add", "v0", "type", "veth", "peer", "name", "v1"}, &out), 0);
        for (const char* dev : {"lo", "v0", "v1"})
            QCOMPARE(ip({"-n", m_ns, "link", "set", dev, "up"}), 0);
    }

    void cleanup()
    {
        if (!m_ns.isEmpty()) {
            ip({"-n", m_ns, "addr", "flush", "dev", "v0"});
            ip({"-n", m_ns, "addr", "flush", "dev", "v1"});
        }
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            QCOMPARE(ip({QStringLiteral("netns"), QStringLiteral("del"), m_ns}), 0);
        m_guard.name.clear();
    }

    void startAddsTheAddressInsideTheNamespaceOnly()
    {
        VipResource r(vip("10.77.0.10/24"), m_context, m_ns);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY2(ok, qPrintable(reason.code + QLatin1Char(' ') + reason.params.value("stderr").toString()));
        QCOMPARE(r.state(), Resource::State::Running);
        QVERIFY(addressesOf("v0").contains("inet 10.77.0.10/24"));
        QByteArray host;
        ip({"-o", "addr", "show"}, &host);
        QVERIFY(!host.contains("10.77.0.10"));
        QVERIFY(act(r, Resource::Action::Status).first);
    }

    // The agent runs in the namespace it serves (no netns given): it asks the kernel itself
    // (getifaddrs, rtnetlink) instead of running `ip`, with the same outcomes.
    void inItsOwnNamespaceTheKernelIsAskedDirectly()
    {
        const int home = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        const int lab = ::open(qPrintable(QStringLiteral("/run/netns/") + m_ns), O_RDONLY | O_CLOEXEC);
        QVERIFY(home >= 0 && lab >= 0);
        QCOMPARE(::setns(lab, CLONE_NEWNET), 0);
        auto back = qScopeGuard([&] {
            ::setns(home, CLONE_NEWNET);
            ::close(home);
            ::close(lab);
        });
        VipResource r(vip("10.77.0.12/24"), m_context, QString());
        QVERIFY(!act(r, Resource::Action::Status).first); // not there yet
        auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY2(ok, qPrintable(reason.code + QLatin1Char(' ') + reason.params.value("stderr").toString()));
        QVERIFY(addressesOf("v0").contains("inet 10.77.0.12/24"));
        QVERIFY(act(r, Resource::Action::Status).first);
        QVERIFY(act(r, Resource::Action::Start).first); // already there: adopted
        QVERIFY(act(r, Resource::Action::Stop).first);
        QVERIFY(!addressesOf("v0").contains("10.77.0.12"));
        QVERIFY(act(r, Resource::Action::Stop).first); // gone already: still stopped
        QVERIFY(!act(r, Resource::Action::Status).first);

        VipResource six(vip("fd00:77::12/64"), m_context, QString());
        if (QFile::exists(QStringLiteral("/proc/net/if_inet6"))) {
            std::tie(ok, reason) = act(six, Resource::Action::Start);
            QVERIFY2(ok, qPrintable(reason.code + QLatin1Char(' ') + reason.params.value("stderr").toString()));
            QVERIFY(addressesOf("v0").contains("inet6 fd00:77::12/64"));
            QVERIFY(act(six, Resource::Action::Stop).first);
        }

        VipResource nowhere(vip("10.77.0.13/24", QStringLiteral("nosuch0")), m_context, QString());
        std::tie(ok, reason) = act(nowhere, Resource::Action::Start);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kVipInterfaceMissing));
    }

    void startAnnouncesTheAddressWithThreeGratuitousArps()
    {
        const int fd = arpListener(m_ns, "v1");
        QVERIFY(fd >= 0);
        VipResource r(vip("10.77.0.11/24"), m_context, m_ns);
        QVERIFY(act(r, Resource::Action::Start).first);
        QList<qint64> arrivals;
        QElapsedTimer clock;
        clock.start();
        const quint32 vipIp = htonl(QHostAddress("10.77.0.11").toIPv4Address());
        while (clock.elapsed() < 1500) {
            uchar buf[64];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            // opcode request, sender IP == target IP == the VIP: a gratuitous ARP for it
            if (n >= 28 && buf[7] == 1 && std::memcmp(buf + 14, &vipIp, 4) == 0 &&
                std::memcmp(buf + 24, &vipIp, 4) == 0)
                arrivals << clock.elapsed();
            QTest::qWait(10);
        }
        ::close(fd);
        QCOMPARE(arrivals.size(), 3);
        QVERIFY2(arrivals[1] - arrivals[0] >= 150 && arrivals[2] - arrivals[1] >= 150,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(arrivals[0]).arg(arrivals[1]).arg(arrivals[2])));
    }

    void stopRemovesTheAddressAndIsIdempotent()
    {
        VipResource r(vip("10.77.0.12/24"), m_context, m_ns);
        QVERIFY(act(r, Resource::Action::Start).first);
        QVERIFY(act(r, Resource::Action::Stop).first);
        QCOMPARE(r.state(), Resource::State::Stopped);
        QVERIFY(!addressesOf("v0").contains("10.77.0.12"));
        QVERIFY(act(r, Resource::Action::Stop).first); // nothing to remove is still "stopped"
        const auto [running, reason] = act(r, Resource::Action::Status);
        QVERIFY(!running);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kResourceNotRunning));
        QCOMPARE(r.state(), Resource::State::Stopped);
    }

    void addressRemovedBehindItsBackFailsTheStatus()
    {
        VipResource r(vip("10.77.0.13/24"), m_context, m_ns);
        QVERIFY(act(r, Resource::Action::Start).first);
        QCOMPARE(ip({"-n", m_ns, "addr", "del", "10.77.0.13/24", "dev", "v0"}), 0);
        const auto [running, reason] = act(r, Resource::Action::Status);
        QVERIFY(!running);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kResourceNotRunning));
        QCOMPARE(reason.params.value("address").toString(), QStringLiteral("10.77.0.13/24"));
        QCOMPARE(r.state(), Resource::State::Failed);
    }

    void addressAlreadyHeldIsAdoptedOnStart()
    {
        QCOMPARE(ip({"-n", m_ns, "addr", "add", "10.77.0.14/24", "dev", "v0"}), 0);
        VipResource r(vip("10.77.0.14/24"), m_context, m_ns);
        QVERIFY(act(r, Resource::Action::Start).first);
        QCOMPARE(r.state(), Resource::State::Running);
    }

    void missingInterfaceIsReported()
    {
        VipResource r(vip("10.77.0.15/24", "nosuch0"), m_context, m_ns);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kVipInterfaceMissing));
        QCOMPARE(reason.params.value("interface").toString(), QStringLiteral("nosuch0"));
        QCOMPARE(r.state(), Resource::State::Failed);
    }

    void addressAnsweringOnTheNetworkIsRefused()
    {
        QCOMPARE(ip({"-n", m_ns, "addr", "add", "10.77.0.16/24", "dev", "v1"}), 0); // someone else has it
        ResourceConfig checked = vip("10.77.0.16/24");
        checked.duplicateCheck = true; // dad = true
        VipResource r(checked, m_context, m_ns);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kVipAddressInUse));
        QCOMPARE(reason.params.value("interface").toString(), QStringLiteral("v0"));
        // The MAC that answered is v1's, the holder's.
        QByteArray link;
        ip({"-n", m_ns, "-o", "link", "show", "v1"}, &link);
        QVERIFY2(link.contains(reason.params.value("mac").toString().toLatin1()) &&
                     reason.params.value("mac").toString().size() == 17,
                 link.constData());
        QVERIFY(!addressesOf("v0").contains("10.77.0.16"));
    }

    // dad = true on a free address: RFC 5227 probes (sender address 0.0.0.0), all of them before
    // the address is added and announced, and a wait for answers of ArpProbe::kWaitMs, not arping's
    // whole second or two.
    void dadProbesAFreeAddressThenTakesIt()
    {
        const int fd = arpListener(m_ns, "v1");
        QVERIFY(fd >= 0);
        ResourceConfig checked = vip("10.77.0.18/24");
        checked.duplicateCheck = true;
        VipResource r(checked, m_context, m_ns);
        QElapsedTimer clock;
        clock.start();
        const auto [ok, reason] = act(r, Resource::Action::Start);
        const qint64 tookMs = clock.elapsed();
        QVERIFY2(ok, qPrintable(reason.code));
        QVERIFY(addressesOf("v0").contains("inet 10.77.0.18/24"));
        QTest::qWait(50); // the first gratuitous ARP follows the add at once
        const QStringList seen = arpRequestsFor(fd, "10.77.0.18");
        ::close(fd);
        QVERIFY2(seen.size() >= ArpProbe::kProbes + 1, qPrintable(seen.join(QLatin1Char(' '))));
        QCOMPARE(seen.mid(0, ArpProbe::kProbes), QStringList(ArpProbe::kProbes, QStringLiteral("probe")));
        QCOMPARE(seen.at(ArpProbe::kProbes), QStringLiteral("announce"));
        QVERIFY2(tookMs >= ArpProbe::kWaitMs - 5, qPrintable(QString::number(tookMs)));
        qInfo("start with dad = true: %lld ms (arping -D waited at least 1000 ms when nobody answered)", tookMs);
    }

    // A switchover's target probes at the handover, once the source has removed the address; its
    // start then uses that answer (waiting for it if need be) instead of probing again.
    void handoverProbeServesTheStart_data()
    {
        QTest::addColumn<int>("startAfterMs");
        QTest::newRow("while probing") << 0;
        QTest::newRow("after the answer") << ArpProbe::kWaitMs + 50;
    }

    void handoverProbeServesTheStart()
    {
        QFETCH(int, startAfterMs);
        const int fd = arpListener(m_ns, "v1");
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        ResourceConfig checked = vip("10.77.0.19/24");
        checked.duplicateCheck = true;
        VipResource r(checked, m_context, m_ns);
        r.peerReleased();
        QTest::qWait(startAfterMs);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY2(ok, qPrintable(reason.code));
        QVERIFY(addressesOf("v0").contains("inet 10.77.0.19/24"));
        QTest::qWait(50);
        const QStringList seen = arpRequestsFor(fd, "10.77.0.19");
        QVERIFY2(seen.size() >= ArpProbe::kProbes + 1, qPrintable(seen.join(QLatin1Char(' '))));
        QCOMPARE(seen.mid(0, ArpProbe::kProbes + 1), QStringList(ArpProbe::kProbes, QStringLiteral("probe"))
                                                         << QStringLiteral("announce"));
    }

    // The handover's answer is used only while it is fresh: an address taken since then is refused.
    void oldHandoverProbeIsNotTrusted()
    {
        ResourceConfig checked = vip("10.77.0.20/24");
        checked.duplicateCheck = true;
        VipResource r(checked, m_context, m_ns);
        r.peerReleased();
        QTest::qWait(ArpProbe::kWaitMs + VipResource::kEarlyProbeFreshMs + 200);
        QCOMPARE(ip({"-n", m_ns, "addr", "add", "10.77.0.20/24", "dev", "v1"}), 0);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kVipAddressInUse));
        QVERIFY(!addressesOf("v0").contains("10.77.0.20"));
    }

    // A handover called off (the source lost, or rolling back) voids its answer: the source may add
    // the address again, and a takeover soon after must probe for itself.
    void calledOffHandoverProbeIsNotUsed()
    {
        ResourceConfig checked = vip("10.77.0.22/24");
        checked.duplicateCheck = true;
        VipResource r(checked, m_context, m_ns);
        r.peerReleased();
        QTest::qWait(ArpProbe::kWaitMs + 50); // the probe's answer: free
        r.peerReleaseCalledOff();
        QCOMPARE(ip({"-n", m_ns, "addr", "add", "10.77.0.22/24", "dev", "v1"}), 0); // the source took it back
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kVipAddressInUse));
        QVERIFY(!addressesOf("v0").contains("10.77.0.22"));
    }

    // An answer at the handover (an old holder not yet gone) is not final: the start probes again.
    void addressAnsweringAtTheHandoverIsProbedAgain()
    {
        const int fd = arpListener(m_ns, "v1");
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        QCOMPARE(ip({"-n", m_ns, "addr", "add", "10.77.0.21/24", "dev", "v1"}), 0);
        ResourceConfig checked = vip("10.77.0.21/24");
        checked.duplicateCheck = true;
        VipResource r(checked, m_context, m_ns);
        const int replies = arpListener(m_ns, "v0"); // a listener for one protocol sees only what arrives
        QVERIFY(replies >= 0);
        const auto closeReplies = qScopeGuard([replies] { ::close(replies); });
        r.peerReleased();
        const quint32 vipIp = htonl(QHostAddress("10.77.0.21").toIPv4Address());
        // The holder's reply, arrived at v0. (QTRY_VERIFY reads its condition once more at the end.)
        bool answered = false;
        const auto readReplies = [&] {
            uchar buf[64];
            for (ssize_t n; (n = ::recv(replies, buf, sizeof buf, 0)) >= 0;)
                answered = answered || (n >= 28 && buf[7] == 2 && std::memcmp(buf + 14, &vipIp, 4) == 0);
            return answered;
        };
        QTRY_VERIFY(readReplies());
        QCOMPARE(ip({"-n", m_ns, "addr", "del", "10.77.0.21/24", "dev", "v1"}), 0);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY2(ok, qPrintable(reason.code));
        QVERIFY(addressesOf("v0").contains("inet 10.77.0.21/24"));
        QTest::qWait(50);
        const QStringList seen = arpRequestsFor(fd, "10.77.0.21");
        // The handover's probe, cut short by the answer, then one of its own, whole, before the
        // address was announced.
        const qsizetype announced = seen.indexOf(QStringLiteral("announce"));
        QVERIFY2(announced > ArpProbe::kProbes && seen.mid(announced - ArpProbe::kProbes, ArpProbe::kProbes) ==
                                                      QStringList(ArpProbe::kProbes, QStringLiteral("probe")),
                 qPrintable(seen.join(QLatin1Char(' '))));
    }

    void withoutDadAnAddressIsTakenAtOnce()
    {
        // dad = false (the default): the start does not wait for arping -D, so a takeover from a
        // node whose kernel still holds the address is not refused; gratuitous ARP moves it.
        QCOMPARE(ip({"-n", m_ns, "addr", "add", "10.77.0.17/24", "dev", "v1"}), 0);
        VipResource r(vip("10.77.0.17/24"), m_context, m_ns);
        QVERIFY(act(r, Resource::Action::Start).first);
        QVERIFY(addressesOf("v0").contains("10.77.0.17"));
    }

    void ipv6AddressIsAddedWithoutDadDelay()
    {
        if (!QFile::exists("/proc/sys/net/ipv6"))
            QSKIP("IPv6 is disabled in this kernel");
        VipResource r(vip("fd00:77::10/64"), m_context, m_ns);
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY2(ok, qPrintable(reason.code + QLatin1Char(' ') + reason.params.value("stderr").toString()));
        const QByteArray listed = addressesOf("v0");
        QVERIFY(listed.contains("inet6 fd00:77::10/64"));
        QVERIFY(!listed.contains("tentative")); // nodad: usable at once
        QVERIFY(act(r, Resource::Action::Status).first);
        QVERIFY(act(r, Resource::Action::Stop).first);
        QVERIFY(!addressesOf("v0").contains("fd00:77::10"));
    }
};

QTEST_GUILESS_MAIN(TestVipResource)
#include "TestVipResource.moc"
