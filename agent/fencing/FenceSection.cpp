#include "agent/fencing/FenceSection.h"

#include <QSet>

namespace twinha::agent {

using protocol::rule;
namespace rules = protocol::rules;

void readFenceSection(TomlReader& r, const toml::table& root, AgentConfig& c)
{
    const QList<const toml::table*> fences = r.tables(root, "fence", QStringLiteral("fence"));
    for (qsizetype i = 0; i < fences.size(); ++i) {
        const toml::table& t = *fences.at(i);
        const QString f = indexed(QStringLiteral("fence"), i);
        FenceConfig fence;
        r.string(t, "node", f % QLatin1String(".node"), fence.node);
        r.string(t, "agent", f % QLatin1String(".agent"), fence.agent);
        r.string(t, "script", f % QLatin1String(".script"), fence.script);
        r.integer(t, "timeout_ms", f % QLatin1String(".timeout_ms"), fence.timeoutMs);
        if (const toml::table* options = r.table(t, "options", f % QLatin1String(".options"), false)) {
            for (auto&& [name, node] : *options) {
                const QString of = f % QLatin1String(".options.") % qs(name.str());
                r.mark(of, node);
                if (const auto* v = node.as_string())
                    fence.options.insert(qs(name.str()), qs(v->get()));
                else if (const auto* n = node.as_integer())
                    fence.options.insert(qs(name.str()), QString::number(n->get()));
                else
                    r.report().error(of, rule(rules::kExpectedString));
            }
        }
        r.checkKeys(t, f, {"node", "agent", "script", "timeout_ms", "options"});
        c.fences << fence;
    }
}

void checkFenceSection(const AgentConfig& c, ConfigReport& report)
{
    QSet<QString> fenced;
    for (qsizetype i = 0; i < c.fences.size(); ++i) {
        const FenceConfig& fence = c.fences.at(i);
        const QString f = indexed(QStringLiteral("fence"), i);
        const QString node = f % QLatin1String(".node");
        if (fence.node.isEmpty())
            report.error(node, rule(rules::kMissing));
        else if (!c.hasNode(fence.node))
            report.error(node, rule(rules::kNotANode, fence.node));
        else if (fenced.contains(fence.node))
            report.error(node, rule(rules::kFenceNodeTaken, fence.node));
        fenced.insert(fence.node);
        if (fence.agent.isEmpty() == fence.script.isEmpty())
            report.error(f % QLatin1String(".agent"), rule(rules::kFenceAgentOrScript));
        else if (!fence.agent.isEmpty() && fence.agent.contains(QLatin1Char('/')) == false &&
                 !fence.agent.startsWith(QLatin1String("fence_")))
            report.error(f % QLatin1String(".agent"), rule(rules::kFenceAgentName, fence.agent));
        if (fence.options.contains(QStringLiteral("action")))
            report.error(f % QLatin1String(".options.action"), rule(rules::kFenceActionSet));
        using namespace protocol::limits;
        if (fence.timeoutMs < kFenceTimeoutMinMs || fence.timeoutMs > kFenceTimeoutMaxMs)
            report.error(f % QLatin1String(".timeout_ms"),
                         rule(rules::kOutOfRange, fence.timeoutMs, kFenceTimeoutMinMs, kFenceTimeoutMaxMs));
    }
}

} // namespace twinha::agent
