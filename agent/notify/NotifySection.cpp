#include "agent/notify/NotifySection.h"

#include "agent/notify/Notification.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace twinha::agent {

using protocol::rule;
namespace rules = protocol::rules;

void readNotifySection(TomlReader& r, const toml::table& root, AgentConfig& c)
{
    const QList<const toml::table*> tables = r.tables(root, "notify", QStringLiteral("notify"));
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const toml::table& t = *tables.at(i);
        const QString f = indexed(QStringLiteral("notify"), i);
        NotifyConfig n;
        r.string(t, "name", f % QLatin1String(".name"), n.name);
        r.strings(t, "events", f % QLatin1String(".events"), n.events);
        r.string(t, "script", f % QLatin1String(".script"), n.script);
        if (t.get("email") && t.get("email")->is_string()) {
            QString one;
            r.string(t, "email", f % QLatin1String(".email"), one);
            n.email << one;
        } else {
            r.strings(t, "email", f % QLatin1String(".email"), n.email);
        }
        r.string(t, "sendmail", f % QLatin1String(".sendmail"), n.sendmail);
        r.string(t, "webhook", f % QLatin1String(".webhook"), n.webhook);
        r.integer(t, "timeout_ms", f % QLatin1String(".timeout_ms"), n.timeoutMs);
        r.checkKeys(t, f, {"name", "events", "script", "email", "sendmail", "webhook", "timeout_ms"});
        if (n.name.isEmpty())
            n.name = f;
        c.notify << n;
    }
}

void checkNotifySection(AgentConfig& c, ConfigReport& report)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+$"));
    QSet<QString> names;
    for (qsizetype i = 0; i < c.notify.size(); ++i) {
        const NotifyConfig& n = c.notify.at(i);
        const QString f = indexed(QStringLiteral("notify"), i);
        if (names.contains(n.name))
            report.error(f % QLatin1String(".name"), rule(rules::kNameUsedTwice, n.name));
        names.insert(n.name);
        const int ways = int(!n.script.isEmpty()) + int(!n.email.isEmpty()) + int(!n.webhook.isEmpty());
        if (ways != 1)
            report.error(f, rule(rules::kNotifyOneWay));
        for (qsizetype k = 0; k < n.events.size(); ++k)
            if (!Notification::kinds().contains(n.events.at(k)))
                report.error(f % QLatin1String(".events[") % QString::number(k) % QLatin1Char(']'),
                             rule(rules::kNotOneOf, n.events.at(k), Notification::kinds().join(QLatin1String(", "))));
        if (!n.script.isEmpty() && !n.script.startsWith(QLatin1Char('/')))
            report.error(f % QLatin1String(".script"), rule(rules::kScriptNotAbsolute));
        for (qsizetype k = 0; k < n.email.size(); ++k)
            if (!address.match(n.email.at(k)).hasMatch())
                report.error(f % QLatin1String(".email"), rule(rules::kNotEmail, n.email.at(k)));
        if (!n.sendmail.startsWith(QLatin1Char('/')))
            report.error(f % QLatin1String(".sendmail"), rule(rules::kSendmailNotAbsolute));
        if (!n.webhook.isEmpty()) {
            const QUrl url(n.webhook, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                report.error(f % QLatin1String(".webhook"), rule(rules::kNotHttpUrl, n.webhook));
        }
        if (n.timeoutMs < 1000 || n.timeoutMs > 120000)
            report.error(f % QLatin1String(".timeout_ms"), rule(rules::kOutOfRange, n.timeoutMs, 1000, 120000));
    }
}

} // namespace twinha::agent
