#include "ui/switchover/NoticeLabel.h"

#include <QMetaMethod>
#include <QMetaProperty>

namespace twinha::ui {

NoticeLabel::NoticeLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::TabFocus);
    setMargin(6);
    hide();
}

void NoticeLabel::showNotice(Kind kind, const QString& text)
{
    stopWatching();
    m_kind = kind;
    // Tints, not solid colours, so the text keeps the palette's contrast in light and dark themes.
    const char* tint = kind == Kind::Error     ? "rgba(198, 40, 40, 40)"
                       : kind == Kind::Warning ? "rgba(230, 150, 0, 50)"
                                               : "rgba(25, 118, 210, 30)";
    const char* border = kind == Kind::Error ? "#c62828" : kind == Kind::Warning ? "#e69600" : "#1976d2";
    setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(QLatin1String(tint), QLatin1String(border)));
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void NoticeLabel::clearNotice()
{
    stopWatching();
    clear();
    setAccessibleName(QString());
    hide();
}

void NoticeLabel::clearWhenEdited(QWidget* field)
{
    stopWatching();
    if (!field || isHidden())
        return;
    // The field's user property (a line edit's text, a spin box's value, a combo box's current text,
    // a check box's state) says when it was edited; a plain text edit has textChanged() only.
    const QMetaObject* meta = field->metaObject();
    QMetaMethod signal = meta->userProperty().notifySignal();
    if (!signal.isValid() && meta->indexOfSignal("textChanged()") >= 0)
        signal = meta->method(meta->indexOfSignal("textChanged()"));
    if (signal.isValid())
        m_watch = connect(field, signal, this, metaObject()->method(metaObject()->indexOfSlot("fieldEdited()")));
}

void NoticeLabel::fieldEdited()
{
    clearNotice();
}

void NoticeLabel::stopWatching()
{
    if (m_watch)
        disconnect(m_watch);
    m_watch = {};
}

} // namespace twinha::ui
