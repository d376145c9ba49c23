#pragma once

#include <QColor>
#include <QWidget>

namespace twinha::ui {

// A thick horizontal line with a dot at each end: one heartbeat link. Each half takes the
// colour of the state its node reports, so "node1 hears node2 but not back" shows.
class LinkLine : public QWidget
{
    Q_OBJECT

public:
    explicit LinkLine(QWidget* parent = nullptr);

    void setColors(const QColor& left, const QColor& right);
    QSize sizeHint() const override { return {120, 14}; }
    QSize minimumSizeHint() const override { return {40, 14}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_left;
    QColor m_right;
};

} // namespace twinha::ui
