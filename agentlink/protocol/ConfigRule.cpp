#include "agentlink/protocol/ConfigRule.h"

#include <QCoreApplication>

#include <iterator>

namespace twinha::protocol {

namespace {
struct Entry
{
    const char* code;
    const char* english;
};

// The one wording of each rule. The console's translations are keyed by these texts (context
// "ConfigRule"): changing one here asks the translators for it again.
constexpr Entry kCatalogue[] = {
    {rules::kMissing, QT_TRANSLATE_NOOP("ConfigRule", "missing")},
    {rules::kOutOfRange, QT_TRANSLATE_NOOP("ConfigRule", "%1 is out of range (%2 to %3)")},
    {rules::kExpectedString, QT_TRANSLATE_NOOP("ConfigRule", "expected a string")},
    {rules::kExpectedInteger, QT_TRANSLATE_NOOP("ConfigRule", "expected an integer")},
    {rules::kExpectedNumber, QT_TRANSLATE_NOOP("ConfigRule", "expected a number")},
    {rules::kExpectedBoolean, QT_TRANSLATE_NOOP("ConfigRule", "expected true or false")},
    {rules::kExpectedTable, QT_TRANSLATE_NOOP("ConfigRule", "expected a table")},
    {rules::kExpectedStrings, QT_TRANSLATE_NOOP("ConfigRule", "expected an array of strings")},
    {rules::kExpectedTables, QT_TRANSLATE_NOOP("ConfigRule", "expected an array of tables [[%1]]")},
    {rules::kExpectedPerNode, QT_TRANSLATE_NOOP("ConfigRule", "expected a string, or a table of one string per node")},
    {rules::kExpectedHostPort, QT_TRANSLATE_NOOP("ConfigRule", "expected a string \"host:port\"")},
    {rules::kExpectedPath, QT_TRANSLATE_NOOP("ConfigRule", "expected a string (an absolute path)")},
    {rules::kExpectedOctalMode, QT_TRANSLATE_NOOP("ConfigRule", "expected an octal mode such as \"0660\"")},
    {rules::kUnknownKey, QT_TRANSLATE_NOOP("ConfigRule", "unknown key (known here: %1)")},
    {rules::kUnknownKeyMeant, QT_TRANSLATE_NOOP("ConfigRule", "unknown key; did you mean \"%1\"?")},
    {rules::kSyntax, QT_TRANSLATE_NOOP("ConfigRule", "syntax error: %1")},
    {rules::kFileTooLarge, QT_TRANSLATE_NOOP("ConfigRule", "the file is larger than 1 MiB")},
    {rules::kFileUnreadable, QT_TRANSLATE_NOOP("ConfigRule", "cannot read the file: %1")},
    {rules::kNotOneOf, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not one of %2")},
    {rules::kInvalidName,
     QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a valid name (letters, digits, '-', '_'; up to 63)")},
    {rules::kNameUsedTwice, QT_TRANSLATE_NOOP("ConfigRule", "the name \"%1\" is used twice")},
    {rules::kNotANode, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a node of this cluster")},
    {rules::kNotAbsolutePath, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" must be an absolute path")},
    {rules::kPathControlCharacters,
     QT_TRANSLATE_NOOP("ConfigRule", "the path must not contain line breaks or other control characters")},
    {rules::kNotHostPort, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not host:port (IPv6 as [address]:port)")},
    {rules::kBadPort, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\": the port must be 1 to 65535")},
    {rules::kNotIpAddress, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not an IP address; give this node's address, "
                                                           "e.g. \"10.0.0.1:9464\", or \"0.0.0.0:9464\" for every "
                                                           "address")},
    {rules::kNotAddressWithPrefix,
     QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not an address with prefix, like 192.0.2.10/24")},
    {rules::kNotInterfaceName,
     QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not an interface name (up to 15 letters, digits, '_', '.', '@', ':' "
                                     "or '-', not starting with '-' or '.')")},
    {rules::kNotUnitName, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a systemd unit name (letters, digits, ':', "
                                                          "'_', '.', '@', '\\' or '-', not starting with '-' or '.')")},
    {rules::kInvalidUserName, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a valid user name")},
    {rules::kNoSuchUser, QT_TRANSLATE_NOOP("ConfigRule", "there is no user \"%1\" on this node (\"root\" to run the "
                                                         "commands as root)")},
    {rules::kNotEtcdUrl, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not an etcd client URL such as "
                                                         "http://10.0.0.5:2379")},
    {rules::kNotHttpUrl, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not an http or https URL")},
    {rules::kNotEmail, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not an email address")},
    {rules::kNotSeconds, QT_TRANSLATE_NOOP("ConfigRule", "must be a number of seconds, 0 or more")},
    {rules::kZeroOrMore, QT_TRANSLATE_NOOP("ConfigRule", "must be 0 (no limit) or more")},
    {rules::kKeyFileMissing, QT_TRANSLATE_NOOP("ConfigRule", "the key file %1 does not exist")},
    {rules::kKeyFileUnreadable, QT_TRANSLATE_NOOP("ConfigRule", "the key file %1 is not readable")},
    {rules::kKeyFileShort, QT_TRANSLATE_NOOP("ConfigRule", "the key file %1 is shorter than %2 bytes")},
    {rules::kKeyFileOpen, QT_TRANSLATE_NOOP("ConfigRule", "the key file %1 is readable or writable by others (mode "
                                                          "%2); make it mode 0600, owned by the agent's user: "
                                                          "chmod 600 %1")},
    {rules::kKeyBesideConfig, QT_TRANSLATE_NOOP("ConfigRule", "a key sent with the config is written only next to "
                                                              "it, in %1; name it without a folder, like "
                                                              "\"cluster.key\"")},
    {rules::kDeadTimeRefused, QT_TRANSLATE_NOOP("ConfigRule", "%1 must be at least %2 × interval_ms (%3)")},
    {rules::kDeadTimeRisky, QT_TRANSLATE_NOOP("ConfigRule", "%1 is under %2 × interval_ms (%3): one lost heartbeat "
                                                            "can take a link down, and with one link declare a "
                                                            "healthy peer dead")},
    {rules::kNodeCount, QT_TRANSLATE_NOOP("ConfigRule", "exactly two [[node]] entries are required, found %1")},
    {rules::kThisNodeMissing, QT_TRANSLATE_NOOP("ConfigRule", "this node \"%1\" is not one of the nodes (%2)")},
    {rules::kLinkRequired, QT_TRANSLATE_NOOP("ConfigRule", "at least one [[link]] is required")},
    {rules::kEndpointMissing, QT_TRANSLATE_NOOP("ConfigRule", "missing the endpoint of node \"%1\"")},
    {rules::kSshUserNeedsSsh, QT_TRANSLATE_NOOP("ConfigRule", "ssh_user needs transport = \"ssh\"")},
    {rules::kMirrorUnencrypted,
     QT_TRANSLATE_NOOP("ConfigRule", "the mirror travels unencrypted to %1, which is not a private, loopback or "
                                     "link-local address; use transport = \"ssh\" unless this is a private cable")},
    {rules::kWitnessAddressOrEtcd,
     QT_TRANSLATE_NOOP("ConfigRule", "give either address (a TwinHA witness) or etcd, not both")},
    {rules::kFailoverNeedsWitness,
     QT_TRANSLATE_NOOP("ConfigRule", "automatic failover needs a witness or at least one tiebreaker")},
    {rules::kTiebreakerIsThisMachine,
     QT_TRANSLATE_NOOP("ConfigRule", "%1 is this machine itself: it always answers, so it cannot tell a node cut "
                                     "off from the network from a healthy one; name the gateway or another host "
                                     "beyond the switch")},
    {rules::kHotStandbyGroups, QT_TRANSLATE_NOOP("ConfigRule", "hot-standby needs exactly one [[group]], found %1")},
    {rules::kDuplexGroups, QT_TRANSLATE_NOOP("ConfigRule", "duplex needs at least one [[group]]")},
    {rules::kMutualBackupGroups,
     QT_TRANSLATE_NOOP("ConfigRule", "mutual-backup needs exactly two [[group]] entries, found %1")},
    {rules::kMutualBackupPreferred,
     QT_TRANSLATE_NOOP("ConfigRule", "in mutual-backup the two groups must prefer different nodes")},
    {rules::kGroupEmpty, QT_TRANSLATE_NOOP("ConfigRule", "the group has no resources")},
    {rules::kUnknownGroup, QT_TRANSLATE_NOOP("ConfigRule", "there is no group \"%1\"")},
    {rules::kRunAsUnset, QT_TRANSLATE_NOOP("ConfigRule", "not set: the commands run as root. Set run_as = \"root\" "
                                                         "to say so, or name the user they run as")},
    {rules::kRunAsRequired,
     QT_TRANSLATE_NOOP("ConfigRule", "missing: say which user the commands run as (\"root\" only if they need it)")},
    {rules::kPgSecondInstance,
     QT_TRANSLATE_NOOP("ConfigRule", "a group holds one PostgreSQL instance; \"%1\" is the second")},
    {rules::kPgNotInDuplex,
     QT_TRANSLATE_NOOP("ConfigRule", "PostgreSQL has one primary: it cannot run in a duplex cluster")},
    {rules::kPgNeedsChannel, QT_TRANSLATE_NOOP("ConfigRule", "group \"%1\" needs one [[replication]] of type "
                                                             "\"postgresql\" (group = \"%1\"): it keeps the standby "
                                                             "following the primary")},
    {rules::kPgRoleName, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a plain PostgreSQL role name")},
    {rules::kPgDatabaseName, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a plain PostgreSQL database name")},
    {rules::kPgOwnerUnknown, QT_TRANSLATE_NOOP("ConfigRule", "there is no user \"%1\" on this node (the owner of "
                                                             "the PostgreSQL folders)")},
    {rules::kPgOwnerRoot, QT_TRANSLATE_NOOP("ConfigRule", "PostgreSQL refuses to run as root; name its owner")},
    {rules::kPgChannelWithoutInstance,
     QT_TRANSLATE_NOOP("ConfigRule", "group \"%1\" has no resource of type \"postgresql\" to watch")},
    {rules::kFenceNodeTaken, QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" already has a fence device")},
    {rules::kFenceAgentOrScript, QT_TRANSLATE_NOOP("ConfigRule", "give either agent or script, not both")},
    {rules::kFenceAgentName,
     QT_TRANSLATE_NOOP("ConfigRule", "\"%1\" is not a fence agent name (fence_ipmilan, fence_virsh, ...)")},
    {rules::kFenceActionSet, QT_TRANSLATE_NOOP("ConfigRule", "the agent sets the action itself; remove it")},
    {rules::kNotifyOneWay, QT_TRANSLATE_NOOP("ConfigRule", "give exactly one of script, email and webhook")},
    {rules::kScriptNotAbsolute, QT_TRANSLATE_NOOP("ConfigRule", "give the script's absolute path")},
    {rules::kSendmailNotAbsolute, QT_TRANSLATE_NOOP("ConfigRule", "give sendmail's absolute path")},
};

const char* englishOf(const QString& code)
{
    for (const Entry& e : kCatalogue)
        if (code == QLatin1String(e.code))
            return e.english;
    return nullptr;
}

// %1…%9 filled in one pass, so that an argument holding "%2" is never filled in again.
QString fill(const QString& text, const QStringList& args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit() && text.at(i + 1) != u'0') {
            const qsizetype n = text.at(i + 1).digitValue();
            out += n <= args.size() ? args.at(n - 1) : QString();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

QString ConfigRule::english() const
{
    if (const char* text = englishOf(code))
        return fill(QString::fromUtf8(text), args);
    return args.isEmpty() ? code : code + QLatin1String(": ") + args.join(QLatin1String(", "));
}

QString ConfigRule::translated() const
{
    if (const char* text = englishOf(code))
        return fill(QCoreApplication::translate("ConfigRule", text), args);
    return english();
}

bool ConfigRule::isKnown() const
{
    return englishOf(code) != nullptr;
}

QStringList ConfigRule::codes()
{
    QStringList all;
    all.reserve(qsizetype(std::size(kCatalogue)));
    for (const Entry& e : kCatalogue)
        all << QString::fromLatin1(e.code);
    return all;
}

} // namespace twinha::protocol
