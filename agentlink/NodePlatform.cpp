#include "agentlink/NodePlatform.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVersionNumber>

namespace twinha::agentlink {

namespace {
constexpr char kMarker[] = "twinha-detect:";
} // namespace

QByteArray NodePlatform::detectionCommand()
{
    // POSIX sh only: the login shell may be dash. Each fact on a marked line of its own.
    return QByteArrayLiteral(
        "m=twinha-detect:; "
        "if [ -r /etc/os-release ]; then (. /etc/os-release; echo \"$m id=$ID\"; echo \"$m like=$ID_LIKE\"; "
        "echo \"$m pretty=$PRETTY_NAME\"); fi; "
        "echo \"$m machine=$(uname -m)\"; echo \"$m uid=$(id -u)\"; echo \"$m user=$(id -un)\"; "
        "for t in apt-get dpkg dnf yum rpm sudo systemctl; do "
        "command -v $t >/dev/null 2>&1 && echo \"$m tool=$t\"; done; "
        "[ -d /run/systemd/system ] && echo \"$m systemd=1\"; true");
}

NodePlatform NodePlatform::parse(const QByteArray& output)
{
    NodePlatform p;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype at = line.indexOf(QLatin1String(kMarker));
        if (at < 0)
            continue;
        const QString fact = line.mid(at + qsizetype(qstrlen(kMarker))).trimmed();
        const QString key = fact.section(QLatin1Char('='), 0, 0);
        const QString value = fact.section(QLatin1Char('='), 1);
        if (key == QLatin1String("id"))
            p.id = value;
        else if (key == QLatin1String("like"))
            p.idLike = value;
        else if (key == QLatin1String("pretty"))
            p.prettyName = value;
        else if (key == QLatin1String("machine"))
            p.machine = value;
        else if (key == QLatin1String("uid")) {
            bool ok = false;
            const int uid = value.toInt(&ok);
            p.uid = ok ? uid : -1;
        } else if (key == QLatin1String("user"))
            p.user = value;
        else if (key == QLatin1String("tool"))
            p.tools.insert(value);
        else if (key == QLatin1String("systemd"))
            p.systemd = value == QLatin1String("1");
    }
    return p;
}

NodePlatform::PackageKind NodePlatform::packageKind() const
{
    // dpkg first: a Debian system may have rpm installed as a tool, never the other way round.
    if (has("dpkg"))
        return PackageKind::Deb;
    if (has("rpm") && (has("dnf") || has("yum")))
        return PackageKind::Rpm;
    return PackageKind::None;
}

QString NodePlatform::packageArch() const
{
    if (packageKind() == PackageKind::Rpm)
        return machine == QLatin1String("armv7l") ? QStringLiteral("armv7hl") : machine;
    static const QHash<QString, QString> debian{
        {QStringLiteral("x86_64"), QStringLiteral("amd64")},    {QStringLiteral("aarch64"), QStringLiteral("arm64")},
        {QStringLiteral("armv7l"), QStringLiteral("armhf")},    {QStringLiteral("i686"), QStringLiteral("i386")},
        {QStringLiteral("ppc64le"), QStringLiteral("ppc64el")}, {QStringLiteral("s390x"), QStringLiteral("s390x")},
        {QStringLiteral("riscv64"), QStringLiteral("riscv64")},
    };
    return debian.value(machine, machine);
}

QString NodePlatform::kindName(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Deb:
        return QStringLiteral("deb");
    case PackageKind::Rpm:
        return QStringLiteral("rpm");
    case PackageKind::None:
        break;
    }
    return {};
}

AgentPackageFile AgentPackageFile::parse(const QString& fileName)
{
    static const QRegularExpression deb(QStringLiteral("^twinha-agent_([^_]+)_([^_.]+)\\.deb$"));
    static const QRegularExpression rpm(QStringLiteral("^twinha-agent-([^-]+)-[^-]+\\.([^.]+)\\.rpm$"));
    AgentPackageFile f;
    const QString name = QFileInfo(fileName).fileName();
    if (const QRegularExpressionMatch m = deb.match(name); m.hasMatch()) {
        f.kind = NodePlatform::PackageKind::Deb;
        f.version = m.captured(1);
        f.arch = m.captured(2);
    } else if (const QRegularExpressionMatch r = rpm.match(name); r.hasMatch()) {
        f.kind = NodePlatform::PackageKind::Rpm;
        f.version = r.captured(1);
        f.arch = r.captured(2);
    }
    return f;
}

bool AgentPackageFile::suits(const NodePlatform& platform) const
{
    return kind != NodePlatform::PackageKind::None && kind == platform.packageKind() &&
           (arch == platform.packageArch() || arch == QLatin1String("all") || arch == QLatin1String("noarch"));
}

QString AgentPackageFile::find(const QStringList& folders, const NodePlatform& platform)
{
    QString best;
    QVersionNumber bestVersion;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("twinha-agent*")}, QDir::Files)) {
            const AgentPackageFile f = parse(info.fileName());
            const QVersionNumber version = QVersionNumber::fromString(f.version);
            if (f.suits(platform) && (best.isEmpty() || version > bestVersion)) {
                best = info.absoluteFilePath();
                bestVersion = version;
            }
        }
    }
    return best;
}

} // namespace twinha::agentlink
