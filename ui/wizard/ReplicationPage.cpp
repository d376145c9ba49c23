#include "ui/wizard/ReplicationPage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/MirrorFields.h"
#include "ui/wizard/PostgresBox.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

#include <cmath>
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
    , m_mirrorFields(new MirrorFields(notice(), this))
    , m_lagCommandLabel(new QLabel(this))
    , m_lagCommand(new QLineEdit(this))
    , m_commandFormat(wrappingLabel(this, "lagCommandFormat"))
    , m_maxLagLabel(new QLabel(this))
    , m_maxLag(new QDoubleSpinBox(this))
    , m_kept(wrappingLabel(this, "keptChannels"))
    , m_pg(new PostgresBox(this))
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
    named(m_lagCommand, m_lagCommandLabel, "lagCommand");
    named(m_maxLag, m_maxLagLabel, "maxLag");
    m_maxLag->setRange(0, 86400);
    m_maxLag->setDecimals(1);
    m_maxLag->setSingleStep(0.5);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(m_channelLabel, m_channel);
    m_form->addRow(m_groupLabel, m_group);
    m_mirrorFields->addRows(m_form);
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

    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateMode();
        if (on && m_postgres->isChecked())
            m_pg->discover(session(), {nodeName(0), nodeName(1)});
    });
    connect(m_mirrorFields, &MirrorFields::foldersChanged, this, [this] { m_advanceWhenFine = false; });
    connect(m_mirrorFields, &MirrorFields::checkRequested, this, [this] { checkPaths(false); });
    connect(m_mirrorFields, &MirrorFields::checked, this, &ReplicationPage::onFoldersChecked);
    // The first copy's size is counted on the group's preferred node.
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { m_mirrorFields->setSourceNode(sourceNode()); });
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
    m_mirrorFields->setNodes({nodeName(0), nodeName(1)}, sharedAddress());
    m_mirrorFields->retranslate();
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
}

void ReplicationPage::updateMode()
{
    const bool mirror = m_mirror->isChecked();
    const bool command = m_command->isChecked();
    const bool any = mirror || command || m_postgres->isChecked();
    for (QWidget* w :
         {static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_group), static_cast<QWidget*>(m_maxLag)})
        m_form->setRowVisible(w, any);
    m_mirrorFields->setShown(mirror);
    m_form->setRowVisible(m_lagCommand, command);
    m_form->setRowVisible(m_commandFormat, command);
    m_form->setRowVisible(m_pg, m_postgres->isChecked());
    m_kept->setVisible(any && !m_others.isEmpty());
}

void ReplicationPage::initializePage()
{
    notice()->clearNotice();
    const WizardModel& m = model();
    m_mirrorFields->setNodes({nodeName(0), nodeName(1)}, sharedAddress());
    m_group->clear();
    for (const WizardModel::Group& g : m.groups)
        m_group->addItem(g.name);
    m_loaded = m.replications.isEmpty() ? WizardModel::Replication{} : m.replications.first();
    m_others = m.replications.mid(1);
    const WizardModel::Replication& r = m_loaded;
    m_pg->load(m, r.group, r.maxLagBytes);
    if (m.replications.isEmpty())
        m_none->setChecked(true);
    else if (r.type == protocol::ReplicationType::Command)
        m_command->setChecked(true);
    else if (r.type == protocol::ReplicationType::Postgresql)
        m_postgres->setChecked(true);
    else
        m_mirror->setChecked(true);
    m_channel->setText(r.name.isEmpty() ? QStringLiteral("data") : r.name);
    m_group->setCurrentIndex(std::max(0, m_group->findText(r.group)));
    m_mirrorFields->load(m, r);
    m_maxLag->setValue(r.maxLagS);
    if (std::isfinite(r.maxLagS) && r.maxLagS >= 0) // kept only as the agent accepts it
        m_maxLagS.load(r.maxLagS, m_maxLag->value());
    else
        m_maxLagS = {};
    m_lagCommand->setText(r.command);
    m_advanceWhenFine = false;
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
        if (m_mirrorFields->needsCheck()) {
            checkPaths(true);
            return false;
        }
        if (m_mirrorFields->checking()) {
            m_advanceWhenFine = true;
            notice()->showNotice(NoticeLabel::Kind::Info, tr("Checking the folders on both nodes…"));
            return false;
        }
    }
    notice()->clearNotice();
    storeInModel();
    return true;
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
    return m_mirrorFields->problem(field);
}

std::optional<QString> ReplicationPage::sharedAddress() const
{
    if (!wizard())
        return std::nullopt;
    const QList<WizardModel::Link>& links = model().links;
    if (links.isEmpty() || links.first().address[0] != links.first().address[1])
        return std::nullopt;
    return links.first().address[0];
}

void ReplicationPage::storeInModel()
{
    QList<WizardModel::Replication> out;
    if (!m_none->isChecked()) {
        WizardModel::Replication r = m_loaded; // keeps what this page does not show
        r.name = m_channel->text().trimmed();
        r.type = m_command->isChecked() ? protocol::ReplicationType::Command : protocol::ReplicationType::Mirror;
        r.group = m_group->currentText();
        r.maxLagS = m_maxLagS.value(m_maxLag->value(), m_maxLag->value());
        if (m_postgres->isChecked()) {
            r.type = protocol::ReplicationType::Postgresql;
            r.maxLagBytes = m_pg->maxLagBytes();
            m_pg->store(model(), r.group);
        } else if (m_mirror->isChecked()) {
            m_mirrorFields->store(r);
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
    if (const QString problem = check(&field); !problem.isEmpty() && m_mirrorFields->isFolderField(field)) {
        refuse(problem, field);
        return;
    }
    m_advanceWhenFine = advanceWhenFine;
    notice()->showNotice(NoticeLabel::Kind::Info, tr("Checking the folders on both nodes…"));
    m_mirrorFields->startCheck(session()); // checked() may come at once
}

void ReplicationPage::onFoldersChecked(bool fine)
{
    const bool advance = std::exchange(m_advanceWhenFine, false);
    if (fine && advance && wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace twinha::ui
