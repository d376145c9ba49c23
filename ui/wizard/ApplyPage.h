#pragma once

#include "agentlink/protocol/RpcMessage.h"
#include "ui/wizard/WizardPage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <array>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace twinha::ui {

// Page 9: writes the reviewed config to both nodes (each agent validates it again, writes it
// atomically next to a backup of the old one and reloads), waits for the pair to report healthy
// with the new config, and saves the console's profile. A failure says which node has which
// config and what to do; "Try again" resumes where it stopped.
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
        Write0,
        Write1,
        Healthy,
        Profile,
        Done,
    };

    void run();
    void applyTo(int node);
    void checkHealthy();
    void saveProfile();
    void fail(const std::function<QString()>& text);
    void showSteps();
    // Why the pair is not healthy yet, or empty when it is.
    QString notHealthyYet() const;

    QLabel* m_intro;
    QListWidget* m_steps;
    QPushButton* m_retry;
    Step m_step = Step::Write0;
    bool m_failed = false;
    QString m_key; // base64; generated once per wizard for a new cluster, so a retry sends the same
    QString m_checksum;
    std::array<QString, 2> m_backup;
    QTimer m_healthTimer;
    QElapsedTimer m_healthClock;
    qint64 m_healthyAfterMs = -1;
};

} // namespace twinha::ui
