#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace twinha::agent {

// The witness's own config (/etc/twinha/witness.toml):
//   listen = ["0.0.0.0:5410"]            # host:port, one or more
//   state_dir = "/var/lib/twinha-witness"
//   [[cluster]]                          # one per pair it arbitrates
//   name = "mail"                        # the pair's [cluster] name
//   key_file = "mail.key"                # a copy of the pair's cluster key; relative to this file
struct WitnessServerConfig
{
    struct Listen
    {
        QString host;
        quint16 port = 0;
    };
    struct Cluster
    {
        QString name;
        QString keyFile; // resolved
        QByteArray key;  // loaded
    };

    QList<Listen> listen;
    QString stateDir = QStringLiteral("/var/lib/twinha-witness");
    QList<Cluster> clusters;

    // Reads and checks the file and loads every key; false with every problem in *errors.
    static bool load(const QString& path, WitnessServerConfig* config, QStringList* errors);
};

} // namespace twinha::agent
