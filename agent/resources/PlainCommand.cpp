#include "agent/resources/PlainCommand.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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

// dash's built-in commands (dash(1)) and bash's POSIX ones: the shell would run these itself,
// even where a program of the same name exists (echo, test, kill, true, printf, pwd).
bool isShellBuiltin(const QString& word)
{
    static const QSet<QString> builtins = {
        QStringLiteral("alias"),  QStringLiteral("bg"),       QStringLiteral("break"),    QStringLiteral("cd"),
        QStringLiteral("chdir"),  QStringLiteral("command"),  QStringLiteral("continue"), QStringLiteral("echo"),
        QStringLiteral("eval"),   QStringLiteral("exec"),     QStringLiteral("exit"),     QStringLiteral("export"),
        QStringLiteral("false"),  QStringLiteral("fc"),       QStringLiteral("fg"),       QStringLiteral("getopts"),
        QStringLiteral("hash"),   QStringLiteral("jobs"),     QStringLiteral("kill"),     QStringLiteral("local"),
        QStringLiteral("printf"), QStringLiteral("pwd"),      QStringLiteral("read"),     QStringLiteral("readonly"),
        QStringLiteral("return"), QStringLiteral("set"),      QStringLiteral("shift"),    QStringLiteral("test"),
        QStringLiteral("times"),  QStringLiteral("trap"),     QStringLiteral("true"),     QStringLiteral("type"),
        QStringLiteral("ulimit"), QStringLiteral("umask"),    QStringLiteral("unalias"),  QStringLiteral("unset"),
        QStringLiteral("wait"),   QStringLiteral("case"),     QStringLiteral("do"),       QStringLiteral("done"),
        QStringLiteral("elif"),   QStringLiteral("else"),     QStringLiteral("esac"),     QStringLiteral("fi"),
        QStringLiteral("for"),    QStringLiteral("if"),       QStringLiteral("in"),       QStringLiteral("then"),
        QStringLiteral("until"),  QStringLiteral("while"),    QStringLiteral("."),        QStringLiteral("newgrp"),
        QStringLiteral("select"), QStringLiteral("function"), QStringLiteral("time"),     QStringLiteral("source"),
    };
    return builtins.contains(word);
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

// Where the shell would find `name` through PATH; empty when it would not, or when PATH holds a
// relative folder or an empty entry (the current folder), which the shell would search too.
QString onPath(const QString& name, const QString& pathVariable)
{
    for (const QString& folder : pathVariable.split(QLatin1Char(':'))) {
        if (!folder.startsWith(QLatin1Char('/')))
            return {};
        const QString candidate = folder + QLatin1Char('/') + name;
        if (QFileInfo(candidate).isFile() && ::access(QFile::encodeName(candidate).constData(), X_OK) == 0)
            return isRunnable(candidate) ? candidate : QString();
    }
    return {};
}

} // namespace

std::optional<QStringList> plainCommand(const QString& command, const QString& pathVariable)
{
    for (QChar c : command)
        if (!isPlainCharacter(c))
            return std::nullopt;
    QStringList words = command.split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    const QString first = words.first();
    if (first.contains(QLatin1Char('=')) || isShellBuiltin(first))
        return std::nullopt;
    QString program;
    if (first.startsWith(QLatin1Char('/')))
        program = isRunnable(first) ? first : QString();
    else if (!first.contains(QLatin1Char('/')))
        program = onPath(first, pathVariable);
    if (program.isEmpty())
        return std::nullopt; // a relative path, or nothing runnable: the shell says what is wrong
    words[0] = program;
    return words;
}

} // namespace twinha::agent
