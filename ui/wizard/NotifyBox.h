#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

namespace twinha::ui {

class NoticeLabel;
class WizardSession;
struct WizardModel;

// The failover page's alerts tab: mail addresses and a webhook the agents tell themselves, with
// no console open, when a group fails over or switches, a split-brain is seen, a link goes down,
// the lag passes its limit or a node is fenced ([[notify]]). "Send a test message" has each
// connected node send one now (node.test_notify) and says whether it went out, and if not, why.
class NotifyBox : public QWidget
{
    Q_OBJECT

public:
    explicit NotifyBox(QWidget* parent = nullptr);

    void setSession(WizardSession* session, const std::array<QString, 2>& names);
    void load(const WizardModel& model);
    void store(WizardModel& model) const;
    QString problem(QWidget** field) const; // empty when the entries are fine (or empty)

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Way
    {
        Mail,
        Webhook,
    };
    struct Test
    {
        int node = 0;
        Way way = Way::Mail;
        bool done = false;
        protocol::RpcError error;
        QJsonObject result;
    };

    void retranslate();
    void sendTest();
    void showTests();
    void resetTests();
    QString line(const Test& t) const;

    QLabel* m_help;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_webhookLabel;
    QLineEdit* m_webhook;
    QLabel* m_events;
    QPushButton* m_test;
    NoticeLabel* m_testResult;
    WizardSession* m_session = nullptr;
    std::array<QString, 2> m_names;
    QString m_sendmail; // the file's, for the test; empty: the agent's default
    QList<Test> m_tests;
    bool m_noneSent = false;
    int m_generation = 0;
};

} // namespace twinha::ui
