#pragma once

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPage.h"

#include <array>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace twinha::ui {

// Page 1: the cluster's name and how to reach each of the two servers over SSH. Nothing connects
// yet; the next page does, with what this page wrote into the model.
class HostsPage : public WizardPage
{
    Q_OBJECT

public:
    // A bastion as typed: "host", "host:port", "user@host:port"; IPv6 with a port in brackets.
    struct JumpSpec
    {
        QString user;
        QString host;
        int port = 22;
    };

    explicit HostsPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    static std::optional<JumpSpec> parseJump(const QString& text);
    static QString formatJump(const WizardModel::Host& host);
    static bool isValidHost(const QString& host);

protected:
    void retranslate() override;

private:
    struct NodeWidgets
    {
        QGroupBox* box = nullptr;
        QLabel* addressLabel = nullptr;
        QLineEdit* address = nullptr;
        QLabel* portLabel = nullptr;
        QSpinBox* port = nullptr;
        QLabel* userLabel = nullptr;
        QLineEdit* user = nullptr;
        QLabel* identityLabel = nullptr;
        QLineEdit* identity = nullptr;
        QPushButton* browse = nullptr;
        QToolButton* advancedToggle = nullptr;
        QWidget* advanced = nullptr;
        QLabel* agentLabel = nullptr;
        QLineEdit* agentCommand = nullptr;
        QLabel* jumpLabel = nullptr;
        QLineEdit* jump = nullptr;
    };

    void buildNode(int i);
    void browseIdentity(int i);
    void setAdvancedShown(int i, bool shown);
    // Checks one node's fields; appends error sentences and the first widget at fault.
    void checkNode(int i, WizardModel::Host* host, QStringList* errors, QWidget** firstBad);

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_credentialsHint;
    std::array<NodeWidgets, 2> m_nodes;
};

} // namespace twinha::ui
