#pragma once

#include "agent/replication/DivergenceHooks.h"
#include "agent/replication/DivergenceStore.h"
#include "agent/replication/KeptSet.h"

#include <QFileSystemWatcher>
#include <QJsonObject>
#include <QObject>

namespace twinha::agent {

// No silent data loss when a split heals: on one mirror channel, keeps what the first resync from
// the peer deletes or overwrites on this node, when this node ran the group and lost it without
// handing it over cleanly (a split, a failover away from it, a crash).
//
// STATE/divergence/CHANNEL.unshipped exists from the moment this node ships (it runs the group)
// until it stops shipping with nothing left to ship, as after a planned switchover's drain. If it
// receives while that marker is there, a kept set is armed (CHANNEL.armed, {id, armed_at}): the
// receiver's module then runs DivergenceHooks, so the peer's next push must keep what it deletes
// or overwrites in DATA/.twinha-divergence/ID. Once such a push succeeded, the module excludes the
// set again and the set is counted (off the event loop), recorded (DivergenceStore) and announced
// with kept(); a set that stayed empty is removed quietly. Until it is recorded, CHANNEL.armed
// stays, so a restart arms the same set again. Steady mirroring and planned switchovers arm
// nothing, so nothing piles up.
class DivergenceKeeper : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString channel;
        QString group;
        QString node; // this node
        QString path; // the mirrored folder here
        QString stateDir;
    };

    explicit DivergenceKeeper(const Settings& settings, QObject* parent = nullptr);

    // This node ships from now on. An armed set ends here: kept if the resync filled it.
    void becameSource();
    // It no longer ships; shippedEverything: the peer had all of it (checked before stopping).
    void leftSource(bool shippedEverything);
    // It receives from now on: arms a set if it ran the group without a clean handover.
    void becameTarget();

    bool isArmed() const { return !m_armedId.isEmpty(); }
    QString armedId() const { return m_armedId; }
    QString keptPath() const; // DATA/.twinha-divergence/ID of the armed set, or empty
    // The receiver's hook scripts while a set is armed, empty otherwise.
    QString preXferPath() const { return isArmed() ? m_hooks.preXferPath() : QString(); }
    QString postXferPath() const { return isArmed() ? m_hooks.postXferPath() : QString(); }
    // This channel's kept sets whose folders are still there: {"sets", "files", "latest": record},
    // or an empty object when there are none.
    QJsonObject summary() const;

    QString markerPath() const
    {
        return m_hooks.dir() + QLatin1Char('/') + m_settings.channel + QStringLiteral(".unshipped");
    }
    QString armedPath() const
    {
        return m_hooks.dir() + QLatin1Char('/') + m_settings.channel + QStringLiteral(".armed");
    }

Q_SIGNALS:
    void hooksChanged(); // armed or disarmed: the receiver's module must follow
    void kept(const QJsonObject& record);

private:
    void load();
    void arm();
    void watch();
    void checkDone();
    // Ends the armed set: hooks off now, counted in the background, then record().
    void finish(bool resynced);
    void record(const QString& id, const QString& armedAt, const KeptSet::Counts& counts);
    QString newId() const;

    Settings m_settings;
    DivergenceHooks m_hooks;
    DivergenceStore m_store;
    QString m_armedId;
    QString m_armedAt;
    QFileSystemWatcher m_watcher;
};

} // namespace twinha::agent
