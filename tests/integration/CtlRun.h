#pragma once

#include "tests/integration/LabEnvironment.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <functional>

// twinhactl run as a script would run it: in English, stdin not a terminal (or, with onTerminal,
// on a pseudo-terminal of its own through script(1), answering what it asks).
namespace twinha::tests {

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment ctlEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    return env;
}

inline CtlRun twinhactl(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(ctlEnvironment());
    p.start(binPath(QStringLiteral("twinhactl")), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// On a terminal: each time the output so far ends with a prompt matching a key of `answers`, its
// answer is typed. Output and errors come back together in `out`, as a terminal shows them.
inline CtlRun twinhactlOnTerminal(const QStringList& args, const QList<QPair<QByteArray, QByteArray>>& answers)
{
    QStringList quoted{binPath(QStringLiteral("twinhactl"))};
    for (const QString& a : args)
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    QProcess p;
    p.setProcessEnvironment(ctlEnvironment());
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qefc"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    QByteArray out;
    qsizetype next = 0;
    qsizetype from = 0;
    while (p.state() != QProcess::NotRunning && p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        for (qsizetype at = 0; next < answers.size() && (at = out.indexOf(answers.at(next).first, from)) >= 0;) {
            p.write(answers.at(next).second + '\n');
            from = at + answers.at(next).first.size();
            ++next;
        }
    }
    p.waitForFinished(30000);
    out += p.readAllStandardOutput();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, out, p.readAllStandardError()};
}

// A copy of `profilePath` beside it, changed by `edit`; returns its path.
inline QString editedProfile(const QString& profilePath, const QString& name,
                             const std::function<void(QJsonObject&)>& edit)
{
    QFile in(profilePath);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
    edit(profile);
    const QString path = profilePath.left(profilePath.lastIndexOf(QLatin1Char('/')) + 1) + name;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(QJsonDocument(profile).toJson());
    return path;
}

} // namespace twinha::tests
