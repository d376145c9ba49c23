#pragma once

#include "agentlink/ProtectionView.h"
#include "agentlink/protocol/ConfigTerms.h"
#include "ui/wizard/NotifyTargets.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace twinha::ui {

// Everything the setup wizard's pages fill in, shared by all of them (one model, many pages).
// Nodes are indexed 0 and 1 throughout, in the order of the first page. Turns itself into the
// settings config.compose takes (shaped like cluster.toml) and into the console's profile, and
// is pre-filled from the agents' current config when the wizard edits a running cluster.
struct WizardModel
{
    struct Host
    {
        QString address;
        int port = 22;
        QString user = QStringLiteral("root");
        QString identityFile; // empty: ssh-agent and the default keys
        QString agentCommand = QStringLiteral("twinha-agent session");
        QString jumpHost; // empty: no bastion
        int jumpPort = 22;
        QString jumpUser;
    };

    struct Link
    {
        QString name;
        std::array<QString, 2> address; // the heartbeat address of each node on this path
        std::array<int, 2> port{5405, 5405};
    };

    struct Resource
    {
        protocol::ResourceType type = protocol::ResourceType::Script;
        QString name;
        QString address;   // vip: "ip/prefix"
        QString interface; // vip
        QString unit;      // systemd
        QString start;     // script
        QString stop;
        QString status;
        QString runAs = QStringLiteral("root"); // script: run_as, shown so that root is a visible choice
        // postgresql (run_as: the cluster's owner): each node's folders and "host:port"
        std::array<QString, 2> dataDir;
        std::array<QString, 2> configDir;
        std::array<QString, 2> socketDir;
        std::array<QString, 2> pgEndpoint;
        QString replicationUser;
    };

    struct Group
    {
        QString name;
        int preferred = 0; // node index; -1: no preference
        QList<Resource> resources;
    };

    struct Replication
    {
        QString name;
        protocol::ReplicationType type = protocol::ReplicationType::Mirror;
        QString group;
        std::array<QString, 2> path;         // mirror: the folder on each node (usually the same)
        std::array<int, 2> port{5406, 5406}; // mirror: where each node receives the copy
        protocol::MirrorTransportKind transport = protocol::MirrorTransportKind::Rsync; // mirror
        std::array<int, 2> sshPort{22, 22}; // mirror over ssh: each node's sshd
        QString command;                    // command: prints one JSON object with the lag
        double maxLagS = 5;
        qint64 maxLagBytes = 0; // postgresql: WAL the standby may be behind; 0: no limit
    };

    // The device that powers a node off (STONITH), used by its peer.
    struct Fence
    {
        QString device;  // a fence agent (fence_ipmilan), a path to one, or a script command line; empty: none
        QString options; // key=value lines, given to the device on standard input
        int timeoutMs = 60000;

        bool isSet() const { return !device.trimmed().isEmpty(); }
        // "script" for a command line (it has spaces: run through /bin/sh -c), else "agent".
        QString key() const;
    };

    // Page 1
    QString clusterName;
    std::array<Host, 2> hosts;
    // Page 2: what each agent calls itself (hello), and the config it runs, if any
    std::array<QString, 2> nodeNames;
    QString baseText;                    // the config text an edit starts from; empty for a new cluster
    std::array<QString, 2> diskChecksum; // what config.apply's expected_checksum must match ("" = no file)
    // Pages 3 to 7
    protocol::ClusterMode mode = protocol::ClusterMode::HotStandby;
    int intervalMs = 200;
    int deadTimeMs = 1000;
    QList<Link> links;
    QList<Group> groups;
    QList<Replication> replications;
    bool automaticFailover = false;
    QStringList tiebreakers;
    QString witnessAddress; // "host:port" of `twinha-agent witness`; empty: none
    int witnessTtlMs = 2000;
    bool hadWitness = false;                         // the edited config has one: clearing the address must remove it
    QStringList witnessEtcd;                         // an etcd cluster as the witness, set by hand: kept, never sent
    NotifyTargets notify;                            // [[notify]]: a mail list and a webhook
    std::array<Fence, 2> fences;                     // fences[i] powers node i off
    QString keyFile = QStringLiteral("cluster.key"); // kept from the current config when editing
    // Page 8: the text the agents composed and validated, shown in full and written by page 9
    QString configText;

    bool isEdit() const { return !baseText.isEmpty(); }
    // The node a group prefers, by name; empty without a preference.
    QString preferredNode(const Group& g) const;
    // Where a link endpoint or a receive port is written: "host:port", IPv6 in brackets.
    static QString endpoint(const QString& address, int port);

    // The settings for config.compose: cluster, timing, node, link, group, replication, failover,
    // witness and fence.
    QJsonObject settings() const;
    // The level the agents will report (Coordinator::protectionLevel), the weaker of the two nodes':
    // node i fences its peer with fences[1 - i]; duplex groups take no lease.
    agentlink::ProtectionLevel protectionLevel() const;
    // Key=value lines as pairs; blank lines and # comments are skipped. `badLine` gets the number
    // (from 1) of the first line that is not key=value, or 0.
    static QList<std::pair<QString, QString>> fenceOptions(const QString& lines, int* badLine = nullptr);
    // Pre-fills pages 3 to 7 from config.get's `document`; the hosts and node names stay as the
    // first two pages found them. Returns false when the document names other nodes than those.
    bool fillFromDocument(const QJsonObject& document);
    // The words of config.get's `document` that choose a behaviour this console does not know (a
    // newer agent's mode, resource type, replication type or mirror transport), as "field = word".
    // The wizard cannot edit such a config without losing them.
    static QStringList unknownTerms(const QJsonObject& document);
    // The console's profile file for this pair (ClusterProfile's format); `knownHosts` relative
    // to the profile's folder.
    QJsonObject profileJson(const QString& knownHosts) const;
};

} // namespace twinha::ui
