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

private:
    Kind m_kind = Kind::Info;
};

} // namespace twinha::ui
