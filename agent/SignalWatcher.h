#pragma once

#include <QObject>

class QSocketNotifier;

namespace twinha::agent {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal (self-pipe), so shutdown runs in the event
// loop where it can close the socket cleanly. It also ignores SIGPIPE: a client that vanishes
// mid-write must cost a write error, not the daemon.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    static void handler(int signalNumber);
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace twinha::agent
