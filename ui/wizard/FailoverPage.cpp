#include "ui/wizard/FailoverPage.h"

#include "agentlink/ProtectionText.h"
#include "agentlink/protocol/PrivateAddress.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/FenceBox.h"
#include "ui/wizard/NotifyBox.h"
#include "ui/wizard/WitnessBox.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardWidgets.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace twinha::ui {

namespace {

bool isHost(const QString& host)
{
    // Host names, IPv4 and IPv6; never something ping could read as an option.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._%:-]+$"));
    return !host.isEmpty() && !host.startsWith(QLatin1Char('-')) && re.match(host).hasMatch();
}

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', QLocale::FloatingPointShortest);
}

} // namespace

FailoverPage::FailoverPage(QWidget* parent)
    : WizardPage(parent)
    , m_manual(new QRadioButton(this))
    , m_manualHelp(wrappingLabel(this, "failoverManualHelp"))
    , m_automatic(new QRadioButton(this))
    , m_automaticHelp(wrappingLabel(this, "failoverAutomaticHelp"))
    , m_tabs(new QTabWidget(this))
    , m_tiebreakerBox(new QWidget(this))
    , m_tiebreakerHelp(wrappingLabel(m_tiebreakerBox, "tiebreakerHelp"))
    , m_list(new QListWidget(m_tiebreakerBox))
    , m_input(new QLineEdit(m_tiebreakerBox))
    , m_add(new QPushButton(m_tiebreakerBox))
    , m_remove(new QPushButton(m_tiebreakerBox))
    , m_witness(new WitnessBox(this))
    , m_fence(new FenceBox(this))
    , m_notify(new NotifyBox(this))
    , m_level(new QLabel(this))
    , m_levelText(wrappingLabel(this, "wizardProtectionText"))
    , m_takeover(wrappingLabel(this, "takeoverTime"))
{
    m_level->setObjectName(QStringLiteral("wizardProtectionLevel"));
    QFont bold = m_level->font();
    bold.setBold(true);
    m_level->setFont(bold);
    m_manual->setObjectName(QStringLiteral("failoverManual"));
    m_automatic->setObjectName(QStringLiteral("failoverAutomatic"));
    m_tiebreakerBox->setObjectName(QStringLiteral("tiebreakerBox"));
    m_list->setObjectName(QStringLiteral("tiebreakers"));
    m_input->setObjectName(QStringLiteral("tiebreakerInput"));
    m_add->setObjectName(QStringLiteral("tiebreakerAdd"));
    m_remove->setObjectName(QStringLiteral("tiebreakerRemove"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_input->installEventFilter(this); // Return adds the entry instead of going to the next page
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_manual);
    choice->addButton(m_automatic);
    m_manual->setChecked(true);

    connect(m_automatic, &QRadioButton::toggled, this, &FailoverPage::updateState);
    connect(m_add, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(m_remove, &QPushButton::clicked, this, &FailoverPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FailoverPage::updateState);
    connect(m_input, &QLineEdit::textChanged, this, &FailoverPage::updateState);
    connect(m_witness, &WitnessBox::changed, this, &FailoverPage::updateProtection);
    connect(m_fence, &FenceBox::changed, this, &FailoverPage::updateProtection);

    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    m_manualHelp->setContentsMargins(indent, 0, 0, 0);
    m_automaticHelp->setContentsMargins(indent, 0, 0, 0);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_remove);
    auto* box = new QVBoxLayout(m_tiebreakerBox);
    box->addWidget(m_tiebreakerHelp);
    box->addWidget(m_list, 1);
    box->addLayout(inputRow);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 2 + 8);

    // What guards a takeover, strongest first: the witness, fencing, then ping tiebreakers.
    m_tabs->setObjectName(QStringLiteral("failoverTabs"));
    // Scrolled rather than squeezed when a long translation or a small window leaves too little room.
    const auto scrolled = [this](QWidget* content) {
        auto* area = new QScrollArea(m_tabs);
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolled(m_witness), QString());
    m_tabs->addTab(scrolled(m_fence), QString());
    m_tabs->addTab(m_tiebreakerBox, QString());
    m_tabs->addTab(scrolled(m_notify), QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_manual);
    layout->addWidget(m_manualHelp);
    layout->addWidget(m_automatic);
    layout->addWidget(m_automaticHelp);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_level);
    layout->addWidget(m_levelText);
    layout->addWidget(m_takeover);
    layout->addWidget(notice());
    retranslate();
}

void FailoverPage::retranslate()
{
    setTitle(tr("Failover"));
    setSubTitle(tr("Choose what happens when the active node dies."));
    m_manual->setText(tr("&Manual only"));
    m_manual->setAccessibleName(tr("Manual failover only"));
    m_manualHelp->setText(tr("When the active node dies, the standby waits for an operator to force a takeover from "
                             "the console. There is no risk of split-brain, but the services stay down until someone "
                             "acts."));
    m_automatic->setText(tr("&Automatic"));
    m_automatic->setAccessibleName(tr("Automatic failover"));
    m_automaticHelp->setText(
        tr("The standby takes over by itself when every heartbeat link has been silent past the dead time, the "
           "witness grants it the lease (or, without a witness, a tiebreaker still answers), and the replication lag "
           "was within its limit. A standby that is only cut off from the network must not start the services while "
           "the active node still runs them (split-brain), so automatic failover needs a witness or a tiebreaker."));
    m_tabs->setTabText(0, tr("&Witness"));
    m_tabs->setTabText(1, tr("&Fencing (STONITH)"));
    m_tabs->setTabText(2, tr("&Tiebreakers"));
    m_tabs->setTabText(3, tr("Ale&rts"));
    m_tiebreakerHelp->setText(
        tr("Addresses both nodes reach on the network the clients use, such as the default gateway: an IP address or "
           "host name to ping, or tcp:host:port for a port that must accept connections "
           "(IPv6 in brackets: tcp:[2001:db8::1]:443)."));
    m_list->setAccessibleName(tr("Tiebreakers"));
    m_input->setAccessibleName(tr("New tiebreaker"));
    m_input->setPlaceholderText(tr("192.0.2.1 or tcp:host:port"));
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add tiebreaker"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected tiebreakers"));
    updateState();
}

bool FailoverPage::isValidTiebreaker(const QString& target)
{
    if (!target.startsWith(QLatin1String("tcp:")))
        return isHost(target);
    // Same split as the agent's probe: the port follows the last colon.
    const QString rest = target.mid(4);
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = rest.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return false; // an IPv6 address without brackets would be read wrongly
    bool ok = false;
    const int port = rest.mid(colon + 1).toInt(&ok);
    return ok && port >= 1 && port <= 65535 && isHost(host);
}

void FailoverPage::initializePage()
{
    const WizardModel& m = model();
    (m.automaticFailover ? m_automatic : m_manual)->setChecked(true);
    m_list->clear();
    m_list->addItems(m.tiebreakers);
    m_input->clear();
    m_witness->setSession(session(), {nodeName(0), nodeName(1)});
    m_witness->load(m);
    m_fence->setSession(session());
    m_fence->setNodeNames({nodeName(0), nodeName(1)});
    m_fence->load(m);
    m_notify->setSession(session(), {nodeName(0), nodeName(1)});
    m_notify->load(m);
    clearNotice();
    updateState();
}

QStringList FailoverPage::tiebreakers() const
{
    QStringList list;
    for (int i = 0; i < m_list->count(); ++i)
        list << m_list->item(i)->text();
    return list;
}

bool FailoverPage::addTyped()
{
    const QString target = m_input->text().trimmed();
    if (target.isEmpty())
        return true;
    // A ping of this machine proves nothing, as the agent's config check says too (a TCP port here
    // may, in a lab that runs both nodes on one host).
    std::function<QString()> problem;
    if (!isValidTiebreaker(target))
        problem = [target] {
            return tr("\"%1\" is not a tiebreaker. Enter an IP address or host name to ping, or "
                      "tcp:host:port for a port that must accept connections (IPv6 in brackets: "
                      "tcp:[2001:db8::1]:443).")
                .arg(target);
        };
    else if (!target.startsWith(QLatin1String("tcp:")) && protocol::PrivateAddress::isThisMachine(target))
        problem = [target] {
            return tr("\"%1\" is this machine itself: it always answers, so it cannot tell a node cut off from the "
                      "network from a healthy one. Enter the default gateway's address or another host beyond the "
                      "switch.")
                .arg(target);
        };
    if (problem) {
        showNotice(NoticeLabel::Kind::Error, problem);
        m_input->setFocus();
        return false;
    }
    if (!tiebreakers().contains(target))
        m_list->addItem(target);
    m_input->clear();
    clearNotice();
    updateState();
    return true;
}

void FailoverPage::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateState();
}

bool FailoverPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_input->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void FailoverPage::updateState()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    // "Needs a witness or a tiebreaker" no longer applies once manual is chosen or one is there.
    if (notice()->kind() == NoticeLabel::Kind::Error && (m_manual->isChecked() || m_list->count() > 0))
        clearNotice();
    updateProtection();
}

void FailoverPage::updateProtection()
{
    if (!wizard())
        return; // the timing lives in the model, which the page reaches through the wizard
    // The model as it would be with this page's entries.
    WizardModel m = model();
    m.automaticFailover = m_automatic->isChecked();
    m_witness->store(m);
    m_fence->store(m);
    const agentlink::ProtectionLevel level = m.protectionLevel();
    if (notice()->kind() == NoticeLabel::Kind::Error && m_automatic->isChecked() && !m.witnessAddress.isEmpty() &&
        m_list->count() == 0)
        clearNotice(); // the witness is what automatic failover needed
    m_level->setText(tr("Protection: %1").arg(agentlink::ProtectionText::level(level)));
    // Chinese and Japanese put no space between sentences.
    const auto then = [](const QString& first, const QString& second) {
        return tr("%1 %2", "one sentence after another").arg(first, second);
    };
    QString text = agentlink::ProtectionText::explanation(level);
    if (m.fences[0].isSet() != m.fences[1].isSet()) {
        const int fenced = m.fences[0].isSet() ? 0 : 1;
        text = then(text, tr("Only %1 has a fence device: when %2 fails, %1 takes over without powering it off.")
                              .arg(nodeName(fenced), nodeName(1 - fenced)));
    }
    m_levelText->setText(text);
    const bool warns = level == agentlink::ProtectionLevel::PingOnly || level == agentlink::ProtectionLevel::Fencing;
    m_level->setStyleSheet(warns ? QStringLiteral("QLabel { color: #b36b00; }") : QString());

    // The standby notices the silence only at its next heartbeat check after the dead time.
    const int worstMs = m.deadTimeMs + m.intervalMs;
    const bool witness =
        level == agentlink::ProtectionLevel::Witness || level == agentlink::ProtectionLevel::WitnessFencing;
    QString takeover;
    if (m_automatic->isChecked() && witness)
        takeover = tr("Worst-case takeover: about %1 s after the failure: the standby waits until the old lease has "
                      "run out (lease TTL %2 s) and every heartbeat link has been silent past the dead time (%3 s); "
                      "then it starts the services.")
                       .arg(seconds(std::max(worstMs, m.witnessTtlMs)), seconds(m.witnessTtlMs), seconds(worstMs));
    else if (m_automatic->isChecked())
        takeover = tr("Worst-case takeover: about %1 s after the last heartbeat (dead time %2 s plus one heartbeat "
                      "interval of %3 s), plus the moment a tiebreaker takes to answer; then the standby starts the "
                      "services.")
                       .arg(seconds(worstMs), seconds(m.deadTimeMs), seconds(m.intervalMs));
    else
        takeover = tr("Worst-case takeover: only when an operator acts. Automatic failover would take about %1 s "
                      "after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s).")
                       .arg(seconds(worstMs), seconds(m.deadTimeMs), seconds(m.intervalMs));
    if (m.fences[0].isSet() || m.fences[1].isSet())
        takeover = then(takeover, tr("Fencing adds the time the device takes to power the node off."));
    m_takeover->setText(takeover);
}

bool FailoverPage::validatePage()
{
    // An entry typed but not added yet is surely meant to count.
    if (!addTyped())
        return false;
    const QStringList list = tiebreakers();
    QWidget* field = nullptr;
    if (const QString problem = m_witness->problem(&field); !problem.isEmpty())
        return refuse(problem, field);
    if (const QString problem = m_fence->problem(&field); !problem.isEmpty())
        return refuse(problem, field);
    if (const QString problem = m_notify->problem(&field); !problem.isEmpty()) {
        m_tabs->setCurrentIndex(3);
        return refuse(problem, field);
    }
    WizardModel& m = model();
    WizardModel entered = m;
    m_witness->store(entered);
    if (m_automatic->isChecked() && list.isEmpty() && entered.witnessAddress.isEmpty())
        return refuse(tr("Automatic failover needs a witness or at least one tiebreaker, or a standby that is merely "
                         "cut off could take over while the active node still runs. Enter the witness's address, add "
                         "a tiebreaker such as the default gateway's address, or choose manual failover."),
                      m_input);
    m.automaticFailover = m_automatic->isChecked();
    m.tiebreakers = list;
    m_witness->store(m);
    m_fence->store(m);
    m_notify->store(m);
    clearNotice();
    return true;
}

} // namespace twinha::ui
