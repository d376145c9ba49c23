#include "ui/wizard/LinksPage.h"

#include "agentlink/protocol/HeartbeatTiming.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/LinksTable.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twinha::ui {

LinksPage::LinksPage(QWidget* parent)
    : WizardPage(parent)
    , m_intro(wrappingLabel(this))
    , m_table(new LinksTable(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_intervalLabel(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_deadTimeLabel(new QLabel(this))
    , m_deadTime(new QSpinBox(this))
    , m_detection(wrappingLabel(this))
    , m_advice(wrappingLabel(this))
{
    m_add->setObjectName(QStringLiteral("addLink"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    m_preset->setObjectName(QStringLiteral("timingPreset"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents); // each language's texts whole
    m_presetLabel->setBuddy(m_preset);
    for (const protocol::TimingProfile& p : {protocol::TimingProfile::byDefault(), protocol::TimingProfile::fast()})
        m_preset->addItem(QString(), QString(p.name));
    m_preset->addItem(QString()); // custom
    m_interval->setObjectName(QStringLiteral("interval"));
    using protocol::HeartbeatTiming; // the agent's ranges: a timing it runs with is never clamped here
    m_interval->setRange(HeartbeatTiming::kMinIntervalMs, HeartbeatTiming::kMaxIntervalMs);
    m_interval->setSingleStep(50);
    m_intervalLabel->setBuddy(m_interval);
    m_deadTime->setObjectName(QStringLiteral("deadTime"));
    m_deadTime->setRange(HeartbeatTiming::kMinDeadTimeMs, HeartbeatTiming::kMaxDeadTimeMs);
    m_deadTime->setSingleStep(100);
    m_deadTimeLabel->setBuddy(m_deadTime);
    m_detection->setObjectName(QStringLiteral("detectionTime"));
    m_advice->setObjectName(QStringLiteral("linksAdvice"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* timing = new QFormLayout;
    timing->setRowWrapPolicy(QFormLayout::WrapLongRows);
    timing->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    timing->addRow(m_presetLabel, m_preset);
    timing->addRow(m_intervalLabel, m_interval);
    timing->addRow(m_deadTimeLabel, m_deadTime);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_advice);
    layout->addLayout(timing);
    layout->addWidget(m_detection);
    layout->addWidget(notice());

    connect(m_add, &QPushButton::clicked, this, [this] {
        m_table->addLink();
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_table->removeLink();
        updateButtons();
    });
    connect(m_preset, &QComboBox::activated, this, &LinksPage::applyPreset);
    connect(m_interval, &QSpinBox::valueChanged, this, &LinksPage::updateDetectionTime);
    connect(m_deadTime, &QSpinBox::valueChanged, this, &LinksPage::updateDetectionTime);
    retranslate();
}

void LinksPage::retranslate()
{
    setTitle(tr("Heartbeat links"));
    setSubTitle(tr("The paths on which the nodes check that the other one is alive."));
    m_intro->setText(tr("Each link is a path between the nodes. On every link each node sends small UDP "
                        "heartbeats from its address and port to the other node's."));
    m_table->setAccessibleName(tr("Heartbeat links"));
    m_add->setText(tr("Add link"));
    m_remove->setText(tr("Remove link"));
    m_presetLabel->setText(tr("&Timing:"));
    // The profiles' own values, so that the texts follow them.
    const auto presetText = [](const QString& text, const protocol::TimingProfile& p) {
        return text.arg(p.intervalMs)
            .arg(QLocale().toString(p.deadTimeMs / 1000.0, 'g', QLocale::FloatingPointShortest));
    };
    m_preset->setItemText(
        0, presetText(tr("Standard: heartbeat %1 ms, dead time %2 s"), protocol::TimingProfile::byDefault()));
    m_preset->setItemText(1, presetText(tr("Fast: heartbeat %1 ms, dead time %2 s"), protocol::TimingProfile::fast()));
    m_preset->setItemText(2, tr("Custom"));
    m_intervalLabel->setText(tr("Heartbeat &interval:"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setAccessibleName(tr("Heartbeat interval in milliseconds"));
    m_deadTimeLabel->setText(tr("&Dead time:"));
    m_deadTime->setSuffix(tr(" ms"));
    m_deadTime->setAccessibleName(tr("Dead time in milliseconds"));
    m_advice->setText(tr("Two independent links, for example a private cable between the nodes and the public "
                         "network, avoid false failovers: one broken cable or switch then does not look like a "
                         "failed peer."));
    m_table->setNodes(setupWizard() ? session() : nullptr, {nodeName(0), nodeName(1)});
    m_table->retranslate();
    updateDetectionTime();
}

void LinksPage::initializePage()
{
    notice()->clearNotice();
    m_table->setNodes(session(), {nodeName(0), nodeName(1)});
    m_table->setLinks(model().links);
    if (model().links.isEmpty())
        m_table->addLink();
    m_interval->setValue(model().intervalMs);
    m_deadTime->setValue(model().deadTimeMs);
    retranslate();
    updateButtons();
}

void LinksPage::cleanupPage()
{
    // Back keeps what was typed; Next validates it before any later page relies on it.
    storeInModel();
    WizardPage::cleanupPage();
}

bool LinksPage::validatePage()
{
    QWidget* field = nullptr;
    if (const QString problem = check(&field); !problem.isEmpty())
        return refuse(problem, field);
    notice()->clearNotice();
    storeInModel();
    return true;
}

void LinksPage::storeInModel()
{
    model().links = m_table->links();
    model().intervalMs = m_interval->value();
    model().deadTimeMs = m_deadTime->value();
}

void LinksPage::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}

void LinksPage::applyPreset(int index)
{
    protocol::TimingProfile p;
    if (!protocol::TimingProfile::named(m_preset->itemData(index).toString(), &p))
        return; // custom: the values stay as they are
    m_interval->setValue(p.intervalMs);
    m_deadTime->setValue(p.deadTimeMs);
}

void LinksPage::updateDetectionTime()
{
    const int interval = m_interval->value();
    const int dead = m_deadTime->value();
    // The preset the values are, or "custom".
    int preset = m_preset->count() - 1;
    for (int i = 0; i + 1 < m_preset->count(); ++i)
        if (protocol::TimingProfile p; protocol::TimingProfile::named(m_preset->itemData(i).toString(), &p) &&
                                       p.intervalMs == interval && p.deadTimeMs == dead)
            preset = i;
    m_preset->setCurrentIndex(preset);
    const QLocale locale;
    QString text = tr("A failed peer is noticed after %1 s of silence on every link (%Ln heartbeat(s) missed).",
                      nullptr, dead / interval)
                       .arg(locale.toString(dead / 1000.0, 'g', QLocale::FloatingPointShortest));
    if (dead < protocol::TimingProfile::byDefault().deadTimeMs)
        text += QLatin1Char(' ') +
                tr("Short timings need links with a few milliseconds of latency and jitter, and the agent running as "
                   "root, so that its heartbeat runs at real-time priority. Even then, a node that stalls for a tenth "
                   "of a second (a virtual machine whose host is busy) can have its services stopped by its own "
                   "dead-man guard, or be taken over while healthy.");
    m_detection->setText(text);
}

QString LinksPage::check(QWidget** field) const
{
    *field = m_add;
    if (m_table->rowCount() == 0)
        return tr("Add at least one heartbeat link: without one the nodes cannot hear each other.");
    if (const QString problem = m_table->problem(field); !problem.isEmpty())
        return problem;
    const int interval = m_interval->value();
    *field = m_deadTime;
    // The agent's own rule, so that the wizard never sends a timing the agents would refuse.
    static_assert(protocol::HeartbeatTiming::kMinDeadTimeIntervals == 3, "the sentence below says \"three times\"");
    if (!protocol::HeartbeatTiming::deadTimeFits(interval, m_deadTime->value()))
        return tr("The dead time must be at least three times the heartbeat interval, here %1 ms or more, so that a "
                  "few lost heartbeats do not look like a failed peer.")
            .arg(QLocale().toString(protocol::HeartbeatTiming::minDeadTimeMs(interval)));
    *field = nullptr;
    return {};
}

} // namespace twinha::ui
