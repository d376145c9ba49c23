#include "agent/resources/PlainCommand.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::plainCommand;

// Which command lines the agent runs without /bin/sh -c: only those the shell would merely split
// into words and run as a program named by its absolute path, so that leaving the shell out
// changes nothing.
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

    void wordsOfAPlainCommandByAbsolutePath()
    {
        const QString tool = m_dir.filePath(QStringLiteral("tool"));
        QCOMPARE(plainCommand(tool + QStringLiteral(" start 8080 --x=y a,b:c@d+e%f ./rel")),
                 (QStringList{tool, QStringLiteral("start"), QStringLiteral("8080"), QStringLiteral("--x=y"),
                              QStringLiteral("a,b:c@d+e%f"), QStringLiteral("./rel")}));
        QCOMPARE(plainCommand(QStringLiteral("  ") + tool + QStringLiteral("\ta   b  ")),
                 (QStringList{tool, QStringLiteral("a"), QStringLiteral("b")}));
        // A file named like a built-in is no built-in when named by its path.
        const QString echo = m_dir.filePath(QStringLiteral("echo"));
        QCOMPARE(plainCommand(echo + QStringLiteral(" hi")), (QStringList{echo, QStringLiteral("hi")}));
        // An ELF program.
        QCOMPARE(plainCommand(QStringLiteral("/usr/bin/env")), QStringList{QStringLiteral("/usr/bin/env")});
    }

    void anythingTheShellWouldReadGoesThroughTheShell_data()
    {
        QTest::addColumn<QString>("rest");
        for (const char* c :
             {" $HOME", " 'a b'", " \"a\"", " > out",  " < in", "; x",  " && x", " | x", " &",     " *",  " a?",
              " [ab]",  " ~",     " ~/x",   " # note", "\nx",   " \\x", " `id`", " (x)", " {a,b}", " !x", " caf\u00e9"})
            QTest::newRow(c) << QString::fromUtf8(c);
    }
    void anythingTheShellWouldReadGoesThroughTheShell()
    {
        QFETCH(QString, rest);
        QCOMPARE(plainCommand(m_dir.filePath(QStringLiteral("tool")) + rest), std::nullopt);
    }

    void whatTheShellWouldFindOrRunItselfGoesThroughTheShell_data()
    {
        QTest::addColumn<QString>("command");
        // A name is looked up by the shell, which passes it as typed and runs its own built-ins
        // ("echo" and "tool" are files of this folder too, which is on no PATH here).
        for (const char* c :
             {"tool start", "echo hi", "exit 3", "true", "A=1 tool", "A=1", "./tool", "sub/../tool", ""})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void whatTheShellWouldFindOrRunItselfGoesThroughTheShell()
    {
        QFETCH(QString, command);
        QCOMPARE(plainCommand(command), std::nullopt);
    }

    void aFileTheKernelWouldNotRunGoesThroughTheShell()
    {
        // Without "#!" the shell runs it itself; not executable, or missing: the shell says so.
        for (const char* name : {"noshebang", "notexec", "missing", "sub"})
            QCOMPARE(plainCommand(m_dir.filePath(QString::fromLatin1(name)) + QStringLiteral(" x")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPlainCommand)
#include "TestPlainCommand.moc"
