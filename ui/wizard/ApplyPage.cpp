#include "ui/wizard/ApplyPage.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ConfigApplyRun.h"
#include "agentlink/ConfigApplyText.h"
#include "agentlink/ErrorText.h"
#include "agentlink/MirrorKeyExchange.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/AtomicFile.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/SwitchoverText.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace twinha::ui {

using agentlink::ConfigApplyRun;

ApplyPage::ApplyPage(QWidget* parent)
    : WizardPage(parent)
    , m_intro(wrappingLabel(this))
    , m_steps(new QListWidget(this))
    , m_saved(new QWidget(this))
    , m_savedLabel(wrappingLabel(m_saved))
    , m_savedPath(new QLineEdit(m_saved))
    , m_copyPath(new QPushButton(m_saved))
    , m_savedHint(wrappingLabel(m_saved, "profileHint"))
    , m_retry(new QPushButton(this))
{
    m_saved->setObjectName(QStringLiteral("savedProfile"));
    m_savedPath->setObjectName(QStringLiteral("profilePath"));
    m_savedPath->setReadOnly(true);
    m_savedLabel->setBuddy(m_savedPath);
    m_copyPath->setObjectName(QStringLiteral("copyProfilePath"));
    connect(m_copyPath, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_savedPath->text()); });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_savedPath, 1);
    pathRow->addWidget(m_copyPath);
    auto* savedLayout = new QVBoxLayout(m_saved);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->addWidget(m_savedLabel);
    savedLayout->addLayout(pathRow);
    savedLayout->addWidget(m_savedHint);
    m_saved->hide();
    m_steps->setObjectName(QStringLiteral("applySteps"));
    m_steps->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryApply"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        run();
    });
    m_healthTimer.setInterval(250);
    connect(&m_healthTimer, &QTimer::timeout, this, &ApplyPage::checkHealthy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(notice());
    layout->addWidget(m_saved);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    // Done here is a working pair; the test switchover after it is optional.
    setFinalPage(true);
    retranslate();
}

void ApplyPage::retranslate()
{
    setTitle(tr("Apply"));
    setSubTitle(tr("Both nodes take the configuration as one change."));
    m_intro->setText(tr("First both agents check the configuration and stage it; only then do both write it, keeping "
                        "their previous file as a backup, and reload. Automatic failover is frozen until the nodes "
                        "hear each other on the new configuration. A reload does not stop the running service."));
    m_retry->setText(tr("&Try again"));
    m_steps->setAccessibleName(tr("Progress"));
    m_savedLabel->setText(tr("The console's profile of this cluster is saved as:"));
    m_copyPath->setText(tr("&Copy path"));
    m_copyPath->setAccessibleName(tr("Copy the profile's path"));
    m_savedHint->setText(tr("twinhactl needs this path: twinhactl --cluster %1 status. The console opens the "
                            "profile by itself from now on.")
                             .arg(m_savedPath->text().contains(QLatin1Char(' '))
                                      ? QLatin1Char('"') + m_savedPath->text() + QLatin1Char('"')
                                      : m_savedPath->text()));
    if (wizard())
        showSteps();
}

void ApplyPage::initializePage()
{
    m_saved->hide();
    m_step = needsMirrorKeys() ? Step::MirrorKeys : Step::Prepare;
    m_backup = {};
    m_checksum.clear();
    m_healthyAfterMs = -1;
    if (!model().isEdit() && m_key.isEmpty()) {
        QByteArray key(48, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
        m_key = QString::fromLatin1(key.toBase64());
    }
    run();
}

bool ApplyPage::isComplete() const
{
    return m_step == Step::Done;
}

void ApplyPage::run()
{
    m_failed = false;
    clearNotice();
    showSteps();
    switch (m_step) {
    case Step::MirrorKeys:
        startKeyExchange();
        break;
    case Step::Prepare:
    case Step::Commit:
        startChange();
        break;
    case Step::Healthy:
        m_healthClock.start();
        m_healthTimer.start();
        checkHealthy();
        break;
    case Step::Profile:
        saveProfile();
        break;
    case Step::Done:
        break;
    }
}

bool ApplyPage::needsMirrorKeys() const
{
    const QList<WizardModel::Replication>& reps = model().replications;
    return std::any_of(reps.cbegin(), reps.cend(), [](const WizardModel::Replication& r) {
        return r.type == protocol::ReplicationType::Mirror && r.transport == protocol::MirrorTransportKind::Ssh;
    });
}

void ApplyPage::startKeyExchange()
{
    // Before the change: a config whose mirror cannot log in would only fail later, and quietly.
    delete m_keys;
    m_keys = new agentlink::MirrorKeyExchange(session()->monitor(), this);
    connect(m_keys, &agentlink::MirrorKeyExchange::finished, this, [this] {
        if (m_keys->ok()) {
            m_step = Step::Prepare;
            run();
            return;
        }
        QPointer<agentlink::MirrorKeyExchange> keys(m_keys);
        fail([this, keys] {
            QStringList why;
            for (int i = 0; keys && i < 2; ++i)
                if (!keys->node(i).error.isNull())
                    why << keys->nodeName(i) + QStringLiteral(": ") +
                               agentlink::ErrorText::describe(keys->node(i).error);
            return tr("The nodes could not set up the mirror over SSH, so nothing was changed. %1")
                .arg(why.join(QLatin1Char(' ')));
        });
    });
    m_keys->start();
}

void ApplyPage::startChange()
{
    // Both nodes again, even after a partial change: the one that has it commits without reloading.
    m_step = Step::Prepare;
    delete m_change;
    m_change = new ConfigApplyRun(session()->monitor(), this);
    connect(m_change, &ConfigApplyRun::changed, this, [this] {
        if (m_change->phase() == ConfigApplyRun::Phase::Committing ||
            m_change->phase() == ConfigApplyRun::Phase::Settling)
            m_step = Step::Commit;
        for (int i = 0; i < 2; ++i)
            if (!m_change->node(i).backup.isEmpty())
                m_backup[size_t(i)] = m_change->node(i).backup;
        showSteps();
    });
    connect(m_change, &ConfigApplyRun::finished, this, &ApplyPage::onChangeFinished);
    ConfigApplyRun::Request request;
    request.text = model().configText.toUtf8();
    request.expectedChecksum = {model().diskChecksum[0], model().diskChecksum[1]};
    request.key = m_key;
    m_change->start(request);
}

void ApplyPage::onChangeFinished()
{
    // A retry must expect what is on each node now.
    for (int i = 0; i < 2; ++i)
        if (m_change->node(i).committed)
            model().diskChecksum[size_t(i)] = m_change->checksum();
    m_checksum = m_change->checksum();
    if (m_change->outcome() != ConfigApplyRun::Outcome::Applied) {
        QPointer<ConfigApplyRun> change(m_change);
        fail([change] { return change ? agentlink::ConfigApplyText::outcome(*change) : QString(); });
        return;
    }
    m_step = Step::Healthy;
    run();
}

QString ApplyPage::notHealthyYet() const
{
    const agentlink::ClusterMonitor* monitor = session()->monitor();
    for (int i = 0; i < 2; ++i) {
        const QString& name = model().nodeNames[size_t(i)];
        const agentlink::NodeView& view = monitor->node(i);
        if (!view.status)
            return tr("%1 has not reported its status yet.").arg(name);
        const QJsonObject& extra = view.status->extra;
        if (extra.value(QStringLiteral("config_checksum")).toString() != m_checksum)
            return tr("%1 has not loaded the new configuration yet.").arg(name);
        if (!extra.value(QStringLiteral("peer")).toObject().value(QStringLiteral("alive")).toBool())
            return tr("%1 does not hear its peer on any heartbeat link yet.").arg(name);
        if (!extra.value(QStringLiteral("config_checksum_match")).toBool())
            return tr("%1 reports that the two nodes' configurations differ.").arg(name);
        const protocol::Role role = view.status->role;
        if (!protocol::isGroupRole(role))
            return tr("%1 is still deciding its role (%2).").arg(name, agentlink::StatusText::role(role));
    }
    if (monitor->node(0).status->role != protocol::Role::Active &&
        monitor->node(1).status->role != protocol::Role::Active)
        return tr("Neither node has started the service yet.");
    return {};
}

void ApplyPage::checkHealthy()
{
    if (m_step != Step::Healthy)
        return;
    const QString why = notHealthyYet();
    if (why.isEmpty()) {
        m_healthTimer.stop();
        m_healthyAfterMs = m_healthClock.elapsed();
        m_step = Step::Profile;
        run();
        return;
    }
    if (m_healthClock.elapsed() > kHealthyTimeoutMs) {
        m_healthTimer.stop();
        fail([this] {
            return tr("Both nodes have the new configuration, but the pair did not become healthy within %1: %2 Check "
                      "the heartbeat addresses and ports, and any firewall between the nodes; the agents' logs say "
                      "more.")
                .arg(SwitchoverText::duration(kHealthyTimeoutMs), notHealthyYet());
        });
        return;
    }
    showSteps();
}

void ApplyPage::saveProfile()
{
    const QString path = setupWizard()->profilePath();
    const QDir dir = QFileInfo(path).absoluteDir();
    // Relative when it sits beside the profile, so the folder can be moved as a whole.
    const QString knownHosts = dir.relativeFilePath(setupWizard()->knownHostsFile());
    protocol::AtomicFile file(path);
    const bool ok = QDir().mkpath(dir.absolutePath()) &&
                    file.prepare(QJsonDocument(model().profileJson(knownHosts)).toJson(), 0600) && file.commit();
    if (!ok) {
        fail([path, reason = qt_error_string(file.failedErrno())] {
            return tr("The cluster is running, but the console could not save its profile %1 (%2). Free some disk "
                      "space or choose another folder, then press Try again.")
                .arg(path, reason);
        });
        return;
    }
    m_step = Step::Done;
    m_savedPath->setText(QFileInfo(path).absoluteFilePath());
    m_saved->show();
    retranslate();
    showNotice(NoticeLabel::Kind::Info, [=, this] {
        return tr("The pair is healthy and the console watches it from now on. You can finish here, or "
                  "go on to try a switchover and back.");
    });
    Q_EMIT setupWizard()->profileSaved(path);
    Q_EMIT completeChanged();
}

void ApplyPage::fail(const std::function<QString()>& text)
{
    m_failed = true;
    // Asked again on a language change. A failed change's own text says which node runs which config.
    showNotice(NoticeLabel::Kind::Error, text);
    m_retry->show();
    showSteps();
}

void ApplyPage::showSteps()
{
    const WizardModel& m = model();
    struct Row
    {
        Step step;
        QString text;
    };
    QList<Row> rows{
        {Step::Prepare, tr("Check and stage the configuration on %1 and %2").arg(m.nodeNames[0], m.nodeNames[1])},
        {Step::Commit, tr("Commit it on both nodes")},
        {Step::Healthy, tr("Wait until both nodes run it and hear each other")},
        {Step::Profile, tr("Save the console's profile")},
    };
    if (needsMirrorKeys())
        rows.prepend({Step::MirrorKeys, tr("Let each node's mirror key into the other, over SSH")});
    m_steps->clear();
    for (const Row& row : rows) {
        QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
        QString text = row.text;
        if (int(row.step) < int(m_step)) {
            icon = QStyle::SP_DialogApplyButton;
            if (row.step == Step::Commit) {
                for (int i = 0; i < 2; ++i)
                    if (!m_backup[size_t(i)].isEmpty())
                        text +=
                            QStringLiteral(" — ") +
                            tr("%1 keeps its previous version as %2").arg(m.nodeNames[size_t(i)], m_backup[size_t(i)]);
            } else if (row.step == Step::Healthy && m_healthyAfterMs >= 0) {
                text += QStringLiteral(" — ") + tr("healthy after %1").arg(SwitchoverText::duration(m_healthyAfterMs));
            }
        } else if (row.step == m_step) {
            icon = m_failed ? QStyle::SP_MessageBoxCritical : QStyle::SP_BrowserReload;
            if (row.step == Step::Healthy && !m_failed) {
                const QString why = notHealthyYet();
                if (!why.isEmpty())
                    text += QStringLiteral(" — ") + why;
            }
        }
        auto* item = new QListWidgetItem(text, m_steps);
        if (icon != QStyle::SP_CustomBase)
            item->setIcon(style()->standardIcon(icon));
    }
}

} // namespace twinha::ui
