#include "agentlink/ClaimText.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "app/Translator.h"
#include "ui/MainWindow.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace twinha;

// Translations are complete, really translated, and reach the widgets at run time (lupdate's
// contexts must match what tr() asks for, which a namespace mix-up silently breaks).
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context, source, translation;
        bool unfinished = false;
    };

    static QList<Message> readTs(const QString& language)
    {
        QFile file(qEnvironmentVariable("TWINHA_SOURCE_DIR") +
                   QStringLiteral("/translations/twinha_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Message> messages;
        QString context;
        QXmlStreamReader xml(&file);
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                current.context = context;
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements); // numerus forms too
                messages << current;
            }
        }
        return messages;
    }

    // Strings that legitimately read the same in every language.
    static bool mayStayAsIs(const QString& source)
    {
        static const QStringList same{QStringLiteral("TwinHA"), QStringLiteral("TwinHA — %1"),
                                      QStringLiteral("status")};
        return same.contains(source);
    }

    // The placeholders of a message (%1…%99, %L1, %n, %Ln), sorted: each must appear in a translation
    // as often as in the source, or an argument goes missing or shows twice.
    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    }

private Q_SLOTS:
    void cleanup() { app::Translator::install(QStringLiteral("en")); }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(language);
        QVERIFY(messages.size() > 50);
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished && !m.translation.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(m.translation != m.source || mayStayAsIs(m.source),
                     qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(placeholders(m.translation) == placeholders(m.source),
                     qPrintable(QStringLiteral("placeholders %1 in the source, %2 in the translation: %3")
                                    .arg(placeholders(m.source).join(QLatin1Char(' ')),
                                         placeholders(m.translation).join(QLatin1Char(' ')), where)));
            QCOMPARE(m.translation.count(QLatin1Char('%')), m.source.count(QLatin1Char('%'))); // and literal signs
        }
    }

    // English has its own .qm for its plurals: "1 unchanged line", "3 unchanged lines", never "line(s)".
    void englishSaysOneAndMany()
    {
        app::Translator::install(QStringLiteral("en"));
        const char* context = "twinha::ui::ConfigDiffView";
        QCOMPARE(QCoreApplication::translate(context, "⋯ %n unchanged line(s)", nullptr, 1),
                 QStringLiteral("⋯ 1 unchanged line"));
        QCOMPARE(QCoreApplication::translate(context, "⋯ %n unchanged line(s)", nullptr, 3),
                 QStringLiteral("⋯ 3 unchanged lines"));
        for (const Message& m : readTs(QStringLiteral("en")))
            if (m.source.contains(QLatin1String("(s)")))
                QVERIFY2(
                    !m.unfinished && !m.translation.contains(QLatin1String("(s)")),
                    qPrintable(QStringLiteral("no English plural: ") + m.context + QStringLiteral(": ") + m.source));
        // Each English form is the same sentence: the source's placeholders and no others, no stray markup.
        for (const Message& m : readTs(QStringLiteral("en"))) {
            if (m.unfinished)
                continue;
            QStringList source = placeholders(m.source), translation = placeholders(m.translation);
            source.removeDuplicates();
            translation.removeDuplicates();
            QVERIFY2(source == translation && !m.translation.contains(QLatin1Char('<')),
                     qPrintable(QStringLiteral("English form differs from its source: ") + m.source));
        }
    }

    void widgetsShowTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("addressLabel");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("地址");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)")
                                  << QStringLiteral("アドレス");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("Address");
    }

    void widgetsShowTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, addressLabel);
        QCOMPARE(app::Translator::install(language), language);
        ui::MainWindow window;
        QCOMPARE(window.menuBar()->actions().value(0)->text(), fileMenu);
        QStringList labels;
        for (const QLabel* label : window.findChildren<QLabel*>())
            labels << label->text();
        QVERIFY2(labels.contains(addressLabel), qPrintable(labels.join(QLatin1Char('|'))));
    }

    void switchingLanguageAtRunTimeRetranslatesOpenWindows()
    {
        app::Translator::install(QStringLiteral("en"));
        ui::MainWindow window;
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        app::Translator::install(QStringLiteral("ja"));
        QCoreApplication::processEvents(); // LanguageChange is delivered as an event
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("ファイル(&F)"));
    }

    void everyErrorCodeReadsDifferentlyInEachLanguage()
    {
        for (const QString& code : protocol::codes::allCodes()) {
            const protocol::RpcError e = protocol::RpcError::make(code);
            app::Translator::install(QStringLiteral("en"));
            const QString en = agentlink::ErrorText::describe(e);
            app::Translator::install(QStringLiteral("zh_CN"));
            const QString zh = agentlink::ErrorText::describe(e);
            app::Translator::install(QStringLiteral("ja"));
            const QString ja = agentlink::ErrorText::describe(e);
            QVERIFY2(zh != en && ja != en && zh != ja, qPrintable(code));
        }
    }

    // A setting the agent refuses reads in the user's language, its values as the agent sent them;
    // a rule this console does not know falls back to the agent's English detail.
    void configFindingsReadInTheUsersLanguage()
    {
        const QJsonObject params{
            {QStringLiteral("field"), QStringLiteral("timing.dead_time_ms")},
            {QStringLiteral("detail"), QStringLiteral("50 is out of range (300 to 60000)")},
            {QStringLiteral("rule"), QStringLiteral("out_of_range")},
            {QStringLiteral("args"), QJsonArray{QStringLiteral("50"), QStringLiteral("300"), QStringLiteral("60000")}}};
        const auto describe = [&](const QJsonObject& p) {
            return agentlink::ErrorText::describe(
                protocol::RpcError::make(QString::fromLatin1(protocol::codes::kConfigFieldInvalid), p));
        };
        app::Translator::install(QStringLiteral("zh_CN"));
        QCOMPARE(describe(params),
                 QStringLiteral("设置项“timing.dead_time_ms”无效（50 超出范围（300 至 60000））。请更正。"));
        app::Translator::install(QStringLiteral("ja"));
        QVERIFY2(describe(params).contains(QStringLiteral("50 は範囲外です（300～60000）")),
                 qPrintable(describe(params)));
        QJsonObject unknown = params;
        unknown.insert(QStringLiteral("rule"), QStringLiteral("from_the_future"));
        QVERIFY(describe(unknown).contains(QStringLiteral("50 is out of range (300 to 60000)")));
        for (const QString& code : protocol::ConfigRule::codes()) {
            const protocol::ConfigRule rule{code, {QStringLiteral("x"), QStringLiteral("2"), QStringLiteral("3")}};
            app::Translator::install(QStringLiteral("zh_CN"));
            const QString zh = rule.translated();
            app::Translator::install(QStringLiteral("ja"));
            const QString ja = rule.translated();
            QVERIFY2(zh != rule.english() && ja != rule.english() && zh != ja, qPrintable(code));
        }
    }

    // Fencing and maintenance mode in the terms DOMAIN.md fixes for each language.
    void fencingAndMaintenanceUseTheAgreedTerms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fencing");
        QTest::addColumn<QString>("maintenance");
        QTest::addColumn<QString>("agent");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("隔离（Fencing）")
                                 << QStringLiteral("维护模式") << QStringLiteral("代理程序");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("フェンシング")
                                  << QStringLiteral("メンテナンスモード") << QStringLiteral("エージェント");
    }

    void fencingAndMaintenanceUseTheAgreedTerms()
    {
        QFETCH(QString, language);
        QFETCH(QString, fencing);
        QFETCH(QString, maintenance);
        QFETCH(QString, agent);
        QCOMPARE(app::Translator::install(language), language);
        const QString failed = agentlink::ErrorText::describe(protocol::RpcError::make(
            QStringLiteral("FENCE_FAILED"), {{QStringLiteral("node"), QStringLiteral("node2")},
                                             {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                             {QStringLiteral("exit_status"), 1},
                                             {QStringLiteral("detail"), QStringLiteral("x")}}));
        QVERIFY2(failed.contains(fencing) && failed.contains(QStringLiteral("node2")), qPrintable(failed));
        const QString refused = agentlink::ErrorText::describe(protocol::RpcError::make(
            QStringLiteral("MAINTENANCE_MODE"), {{QStringLiteral("group"), QStringLiteral("db")}}));
        QVERIFY2(refused.contains(maintenance) && refused.contains(agent), qPrintable(refused));
    }

    // A silent node's last claim after a takeover, and a failed stop, in each language's terms.
    void aSilentNodesLastClaimUsesTheAgreedTerms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN")
                                 << QStringList{QStringLiteral("无法连接"), QStringLiteral("纪元 2"),
                                                QStringLiteral("主用"), QStringLiteral("接管"),
                                                QStringLiteral("1 分 5 秒")};
        QTest::newRow("Japanese") << QStringLiteral("ja")
                                  << QStringList{QStringLiteral("接続不可"), QStringLiteral("エポック 2"),
                                                 QStringLiteral("アクティブ"), QStringLiteral("引き継ぎ"),
                                                 QStringLiteral("1 分 5 秒")};
    }

    void aSilentNodesLastClaimUsesTheAgreedTerms()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, terms);
        QCOMPARE(app::Translator::install(language), language);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        agentlink::StaleClaim claim;
        claim.node = QStringLiteral("node1");
        claim.epoch = 2;
        claim.lastHeard = now.addSecs(-65);
        claim.successor = QStringLiteral("node2");
        claim.successorEpoch = 3;
        const QString text = agentlink::ClaimText::lastClaim(claim, now);
        for (const QString& term : terms)
            QVERIFY2(text.contains(term), qPrintable(term + QStringLiteral(" not in: ") + text));
        QVERIFY2(text.contains(QStringLiteral("node2")) && text.contains(QLatin1Char('3')) && !text.contains('%'),
                 qPrintable(text));
        const QString stop = agentlink::ClaimText::stopFailed(QStringLiteral("node1"));
        QVERIFY2(stop.contains(QStringLiteral("node1")) && stop != QStringLiteral("Stop failed on node1: the group may "
                                                                                  "still run there."),
                 qPrintable(stop));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
