#include "ui/wizard/FenceBox.h"

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twinha::ui {

FenceBox::FenceBox(QWidget* parent)
    : QWidget(parent)
    , m_help(wrappingLabel(this, "fenceHelp"))
{
    setObjectName(QStringLiteral("fenceBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_help);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (size_t i = 0; i < 2; ++i) {
        const QString n = QString::number(i);
        Row& r = m_rows[i];
        r.label = new QLabel(this);
        r.device = new QComboBox(this);
        r.device->setObjectName(QStringLiteral("fenceDevice") + n);
        r.device->setEditable(true);
        r.device->setInsertPolicy(QComboBox::NoInsert);
        // Common fence-agents: a server's management board, then virtual machines and clouds.
        r.device->addItems({QString(), QStringLiteral("fence_ipmilan"), QStringLiteral("fence_redfish"),
                            QStringLiteral("fence_idrac"), QStringLiteral("fence_ilo"), QStringLiteral("fence_virsh"),
                            QStringLiteral("fence_vmware_rest"), QStringLiteral("fence_aws"),
                            QStringLiteral("fence_gce"), QStringLiteral("fence_azure_arm")});
        r.label->setBuddy(r.device);
        r.options = new QPlainTextEdit(this);
        r.options->setObjectName(QStringLiteral("fenceOptions") + n);
        r.options->setTabChangesFocus(true);
        r.options->setFixedHeight(r.options->fontMetrics().lineSpacing() * 3 + 10);
        r.timeoutLabel = new QLabel(this);
        r.timeout = new QSpinBox(this);
        r.timeout->setObjectName(QStringLiteral("fenceTimeout") + n);
        r.timeout->setRange(1, 600); // seconds; the agent's 1000-600000 ms
        r.timeout->setValue(60);
        r.timeoutLabel->setBuddy(r.timeout);
        const int row = int(i) * 2;
        grid->addWidget(r.label, row, 0);
        grid->addWidget(r.device, row, 1);
        grid->addWidget(r.timeoutLabel, row, 2);
        grid->addWidget(r.timeout, row, 3);
        grid->addWidget(r.options, row + 1, 1, 1, 3);
        connect(r.device, &QComboBox::currentTextChanged, this, &FenceBox::changed);
    }
    layout->addLayout(grid);
    layout->addStretch();
    retranslate();
}

void FenceBox::setNodeNames(const std::array<QString, 2>& names)
{
    m_names = names;
    retranslate();
}

void FenceBox::load(const WizardModel& model)
{
    for (size_t i = 0; i < 2; ++i) {
        m_rows[i].device->setCurrentText(model.fences[i].device);
        m_rows[i].options->setPlainText(model.fences[i].options);
        m_rows[i].timeout->setValue(qMax(1, model.fences[i].timeoutMs / 1000));
    }
}

void FenceBox::store(WizardModel& model) const
{
    for (size_t i = 0; i < 2; ++i) {
        model.fences[i].device = m_rows[i].device->currentText().trimmed();
        model.fences[i].options = m_rows[i].options->toPlainText();
        model.fences[i].timeoutMs = m_rows[i].timeout->value() * 1000;
    }
}

QString FenceBox::problem(QWidget** field) const
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    for (size_t i = 0; i < 2; ++i) {
        const Row& r = m_rows[i];
        const QString device = r.device->currentText().trimmed();
        if (device.isEmpty())
            continue;
        // As the agent checks it: a fence agent's name, a path, or (with spaces) a command line.
        if (!device.contains(space) && !device.contains(QLatin1Char('/')) &&
            !device.startsWith(QLatin1String("fence_"))) {
            *field = r.device;
            return tr("\"%1\" is not a fence agent (fence_ipmilan, fence_virsh, …), a path to one, or a command "
                      "line.")
                .arg(device);
        }
        int bad = 0;
        const auto options = WizardModel::fenceOptions(r.options->toPlainText(), &bad);
        if (bad > 0) {
            *field = r.options;
            return tr("Line %1 of the options for %2 is not key=value.").arg(bad).arg(m_names[i]);
        }
        for (const auto& [key, value] : options) {
            Q_UNUSED(value)
            if (key == QLatin1String("action")) {
                *field = r.options;
                return tr("The agents give \"action\" to the fence device themselves; remove it from the options for "
                          "%1.")
                    .arg(m_names[i]);
            }
        }
    }
    return {};
}

void FenceBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FenceBox::retranslate()
{
    m_help->setText(tr("A device that powers a node off, so that a silent node, which may be frozen rather than "
                       "off, cannot go on serving: its peer takes over only once it is off. A fence agent from "
                       "fence-agents (as Pacemaker uses them) or a script; its options go to it as key=value lines. "
                       "Leave it empty for none."));
    for (size_t i = 0; i < 2; ++i) {
        Row& r = m_rows[i];
        r.label->setText(tr("Power off %1 with:").arg(m_names[i]));
        r.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        r.device->setAccessibleName(tr("Fence device for %1").arg(m_names[i]));
        r.device->lineEdit()->setPlaceholderText(tr("none"));
        // Config syntax, the same in every language.
        r.options->setPlaceholderText(
            QStringLiteral("ip=10.0.0.21\nusername=admin\npassword_script=cat /etc/twinha/bmc-pass"));
        r.options->setAccessibleName(tr("Options for %1's fence device, one key=value a line").arg(m_names[i]));
        r.timeoutLabel->setText(tr("Time limit:"));
        r.timeout->setSuffix(tr(" s"));
        r.timeout->setAccessibleName(tr("Time limit for fencing %1, in seconds").arg(m_names[i]));
    }
}

} // namespace twinha::ui
