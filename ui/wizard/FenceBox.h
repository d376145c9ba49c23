#pragma once

#include "agentlink/protocol/RpcError.h"
#include "ui/wizard/KeptValue.h"

#include <QJsonObject>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace twinha::ui {

class NoticeLabel;
class WizardSession;
struct WizardModel;

// The failover page's fencing (STONITH) tab: per node, the device that powers it off — a fence
// agent from fence-agents, a path to one, or a script — with its options as key=value lines.
// "Check" runs a device with action=monitor (node.probe_fence) on the peer of the node it powers
// off, the node that would fence; the answer is advisory, the agents check again at Apply.
class FenceBox : public QWidget
{
    Q_OBJECT

public:
    explicit FenceBox(QWidget* parent = nullptr);

    void setNodeNames(const std::array<QString, 2>& names);
    void setSession(WizardSession* session) { m_session = session; }
    void load(const WizardModel& model);
    void store(WizardModel& model) const;
    // What is wrong with the entries (empty when nothing), and the field to focus.
    QString problem(QWidget** field) const;
    // A node.probe_fence result, run on node `from`, as a sentence; `failed` when the device did
    // not answer its monitor action.
    static QString checkText(const QString& from, const QJsonObject& result, bool* failed);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* label;
        QComboBox* device;
        QPlainTextEdit* options;
        QLabel* timeoutLabel;
        QSpinBox* timeout; // seconds
        KeptValue<int> timeoutMs;
        QPushButton* check;
        NoticeLabel* result;
        // The last check: asked (a check was made), sent (the peer was connected), its reply.
        bool asked = false;
        bool sent = false;
        bool done = false;
        protocol::RpcError error;
        QJsonObject reply;
        int generation = 0;
    };

    void retranslate();
    QString rowProblem(size_t i, QWidget** field) const;
    void check(size_t i);
    void resetCheck(size_t i);
    void showCheck(size_t i);

    QLabel* m_help;
    std::array<Row, 2> m_rows;
    std::array<QString, 2> m_names;
    WizardSession* m_session = nullptr;
};

} // namespace twinha::ui
