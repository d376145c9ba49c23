#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QJsonObject>
#include <QMetaObject>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace twinha::ui {

class WizardSession;

// The PostgreSQL box's offer to make the standby node's cluster a copy of the primary
// (postgres.basebackup on the standby node), with the copy's progress. The agent keeps what the
// standby's data folder held; the box asks both nodes again once the copy is done.
class PostgresCopy : public QWidget
{
    Q_OBJECT

public:
    struct Offer
    {
        int standbyNode = -1;
        QString standbyName;
        QString primaryName;
        QJsonObject standbyCluster; // postgres.discover's entry for it
        QString sourceHost;         // where the standby reaches the primary
        int sourcePort = 5432;
        QString user;
        qint64 expectedBytes = 0; // the primary's databases
    };

    explicit PostgresCopy(QWidget* parent = nullptr);

    // Shows the offer (or hides it, for an Offer with no standby node) unless a copy runs.
    void setOffer(WizardSession* session, const Offer& offer);
    bool running() const { return m_running; }

Q_SIGNALS:
    void copied(); // the copy succeeded: the clusters changed

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void onProgress(const QString& method, const QJsonObject& params);
    void onReply(const protocol::RpcMessage& reply);

    QLabel* m_text;
    QPushButton* m_start;
    QProgressBar* m_bar;
    QLabel* m_result;
    WizardSession* m_session = nullptr;
    Offer m_offer;
    bool m_running = false;
    QMetaObject::Connection m_progress;
};

} // namespace twinha::ui
