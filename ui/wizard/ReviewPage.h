#pragma once

#include "agentlink/protocol/RpcMessage.h"
#include "ui/wizard/WizardPage.h"

#include <QJsonObject>

#include <array>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace twinha::ui {

class ConfigDiffView;

// Page 8: the config in full, as the agent composed it from the wizard's settings (on top of the
// current file when editing, with the changes against it shown as a diff), and both agents'
// verdict on it. Apply stays disabled until both
// accept it; each finding names its line and field in the user's language.
class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void retranslate() override;

private:
    void onComposed(const protocol::RpcMessage& reply);
    void validateOn(int node);
    void showVerdicts();

    QLabel* m_summary;
    QTabWidget* m_views;
    ConfigDiffView* m_diff;
    QPlainTextEdit* m_text;
    bool m_keptAsWritten = true; // the agent changed only what changed (config.compose)
    QLabel* m_issuesLabel;
    QListWidget* m_issues;
    int m_generation = 0;                 // replies to an older initializePage() are dropped
    std::array<QJsonObject, 2> m_verdict; // config.validate's result per node; empty while waiting
};

} // namespace twinha::ui
