#include "ui/wizard/ModePage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/ModeDiagram.h"
#include "ui/wizard/WizardModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace twinha::ui {

namespace {

using protocol::ClusterMode;

// The modes, in the order of the radio buttons.
const std::array<ClusterMode, 3> kModes{ClusterMode::HotStandby, ClusterMode::MutualBackup, ClusterMode::Duplex};
const char* const kRadioNames[] = {"modeHotStandby", "modeMutualBackup", "modeDuplex"};

} // namespace

ModePage::ModePage(QWidget* parent)
    : WizardPage(parent)
    , m_choice(new QButtonGroup(this))
    , m_diagram(new ModeDiagram(this))
    , m_caption(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    // Explanations line up with the radio buttons' text, not with their circles.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (int i = 0; i < 3; ++i) {
        auto* radio = new QRadioButton(this);
        radio->setObjectName(QLatin1String(kRadioNames[i]));
        m_choice->addButton(radio, i);
        auto* help = new QLabel(this);
        help->setObjectName(QLatin1String(kRadioNames[i]) + QStringLiteral("Help"));
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setContentsMargins(indent, 0, 0, 0);
        help->setBuddy(radio);
        m_radios[size_t(i)] = radio;
        m_help[size_t(i)] = help;
        layout->addWidget(radio);
        layout->addWidget(help);
    }
    m_radios[0]->setChecked(true);
    connect(m_choice, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onModeChosen();
    });

    m_diagram->setObjectName(QStringLiteral("modeDiagram"));
    m_caption->setObjectName(QStringLiteral("modeDiagramCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setAlignment(Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_diagram, 0, Qt::AlignHCenter);
    layout->addWidget(m_caption);
    layout->addStretch();
    layout->addWidget(notice());
    retranslate();
}

void ModePage::retranslate()
{
    setTitle(tr("Cluster mode"));
    setSubTitle(tr("Choose how the two servers share the work."));
    m_radios[0]->setText(tr("&Hot standby"));
    m_radios[1]->setText(tr("&Mutual backup"));
    m_radios[2]->setText(tr("&Duplex"));
    m_help[0]->setText(tr("One group of services runs on the active node. The standby node waits and takes the group "
                          "over on a switchover or when the active node fails."));
    m_help[1]->setText(tr("Two groups: each node runs one of them and backs up the other's. If a node fails, the "
                          "other runs both groups."));
    m_help[2]->setText(tr("The group runs on both nodes at once, for services that can share the load. A switchover "
                          "drains one node, so the other carries everything while it is serviced."));
    for (int i = 0; i < 3; ++i) {
        QRadioButton* radio = m_radios[size_t(i)];
        radio->setAccessibleName(QString(radio->text()).remove(QLatin1Char('&')));
        radio->setAccessibleDescription(m_help[size_t(i)]->text());
    }
    if (wizard())
        onModeChosen(); // caption and warning in the new language
}

ClusterMode ModePage::selectedMode() const
{
    const int id = m_choice->checkedId();
    return id >= 0 && id < 3 ? kModes[size_t(id)] : kModes[0];
}

void ModePage::initializePage()
{
    const WizardModel& m = model();
    const auto it = std::find(kModes.begin(), kModes.end(), m.mode);
    m_radios[size_t(it == kModes.end() ? 0 : it - kModes.begin())]->setChecked(true);
    m_diagram->setNodeNames(m.nodeNames[0], m.nodeNames[1]);
    onModeChosen();
}

qsizetype ModePage::groupLimit(ClusterMode mode)
{
    // What the agent accepts: hot standby exactly one group, mutual backup exactly two, duplex any.
    if (mode == ClusterMode::HotStandby)
        return 1;
    if (mode == ClusterMode::MutualBackup)
        return 2;
    return std::numeric_limits<qsizetype>::max();
}

QStringList ModePage::groupsToDrop(ClusterMode mode) const
{
    QStringList names;
    const QList<WizardModel::Group>& groups = model().groups;
    for (qsizetype i = groupLimit(mode); i < groups.size(); ++i)
        names << groups.at(i).name;
    return names;
}

void ModePage::onModeChosen()
{
    const ClusterMode mode = selectedMode();
    m_diagram->setMode(mode);
    const std::array<QString, 2>& names = model().nodeNames;
    const QString first = names[0].isEmpty() ? tr("node 1") : names[0];
    const QString second = names[1].isEmpty() ? tr("node 2") : names[1];
    if (mode == ClusterMode::MutualBackup)
        m_caption->setText(tr("%1 runs group A and %2 runs group B. The dashed arrows show where each group goes on a "
                              "switchover or when its node fails.")
                               .arg(first, second));
    else if (mode == ClusterMode::Duplex)
        m_caption->setText(tr("The group runs on %1 and %2 at the same time.").arg(first, second));
    else
        m_caption->setText(tr("%1 runs the group; the dashed arrow shows where it goes on a switchover or when %1 "
                              "fails.")
                               .arg(first));

    // Say before leaving what leaving will do to the groups, so nothing disappears unannounced.
    const QStringList dropped = groupsToDrop(mode);
    if (!dropped.isEmpty()) {
        const QString names = QLocale().createSeparatedList(dropped);
        notice()->showNotice(NoticeLabel::Kind::Warning,
                             mode == ClusterMode::HotStandby
                                 ? tr("Hot standby runs one group, so going on removes %1 with its resources and "
                                      "replication. Choose duplex to keep every group.")
                                       .arg(names)
                                 : tr("Mutual backup runs exactly two groups, so going on removes %1 with its "
                                      "resources and replication. Choose duplex to keep every group.")
                                       .arg(names));
    } else if (const QList<WizardModel::Group>& groups = model().groups;
               mode == ClusterMode::MutualBackup && groups.size() < 2) {
        notice()->showNotice(NoticeLabel::Kind::Info,
                             tr("Mutual backup needs a second group; going on adds one that prefers %1. You choose its "
                                "resources on the groups page.")
                                 .arg(!groups.isEmpty() && groups.first().preferred == 1 ? first : second));
    } else {
        notice()->clearNotice();
    }
}

bool ModePage::validatePage()
{
    WizardModel& m = model();
    const ClusterMode mode = selectedMode();
    m.mode = mode;
    const QStringList dropped = groupsToDrop(mode);
    if (!dropped.isEmpty()) {
        m.groups.resize(groupLimit(mode));
        m.replications.removeIf([&dropped](const WizardModel::Replication& r) { return dropped.contains(r.group); });
    }
    if (m.groups.isEmpty()) {
        WizardModel::Group g;
        g.name = QStringLiteral("service");
        m.groups << g;
    }
    if (mode == ClusterMode::MutualBackup) {
        // Two groups preferring different nodes: that is what makes each node the other's backup.
        WizardModel::Group& first = m.groups[0];
        if (first.preferred < 0)
            first.preferred = 0;
        if (m.groups.size() < 2) {
            WizardModel::Group second;
            second.name = first.name.left(61) + QStringLiteral("-b"); // names are at most 63 characters
            second.preferred = 1 - first.preferred;
            m.groups << second;
        } else if (m.groups[1].preferred != 1 - first.preferred) {
            m.groups[1].preferred = 1 - first.preferred;
        }
    }
    notice()->clearNotice();
    return true;
}

} // namespace twinha::ui
