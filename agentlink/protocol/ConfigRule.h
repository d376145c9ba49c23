#pragma once

#include <QString>
#include <QStringList>

#include <type_traits>

namespace twinha::protocol {

// Why the agent refuses or questions a setting of cluster.toml: a rule's code and its arguments.
// It reaches the console in the params of CONFIG_FIELD_INVALID ("rule", "args"), so that each side
// words it from the one catalogue in ConfigRule.cpp: the agent in English (its log, check-config),
// the console in the user's language (context "ConfigRule" of the .ts files).
struct ConfigRule
{
    QString code;
    QStringList args;

    // The catalogue's English with %1… filled in; an unknown code reads as the code and its args.
    QString english() const;
    // The same in the application's language (QCoreApplication::translate); for the console.
    QString translated() const;
    bool isKnown() const;

    // Every code of the catalogue, for tests that every one of them has its words.
    static QStringList codes();
};

// What an issue weighs, as config.validate and CONFIG_INVALID name it (`severity`): an error
// refuses the config, a warning advises. A name this side does not know weighs as a warning.
enum class IssueSeverity
{
    Error,  // error
    Warning // warning
};

inline QString issueSeverityName(IssueSeverity severity)
{
    return severity == IssueSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

inline IssueSeverity issueSeverityFrom(const QString& name)
{
    return name == issueSeverityName(IssueSeverity::Error) ? IssueSeverity::Error : IssueSeverity::Warning;
}

namespace rules {
// Fields and types (TomlReader)
inline constexpr char kMissing[] = "missing";
inline constexpr char kOutOfRange[] = "out_of_range"; // value, lowest, highest
inline constexpr char kExpectedString[] = "expected_string";
inline constexpr char kExpectedInteger[] = "expected_integer";
inline constexpr char kExpectedNumber[] = "expected_number";
inline constexpr char kExpectedBoolean[] = "expected_boolean";
inline constexpr char kExpectedTable[] = "expected_table";
inline constexpr char kExpectedStrings[] = "expected_strings";
inline constexpr char kExpectedTables[] = "expected_tables"; // key
inline constexpr char kExpectedPerNode[] = "expected_per_node";
inline constexpr char kExpectedHostPort[] = "expected_host_port";
inline constexpr char kExpectedPath[] = "expected_path";
inline constexpr char kExpectedOctalMode[] = "expected_octal_mode";
inline constexpr char kUnknownKey[] = "unknown_key";            // known keys
inline constexpr char kUnknownKeyMeant[] = "unknown_key_meant"; // the key it most likely meant
inline constexpr char kSyntax[] = "syntax";                     // parser's description
inline constexpr char kFileTooLarge[] = "file_too_large";
inline constexpr char kFileUnreadable[] = "file_unreadable"; // reason
// Values
inline constexpr char kNotOneOf[] = "not_one_of"; // value, choices
inline constexpr char kInvalidName[] = "invalid_name";
inline constexpr char kNameUsedTwice[] = "name_used_twice";
inline constexpr char kNotANode[] = "not_a_node";
inline constexpr char kNotAbsolutePath[] = "not_absolute_path";
inline constexpr char kPathControlCharacters[] = "path_control_characters";
inline constexpr char kNotHostPort[] = "not_host_port";
inline constexpr char kBadPort[] = "bad_port";
inline constexpr char kNotIpAddress[] = "not_ip_address";
inline constexpr char kNotAddressWithPrefix[] = "not_address_with_prefix";
inline constexpr char kNotInterfaceName[] = "not_interface_name";
inline constexpr char kNotUnitName[] = "not_unit_name";
inline constexpr char kInvalidUserName[] = "invalid_user_name";
inline constexpr char kNoSuchUser[] = "no_such_user";
inline constexpr char kNotEtcdUrl[] = "not_etcd_url";
inline constexpr char kNotHttpUrl[] = "not_http_url";
inline constexpr char kNotEmail[] = "not_email";
inline constexpr char kNotSeconds[] = "not_seconds";
inline constexpr char kZeroOrMore[] = "zero_or_more";
// The cluster's shape
inline constexpr char kKeyFileMissing[] = "key_file_missing";       // path
inline constexpr char kKeyFileUnreadable[] = "key_file_unreadable"; // path
inline constexpr char kKeyFileShort[] = "key_file_short";           // path, bytes
inline constexpr char kKeyFileOpen[] = "key_file_open";             // path, mode
inline constexpr char kKeyBesideConfig[] = "key_beside_config";     // folder
inline constexpr char kDeadTimeRefused[] = "dead_time_refused";     // value, factor, lowest
inline constexpr char kDeadTimeRisky[] = "dead_time_risky";         // value, factor, advised
inline constexpr char kNodeCount[] = "node_count";                  // found
inline constexpr char kThisNodeMissing[] = "this_node_missing";     // node, nodes
inline constexpr char kLinkRequired[] = "link_required";
inline constexpr char kEndpointMissing[] = "endpoint_missing"; // node
inline constexpr char kSshUserNeedsSsh[] = "ssh_user_needs_ssh";
inline constexpr char kMirrorUnencrypted[] = "mirror_unencrypted"; // host
inline constexpr char kWitnessAddressOrEtcd[] = "witness_address_or_etcd";
inline constexpr char kFailoverNeedsWitness[] = "failover_needs_witness";
inline constexpr char kTiebreakerIsThisMachine[] = "tiebreaker_is_this_machine"; // target
inline constexpr char kHotStandbyGroups[] = "hot_standby_groups";                // found
inline constexpr char kDuplexGroups[] = "duplex_groups";
inline constexpr char kMutualBackupGroups[] = "mutual_backup_groups"; // found
inline constexpr char kMutualBackupPreferred[] = "mutual_backup_preferred";
inline constexpr char kGroupEmpty[] = "group_empty";
inline constexpr char kUnknownGroup[] = "unknown_group";
inline constexpr char kRunAsUnset[] = "run_as_unset";             // a warning in a file from before run_as
inline constexpr char kRunAsRequired[] = "run_as_required";       // the same, sent by the console: an error
inline constexpr char kPgSecondInstance[] = "pg_second_instance"; // resource
inline constexpr char kPgNotInDuplex[] = "pg_not_in_duplex";
inline constexpr char kPgNeedsChannel[] = "pg_needs_channel"; // group
inline constexpr char kPgRoleName[] = "pg_role_name";
inline constexpr char kPgDatabaseName[] = "pg_database_name";
inline constexpr char kPgOwnerUnknown[] = "pg_owner_unknown";
inline constexpr char kPgOwnerRoot[] = "pg_owner_root";
inline constexpr char kPgChannelWithoutInstance[] = "pg_channel_without_instance"; // group
inline constexpr char kFenceNodeTaken[] = "fence_node_taken";
inline constexpr char kFenceAgentOrScript[] = "fence_agent_or_script";
inline constexpr char kFenceAgentName[] = "fence_agent_name";
inline constexpr char kFenceActionSet[] = "fence_action_set";
inline constexpr char kNotifyOneWay[] = "notify_one_way";
inline constexpr char kScriptNotAbsolute[] = "script_not_absolute";
inline constexpr char kSendmailNotAbsolute[] = "sendmail_not_absolute";
} // namespace rules

// Ranges the agent holds settings to (out_of_range); the wizard's fields offer the same.
namespace limits {
inline constexpr int kWitnessTtlMinMs = 1000; // renewals go out every TTL/8
inline constexpr int kWitnessTtlMaxMs = 600000;
inline constexpr int kFenceTimeoutMinMs = 1000;
inline constexpr int kFenceTimeoutMaxMs = 600000;
} // namespace limits

namespace detail {
template <typename T> QString ruleArg(const T& value)
{
    if constexpr (std::is_arithmetic_v<T>)
        return QString::number(value);
    else
        return QString(value);
}
} // namespace detail

// rule(rules::kOutOfRange, value, 1, 100): numbers are written in plain digits.
template <typename... Args> ConfigRule rule(const char* code, const Args&... args)
{
    return ConfigRule{QString::fromLatin1(code), QStringList{detail::ruleArg(args)...}};
}

} // namespace twinha::protocol
