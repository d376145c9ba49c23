#pragma once

#include "tests/FreePort.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

// A real single-member etcd (Debian's etcd-server) on 127.0.0.1 for one test: its own data folder
// and free ports, stopped with the object. Empty url() when etcd is not installed.
class EtcdServer
{
public:
    EtcdServer()
    {
        const QString etcd = QStandardPaths::findExecutable(QStringLiteral("etcd"));
        if (etcd.isEmpty() || !m_dir.isValid())
            return;
        const quint16 client = twinha::tests::freeTcpPort();
        const quint16 peer = twinha::tests::freeTcpPort();
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(client);
        const QString peerUrl = QStringLiteral("http://127.0.0.1:%1").arg(peer);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("etcd.log")));
        m_process.start(etcd, {QStringLiteral("--name"), QStringLiteral("t"), QStringLiteral("--data-dir"),
                               m_dir.filePath(QStringLiteral("data")), QStringLiteral("--listen-client-urls"), m_url,
                               QStringLiteral("--advertise-client-urls"), m_url, QStringLiteral("--listen-peer-urls"),
                               peerUrl, QStringLiteral("--initial-advertise-peer-urls"), peerUrl,
                               QStringLiteral("--initial-cluster"), QStringLiteral("t=") + peerUrl});
        // Ready when the client port answers.
        m_ready = QTest::qWaitFor(
            [&] {
                QTcpSocket s;
                s.connectToHost(QStringLiteral("127.0.0.1"), client);
                return s.waitForConnected(100);
            },
            15000);
    }
    ~EtcdServer() { stop(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool isReady() const { return m_ready; }
    QString url() const { return m_url; }
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("etcd.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(3000)) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    bool m_ready = false;
};
