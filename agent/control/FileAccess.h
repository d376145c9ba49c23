#pragma once

#include <QString>

#include <sys/types.h>

namespace twinha::agent {

// The owner, group and permission bits of a file, by name, for messages that must say who may
// open it ("add alice to group twinha").
struct FileAccess
{
    QString owner;
    QString group;
    QString mode; // four octal digits, e.g. "0660"; empty when the file cannot be read

    static FileAccess of(const QString& path);
    // The name of the user this process runs as (its uid, when it has no name).
    static QString currentUser();
    // A uid's name, or the number when it has none.
    static QString userName(uid_t uid);
};

} // namespace twinha::agent
