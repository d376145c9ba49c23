#include "agent/CheckConfigCommand.h"

#include "agent/config/ConfigLoader.h"

namespace twinha::agent {

namespace {
QString plural(qsizetype n, const char* word)
{
    return QString::number(n) % QLatin1Char(' ') % QLatin1String(word) % (n == 1 ? QString() : QStringLiteral("s"));
}
} // namespace

int CheckConfigCommand::run(const QString& path, QTextStream& out)
{
    const ConfigLoader::Result result = ConfigLoader::loadFile(path);
    for (const ConfigIssue& issue : result.issues)
        out << issue.toString() << '\n';
    if (!result.ok()) {
        out.flush();
        return 2;
    }
    const AgentConfig& c = result.config;
    out << path << ": ok: cluster \"" << c.cluster.name << "\" (" << c.cluster.modeName << "), nodes "
        << c.nodeNames().join(QLatin1String(" and ")) << ", " << plural(c.links.size(), "link") << ", "
        << plural(c.groups.size(), "group") << ", " << plural(c.resourceCount(), "resource") << ", "
        << plural(c.replications.size(), "replication") << ", " << plural(result.warningCount(), "warning")
        << ", sha256 " << c.checksum << '\n';
    out.flush();
    return 0;
}

} // namespace twinha::agent
