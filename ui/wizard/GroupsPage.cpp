#include "ui/wizard/GroupsPage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/ResourceEditor.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace twinha::ui {

GroupsPage::GroupsPage(QWidget* parent)
    : WizardPage(parent)
    , m_intro(wrappingLabel(this))
    , m_orderHint(wrappingLabel(this))
{
    m_intro->setObjectName(QStringLiteral("groupsIntro"));
    m_orderHint->setObjectName(QStringLiteral("orderHint"));
    // Two groups with their lists outgrow the wizard's minimum height: they scroll.
    auto* container = new QWidget;
    m_groupsLayout = new QVBoxLayout(container);
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(container);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_orderHint);
    layout->addWidget(scroll, 1);
    layout->addWidget(notice());
    retranslate();
}

void GroupsPage::initializePage()
{
    notice()->clearNotice();
    ++m_generation;
    for (const GroupWidgets& w : std::as_const(m_groups))
        delete w.box;
    m_groups.clear();
    for (int g = 0; g < model().groups.size(); ++g)
        buildGroup(g, model().groups.at(g));
    retranslate();
}

void GroupsPage::cleanupPage()
{
    // Back keeps what was typed; Next validates it before any later page relies on it.
    storeInModel();
    WizardPage::cleanupPage();
}

void GroupsPage::buildGroup(int g, const WizardModel::Group& group)
{
    m_groups.append(GroupWidgets{});
    GroupWidgets& w = m_groups.last();
    const QString suffix = QString::number(g);
    w.box = new QGroupBox;
    w.box->setObjectName(QStringLiteral("groupBox") + suffix);
    w.name = new QLineEdit(group.name, w.box);
    w.name->setObjectName(QStringLiteral("groupName") + suffix);
    w.nameLabel = new QLabel(w.box);
    w.nameLabel->setBuddy(w.name);
    w.preferred = new QComboBox(w.box);
    w.preferred->setObjectName(QStringLiteral("preferred") + suffix);
    for (int data : {0, 1, -1})
        w.preferred->addItem(QString(), data);
    w.preferred->setCurrentIndex(std::max(0, w.preferred->findData(group.preferred)));
    w.preferredLabel = new QLabel(w.box);
    w.preferredLabel->setBuddy(w.preferred);
    w.resourcesLabel = wrappingLabel(w.box);
    w.list = new QListWidget(w.box);
    w.list->setObjectName(QStringLiteral("resources") + suffix);
    w.resourcesLabel->setBuddy(w.list);
    w.order = wrappingLabel(w.box);
    w.order->setObjectName(QStringLiteral("order") + suffix);
    w.resources = group.resources;
    w.storedName = group.name;

    auto* buttons = new QVBoxLayout;
    const auto button = [&](QPushButton** out, const char* name) {
        *out = new QPushButton(w.box);
        (*out)->setObjectName(QLatin1String(name) + suffix);
        buttons->addWidget(*out);
    };
    button(&w.addVip, "addVip");
    button(&w.addService, "addService");
    button(&w.addScript, "addScript");
    buttons->addSpacing(8);
    button(&w.edit, "editResource");
    button(&w.remove, "removeResource");
    button(&w.up, "moveUp");
    button(&w.down, "moveDown");
    buttons->addStretch();

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(w.nameLabel, w.name);
    form->addRow(w.preferredLabel, w.preferred);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(w.list, 1);
    listRow->addLayout(buttons);
    auto* box = new QVBoxLayout(w.box);
    box->addLayout(form);
    box->addWidget(w.resourcesLabel);
    box->addLayout(listRow);
    box->addWidget(w.order);
    m_groupsLayout->addWidget(w.box);

    connect(w.addVip, &QPushButton::clicked, this, [this, g] { openEditor(g, -1, protocol::ResourceType::Vip); });
    connect(w.addService, &QPushButton::clicked, this,
            [this, g] { openEditor(g, -1, protocol::ResourceType::Systemd); });
    connect(w.addScript, &QPushButton::clicked, this, [this, g] { openEditor(g, -1, protocol::ResourceType::Script); });
    connect(w.edit, &QPushButton::clicked, this,
            [this, g] { openEditor(g, m_groups[g].list->currentRow(), std::nullopt); });
    connect(w.list, &QListWidget::itemActivated, this,
            [this, g] { openEditor(g, m_groups[g].list->currentRow(), std::nullopt); });
    connect(w.remove, &QPushButton::clicked, this, [this, g] { removeResource(g); });
    connect(w.up, &QPushButton::clicked, this, [this, g] { moveResource(g, -1); });
    connect(w.down, &QPushButton::clicked, this, [this, g] { moveResource(g, +1); });
    connect(w.list, &QListWidget::currentRowChanged, this, [this, g] { updateButtons(g); });
    connect(w.name, &QLineEdit::textChanged, this, [this, g] { retranslateGroup(g); });
}

void GroupsPage::retranslate()
{
    setTitle(tr("Groups and resources"));
    setSubTitle(tr("What moves between the nodes: addresses, services and scripts, in groups."));
    using protocol::ClusterMode;
    const ClusterMode mode = setupWizard() ? model().mode : ClusterMode::Unknown;
    if (mode == ClusterMode::MutualBackup)
        m_intro->setText(tr("Each group normally runs on the node it prefers, and each node is the standby of the "
                            "other node's group. Let the two groups prefer different nodes."));
    else if (mode == ClusterMode::Duplex)
        m_intro->setText(tr("The group runs on both nodes at once; a switchover drains one node and returns it."));
    else
        m_intro->setText(tr("The group runs on one node at a time; the other node stands by to take it over."));
    m_orderHint->setText(tr("Resources start from the top of the list down and stop from the bottom up. Put first "
                            "what the others need: a service that listens on the virtual IP address comes after "
                            "the address."));
    for (int g = 0; g < m_groups.size(); ++g)
        retranslateGroup(g);
}

void GroupsPage::retranslateGroup(int g)
{
    GroupWidgets& w = m_groups[g];
    const QString name = w.name->text().trimmed();
    w.box->setTitle(name.isEmpty() ? tr("Group %1").arg(g + 1) : tr("Group %1: %2").arg(QString::number(g + 1), name));
    w.nameLabel->setText(tr("Group &name:"));
    w.name->setAccessibleName(tr("Name of group %1").arg(g + 1));
    w.preferredLabel->setText(tr("&Preferred node:"));
    w.preferred->setAccessibleName(tr("Preferred node of group %1").arg(g + 1));
    w.preferred->setItemText(0, nodeName(0));
    w.preferred->setItemText(1, nodeName(1));
    w.preferred->setItemText(2, tr("No preference"));
    w.resourcesLabel->setText(tr("&Resources, in start order:"));
    w.list->setAccessibleName(tr("Resources of group %1, in start order").arg(g + 1));
    w.addVip->setText(tr("Add virtual IP…"));
    w.addService->setText(tr("Add service…"));
    w.addScript->setText(tr("Add script…"));
    w.edit->setText(tr("Edit…"));
    w.remove->setText(tr("Remove"));
    w.up->setText(tr("Move up"));
    w.down->setText(tr("Move down"));
    refreshList(g, w.list->currentRow());
}

QString GroupsPage::resourceText(const WizardModel::Resource& r) const
{
    if (r.type == protocol::ResourceType::Vip)
        return tr("%1: virtual IP %2 on %3").arg(r.name, r.address, r.interface);
    if (r.type == protocol::ResourceType::Systemd)
        return tr("%1: service %2").arg(r.name, r.unit);
    if (r.type == protocol::ResourceType::Postgresql) // set on the replication page
        return tr("%1: PostgreSQL in %2").arg(r.name, r.dataDir[0]);
    return tr("%1: script %2").arg(r.name, r.start);
}

void GroupsPage::refreshList(int g, int select)
{
    GroupWidgets& w = m_groups[g];
    const QSignalBlocker blocker(w.list);
    w.list->clear();
    QStringList names;
    for (int i = 0; i < w.resources.size(); ++i) {
        w.list->addItem(QStringLiteral("%1. %2").arg(QString::number(i + 1), resourceText(w.resources.at(i))));
        names << w.resources.at(i).name;
    }
    w.list->setCurrentRow(std::min(select, int(w.list->count()) - 1));
    QStringList reversed = names;
    std::reverse(reversed.begin(), reversed.end());
    const QString arrow = QStringLiteral(" → ");
    w.order->setText(names.isEmpty()
                         ? tr("No resources yet. Add the address, services and scripts this group moves "
                              "between the nodes.")
                         : tr("Start order: %1. Stop order: %2.").arg(names.join(arrow), reversed.join(arrow)));
    updateButtons(g);
}

void GroupsPage::updateButtons(int g)
{
    const GroupWidgets& w = m_groups[g];
    const int row = w.list->currentRow();
    w.edit->setEnabled(row >= 0);
    w.remove->setEnabled(row >= 0);
    w.up->setEnabled(row > 0);
    w.down->setEnabled(row >= 0 && row < w.list->count() - 1);
}

QStringList GroupsPage::heldAddresses() const
{
    // The virtual IPs in the config the nodes run now: finding those answering is expected.
    QStringList out;
    for (int node : {0, 1}) {
        const QJsonObject doc = session()->config(node).value(QStringLiteral("document")).toObject();
        for (const QJsonValue& group : doc.value(QStringLiteral("group")).toArray())
            for (const QJsonValue& r : group[QStringLiteral("resource")].toArray())
                if (protocol::resourceTypeFrom(r[QStringLiteral("type")].toString()) == protocol::ResourceType::Vip)
                    out << r[QStringLiteral("address")].toString();
    }
    return out;
}

void GroupsPage::openEditor(int g, int row, std::optional<protocol::ResourceType> type)
{
    GroupWidgets& w = m_groups[g];
    if (!type && (row < 0 || row >= w.resources.size()))
        return;
    WizardModel::Resource resource;
    if (type)
        resource.type = *type;
    else
        resource = w.resources.at(row);
    if (resource.type == protocol::ResourceType::Postgresql) // its clusters are chosen on the replication page
        return showNotice(NoticeLabel::Kind::Info, [] {
            return tr("The PostgreSQL resource is set on the Replication page, where both nodes' clusters are "
                      "listed.");
        });
    QStringList taken;
    for (int i = 0; i < w.resources.size(); ++i)
        if (i != row)
            taken << w.resources.at(i).name;
    // Window-modal but not a nested event loop: the result arrives through accepted().
    auto* editor = new ResourceEditor(resource, taken, session(), model().nodeNames, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setHeldAddresses(heldAddresses());
    const int generation = m_generation;
    connect(editor, &QDialog::accepted, this, [this, editor, g, row, type, generation] {
        if (generation != m_generation || g >= m_groups.size())
            return;
        GroupWidgets& group = m_groups[g];
        if (!type && row < group.resources.size()) {
            group.resources[row] = editor->resource();
            refreshList(g, row);
        } else {
            group.resources.append(editor->resource());
            refreshList(g, int(group.resources.size()) - 1);
        }
        group.list->setFocus();
    });
    editor->open();
}

void GroupsPage::moveResource(int g, int delta)
{
    GroupWidgets& w = m_groups[g];
    const int row = w.list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= w.resources.size())
        return;
    w.resources.swapItemsAt(row, to);
    refreshList(g, to);
}

void GroupsPage::removeResource(int g)
{
    GroupWidgets& w = m_groups[g];
    const int row = w.list->currentRow();
    if (row < 0 || row >= w.resources.size())
        return;
    w.resources.removeAt(row);
    refreshList(g, row);
}

QString GroupsPage::check(QWidget** field) const
{
    *field = nullptr;
    if (m_groups.isEmpty())
        return tr("There is no group to fill in. Go back to the mode page and choose how the nodes share the work.");
    QSet<QString> names;
    for (int g = 0; g < m_groups.size(); ++g) {
        const GroupWidgets& w = m_groups.at(g);
        const QString name = w.name->text().trimmed();
        *field = w.name;
        if (name.isEmpty())
            return tr("Group %1 has no name. Enter a short name such as \"mail\" or \"web\".").arg(g + 1);
        if (!isValidConfigName(name))
            return tr("The group name \"%1\" is not valid. Use up to 63 letters, digits, \"-\" or \"_\", starting "
                      "with a letter or digit.")
                .arg(name);
        if (names.contains(name))
            return tr("Two groups are called \"%1\". Give each group a name of its own.").arg(name);
        names.insert(name);
        *field = w.addVip;
        if (w.resources.isEmpty())
            return tr("Group \"%1\" has no resources. Add at least one: the virtual IP address, service or script "
                      "that moves between the nodes.")
                .arg(name);
    }
    if (model().mode == protocol::ClusterMode::MutualBackup && m_groups.size() == 2) {
        const int first = m_groups[0].preferred->currentData().toInt();
        const int second = m_groups[1].preferred->currentData().toInt();
        for (int g : {0, 1}) {
            *field = m_groups[g].preferred;
            if (m_groups[g].preferred->currentData().toInt() < 0)
                return tr("In mutual backup each group prefers one node. Choose the preferred node of group "
                          "\"%1\".")
                    .arg(m_groups[g].name->text().trimmed());
        }
        if (first == second)
            return tr("In mutual backup the two groups must prefer different nodes: let \"%1\" prefer %2 and \"%3\" "
                      "prefer %4.")
                .arg(m_groups[0].name->text().trimmed(), nodeName(first), m_groups[1].name->text().trimmed(),
                     nodeName(1 - first));
    }
    *field = nullptr;
    return {};
}

bool GroupsPage::validatePage()
{
    QWidget* field = nullptr;
    if (const QString problem = check(&field); !problem.isEmpty())
        return refuse(problem, field);
    notice()->clearNotice();
    storeInModel();
    return true;
}

void GroupsPage::storeInModel()
{
    WizardModel& m = model();
    for (int g = 0; g < m_groups.size() && g < m.groups.size(); ++g) {
        GroupWidgets& w = m_groups[g];
        WizardModel::Group& group = m.groups[g];
        group.name = w.name->text().trimmed();
        group.preferred = w.preferred->currentData().toInt();
        group.resources = w.resources;
        // A renamed group keeps its replication channels.
        if (!w.storedName.isEmpty() && w.storedName != group.name)
            for (WizardModel::Replication& r : m.replications)
                if (r.group == w.storedName)
                    r.group = group.name;
        w.storedName = group.name;
    }
}

} // namespace twinha::ui
