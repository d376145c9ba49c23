#pragma once

#include "agentlink/protocol/RpcMessage.h"
#include "ui/wizard/KeptValue.h"
#include "ui/wizard/WizardModel.h"

#include <QJsonObject>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace twinha::ui {

class PostgresCopy;
class WizardSession;

// The replication page's PostgreSQL choice: asks both agents for their clusters (postgres.discover),
// lists each node's with its role and the problems the agent found, lets the user pick one per
// node, and shows the primary's first lag figures. Stores the choice as a `postgresql` resource of
// the channel's group, placed before its virtual IP so the database is primary before clients come.
class PostgresBox : public QWidget
{
    Q_OBJECT

public:
    explicit PostgresBox(QWidget* parent = nullptr);
    ~PostgresBox() override;

    // What the model has: `group`'s postgresql resource preselects the clusters; the channel's limit.
    void load(const WizardModel& model, const QString& group, qint64 maxLagBytes);
    // Asks both nodes (again), with the replication role typed in the box.
    void discover(WizardSession* session, const std::array<QString, 2>& nodeNames);
    bool discovering() const { return m_nodes[0].pending || m_nodes[1].pending; }
    // Empty when the chosen clusters can be stored; else what to do first.
    QString problem(QWidget** field) const;
    qint64 maxLagBytes() const;
    // Writes the chosen clusters into `group` as its postgresql resource (the one it has, or a new
    // one before its first virtual IP).
    void store(WizardModel& model, const QString& group) const;

Q_SIGNALS:
    void discovered(); // both nodes answered (or could not be asked)

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Node
    {
        bool sent = false;
        bool pending = false;
        QJsonObject answer; // postgres.discover's result
        protocol::RpcError error;
        QLabel* title = nullptr;
        QComboBox* clusters = nullptr;
        QLabel* checks = nullptr;
    };

    void retranslate();
    void onAnswer(int node, const protocol::RpcMessage& reply);
    void fillClusters(int node);
    void showChecks();
    QString checkText(int node) const;
    QString firstLagText() const;
    QJsonObject chosen(int node) const;
    void offerCopy(); // when one cluster is a primary and the other no copy of it

    QLabel* m_userLabel;
    QLineEdit* m_user;
    QPushButton* m_discover;
    std::array<Node, 2> m_nodes;
    QLabel* m_maxLagLabel;
    QSpinBox* m_maxLagMiB;
    KeptValue<qint64> m_maxLagBytes;
    QLabel* m_firstLag;
    PostgresCopy* m_copy;
    std::array<QString, 2> m_hosts; // where each node's PostgreSQL is reached (its first heartbeat address)
    std::array<QString, 2> m_names;
    std::array<QString, 2> m_wantedDataDir; // from the loaded resource, picked when listed
    WizardSession* m_session = nullptr;
    int m_generation = 0;
};

} // namespace twinha::ui
