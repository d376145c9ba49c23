#include "ui/wizard/SetupWizard.h"

#include "agentlink/ClusterProfile.h"
#include "ui/GuiPrompter.h"
#include "ui/wizard/ApplyPage.h"
#include "ui/wizard/ConnectPage.h"
#include "ui/wizard/FailoverPage.h"
#include "ui/wizard/GroupsPage.h"
#include "ui/wizard/HostsPage.h"
#include "ui/wizard/LinksPage.h"
#include "ui/wizard/ModePage.h"
#include "ui/wizard/ReplicationPage.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/TestSwitchoverPage.h"
#include "ui/wizard/WizardSession.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace twinha::ui {

SetupWizard::SetupWizard(const QString& profilesDir, QWidget* parent)
    : QWizard(parent)
    , m_profilesDir(profilesDir)
    , m_session(new WizardSession(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(760, 560);
    m_session->setPrompter(std::make_shared<GuiPrompter>(this));

    setPage(HostsPageId, new HostsPage);
    setPage(ConnectPageId, new ConnectPage);
    setPage(ModePageId, new ModePage);
    setPage(LinksPageId, new LinksPage);
    setPage(GroupsPageId, new GroupsPage);
    setPage(ReplicationPageId, new ReplicationPage);
    setPage(FailoverPageId, new FailoverPage);
    setPage(ReviewPageId, new ReviewPage);
    setPage(ApplyPageId, new ApplyPage);
    setPage(TestSwitchoverPageId, new TestSwitchoverPage);
    setStartId(HostsPageId);
    retranslate();
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::editProfile(const agentlink::ClusterProfile& profile)
{
    m_editedProfile = profile.path;
    m_model.clusterName = profile.name;
    for (int i = 0; i < 2 && i < profile.nodes.size(); ++i) {
        const agentlink::NodeEndpoint& n = profile.nodes.at(i);
        WizardModel::Host& h = m_model.hosts[size_t(i)];
        h.address = n.host;
        h.port = n.port;
        h.user = n.user;
        h.identityFile = n.identityFile;
        h.agentCommand = n.agentCommand;
        h.jumpHost = n.jumpHost;
        h.jumpPort = n.jumpPort;
        h.jumpUser = n.jumpUser;
        m_editedKnownHosts = n.knownHostsFile;
    }
    retranslate();
}

void SetupWizard::setPrompter(std::shared_ptr<agentlink::CredentialPrompter> prompter)
{
    m_session->setPrompter(std::move(prompter));
}

QString SetupWizard::knownHostsFile() const
{
    return m_editedKnownHosts.isEmpty() ? QDir(m_profilesDir).filePath(QStringLiteral("known_hosts"))
                                        : m_editedKnownHosts;
}

QString SetupWizard::profilePath() const
{
    if (!m_editedProfile.isEmpty())
        return m_editedProfile;
    return QDir(m_profilesDir).filePath(m_model.clusterName + QStringLiteral(".json"));
}

QString SetupWizard::pageKey(int id)
{
    static const char* const keys[] = {"hosts",       "connect",  "mode",   "links", "groups",
                                       "replication", "failover", "review", "apply", "test"};
    return id >= 0 && id < int(std::size(keys)) ? QLatin1String(keys[id]) : QString();
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(m_editedProfile.isEmpty() ? tr("New cluster") : tr("Edit cluster %1").arg(m_model.clusterName));
    // Our own texts rather than Qt's: QWizard sets its defaults once and misses a language change.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace twinha::ui
