#pragma once

#include "app/Translator.h"
#include "tests/gui/LayoutCheck.h"
#include "tests/integration/ScriptedPrompter.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardModel.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest>

#include <memory>

// The setup wizard driven as a user would, for the GUI tests: widgets found by object name,
// fields filled, buttons pressed, and pages saved as PNGs in three languages.
namespace twinha::tests::wizard {

template <typename T> T* find(QWidget* root, const QString& name)
{
    T* w = root->findChild<T*>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

inline void setText(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = find<QLineEdit>(root, name);
    QVERIFY(edit);
    edit->setText(text);
}

inline void setNumber(QWidget* root, const QString& name, int value)
{
    auto* spin = find<QSpinBox>(root, name);
    QVERIFY(spin);
    spin->setValue(value);
}

inline QString labelText(QWidget* root, const QString& name)
{
    auto* label = find<QLabel>(root, name);
    return label ? label->text() : QString();
}

inline void click(QWidget* root, const QString& name)
{
    auto* button = find<QAbstractButton>(root, name);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    // click(), not a mouse click at the centre: a radio button only takes clicks on its label.
    button->click();
}

// Presses Next (or the commit button) and checks the wizard arrived at `id`.
inline void next(ui::SetupWizard& wizard, int id)
{
    QAbstractButton* button =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), id, 15000);
}

// Shows the wizard at `size` with a prompter that trusts new host keys, as a user who compared the
// fingerprints would; false when the window never appeared.
inline bool showWizard(ui::SetupWizard& wizard, const std::shared_ptr<ScriptedPrompter>& prompter, QSize size)
{
    prompter->trustHostKeys = true;
    wizard.setPrompter(prompter);
    wizard.resize(size);
    wizard.show();
    return QTest::qWaitForWindowExposed(&wizard);
}

// The widgets under `root` whose text is clipped, once layouts have settled: they settle in as many
// passes as nested layouts need after a change (a slow build needs longer).
inline QStringList settledClippedWidgets(QWidget* root)
{
    QStringList clipped;
    (void)QTest::qWaitFor(
        [&] {
            clipped = tests::clippedWidgets(root);
            return clipped.isEmpty();
        },
        3000);
    return clipped;
}

// On the Groups page: the model's first group as `name`, with the lab's stand-in for a virtual IP
// (tests/lab/vip-holder.sh `script`, which records the node holding it in `holder`), shown again.
inline void setStandInAddressGroup(ui::SetupWizard& wizard, const QString& name, const QString& script,
                                   const QString& holder)
{
    QVERIFY(!wizard.model().groups.isEmpty());
    ui::WizardModel::Resource r;
    r.type = protocol::ResourceType::Script;
    r.name = QStringLiteral("service-ip");
    r.start = script + QStringLiteral(" start ") + holder;
    r.stop = script + QStringLiteral(" stop ") + holder;
    r.status = script + QStringLiteral(" status ") + holder;
    wizard.model().groups[0].name = name;
    wizard.model().groups[0].resources = {r};
    wizard.currentPage()->initializePage();
}

inline QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja")};
}

// Saves the wizard as $TWINHA_SHOTS_DIR/wizard-<page><suffix>-<language>.png in each language, and
// fails on clipped text or on a page left in English.
inline void shoot(ui::SetupWizard& wizard, const QString& suffix = {})
{
    const QString dir = qEnvironmentVariable("TWINHA_SHOTS_DIR");
    QVERIFY(QDir().mkpath(dir));
    // Back in English however this ends: the test's own checks after a failed shot read English.
    struct English
    {
        ~English()
        {
            app::Translator::install(QStringLiteral("en"));
            QCoreApplication::processEvents();
        }
    } english;
    QString englishTitle;
    for (const QString& language : languages()) {
        app::Translator::install(language);
        // The language change arrives as posted events: deliver them before judging anything.
        QCoreApplication::processEvents();
        // A page still in English was never retranslated, and its shot would prove nothing.
        const QString title = wizard.currentPage()->title();
        if (language == QLatin1String("en"))
            englishTitle = title;
        else
            QVERIFY2(title != englishTitle, qPrintable(language + QStringLiteral(": ") + title));
        const QStringList clipped = settledClippedWidgets(&wizard);
        const QString path = QStringLiteral("%1/wizard-%2%3-%4.png")
                                 .arg(dir, ui::SetupWizard::pageKey(wizard.currentId()), suffix, language);
        QVERIFY2(wizard.grab().save(path), qPrintable(path));
        QVERIFY2(clipped.isEmpty(), qPrintable(path + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
    }
}

} // namespace twinha::tests::wizard
