#pragma once

#include <QString>
#include <QStringList>

namespace twinha::agent {

// The known word a misspelt one most likely meant: the closest by edit distance (insertions,
// deletions, substitutions and swaps of two neighbours), if it is close enough to be a typo (at
// most 2 edits, and fewer than half the word's length); empty otherwise.
QString closestSpelling(const QString& word, const QStringList& known);

} // namespace twinha::agent
