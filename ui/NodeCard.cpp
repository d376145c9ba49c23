#include "ui/NodeCard.h"

#include "agentlink/ClaimText.h"
#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twinha::ui {

using agentlink::LinkState;
using agentlink::StatusText;

namespace {
const QString kGrey = QStringLiteral("#7a7a7a"); // history: what a node the console does not hear now last said

QString badgeStyle(const QString& background)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; "
                          "font-weight: bold; }")
        .arg(background);
}
} // namespace

NodeCard::NodeCard(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("nodeCard"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("nodeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_roleBadge = new QLabel(this);
    m_roleBadge->setObjectName(QStringLiteral("roleBadge"));
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_roleBadge);
    layout->addLayout(header);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_address = addRow(QStringLiteral("address"));
    m_reach = addRow(QStringLiteral("reach"));
    m_epoch = addRow(QStringLiteral("epoch"));
    m_hostname = addRow(QStringLiteral("hostname"));
    m_agentVersion = addRow(QStringLiteral("agentVersion"));
    m_agentUptime = addRow(QStringLiteral("agentUptime"));
    m_systemUptime = addRow(QStringLiteral("systemUptime"));
    m_dataAge = addRow(QStringLiteral("dataAge"));
    layout->addLayout(m_form);

    m_groupsLabel = new QLabel(this);
    m_groupsLabel->setObjectName(QStringLiteral("groups"));
    m_groupsLabel->setWordWrap(true);
    m_groupsLabel->setTextFormat(Qt::RichText);
    m_groupsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_groupsLabel);
    m_actions = new QVBoxLayout;
    layout->addLayout(m_actions);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("nodeError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    layout->addWidget(m_error);
    // Getting the node back: when the console tries again by itself, and a button to do it now.
    auto* retryRow = new QHBoxLayout;
    m_retry = new QLabel(this);
    m_retry->setObjectName(QStringLiteral("retryState"));
    m_retry->setWordWrap(true);
    m_reconnect = new QPushButton(this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    connect(m_reconnect, &QPushButton::clicked, this, &NodeCard::reconnectRequested);
    retryRow->addWidget(m_retry, 1);
    retryRow->addWidget(m_reconnect, 0, Qt::AlignTop);
    layout->addLayout(retryRow);
    layout->addStretch();
    retranslate();
}

QLabel* NodeCard::addRow(const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(new QLabel(this), value);
    return value;
}

void NodeCard::setView(const agentlink::NodeView& view)
{
    m_view = view;
    render();
}

void NodeCard::setGroups(const QList<agentlink::GroupView>& groups, int index, bool duplex, const QString& peer)
{
    m_groups = groups;
    m_index = std::clamp(index, 0, 1);
    m_duplex = duplex;
    m_peer = peer;
    render();
}

QStringList NodeCard::actionTexts() const
{
    QStringList texts;
    for (const QPushButton* b : m_actionButtons)
        if (b->isVisible() || !isVisible())
            texts << b->text();
    return texts;
}

void NodeCard::renderActions()
{
    // Duplex: the group runs on both nodes, and the action is per node: drain it, or bring it back.
    QList<const agentlink::GroupView*> groups;
    if (m_duplex)
        for (const agentlink::GroupView& g : std::as_const(m_groups))
            groups << &g;
    while (m_actionButtons.size() > groups.size())
        delete m_actionButtons.takeLast();
    while (m_actionButtons.size() < groups.size()) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("nodeAction%1").arg(m_actionButtons.size()));
        m_actions->addWidget(b, 0, Qt::AlignLeft);
        m_actionButtons << b;
    }
    const QString self = m_view.endpoint.name;
    for (int i = 0; i < groups.size(); ++i) {
        const agentlink::GroupView& g = *groups.at(i);
        const bool runsHere = g.holders.contains(self);
        QPushButton* b = m_actionButtons.at(i);
        b->setText(runsHere ? tr("Drain %1 from this node…").arg(g.name) : tr("Return %1 to this node…").arg(g.name));
        b->setAccessibleName(b->text());
        b->disconnect();
        const QString to = runsHere ? m_peer : self;
        const QString group = g.name;
        connect(b, &QPushButton::clicked, this, [this, group, to] { Q_EMIT switchoverRequested(group, to); });
    }
}

QString NodeCard::groupsText() const
{
    return m_groupsLabel->text();
}

namespace {
QString stateWord(protocol::RunState state)
{
    switch (state) {
    case protocol::RunState::Running:
        return NodeCard::tr("running");
    case protocol::RunState::Stopped:
        return NodeCard::tr("stopped");
    case protocol::RunState::Failed:
        return NodeCard::tr("failed");
    case protocol::RunState::Starting:
        return NodeCard::tr("starting");
    case protocol::RunState::Stopping:
        return NodeCard::tr("stopping");
    case protocol::RunState::Partial:
        return NodeCard::tr("partly running");
    case protocol::RunState::Unknown:
        break;
    }
    return NodeCard::tr("unknown");
}

QString stateColor(protocol::RunState state)
{
    if (state == protocol::RunState::Running)
        return QStringLiteral("#1e7b34");
    if (state == protocol::RunState::Failed)
        return QStringLiteral("#a61b1b");
    return QStringLiteral("#5a5a5a");
}
} // namespace

void NodeCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NodeCard::retranslate()
{
    const QStringList labels{tr("Address"),       tr("Console's reach"), tr("Epoch"),         tr("Host name"),
                             tr("Agent version"), tr("Agent uptime"),    tr("System uptime"), tr("Data age")};
    for (int row = 0; row < labels.size(); ++row)
        static_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())->setText(labels.at(row));
    render();
}

void NodeCard::render()
{
    const agentlink::NodeView& v = m_view;
    m_title->setText(v.endpoint.name);
    setAccessibleName(tr("Node %1").arg(v.endpoint.name));
    m_address->setText(v.endpoint.user.isEmpty() ? v.endpoint.displayAddress()
                                                 : v.endpoint.user + QLatin1Char('@') + v.endpoint.displayAddress());
    m_reach->setText(StatusText::agentSilent(v) ? tr("SSH login works; the agent does not answer")
                                                : StatusText::linkState(v.link));

    const bool live = v.live();
    const protocol::Role role = v.status ? v.status->role : protocol::Role::None;
    if (!v.status) {
        m_roleBadge->setText(StatusText::role(protocol::Role::None));
        m_roleBadge->setStyleSheet(badgeStyle(kGrey));
    } else {
        m_roleBadge->setText(StatusText::role(role));
        const QString color = !live                            ? kGrey
                              : role == protocol::Role::Active ? QStringLiteral("#1e7b34")
                                                               : QStringLiteral("#1f5fa8");
        m_roleBadge->setStyleSheet(badgeStyle(color));
    }
    const QString none = QStringLiteral("—");
    m_epoch->setText(v.status ? QString::number(v.status->epoch) : none);
    m_hostname->setText(v.status ? v.status->hostname : none);
    m_agentVersion->setText(v.status ? v.status->agentVersion : none);
    m_agentUptime->setText(v.status ? StatusText::duration(v.status->uptimeS) : none);
    m_systemUptime->setText(v.status ? StatusText::duration(v.status->systemUptimeS) : none);
    renderGroups();
    renderActions();
    m_error->setText(agentlink::ErrorText::describe(v.lastError));
    m_error->setVisible(!v.lastError.isNull() && v.link != LinkState::Ready);
    renderAge();
    renderRetry();
}

void NodeCard::renderGroups()
{
    // A node the console does not hear now: its groups greyed, as history; its last claim in words, with its age.
    const bool live = m_view.live();
    const QString self = m_view.endpoint.name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto color = [live](protocol::RunState state) { return live ? stateColor(state) : kGrey; };
    QStringList lines;
    for (const agentlink::GroupView& g : std::as_const(m_groups)) {
        const std::optional<protocol::RunState> state = g.state[m_index];
        const agentlink::StaleClaim& claim = g.lastClaim[m_index];
        if (!state && claim.isNull())
            continue;
        const bool holds = g.holders.contains(self);
        QString line = QStringLiteral("<b>%1</b>").arg(g.name.toHtmlEscaped());
        if (state)
            line += QStringLiteral(": <span style=\"color:%1\">%2</span>").arg(color(*state), stateWord(*state));
        if (holds)
            line += QStringLiteral(" — ") + tr("holds it").toHtmlEscaped();
        if (!claim.isNull())
            line += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(kGrey, agentlink::ClaimText::lastClaim(claim, now).toHtmlEscaped());
        if (g.stopFailed[m_index])
            line += QStringLiteral("<br><span style=\"color:#a61b1b\">⚠ %1</span>")
                        .arg(agentlink::ClaimText::stopFailed(self).toHtmlEscaped());
        lines << line;
        for (const agentlink::ResourceView& r : g.resources[m_index]) {
            QString resource =
                QStringLiteral("&nbsp;&nbsp;• %1 (%2): <span style=\"color:%3\">%4</span>")
                    .arg(r.name.toHtmlEscaped(), r.type.toHtmlEscaped(), color(r.state), stateWord(r.state));
            if (live && protocol::resourceTypeFrom(r.type) == protocol::ResourceType::Vip &&
                r.state == protocol::RunState::Running)
                resource += QStringLiteral(" — ") + tr("virtual IP holder").toHtmlEscaped();
            if (!r.reason.isNull())
                resource += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;") +
                            agentlink::ErrorText::describe(r.reason).toHtmlEscaped();
            lines << (live ? resource : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kGrey, resource));
        }
    }
    m_groupsLabel->setText(lines.isEmpty()
                               ? QString()
                               : QStringLiteral("<b>%1</b><br>").arg(tr("Resource groups").toHtmlEscaped()) +
                                     lines.join(QStringLiteral("<br>")));
    m_groupsLabel->setVisible(!lines.isEmpty());
}

void NodeCard::refreshAge()
{
    renderAge();
    renderRetry();
    if (!m_view.live())
        renderGroups(); // a silent node's last claim ages too
}

void NodeCard::renderAge()
{
    const qint64 ageMs = m_view.dataAgeMs(QDateTime::currentDateTimeUtc());
    if (ageMs < 0)
        m_dataAge->setText(tr("no data yet"));
    else if (m_view.link == LinkState::Ready)
        m_dataAge->setText(tr("live (%1 s)").arg(ageMs / 1000));
    else
        m_dataAge->setText(tr("%1 old — last heard from the agent then").arg(StatusText::duration(ageMs / 1000.0)));
}

QString NodeCard::retryText() const
{
    return m_retry->isHidden() ? QString() : m_retry->text();
}

void NodeCard::renderRetry()
{
    const bool down = m_view.link == LinkState::Disconnected;
    m_retry->setVisible(down);
    m_reconnect->setVisible(down);
    if (!down)
        return;
    if (m_view.retryAt.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_view.retryAt);
        const int seconds = int((std::max<qint64>(ms, 0) + 999) / 1000);
        m_retry->setText(seconds > 0 ? tr("Retrying in %n s.", nullptr, seconds) : tr("Retrying now…"));
        m_reconnect->setText(tr("Retry &now"));
        m_reconnect->setToolTip(tr("Tries to reach %1 again at once instead of waiting").arg(m_view.endpoint.name));
    } else {
        // Refusals that retrying cannot fix (a host key, a password, a cancelled prompt) wait for the user.
        m_retry->setText(tr("The console does not try again by itself: put the problem right, then reconnect."));
        m_reconnect->setText(tr("&Reconnect"));
        m_reconnect->setToolTip(tr("Tries to reach %1 again now").arg(m_view.endpoint.name));
    }
    m_reconnect->setAccessibleName(m_reconnect->toolTip());
}

} // namespace twinha::ui
