#pragma once

#include "agentlink/ClusterView.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;

namespace twinha::ui {

// The switchover readiness line, always visible: per group "Ready: node1 → node2" or
// "Blocked: <the agents' reasons>", and the one obvious action for that group.
class ReadinessPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ReadinessPanel(QWidget* parent = nullptr);

    void setView(const agentlink::ClusterView& view);
    // The sentence shown for group row `index` (tests, accessibility).
    QString lineText(int index) const;
    static QString describe(const agentlink::ReadinessView& r);
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
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QList<Row> m_rows;
};

} // namespace twinha::ui
