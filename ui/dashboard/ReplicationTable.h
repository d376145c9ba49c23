#pragma once

#include "agentlink/ClusterView.h"

#include <QTableWidget>
#include <QTimer>

namespace twinha::ui {

// One row per replication channel, as its source reports it: state, lag against the limit, the
// last successful sync, what is still waiting to be shipped, and who reported it how long ago. A
// report from a node the console does not hear now is greyed and its state said as last reported. Its problems include
// the files a resync kept on either node after a split or a failover, until someone removes them.
class ReplicationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ReplicationTable(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view);
    static QString stateText(protocol::ReplicationState state);
    static QString keptText(const agentlink::KeptView& kept);
    // PostgreSQL: "Streaming, synchronous, timeline 2".
    static QString streamText(const agentlink::ChannelView& channel);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<agentlink::ChannelView> m_channels;
    agentlink::ClusterView m_view; // whose report each channel is, and how old
    QTimer m_ageTimer;
};

} // namespace twinha::ui
