#pragma once

#include <libssh/libssh.h>

#include <memory>

// RAII owners for libssh objects, so no path through the link code can forget an ssh_free.
namespace twinha::agentlink {

struct SshSessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};

struct SshChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};

struct SshKeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};

struct SshStringDeleter
{
    void operator()(char* s) const { ssh_string_free_char(s); }
};

using SshSessionPtr = std::unique_ptr<ssh_session_struct, SshSessionDeleter>;
using SshChannelPtr = std::unique_ptr<ssh_channel_struct, SshChannelDeleter>;
using SshKeyPtr = std::unique_ptr<ssh_key_struct, SshKeyDeleter>;
using SshCharPtr = std::unique_ptr<char, SshStringDeleter>;

} // namespace twinha::agentlink
