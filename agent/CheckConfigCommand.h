#pragma once

#include <QString>
#include <QTextStream>

namespace twinha::agent {

// `twinha-agent check-config FILE`: every issue as "FILE:LINE:COLUMN: FIELD: message", or a
// one-line summary. Meant for a terminal or an editor, so English is fine here.
class CheckConfigCommand
{
public:
    // Returns the exit code: 0 when the file has no errors (warnings allowed), 2 otherwise.
    static int run(const QString& path, QTextStream& out);
};

} // namespace twinha::agent
