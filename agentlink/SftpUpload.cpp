#include "agentlink/SftpUpload.h"

#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>

#include <libssh/sftp.h>

#include <fcntl.h>

#include <memory>

namespace twinha::agentlink {

namespace {

struct SftpSessionDeleter
{
    void operator()(sftp_session s) const { sftp_free(s); }
};
struct SftpFileDeleter
{
    void operator()(sftp_file f) const { sftp_close(f); }
};

} // namespace

protocol::RpcError sftpUpload(SshConnection& connection, const QString& localPath, const QString& remotePath)
{
    const auto failed = [&](const QString& detail) {
        return protocol::RpcError::make(protocol::codes::kInstallUploadFailed,
                                        {{QStringLiteral("node"), connection.endpoint().name},
                                         {QStringLiteral("path"), remotePath},
                                         {QStringLiteral("detail"), detail}});
    };
    const auto sshDetail = [&] { return QString::fromUtf8(ssh_get_error(connection.session())); };
    QFile local(localPath);
    if (!local.open(QIODevice::ReadOnly))
        return failed(localPath + QStringLiteral(": ") + local.errorString());
    std::unique_ptr<sftp_session_struct, SftpSessionDeleter> sftp(sftp_new(connection.session()));
    if (!sftp || sftp_init(sftp.get()) != SSH_OK)
        return failed(sshDetail());
    const QByteArray path = remotePath.toUtf8();
    std::unique_ptr<sftp_file_struct, SftpFileDeleter> file(
        sftp_open(sftp.get(), path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644));
    if (!file)
        return failed(sshDetail());
    QByteArray chunk;
    while (!(chunk = local.read(32 * 1024)).isEmpty()) {
        if (connection.stop().requested())
            return failed(QStringLiteral("stopped"));
        if (sftp_write(file.get(), chunk.constData(), size_t(chunk.size())) != ssize_t(chunk.size()))
            return failed(sshDetail());
    }
    if (local.error() != QFileDevice::NoError)
        return failed(localPath + QStringLiteral(": ") + local.errorString());
    if (sftp_close(file.release()) != SSH_OK)
        return failed(sshDetail());
    return {};
}

} // namespace twinha::agentlink
