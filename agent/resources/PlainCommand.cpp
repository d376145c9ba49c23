#include "agent/resources/PlainCommand.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <unistd.h>

namespace twinha::agent {

namespace {

bool isPlainCharacter(QChar c)
{
    if (c.unicode() > 127)
        return false;
    const char a = static_cast<char>(c.unicode());
    return (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9') || a == ' ' || a == '\t' ||
           a == '_' || a == '-' || a == '.' || a == '/' || a == ',' || a == ':' || a == '@' || a == '+' || a == '=' ||
           a == '%';
}

// An executable regular file the kernel runs by itself: a "#!" script or an ELF binary.
bool isRunnable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || ::access(QFile::encodeName(path).constData(), X_OK) != 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head.startsWith("#!") || head == QByteArrayLiteral("\x7f"
                                                              "ELF");
}

} // namespace

std::optional<QStringList> plainCommand(const QString& command)
{
    for (QChar c : command)
        if (!isPlainCharacter(c))
            return std::nullopt;
    const QStringList words = command.split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    const QString& program = words.first();
    // An absolute path cannot be a built-in, and "/x=y" is no assignment either.
    if (!program.startsWith(QLatin1Char('/')) || !isRunnable(program))
        return std::nullopt; // a name, a relative path, or nothing runnable: the shell says what is wrong
    return words;
}

} // namespace twinha::agent
