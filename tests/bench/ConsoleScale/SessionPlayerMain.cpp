// twinha-session-player: a light stand-in for `twinha-agent session`, for bench_console_scale.
//
//   twinha-session-player record FILE -- COMMAND [ARG...]
//       runs COMMAND (a real `twinha-agent session`), passes the console's lines to it and its
//       lines back, and appends each line with its time and direction to FILE
//   twinha-session-player play FILE
//       answers each request with the recorded answer to the same method, and from the console's
//       status.subscribe on plays the agent's recorded notifications at their recorded times,
//       over and over (SessionRecording)
//
// It runs under a real sshd, one process per session, as the agent's session bridge does; it
// needs no daemon, so 200 of them fit on a 2-core machine where 200 agents would not.
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/LineBuffer.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/RpcError.h"
#include "agentlink/protocol/RpcMessage.h"
#include "tests/bench/ConsoleScale/SessionRecording.h"

#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace twinha;
using namespace twinha::bench;

namespace {
constexpr int kMaxLine = 16 * 1024 * 1024;

// The whole of `bytes` to `fd` (QFile goes on after a partial write or EINTR).
bool writeAll(int fd, const QByteArray& bytes)
{
    QFile out;
    return out.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle) &&
           out.write(bytes) == bytes.size();
}

// Reads what is there; false at end of file or on an error.
bool readSome(int fd, QByteArray* out)
{
    char buf[65536];
    ssize_t n;
    do
        n = ::read(fd, buf, sizeof buf);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return false;
    out->append(buf, n);
    return true;
}

int record(const QString& path, char** command)
{
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        std::fprintf(stderr, "twinha-session-player: %s: %s\n", qPrintable(path), qPrintable(log.errorString()));
        return 2;
    }
    int toChild[2];
    int fromChild[2];
    if (::pipe(toChild) != 0 || ::pipe(fromChild) != 0)
        return 2;
    const pid_t pid = ::fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        ::dup2(toChild[0], 0);
        ::dup2(fromChild[1], 1);
        ::close(toChild[1]);
        ::close(fromChild[0]);
        ::execvp(command[0], command);
        std::perror(command[0]);
        ::_exit(127);
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    QElapsedTimer clock;
    clock.start();
    protocol::LineBuffer console(kMaxLine);
    protocol::LineBuffer agent(kMaxLine);
    bool consoleOpen = true;
    for (;;) {
        pollfd fds[2] = {{consoleOpen ? 0 : -1, POLLIN, 0}, {fromChild[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        QByteArray bytes;
        if (fds[0].revents) {
            if (!readSome(0, &bytes)) {
                consoleOpen = false;
                ::close(toChild[1]); // the agent's bridge sees the console leave
            } else {
                writeAll(toChild[1], bytes);
                for (const QByteArray& line : console.append(bytes))
                    log.write(SessionRecording::entry(clock.elapsed(), true, line));
            }
        }
        if (fds[1].revents) {
            bytes.clear();
            if (!readSome(fromChild[0], &bytes))
                break;
            writeAll(1, bytes);
            for (const QByteArray& line : agent.append(bytes))
                log.write(SessionRecording::entry(clock.elapsed(), false, line));
        }
        log.flush();
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int play(const QString& path)
{
    SessionRecording recording;
    QString error;
    if (!recording.load(path, &error)) {
        std::fprintf(stderr, "twinha-session-player: %s\n", qPrintable(error));
        return 2;
    }
    const auto& notes = recording.notifications();
    protocol::LineBuffer input(kMaxLine);
    QElapsedTimer clock;
    qint64 playStart = -1; // the console's status.subscribe
    qsizetype next = 0;
    for (;;) {
        int waitMs = -1;
        if (playStart >= 0 && !notes.isEmpty()) {
            for (;;) {
                const qint64 loop = next / notes.size();
                const qint64 due = playStart + loop * recording.periodMs() + notes.at(next % notes.size()).atMs;
                if (due > clock.elapsed()) {
                    waitMs = int(due - clock.elapsed());
                    break;
                }
                if (!writeAll(1, replayedNotification(notes.at(next % notes.size()).msg).toLine()))
                    return 0;
                ++next;
            }
        }
        pollfd fd{0, POLLIN, 0};
        const int ready = ::poll(&fd, 1, waitMs);
        if (ready < 0 && errno != EINTR)
            return 1;
        if (ready <= 0)
            continue;
        QByteArray bytes;
        if (!readSome(0, &bytes))
            return 0; // the console closed the session
        for (const QByteArray& line : input.append(bytes)) {
            const auto request = protocol::RpcMessage::parse(line);
            if (!request || request->kind != protocol::RpcMessage::Kind::Request)
                continue;
            const auto answer = recording.answer(*request);
            const protocol::RpcMessage reply =
                answer ? *answer
                       : protocol::RpcMessage::errorFor(
                             request->id, protocol::RpcError::make(QLatin1String(protocol::codes::kMethodNotFound)));
            if (!writeAll(1, reply.toLine()))
                return 0;
            if (playStart < 0 && request->method == QLatin1String(protocol::methods::kStatusSubscribe)) {
                clock.start();
                playStart = 0;
            }
        }
    }
}
} // namespace

int main(int argc, char** argv)
{
    const QString mode = argc > 2 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("record") && argc > 4 && qstrcmp(argv[3], "--") == 0)
        return record(QString::fromLocal8Bit(argv[2]), argv + 4);
    if (mode == QLatin1String("play") && argc == 3)
        return play(QString::fromLocal8Bit(argv[2]));
    std::fprintf(stderr, "usage: twinha-session-player record FILE -- COMMAND [ARG...]\n"
                         "       twinha-session-player play FILE\n");
    return 2;
}
