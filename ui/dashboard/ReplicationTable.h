#pragma once

#include "agentlink/ClusterView.h"

#include <QTableWidget>

namespace twinha::ui {

// One row per replication channel, as its source reports it: state, lag against the limit, the
// last successful sync and what is still waiting to be shipped.
class ReplicationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ReplicationTable(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view);
    static QString stateText(const QString& state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<agentlink::ChannelView> m_channels;
};

} // namespace twinha::ui
