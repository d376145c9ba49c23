#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QCoreApplication>
#include <QString>

namespace twinha::agentlink {

// Turns error and reason codes into sentences in the user's language: what went wrong and what to
// do about it. Lives beside the link, not in the UI, so twinhactl speaks the same words.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const protocol::RpcError& error);
    // True when describe() has a sentence of its own for the code (not the generic fallback).
    static bool knows(const QString& code);
};

} // namespace twinha::agentlink
