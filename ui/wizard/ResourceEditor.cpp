#include "ui/wizard/ResourceEditor.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/ScriptFields.h"
#include "ui/wizard/ServiceFields.h"
#include "ui/wizard/VipFields.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace twinha::ui {

ResourceEditor::ResourceEditor(const WizardModel::Resource& resource, const QStringList& takenNames,
                               WizardSession* session, const std::array<QString, 2>& nodeNames, QWidget* parent)
    : GrowingDialog(parent)
    , m_type(resource.type)
    , m_taken(takenNames)
    , m_intro(wrappingLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resourceEditor"));
    // Wide enough that the explanations and check results read as sentences, in any font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_notice->setObjectName(QStringLiteral("resourceNotice"));
    std::array<QJsonObject, 2> facts;
    if (session)
        facts = {session->facts(0), session->facts(1)};

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = ResourceFields::addField(this, form, &m_nameLabel, "resourceName");
    m_name->setText(resource.name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    if (resource.type == protocol::ResourceType::Vip)
        m_fields = m_vip = new VipFields(resource, facts, session, nodeNames, m_notice, form, this);
    else if (resource.type == protocol::ResourceType::Systemd)
        m_fields = new ServiceFields(resource, facts, nodeNames, form, this);
    else
        m_fields = new ScriptFields(resource, form, this);
    if (resource.name.isEmpty())
        suggestName(m_fields->defaultName());
    layout->addStretch();
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResourceEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResourceEditor::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_autoName.clear(); });
    connect(m_fields, &ResourceFields::nameSuggested, this, [this](const QString& name) {
        if (m_name->text().isEmpty() || m_name->text() == m_autoName)
            suggestName(name);
    });
    connect(m_fields, &ResourceFields::acceptable, this, [this] { GrowingDialog::accept(); });
    retranslate();
}

void ResourceEditor::setHeldAddresses(const QStringList& addresses)
{
    if (m_vip)
        m_vip->setHeldAddresses(addresses);
}

void ResourceEditor::suggestName(const QString& base)
{
    QString name = base;
    for (int n = 2; m_taken.contains(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    m_name->setText(name);
    m_autoName = name;
}

void ResourceEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    GrowingDialog::changeEvent(event);
}

void ResourceEditor::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Resource name"));
    m_name->setToolTip(tr("Letters, digits, \"-\" and \"_\"; shown in the console and the journal."));
    setWindowTitle(m_fields->title());
    m_intro->setText(m_fields->intro());
    m_fields->retranslate();
}

WizardModel::Resource ResourceEditor::resource() const
{
    WizardModel::Resource r;
    r.type = m_type;
    r.name = m_name->text().trimmed();
    m_fields->store(r);
    return r;
}

QString ResourceEditor::validate(QWidget** field) const
{
    const QString name = m_name->text().trimmed();
    *field = m_name;
    if (name.isEmpty())
        return tr("Enter a name for this resource.");
    if (!isValidConfigName(name))
        return tr("The name \"%1\" is not valid. Use up to 63 letters, digits, \"-\" or \"_\", starting with a letter "
                  "or digit.")
            .arg(name);
    if (m_taken.contains(name))
        return tr("This group already has a resource called \"%1\". Choose another name.").arg(name);
    return m_fields->problem(field);
}

void ResourceEditor::accept()
{
    QWidget* field = nullptr;
    if (const QString problem = validate(&field); !problem.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, problem);
        m_notice->clearWhenEdited(field);
        if (field)
            field->setFocus();
        return;
    }
    if (m_fields->readyToAccept())
        GrowingDialog::accept();
}

} // namespace twinha::ui
