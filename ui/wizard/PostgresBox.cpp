#include "ui/wizard/PostgresBox.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/PgCluster.h"
#include "ui/wizard/PostgresCopy.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace twinha::ui {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isPrimary(const QJsonObject& cluster)
{
    return protocol::pgRoleFrom(text(cluster, "role")) == protocol::PgRole::Primary;
}
} // namespace

PostgresBox::PostgresBox(QWidget* parent)
    : QWidget(parent)
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_discover(new QPushButton(this))
    , m_maxLagLabel(new QLabel(this))
    , m_maxLagMiB(new QSpinBox(this))
    , m_firstLag(wrappingLabel(this, "postgresFirstLag"))
    , m_copy(new PostgresCopy(this))
{
    m_user->setObjectName(QStringLiteral("postgresReplicationUser"));
    m_user->setText(QStringLiteral("replicator"));
    m_userLabel->setBuddy(m_user);
    m_discover->setObjectName(QStringLiteral("postgresDiscover"));
    m_maxLagMiB->setObjectName(QStringLiteral("postgresMaxLagMiB"));
    m_maxLagMiB->setRange(0, 1024 * 1024);
    m_maxLagLabel->setBuddy(m_maxLagMiB);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 1);
    userRow->addWidget(m_discover);
    form->addRow(m_userLabel, userRow);
    for (int i = 0; i < 2; ++i) {
        Node& n = m_nodes[size_t(i)];
        n.title = new QLabel(this);
        n.clusters = new QComboBox(this);
        n.clusters->setObjectName(QStringLiteral("postgresCluster%1").arg(i));
        n.title->setBuddy(n.clusters);
        n.checks = wrappingLabel(this);
        n.checks->setObjectName(QStringLiteral("postgresChecks%1").arg(i));
        n.checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
        n.checks->setContentsMargins(12, 0, 0, 4);
        form->addRow(n.title, n.clusters);
        form->addRow(n.checks);
        connect(n.clusters, &QComboBox::currentIndexChanged, this, &PostgresBox::showChecks);
    }
    form->addRow(m_maxLagLabel, m_maxLagMiB);
    form->addRow(m_firstLag);
    form->addRow(m_copy);
    connect(m_copy, &PostgresCopy::copied, this, [this] { discover(m_session, m_names); });
    connect(m_discover, &QPushButton::clicked, this, [this] { discover(m_session, m_names); });
    retranslate();
}

PostgresBox::~PostgresBox()
{
    // The combos outlive some of the widgets showChecks() writes to, and clear themselves on the way out.
    for (const Node& n : m_nodes)
        n.clusters->disconnect(this);
}

void PostgresBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PostgresBox::retranslate()
{
    m_userLabel->setText(tr("Replication &role:"));
    m_user->setAccessibleName(tr("PostgreSQL role the standby connects as"));
    m_user->setToolTip(tr("The standby streams the primary's WAL as this role. It needs REPLICATION and LOGIN, and a "
                          "host line for the database \"replication\" in pg_hba.conf."));
    m_discover->setText(tr("Find clusters"));
    m_discover->setAccessibleName(tr("Find the PostgreSQL clusters on both nodes"));
    for (int i = 0; i < 2; ++i) {
        const Node& n = m_nodes[size_t(i)];
        n.title->setText(tr("Cluster on %1:").arg(m_names[size_t(i)]));
        n.clusters->setAccessibleName(tr("PostgreSQL cluster on %1").arg(m_names[size_t(i)]));
        fillClusters(i); // the entries carry translated words
    }
    m_maxLagLabel->setText(tr("Maximum WAL &lag:"));
    m_maxLagMiB->setSuffix(tr(" MiB"));
    m_maxLagMiB->setSpecialValueText(tr("no limit"));
    m_maxLagMiB->setToolTip(tr("A switchover or failover is refused while the standby has not replayed this much of "
                               "the primary's WAL."));
    showChecks();
}

void PostgresBox::load(const WizardModel& model, const QString& group, qint64 maxLagBytes)
{
    // Rounded up: a limit under a MiB shows as 1, not as "no limit".
    m_maxLagMiB->setValue(int(std::min<qint64>((maxLagBytes + kMiB - 1) / kMiB, m_maxLagMiB->maximum())));
    m_maxLagBytes.load(std::max<qint64>(0, maxLagBytes), m_maxLagMiB->value());
    m_wantedDataDir = {};
    for (size_t i = 0; i < 2; ++i)
        m_hosts[i] = model.links.isEmpty() ? model.hosts[i].address : model.links.first().address[i];
    for (const WizardModel::Group& g : model.groups) {
        if (g.name != group)
            continue;
        for (const WizardModel::Resource& r : g.resources) {
            if (r.type != protocol::ResourceType::Postgresql)
                continue;
            m_wantedDataDir = r.dataDir;
            if (!r.replicationUser.isEmpty())
                m_user->setText(r.replicationUser);
            break;
        }
    }
}

void PostgresBox::discover(WizardSession* session, const std::array<QString, 2>& nodeNames)
{
    m_session = session;
    m_names = nodeNames;
    const int generation = ++m_generation; // answers to an earlier question are dropped
    const QJsonObject params{{QStringLiteral("replication_user"), m_user->text().trimmed()}};
    QPointer<PostgresBox> self(this);
    for (int i = 0; i < 2; ++i) {
        Node& n = m_nodes[size_t(i)];
        n.answer = {};
        n.error = {};
        n.pending = false;
        n.sent = session && session->call(i, QString::fromLatin1(protocol::methods::kPostgresDiscover), params,
                                          [self, generation, i](const protocol::RpcMessage& reply) {
                                              if (self && self->m_generation == generation)
                                                  self->onAnswer(i, reply);
                                          });
        n.pending = n.sent;
        fillClusters(i);
    }
    m_discover->setEnabled(!discovering());
    retranslate();
    if (!discovering())
        Q_EMIT discovered();
}

void PostgresBox::onAnswer(int node, const protocol::RpcMessage& reply)
{
    Node& n = m_nodes[size_t(node)];
    n.pending = false;
    n.error = reply.error;
    n.answer = reply.error.isNull() ? reply.result.toObject() : QJsonObject();
    fillClusters(node);
    showChecks();
    m_discover->setEnabled(!discovering());
    if (!discovering())
        Q_EMIT discovered();
}

void PostgresBox::fillClusters(int node)
{
    Node& n = m_nodes[size_t(node)];
    const QSignalBlocker blocker(n.clusters);
    const QString before = n.clusters->currentData().toString();
    n.clusters->clear();
    int pick = -1;
    for (const QJsonValue& v : n.answer.value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject c = v.toObject();
        const bool online = protocol::pgStatusOnline(text(c, "status"));
        const protocol::PgRole pgRole = protocol::pgRoleFrom(text(c, "role"));
        const QString role = pgRole == protocol::PgRole::Standby   ? tr("standby")
                             : pgRole == protocol::PgRole::Primary ? tr("primary")
                                                                   : QString();
        QString label = tr("%1/%2, port %3, %4")
                            .arg(text(c, "version"), text(c, "name"))
                            .arg(c.value(QStringLiteral("port")).toInt())
                            .arg(online ? tr("running") : tr("stopped"));
        if (!role.isEmpty())
            label = tr("%1, %2").arg(label, role);
        n.clusters->addItem(label, text(c, "data_dir"));
        const int row = n.clusters->count() - 1;
        if (text(c, "data_dir") == before || text(c, "data_dir") == m_wantedDataDir[size_t(node)])
            pick = row;
        else if (pick < 0 && online)
            pick = row;
    }
    n.clusters->setCurrentIndex(pick >= 0 ? pick : 0);
}

QJsonObject PostgresBox::chosen(int node) const
{
    const Node& n = m_nodes[size_t(node)];
    const QJsonArray clusters = n.answer.value(QStringLiteral("clusters")).toArray();
    const int row = n.clusters->currentIndex();
    return row >= 0 && row < clusters.size() ? clusters.at(row).toObject() : QJsonObject();
}

void PostgresBox::showChecks()
{
    for (int i = 0; i < 2; ++i)
        m_nodes[size_t(i)].checks->setText(checkText(i));
    m_firstLag->setText(firstLagText());
    offerCopy();
}

void PostgresBox::offerCopy()
{
    PostgresCopy::Offer offer;
    for (int p = 0; p < 2; ++p) {
        const QJsonObject primary = chosen(p);
        const QJsonObject standby = chosen(1 - p);
        const QJsonObject facts = primary.value(QStringLiteral("facts")).toObject();
        const bool copy = protocol::pgStatusOnline(text(standby, "status")) &&
                          text(standby.value(QStringLiteral("facts")).toObject(), "system_identifier") ==
                              text(facts, "system_identifier");
        if (!isPrimary(primary) || standby.isEmpty() || isPrimary(standby) || copy)
            continue;
        offer = {1 - p,
                 m_names[size_t(1 - p)],
                 m_names[size_t(p)],
                 standby,
                 m_hosts[size_t(p)],
                 primary.value(QStringLiteral("port")).toInt(),
                 m_user->text().trimmed(),
                 facts.value(QStringLiteral("database_bytes")).toInteger()};
    }
    m_copy->setOffer(m_session, offer);
}

QString PostgresBox::checkText(int node) const
{
    const Node& n = m_nodes[size_t(node)];
    if (n.pending)
        return tr("Asking %1 for its PostgreSQL clusters…").arg(m_names[size_t(node)]);
    if (!n.sent)
        return tr("Not connected to %1. Go back to the connection page and reconnect.").arg(m_names[size_t(node)]);
    if (!n.error.isNull())
        return tr("The clusters could not be listed: %1").arg(agentlink::ErrorText::describe(n.error));
    QStringList lines;
    for (const QJsonValue& p : n.answer.value(QStringLiteral("problems")).toArray())
        lines << QStringLiteral("⚠ ") + agentlink::ErrorText::describe(protocol::RpcError::fromJson(p.toObject()));
    const QJsonObject c = chosen(node);
    if (c.isEmpty())
        return lines.isEmpty() ? tr("No PostgreSQL cluster was found on this node.") : lines.join(QLatin1Char('\n'));
    const QJsonArray problems = c.value(QStringLiteral("problems")).toArray();
    for (const QJsonValue& p : problems)
        lines << QStringLiteral("⚠ ") + agentlink::ErrorText::describe(protocol::RpcError::fromJson(p.toObject()));
    if (problems.isEmpty()) {
        const QJsonObject f = c.value(QStringLiteral("facts")).toObject();
        lines << QStringLiteral("✓ ") +
                     tr("Ready for replication: wal_level %1, %2 WAL senders, role %3 may replicate, pg_hba.conf "
                        "admits it.")
                         .arg(text(f, "wal_level"))
                         .arg(f.value(QStringLiteral("max_wal_senders")).toInt())
                         .arg(text(n.answer, "replication_user")); // the role asked about, not one typed since
    }
    lines << tr("Data in %1, configuration in %2, owned by %3.")
                 .arg(text(c, "data_dir"), text(c, "config_dir"), text(c, "owner"));
    return lines.join(QLatin1Char('\n'));
}

QString PostgresBox::firstLagText() const
{
    const QJsonObject f0 = chosen(0).value(QStringLiteral("facts")).toObject();
    const QJsonObject f1 = chosen(1).value(QStringLiteral("facts")).toObject();
    if (f0.isEmpty() || f1.isEmpty())
        return {};
    // A standby streams only from the cluster it was copied from.
    if (text(f0, "system_identifier") != text(f1, "system_identifier"))
        return QStringLiteral("⚠ ") + tr("The clusters on %1 and %2 are not copies of one another. Before Apply, "
                                         "make the standby a copy of the primary (pg_basebackup -R).")
                                          .arg(m_names[0], m_names[1]);
    if (isPrimary(chosen(0)) && isPrimary(chosen(1)))
        return QStringLiteral("⚠ ") + tr("Both clusters run as primaries. Before Apply, make one a standby of the "
                                         "other (pg_basebackup -R).");
    for (int i = 0; i < 2; ++i) {
        const QJsonObject c = chosen(i);
        if (!isPrimary(c))
            continue;
        const QJsonObject lag = c.value(QStringLiteral("first_lag")).toObject();
        if (lag.isEmpty())
            return tr("No standby streams from the primary on %1 yet, so there is no lag to show.")
                .arg(m_names[size_t(i)]);
        const QString seconds = lag.value(QStringLiteral("lag_s")).isDouble()
                                    ? QLocale().toString(lag.value(QStringLiteral("lag_s")).toDouble(), 'f', 1)
                                    : QStringLiteral("0");
        return tr("First lag: the standby %1 (%2) is %3 and %4 s behind the primary on %5.")
            .arg(text(lag, "standby"), text(lag, "state"),
                 QLocale().formattedDataSize(lag.value(QStringLiteral("lag_bytes")).toInteger()), seconds,
                 m_names[size_t(i)]);
    }
    return {};
}

QString PostgresBox::problem(QWidget** field) const
{
    *field = nullptr;
    for (int i = 0; i < 2; ++i) {
        const Node& n = m_nodes[size_t(i)];
        const QString name = m_names[size_t(i)];
        *field = n.clusters;
        if (n.pending)
            return tr("Still waiting for %1 to list its PostgreSQL clusters.").arg(name);
        if (!n.sent || !n.error.isNull())
            return tr("The PostgreSQL clusters of %1 could not be listed. Reconnect, then press Find clusters.")
                .arg(name);
        const QJsonObject c = chosen(i);
        if (c.isEmpty())
            return tr("%1 has no PostgreSQL cluster. Create one (pg_createcluster), then press Find clusters.")
                .arg(name);
        if (!protocol::pgStatusOnline(text(c, "status")))
            return tr("The chosen cluster on %1 is not running. Start it, then press Find clusters.").arg(name);
    }
    *field = m_nodes[1].clusters;
    if (text(chosen(0), "owner") != text(chosen(1), "owner"))
        return tr("The two clusters belong to different users (%1 and %2); the agent runs both as one. Choose "
                  "clusters with the same owner.")
            .arg(text(chosen(0), "owner"), text(chosen(1), "owner"));
    *field = nullptr;
    return {};
}

qint64 PostgresBox::maxLagBytes() const
{
    return m_maxLagBytes.value(m_maxLagMiB->value(), qint64(m_maxLagMiB->value()) * kMiB);
}

void PostgresBox::store(WizardModel& model, const QString& group) const
{
    for (WizardModel::Group& g : model.groups) {
        if (g.name != group)
            continue;
        qsizetype at = -1;
        QStringList names;
        for (qsizetype i = 0; i < g.resources.size(); ++i) {
            if (at < 0 && g.resources.at(i).type == protocol::ResourceType::Postgresql)
                at = i;
            names << g.resources.at(i).name;
        }
        WizardModel::Resource r;
        if (at >= 0)
            r = g.resources.at(at);
        r.type = protocol::ResourceType::Postgresql;
        if (r.name.isEmpty())
            r.name = names.contains(QLatin1String("db")) ? QStringLiteral("postgresql") : QStringLiteral("db");
        r.runAs = text(chosen(0), "owner");
        r.replicationUser = m_user->text().trimmed();
        for (size_t i = 0; i < 2; ++i) {
            const QJsonObject c = chosen(int(i));
            r.dataDir[i] = text(c, "data_dir");
            r.configDir[i] = text(c, "config_dir");
            r.socketDir[i] = text(c, "socket_dir");
            // The peer streams from this address: the node's first heartbeat link, as the mirror uses.
            const QString host = model.links.isEmpty() ? model.hosts[i].address : model.links.first().address[i];
            r.pgEndpoint[i] = WizardModel::endpoint(host, c.value(QStringLiteral("port")).toInt());
        }
        if (at >= 0) {
            g.resources[at] = r;
            return;
        }
        // Before the address: the database is primary before clients can reach it.
        const auto vip = std::find_if(g.resources.begin(), g.resources.end(), [](const WizardModel::Resource& x) {
            return x.type == protocol::ResourceType::Vip;
        });
        g.resources.insert(vip - g.resources.begin(), r);
        return;
    }
}

} // namespace twinha::ui
