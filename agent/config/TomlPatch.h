#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

namespace twinha::agent {

// A changed TOML document written over the text it was read from, changing only what changed,
// so that an edit keeps the file as its administrator wrote it:
//   - a value that changed is replaced where it stands (the key, spacing and comment around it
//     stay);
//   - a key that went is taken out with its line; a [table] or [[table]] that went, with its
//     lines from the header to its last value;
//   - a new key goes under the last key of its table; a new [[table]] after the last of its kind
//     ([[group.resource]] inside its group); a new [table] at the end;
//   - everything else (comments, blank lines, key order, spacing) stays byte for byte.
// Elements of an array of tables are matched by their `name`, else by position. Null when the
// change needs what this does not do (a dotted key, a [table] that became a value, a new key at
// the top level); the caller then writes the document anew. What it returns is checked: read
// back, it is `updated`, or it is null.
class TomlPatch
{
public:
    // `original` must be parsed from `text` (copies of toml++ nodes lose where they stood).
    static std::optional<std::string> apply(std::string_view text, const toml::table& original,
                                            const toml::table& updated);
    // The document as toml++ writes it: what the composer writes a new file with, and what a patch
    // is checked against.
    static std::string format(const toml::node& node);
};

} // namespace twinha::agent
