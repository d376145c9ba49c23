#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace twinha::agentlink {

// What the console learns of a server before it installs the agent there: the distribution from
// /etc/os-release, the machine from `uname -m`, the login's user, and which package and service
// tools it has. Read from the output of detectionCommand(), so a shell that prints a banner first
// changes nothing.
struct NodePlatform
{
    enum class PackageKind
    {
        None,
        Deb,
        Rpm,
    };

    QString id;         // os-release ID: debian, ubuntu, rhel, rocky, …
    QString idLike;     // os-release ID_LIKE
    QString prettyName; // os-release PRETTY_NAME, for messages
    QString machine;    // uname -m: x86_64, aarch64, …
    int uid = -1;
    QString user;
    QSet<QString> tools;  // of apt-get, dpkg, dnf, yum, rpm, sudo, systemctl found in PATH
    bool systemd = false; // booted with systemd (/run/systemd/system)

    static QByteArray detectionCommand();
    static NodePlatform parse(const QByteArray& output);

    bool valid() const { return !machine.isEmpty() && uid >= 0; }
    bool isRoot() const { return uid == 0; }
    bool has(const char* tool) const { return tools.contains(QLatin1String(tool)); }
    PackageKind packageKind() const;
    // The architecture as the package kind names it (amd64 / x86_64, arm64 / aarch64, …).
    QString packageArch() const;
    QString system() const { return prettyName.isEmpty() ? id : prettyName; }
    static QString kindName(PackageKind kind); // "deb", "rpm", ""
};

// A twinha-agent package file, from its name as CPack, dpkg-deb and rpmbuild write it:
// twinha-agent_VERSION_ARCH.deb, twinha-agent-VERSION-RELEASE.ARCH.rpm.
struct AgentPackageFile
{
    NodePlatform::PackageKind kind = NodePlatform::PackageKind::None;
    QString version;
    QString arch;

    static AgentPackageFile parse(const QString& fileName);
    bool suits(const NodePlatform& platform) const;
    // The best package for `platform` among the files in `folders` (the highest version); empty if none.
    static QString find(const QStringList& folders, const NodePlatform& platform);
};

} // namespace twinha::agentlink
