#pragma once

#include <QString>

namespace twinha::agent {

// Where a resource lives: passed to its commands as TWINHA_* variables and to its error reasons,
// so a script and the console both know which cluster, node and group an event belongs to.
struct ResourceContext
{
    QString cluster;
    QString node;
    QString group;
    QString peer; // the other node (a PostgreSQL standby follows it)
};

} // namespace twinha::agent
