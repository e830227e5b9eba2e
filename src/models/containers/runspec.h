#pragma once

#include <QJsonObject>
#include <QMap>
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
};

struct RunMount
{
    enum class Kind { Volume, Bind };
    Kind kind = Kind::Volume;
    QString source;       // volume name or host folder
    QString target;       // path inside the container
    bool readOnly = false;
};

// What the Run dialog collects: one new container from an image. Turns into the body of
// POST /containers/create and into the equivalent `docker run` command line, from the same
// data, so the two never disagree (the test checks it against the engine).
struct RunSpec
{
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
    QMap<QString, QString> labels;

    QJsonObject createBody() const;
    QString dockerCommand() const;
    // Named volumes the container mounts (created first, with labels, when missing).
    QStringList namedVolumes() const;
    // Problems that stop a run before the engine is asked ("--rm and a restart policy").
    QStringList validate() const;

    // Splits "sh -c 'echo hi'" into words as a POSIX shell would (quotes and backslashes).
    static QStringList splitCommand(const QString &text, bool *ok = nullptr);
    // Quotes a word for a POSIX shell only when it needs it.
    static QString shellQuote(const QString &word);
};

} // namespace dx
