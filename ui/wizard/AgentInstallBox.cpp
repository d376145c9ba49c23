#include "ui/wizard/AgentInstallBox.h"

#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace twinha::ui {

using agentlink::AgentInstaller;
namespace codes = protocol::codes;

namespace {

constexpr AgentInstaller::Step kSteps[] = {
    AgentInstaller::Step::Connect, AgentInstaller::Step::Detect,  AgentInstaller::Step::Privilege,
    AgentInstaller::Step::Upload,  AgentInstaller::Step::Install, AgentInstaller::Step::Permit,
    AgentInstaller::Step::Start,
};

} // namespace

AgentInstallBox::AgentInstallBox(int node, QWidget* parent)
    : QWidget(parent)
    , m_node(node)
    , m_heading(selectableLabel(this, "installHeading"))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_package(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_install(new QPushButton(this))
    , m_steps(selectableLabel(this, "installSteps"))
    , m_result(selectableLabel(this, "installResult"))
    , m_manual(new QPlainTextEdit(this))
{
    const QString suffix = QString::number(node);
    setObjectName(QStringLiteral("agentInstall") + suffix);
    m_role->setObjectName(QStringLiteral("installRole") + suffix);
    m_role->addItems({QString(), QString()}); // Operator, Observer: texts in retranslate()
    m_package->setObjectName(QStringLiteral("agentPackage") + suffix);
    m_choose->setObjectName(QStringLiteral("choosePackage") + suffix);
    m_install->setObjectName(QStringLiteral("installAgent") + suffix);
    m_manual->setObjectName(QStringLiteral("installCommands") + suffix);
    m_manual->setReadOnly(true);
    m_manual->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_manual->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_roleLabel->setBuddy(m_role);
    connect(m_install, &QPushButton::clicked, this, &AgentInstallBox::start);
    connect(m_choose, &QPushButton::clicked, this, &AgentInstallBox::choosePackage);

    auto* form = new QGridLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(m_roleLabel, 0, 0);
    form->addWidget(m_role, 0, 1, 1, 2);
    form->addWidget(m_package, 1, 0, 1, 2);
    form->addWidget(m_choose, 1, 2);
    form->setColumnStretch(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_install);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_steps);
    layout->addWidget(m_result);
    layout->addWidget(m_manual);
    m_manual->hide();
    hide();
    retranslate();
}

AgentInstallBox::~AgentInstallBox() = default; // the installer stops and waits for its thread

bool AgentInstallBox::agentMissing(const protocol::RpcError& e)
{
    if (e.code != QLatin1String(codes::kAgentCommandFailed))
        return false;
    const int status = e.params.value(QStringLiteral("exit_status")).toInt(-1);
    const QString stderrText = e.params.value(QStringLiteral("stderr")).toString();
    return status == 127 || status == 126 || stderrText.contains(QLatin1String("not found")) ||
           stderrText.contains(QLatin1String("No such file"));
}

void AgentInstallBox::offer(const agentlink::NodeEndpoint& endpoint,
                            std::shared_ptr<agentlink::CredentialPrompter> prompter, bool upgrade)
{
    if (!running()) {
        m_endpoint = endpoint;
        m_prompter = std::move(prompter);
        m_upgrade = upgrade;
    }
    if (isHidden()) {
        show();
        retranslate();
    }
}

void AgentInstallBox::withdraw()
{
    if (!m_installer) // once it ran, what it did stays in view
        hide();
}

void AgentInstallBox::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AgentInstallBox::retranslate()
{
    m_heading->setText(m_upgrade ? tr("The console can install its own version of the agent on this node.")
                                 : tr("The console can install the agent on this node: it copies the package over "
                                      "SSH, installs it with the system's package tool (as root or through sudo) and "
                                      "starts the twinha-agent service."));
    m_roleLabel->setText(tr("Your SSH user may"));
    m_role->setItemText(0, tr("operate (switch over, apply config)"));
    m_role->setItemText(1, tr("only observe"));
    m_role->setToolTip(tr("Adds the SSH user to the groups twinha and twinha-operators, or to twinha only."));
    m_package->setPlaceholderText(
        tr("Package: found in %1").arg(agentlink::StatusText::list(AgentInstaller::defaultPackageFolders())));
    m_package->setAccessibleName(tr("Agent package for node %1").arg(m_node + 1));
    m_choose->setText(tr("Choose…"));
    m_install->setText(m_upgrade ? tr("Upgrade agent on node %1").arg(m_node + 1)
                                 : tr("Install agent on node %1").arg(m_node + 1));
    renderSteps();
}

void AgentInstallBox::choosePackage()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Agent package"), m_package->text(),
                                                      tr("Agent packages (twinha-agent*.deb twinha-agent*.rpm)"));
    if (!file.isEmpty())
        m_package->setText(file);
}

void AgentInstallBox::start()
{
    if (running())
        return;
    AgentInstaller::Request request;
    request.endpoint = m_endpoint;
    request.package = m_package->text().trimmed();
    request.packageFolders = AgentInstaller::defaultPackageFolders();
    request.role = role();
    request.restart = m_upgrade;
    m_installer = std::make_unique<AgentInstaller>(request, m_prompter);
    connect(m_installer.get(), &AgentInstaller::stepStarted, this, [this](AgentInstaller::Step step) {
        m_step = step;
        renderSteps();
    });
    connect(m_installer.get(), &AgentInstaller::finished, this, &AgentInstallBox::onFinished);
    m_step.reset();
    m_done = false;
    m_error = {};
    m_manual->hide();
    for (QWidget* w : choices())
        w->setEnabled(false);
    m_installer->start();
    renderSteps();
}

void AgentInstallBox::onFinished(const protocol::RpcError& error)
{
    m_done = error.isNull();
    m_error = error;
    for (QWidget* w : choices()) {
        w->setEnabled(true);
        w->setVisible(!m_done); // nothing left to choose
    }
    m_heading->setVisible(!m_done);
    if (error.code == QLatin1String(codes::kInstallNoPrivilege)) {
        const agentlink::NodePlatform platform = m_installer->platform();
        m_manual->setPlainText(
            AgentInstaller::manualCommands(platform, m_installer->packagePath(), platform.user, role())
                .join(QLatin1Char('\n')));
        m_manual->show();
    }
    renderSteps();
    if (m_done)
        Q_EMIT installed();
}

QList<QWidget*> AgentInstallBox::choices() const
{
    return {m_roleLabel, m_role, m_package, m_choose, m_install};
}

AgentInstaller::Role AgentInstallBox::role() const
{
    return m_role->currentIndex() == 0 ? AgentInstaller::Role::Operator : AgentInstaller::Role::Observer;
}

QString AgentInstallBox::stepText(AgentInstaller::Step step) const
{
    switch (step) {
    case AgentInstaller::Step::Connect:
        return tr("Log in over SSH");
    case AgentInstaller::Step::Detect:
        return tr("Detect the system and choose the package");
    case AgentInstaller::Step::Privilege:
        return tr("Become root (sudo)");
    case AgentInstaller::Step::Upload:
        return tr("Copy the package (SFTP)");
    case AgentInstaller::Step::Install:
        return tr("Install the package");
    case AgentInstaller::Step::Permit:
        return tr("Let the SSH user reach the agent");
    case AgentInstaller::Step::Start:
        return tr("Enable and start the service");
    }
    return {};
}

void AgentInstallBox::renderSteps()
{
    if (!m_installer) {
        m_steps->clear();
        m_result->clear();
        return;
    }
    const bool failed = !m_error.isNull();
    // Steps before the one running (or last run) are done; those after it are still to come.
    const auto* current = m_step ? std::find(std::begin(kSteps), std::end(kSteps), *m_step) : std::begin(kSteps);
    QStringList lines;
    for (const auto* step = std::begin(kSteps); step != std::end(kSteps); ++step) {
        QString mark = QStringLiteral("·");
        if (step < current || (step == current && m_done))
            mark = QStringLiteral("✓");
        else if (step == current && m_step)
            mark = failed ? QStringLiteral("✗") : QStringLiteral("…");
        lines << mark + QLatin1Char(' ') + stepText(*step);
    }
    m_steps->setText(lines.join(QLatin1Char('\n')));
    if (m_done) {
        const QString file = QFileInfo(m_installer->packagePath()).fileName();
        m_result->setText(tr("Installed %1; the agent runs.").arg(file));
    } else if (failed) {
        m_result->setText(agentlink::ErrorText::describe(m_error));
    } else {
        m_result->setText(tr("Installing…"));
    }
}

} // namespace twinha::ui
