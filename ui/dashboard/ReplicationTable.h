#pragma once

#include "agentlink/ClusterView.h"

#include <QTableWidget>

namespace twinha::ui {

// One row per replication channel, as its source reports it: state, lag against the limit, the
// last successful sync and what is still waiting to be shipped. Its problems include the files a
// resync kept on either node after a split or a failover, until someone removes them.
class ReplicationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ReplicationTable(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view);
    static QString stateText(const QString& state);
    static QString keptText(const agentlink::KeptView& kept);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<agentlink::ChannelView> m_channels;
};

} // namespace twinha::ui
