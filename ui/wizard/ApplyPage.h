#pragma once

#include "ui/wizard/WizardPage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <array>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace twinha::agentlink {
class ConfigApplyRun;
class MirrorKeyExchange;
} // namespace twinha::agentlink

namespace twinha::ui {

// Page 9: for a mirror over ssh, first has each node trust the other's mirror key (agentlink::
// MirrorKeyExchange, with the host keys this console verified); then puts the reviewed config on both nodes as one
// change (agentlink::ConfigApplyRun: both agents validate and stage it, then both commit, each keeping a backup of its
// old file, with automatic failover frozen until they hear each other on it), waits for the pair to report healthy, and
// saves the console's profile, showing its path to copy (twinhactl --cluster needs it). A failure says which node has
// which config and what to do; "Try again" resumes where it stopped (a change that did not finish runs again on both).
class ApplyPage : public WizardPage
{
    Q_OBJECT

public:
    static constexpr int kHealthyTimeoutMs = 60000;

    explicit ApplyPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void retranslate() override;

private:
    enum class Step
    {
        MirrorKeys,
        Prepare,
        Commit,
        Healthy,
        Profile,
        Done,
    };

    void run();
    void startKeyExchange();
    void startChange();
    bool needsMirrorKeys() const;
    void onChangeFinished();
    void checkHealthy();
    void saveProfile();
    void fail(const std::function<QString()>& text);
    void showSteps();
    // Why the pair is not healthy yet, or empty when it is.
    QString notHealthyYet() const;

    QLabel* m_intro;
    QListWidget* m_steps;
    // Where the profile was saved, to copy: twinhactl and File > Open need that path.
    QWidget* m_saved;
    QLabel* m_savedLabel;
    QLineEdit* m_savedPath;
    QPushButton* m_copyPath;
    QLabel* m_savedHint;
    QPushButton* m_retry;
    Step m_step = Step::Prepare;
    bool m_failed = false;
    QString m_key; // base64; generated once per wizard for a new cluster, so a retry sends the same
    QString m_checksum;
    std::array<QString, 2> m_backup;
    agentlink::ConfigApplyRun* m_change = nullptr;  // the current run; replaced by a retry
    agentlink::MirrorKeyExchange* m_keys = nullptr; // likewise
    QTimer m_healthTimer;
    QElapsedTimer m_healthClock;
    qint64 m_healthyAfterMs = -1;
};

} // namespace twinha::ui
