#pragma once

#include "agentlink/ClusterView.h"

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

namespace twinha::ui {

class LinkLine;

// The heartbeat links drawn between the two node cards: per link a line coloured by its state
// as both nodes see it, with RTT and loss from each side.
class LinksPanel : public QFrame
{
    Q_OBJECT

public:
    explicit LinksPanel(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view, const QStringList& nodeNames);
    int linkCount() const { return m_view.links.size(); }
    // The text shown for link `index` (for tests and accessibility).
    QString linkText(int index) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget;
        QLabel* name;
        LinkLine* line;
        QLabel* figures;
    };

    void render();
    void rebuildRows();

    agentlink::ClusterView m_view;
    QStringList m_names;
    QLabel* m_title = nullptr;
    QLabel* m_none = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QList<Row> m_rowWidgets;
};

} // namespace twinha::ui
