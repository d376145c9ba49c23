#pragma once

#include <QListWidget>

class QMenu;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

// The pairs the console watches, each with a badge of its state (OK, degraded, split-brain,
// unreachable), the worst first: split-brain, unreachable, degraded, connecting, then OK, and
// within each the order they were added in. A filter hides the pairs whose name and state do not
// contain its text. Its context menu offers "Reconnect" and "Remove from list" for the pair under
// the pointer.
// Pairs are named by their index: the order they were added in, which the sorting does not
// change (MainWindow keeps its pairs in that order).
class ClusterListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit ClusterListWidget(QWidget* parent = nullptr);

    void addCluster(agentlink::ClusterMonitor* monitor);
    void removeCluster(int index);
    agentlink::ClusterMonitor* monitorAt(int index) const;
    QString rowText(int index) const;
    // The selected pair, or -1.
    int currentCluster() const;
    void setCurrentCluster(int index);
    // Case-insensitive; empty shows every pair.
    void setFilter(const QString& text);
    // The names of the pairs shown, top to bottom.
    QStringList shownNames() const;
    // The context menu for the pair `index` (built anew each time, so it is always in the current
    // language).
    QMenu* contextMenuFor(int index);

Q_SIGNALS:
    void currentClusterChanged(int index);
    void reconnectRequested(int index);
    void removeRequested(int index);

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    class Item;
    Item* itemOf(int index) const;
    int indexOf(const QListWidgetItem* item) const;
    void refresh(int index);
    void applyFilter(QListWidgetItem* item);

    QList<agentlink::ClusterMonitor*> m_monitors;
    QString m_filter;
    quint64 m_added = 0;
};

} // namespace twinha::ui
