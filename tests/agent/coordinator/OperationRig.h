#pragma once

// One node's real collaborators for the tests of the operations (SwitchoverTransaction,
// TargetStart, DrainTransaction, OperationRunner): group "g" with one script resource whose
// "running" is a marker file in a temporary folder, a command replication channel "r" for the
// group, the node's state file, and OperationContext with short timeouts. Files in the folder
// steer the scripts: "fail-start" and "fail-stop" make those actions fail, "slow-stop" and
// "slow-start" make them take kSlowMs, and "drain-fails" makes the channel fail.

#include "agent/NodeState.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/NodeClaims.h"
#include "agent/coordinator/OperationContext.h"
#include "agent/coordinator/ReplicationSet.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace twinha::agent::test {

class OperationRig
{
    QTemporaryDir m_dir; // first: the members below live in it

public:
    static constexpr int kSlowMs = 600;
    static constexpr int kWaitMs = 8000; // for any one step to happen; far above what each takes

    // `self` is n1 or n2; `mode` hot-standby or duplex.
    explicit OperationRig(const QString& self, const QString& mode = QStringLiteral("hot-standby"))
        : config(scriptedConfig(m_dir.path(), mode))
        , state(m_dir.filePath(QStringLiteral("state")))
        , groups(config, self)
        , replication(config, self, QByteArray(32, 'k'), m_dir.filePath(QStringLiteral("state")))
    {
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        parts.config = &config;
        parts.self = self;
        parts.peer = config.peerOf(self);
        parts.state = &state;
        parts.groups = &groups;
        parts.replication = &replication;
        parts.peerEpoch = [this] { return peerEpoch; };
        parts.leaseDecides = [this] { return leaseDecides; };
        parts.timeouts.ackMs = 2000;
        parts.timeouts.drainMs = 1500;
        parts.timeouts.drainRetryMs = 100;
        groups.start();
    }

    // The group's role and epoch on record, and the group running (or stopped) to match.
    bool prepare(const QString& role, qint64 epoch)
    {
        QString error;
        if (!state.setGroup(QStringLiteral("g"), protocol::roleFrom(role), epoch, &error))
            return false;
        replication.applyRoles(state);
        if (!QTest::qWaitFor(
                [&] {
                    return twinha::protocol::runStateName(groups.state(QStringLiteral("g"))) !=
                           QLatin1String("unknown");
                },
                kWaitMs))
            return false;
        const bool run = role == QLatin1String("active");
        bool done = false;
        bool ok = false;
        groups.run(QStringLiteral("g"), run ? LocalGroups::Action::Start : LocalGroups::Action::Stop,
                   [&](bool success, const protocol::RpcError&, qint64) {
                       ok = success;
                       done = true;
                   });
        return QTest::qWaitFor([&] { return done; }, kWaitMs) && ok && running() == run;
    }

    bool running() const { return running(m_dir.path()); }
    static bool running(const QString& dir) { return QFile::exists(QDir(dir).filePath(QStringLiteral("running"))); }
    // Sets or clears one of the steering files.
    void mark(const QString& name, bool present)
    {
        const QString path = m_dir.filePath(name);
        if (present) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else {
            QFile::remove(path);
        }
    }

    // A switchover of g from n1 to n2 as the source starts it.
    static OperationRecord switchover(const QString& id = QStringLiteral("op1"))
    {
        OperationRecord r;
        r.id = id;
        r.kind = twinha::protocol::OperationKind::Switchover;
        r.group = QStringLiteral("g");
        r.from = QStringLiteral("n1");
        r.to = QStringLiteral("n2");
        r.actor = QStringLiteral("tester");
        r.startedAt = 1;
        return r;
    }

    // The peer's payload with its record `op` (none: null) and whether it holds g.
    static NodeClaims peerWith(const OperationRecord& op, bool holds = false, qint64 epoch = 0)
    {
        NodeClaims p;
        p.epoch = epoch;
        p.checksum = QStringLiteral("sum");
        p.groups.insert(QStringLiteral("g"),
                        {holds, holds ? protocol::RunState::Running : protocol::RunState::Stopped, holds, epoch});
        p.op = op;
        return p;
    }

    // `source` as a record of the other side in `phase`, finished with `result` if not empty.
    static OperationRecord inPhase(OperationRecord r, const QString& phase, const QString& result = {},
                                   const protocol::RpcError& reason = {})
    {
        r.phase = twinha::protocol::operationPhaseFrom(phase);
        r.result = twinha::protocol::operationResultFrom(result);
        r.reason = reason;
        return r;
    }

    AgentConfig config;
    NodeState state;
    LocalGroups groups;
    ReplicationSet replication;
    OperationContext parts;
    qint64 peerEpoch = 0;
    bool leaseDecides = false;

    // The cluster config of the rig, its scripts steered by the files in `dir`.
    static AgentConfig scriptedConfig(const QString& dir, const QString& mode)
    {
        AgentConfig c = clusterConfig(mode);
        ResourceConfig& r = c.groups[0].resources[0];
        const auto file = [&dir](const char* name) { return QDir(dir).filePath(QLatin1String(name)); };
        const QString slow = QStringLiteral("if test -e %1; then sleep %2; fi; ");
        r.start = slow.arg(file("slow-start")).arg(kSlowMs / 1000.0) +
                  QStringLiteral("test ! -e %1 && touch %2").arg(file("fail-start"), file("running"));
        r.stop = slow.arg(file("slow-stop")).arg(kSlowMs / 1000.0) +
                 QStringLiteral("test ! -e %1 && rm -f %2").arg(file("fail-stop"), file("running"));
        r.status = QStringLiteral("test -e %1").arg(file("running"));
        r.timeoutMs = 5000;
        c.timing.monitorIntervalMs = 60000;
        for (ReplicationConfig& rc : c.replications)
            rc.command = QStringLiteral("test -e %1 && exit 1; echo '{\"lag_s\": 0}'").arg(file("drain-fails"));
        return c;
    }
};

} // namespace twinha::agent::test
