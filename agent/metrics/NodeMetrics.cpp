#include "agent/metrics/NodeMetrics.h"

#include "agent/metrics/MetricsCounters.h"
#include "agent/metrics/MetricsText.h"
#include "agentlink/protocol/HeartbeatLinkState.h"
#include "agentlink/protocol/RunState.h"

#include <QJsonArray>

#include <cmath>

namespace twinha::agent {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

double flag(bool b)
{
    return b ? 1 : 0;
}

void nodeFamilies(MetricsText& m, const QJsonObject& s, double startTimeS)
{
    m.family(QStringLiteral("twinha_node_info"), "gauge",
             QStringLiteral("This node: its cluster, mode, role and agent version (always 1)"));
    m.sample({{QStringLiteral("cluster"), str(s, "cluster")},
              {QStringLiteral("node"), str(s, "node")},
              {QStringLiteral("mode"), str(s, "mode")},
              {QStringLiteral("role"), str(s, "role")},
              {QStringLiteral("version"), str(s, "agent_version")}},
             1);
    m.family(QStringLiteral("twinha_cluster_epoch"), "gauge",
             QStringLiteral("The cluster epoch this node is at; it grows with every move of a group"));
    m.sample(double(s.value(QStringLiteral("epoch")).toInteger()));
    m.family(QStringLiteral("twinha_protection"), "gauge",
             QStringLiteral("What stands between a failure and two active nodes (always 1): witness_fencing, witness, "
                            "fencing, ping_only (a split where both reach the tiebreakers leaves two actives) or "
                            "manual"));
    m.sample({{QStringLiteral("level"), str(s, "protection")}}, 1);
    const QJsonObject maintenance = s.value(QStringLiteral("maintenance")).toObject();
    m.family(QStringLiteral("twinha_maintenance"), "gauge",
             QStringLiteral("1 while maintenance mode freezes automatic moves on this node"));
    m.sample(flag(maintenance.value(QStringLiteral("on")).toBool()));
    m.family(QStringLiteral("twinha_split_brain"), "gauge",
             QStringLiteral("1 while this node sees a group running on both nodes"));
    m.sample(flag(s.value(QStringLiteral("split_brain")).toBool()));
    m.family(QStringLiteral("twinha_config_matches_peer"), "gauge",
             QStringLiteral("1 when the peer runs the same cluster.toml (by checksum)"));
    m.sample(flag(s.value(QStringLiteral("config_checksum_match")).toBool()));
    const QJsonObject journal = s.value(QStringLiteral("journal")).toObject();
    m.family(QStringLiteral("twinha_journal_chain_ok"), "gauge",
             QStringLiteral("1 when the journal's hash chain verifies; 0 when an entry was altered or lost"));
    m.sample(flag(journal.value(QStringLiteral("chain_ok")).toBool()));
    m.family(QStringLiteral("process_start_time_seconds"), "gauge",
             QStringLiteral("When the agent started, in seconds since the Unix epoch"));
    m.sample(startTimeS);
}

void peerFamilies(MetricsText& m, const QJsonObject& s)
{
    const QJsonObject peer = s.value(QStringLiteral("peer")).toObject();
    m.family(QStringLiteral("twinha_peer_alive"), "gauge",
             QStringLiteral("1 while the peer is heard on at least one heartbeat link"));
    m.sample({{QStringLiteral("peer"), str(peer, "name")}}, flag(peer.value(QStringLiteral("alive")).toBool()));
    const QJsonValue silence = peer.value(QStringLiteral("silence_ms"));
    m.family(QStringLiteral("twinha_peer_silence_seconds"), "gauge",
             QStringLiteral("How long no heartbeat link has heard the peer"));
    if (silence.isDouble())
        m.sample({{QStringLiteral("peer"), str(peer, "name")}}, silence.toDouble() / 1000.0);
}

void linkFamilies(MetricsText& m, const QJsonArray& links)
{
    auto each = [&](const char* name, const char* type, const QString& help, auto value) {
        m.family(QLatin1String(name), type, help);
        for (const QJsonValue& v : links) {
            const QJsonObject l = v.toObject();
            value(l, MetricsText::Labels{{QStringLiteral("link"), str(l, "name")}});
        }
    };
    each("twinha_heartbeat_link_up", "gauge", QStringLiteral("1 while the peer is heard on this heartbeat link"),
         [&](const QJsonObject& l, const MetricsText::Labels& k) {
             m.sample(k, flag(protocol::heartbeatLinkStateFrom(str(l, "state")) == protocol::HeartbeatLinkState::Up));
         });
    each("twinha_heartbeat_rtt_seconds", "gauge", QStringLiteral("Smoothed round-trip time of the heartbeat link"),
         [&](const QJsonObject& l, const MetricsText::Labels& k) {
             const double ms = l.value(QStringLiteral("rtt_ms")).toDouble(-1);
             if (ms >= 0)
                 m.sample(k, std::round(ms * 1000) / 1e6); // to the microsecond: 4e-04, not 0.00039999…
         });
    each("twinha_heartbeat_loss_ratio", "gauge",
         QStringLiteral("Share of the peer's recent heartbeats that did not arrive on this link (0 to 1)"),
         [&](const QJsonObject& l, const MetricsText::Labels& k) {
             const QJsonValue pct = l.value(QStringLiteral("loss_pct"));
             if (pct.isDouble())
                 m.sample(k, std::round(pct.toDouble() * 10) / 1000); // tenths of a percent, as sent
         });
    each("twinha_heartbeat_sent_total", "counter", QStringLiteral("Heartbeats sent on this link"),
         [&](const QJsonObject& l, const MetricsText::Labels& k) {
             m.sample(k, l.value(QStringLiteral("sent")).toDouble());
         });
    each("twinha_heartbeat_received_total", "counter", QStringLiteral("Heartbeats accepted from the peer on this link"),
         [&](const QJsonObject& l, const MetricsText::Labels& k) {
             m.sample(k, l.value(QStringLiteral("received")).toDouble());
         });
    each("twinha_heartbeat_rejected_total", "counter",
         QStringLiteral("Datagrams refused on this link: a wrong signature (forged), an old sequence number "
                        "(replayed) or not a heartbeat (malformed)"),
         [&](const QJsonObject& l, const MetricsText::Labels& k) {
             for (const char* reason : {"forged", "replayed", "malformed"})
                 m.sample(k + MetricsText::Labels{{QStringLiteral("reason"), QLatin1String(reason)}},
                          l.value(QLatin1String(reason)).toDouble());
         });
}

void groupFamilies(MetricsText& m, const QJsonArray& groups)
{
    m.family(QStringLiteral("twinha_group_active"), "gauge",
             QStringLiteral("1 while every resource of the group runs on this node"));
    for (const QJsonValue& v : groups) {
        const QJsonObject g = v.toObject();
        m.sample({{QStringLiteral("group"), str(g, "name")}},
                 flag(protocol::runStateFrom(str(g, "state")) == protocol::RunState::Running));
    }
    m.family(QStringLiteral("twinha_group_held"), "gauge",
             QStringLiteral("1 while this node claims the group (at the epoch in twinha_cluster_epoch)"));
    for (const QJsonValue& v : groups) {
        const QJsonObject g = v.toObject();
        m.sample({{QStringLiteral("group"), str(g, "name")}}, flag(g.value(QStringLiteral("held")).toBool()));
    }
    m.family(QStringLiteral("twinha_resource_up"), "gauge",
             QStringLiteral("1 while the resource runs on this node, as its last check found it"));
    for (const QJsonValue& v : groups) {
        const QJsonObject g = v.toObject();
        for (const QJsonValue& r : g.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject res = r.toObject();
            m.sample({{QStringLiteral("group"), str(g, "name")},
                      {QStringLiteral("resource"), str(res, "name")},
                      {QStringLiteral("type"), str(res, "type")}},
                     flag(protocol::runStateFrom(str(res, "state")) == protocol::RunState::Running));
        }
    }
}

void replicationFamilies(MetricsText& m, const QJsonArray& channels)
{
    auto each = [&](const char* key, const char* name, const QString& help, double scale) {
        m.family(QLatin1String(name), "gauge", help);
        for (const QJsonValue& v : channels) {
            const QJsonObject c = v.toObject();
            const QJsonValue value = c.value(QLatin1String(key));
            if (value.isDouble())
                m.sample({{QStringLiteral("channel"), str(c, "name")}, {QStringLiteral("role"), str(c, "role")}},
                         value.toDouble() * scale);
        }
    };
    each("lag_s", "twinha_replication_lag_seconds",
         QStringLiteral("How far the standby's copy is behind, in time, where this node measures it"), 1);
    each("lag_bytes", "twinha_replication_lag_bytes",
         QStringLiteral("How far the standby's copy is behind, in bytes, where this node measures it"), 1);
    each("max_lag_s", "twinha_replication_max_lag_seconds",
         QStringLiteral("The lag above which the channel blocks a switchover and automatic failover"), 1);
    m.family(QStringLiteral("twinha_replication_state"), "gauge",
             QStringLiteral("The channel's state on this node (always 1): in_sync, syncing, lagging, idle, error or "
                            "unknown"));
    for (const QJsonValue& v : channels) {
        const QJsonObject c = v.toObject();
        m.sample({{QStringLiteral("channel"), str(c, "name")},
                  {QStringLiteral("role"), str(c, "role")},
                  {QStringLiteral("state"), str(c, "state")}},
                 1);
    }
}

void counterFamilies(MetricsText& m, const MetricsCounters& c)
{
    m.family(QStringLiteral("twinha_failovers_total"), "counter",
             QStringLiteral("Groups this node took over from a failed peer since the agent started"));
    m.sample(double(c.failovers()));
    m.family(QStringLiteral("twinha_switchovers_total"), "counter",
             QStringLiteral("Planned switchovers away from this node since the agent started, by result"));
    for (const char* result : {"done", "rolled_back", "failed", "refused", "cancelled"})
        m.sample({{QStringLiteral("result"), QLatin1String(result)}},
                 double(c.switchovers().value(QLatin1String(result))));
    m.family(QStringLiteral("twinha_fencing_total"), "counter",
             QStringLiteral("Fencing (power-off) of the peer by this node since the agent started, by result"));
    for (const char* result : {"done", "failed"})
        m.sample({{QStringLiteral("result"), QLatin1String(result)}}, double(c.fencing().value(QLatin1String(result))));
    m.family(QStringLiteral("twinha_split_brain_detected_total"), "counter",
             QStringLiteral("Times this node found a group running on both nodes since the agent started"));
    m.sample(double(c.splitBrains()));
}

} // namespace

QByteArray NodeMetrics::render(const QJsonObject& status, const MetricsCounters& counters, double startTimeS)
{
    MetricsText m;
    nodeFamilies(m, status, startTimeS);
    peerFamilies(m, status);
    linkFamilies(m, status.value(QStringLiteral("links")).toArray());
    groupFamilies(m, status.value(QStringLiteral("groups")).toArray());
    replicationFamilies(m, status.value(QStringLiteral("replication")).toArray());
    counterFamilies(m, counters);
    return m.text();
}

} // namespace twinha::agent
