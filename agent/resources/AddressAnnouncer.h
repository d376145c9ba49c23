#pragma once

#include "agent/resources/CommandRunner.h"
#include "agent/resources/GratuitousArp.h"
#include "agent/resources/VipAddress.h"

#include <memory>
#include <string>

namespace twinha::agent {

// Tells the neighbours that an address now lives here, so traffic follows it at once instead of
// after their ARP caches expire. Our own gratuitous ARP first, `arping -U` if the raw socket fails.
// Best effort: the address works without it, so failures are logged, never reported as errors.
class AddressAnnouncer : public QObject
{
    Q_OBJECT
public:
    AddressAnnouncer(const QString& interface, const VipAddress& vip, const QString& netns, std::string logName,
                     QObject* parent = nullptr);

    void announce();
    void cancel(); // the address is being given up: say nothing more about it

private:
    QString m_interface;
    VipAddress m_vip;
    QString m_netns;
    std::string m_logName;
    std::unique_ptr<GratuitousArp> m_garp;
    CommandRunner m_arping;
};

} // namespace twinha::agent
