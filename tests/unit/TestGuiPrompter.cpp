#include "ui/GuiPrompter.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <functional>

using namespace twinha;
using agentlink::PromptAnswer;
using agentlink::PromptRequest;

// The prompter is called on a link worker thread and answered with dialogs on the GUI thread.
class TestGuiPrompter : public QObject
{
    Q_OBJECT

private:
    // Asks from a worker thread while this (GUI) thread keeps running its event loop.
    PromptAnswer askFromWorker(ui::GuiPrompter& prompter, const PromptRequest& request)
    {
        agentlink::LinkStop stop;
        PromptAnswer answer;
        std::atomic_bool done{false};
        QThread* worker = QThread::create([&] {
            answer = prompter.ask(request, stop);
            done = true;
        });
        worker->start();
        const bool finished = QTest::qWaitFor([&] { return done.load(); }, 10000);
        worker->wait(2000);
        delete worker;
        if (!finished)
            qWarning("the prompt was never answered");
        return answer;
    }

    // Clicks a button of the first visible message box whose button text contains `text`.
    void clickWhenShown(const QString& text)
    {
        QTimer::singleShot(50, this, [this, text] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                    for (QAbstractButton* b : box->buttons())
                        if (b->text().contains(text))
                            return b->click();
            clickWhenShown(text); // not up yet
        });
    }

    void typeWhenShown(const QString& text)
    {
        QTimer::singleShot(50, this, [this, text] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible()) {
                    dialog->findChild<QLineEdit*>()->setText(text);
                    return dialog->accept();
                }
            typeWhenShown(text);
        });
    }

    PromptRequest hostKeyRequest()
    {
        PromptRequest r;
        r.kind = PromptRequest::Kind::TrustHostKey;
        r.node = QStringLiteral("db1");
        r.host = QStringLiteral("10.0.0.1");
        r.hostKey = {QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:abcdef")};
        return r;
    }

private Q_SLOTS:
    void theHostKeyQuestionSaysTheAddressOnce_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expected");
        QTest::newRow("named") << "db1"
                               << "10.0.0.1" << 22
                               << "The console has never connected to node db1 (10.0.0.1:22) before.";
        QTest::newRow("wizard, before the name")
            << "127.0.0.1:18736"
            << "127.0.0.1" << 18736 << "The console has never connected to 127.0.0.1:18736 before.";
        QTest::newRow("named by host") << "db1.example"
                                       << "db1.example" << 22
                                       << "The console has never connected to db1.example:22 before.";
        QTest::newRow("IPv6") << "[::1]:2222"
                              << "::1" << 2222 << "The console has never connected to [::1]:2222 before.";
    }

    void theHostKeyQuestionSaysTheAddressOnce()
    {
        QFETCH(QString, node);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, expected);
        PromptRequest r = hostKeyRequest();
        r.node = node;
        r.host = host;
        r.port = port;
        QCOMPARE(ui::GuiPrompter::hostKeyQuestion(r), expected);
    }

    void trustingShowsTheFingerprintAndAccepts()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        clickWhenShown(QStringLiteral("Trust"));
        QVERIFY(askFromWorker(prompter, hostKeyRequest()).accepted);
    }

    void theFingerprintIsShownWholeOnOneLine()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        PromptRequest r = hostKeyRequest();
        r.hostKey.fingerprint = QStringLiteral("SHA256:") + QString(43, QLatin1Char('W')); // as wide as they come
        bool seen = false;
        int labelWidth = 0;
        int needed = 0;
        std::function<void()> look = [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    for (QLabel* l : box->findChildren<QLabel*>())
                        if (l->text().contains(r.hostKey.fingerprint)) {
                            seen = true;
                            labelWidth = l->width();
                            // The width the fingerprint needs in the font it is shown in.
                            const bool code = l->text().contains(QStringLiteral("<code>") + r.hostKey.fingerprint);
                            needed = (code ? QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                           : l->fontMetrics())
                                         .horizontalAdvance(r.hostKey.fingerprint);
                        }
                    box->defaultButton()->click();
                    return;
                }
            QTimer::singleShot(50, this, look);
        };
        QTimer::singleShot(50, this, look);
        QVERIFY(!askFromWorker(prompter, r).accepted);
        QVERIFY(seen);
        QVERIFY2(labelWidth >= needed, qPrintable(QStringLiteral("%1 < %2").arg(labelWidth).arg(needed)));
    }

    void cancelIsTheDefaultAndRefuses()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        QTimer::singleShot(100, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    QVERIFY(box->informativeText().contains(QLatin1String("SHA256:abcdef")));
                    box->defaultButton()->click(); // Enter on the dialog
                }
        });
        QVERIFY(!askFromWorker(prompter, hostKeyRequest()).accepted);
    }

    // Closing a cluster stops its link while the question is up: the worker is let go at once with
    // a refusal, without the GUI thread ever waiting for it, and the dialog closes by itself.
    void stoppingTheLinkWithdrawsAnOpenQuestion()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        agentlink::LinkStop stop;
        PromptAnswer answer;
        answer.accepted = true;
        std::atomic_bool done{false};
        QThread* worker = QThread::create([&] {
            answer = prompter.ask(hostKeyRequest(), stop);
            done = true;
        });
        worker->start();
        const auto shown = [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (qobject_cast<QMessageBox*>(w) && w->isVisible())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(), 5000);
        QElapsedTimer clock;
        clock.start();
        stop.request();
        const qint64 stopMs = clock.elapsed();
        QVERIFY2(stopMs < 50, qPrintable(QString::number(stopMs)));
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 1000);
        QVERIFY(!answer.accepted);
        QTRY_VERIFY_WITH_TIMEOUT(!shown(), 1000);
        QVERIFY(worker->wait(1000));
        delete worker;
    }

    // A question that the GUI thread has not even looked at yet when the link stops is never shown.
    void aQuestionWithdrawnBeforeItIsShownNeverShows()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        agentlink::LinkStop stop;
        PromptAnswer answer;
        QThread* worker = QThread::create([&] { answer = prompter.ask(hostKeyRequest(), stop); });
        worker->start();
        QThread::msleep(100); // the question is queued for this thread, which has not run it
        stop.request();
        QVERIFY(worker->wait(1000));
        delete worker;
        QVERIFY(!answer.accepted);
        QTest::qWait(100);
        for (QWidget* w : QApplication::topLevelWidgets())
            QVERIFY2(!(qobject_cast<QMessageBox*>(w) && w->isVisible()), "a withdrawn question was shown");
    }

    // The window the question belongs to goes (the wizard is closed): the question goes with it, as
    // a refusal, instead of leaving the worker waiting for a dialog that no longer exists.
    void aQuestionWhoseWindowIsClosedIsRefused()
    {
        auto* parent = new QWidget;
        ui::GuiPrompter prompter(parent);
        agentlink::LinkStop stop;
        PromptAnswer answer;
        answer.accepted = true;
        std::atomic_bool done{false};
        QThread* worker = QThread::create([&] {
            answer = prompter.ask(hostKeyRequest(), stop);
            done = true;
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(parent->findChild<QMessageBox*>() && parent->findChild<QMessageBox*>()->isVisible(),
                                 5000);
        delete parent;
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 1000);
        QVERIFY(!answer.accepted);
        QVERIFY(worker->wait(1000));
        delete worker;
    }

    void passwordIsTypedAndReturned()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        PromptRequest r;
        r.kind = PromptRequest::Kind::Password;
        r.user = QStringLiteral("admin");
        r.host = QStringLiteral("db1");
        typeWhenShown(QStringLiteral("s3cret"));
        const PromptAnswer answer = askFromWorker(prompter, r);
        QVERIFY(answer.accepted);
        QCOMPARE(answer.secrets.value(0), QByteArray("s3cret"));
    }

    void keyboardInteractiveAsksEachPromptInTurn()
    {
        QWidget parent;
        ui::GuiPrompter prompter(&parent);
        PromptRequest r;
        r.kind = PromptRequest::Kind::KeyboardInteractive;
        r.host = QStringLiteral("db1");
        r.prompts = {QStringLiteral("Password:"), QStringLiteral("Code:")};
        r.echo = {false, true};
        QStringList typed{QStringLiteral("s3cret"), QStringLiteral("123456")};
        std::function<void()> type = [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible() && !typed.isEmpty()) {
                    dialog->findChild<QLineEdit*>()->setText(typed.takeFirst());
                    dialog->accept();
                    break;
                }
            if (!typed.isEmpty())
                QTimer::singleShot(50, this, type);
        };
        QTimer::singleShot(50, this, type);
        const PromptAnswer answer = askFromWorker(prompter, r);
        QVERIFY(answer.accepted);
        QCOMPARE(answer.secrets, (QList<QByteArray>{"s3cret", "123456"}));
    }
};

QTEST_MAIN(TestGuiPrompter)
#include "TestGuiPrompter.moc"
