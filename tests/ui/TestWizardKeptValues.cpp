#include "ui/wizard/FenceBox.h"
#include "ui/wizard/PostgresBox.h"
#include "ui/wizard/WizardModel.h"

#include <QSpinBox>
#include <QtTest>

using namespace twinha;
using ui::WizardModel;

// Settings the wizard shows rounded (seconds for a fence's milliseconds, MiB for a lag limit's
// bytes) go back into the config as the file had them unless the user changed the box: going
// through the wizard to change something else must not loosen a safety limit on the way.
class TestWizardKeptValues : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMiB = 1024 * 1024;

    template <typename T> static T* field(QWidget* root, const QString& name)
    {
        T* w = root->findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void aFenceTimeoutOfPartSecondsIsWrittenBackAsItWas()
    {
        WizardModel model;
        model.fences[0].device = QStringLiteral("fence_ipmilan");
        model.fences[0].timeoutMs = 1500;
        model.fences[1].device = QStringLiteral("fence_ipmilan");
        model.fences[1].timeoutMs = 600000; // the agent's longest
        ui::FenceBox box;
        box.load(model);
        auto* first = field<QSpinBox>(&box, QStringLiteral("fenceTimeout0"));
        QCOMPARE(first->value(), 2); // rounded up: the box never shows less time than the device gets
        QCOMPARE(field<QSpinBox>(&box, QStringLiteral("fenceTimeout1"))->value(), 600);

        WizardModel out = model;
        out.fences[0].timeoutMs = out.fences[1].timeoutMs = 0;
        box.store(out);
        QCOMPARE(out.fences[0].timeoutMs, 1500);
        QCOMPARE(out.fences[1].timeoutMs, 600000);

        first->setValue(5); // the user's own value wins
        box.store(out);
        QCOMPARE(out.fences[0].timeoutMs, 5000);

        model.fences[0].timeoutMs = 0; // one the agent refuses is not kept: the nearest it accepts
        box.load(model);
        box.store(out);
        QCOMPARE(out.fences[0].timeoutMs, 1000);
    }

    void aLagLimitUnderAMebibyteNeverBecomesNoLimit()
    {
        WizardModel model;
        ui::PostgresBox box;
        auto* mib = field<QSpinBox>(&box, QStringLiteral("postgresMaxLagMiB"));

        box.load(model, QStringLiteral("db"), 500 * 1024);
        QCOMPARE(mib->value(), 1); // not 0, which the box shows as "no limit"
        QCOMPARE(box.maxLagBytes(), qint64(500 * 1024));

        box.load(model, QStringLiteral("db"), 3 * kMiB + 1);
        QCOMPARE(box.maxLagBytes(), 3 * kMiB + 1);
        mib->setValue(16);
        QCOMPARE(box.maxLagBytes(), 16 * kMiB);

        box.load(model, QStringLiteral("db"), -5); // not kept: the agent refuses a negative limit
        QCOMPARE(box.maxLagBytes(), qint64(0));
        box.load(model, QStringLiteral("db"), 0); // no limit stays no limit
        QCOMPARE(mib->value(), 0);
        QCOMPARE(box.maxLagBytes(), qint64(0));
    }
};

QTEST_MAIN(TestWizardKeptValues)
#include "TestWizardKeptValues.moc"
