#include "ui/wizard/HostsPage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardWidgets.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {

constexpr QLatin1StringView kDefaultAgentCommand("twinha-agent session");

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

HostsPage::HostsPage(QWidget* parent)
    : WizardPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_credentialsHint(wrappingLabel(this))
{
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_nameLabel->setBuddy(m_name);
    m_credentialsHint->setObjectName(QStringLiteral("credentialsHint"));

    auto* nameRow = new QFormLayout;
    nameRow->addRow(m_nameLabel, m_name);

    // Side by side: the page stays short enough for the wizard's minimum height.
    auto* nodesRow = new QHBoxLayout;
    for (int i : {0, 1}) {
        buildNode(i);
        nodesRow->addWidget(m_nodes[size_t(i)].box, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addLayout(nodesRow);
    layout->addWidget(m_credentialsHint);
    layout->addStretch();
    layout->addWidget(notice());
    retranslate();
}

void HostsPage::buildNode(int i)
{
    NodeWidgets& n = m_nodes[size_t(i)];
    const QString suffix = QString::number(i);
    n.box = new QGroupBox(this);
    n.box->setObjectName(QStringLiteral("nodeBox") + suffix);
    const auto field = [&n, &suffix](QLabel** label, auto* widget, const char* name) {
        widget->setObjectName(QLatin1String(name) + suffix);
        *label = new QLabel(n.box);
        (*label)->setBuddy(widget);
        return widget;
    };
    n.address = field(&n.addressLabel, new QLineEdit(n.box), "host");
    n.port = field(&n.portLabel, new QSpinBox(n.box), "port");
    n.port->setRange(1, 65535);
    n.port->setValue(22);
    n.user = field(&n.userLabel, new QLineEdit(n.box), "user");
    n.identity = field(&n.identityLabel, new QLineEdit(n.box), "identity");
    n.browse = new QPushButton(n.box);
    n.browse->setObjectName(QStringLiteral("browseIdentity") + suffix);
    connect(n.browse, &QPushButton::clicked, this, [this, i] { browseIdentity(i); });

    // Rarely needed, so folded away; the values count whether or not the part is shown.
    n.advancedToggle = new QToolButton(n.box);
    n.advancedToggle->setObjectName(QStringLiteral("advanced") + suffix);
    n.advancedToggle->setCheckable(true);
    n.advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    n.advancedToggle->setAutoRaise(true);
    connect(n.advancedToggle, &QToolButton::toggled, this, [this, i](bool on) { setAdvancedShown(i, on); });
    n.advanced = new QWidget(n.box);
    n.agentCommand = field(&n.agentLabel, new QLineEdit(n.advanced), "agentCommand");
    n.jump = field(&n.jumpLabel, new QLineEdit(n.advanced), "jump");
    n.jump->setPlaceholderText(QStringLiteral("user@host:port"));
    auto* advancedForm = new QFormLayout(n.advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(n.agentLabel, n.agentCommand);
    advancedForm->addRow(n.jumpLabel, n.jump);

    auto* identityRow = new QHBoxLayout;
    identityRow->addWidget(n.identity, 1);
    identityRow->addWidget(n.browse);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(n.addressLabel, n.address);
    form->addRow(n.portLabel, n.port);
    form->addRow(n.userLabel, n.user);
    form->addRow(n.identityLabel, identityRow);
    auto* box = new QVBoxLayout(n.box);
    box->addLayout(form);
    box->addWidget(n.advancedToggle, 0, Qt::AlignLeft);
    box->addWidget(n.advanced);
    setAdvancedShown(i, false);
}

void HostsPage::setAdvancedShown(int i, bool shown)
{
    NodeWidgets& n = m_nodes[size_t(i)];
    n.advanced->setVisible(shown);
    n.advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    if (n.advancedToggle->isChecked() != shown)
        n.advancedToggle->setChecked(shown);
}

void HostsPage::retranslate()
{
    setTitle(tr("Servers"));
    setSubTitle(tr("Name the cluster and say how the console reaches each of the two servers over SSH."));
    m_nameLabel->setText(tr("Cluster &name:"));
    m_name->setAccessibleName(tr("Cluster name"));
    m_name->setPlaceholderText(tr("letters, digits, - and _"));
    m_credentialsHint->setText(
        tr("Leave the key file empty to use ssh-agent and your default keys. Passwords and key passphrases are "
           "asked for when connecting and are never stored."));
    for (int i : {0, 1}) {
        NodeWidgets& n = m_nodes[size_t(i)];
        const QString node = tr("Node %1").arg(i + 1);
        n.box->setTitle(node);
        n.addressLabel->setText(tr("&Address:"));
        n.portLabel->setText(tr("SSH &port:"));
        n.userLabel->setText(tr("&User:"));
        n.identityLabel->setText(tr("Private &key file:"));
        n.agentLabel->setText(tr("Agent command:"));
        n.jumpLabel->setText(tr("Jump host:"));
        n.browse->setText(tr("Browse…"));
        n.advancedToggle->setText(tr("Advanced"));
        n.address->setPlaceholderText(tr("host name or IP address"));
        n.identity->setPlaceholderText(tr("ssh-agent and default keys"));
        n.address->setAccessibleName(tr("%1 address").arg(node));
        n.port->setAccessibleName(tr("%1 SSH port").arg(node));
        n.user->setAccessibleName(tr("%1 user").arg(node));
        n.identity->setAccessibleName(tr("%1 private key file").arg(node));
        n.browse->setAccessibleName(tr("Browse for the %1 private key file").arg(node));
        n.advancedToggle->setAccessibleName(tr("%1 advanced settings").arg(node));
        n.agentCommand->setAccessibleName(tr("%1 agent command").arg(node));
        n.jump->setAccessibleName(tr("%1 jump host").arg(node));
        n.jump->setToolTip(tr("Optional bastion to connect through: host, host:port or user@host:port."));
    }
    // Findings on the page are sentences of the old language: check again to say them anew.
    if (wizard() && !notice()->text().isEmpty() && notice()->kind() == NoticeLabel::Kind::Error)
        validatePage();
}

void HostsPage::initializePage()
{
    const WizardModel& m = model();
    m_name->setText(m.clusterName);
    m_name->setReadOnly(setupWizard()->isEditing());
    for (int i : {0, 1}) {
        const WizardModel::Host& h = m.hosts[size_t(i)];
        NodeWidgets& n = m_nodes[size_t(i)];
        n.address->setText(h.address);
        n.port->setValue(h.port);
        n.user->setText(h.user);
        n.identity->setText(h.identityFile);
        n.agentCommand->setText(h.agentCommand);
        n.jump->setText(formatJump(h));
        // Open the advanced part when it holds something other than the defaults.
        setAdvancedShown(i, !h.jumpHost.isEmpty() || h.agentCommand != kDefaultAgentCommand);
    }
    notice()->clearNotice();
}

void HostsPage::browseIdentity(int i)
{
    QLineEdit* edit = m_nodes[size_t(i)].identity;
    const QString current = expandHome(edit->text().trimmed());
    const QString start = current.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh")) : current;
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the private key for node %1").arg(i + 1), start);
    if (!file.isEmpty())
        edit->setText(QDir::toNativeSeparators(file));
}

bool HostsPage::isValidHost(const QString& host)
{
    // Host names, IPv4 and IPv6 (with an optional %zone); never something ssh could read as an option.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._%:-]+$"));
    return !host.isEmpty() && !host.startsWith(QLatin1Char('-')) && re.match(host).hasMatch();
}

std::optional<HostsPage::JumpSpec> HostsPage::parseJump(const QString& text)
{
    JumpSpec j;
    QString rest = text.trimmed();
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        j.user = rest.left(at);
        rest = rest.mid(at + 1);
        static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._-]*$"));
        if (!userRe.match(j.user).hasMatch())
            return std::nullopt;
    }
    QString portText;
    bool hasPort = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        j.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return std::nullopt;
        hasPort = !after.isEmpty();
        portText = after.mid(1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        j.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
        hasPort = true;
    } else {
        j.host = rest; // a bare IPv6 address has several colons and no port
    }
    if (hasPort) {
        bool ok = false;
        j.port = portText.toInt(&ok);
        if (!ok || j.port < 1 || j.port > 65535)
            return std::nullopt;
    }
    if (!isValidHost(j.host))
        return std::nullopt;
    return j;
}

QString HostsPage::formatJump(const WizardModel::Host& h)
{
    if (h.jumpHost.isEmpty())
        return {};
    QString text = h.jumpUser.isEmpty() ? QString() : h.jumpUser + QLatin1Char('@');
    if (h.jumpPort == 22)
        return text + h.jumpHost;
    return text + WizardModel::endpoint(h.jumpHost, h.jumpPort);
}

void HostsPage::checkNode(int i, WizardModel::Host* host, QStringList* errors, QWidget** firstBad)
{
    const NodeWidgets& n = m_nodes[size_t(i)];
    const QString node = tr("Node %1").arg(i + 1);
    const auto fail = [&](QWidget* widget, const QString& sentence) {
        errors->append(sentence);
        if (n.advanced->isAncestorOf(widget))
            setAdvancedShown(i, true); // the user has to see the field the sentence names
        if (!*firstBad)
            *firstBad = widget;
    };

    host->address = n.address->text().trimmed();
    host->port = n.port->value();
    host->user = n.user->text().trimmed();
    host->identityFile = expandHome(n.identity->text().trimmed());
    host->agentCommand = n.agentCommand->text().trimmed();

    if (host->address.isEmpty())
        fail(n.address, tr("%1: enter the server's address, a host name or an IP address.").arg(node));
    else if (!isValidHost(host->address))
        fail(n.address, tr("%1: \"%2\" is not a host name or IP address. Enter only the address; the user and the "
                           "port have fields of their own.")
                            .arg(node, host->address));
    if (host->user.isEmpty())
        fail(n.user, tr("%1: enter the user to log in as, for example root.").arg(node));
    if (!host->identityFile.isEmpty()) {
        const QFileInfo key(host->identityFile);
        if (!key.isFile())
            fail(n.identity, tr("%1: the private key file %2 does not exist. Choose it with Browse…, or leave the "
                                "field empty to use ssh-agent and the default keys.")
                                 .arg(node, host->identityFile));
        else
            host->identityFile = key.absoluteFilePath();
    }
    if (host->agentCommand.isEmpty())
        fail(n.agentCommand, tr("%1: the agent command is empty. Enter the command that starts the agent session, "
                                "normally \"%2\".")
                                 .arg(node, kDefaultAgentCommand));

    host->jumpHost.clear();
    host->jumpUser.clear();
    host->jumpPort = 22;
    const QString jumpText = n.jump->text().trimmed();
    if (!jumpText.isEmpty()) {
        if (const std::optional<JumpSpec> j = parseJump(jumpText)) {
            host->jumpHost = j->host;
            host->jumpPort = j->port;
            host->jumpUser = j->user;
        } else {
            fail(n.jump, tr("%1: the jump host \"%2\" is not valid. Write it as host, host:port or "
                            "user@host:port, or leave it empty to connect directly.")
                             .arg(node, jumpText));
        }
    }
}

bool HostsPage::validatePage()
{
    QStringList errors;
    QWidget* firstBad = nullptr;
    const QString name = m_name->text().trimmed();
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (name.isEmpty()) {
        errors << tr("Enter a cluster name: up to 32 letters, digits, \"-\" or \"_\".");
        firstBad = m_name;
    } else if (!nameRe.match(name).hasMatch()) {
        errors << tr("The cluster name \"%1\" may only contain letters, digits, \"-\" and \"_\", at most 32 of "
                     "them. Choose another name.")
                      .arg(name);
        firstBad = m_name;
    }

    std::array<WizardModel::Host, 2> hosts = model().hosts;
    for (int i : {0, 1})
        checkNode(i, &hosts[size_t(i)], &errors, &firstBad);
    // The same address through two different bastions may well be two servers.
    if (!hosts[0].address.isEmpty() && hosts[0].address.compare(hosts[1].address, Qt::CaseInsensitive) == 0 &&
        hosts[0].port == hosts[1].port && hosts[0].jumpHost.compare(hosts[1].jumpHost, Qt::CaseInsensitive) == 0) {
        errors << tr("Node 1 and Node 2 both point to %1, port %2. Enter the address of the second server for "
                     "Node 2.")
                      .arg(hosts[1].address)
                      .arg(hosts[1].port);
        if (!firstBad)
            firstBad = m_nodes[1].address;
    }

    if (!errors.isEmpty())
        return refuse(errors.join(QLatin1Char('\n')), firstBad);
    notice()->clearNotice();
    model().clusterName = name;
    model().hosts = hosts;
    return true;
}

} // namespace twinha::ui
