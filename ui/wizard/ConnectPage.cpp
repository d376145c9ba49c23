#include "ui/wizard/ConnectPage.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Version.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/AgentInstallBox.h"
#include "ui/wizard/DefaultLinkAddress.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVersionNumber>

#include <algorithm>

namespace twinha::ui {

using agentlink::AgentClient;
using agentlink::LinkStage;
using agentlink::LinkState;
namespace codes = protocol::codes;

namespace {

bool isOneOf(const QString& code, std::initializer_list<const char*> list)
{
    return std::any_of(list.begin(), list.end(), [&code](const char* c) { return code == QLatin1String(c); });
}

} // namespace

ConnectPage::ConnectPage(QWidget* parent)
    : WizardPage(parent)
    , m_intro(selectableLabel(this, "connectIntro"))
    , m_reconnect(new QPushButton(this))
{
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (session())
            session()->rediscover();
    });

    auto* panels = new QHBoxLayout;
    for (int i : {0, 1}) {
        Panel& p = m_panels[size_t(i)];
        p.box = new QGroupBox(this);
        p.box->setObjectName(QStringLiteral("connectNode") + QString::number(i));
        p.address = selectableLabel(p.box, "address");
        p.state = selectableLabel(p.box, "state");
        p.hostKey = selectableLabel(p.box, "hostKey");
        p.fingerprint = selectableLabel(p.box, "fingerprint");
        p.fingerprint->setWordWrap(false); // a wrapped label cuts a word wider than itself: never this one
        p.keyNote = selectableLabel(p.box, "hostKeyNote");
        p.agent = selectableLabel(p.box, "agent");
        p.problem = selectableLabel(p.box, "problem");
        p.install = new AgentInstallBox(i, p.box);
        connect(p.install, &AgentInstallBox::installed, this, [this] { session()->rediscover(); });
        auto* box = new QVBoxLayout(p.box);
        for (QLabel* l : {p.address, p.state, p.hostKey, p.fingerprint, p.keyNote, p.agent, p.problem})
            box->addWidget(l);
        box->addWidget(p.install);
        box->addStretch();
        panels->addWidget(p.box, 1);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reconnect);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(panels, 1);
    layout->addLayout(buttons);
    layout->addWidget(notice());
    retranslate();
}

void ConnectPage::retranslate()
{
    setTitle(tr("Connect"));
    setSubTitle(tr("The console logs in to both servers and starts the agent on each. It changes nothing there "
                   "unless you install the agent."));
    m_reconnect->setText(tr("Connect again"));
    m_reconnect->setAccessibleName(tr("Connect to both servers again"));
    if (!wizard()) // the constructor runs before the page joins the wizard
        return;
    m_intro->setText(tr("Host keys are checked against %1. An unknown key is shown for you to compare before it is "
                        "trusted; a changed key is refused.")
                         .arg(setupWizard()->knownHostsFile()));
    refresh();
}

void ConnectPage::initializePage()
{
    // The links run on their own threads and report through signals, so this page never waits on them.
    connect(session(), &WizardSession::changed, this, &ConnectPage::refresh, Qt::UniqueConnection);
    session()->connectTo(model(), setupWizard()->knownHostsFile());
    retranslate();
}

void ConnectPage::trackClients()
{
    for (int i : {0, 1}) {
        AgentClient* c = session()->client(i);
        if (c == m_clients[size_t(i)])
            continue;
        // A new connection (the hosts changed): its pair may run another config, so adopt again.
        m_clients[size_t(i)] = c;
        m_stage[size_t(i)].reset();
        m_adopted = false;
        m_origin = Origin::None;
        if (c)
            connect(c, &AgentClient::stageChanged, this, [this, i](LinkStage stage) {
                m_stage[size_t(i)] = stage;
                refresh();
            });
    }
}

void ConnectPage::refresh()
{
    if (!wizard() || !session())
        return;
    trackClients();
    adopt();
    for (int i : {0, 1})
        renderPanel(i);
    renderNotice();
    Q_EMIT completeChanged();
}

QString ConnectPage::stageText(int i) const
{
    const AgentClient* c = m_clients[size_t(i)];
    switch (c->state()) {
    case LinkState::Connecting:
        break;
    case LinkState::Handshaking:
        return tr("Agent started; asking who it is…");
    case LinkState::Ready:
        return session()->discovered(i) ? tr("Connected.")
                                        : tr("Connected; reading the node's network and configuration…");
    case LinkState::Idle:
    case LinkState::Disconnected:
        return tr("Not connected"); // not "unreachable": the host may be fine and the agent missing
    }
    if (!m_stage[size_t(i)])
        return tr("Connecting…");
    switch (*m_stage[size_t(i)]) {
    case LinkStage::Connecting:
        return tr("Connecting to the SSH server…");
    case LinkStage::VerifyingHostKey:
        return tr("Checking the host key…");
    case LinkStage::Authenticating:
        return tr("Logging in as %1…").arg(c->endpoint().user);
    case LinkStage::StartingAgent:
        return tr("Starting the agent (%1)…").arg(c->endpoint().agentCommand);
    case LinkStage::Open:
        return tr("Agent started; asking who it is…");
    }
    return {};
}

QString ConnectPage::problemText(int i) const
{
    const AgentClient* c = m_clients[size_t(i)];
    if (c->state() == LinkState::Disconnected && !c->lastError().isNull()) {
        const protocol::RpcError& e = c->lastError();
        const QString code = e.code;
        if (AgentInstallBox::agentMissing(e))
            return tr("The agent is missing on this node: \"%1\" was not found. Install it below, or install the "
                      "twinha-agent package on the node yourself and start it: systemctl enable --now twinha-agent. "
                      "If it is installed elsewhere, set the agent command under Advanced on the previous page.")
                .arg(c->endpoint().agentCommand);
        QString hint;
        if (code == QLatin1String(codes::kDaemonUnreachable) &&
            e.params.value(QStringLiteral("errno")).toString() != QLatin1String("EACCES")) // it runs; access is refused
            hint = tr("The agent is installed but its service is not running. Start it now and at every boot with: "
                      "systemctl enable --now twinha-agent. Then press Connect again.");
        else if (isOneOf(code, {codes::kHostUnreachable, codes::kConnectTimeout, codes::kJumpForwardFailed}))
            hint = tr("If the address, the port or the jump host is wrong, correct it on the previous page; then press "
                      "Connect again.");
        else if (isOneOf(code, {codes::kAuthFailed, codes::kIdentityUnreadable, codes::kKeyPassphraseWrong}))
            hint = tr("If the user or the key file is wrong, correct it on the previous page; then press Connect "
                      "again.");
        else if (code == QLatin1String(codes::kHostKeyUnknown))
            hint = tr("The key was not trusted. Press Connect again to compare the fingerprint once more.");
        else if (isOneOf(code, {codes::kHostKeyChanged, codes::kHostKeyOtherType}))
            hint = tr("Do not go on until the server's administrator has confirmed its new key.");
        else if (code != QLatin1String(codes::kProtocolVersionUnsupported))
            hint = tr("When the cause is fixed, press Connect again.");
        return hint.isEmpty() ? agentlink::ErrorText::describe(e)
                              : agentlink::ErrorText::describe(e) + QLatin1Char(' ') + hint;
    }
    if (const protocol::RpcError e = session()->discoveryError(i); !e.isNull())
        return tr("The agent answered, but could not report the node's network or configuration: %1 Press Connect "
                  "again to retry.")
            .arg(agentlink::ErrorText::describe(e));
    return {};
}

void ConnectPage::renderPanel(int i)
{
    Panel& p = m_panels[size_t(i)];
    const WizardModel::Host& host = model().hosts[size_t(i)];
    p.box->setTitle(tr("Node %1").arg(i + 1));
    QString address = host.user + QLatin1Char('@') + WizardModel::endpoint(host.address, host.port);
    if (!host.jumpHost.isEmpty())
        address = tr("%1 through %2").arg(address, host.jumpHost);
    p.address->setText(tr("Address: %1").arg(address));

    const AgentClient* c = m_clients[size_t(i)];
    if (!c) {
        // The session could not even be set up; WizardSession reports why as a discovery error.
        p.state->setText(tr("Not connected"));
        const protocol::RpcError e = session()->discoveryError(i);
        p.problem->setText(e.isNull() ? QString() : agentlink::ErrorText::describe(e));
        for (QLabel* l : {p.hostKey, p.fingerprint, p.keyNote, p.agent})
            l->clear();
    } else {
        p.state->setText(tr("State: %1").arg(stageText(i)));
        const agentlink::HostKeyInfo& key = c->hostKey();
        // Past the host-key stage means the key passed: it was on record, or the user trusted it.
        const bool keyPassed = c->state() == LinkState::Ready || c->state() == LinkState::Handshaking ||
                               (m_stage[size_t(i)] && *m_stage[size_t(i)] > LinkStage::VerifyingHostKey);
        p.hostKey->setText(key.fingerprint.isEmpty() ? QString() : tr("Host key (%1):").arg(key.keyType));
        p.fingerprint->setText(key.fingerprint);
        p.keyNote->setText(key.fingerprint.isEmpty() || !keyPassed
                               ? QString()
                               : tr("It matches the known_hosts file, or you confirmed it when asked."));
        const protocol::Hello& hello = c->hello();
        p.agent->setText(hello.agentVersion.isEmpty()
                             ? QString()
                             : tr("Agent %1, node name \"%2\"").arg(hello.agentVersion, hello.node));
        p.problem->setText(problemText(i));
    }
    const bool missing = c && c->state() == LinkState::Disconnected && AgentInstallBox::agentMissing(c->lastError());
    const QString version = c ? c->hello().agentVersion : QString();
    const bool older = !version.isEmpty() &&
                       QVersionNumber::fromString(version) < QVersionNumber::fromString(protocol::twinhaVersion());
    if (missing || older)
        p.install->offer(c->endpoint(), session()->prompter(), older);
    else
        p.install->withdraw();
    for (QLabel* l : {p.hostKey, p.fingerprint, p.keyNote, p.agent, p.problem})
        l->setVisible(!l->text().isEmpty());
    p.box->setAccessibleDescription(QStringList{p.state->text(), p.problem->text()}.join(QLatin1Char('\n')));
}

bool ConnectPage::namesClash() const
{
    const QString a = m_clients[0] ? m_clients[0]->hello().node : QString();
    const QString b = m_clients[1] ? m_clients[1]->hello().node : QString();
    return !a.isEmpty() && a == b;
}

bool ConnectPage::isComplete() const
{
    const WizardSession* s = wizard() ? session() : nullptr;
    return s && m_adopted && s->discovered(0) && s->discovered(1) && !namesClash() && m_origin != Origin::Newer;
}

void ConnectPage::adopt()
{
    WizardSession* s = session();
    if (m_adopted || !s->discovered(0) || !s->discovered(1) || !m_clients[0] || !m_clients[1] || namesClash() ||
        m_clients[0]->hello().node.isEmpty() || m_clients[1]->hello().node.isEmpty())
        return;
    WizardModel& m = model();
    m.nodeNames = {m_clients[0]->hello().node, m_clients[1]->hello().node};
    int base = -1;
    for (int i : {0, 1}) {
        const QJsonObject config = s->config(i);
        const bool exists = config.value(QStringLiteral("exists")).toBool();
        m.diskChecksum[size_t(i)] = exists ? config.value(QStringLiteral("disk_checksum")).toString() : QString();
        if (base < 0 && exists && config.value(QStringLiteral("document")).isObject())
            base = i;
    }
    m_checksumsDiffer = m.diskChecksum[0] != m.diskChecksum[1];
    m_adopted = true;
    if (base < 0) {
        m.baseText.clear();
        m_origin = Origin::NewDefaults;
        m_checksumsDiffer = false; // nothing to start from; a stray unreadable file is simply replaced
        fillDefaults();
        return;
    }
    m_baseNode = base;
    const QJsonObject config = s->config(base);
    m.baseText = config.value(QStringLiteral("text")).toString();
    m_unknownTerms = WizardModel::unknownTerms(config.value(QStringLiteral("document")).toObject());
    if (!m_unknownTerms.isEmpty()) {
        m_origin = Origin::Newer; // editing it here would drop what the console does not know
    } else if (m.fillFromDocument(config.value(QStringLiteral("document")).toObject())) {
        m_origin = Origin::Running;
        m_runningCluster = m.clusterName;
    } else {
        m_origin = Origin::Foreign;
        fillDefaults();
    }
}

void ConnectPage::fillDefaults()
{
    WizardModel& m = model();
    WizardModel::Link link;
    link.name = QStringLiteral("lan");
    for (int i : {0, 1})
        link.address[size_t(i)] = defaultLinkAddress(session()->facts(i), m.hosts[size_t(i)].address);
    m.links = {link};
    WizardModel::Group group;
    // Group names must start with a letter or digit; cluster names need not.
    const bool usable = !m.clusterName.isEmpty() && m.clusterName.at(0).isLetterOrNumber();
    group.name = usable ? m.clusterName : QStringLiteral("service");
    group.preferred = 0;
    m.groups = {group};
    m.replications.clear();
}

void ConnectPage::renderNotice()
{
    QStringList lines;
    NoticeLabel::Kind kind = NoticeLabel::Kind::Info;
    if (namesClash()) {
        notice()->showNotice(
            NoticeLabel::Kind::Error,
            tr("Both agents call themselves \"%1\", but each node needs a name of its own. Check that the two "
               "addresses reach two different servers. The name is the short host name unless the agent's service "
               "runs with --node NAME; change it on one node, restart twinha-agent there and press Connect again.")
                .arg(m_clients[0]->hello().node));
        return;
    }
    if (m_origin == Origin::Newer) {
        notice()->showNotice(NoticeLabel::Kind::Error,
                             tr("The configuration on these servers uses settings this console does not know: %1. "
                                "It was written for a newer TwinHA; update the console before editing this "
                                "cluster, or the wizard would drop them.")
                                 .arg(QLocale().createSeparatedList(m_unknownTerms)));
        return;
    }
    if (m_origin == Origin::Running)
        lines << tr("This pair already runs cluster %1: the next pages start from its current settings; settings the "
                    "wizard does not show are kept.")
                     .arg(m_runningCluster);
    if (m_origin == Origin::Foreign) {
        kind = NoticeLabel::Kind::Warning;
        lines << tr("The configuration on these servers is for other nodes than \"%1\" and \"%2\". The next pages "
                    "start from defaults, and applying replaces that configuration.")
                     .arg(model().nodeNames[0], model().nodeNames[1]);
    }
    if (m_checksumsDiffer && m_origin != Origin::NewDefaults) {
        kind = NoticeLabel::Kind::Warning;
        const std::array<QString, 2>& names = model().nodeNames;
        const int other = 1 - m_baseNode;
        if (model().diskChecksum[size_t(other)].isEmpty())
            lines << tr("Only %1 has a configuration file; %2 has none. The next pages start from the file on %1, and "
                        "the review page shows the text that will be applied to both.")
                         .arg(names[size_t(m_baseNode)], names[size_t(other)]);
        else
            lines << tr("The configuration files on the two nodes differ. The next pages start from the file on %1; "
                        "the review page shows the text that will be applied to both.")
                         .arg(names[size_t(m_baseNode)]);
    }
    if (lines.isEmpty())
        notice()->clearNotice();
    else
        notice()->showNotice(kind, lines.join(QLatin1Char('\n')));
}

} // namespace twinha::ui
