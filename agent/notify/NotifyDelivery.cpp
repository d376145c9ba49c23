#include "agent/notify/NotifyDelivery.h"

#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDateTime>
#include <QHostInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace twinha::agent {

namespace {

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

NotifyDelivery::NotifyDelivery(const NotifyConfig& target, const Notification& n, QNetworkAccessManager* net,
                               QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_n(n)
    , m_net(net)
{}

NotifyDelivery::~NotifyDelivery() = default;

void NotifyDelivery::start()
{
    if (!m_target.script.isEmpty())
        runCommand(m_target.script, {m_n.kind, m_n.node, m_n.subject}, {});
    else if (!m_target.email.isEmpty())
        runCommand(m_target.sendmail, {QStringLiteral("-t"), QStringLiteral("-i")}, mail(m_target, m_n));
    else
        post();
}

void NotifyDelivery::runCommand(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    m_runner = std::make_unique<CommandRunner>();
    m_runner->setTimeoutMs(m_target.timeoutMs);
    m_runner->setExtraEnvironment(
        {{QStringLiteral("TWINHA_KIND"), m_n.kind},
         {QStringLiteral("TWINHA_EVENT"), m_n.entry.value(QStringLiteral("type")).toString()},
         {QStringLiteral("TWINHA_CLUSTER"), m_n.cluster},
         {QStringLiteral("TWINHA_NODE"), m_n.node},
         {QStringLiteral("TWINHA_SUBJECT"), m_n.subject},
         {QStringLiteral("TWINHA_SUMMARY"), m_n.summary},
         {QStringLiteral("TWINHA_TIME"), m_n.entry.value(QStringLiteral("time")).toString()},
         {QStringLiteral("TWINHA_JSON"), QString::fromUtf8(QJsonDocument(m_n.entry).toJson(QJsonDocument::Compact))}});
    if (!input.isEmpty())
        m_runner->setStandardInput(input);
    using protocol::NotifyFailure;
    connect(m_runner.get(), &CommandRunner::finished, this, [this, program](const CommandRunner::Result& r) {
        if (r.ok()) {
            Q_EMIT finished(true, {});
        } else if (r.timedOut) {
            fail(NotifyFailure::Timeout,
                 {{QStringLiteral("program"), program}, {QStringLiteral("timeout_ms"), m_target.timeoutMs}},
                 QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(m_target.timeoutMs));
        } else {
            const QString output = oneLine(r.stderrTail.trimmed()).right(300);
            fail(NotifyFailure::Exit,
                 {{QStringLiteral("program"), program},
                  {QStringLiteral("exit_status"), r.exitCode},
                  {QStringLiteral("output"), output}},
                 QStringLiteral("%1 exited with %2: %3").arg(program).arg(r.exitCode).arg(output));
        }
    });
    if (!m_runner->run(program, arguments))
        QTimer::singleShot(0, this, [this, program] {
            fail(NotifyFailure::NotStarted, {{QStringLiteral("program"), program}},
                 program + QStringLiteral(" did not start"));
        });
}

void NotifyDelivery::post()
{
    QNetworkRequest request{QUrl(m_target.webhook)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("twinha-agent"));
    request.setTransferTimeout(m_target.timeoutMs);
    QNetworkReply* reply = m_net->post(request, webhookBody(m_n));
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        using protocol::NotifyFailure;
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            Q_EMIT finished(true, {});
        else if (status > 0)
            fail(NotifyFailure::Http, {{QStringLiteral("url"), m_target.webhook}, {QStringLiteral("status"), status}},
                 QStringLiteral("HTTP %1 from %2").arg(status).arg(m_target.webhook));
        else
            fail(NotifyFailure::Network,
                 {{QStringLiteral("url"), m_target.webhook}, {QStringLiteral("error"), reply->errorString()}},
                 QStringLiteral("%1: %2").arg(m_target.webhook, reply->errorString()));
    });
}

void NotifyDelivery::fail(protocol::NotifyFailure reason, QJsonObject params, const QString& detail)
{
    params.insert(QStringLiteral("reason"), protocol::notifyFailureName(reason));
    params.insert(QStringLiteral("detail"), detail);
    Q_EMIT finished(false, protocol::RpcError::make(QString::fromLatin1(protocol::codes::kNotifyNotDelivered), params));
}

QByteArray NotifyDelivery::mail(const NotifyConfig& target, const Notification& n)
{
    const QString host = QHostInfo::localHostName();
    const QByteArray details = QJsonDocument(n.entry.value(QStringLiteral("data")).toObject()).toJson();
    QString text =
        QStringLiteral("From: TwinHA on %1 <root@%2>\n").arg(n.node, host) +
        QStringLiteral("To: %1\n").arg(target.email.join(QLatin1String(", "))) +
        QStringLiteral("Subject: [TwinHA %1] %2\n").arg(n.cluster, oneLine(n.summary)) +
        QStringLiteral("Date: %1\n").arg(QDateTime::currentDateTime().toString(Qt::RFC2822Date)) +
        QStringLiteral("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                       "Content-Transfer-Encoding: 8bit\nAuto-Submitted: auto-generated\n\n") +
        n.summary +
        QStringLiteral("\n\nCluster: %1\nNode: %2\nKind: %3\nEvent: %4, journal entry %5 at %6\n")
            .arg(n.cluster, n.node, n.kind, n.entry.value(QStringLiteral("type")).toString())
            .arg(n.entry.value(QStringLiteral("seq")).toInteger())
            .arg(n.entry.value(QStringLiteral("time")).toString()) +
        QStringLiteral("Caused by: %1\n\nDetails:\n").arg(n.entry.value(QStringLiteral("actor")).toString()) +
        QString::fromUtf8(details) + QStringLiteral("\nThe whole history: twinhactl --cluster PROFILE events\n");
    return text.toUtf8();
}

QByteArray NotifyDelivery::webhookBody(const Notification& n)
{
    // "text" is what Slack, Mattermost and Rocket.Chat incoming webhooks show as the message.
    return QJsonDocument(
               QJsonObject{{QStringLiteral("text"), QStringLiteral("[TwinHA %1] %2").arg(n.cluster, n.summary)},
                           {QStringLiteral("kind"), n.kind},
                           {QStringLiteral("summary"), n.summary},
                           {QStringLiteral("cluster"), n.cluster},
                           {QStringLiteral("node"), n.node},
                           {QStringLiteral("subject"), n.subject},
                           {QStringLiteral("event"), n.entry}})
        .toJson(QJsonDocument::Compact);
}

} // namespace twinha::agent
