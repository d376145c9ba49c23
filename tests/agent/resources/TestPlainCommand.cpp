#include "agent/resources/PlainCommand.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::plainCommand;

// Which command lines the agent runs without /bin/sh -c: only those the shell would merely split
// into words and run as a program, so that leaving the shell out changes nothing.
class TestPlainCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& content, QFile::Permissions mode)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        f.close();
        QFile::setPermissions(path, mode);
        return path;
    }
    static constexpr QFile::Permissions kExecutable =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!file(QStringLiteral("tool"), "#!/bin/sh\nexit 0\n", kExecutable).isEmpty());
        QVERIFY(!file(QStringLiteral("echo"), "#!/bin/sh\nexit 0\n", kExecutable).isEmpty());
        QVERIFY(!file(QStringLiteral("noshebang"), "exit 0\n", kExecutable).isEmpty());
        QVERIFY(
            !file(QStringLiteral("notexec"), "#!/bin/sh\nexit 0\n", QFile::ReadOwner | QFile::WriteOwner).isEmpty());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
    }

    void wordsOfAPlainCommandWithTheProgramFoundOnPath()
    {
        const QString tool = m_dir.filePath(QStringLiteral("tool"));
        QCOMPARE(plainCommand(QStringLiteral("tool start 8080 --x=y a,b:c@d+e%f ./rel"), m_dir.path()),
                 (QStringList{tool, QStringLiteral("start"), QStringLiteral("8080"), QStringLiteral("--x=y"),
                              QStringLiteral("a,b:c@d+e%f"), QStringLiteral("./rel")}));
        QCOMPARE(plainCommand(QStringLiteral("  tool\ta   b  "), QStringLiteral("/nonexistent:") + m_dir.path()),
                 (QStringList{tool, QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(plainCommand(tool + QStringLiteral(" stop"), QString()), (QStringList{tool, QStringLiteral("stop")}));
        // An ELF program, by absolute path.
        QCOMPARE(plainCommand(QStringLiteral("/usr/bin/env"), QString()), QStringList{QStringLiteral("/usr/bin/env")});
    }

    void anythingTheShellWouldReadGoesThroughTheShell_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* c : {"tool $HOME",   "tool 'a b'",  "tool \"a\"",  "tool > out",    "tool < in", "tool; tool",
                              "tool && tool", "tool | tool", "tool &",      "tool *",        "tool a?",   "tool [ab]",
                              "tool ~",       "tool ~/x",    "tool # note", "tool\ntool",    "tool \\x",  "tool `id`",
                              "tool (x)",     "tool {a,b}",  "tool !x",     "tool caf\u00e9"})
            QTest::newRow(c) << QString::fromUtf8(c);
    }
    void anythingTheShellWouldReadGoesThroughTheShell()
    {
        QFETCH(QString, command);
        QCOMPARE(plainCommand(command, m_dir.path()), std::nullopt);
    }

    void whatTheShellWouldRunItselfGoesThroughTheShell_data()
    {
        QTest::addColumn<QString>("command");
        // "echo" is also a file on this PATH: the shell would still run its own.
        for (const char* c : {"echo hi", "exit 3", "true", "kill 1", "test -e x", "cd /", "A=1 tool", "A=1", "./tool",
                              "sub/../tool", "noshebang", "notexec", "missing-tool", ""})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void whatTheShellWouldRunItselfGoesThroughTheShell()
    {
        QFETCH(QString, command);
        QCOMPARE(plainCommand(command, m_dir.path()), std::nullopt);
    }

    void aPathTheShellWouldSearchDifferentlyGoesThroughTheShell()
    {
        // An empty entry or a relative folder is the current folder to the shell.
        QCOMPARE(plainCommand(QStringLiteral("tool"), QStringLiteral(":") + m_dir.path()), std::nullopt);
        QCOMPARE(plainCommand(QStringLiteral("tool"), QStringLiteral("bin:") + m_dir.path()), std::nullopt);
        QCOMPARE(plainCommand(QStringLiteral("tool"), QString()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPlainCommand)
#include "TestPlainCommand.moc"
