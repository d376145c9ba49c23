#include "agent/notify/Notifier.h"

#include "agent/AgentLog.h"
#include "agent/notify/NotifyDelivery.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace twinha::agent {

Notifier::Notifier(const QList<NotifyConfig>& targets, const QString& cluster, Record record, QObject* parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_record(std::move(record))
    , m_net(std::make_unique<QNetworkAccessManager>())
{
    for (const NotifyConfig& c : targets) {
        auto t = std::make_shared<Target>();
        t->config = c;
        m_targets << t;
    }
}

Notifier::~Notifier() = default;

void Notifier::onJournalEntry(const QJsonObject& entry)
{
    const std::optional<Notification> n = Notification::fromEntry(entry, m_cluster);
    if (!n)
        return;
    for (const auto& t : std::as_const(m_targets))
        if (t->config.wants(n->kind))
            enqueue(*t, *n);
}

bool Notifier::send(const QString& target, const Notification& n)
{
    for (const auto& t : std::as_const(m_targets))
        if (t->config.name == target) {
            enqueue(*t, n);
            return true;
        }
    return false;
}

void Notifier::enqueue(Target& t, const Notification& n)
{
    if (t.queue.size() >= kMaxQueued) {
        AgentLog::get("agent.notify")
            ->warn("{}: {} notifications waiting; dropping the oldest ({})", t.config.name.toStdString(), kMaxQueued,
                   t.queue.first().n.summary.toStdString());
        t.queue.removeFirst();
    }
    t.queue.append({n, 0});
    next(t);
}

void Notifier::next(Target& t)
{
    if (t.inFlight || t.waiting || t.queue.isEmpty())
        return;
    Pending& p = t.queue.first();
    ++p.attempts;
    t.inFlight = new NotifyDelivery(t.config, p.n, m_net.get(), this);
    connect(t.inFlight, &NotifyDelivery::finished, this,
            [this, &t](bool ok, const protocol::RpcError& failure) { done(t, ok, failure); });
    t.inFlight->start();
}

void Notifier::done(Target& t, bool ok, const protocol::RpcError& failure)
{
    const QString detail = failure.params.value(QStringLiteral("detail")).toString();
    t.inFlight->deleteLater();
    t.inFlight = nullptr;
    const Pending p = t.queue.first();
    QJsonObject data{{QStringLiteral("target"), t.config.name},
                     {QStringLiteral("kind"), p.n.kind},
                     {QStringLiteral("subject"), p.n.subject},
                     {QStringLiteral("about_seq"), p.n.entry.value(QStringLiteral("seq"))},
                     {QStringLiteral("attempts"), p.attempts}};
    const auto log = AgentLog::get("agent.notify");
    if (ok) {
        log->info("{}: sent \"{}\" (attempt {})", t.config.name.toStdString(), p.n.summary.toStdString(), p.attempts);
        t.queue.removeFirst();
        m_record(protocol::EventType::NotifySent, data);
    } else if (p.attempts <= m_backoffMs.size()) {
        const int waitMs = m_backoffMs.at(p.attempts - 1);
        log->warn("{}: \"{}\" not delivered ({}); trying again in {} ms", t.config.name.toStdString(),
                  p.n.summary.toStdString(), detail.toStdString(), waitMs);
        t.waiting = true;
        QTimer::singleShot(waitMs, this, [this, &t] {
            t.waiting = false;
            next(t);
        });
        return;
    } else {
        log->error("{}: gave up on \"{}\" after {} attempts: {}", t.config.name.toStdString(),
                   p.n.summary.toStdString(), p.attempts, detail.toStdString());
        t.queue.removeFirst();
        // The failure as a code and its parameters, flat as in every event, which the console
        // words; among them `detail` in English, for older consoles.
        for (auto it = failure.params.begin(); it != failure.params.end(); ++it)
            data.insert(it.key(), it.value());
        data.insert(QStringLiteral("code"), failure.code);
        m_record(protocol::EventType::NotifyFailed, data);
    }
    next(t);
}

} // namespace twinha::agent
