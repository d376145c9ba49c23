#pragma once

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace twinha::ui {

struct WizardModel;

// The failover page's fencing (STONITH) tab: per node, the device that powers it off — a fence
// agent from fence-agents, a path to one, or a script — with its options as key=value lines.
class FenceBox : public QWidget
{
    Q_OBJECT

public:
    explicit FenceBox(QWidget* parent = nullptr);

    void setNodeNames(const std::array<QString, 2>& names);
    void load(const WizardModel& model);
    void store(WizardModel& model) const;
    // What is wrong with the entries (empty when nothing), and the field to focus.
    QString problem(QWidget** field) const;

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
        QSpinBox* timeout;
    };

    void retranslate();

    QLabel* m_help;
    std::array<Row, 2> m_rows;
    std::array<QString, 2> m_names;
};

} // namespace twinha::ui
