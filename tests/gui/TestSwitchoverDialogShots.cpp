#include "app/Translator.h"
#include "tests/gui/LayoutCheck.h"
#include "tests/gui/SwitchoverLab.h"
#include "tests/gui/TsvTranslator.h"
#include "ui/switchover/ForcedTakeoverDialog.h"
#include "ui/switchover/ProgressPage.h"
#include "ui/switchover/SwitchoverDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include <memory>

using namespace twinha;
using agentlink::OperationView;
using tests::SwitchoverLab;
using ui::SwitchoverDialog;
using State = ui::SwitchoverDialog::State;

// Every page of the switchover dialogs rendered offscreen in English, Chinese and Japanese,
// switched at run time (so re-translation is exercised too), saved as PNG for people to look at,
// and checked for text that does not fit. Strings not yet in the .ts files come from the
// new-strings TSV (TWINHA_NEW_STRINGS) when it exists.
class TestSwitchoverDialogShots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<tests::TsvTranslator> m_tsv;

    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja")}; }

    void useLanguage(const QString& language)
    {
        if (m_tsv) {
            QCoreApplication::removeTranslator(m_tsv.get());
            m_tsv.reset();
        }
        app::Translator::install(language);
        auto tsv = std::make_unique<tests::TsvTranslator>();
        if (tsv->loadTsv(qEnvironmentVariable("TWINHA_NEW_STRINGS"), language)) {
            QCoreApplication::installTranslator(tsv.get());
            m_tsv = std::move(tsv);
        }
        QCoreApplication::processEvents();
    }

    // Saves the widget as shots/<name>-<language>.png and fails on clipped text.
    static void shoot(QWidget* widget, const QString& name, const QString& language)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50); // layouts settle after a language change
        const QString dir = qEnvironmentVariable("TWINHA_SHOTS_DIR");
        QVERIFY(QDir().mkpath(dir));
        const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, name, language);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        const QStringList clipped = tests::clippedWidgets(widget);
        QVERIFY2(clipped.isEmpty(), qPrintable(path + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
    }

    void shootAllLanguages(QWidget* widget, const QString& name)
    {
        for (const QString& language : languages()) {
            useLanguage(language);
            shoot(widget, name, language);
            if (QTest::currentTestFailed())
                return;
        }
        useLanguage(QStringLiteral("en"));
    }

private Q_SLOTS:
    void cleanup() { useLanguage(QStringLiteral("en")); }

    void pagesOfASwitchoverAndARollbackFitInEveryLanguage()
    {
        SwitchoverLab lab;
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && lab.monitor->view().readiness.first().ready, 30000);

        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == State::Checked && dialog.plan().ready, 15000);
        shootAllLanguages(&dialog, QStringLiteral("1-prechecks-ready"));
        if (QTest::currentTestFailed())
            return;

        // The progress page as it was mid-way, in English; kept to render it in every language.
        OperationView midway;
        connect(lab.monitor.get(), &agentlink::ClusterMonitor::operationChanged, &dialog, [&](const OperationView& op) {
            if (op.isRunning() && op.steps.size() >= 2 && midway.isNull() && dialog.state() == State::Running) {
                midway = op;
                // No event loop here (we are inside the monitor's signal): a plain grab.
                dialog.grab().save(qEnvironmentVariable("TWINHA_SHOTS_DIR") +
                                   QStringLiteral("/2-progress-live-en.png"));
            }
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirm")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Finished, 40000);
        QCOMPARE(twinha::protocol::operationResultName(dialog.operation().result), QStringLiteral("done"));
        shootAllLanguages(&dialog, QStringLiteral("4-result-done"));
        if (QTest::currentTestFailed())
            return;

        if (!midway.isNull()) {
            ui::ProgressPage page;
            page.begin(midway, 400);
            page.resize(dialog.size());
            page.show();
            shootAllLanguages(&page, QStringLiteral("3-progress-page"));
            if (QTest::currentTestFailed())
                return;
            page.setConnectionLost(true);
            shootAllLanguages(&page, QStringLiteral("3-progress-connection-lost"));
        }

        // Switch back, with the start on node1 made to fail: the agents roll back.
        QFile fail(lab.lab.dir() + QStringLiteral("/node1/fail-start"));
        QVERIFY(fail.open(QIODevice::WriteOnly));
        fail.close();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("switchBack")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == State::Checked &&
                                     dialog.findChild<QPushButton*>(QStringLiteral("confirm"))->isEnabled(),
                                 30000);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirm")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Finished, 40000);
        QCOMPARE(twinha::protocol::operationResultName(dialog.operation().result), QStringLiteral("rolled_back"));
        shootAllLanguages(&dialog, QStringLiteral("5-result-rolled-back"));
        if (QTest::currentTestFailed())
            return;
    }

    void blockedPageAndForcedTakeoverFitInEveryLanguage()
    {
        SwitchoverLab lab({QStringLiteral("--lag-too-high")});
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && !lab.monitor->view().readiness.first().reasons.isEmpty(), 30000);

        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == State::Checked && !dialog.plan().isNull(), 15000);
        shootAllLanguages(&dialog, QStringLiteral("1-prechecks-blocked"));
        if (QTest::currentTestFailed())
            return;

        ui::ForcedTakeoverDialog force(lab.monitor.get(), QStringLiteral("service"), QStringLiteral("node2"));
        force.show();
        shootAllLanguages(&force, QStringLiteral("6-forced-takeover"));
        if (QTest::currentTestFailed())
            return;
        force.findChild<QLineEdit*>(QStringLiteral("confirmGroupName"))->setText(QStringLiteral("service"));
        shoot(&force, QStringLiteral("6-forced-takeover-confirmed"), QStringLiteral("en"));
        if (QTest::currentTestFailed())
            return;
    }
};

QTEST_MAIN(TestSwitchoverDialogShots)
#include "TestSwitchoverDialogShots.moc"
