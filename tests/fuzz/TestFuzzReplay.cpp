// Feeds every committed input of one fuzz target (corpus/<target>/ and regressions/<target>/) to
// the target's own entry point, in the normal build and without libFuzzer. A crasher that comes
// back crashes this test, and a property the target checks (FUZZ_CHECK) aborts it.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCorpusIsThere();
    void everyInputIsReadWithoutCrashing_data();
    void everyInputIsReadWithoutCrashing();
};

namespace {
QString fuzzDir()
{
    return qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/tests/fuzz");
}

QStringList inputsUnder(const QString& folder)
{
    QStringList files;
    const QDir dir(fuzzDir() + QLatin1Char('/') + folder + QStringLiteral("/" TWINHA_FUZZ_TARGET));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        files << folder + QStringLiteral("/" TWINHA_FUZZ_TARGET "/") + name;
    return files;
}
} // namespace

void TestFuzzReplay::everyInputIsReadWithoutCrashing_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = inputsUnder(QStringLiteral("corpus")) + inputsUnder(QStringLiteral("regressions"));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
    if (files.isEmpty()) // QtTest aborts on a data table without rows; fail with a reason instead
        QTest::newRow("no inputs") << QString();
}

void TestFuzzReplay::everyInputIsReadWithoutCrashing()
{
    QFETCH(QString, file);
    QVERIFY2(!file.isEmpty(), "no inputs found");
    QFile f(fuzzDir() + QLatin1Char('/') + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    const QByteArray bytes = f.readAll();
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())), 0);
}

// An empty or misplaced corpus would make the replay above pass on nothing.
void TestFuzzReplay::theCorpusIsThere()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("TWINHA_SOURCE_DIR"), "TWINHA_SOURCE_DIR is not set");
    QVERIFY2(
        !inputsUnder(QStringLiteral("corpus")).isEmpty(),
        qPrintable(QStringLiteral("no seed inputs in ") + fuzzDir() + QStringLiteral("/corpus/" TWINHA_FUZZ_TARGET)));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "TestFuzzReplay.moc"
