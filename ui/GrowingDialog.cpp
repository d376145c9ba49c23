#include "ui/GrowingDialog.h"

#include <QEvent>
#include <QLayout>

#include <algorithm>

namespace twinha::ui {

void GrowingDialog::growToFit()
{
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int w = std::max(width(), sizeHint().width());
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    if (w > width() || h > height())
        resize(w, std::max(h, height()));
}

bool GrowingDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // Any change of content below (text, a new row, a page) ends in a layout request here.
    if (event->type() == QEvent::LayoutRequest)
        growToFit();
    return handled;
}

} // namespace twinha::ui
