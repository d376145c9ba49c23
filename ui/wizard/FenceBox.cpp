#include "ui/wizard/FenceBox.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/Methods.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

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
        r.timeout->setRange(protocol::limits::kFenceTimeoutMinMs / 1000, protocol::limits::kFenceTimeoutMaxMs / 1000);
        r.timeout->setValue(60);
        r.timeoutLabel->setBuddy(r.timeout);
        r.check = new QPushButton(this);
        r.check->setObjectName(QStringLiteral("fenceCheck") + n);
        r.result = new NoticeLabel(this);
        r.result->setObjectName(QStringLiteral("fenceCheckResult") + n);
        const int row = int(i) * 3;
        grid->addWidget(r.label, row, 0);
        grid->addWidget(r.device, row, 1);
        grid->addWidget(r.timeoutLabel, row, 2);
        grid->addWidget(r.timeout, row, 3);
        grid->addWidget(r.check, row + 1, 0, Qt::AlignTop);
        grid->addWidget(r.options, row + 1, 1, 1, 3);
        grid->addWidget(r.result, row + 2, 1, 1, 3);
        connect(r.device, &QComboBox::currentTextChanged, this, [this, i] {
            resetCheck(i); // a result for another device would mislead
            Q_EMIT changed();
        });
        connect(r.options, &QPlainTextEdit::textChanged, this, [this, i] { resetCheck(i); });
        connect(r.check, &QPushButton::clicked, this, [this, i] { check(i); });
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
        // Kept as the file has it when the agent accepts it; else the nearest value it does.
        const int ms = std::clamp(model.fences[i].timeoutMs, protocol::limits::kFenceTimeoutMinMs,
                                  protocol::limits::kFenceTimeoutMaxMs);
        m_rows[i].timeout->setValue((ms + 999) / 1000); // a second shown is never less than the file's
        m_rows[i].timeoutMs.load(ms, m_rows[i].timeout->value());
        resetCheck(i);
    }
}

void FenceBox::store(WizardModel& model) const
{
    for (size_t i = 0; i < 2; ++i) {
        model.fences[i].device = m_rows[i].device->currentText().trimmed();
        model.fences[i].options = m_rows[i].options->toPlainText();
        model.fences[i].timeoutMs =
            m_rows[i].timeoutMs.value(m_rows[i].timeout->value(), m_rows[i].timeout->value() * 1000);
    }
}

QString FenceBox::problem(QWidget** field) const
{
    for (size_t i = 0; i < 2; ++i) {
        if (const QString p = rowProblem(i, field); !p.isEmpty())
            return p;
    }
    return {};
}

QString FenceBox::rowProblem(size_t i, QWidget** field) const
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    const Row& r = m_rows[i];
    const QString device = r.device->currentText().trimmed();
    if (device.isEmpty())
        return {};
    // As the agent checks it: a fence agent's name, a path, or (with spaces) a command line.
    if (!device.contains(space) && !device.contains(QLatin1Char('/')) && !device.startsWith(QLatin1String("fence_"))) {
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
        r.check->setText(tr("Check"));
        r.check->setAccessibleName(tr("Check the fence device for %1").arg(m_names[i]));
        r.check->setToolTip(tr("Asks %1 to run the device with action=monitor: it asks the power switch whether it "
                               "answers and powers nothing off.")
                                .arg(m_names[1 - i]));
        showCheck(i);
    }
}

void FenceBox::resetCheck(size_t i)
{
    Row& r = m_rows[i];
    ++r.generation; // a reply still on its way is dropped
    r.asked = r.sent = r.done = false;
    r.error = {};
    r.reply = {};
    r.check->setEnabled(!r.device->currentText().trimmed().isEmpty());
    showCheck(i);
}

void FenceBox::check(size_t i)
{
    Row& r = m_rows[i];
    QWidget* field = nullptr;
    const QString problem = rowProblem(i, &field);
    resetCheck(i);
    if (!problem.isEmpty()) {
        r.result->showNotice(NoticeLabel::Kind::Error, problem);
        field->setFocus();
        return;
    }
    WizardModel::Fence f;
    f.device = r.device->currentText().trimmed();
    QJsonObject options;
    for (const auto& [k, v] : WizardModel::fenceOptions(r.options->toPlainText()))
        options.insert(k, v);
    // The agent stops the device at this limit; the call waits a little longer than that.
    const int timeoutMs = qMin(r.timeout->value() * 1000, WizardSession::kCallTimeoutMs);
    const QJsonObject params{{QStringLiteral("node"), m_names[i]},
                             {f.key(), f.device},
                             {QStringLiteral("options"), options},
                             {QStringLiteral("timeout_ms"), timeoutMs}};
    r.asked = true;
    const int generation = r.generation;
    QPointer<FenceBox> self(this);
    // The peer runs the device: it is the node that would power node i off.
    r.sent = m_session && m_session->call(
                              int(1 - i), QString::fromLatin1(protocol::methods::kNodeProbeFence), params,
                              [self, generation, i](const protocol::RpcMessage& reply) {
                                  if (!self || self->m_rows[i].generation != generation)
                                      return;
                                  Row& row = self->m_rows[i];
                                  row.done = true;
                                  row.error = reply.error;
                                  if (reply.error.isNull())
                                      row.reply = reply.result.toObject();
                                  self->showCheck(i);
                              },
                              timeoutMs + 5000);
    showCheck(i);
}

void FenceBox::showCheck(size_t i)
{
    Row& r = m_rows[i];
    const QString& from = m_names[1 - i];
    if (!r.asked)
        return r.result->clearNotice();
    const QString failedLine =
        tr("The last check failed. You can still go on: the agents check the device again at Apply.");
    if (!r.sent) {
        r.check->setEnabled(true);
        return r.result->showNotice(NoticeLabel::Kind::Warning,
                                    tr("%1, which would power %2 off, is not connected, so the device was not "
                                       "checked.")
                                        .arg(from, m_names[i]));
    }
    if (!r.done) {
        r.check->setEnabled(false);
        return r.result->showNotice(NoticeLabel::Kind::Info,
                                    tr("%1: checking the fence device for %2…").arg(from, m_names[i]));
    }
    r.check->setEnabled(true);
    if (!r.error.isNull())
        return r.result->showNotice(
            NoticeLabel::Kind::Error,
            tr("%1 could not check the device. %2").arg(from, agentlink::ErrorText::describe(r.error)) +
                QLatin1Char('\n') + failedLine);
    bool failed = false;
    const QString text = checkText(from, r.reply, &failed);
    r.result->showNotice(failed ? NoticeLabel::Kind::Error : NoticeLabel::Kind::Info,
                         failed ? text + QLatin1Char('\n') + failedLine : text);
}

QString FenceBox::checkText(const QString& from, const QJsonObject& result, bool* failed)
{
    const QString node = result.value(QStringLiteral("node")).toString();
    const QString device = result.value(QStringLiteral("device")).toString();
    const QString detail = result.value(QStringLiteral("detail")).toString().trimmed();
    *failed = !result.value(QStringLiteral("ok")).toBool();
    if (!*failed)
        return tr("%1 reaches %2 for %3 (monitor ok).").arg(from, device, node);
    const int status = result.value(QStringLiteral("exit_status")).toInt(-1);
    if (status >= 0 && !detail.isEmpty())
        return tr("%1 for %2 failed on %3 (exit status %4): %5").arg(device, node, from).arg(status).arg(detail);
    if (status >= 0)
        return tr("%1 for %2 failed on %3 (exit status %4).").arg(device, node, from).arg(status);
    if (!detail.isEmpty())
        return tr("%1 for %2 failed on %3: %4").arg(device, node, from, detail);
    return tr("%1 for %2 failed on %3.").arg(device, node, from);
}

} // namespace twinha::ui
