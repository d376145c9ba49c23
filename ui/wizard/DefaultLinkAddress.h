#pragma once

#include <QJsonObject>
#include <QString>

namespace twinha::ui {

// The heartbeat address a new pair starts with on one node: the SSH address if a non-loopback
// interface has it, else the first usable non-loopback address, else a loopback one (node.facts).
QString defaultLinkAddress(const QJsonObject& facts, const QString& sshAddress);

} // namespace twinha::ui
