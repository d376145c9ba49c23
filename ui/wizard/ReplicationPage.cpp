#include "ui/wizard/ReplicationPage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/FolderCheck.h"
#include "ui/wizard/MirrorTransportBox.h"
#include "ui/wizard/PostgresBox.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizard>

#include <utility>

namespace twinha::ui {

ReplicationPage::ReplicationPage(QWidget* parent)
    : WizardPage(parent)
    , m_kind(new QButtonGroup(this))
    , m_form(new QFormLayout)
    , m_channelLabel(new QLabel(this))
    , m_channel(new QLineEdit(this))
    , m_groupLabel(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_pathsDiffer(new QCheckBox(this))
    , m_path1Label(new QLabel(this))
    , m_path1(new QLineEdit(this))
    , m_transportLabel(new QLabel(this))
    , m_transport(new MirrorTransportBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_port1Label(new QLabel(this))
    , m_port1(new QSpinBox(this))
    , m_check(new QPushButton(this))
    , m_checkResult(wrappingLabel(this, "pathCheckResult"))
    , m_lagCommandLabel(new QLabel(this))
    , m_lagCommand(new QLineEdit(this))
    , m_commandFormat(wrappingLabel(this, "lagCommandFormat"))
    , m_maxLagLabel(new QLabel(this))
    , m_maxLag(new QDoubleSpinBox(this))
    , m_kept(wrappingLabel(this, "keptChannels"))
    , m_pg(new PostgresBox(this))
    , m_folders(new FolderCheck(this))
{
    auto* choices = new QVBoxLayout;
    m_none = addChoice(choices, &m_noneHint, "replicationNone");
    m_mirror = addChoice(choices, &m_mirrorHint, "replicationMirror");
    m_command = addChoice(choices, &m_commandHint, "replicationCommand");
    m_postgres = addChoice(choices, &m_postgresHint, "replicationPostgres");
    m_none->setChecked(true);

    const auto named = [](QWidget* w, QLabel* label, const char* name) {
        w->setObjectName(QLatin1String(name));
        if (label)
            label->setBuddy(w);
    };
    named(m_channel, m_channelLabel, "channelName");
    named(m_group, m_groupLabel, "replicationGroup");
    named(m_path, m_pathLabel, "mirrorPath");
    named(m_pathsDiffer, nullptr, "mirrorPathsDiffer");
    named(m_path1, m_path1Label, "mirrorPath1");
    named(m_port, m_portLabel, "mirrorPort");
    named(m_port1, m_port1Label, "mirrorPort1");
    named(m_check, nullptr, "checkPaths");
    named(m_lagCommand, m_lagCommandLabel, "lagCommand");
    named(m_maxLag, m_maxLagLabel, "maxLag");
    m_path->setPlaceholderText(QStringLiteral("/var/mail"));
    m_path1->setPlaceholderText(QStringLiteral("/srv/mail"));
    m_port->setRange(1, 65535);
    m_port1->setRange(1, 65535);
    m_maxLag->setRange(0, 86400);
    m_maxLag->setDecimals(1);
    m_maxLag->setSingleStep(0.5);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch();
    m_checkRow = checkRow;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(m_channelLabel, m_channel);
    m_form->addRow(m_groupLabel, m_group);
    m_form->addRow(m_pathLabel, m_path);
    m_form->addRow(QString(), m_pathsDiffer);
    m_form->addRow(m_path1Label, m_path1);
    m_form->addRow(m_transportLabel, m_transport);
    m_form->addRow(m_portLabel, m_port);
    m_form->addRow(m_port1Label, m_port1);
    m_form->addRow(m_checkRow);
    m_form->addRow(m_checkResult);
    m_form->addRow(m_lagCommandLabel, m_lagCommand);
    m_form->addRow(m_commandFormat);
    m_form->addRow(m_maxLagLabel, m_maxLag);
    m_form->addRow(m_pg);

    // Three explanations, the mirror's rows and its check results outgrow the wizard's minimum
    // height (more so in a larger font): the body scrolls, the notice stays in view.
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(choices);
    bodyLayout->addLayout(m_form);
    bodyLayout->addWidget(m_kept);
    bodyLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(notice());

    connect(m_transport, &MirrorTransportBox::changed, this, &ReplicationPage::updateMode);
    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateMode();
        if (on && m_postgres->isChecked())
            m_pg->discover(session(), {nodeName(0), nodeName(1)});
    });
    // A result for other folders must not look like one for these.
    const auto stale = [this] {
        if (!m_folders->key().isEmpty() && pathsKey() != m_folders->key()) {
            m_checkResult->clear();
            m_folders->reset(); // a check still running was for the old folders
            m_advanceWhenFine = false;
            m_check->setEnabled(true);
            notice()->clearNotice();
        }
    };
    connect(m_path, &QLineEdit::textChanged, this, stale);
    connect(m_path1, &QLineEdit::textChanged, this, stale);
    connect(m_pathsDiffer, &QCheckBox::toggled, this, stale);
    connect(m_pathsDiffer, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_path1->text().trimmed().isEmpty())
            m_path1->setText(m_path->text());
        updateMode();
        retranslate();
    });
    connect(m_check, &QPushButton::clicked, this, [this] { checkPaths(false); });
    connect(m_folders, &FolderCheck::finished, this, &ReplicationPage::onFoldersChecked);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_folders->key().isEmpty() && !m_folders->running())
            showPathChecks(); // the first copy's size is counted on the group's preferred node
    });
    updateMode();
    retranslate();
}

QRadioButton* ReplicationPage::addChoice(QLayout* layout, QLabel** hint, const char* objectName)
{
    auto* radio = new QRadioButton(this);
    radio->setObjectName(QLatin1String(objectName));
    m_kind->addButton(radio);
    *hint = wrappingLabel(this);
    (*hint)->setObjectName(QLatin1String(objectName) + QStringLiteral("Hint"));
    // Indented under its button, so each explanation reads as belonging to its choice.
    (*hint)->setContentsMargins(24, 0, 0, 6);
    layout->addWidget(radio);
    layout->addWidget(*hint);
    return radio;
}

void ReplicationPage::retranslate()
{
    setTitle(tr("Replication"));
    setSubTitle(tr("How the standby's copy of the data keeps up, and how far behind it may be for a switchover."));
    m_none->setText(tr("&No replication"));
    m_noneHint->setText(tr("The cluster copies no data, for example because the data lives on shared storage or "
                           "the service keeps none."));
    m_mirror->setText(tr("&Mirror folders with rsync"));
    m_mirrorHint->setText(tr("The agent copies a folder from the active node to the standby with rsync, on every "
                             "change and at least every 30 seconds. Files the active node does not have are deleted "
                             "from the standby's folder."));
    m_command->setText(tr("A &command that reports the lag"));
    m_commandHint->setText(tr("Something else replicates the data (a database, DRBD…). A command of yours tells the "
                              "agent how far behind the standby is."));
    m_postgres->setText(tr("&PostgreSQL streaming replication"));
    m_postgresHint->setText(tr("PostgreSQL streams its WAL from the primary to a standby. The agent promotes the "
                               "standby on a switchover and makes the old primary follow it."));
    m_channelLabel->setText(tr("C&hannel name:"));
    m_channel->setAccessibleName(tr("Replication channel name"));
    m_groupLabel->setText(tr("Follows &group:"));
    m_group->setAccessibleName(tr("Group whose active node is the source"));
    m_group->setToolTip(tr("The data flows from the node where this group is active to the other node."));
    const bool differ = m_pathsDiffer->isChecked();
    m_pathLabel->setText(differ ? tr("&Folder on %1:").arg(nodeName(0)) : tr("&Folder:"));
    m_path->setAccessibleName(differ ? tr("Folder on %1").arg(nodeName(0)) : tr("Folder, the same on both nodes"));
    m_pathsDiffer->setText(tr("&Different folder on %1").arg(nodeName(1)));
    m_path1Label->setText(tr("F&older on %1:").arg(nodeName(1)));
    m_path1->setAccessibleName(tr("Folder on %1").arg(nodeName(1)));
    m_transportLabel->setText(tr("Transport:"));
    m_portLabel->setText(sharedAddress() ? tr("Receive &port on %1:").arg(nodeName(0)) : tr("Receive &port:"));
    m_port1Label->setText(tr("Receive port on %1:").arg(nodeName(1)));
    m_port1->setAccessibleName(tr("TCP port on which %1 receives the copy").arg(nodeName(1)));
    m_port->setAccessibleName(tr("TCP port on which each node receives the copy"));
    m_port->setToolTip(tr("The standby receives the copy on this TCP port, on the address of its first heartbeat "
                          "link. The same port is used on both nodes."));
    m_check->setText(tr("Check folders"));
    m_check->setAccessibleName(tr("Check the folders on both nodes"));
    m_lagCommandLabel->setText(tr("Command l&ine:"));
    m_lagCommand->setAccessibleName(tr("Command that prints the replication lag"));
    m_commandFormat->setText(
        tr("The agent runs it regularly with sh -c. It prints one JSON object such as %1. "
           "Only lag_s, the lag in seconds, is required; lag_bytes, last_sync and state are optional.")
            .arg(QStringLiteral("{\"lag_s\": 0.4, \"lag_bytes\": 1024}")));
    m_maxLagLabel->setText(tr("Maximum &lag:"));
    m_maxLag->setSuffix(tr(" s"));
    m_maxLag->setAccessibleName(tr("Maximum lag in seconds"));
    m_maxLag->setToolTip(tr("A switchover is refused while the standby is further behind than this."));
    m_kept->setText(tr("The current config has %n more replication channel(s) that this page does not show. They "
                       "are kept unless you choose No replication.",
                       nullptr, int(m_others.size())));
    if (!m_folders->key().isEmpty() && !m_folders->running())
        showPathChecks();
}

void ReplicationPage::updateMode()
{
    const bool mirror = m_mirror->isChecked();
    const bool command = m_command->isChecked();
    const bool any = mirror || command || m_postgres->isChecked();
    for (QWidget* w :
         {static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_group), static_cast<QWidget*>(m_maxLag)})
        m_form->setRowVisible(w, any);
    for (QWidget* w : {static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_pathsDiffer),
                       static_cast<QWidget*>(m_transport), static_cast<QWidget*>(m_checkResult)})
        m_form->setRowVisible(w, mirror);
    m_form->setRowVisible(m_checkRow, mirror);
    m_form->setRowVisible(m_path1, mirror && m_pathsDiffer->isChecked());
    // Over ssh the copy goes to each node's sshd: no receive port of its own.
    const bool daemon = mirror && m_transport->transport() == QLatin1String("rsync");
    m_form->setRowVisible(m_port, daemon);
    m_form->setRowVisible(m_port1, daemon && sharedAddress());
    m_form->setRowVisible(m_lagCommand, command);
    m_form->setRowVisible(m_commandFormat, command);
    m_form->setRowVisible(m_pg, m_postgres->isChecked());
    m_kept->setVisible(any && !m_others.isEmpty());
}

void ReplicationPage::initializePage()
{
    notice()->clearNotice();
    const WizardModel& m = model();
    m_group->clear();
    for (const WizardModel::Group& g : m.groups)
        m_group->addItem(g.name);
    m_loaded = m.replications.isEmpty() ? WizardModel::Replication{} : m.replications.first();
    m_others = m.replications.mid(1);
    const WizardModel::Replication& r = m_loaded;
    m_pg->load(m, r.group, r.maxLagBytes);
    if (m.replications.isEmpty())
        m_none->setChecked(true);
    else if (r.type == QLatin1String("command"))
        m_command->setChecked(true);
    else if (r.type == QLatin1String("postgresql"))
        m_postgres->setChecked(true);
    else
        m_mirror->setChecked(true);
    m_channel->setText(r.name.isEmpty() ? QStringLiteral("data") : r.name);
    m_group->setCurrentIndex(std::max(0, m_group->findText(r.group)));
    m_path->setText(r.path[0]);
    m_path1->setText(r.path[1]);
    m_pathsDiffer->setChecked(r.path[0] != r.path[1]);
    const QList<WizardModel::Link>& links = m.links;
    m_transport->setRoute(links.isEmpty() ? m.hosts[0].address : links.first().address[0],
                          links.isEmpty() ? m.hosts[1].address : links.first().address[1], nodeName(0), nodeName(1),
                          m.hosts[0].port, m.hosts[1].port);
    m_transport->setTransport(m.replications.isEmpty() || r.type != QLatin1String("mirror") ? QString() : r.transport);
    m_port->setValue(r.port[0]);
    m_port1->setValue(r.port[1] == r.port[0] && sharedAddress() ? r.port[0] + 1 : r.port[1]);
    m_maxLag->setValue(r.maxLagS);
    m_lagCommand->setText(r.command);
    m_folders->reset(); // replies to an earlier visit are ignored
    m_advanceWhenFine = false;
    m_checkResult->clear();
    m_check->setEnabled(true);
    updateMode();
    retranslate();
}

void ReplicationPage::cleanupPage()
{
    // Back keeps what was typed; Next validates it before any later page relies on it.
    m_advanceWhenFine = false;
    storeInModel();
    WizardPage::cleanupPage();
}

bool ReplicationPage::validatePage()
{
    QWidget* field = nullptr;
    if (const QString problem = check(&field); !problem.isEmpty())
        return refuse(problem, field);
    if (m_mirror->isChecked()) {
        // The folders must exist on both nodes. Asking takes a moment, so Next starts the check
        // (again after a failure: the folder may exist by now) and the reply moves on when all is well.
        if (pathsKey() != m_folders->key() || (!m_folders->running() && !m_pathsFine)) {
            checkPaths(true);
            return false;
        }
        if (m_folders->running()) {
            m_advanceWhenFine = true;
            notice()->showNotice(NoticeLabel::Kind::Info, tr("Checking the folders on both nodes…"));
            return false;
        }
    }
    notice()->clearNotice();
    storeInModel();
    return true;
}

QString ReplicationPage::path(int node) const
{
    return (node == 1 && m_pathsDiffer->isChecked() ? m_path1 : m_path)->text().trimmed();
}

QString ReplicationPage::pathsKey() const
{
    return path(0) + QLatin1Char('\n') + path(1);
}

int ReplicationPage::sourceNode() const
{
    // The first copy goes from where the group normally runs; without a preference, node 1.
    for (const WizardModel::Group& g : model().groups)
        if (g.name == m_group->currentText())
            return g.preferred == 1 ? 1 : 0;
    return 0;
}

QString ReplicationPage::check(QWidget** field) const
{
    *field = nullptr;
    if (m_none->isChecked())
        return {};
    const QString name = m_channel->text().trimmed();
    *field = m_channel;
    if (name.isEmpty())
        return tr("Enter a name for the replication channel, such as \"data\".");
    if (!isValidConfigName(name))
        return tr("The channel name \"%1\" is not valid. Use up to 63 letters, digits, \"-\" or \"_\", starting "
                  "with a letter or digit.")
            .arg(name);
    for (const WizardModel::Replication& other : m_others)
        if (other.name == name)
            return tr("The config already has a replication channel called \"%1\". Choose another name.").arg(name);
    *field = m_group;
    if (m_group->currentIndex() < 0)
        return tr("Choose the group whose active node the data is copied from.");
    if (m_postgres->isChecked())
        return m_pg->problem(field);
    if (m_command->isChecked()) {
        *field = m_lagCommand;
        if (m_lagCommand->text().trimmed().isEmpty())
            return tr("Enter the command that prints the replication lag as one JSON object.");
        *field = nullptr;
        return {};
    }
    for (int node : {0, 1}) {
        const QString p = path(node);
        *field = node == 1 && m_pathsDiffer->isChecked() ? m_path1 : m_path;
        if (p.isEmpty())
            return tr("Enter the folder to mirror on %1, for example /var/mail.").arg(nodeName(node));
        if (!p.startsWith(QLatin1Char('/')))
            return tr("\"%1\" is not an absolute path. Enter the full path of the folder on %2, starting with /.")
                .arg(p, nodeName(node));
        // The mirror deletes what the source lacks: a whole system tree must never be its target.
        static const QStringList systemFolders{
            QStringLiteral("/"),     QStringLiteral("/bin"),  QStringLiteral("/boot"),
            QStringLiteral("/etc"),  QStringLiteral("/home"), QStringLiteral("/lib"),
            QStringLiteral("/root"), QStringLiteral("/usr"),  QStringLiteral("/var")};
        if (systemFolders.contains(QDir::cleanPath(p)))
            return tr("%1 is a system folder: mirroring it would delete files on the standby. Choose the folder "
                      "that holds the service's data.")
                .arg(p);
    }
    *field = m_port;
    if (m_transport->transport() == QLatin1String("ssh")) {
        *field = nullptr;
        return {};
    }
    if (m_port->value() < 1 || m_port->value() > 65535)
        return tr("The receive port must be between 1 and 65535.");
    *field = m_port1;
    if (sharedAddress() && m_port1->value() == m_port->value())
        return tr("Both nodes use the address %1, so they need different receive ports.")
            .arg(model().links.first().address[0]);
    *field = nullptr;
    return {};
}

bool ReplicationPage::sharedAddress() const
{
    if (!wizard())
        return false;
    const QList<WizardModel::Link>& links = model().links;
    return !links.isEmpty() && links.first().address[0] == links.first().address[1];
}

void ReplicationPage::storeInModel()
{
    QList<WizardModel::Replication> out;
    if (!m_none->isChecked()) {
        WizardModel::Replication r = m_loaded; // keeps what this page does not show
        r.name = m_channel->text().trimmed();
        r.type = m_command->isChecked() ? QStringLiteral("command") : QStringLiteral("mirror");
        r.group = m_group->currentText();
        r.maxLagS = m_maxLag->value();
        if (m_postgres->isChecked()) {
            r.type = QStringLiteral("postgresql");
            r.maxLagBytes = m_pg->maxLagBytes();
            m_pg->store(model(), r.group);
        } else if (m_mirror->isChecked()) {
            r.path = {path(0), path(1)};
            r.port = {m_port->value(), sharedAddress() ? m_port1->value() : m_port->value()};
            r.transport = m_transport->transport();
            r.sshPort = {model().hosts[0].port, model().hosts[1].port};
        } else {
            r.command = m_lagCommand->text().trimmed();
        }
        out << r << m_others;
    }
    model().replications = out;
}

void ReplicationPage::checkPaths(bool advanceWhenFine)
{
    QWidget* field = nullptr;
    if (const QString problem = check(&field); !problem.isEmpty() && (field == m_path || field == m_path1)) {
        refuse(problem, field);
        return;
    }
    m_advanceWhenFine = advanceWhenFine;
    m_check->setEnabled(false);
    notice()->showNotice(NoticeLabel::Kind::Info, tr("Checking the folders on both nodes…"));
    m_folders->start(session(), {path(0), path(1)}, pathsKey()); // finished() may come at once
}

void ReplicationPage::onFoldersChecked()
{
    m_check->setEnabled(true);
    const bool advance = std::exchange(m_advanceWhenFine, false);
    if (showPathChecks() && advance && wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

bool ReplicationPage::showPathChecks()
{
    bool fine = true;
    m_checkResult->setText(m_folders->lines({nodeName(0), nodeName(1)}, sourceNode(), &fine).join(QLatin1Char('\n')));
    m_pathsFine = fine;
    if (fine)
        notice()->showNotice(NoticeLabel::Kind::Info, tr("The folders are ready on both nodes."));
    else
        notice()->showNotice(
            NoticeLabel::Kind::Error,
            tr("The folder must exist on both nodes, and both must answer. Fix what is listed above, then press Next "
               "again."));
    return fine;
}

} // namespace twinha::ui
