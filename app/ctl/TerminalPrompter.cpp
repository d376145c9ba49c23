#include "app/ctl/TerminalPrompter.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace twinha::app {

using agentlink::PromptAnswer;
using agentlink::PromptRequest;

bool TerminalPrompter::readLine(const QString& prompt, bool echo, QByteArray* line)
{
    termios saved{};
    const bool quiet = !echo && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios off = saved;
        off.c_lflag &= ~tcflag_t(ECHO);
        // TCSANOW, not TCSAFLUSH: what was typed ahead of the prompt is kept.
        ::tcsetattr(STDIN_FILENO, TCSANOW, &off);
    }
    // Only now: whatever is typed once the prompt shows is not echoed.
    std::fprintf(stderr, "%s", qUtf8Printable(prompt));
    std::fflush(stderr);
    line->clear();
    bool ended = true;
    for (int c = 0; (c = std::fgetc(stdin)) != EOF;) {
        if (c == '\n') {
            ended = false;
            break;
        }
        line->append(char(c));
    }
    if (quiet) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n"); // the newline the user typed was not echoed
    }
    return !ended || !line->isEmpty();
}

PromptAnswer TerminalPrompter::ask(const PromptRequest& r, const agentlink::LinkStop&)
{
    QMutexLocker lock(&m_mutex);
    PromptAnswer answer;
    QByteArray line;
    switch (r.kind) {
    case PromptRequest::Kind::TrustHostKey:
        return answer; // refused: `twinhactl trust NODE` is the place to look at a fingerprint
    case PromptRequest::Kind::KeyPassphrase:
        answer.accepted = readLine(tr("%1: passphrase for the key %2: ").arg(r.node, r.keyFile), false, &line);
        break;
    case PromptRequest::Kind::Password:
        answer.accepted = readLine(tr("%1: password for %2@%3: ").arg(r.node, r.user, r.host), false, &line);
        break;
    case PromptRequest::Kind::SudoPassword:
        answer.accepted = readLine(tr("%1: sudo password for %2: ").arg(r.node, r.user), false, &line);
        break;
    case PromptRequest::Kind::KeyboardInteractive:
        if (!r.name.isEmpty() || !r.instruction.isEmpty()) {
            const QString heading = QStringList{r.name, r.instruction}.join(QLatin1Char(' ')).trimmed();
            std::fprintf(stderr, "%s\n", qUtf8Printable(heading));
        }
        answer.accepted = true;
        for (qsizetype i = 0; i < r.prompts.size() && answer.accepted; ++i) {
            answer.accepted = readLine(r.node + QStringLiteral(": ") + r.prompts.at(i), r.echo.value(i), &line);
            answer.secrets.append(line);
            line.fill('\0');
        }
        return answer;
    }
    if (answer.accepted)
        answer.secrets.append(line);
    line.fill('\0');
    return answer;
}

} // namespace twinha::app
