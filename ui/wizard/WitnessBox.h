#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace twinha::ui {

struct WizardModel;

// The failover page's witness tab: the address of `twinha-agent witness` on a third host and the lease
// TTL, with the trade-off said plainly (a takeover after a failure takes about one TTL).
class WitnessBox : public QWidget
{
    Q_OBJECT

public:
    explicit WitnessBox(QWidget* parent = nullptr);

    void load(const WizardModel& model);
    void store(WizardModel& model) const;
    // What is wrong with the entries (empty when nothing), and the field to focus.
    QString problem(QWidget** field) const;
    // "host:port" with a port, IPv6 in brackets, as the agent reads it.
    static bool isValidAddress(const QString& address);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_help;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_ttlLabel;
    QSpinBox* m_ttl;
    QLabel* m_ttlHelp;
    QLabel* m_etcd;
    QStringList m_etcdUrls;
};

} // namespace twinha::ui
