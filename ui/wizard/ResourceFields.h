#pragma once

#include "ui/wizard/WizardModel.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace twinha::ui {

// What one kind of resource (VipFields, ServiceFields, ScriptFields) adds to the ResourceEditor:
// its rows in the dialog's one form, under the name every resource has, so that all labels line
// up (the widgets are the dialog's children); the dialog's title and introduction for the kind;
// and what is wrong with the entries.
class ResourceFields : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString title() const = 0;
    virtual QString intro() const = 0;
    // The name suggested for a new resource of this kind.
    virtual QString defaultName() const = 0;
    virtual void retranslate() = 0;
    // What to do first (empty when the entries can be stored), and the field to focus.
    virtual QString problem(QWidget** field) const = 0;
    // Writes the kind's own fields into `r`.
    virtual void store(WizardModel::Resource& r) const = 0;
    // Whether OK may close the dialog now. When a check must answer first, it starts it and
    // returns false; acceptable() follows if the answer finds all well.
    virtual bool readyToAccept() { return true; }

    // A line edit in `form` with its label, both children of `parent`.
    static QLineEdit* addField(QWidget* parent, QFormLayout* form, QLabel** label, const char* objectName);

Q_SIGNALS:
    void acceptable();
    // A better name than the one suggested so far, from what was chosen (a service's unit).
    void nameSuggested(const QString& name);

protected:
    // An editable combo that lists each entry with its detail and completes on any part of it.
    static QComboBox* editableCombo(QWidget* parent, const char* objectName);
    static bool hasSpace(const QString& s);
};

} // namespace twinha::ui
