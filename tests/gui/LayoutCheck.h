#pragma once

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace twinha::tests {

// Visible labels and buttons whose text does not fit the space the layout gave them, or that
// stick out of their parent: clipping that a long translation brings.
inline QStringList clippedWidgets(QWidget* root)
{
    QStringList out;
    const auto name = [](const QWidget* w) -> QString {
        const QString id =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        return id + QStringLiteral(" (") +
               (qobject_cast<const QLabel*>(w) ? qobject_cast<const QLabel*>(w)->text()
                                               : qobject_cast<const QAbstractButton*>(w)->text()) +
               QLatin1Char(')');
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->text().isEmpty() || l->pixmap().isNull() == false)
                continue;
            const bool fits = l->wordWrap()
                                  ? l->height() >= l->heightForWidth(l->width())
                                  : l->width() >= l->sizeHint().width() && l->height() >= l->sizeHint().height();
            // A wrapped label cannot break a word wider than itself: its end is cut off (a host-key
            // fingerprint lost its last character that way).
            if (l->wordWrap() && l->textFormat() == Qt::PlainText) {
                int widest = 0;
                QString word;
                // Chinese and Japanese break between any two characters: only runs of other letters count.
                static const QRegularExpression breaks(QStringLiteral("[\\s\\x{2E80}-\\x{FFFF}]+"));
                for (const QString& token : l->text().split(breaks)) {
                    const int advance = l->fontMetrics().horizontalAdvance(token);
                    if (advance > widest) {
                        widest = advance;
                        word = token;
                    }
                }
                if (widest > l->contentsRect().width() - 2 * l->margin())
                    out << name(w) + QStringLiteral(": the word \"%1\" needs %2 px, has %3")
                                         .arg(word)
                                         .arg(widest)
                                         .arg(l->contentsRect().width());
            }
            if (!fits)
                out << name(w) + QStringLiteral(" %1x%2, needs %3x%4")
                                     .arg(l->width())
                                     .arg(l->height())
                                     .arg(l->wordWrap() ? l->width() : l->sizeHint().width())
                                     .arg(l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height());
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            if (b->text().isEmpty())
                continue;
            if (b->width() < b->sizeHint().width())
                out << name(w);
        } else {
            continue;
        }
        if (w->parentWidget() && !w->parentWidget()->rect().contains(w->geometry()))
            out << QStringLiteral("outside its parent: ") + name(w);
    }
    return out;
}

} // namespace twinha::tests
