#pragma once

#include "agent/history/HistorySeries.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace twinha::agent {

// This node's own history, kept by the agent so that a console opened in the morning sees the
// night: once a second it samples its status into series (per-link RTT, loss and state, per-channel
// lag in seconds and bytes, whether each group runs here, whether the peer is heard), each a
// HistorySeries of fixed size, at most kMaxSeries of them. The series are written to the state
// folder every kSaveEveryMs (off the event loop) and when the agent stops, and read back when it
// starts: the time it was down shows as a gap. history.get serves them.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSeries = 64;
    static constexpr int kSaveEveryMs = 60000;
    static constexpr int kMaxPoints = 4000; // per series and answer
    static constexpr char kFileName[] = "history.bin";

    // `status` returns the node's status JSON, as status.get answers it.
    HistoryRecorder(const QString& stateDir, std::function<QJsonObject()> status, QObject* parent = nullptr);
    ~HistoryRecorder() override;

    void start();
    // One sample of every series at `second` (the timer's work; tests call it directly).
    void sample(qint64 second, const QJsonObject& status);
    // Writes history.bin now, on this thread (at the stop, and in tests); the minute's save runs off it.
    bool save(QString* error) const;

    // history.get {series?: [names], from: ms, to: ms, step: ms}: means per step, null for gaps.
    QJsonObject get(const QJsonObject& params, qint64 nowMs) const;
    QStringList names() const { return m_series.keys(); }
    qint64 memoryBytes() const { return qint64(m_series.size()) * HistorySeries::bytes(); }

private:
    void record(qint64 second, const QString& name, double value);
    void load();
    QByteArray encode() const;
    void saveInBackground();

    QString m_path;
    std::function<QJsonObject()> m_status;
    QMap<QString, HistorySeries> m_series;
    QTimer m_tick;
    QTimer m_saveTimer;
    std::shared_ptr<std::atomic<bool>> m_saving = std::make_shared<std::atomic<bool>>(false);
};

} // namespace twinha::agent
