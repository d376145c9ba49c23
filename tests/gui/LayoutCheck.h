#pragma once

#include <QAbstractButton>
#include <QLabel>
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
