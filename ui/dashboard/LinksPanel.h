#pragma once

#include "agentlink/ClusterView.h"

#include <QFrame>
#include <QList>
#include <QTimer>

class QLabel;
class QVBoxLayout;

namespace twinha::ui {

class LinkLine;

// The heartbeat links drawn between the two node cards: per link a line coloured by its state
// as both nodes see it, with RTT and loss from each side and the age of each side's report. The
// half of a node the console does not hear now is grey and says since when, whatever it last said.
class LinksPanel : public QFrame
{
    Q_OBJECT

public:
    explicit LinksPanel(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view, const QStringList& nodeNames);
    int linkCount() const { return m_view.links.size(); }
    // The text shown for link `index` (for tests and accessibility): per node its state with the
    // age of its report, or, for a node the console does not hear now, since when and what it last said.
    QString linkText(int index) const;
    // Side `side` (node index) is drawn grey: the console does not hear that node now.
    bool sideIsStale(int side) const;

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
    QString sideText(int index, int side, const QDateTime& now) const;

    agentlink::ClusterView m_view;
    QStringList m_names;
    QLabel* m_title = nullptr;
    QLabel* m_none = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QList<Row> m_rowWidgets;
    QTimer m_ageTimer;
};

} // namespace twinha::ui
