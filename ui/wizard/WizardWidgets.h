#pragma once

#include <QStyledItemDelegate>

class QComboBox;
class QLabel;
class QWidget;

// Small pieces the setup wizard's pages share.
namespace twinha::ui {

// A word-wrapped plain-text label, so long translations wrap instead of clipping.
QLabel* wrappingLabel(QWidget* parent, const char* objectName = nullptr);
// The same, selectable with mouse and keyboard: fingerprints, errors and commands are worth copying
// into a ticket or a terminal.
QLabel* selectableLabel(QWidget* parent, const char* objectName);

// Selects `text` in an editable combo, or types it when the list does not have it.
void setComboText(QComboBox* box, const QString& text);

// The agent's rule for every name in the config (ConfigValidator::checkName): what the wizard
// accepts, the agent accepts too.
bool isValidConfigName(const QString& name);

// Lists an entry with its detail ("10.0.0.1 (eth1)", a unit's description) from kLabelRole,
// while an editable combo's edit field keeps the bare value.
class LabelledItemDelegate : public QStyledItemDelegate
{
public:
    static constexpr int kLabelRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace twinha::ui
