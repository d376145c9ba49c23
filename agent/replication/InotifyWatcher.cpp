#include "agent/replication/InotifyWatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
// IN_MODIFY as well as IN_CLOSE_WRITE: files kept open (databases, logs) never close.
constexpr quint32 kMask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                          IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;
} // namespace

InotifyWatcher::InotifyWatcher(QObject* parent)
    : QObject(parent)
{}

InotifyWatcher::~InotifyWatcher()
{
    stop();
}

bool InotifyWatcher::watch(const QString& root, QString* error)
{
    stop();
    if (!QFileInfo(root).isDir()) {
        *error = QStringLiteral("not a folder");
        return false;
    }
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    m_rootWd = ::inotify_add_watch(m_fd, QFile::encodeName(m_root).constData(), kMask);
    if (m_rootWd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        stop();
        return false;
    }
    m_dirs.insert(m_rootWd, m_root);
    addTree(m_root, false);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InotifyWatcher::readPending);
    return true;
}

void InotifyWatcher::stop()
{
    if (m_notifier) {
        // stop() may run inside the notifier's own signal: disable now, delete later.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0)
        ::close(m_fd); // drops every watch with it
    m_fd = -1;
    m_rootWd = -1;
    m_dirs.clear();
}

void InotifyWatcher::addTree(const QString& dir, bool reportContents)
{
    addWatch(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            addWatch(path);
        if (reportContents)
            Q_EMIT changed(path);
    }
}

void InotifyWatcher::addWatch(const QString& dir)
{
    const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), kMask);
    if (wd >= 0) {
        m_dirs.insert(wd, dir); // the same folder again returns the same wd: just refresh its path
    } else if (errno == ENOSPC) {
        // Out of watches (fs.inotify.max_user_watches): changes below here would go unseen.
        Q_EMIT overflowed();
    }
}

void InotifyWatcher::removeTree(const QString& dir)
{
    const QString prefix = dir + QLatin1Char('/');
    for (auto it = m_dirs.begin(); it != m_dirs.end();) {
        if (it.key() != m_rootWd && (it.value() == dir || it.value().startsWith(prefix))) {
            ::inotify_rm_watch(m_fd, it.key());
            it = m_dirs.erase(it);
        } else {
            ++it;
        }
    }
}

void InotifyWatcher::readPending()
{
    if (m_fd < 0)
        return;
    alignas(struct inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            return; // EAGAIN: drained
        for (ssize_t offset = 0; offset < n;) {
            const auto* event = reinterpret_cast<const struct inotify_event*>(buffer + offset);
            handleEvent(event->wd, event->mask, event->len ? QFile::decodeName(event->name) : QString());
            offset += ssize_t(sizeof(struct inotify_event)) + event->len;
            if (m_fd < 0)
                return;
        }
    }
}

void InotifyWatcher::handleEvent(int wd, quint32 mask, const QString& name)
{
    if (mask & IN_Q_OVERFLOW) {
        Q_EMIT overflowed();
        return;
    }
    const auto dir = m_dirs.constFind(wd);
    if (dir == m_dirs.cend())
        return; // a watch removed a moment ago
    const QString path = name.isEmpty() ? *dir : *dir + QLatin1Char('/') + name;
    if (mask & IN_IGNORED) {
        if (wd == m_rootWd)
            m_rootWd = -1; // the root is gone; the caller re-watches when it is back
        m_dirs.remove(wd);
        return;
    }
    if (mask & IN_ISDIR) {
        if (mask & (IN_CREATE | IN_MOVED_TO))
            addTree(path, true);
        else if (mask & IN_MOVED_FROM)
            removeTree(path);
    }
    if (mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
        if (wd != m_rootWd)
            return; // reported already by the parent, under the name it had there
        // The root itself went away: its watch would follow the moved folder, not the path.
        stop();
    }
    Q_EMIT changed(path);
}

} // namespace twinha::agent
