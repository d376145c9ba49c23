#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>

namespace twinha::ui {

QLabel* wrappingLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    return label;
}

QLabel* selectableLabel(QWidget* parent, const char* objectName)
{
    QLabel* label = wrappingLabel(parent, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setComboText(QComboBox* box, const QString& text)
{
    const int i = box->findText(text);
    box->setCurrentIndex(i);
    if (i < 0)
        box->setEditText(text);
}

bool isValidConfigName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

void LabelledItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const QString label = index.data(kLabelRole).toString(); !label.isEmpty())
        option->text = label;
}

} // namespace twinha::ui
