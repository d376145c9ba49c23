#include "agent/postgres/PgControlData.h"

#include <QList>

namespace twinha::agent {

PgControlData PgControlData::parse(const QByteArray& output)
{
    PgControlData d;
    for (const QByteArray& raw : output.split('\n')) {
        const qsizetype colon = raw.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = raw.left(colon).trimmed();
        const QString value = QString::fromUtf8(raw.mid(colon + 1).trimmed());
        if (key == "Database cluster state")
            d.state = value;
        else if (key == "Latest checkpoint location")
            d.checkpoint = PgLsn::parse(value);
        else if (key == "Latest checkpoint's TimeLineID")
            d.timeline = value.toInt();
    }
    return d;
}

} // namespace twinha::agent
