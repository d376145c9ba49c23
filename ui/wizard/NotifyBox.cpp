#include "ui/wizard/NotifyBox.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinha::ui {

NotifyBox::NotifyBox(QWidget* parent)
    : QWidget(parent)
    , m_help(wrappingLabel(this, "notifyHelp"))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_webhookLabel(new QLabel(this))
    , m_webhook(new QLineEdit(this))
    , m_events(wrappingLabel(this, "notifyEvents"))
    , m_test(new QPushButton(this))
    , m_testResult(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("notifyBox"));
    m_email->setObjectName(QStringLiteral("notifyEmail"));
    m_webhook->setObjectName(QStringLiteral("notifyWebhook"));
    m_test->setObjectName(QStringLiteral("notifyTest"));
    m_testResult->setObjectName(QStringLiteral("notifyTestResult"));
    m_emailLabel->setBuddy(m_email);
    m_webhookLabel->setBuddy(m_webhook);
    m_email->setMinimumWidth(m_email->fontMetrics().averageCharWidth() * 40);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_webhookLabel, m_webhook);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addLayout(form);
    layout->addWidget(m_events);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    connect(m_test, &QPushButton::clicked, this, &NotifyBox::sendTest);
    connect(m_email, &QLineEdit::textChanged, this, &NotifyBox::resetTests);
    connect(m_webhook, &QLineEdit::textChanged, this, &NotifyBox::resetTests);
    retranslate();
}

void NotifyBox::setSession(WizardSession* session, const std::array<QString, 2>& names)
{
    m_session = session;
    m_names = names;
    resetTests();
}

void NotifyBox::load(const WizardModel& model)
{
    m_email->setText(model.notify.email.join(QStringLiteral(", ")));
    m_webhook->setText(model.notify.webhook);
    m_sendmail = model.notify.sendmail();
    resetTests();
}

void NotifyBox::store(WizardModel& model) const
{
    model.notify.email = NotifyTargets::splitAddresses(m_email->text());
    model.notify.webhook = m_webhook->text().trimmed();
}

QString NotifyBox::problem(QWidget** field) const
{
    for (const QString& address : NotifyTargets::splitAddresses(m_email->text()))
        if (!NotifyTargets::isAddress(address)) {
            *field = m_email;
            return tr("\"%1\" is not an email address. Enter addresses such as ops@example.com, separated by "
                      "commas.")
                .arg(address);
        }
    const QString url = m_webhook->text().trimmed();
    if (!url.isEmpty() && !NotifyTargets::isWebhook(url)) {
        *field = m_webhook;
        return tr("\"%1\" is not a webhook address. Enter an http or https URL, such as "
                  "https://chat.example.com/hooks/ha.")
            .arg(url);
    }
    return {};
}

void NotifyBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotifyBox::retranslate()
{
    m_help->setText(tr("The agents can tell you themselves, with no console open: by email through each server's "
                       "sendmail (its mail system must be able to send out), and by a webhook, such as a chat "
                       "room's incoming webhook. Leave both empty for none."));
    m_emailLabel->setText(tr("&Email to:"));
    m_email->setPlaceholderText(tr("ops@example.com, oncall@example.com"));
    m_email->setAccessibleName(tr("Alert email addresses"));
    m_webhookLabel->setText(tr("Web&hook:"));
    m_webhook->setPlaceholderText(tr("https://chat.example.com/hooks/ha"));
    m_webhook->setAccessibleName(tr("Alert webhook URL"));
    m_events->setText(tr("Sent on role changes, failovers, switchovers, split-brain, heartbeat links going down or "
                         "up, replication lag above its limit, and fencing. A message that cannot be delivered is "
                         "tried again for about 13 minutes; the event log says what was sent and what was not."));
    m_test->setText(tr("Send a &test message"));
    m_test->setToolTip(tr("Each connected node sends one test message now, to the addresses and the webhook above. "
                          "Nothing else changes."));
    showTests();
}

void NotifyBox::resetTests()
{
    ++m_generation; // answers still on their way are dropped
    m_tests.clear();
    m_noneSent = false;
    m_test->setEnabled(!m_email->text().trimmed().isEmpty() || !m_webhook->text().trimmed().isEmpty());
    showTests();
}

void NotifyBox::sendTest()
{
    QWidget* field = nullptr;
    if (const QString p = problem(&field); !p.isEmpty()) {
        resetTests();
        m_testResult->showNotice(NoticeLabel::Kind::Error, p);
        field->setFocus();
        return;
    }
    resetTests();
    const QStringList email = NotifyTargets::splitAddresses(m_email->text());
    const QString webhook = m_webhook->text().trimmed();
    QList<std::pair<Way, QJsonObject>> ways;
    if (!email.isEmpty()) {
        QJsonObject params{{QStringLiteral("email"), QJsonArray::fromStringList(email)}};
        if (!m_sendmail.isEmpty())
            params.insert(QStringLiteral("sendmail"), m_sendmail);
        ways.append({Way::Mail, params});
    }
    if (!webhook.isEmpty())
        ways.append({Way::Webhook, QJsonObject{{QStringLiteral("webhook"), webhook}}});
    const int generation = m_generation;
    QPointer<NotifyBox> self(this);
    for (int node : {0, 1})
        for (const auto& [way, params] : std::as_const(ways)) {
            const int index = int(m_tests.size());
            Test test;
            test.node = node;
            test.way = way;
            m_tests.append(test);
            const bool sent =
                m_session && m_session->call(node, QString::fromLatin1(protocol::methods::kNodeTestNotify), params,
                                             [self, generation, index](const protocol::RpcMessage& reply) {
                                                 if (!self || self->m_generation != generation)
                                                     return;
                                                 Test& t = self->m_tests[index];
                                                 t.done = true;
                                                 t.error = reply.error;
                                                 t.result = reply.result.toObject();
                                                 self->showTests();
                                             });
            if (!sent)
                m_tests.removeLast();
        }
    m_noneSent = m_tests.isEmpty();
    showTests();
}

QString NotifyBox::line(const Test& t) const
{
    const QString& node = m_names[size_t(t.node)];
    const bool mail = t.way == Way::Mail;
    if (!t.done)
        return mail ? tr("%1: sending a test mail…").arg(node) : tr("%1: posting a test message…").arg(node);
    if (!t.error.isNull())
        return tr("%1 could not send a test message. %2").arg(node, agentlink::ErrorText::describe(t.error));
    // Why it failed, in the user's language; an agent from before the code sent English only.
    const QString detail = t.result.contains(QStringLiteral("code"))
                               ? agentlink::ErrorText::describe(
                                     protocol::RpcError::make(t.result.value(QStringLiteral("code")).toString(),
                                                              t.result.value(QStringLiteral("params")).toObject()))
                               : t.result.value(QStringLiteral("detail")).toString();
    if (t.result.value(QStringLiteral("ok")).toBool())
        return mail ? tr("%1 handed the test mail to sendmail. If it does not arrive within minutes, check that "
                         "server's mail system (its queue and log).")
                          .arg(node)
                    : tr("%1 posted the test message, and the webhook accepted it.").arg(node);
    return mail ? tr("%1 could not send the test mail: %2").arg(node, detail)
                : tr("%1 could not post to the webhook: %2").arg(node, detail);
}

void NotifyBox::showTests()
{
    if (m_noneSent) {
        m_testResult->showNotice(NoticeLabel::Kind::Warning,
                                 tr("Neither node is connected, so no test message was sent. Go back to the first "
                                    "page and connect to the nodes."));
        return;
    }
    if (m_tests.isEmpty()) {
        m_testResult->clearNotice();
        return;
    }
    QStringList lines;
    bool waiting = false;
    bool failed = false;
    for (const Test& t : std::as_const(m_tests)) {
        lines << line(t);
        waiting = waiting || !t.done;
        failed = failed || (t.done && (!t.error.isNull() || !t.result.value(QStringLiteral("ok")).toBool()));
    }
    m_test->setEnabled(!waiting);
    m_testResult->showNotice(failed ? NoticeLabel::Kind::Error : NoticeLabel::Kind::Info,
                             lines.join(QLatin1Char('\n')));
}

} // namespace twinha::ui
