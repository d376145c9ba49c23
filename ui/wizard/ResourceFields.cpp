#include "ui/wizard/ResourceFields.h"

#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace twinha::ui {

QLineEdit* ResourceFields::addField(QWidget* parent, QFormLayout* form, QLabel** label, const char* objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    *label = new QLabel(parent);
    (*label)->setBuddy(edit);
    form->addRow(*label, edit);
    return edit;
}

QComboBox* ResourceFields::editableCombo(QWidget* parent, const char* objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setItemDelegate(new LabelledItemDelegate(box));
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return box;
}

bool ResourceFields::hasSpace(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace twinha::ui
