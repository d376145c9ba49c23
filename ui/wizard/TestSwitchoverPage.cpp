#include "ui/wizard/TestSwitchoverPage.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "agentlink/ErrorText.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/OperationFollower.h"
#include "ui/switchover/SwitchoverClient.h"
#include "ui/switchover/SwitchoverText.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twinha::ui {

using agentlink::OperationView;
using protocol::RpcMessage;

TestSwitchoverPage::TestSwitchoverPage(QWidget* parent)
    : WizardPage(parent)
    , m_intro(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_results(new QTreeWidget(this))
{
    m_intro->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runTest"));
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(4);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_results->clear();
        m_leg = 0;
        startLeg();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);
    layout->addWidget(notice());
    retranslate();
}

TestSwitchoverPage::~TestSwitchoverPage() = default;

void TestSwitchoverPage::retranslate()
{
    setTitle(tr("Test switchover"));
    setSubTitle(tr("Optional: move the service to the other node and back, and see how long clients would wait."));
    m_intro->setText(tr("The agents run a real switchover of group %1, with their pre-checks, and then switch it "
                        "back. Clients of the service see a short interruption twice. You can skip this and finish.")
                         .arg(wizard() ? group() : QString()));
    m_results->setHeaderLabels({tr("Switchover"), tr("Result"), tr("Total time"), tr("Service gap")});
    m_results->setAccessibleName(tr("Test results"));
    updateButton();
}

QString TestSwitchoverPage::group() const
{
    return model().groups.isEmpty() ? QString() : model().groups.first().name;
}

void TestSwitchoverPage::initializePage()
{
    cleanupPage();
    retranslate();
    protocol::RpcError error;
    const std::optional<agentlink::ClusterProfile> profile =
        agentlink::ClusterProfile::load(setupWizard()->profilePath(), &error);
    if (!profile) {
        showNotice(NoticeLabel::Kind::Error, [=, this] { return agentlink::ErrorText::describe(error); });
        return;
    }
    m_monitor = new agentlink::ClusterMonitor(*profile, {}, this);
    m_monitor->setFollowEvents(false);
    if (session()->prompter())
        m_monitor->setPrompter(session()->prompter());
    m_client = new SwitchoverClient(m_monitor, m_monitor);
    m_follower = new OperationFollower(m_monitor, m_monitor);
    connect(m_follower, &OperationFollower::finished, this, &TestSwitchoverPage::onFinished);
    connect(m_monitor, &agentlink::ClusterMonitor::viewChanged, this, &TestSwitchoverPage::updateButton);
    m_monitor->start(true);
    updateButton();
}

void TestSwitchoverPage::cleanupPage()
{
    m_leg = -1;
    delete m_monitor; // with its client and follower
    m_client = nullptr;
    m_follower = nullptr;
    clearNotice();
}

bool TestSwitchoverPage::isComplete() const
{
    return m_leg < 0;
}

void TestSwitchoverPage::updateButton()
{
    const bool connected = m_monitor && m_monitor->allReached();
    m_run->setEnabled(connected && m_leg < 0 && !group().isEmpty());
    if (m_leg >= 0)
        m_run->setText(tr("Switching over…"));
    else if (m_monitor && !connected)
        m_run->setText(tr("Connecting…"));
    else
        m_run->setText(tr("&Run a test switchover and back"));
}

void TestSwitchoverPage::startLeg()
{
    const QString source = m_client->predictedSource(group(), QString());
    const bool sent = m_client->start(group(), QString(), false, source, [this](const RpcMessage& reply) {
        if (m_leg < 0)
            return;
        if (!reply.error.isNull()) {
            showNotice(NoticeLabel::Kind::Error, [=, this] { return agentlink::ErrorText::describe(reply.error); });
            m_leg = -1;
            updateButton();
            Q_EMIT completeChanged();
            return;
        }
        const QJsonObject r = reply.result.toObject();
        OperationView started;
        started.id = r.value(QStringLiteral("id")).toString();
        started.group = r.value(QStringLiteral("group")).toString(group());
        started.from = r.value(QStringLiteral("from")).toString();
        started.to = r.value(QStringLiteral("to")).toString();
        started.kind = protocol::operationKindFrom(r.value(QStringLiteral("kind")).toString());
        m_follower->follow(started);
    });
    if (!sent) {
        showNotice(NoticeLabel::Kind::Error, [=, this] {
            return tr("The console is connected to neither agent. Go back to the Connect page, "
                      "connect again, then try again.");
        });
        m_leg = -1;
    }
    updateButton();
    Q_EMIT completeChanged();
}

void TestSwitchoverPage::onFinished(const OperationView& op)
{
    if (m_leg < 0)
        return;
    auto* row = new QTreeWidgetItem(m_results);
    row->setText(0, QStringLiteral("%1 → %2").arg(op.from, op.to));
    row->setText(1, SwitchoverText::outcome(op));
    row->setText(2, SwitchoverText::duration(op.totalMs()));
    row->setText(3, SwitchoverText::gapMs(op) >= 0 ? SwitchoverText::duration(SwitchoverText::gapMs(op))
                                                   : tr("not measured"));
    const bool done = op.result == protocol::OperationResult::Done;
    if (done && m_leg == 0) {
        m_leg = 1;
        startLeg();
        return;
    }
    m_leg = -1;
    if (done)
        showNotice(NoticeLabel::Kind::Info,
                   [=, this] { return tr("The service moved there and back. The pair is ready."); });
    else
        showNotice(NoticeLabel::Kind::Warning, [=, this] {
            return tr("The test did not complete: %1 The service runs where the agents left it; the "
                      "dashboard shows where.")
                .arg(SwitchoverText::outcome(op));
        });
    updateButton();
    Q_EMIT completeChanged();
}

} // namespace twinha::ui
