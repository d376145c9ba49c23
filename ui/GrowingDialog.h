#pragma once

#include <QDialog>

namespace twinha::ui {

// A dialog that grows with its wrapped text (a plan arrives, the language changes): a window does
// not follow its content's height-for-width by itself. It never shrinks, so it does not jump.
class GrowingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GrowingDialog(QWidget* parent = nullptr)
        : QDialog(parent)
    {}

protected:
    bool event(QEvent* event) override;
    void growToFit();
};

} // namespace twinha::ui
