#pragma once

// The wire protocol's version. A console speaks exactly one major version; minor versions add
// optional fields and methods only, so a console tolerates any minor of its major.
namespace twinha::protocol {

constexpr int kProtocolMajor = 1;
constexpr int kProtocolMinor = 0;

// One line of JSON on the link may not exceed this; anything longer is a link error, not a crash.
constexpr int kMaxLineBytes = 1024 * 1024;

} // namespace twinha::protocol
