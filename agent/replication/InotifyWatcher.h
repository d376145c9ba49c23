#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace twinha::agent {

// Watches a folder tree with inotify and reports every changed path. New subfolders are watched
// as they appear, and whatever they already hold is reported, because files can land in a new
// folder before its watch exists. When the kernel drops events (queue overflow, watch limit)
// it says so with overflowed(): the caller must then treat everything as changed.
class InotifyWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InotifyWatcher(QObject* parent = nullptr);
    ~InotifyWatcher() override;

    // Starts watching root and every folder below it. False with a reason when root cannot be
    // watched (missing, not a folder, no inotify).
    bool watch(const QString& root, QString* error);
    void stop();
    // True while the root itself is watched; false once it was deleted or moved away.
    bool isWatching() const { return m_rootWd >= 0; }
    QString root() const { return m_root; }

    // Handles the events already queued, now. A sync calls it before it starts, so changes made
    // before the sync are counted as covered by it.
    void readPending();

Q_SIGNALS:
    void changed(const QString& path);
    void overflowed();

private:
    void addTree(const QString& dir, bool reportContents);
    void addWatch(const QString& dir);
    void removeTree(const QString& dir);
    void handleEvent(int wd, quint32 mask, const QString& name);

    int m_fd = -1;
    int m_rootWd = -1;
    QString m_root;
    QSocketNotifier* m_notifier = nullptr;
    QHash<int, QString> m_dirs; // watch descriptor -> folder path
};

} // namespace twinha::agent
