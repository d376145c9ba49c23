#include "PseudoTranslator.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using ui::ConsoleSettings;

// The form shows the stored values, OK and Apply store what it shows, Cancel stores nothing, and
// it can be used from the keyboard and by a screen reader.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;

    template <typename T> T* field(ui::SettingsDialog& d, const char* name)
    {
        T* w = d.findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QPushButton* button(ui::SettingsDialog& d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox*>()->button(which);
    }
    void fillForm(ui::SettingsDialog& d)
    {
        auto* language = field<QComboBox>(d, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        field<QCheckBox>(d, "notifyLinkLoss")->setChecked(false);
        field<QCheckBox>(d, "notifySplitBrain")->setChecked(false);
        field<QSpinBox>(d, "chartWindow")->setValue(30);
        field<QSpinBox>(d, "lagWarning")->setValue(12);
    }

private Q_SLOTS:
    void init()
    {
        m_settings.reset(); // first: QSettings writes back what it holds when it goes
        QFile::remove(m_dir.filePath(QStringLiteral("console.ini")));
        m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
    }

    void formShowsTheStoredValues()
    {
        ConsoleSettings::Values v;
        v.language = QStringLiteral("zh_CN");
        v.notifyFailover = false;
        v.chartWindowMinutes = 60;
        v.lagWarningSeconds = 3;
        m_settings->setValues(v);
        ui::SettingsDialog d(m_settings.get());
        QVERIFY(d.formValues() == v);
        QCOMPARE(field<QComboBox>(d, "language")->currentText(), QStringLiteral("简体中文"));
        QVERIFY(!field<QCheckBox>(d, "notifyFailover")->isChecked());
        QCOMPARE(field<QSpinBox>(d, "chartWindow")->value(), 60);
    }

    void okStoresTheForm()
    {
        ui::SettingsDialog d(m_settings.get());
        QSignalSpy chosen(&d, &ui::SettingsDialog::languageChosen);
        fillForm(d);
        button(d, QDialogButtonBox::Ok)->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->language(), QStringLiteral("ja"));
        QVERIFY(!m_settings->notifies(ConsoleSettings::Notification::LinkLoss));
        QVERIFY(m_settings->notifies(ConsoleSettings::Notification::Failover));
        QVERIFY(!m_settings->notifies(ConsoleSettings::Notification::SplitBrain));
        QCOMPARE(m_settings->chartWindowMinutes(), 30);
        QCOMPARE(m_settings->lagWarningSeconds(), 12);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("ja"));
    }

    void cancelStoresNothing()
    {
        ui::SettingsDialog d(m_settings.get());
        QSignalSpy changed(m_settings.get(), &ConsoleSettings::changed);
        fillForm(d);
        button(d, QDialogButtonBox::Cancel)->click();
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_settings->values() == ConsoleSettings::Values());
    }

    void applyIsOfferedOnlyForChanges()
    {
        ui::SettingsDialog d(m_settings.get());
        QPushButton* apply = button(d, QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());
        field<QSpinBox>(d, "lagWarning")->setValue(7);
        QVERIFY(apply->isEnabled());
        QSignalSpy chosen(&d, &ui::SettingsDialog::languageChosen);
        apply->click();
        QCOMPARE(m_settings->lagWarningSeconds(), 7);
        QVERIFY(!apply->isEnabled());
        QCOMPARE(chosen.count(), 0); // the language did not change
        field<QSpinBox>(d, "lagWarning")->setValue(5);
        QVERIFY(apply->isEnabled());
        field<QSpinBox>(d, "lagWarning")->setValue(7); // back to what is stored
        QVERIFY(!apply->isEnabled());
    }

    void languagesAreNamedInTheirOwnScript()
    {
        ui::SettingsDialog d(m_settings.get());
        auto* language = field<QComboBox>(d, "language");
        QStringList names, codes;
        for (int i = 0; i < language->count(); ++i) {
            names << language->itemText(i);
            codes << language->itemData(i).toString();
        }
        QCOMPARE(codes, ConsoleSettings::languages());
        QCOMPARE(names, (QStringList{"Follow system", "简体中文", "日本語", "English"}));

        PseudoTranslator pseudo; // a translation must not touch the names
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        QVERIFY(PseudoTranslator::isPseudo(language->itemText(0)));
        QCOMPARE(language->itemText(1), QStringLiteral("简体中文"));
        QCOMPARE(language->itemText(2), QStringLiteral("日本語"));
        QCOMPARE(language->itemText(3), QStringLiteral("English"));
        QCoreApplication::removeTranslator(&pseudo);
        QCoreApplication::processEvents();
    }

    void everyFieldHasAnAccessibleNameAndAMnemonic()
    {
        ui::SettingsDialog d(m_settings.get());
        const QList<QWidget*> fields{field<QComboBox>(d, "language"), field<QSpinBox>(d, "chartWindow"),
                                     field<QSpinBox>(d, "lagWarning")};
        for (QWidget* w : fields) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
            bool hasLabel = false;
            for (const QLabel* label : d.findChildren<QLabel*>())
                hasLabel = hasLabel || (label->buddy() == w && label->text().contains(QLatin1Char('&')));
            QVERIFY2(hasLabel, qPrintable(w->objectName()));
        }
        for (QCheckBox* box : d.findChildren<QCheckBox*>()) {
            QVERIFY2(box->text().contains(QLatin1Char('&')), qPrintable(box->objectName()));
            QVERIFY(box->focusPolicy() & Qt::TabFocus);
        }
    }

    void tabVisitsEveryFieldInOrder()
    {
        ui::SettingsDialog d(m_settings.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QStringList expected{"language",       "chartWindow",      "lagWarning", "notifyLinkLoss",
                                   "notifyFailover", "notifySplitBrain", "notifyLag"};
        field<QComboBox>(d, "language")->setFocus();
        QStringList visited;
        for (int i = 0; i < expected.size(); ++i) {
            QWidget* w = QApplication::focusWidget(); // a spin box's focus sits in its line edit
            while (w && !expected.contains(w->objectName()))
                w = w->parentWidget();
            visited << (w ? w->objectName() : QStringLiteral("?"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(visited, expected);
    }

    void languageChangeRetranslatesTheForm()
    {
        ui::SettingsDialog d(m_settings.get());
        const QString title = d.windowTitle();
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        QVERIFY(PseudoTranslator::isPseudo(d.windowTitle()));
        QVERIFY(PseudoTranslator::isPseudo(field<QGroupBox>(d, "notifications")->title()));
        for (QCheckBox* box : d.findChildren<QCheckBox*>())
            QVERIFY(PseudoTranslator::isPseudo(box->text()));
        for (QLabel* label : d.findChildren<QLabel*>())
            QVERIFY2(PseudoTranslator::isPseudo(label->text()), qPrintable(label->text()));
        QVERIFY(PseudoTranslator::isPseudo(field<QSpinBox>(d, "chartWindow")->suffix()));
        QCoreApplication::removeTranslator(&pseudo);
        QCoreApplication::processEvents();
        QCOMPARE(d.windowTitle(), title);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
