#include "agent/control/SystemFacts.h"

#include <QFile>
#include <QHostInfo>

namespace twinha::agent {

namespace {
QList<QByteArray> fieldsOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().simplified().split(' ');
}
} // namespace

QString SystemFacts::hostName()
{
    return QHostInfo::localHostName();
}

double SystemFacts::systemUptimeS(const QString& procUptime)
{
    const QList<QByteArray> fields = fieldsOf(procUptime);
    bool ok = false;
    const double v = fields.value(0).toDouble(&ok);
    return ok ? v : 0;
}

QList<double> SystemFacts::loadAverages(const QString& procLoadavg)
{
    const QList<QByteArray> fields = fieldsOf(procLoadavg);
    QList<double> loads;
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        const double v = fields.value(i).toDouble(&ok);
        if (!ok)
            return {};
        loads << v;
    }
    return loads;
}

} // namespace twinha::agent
