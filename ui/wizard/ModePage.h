#pragma once

#include "agentlink/protocol/ConfigTerms.h"
#include "ui/wizard/WizardPage.h"

#include <QStringList>

#include <array>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace twinha::ui {

class ModeDiagram;

// Page 3: how the two servers share the work — hot standby, mutual backup or duplex — with a
// sketch of the choice. Leaving the page shapes the model's groups to what the mode needs.
class ModePage : public WizardPage
{
    Q_OBJECT

public:
    explicit ModePage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    protocol::ClusterMode selectedMode() const;
    void onModeChosen();
    // The groups the mode has no room for (they are removed on leaving), in model order.
    QStringList groupsToDrop(protocol::ClusterMode mode) const;
    static qsizetype groupLimit(protocol::ClusterMode mode);

    QButtonGroup* m_choice;
    std::array<QRadioButton*, 3> m_radios{};
    std::array<QLabel*, 3> m_help{};
    ModeDiagram* m_diagram;
    QLabel* m_caption;
};

} // namespace twinha::ui
