// libFuzzer target: the link's reading side, as the agent's control socket and the console's SSH
// channel run it: LineBuffer splits the byte stream into lines, RpcMessage::parse reads each line,
// and the hello and status readers take what the console takes from a parsed message.
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/LineBuffer.h"
#include "agentlink/protocol/NodeStatus.h"
#include "agentlink/protocol/RpcMessage.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using twinha::protocol::LineBuffer;
using twinha::protocol::RpcMessage;

namespace {
// Real status lines run to a few kB; a small limit lets short inputs reach the overlong-line path.
constexpr int kLargeLimit = 64 * 1024;
constexpr int kSmallLimit = 64;

struct Split
{
    QList<QByteArray> lines;
    int overflows = 0;
};

Split splitInChunks(const QByteArray& stream, int limit, qsizetype chunk)
{
    LineBuffer buffer(limit);
    Split split;
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        split.lines += buffer.append(stream.mid(at, chunk));
    split.overflows = buffer.takeOverflowCount();
    return split;
}

// A message the parser accepted must come back the same through toLine, since that is how the
// agent relays and answers it.
void checkRoundTrip(const RpcMessage& m)
{
    const auto again = RpcMessage::parse(m.toLine());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->kind == m.kind && again->method == m.method && again->params == m.params);
    if (m.kind != RpcMessage::Kind::Notification)
        FUZZ_CHECK(again->id == (m.id.isUndefined() ? QJsonValue(QJsonValue::Null) : m.id));
    if (m.kind == RpcMessage::Kind::Error)
        FUZZ_CHECK(again->error.code == m.error.code && again->error.params == m.error.params);
}

void readLine(const QByteArray& line)
{
    twinha::protocol::RpcError error;
    const auto m = RpcMessage::parse(line, &error);
    if (!m) {
        FUZZ_CHECK(!error.code.isEmpty());
        return;
    }
    checkRoundTrip(*m);
    twinha::protocol::Hello::fromJson(m->params);
    twinha::protocol::NodeStatus::fromJson(m->params);
    if (m->result.isObject()) {
        twinha::protocol::Hello::fromJson(m->result.toObject());
        twinha::protocol::NodeStatus::fromJson(m->result.toObject());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the line limit and how the stream arrives: in reads of any size.
    const int limit = (data[0] & 0x80) ? kSmallLimit : kLargeLimit;
    const qsizetype chunk = data[0] % 64 + 1;
    const QByteArray stream(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);

    const Split whole = splitInChunks(stream, limit, qMax<qsizetype>(1, stream.size()));
    const Split chunked = splitInChunks(stream, limit, chunk);
    // How the bytes were cut into reads must not change the lines.
    FUZZ_CHECK(whole.lines == chunked.lines && whole.overflows == chunked.overflows);
    for (const QByteArray& line : whole.lines) {
        FUZZ_CHECK(line.size() <= limit && !line.contains('\n'));
        readLine(line);
    }
    return 0;
}
