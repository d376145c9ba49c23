#pragma once

#include "agentlink/ClusterView.h"

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QTimer>

class QGridLayout;
class QLabel;
class QPushButton;

namespace twinha::ui {

// The switchover readiness line, always visible: per group "Ready: node1 → node2" or
// "Blocked: <the agents' reasons>", whose verdict it is and how old, and the one obvious action for
// that group. A verdict from a node the console does not hear now is grey and says since when.
class ReadinessPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ReadinessPanel(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view);
    // The sentence shown for group row `index` (tests, accessibility).
    QString lineText(int index) const;
    // The verdict in words; a replication reason that names only its channel takes the cause from
    // that channel's own report (`channels`), as the replication table shows it.
    static QString describe(const agentlink::ReadinessView& r, const QList<agentlink::ChannelView>& channels = {});
    static protocol::RpcError withChannelCause(const protocol::RpcError& reason,
                                               const QList<agentlink::ChannelView>& channels);
    static QString actionText(const agentlink::ReadinessView& r);

Q_SIGNALS:
    void switchoverRequested(const QString& group, const QString& to);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* mark;
        QLabel* text;
        QPushButton* action;
    };

    void render();

    QList<agentlink::ReadinessView> m_readiness;
    agentlink::ClusterView m_view;
    QTimer m_ageTimer;
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QList<Row> m_rows;
};

} // namespace twinha::ui
