#include "agent/control/NodeFacts.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>

namespace twinha::agent {

QJsonArray NodeFacts::interfaces()
{
    QJsonArray out;
    for (const QNetworkInterface& i : QNetworkInterface::allInterfaces()) {
        QJsonArray addresses;
        for (const QNetworkAddressEntry& e : i.addressEntries()) {
            QHostAddress ip = e.ip();
            ip.setScopeId(QString()); // "fe80::1%eth0" is not an address a config can use
            addresses.append(QString(ip.toString() + QLatin1Char('/') + QString::number(e.prefixLength())));
        }
        out.append(QJsonObject{{QStringLiteral("name"), i.name()},
                               {QStringLiteral("addresses"), addresses},
                               {QStringLiteral("mac"), i.hardwareAddress()},
                               {QStringLiteral("up"), i.flags().testFlag(QNetworkInterface::IsUp) &&
                                                          i.flags().testFlag(QNetworkInterface::IsRunning)},
                               {QStringLiteral("loopback"), i.flags().testFlag(QNetworkInterface::IsLoopBack)}});
    }
    return out;
}

QJsonArray NodeFacts::parseUnits(const QByteArray& systemctlOutput)
{
    // "UNIT LOAD ACTIVE SUB DESCRIPTION..."; with --plain there is no bullet column.
    QJsonArray out;
    for (const QByteArray& raw : systemctlOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 4 || !f.at(0).endsWith(QLatin1String(".service")))
            continue;
        out.append(QJsonObject{{QStringLiteral("name"), f.at(0)},
                               {QStringLiteral("load"), f.at(1)},
                               {QStringLiteral("active"), f.at(2)},
                               {QStringLiteral("sub"), f.at(3)},
                               {QStringLiteral("description"), f.mid(4).join(QLatin1Char(' '))}});
    }
    return out;
}

bool NodeFacts::systemdRunning(const QString& runDir)
{
    return QFileInfo(runDir).isDir();
}

QJsonObject NodeFacts::pathInfo(const QString& path, qint64 maxFiles, const std::atomic_bool* cancel,
                                QDeadlineTimer deadline)
{
    const QFileInfo info(path);
    QJsonObject out{{QStringLiteral("path"), path}, {QStringLiteral("exists"), info.exists()}};
    if (!info.exists() || !info.isAbsolute()) {
        out.insert(QStringLiteral("is_dir"), false);
        out.insert(QStringLiteral("files"), 0);
        out.insert(QStringLiteral("bytes"), 0);
        out.insert(QStringLiteral("truncated"), false);
        if (!info.isAbsolute())
            out.insert(QStringLiteral("exists"), false); // relative paths mean nothing to a daemon
        return out;
    }
    qint64 files = 0;
    qint64 bytes = 0;
    bool truncated = false;
    bool outOfTime = false;
    if (!info.isDir()) {
        files = 1;
        bytes = info.size();
    } else {
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            outOfTime = (files & 1023) == 0 && deadline.hasExpired();
            if (files >= maxFiles || (cancel && cancel->load()) || outOfTime) {
                truncated = true;
                break;
            }
            it.next();
            ++files;
            const QFileInfo f = it.fileInfo();
            if (!f.isSymLink())
                bytes += f.size();
        }
    }
    out.insert(QStringLiteral("is_dir"), info.isDir());
    out.insert(QStringLiteral("files"), files);
    out.insert(QStringLiteral("bytes"), bytes);
    out.insert(QStringLiteral("truncated"), truncated);
    if (truncated && outOfTime)
        out.insert(QStringLiteral("limit_ms"), kMaxWalkMs);
    else if (truncated)
        out.insert(QStringLiteral("limit_files"), maxFiles);
    return out;
}

QString NodeFacts::interfaceForAddress(const QString& address, bool* assignedHere)
{
    const QHostAddress ip(address.section(QLatin1Char('/'), 0, 0));
    if (assignedHere)
        *assignedHere = false;
    QString match;
    for (const QNetworkInterface& i : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry& e : i.addressEntries()) {
            if (e.ip().protocol() != ip.protocol())
                continue;
            if (e.ip().isEqual(ip) && assignedHere)
                *assignedHere = true;
            if (match.isEmpty() && ip.isInSubnet(e.ip(), e.prefixLength()))
                match = i.name();
        }
    }
    return match;
}

} // namespace twinha::agent
