#pragma once

#include "ui/wizard/WizardModel.h"

#include <QWizard>

#include <memory>

namespace twinha::agentlink {
class CredentialPrompter;
struct ClusterProfile;
} // namespace twinha::agentlink

namespace twinha::ui {

class WizardSession;

// The guided setup: from two servers with the agent installed to a working pair, or an edit of a
// running one. One class per page; they share model() and session(). Nothing is written to a
// node before the Apply page, so Back and Cancel are always safe.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        HostsPageId,
        ConnectPageId,
        ModePageId,
        LinksPageId,
        GroupsPageId,
        ReplicationPageId,
        FailoverPageId,
        ReviewPageId,
        ApplyPageId,
        TestSwitchoverPageId,
    };

    // New profiles go to `profilesDir` (<name>.json), with one known_hosts file there for all.
    explicit SetupWizard(const QString& profilesDir, QWidget* parent = nullptr);
    ~SetupWizard() override;

    // Edits a cluster the console already watches: its hosts, known_hosts and profile file are
    // kept, and the other pages are pre-filled from the agents' config once connected.
    void editProfile(const agentlink::ClusterProfile& profile);
    // Who answers host-key, passphrase and password questions (default: dialogs over the wizard).
    void setPrompter(std::shared_ptr<agentlink::CredentialPrompter> prompter);

    bool isEditing() const { return !m_editedProfile.isEmpty(); }
    WizardModel& model() { return m_model; }
    WizardSession* session() const { return m_session; }
    QString knownHostsFile() const;
    // Where the Apply page saves the profile: the edited one, or <profilesDir>/<cluster name>.json.
    QString profilePath() const;
    // The file name of each page's screenshot, for docs and tests ("hosts", "connect", ...).
    static QString pageKey(int id);

Q_SIGNALS:
    // The Apply page wrote the config to both nodes and saved the profile here.
    void profileSaved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_profilesDir;
    QString m_editedProfile;    // empty for a new cluster
    QString m_editedKnownHosts; // the edited profile's known_hosts
    WizardModel m_model;
    WizardSession* m_session;
};

} // namespace twinha::ui
