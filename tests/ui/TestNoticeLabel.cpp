// A finding about a field leaves the screen as soon as that field is edited, whatever kind of
// field it is, and a later notice is not cleared by edits to an earlier finding's field.
#include "ui/switchover/NoticeLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>

#include <functional>

using twinha::ui::NoticeLabel;

class TestNoticeLabel : public QObject
{
    Q_OBJECT

private:
    // Shows a finding about `field`, checks it is there, edits the field and checks it is gone.
    static void clearsOnEdit(QWidget* field, const std::function<void()>& edit)
    {
        QWidget window;
        NoticeLabel notice(&window);
        field->setParent(&window);
        window.show();
        notice.showNotice(NoticeLabel::Kind::Error, QStringLiteral("Enter a cluster name."));
        notice.clearWhenEdited(field);
        QVERIFY(notice.isVisible());
        edit();
        QVERIFY2(!notice.isVisible(), qPrintable(field->metaObject()->className()));
        QVERIFY(notice.text().isEmpty());
        field->setParent(nullptr);
    }

private Q_SLOTS:
    void aFindingGoesWhenItsFieldIsEdited()
    {
        QLineEdit line;
        clearsOnEdit(&line, [&] { line.setText(QStringLiteral("mail")); });
        QSpinBox spin;
        clearsOnEdit(&spin, [&] { spin.setValue(22); });
        QComboBox combo;
        combo.addItems({QStringLiteral("a"), QStringLiteral("b")});
        clearsOnEdit(&combo, [&] { combo.setCurrentIndex(1); });
        QCheckBox check;
        clearsOnEdit(&check, [&] { check.setChecked(true); });
        QPlainTextEdit text;
        clearsOnEdit(&text, [&] { text.setPlainText(QStringLiteral("ipaddr=10.0.0.9")); });
    }

    void aLaterNoticeIsNotClearedByTheOldField()
    {
        QWidget window;
        NoticeLabel notice(&window);
        QLineEdit line(&window);
        window.show();
        notice.showNotice(NoticeLabel::Kind::Error, QStringLiteral("Enter a cluster name."));
        notice.clearWhenEdited(&line);
        notice.showNotice(NoticeLabel::Kind::Info, QStringLiteral("Connected."));
        line.setText(QStringLiteral("mail"));
        QVERIFY(notice.isVisible());
        QCOMPARE(notice.text(), QStringLiteral("Connected."));
    }
};

QTEST_MAIN(TestNoticeLabel)
#include "TestNoticeLabel.moc"
