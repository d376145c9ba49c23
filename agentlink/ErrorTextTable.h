#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

// ErrorText's table of sentences, split over two files so neither grows too long. Internal to
// ErrorText; everyone else calls ErrorText::describe().
namespace twinha::agentlink::errortext {

using Render = std::function<QString(const QJsonObject&)>;
using Table = QHash<QString, Render>;

// A parameter as text ("" when absent); numbers without a trailing ".0", lists joined by ", ".
QString str(const QJsonObject& p, const char* key);
// "host:port" from the host and port parameters.
QString where(const QJsonObject& p);
// A config finding in the user's language: its rule ("rule", "args") when this console knows it,
// else the agent's English "detail".
QString configRule(const QJsonObject& p);

void addAgentRenderers(Table& table);       // ErrorTextAgent.cpp
void addConfigApplyRenderers(Table& table); // ErrorTextConfigApply.cpp
void addInstallRenderers(Table& table);     // ErrorTextInstall.cpp
void addMirrorSshRenderers(Table& table);   // ErrorTextMirrorSsh.cpp
void addPostgresRenderers(Table& table);    // ErrorTextPostgres.cpp

} // namespace twinha::agentlink::errortext
