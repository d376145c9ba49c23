#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

// allCodes() is what the translation tests walk; a code declared but not listed there would
// escape them. This reads the header itself, so the two cannot drift apart.
class TestErrorCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDeclaredCodeIsListed()
    {
        QFile header(qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/agentlink/protocol/ErrorCodes.h"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(header.readAll());
        const QStringList listed = twinha::protocol::codes::allCodes();
        static const QRegularExpression declaration(QStringLiteral(R"re(constexpr char k\w+\[\] = "([A-Z_]+)")re"));
        int declared = 0;
        for (const QRegularExpressionMatch& m : declaration.globalMatch(text)) {
            ++declared;
            QVERIFY2(listed.contains(m.captured(1)), qPrintable(m.captured(1)));
        }
        QVERIFY(declared > 40);
        QCOMPARE(listed.size(), declared);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size()); // no duplicates
    }
};

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "TestErrorCodes.moc"
