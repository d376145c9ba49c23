#pragma once

#include "agentlink/protocol/ConfigTerms.h"

#include <QString>
#include <QWidget>

#include <array>

namespace twinha::ui {

// A sketch of where the groups run in a cluster mode: two node boxes, the group(s) on them, and
// dashed arrows for where a group goes on switchover or failover. Sized from the font, coloured
// from the palette, so it follows the theme, the language and the screen's scale.
class ModeDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit ModeDiagram(QWidget* parent = nullptr);

    void setMode(protocol::ClusterMode mode);
    protocol::ClusterMode mode() const { return m_mode; }
    // Shown in the node boxes; empty: "Node 1", "Node 2".
    void setNodeNames(const QString& first, const QString& second);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry
    {
        int unit;
        int nodeWidth;
        int nodeHeight;
        int gap;
        int margin;
    };

    Geometry geometry() const;
    QString nodeTitle(int i) const;
    void retranslate();

    protocol::ClusterMode m_mode = protocol::ClusterMode::HotStandby;
    std::array<QString, 2> m_nodeNames;
};

} // namespace twinha::ui
