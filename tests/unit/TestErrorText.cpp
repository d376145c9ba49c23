#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QtTest>

using twinha::agentlink::ErrorText;
using twinha::protocol::RpcError;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnSentence()
    {
        for (const QString& code : twinha::protocol::codes::allCodes())
            QVERIFY2(ErrorText::knows(code), qPrintable(code));
    }

    void sentencesCarryTheirParameters()
    {
        const RpcError e =
            RpcError::make(QStringLiteral("HOST_KEY_CHANGED"), {{QStringLiteral("host"), "10.0.0.1"},
                                                                {QStringLiteral("port"), 2222},
                                                                {QStringLiteral("fingerprint"), "SHA256:abc"},
                                                                {QStringLiteral("known_hosts"), "/k"}});
        const QString text = ErrorText::describe(e);
        QVERIFY(text.contains(QStringLiteral("10.0.0.1:2222")));
        QVERIFY(text.contains(QStringLiteral("SHA256:abc")));
        QVERIFY(text.contains(QStringLiteral("/k")));
    }

    void missingAgentBinaryIsNamed()
    {
        const QString text = ErrorText::describe(
            RpcError::make(QStringLiteral("AGENT_COMMAND_FAILED"), {{QStringLiteral("exit_status"), 127}}));
        QVERIFY(text.contains(QStringLiteral("not installed")));
    }

    void unknownCodeStillSaysSomething()
    {
        QVERIFY(ErrorText::describe(RpcError::make(QStringLiteral("SOMETHING_NEW")))
                    .contains(QStringLiteral("SOMETHING_NEW")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "TestErrorText.moc"
