#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx {

struct RunPort
{
    QString hostIp;       // empty: all addresses
    int hostPort = 0;     // 0: a free port chosen by the engine
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp");
    // Ranges ("8000-8010:8000-8010"): the last port; 0 or the first port: a single port.
    int hostPortEnd = 0;
    int containerPortEnd = 0;

    int hostCount() const { return hostPort <= 0 ? 0 : qMax(hostPortEnd, hostPort) - hostPort + 1; }
    int containerCount() const { return qMax(containerPortEnd, containerPort) - containerPort + 1; }
};

struct RunMount
{
    enum class Kind { Volume, Bind, Tmpfs };
    Kind kind = Kind::Volume;
    QString source;       // volume name, host folder, or the tmpfs options ("size=64m")
    QString target;       // path inside the container
    bool readOnly = false;
};

// What the Run dialog collects: one new container from an image. Turns into the body of
// POST /containers/create and into the equivalent `docker run` command line, from the same
// data, so the two never disagree (the test checks it against the engine).
struct RunSpec
{
    Q_GADGET

public:
    // The part of the form a problem is about (the engine's errors are placed the same way).
    enum class Field { None, Image, Name, Ports, Mounts, Command, Network, Memory, Cpus, PidsLimit,
                       Entrypoint, User, Hostname, Labels };
    Q_ENUM(Field)

    struct Problem
    {
        Field field = Field::None;
        QString message;
    };

    QString image;
    QString name;
    QString command;                            // shell-like words; empty: the image's CMD
    QVector<QPair<QString, QString>> env;
    QVector<RunPort> ports;
    QVector<RunMount> mounts;
    QString workingDir;
    QString restartPolicy = QStringLiteral("no"); // no, always, unless-stopped, on-failure
    int maxRetries = 0;                         // on-failure only
    bool autoRemove = false;                    // --rm
    bool interactive = false;                   // -it: a TTY and an open stdin
    QMap<QString, QString> labels;
    QString network;                            // empty: the engine's default (bridge)
    qint64 memory = 0;                          // bytes; 0: no limit
    qint64 nanoCpus = 0;                        // 1e9 per CPU; 0: no limit
    qint64 pidsLimit = 0;                       // 0: the engine's default; -1: unlimited
    QString entrypoint;                         // one program; empty: the image's ENTRYPOINT
    QString user;                               // name or uid, optionally ":group"
    QString hostname;
    bool readOnlyRootfs = false;                // --read-only

    QJsonObject createBody() const;
    QString dockerCommand() const;
    // Named volumes the container mounts (created first, with labels, when missing).
    QStringList namedVolumes() const;
    // Problems that stop a run before the engine is asked ("--rm and a restart policy"), each
    // with the field it belongs to. `engineCpus` > 0 also checks the CPU limit against it.
    QList<Problem> problems(int engineCpus = 0) const;
    QStringList validate() const;               // the messages of problems()

    // The form's texts read as the docker CLI reads its flags. Each returns an empty string
    // and sets the value, or returns what is wrong. An empty text is valid and means "unset".
    static QString parseMemory(const QString &text, qint64 *bytes);     // "512m", "1g", "1.5GiB"
    static QString parseCpus(const QString &text, qint64 *nanoCpus);     // "1.5", ".25"
    static QString parsePidsLimit(const QString &text, qint64 *limit);   // "100", "-1"
    static QString parsePortRange(const QString &text, int *first, int *last); // "80", "8000-8010"
    // The shortest text parseMemory() reads back as `bytes` ("512m"), and the CPU count.
    static QString memoryText(qint64 bytes);
    static QString cpusText(qint64 nanoCpus);
    static QString portRangeText(int first, int last);

    // Splits "sh -c 'echo hi'" into words as a POSIX shell would (quotes and backslashes).
    static QStringList splitCommand(const QString &text, bool *ok = nullptr);
    // Quotes a word for a POSIX shell only when it needs it.
    static QString shellQuote(const QString &word);
};

} // namespace dx
