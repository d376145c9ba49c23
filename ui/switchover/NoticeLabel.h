#pragma once

#include <QLabel>

namespace twinha::ui {

// An inline message bar (KeePassXC style) instead of a modal box: a wrapped sentence on a tinted
// background, hidden while empty. Keyboard users can reach and copy the text.
class NoticeLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Warning,
        Error,
    };

    explicit NoticeLabel(QWidget* parent = nullptr);

    void showNotice(Kind kind, const QString& text);
    void clearNotice();
    Kind kind() const { return m_kind; }
    // The notice shown now is about `field`: it goes away as soon as the user edits that field, so a
    // finding never stays on screen after its cause was fixed. The next notice ends the watch.
    void clearWhenEdited(QWidget* field);

private Q_SLOTS:
    void fieldEdited();

private:
    void stopWatching();

    Kind m_kind = Kind::Info;
    QMetaObject::Connection m_watch;
};

} // namespace twinha::ui
