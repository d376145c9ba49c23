#include "ui/wizard/ConfigDiffView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace twinha::ui {

ConfigDiffView::ConfigDiffView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("configDiff"));
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void ConfigDiffView::showDiff(const QString& before, const QString& after)
{
    m_lines = LineDiff::compute(before, after);
    m_added = 0;
    m_removed = 0;
    for (const LineDiff::Line& l : std::as_const(m_lines)) {
        m_added += l.kind == LineDiff::Kind::Added ? 1 : 0;
        m_removed += l.kind == LineDiff::Kind::Removed ? 1 : 0;
    }
    render();
}

void ConfigDiffView::render()
{
    clear();
    // Which lines show: the changed ones and kContext on each side of them.
    QList<bool> shown(m_lines.size(), false);
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).kind != LineDiff::Kind::Same)
            for (qsizetype k = std::max<qsizetype>(0, i - kContext);
                 k <= std::min<qsizetype>(m_lines.size() - 1, i + kContext); ++k)
                shown[k] = true;
    QTextCursor cursor(document());
    QTextCharFormat quiet;
    quiet.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    bool first = true;
    const auto block = [&](const QString& text, const QColor& background, const QTextCharFormat& chars = {}) {
        if (!first)
            cursor.insertBlock();
        first = false;
        QTextBlockFormat format;
        if (background.isValid())
            format.setBackground(background);
        cursor.setBlockFormat(format);
        cursor.insertText(text, chars);
    };
    if (m_added == 0 && m_removed == 0) {
        block(tr("No change: the file stays exactly as it is."), QColor(), quiet);
        return;
    }
    qsizetype folded = 0;
    for (qsizetype i = 0; i <= m_lines.size(); ++i) {
        if (i < m_lines.size() && !shown.at(i)) {
            ++folded;
            continue;
        }
        if (folded > 0)
            block(tr("⋯ %n unchanged line(s)", nullptr, int(folded)), QColor(), quiet);
        folded = 0;
        if (i == m_lines.size())
            break;
        const LineDiff::Line& l = m_lines.at(i);
        switch (l.kind) {
        case LineDiff::Kind::Same:
            block(QStringLiteral("  ") + l.text, QColor());
            break;
        case LineDiff::Kind::Removed:
            block(QStringLiteral("- ") + l.text, QColor(0xfd, 0xe2, 0xe2));
            break;
        case LineDiff::Kind::Added:
            block(QStringLiteral("+ ") + l.text, QColor(0xdc, 0xfc, 0xe0));
            break;
        }
    }
    moveCursor(QTextCursor::Start);
}

void ConfigDiffView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_lines.isEmpty())
        render();
    QPlainTextEdit::changeEvent(event);
}

} // namespace twinha::ui
