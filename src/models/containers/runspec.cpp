#include "runspec.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace dx {

namespace {

QString portKey(const RunPort &p)
{
    return QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol.isEmpty() ? QStringLiteral("tcp") : p.protocol);
}

QString bindText(const RunMount &m)
{
    return m.source + QLatin1Char(':') + m.target + (m.readOnly ? QStringLiteral(":ro") : QString());
}

// A tmpfs's options as the engine takes them ("size=64m,ro").
QString tmpfsOptions(const RunMount &m)
{
    QStringList options = m.source.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &o : options)
        o = o.trimmed();
    if (m.readOnly && !options.contains(QLatin1String("ro")))
        options.append(QStringLiteral("ro"));
    return options.join(QLatin1Char(','));
}

} // namespace

QJsonObject RunSpec::createBody() const
{
    QJsonObject body;
    body.insert(QStringLiteral("Image"), image);
    const QStringList words = splitCommand(command);
    if (!words.isEmpty())
        body.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(words));
    if (!entrypoint.isEmpty()) // one word, as `docker run --entrypoint` sends it
        body.insert(QStringLiteral("Entrypoint"), QJsonArray{entrypoint});
    if (!env.isEmpty()) {
        QJsonArray list;
        for (const auto &kv : env)
            list.append(QString(kv.first + QLatin1Char('=') + kv.second));
        body.insert(QStringLiteral("Env"), list);
    }
    if (!workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), workingDir);
    if (!user.isEmpty())
        body.insert(QStringLiteral("User"), user);
    if (!hostname.isEmpty())
        body.insert(QStringLiteral("Hostname"), hostname);
    if (interactive) {
        // What `docker run -it` sends: the terminal attaches to the main process.
        body.insert(QStringLiteral("Tty"), true);
        body.insert(QStringLiteral("OpenStdin"), true);
        body.insert(QStringLiteral("AttachStdin"), true);
        body.insert(QStringLiteral("AttachStdout"), true);
        body.insert(QStringLiteral("AttachStderr"), true);
    }
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            l.insert(it.key(), it.value());
        body.insert(QStringLiteral("Labels"), l);
    }
    QJsonObject host;
    if (!ports.isEmpty()) {
        // A range is one binding per port, as the CLI expands it; a host range for a single
        // container port stays a range: the engine picks a free port from it.
        QJsonObject exposed;
        QJsonObject bindings;
        for (const RunPort &p : ports) {
            const int count = p.containerCount();
            for (int i = 0; i < count; ++i) {
                RunPort one = p;
                one.containerPort = p.containerPort + i;
                const QString key = portKey(one);
                QString hostPort;
                if (p.hostPort > 0 && count == 1)
                    hostPort = portRangeText(p.hostPort, p.hostPortEnd);
                else if (p.hostPort > 0)
                    hostPort = QString::number(p.hostPort + i);
                exposed.insert(key, QJsonObject());
                QJsonArray list = bindings.value(key).toArray();
                list.append(QJsonObject{{QStringLiteral("HostIp"), p.hostIp}, {QStringLiteral("HostPort"), hostPort}});
                bindings.insert(key, list);
            }
        }
        body.insert(QStringLiteral("ExposedPorts"), exposed);
        host.insert(QStringLiteral("PortBindings"), bindings);
    }
    // Binds, as `docker run -v` sends them: a missing host folder is created, a missing named
    // volume too. Tmpfs mounts by their path, with their options.
    QJsonArray binds;
    QJsonObject tmpfs;
    for (const RunMount &m : mounts) {
        if (m.kind == RunMount::Kind::Tmpfs)
            tmpfs.insert(m.target, tmpfsOptions(m));
        else
            binds.append(bindText(m));
    }
    if (!binds.isEmpty())
        host.insert(QStringLiteral("Binds"), binds);
    if (!tmpfs.isEmpty())
        host.insert(QStringLiteral("Tmpfs"), tmpfs);
    if (!network.isEmpty())
        host.insert(QStringLiteral("NetworkMode"), network);
    if (memory > 0)
        host.insert(QStringLiteral("Memory"), memory);
    if (nanoCpus > 0)
        host.insert(QStringLiteral("NanoCpus"), nanoCpus);
    if (pidsLimit != 0)
        host.insert(QStringLiteral("PidsLimit"), pidsLimit);
    if (readOnlyRootfs)
        host.insert(QStringLiteral("ReadonlyRootfs"), true);
    QJsonObject restart{{QStringLiteral("Name"), restartPolicy == QLatin1String("no") ? QString() : restartPolicy}};
    if (restartPolicy == QLatin1String("on-failure"))
        restart.insert(QStringLiteral("MaximumRetryCount"), maxRetries);
    host.insert(QStringLiteral("RestartPolicy"), restart);
    host.insert(QStringLiteral("AutoRemove"), autoRemove);
    body.insert(QStringLiteral("HostConfig"), host);
    return body;
}

QString RunSpec::dockerCommand() const
{
    // -it: the app attaches its terminal right after the start, as the CLI attaches yours.
    QStringList args{QStringLiteral("docker"), QStringLiteral("run"), interactive ? QStringLiteral("-it") : QStringLiteral("-d")};
    const auto add = [&args](const QString &flag, const QString &value) {
        args << flag << shellQuote(value);
    };
    if (!name.isEmpty())
        add(QStringLiteral("--name"), name);
    if (autoRemove)
        args << QStringLiteral("--rm");
    if (restartPolicy != QLatin1String("no") && !restartPolicy.isEmpty()) {
        const QString value = restartPolicy == QLatin1String("on-failure") && maxRetries > 0
            ? QStringLiteral("on-failure:%1").arg(maxRetries) : restartPolicy;
        add(QStringLiteral("--restart"), value);
    }
    if (!network.isEmpty())
        add(QStringLiteral("--network"), network);
    if (!hostname.isEmpty())
        add(QStringLiteral("--hostname"), hostname);
    if (!user.isEmpty())
        add(QStringLiteral("--user"), user);
    if (memory > 0)
        add(QStringLiteral("--memory"), memoryText(memory));
    if (nanoCpus > 0)
        add(QStringLiteral("--cpus"), cpusText(nanoCpus));
    if (pidsLimit != 0)
        add(QStringLiteral("--pids-limit"), QString::number(pidsLimit));
    if (readOnlyRootfs)
        args << QStringLiteral("--read-only");
    for (const auto &kv : env)
        add(QStringLiteral("-e"), kv.first + QLatin1Char('=') + kv.second);
    for (const RunPort &p : ports) {
        QString value;
        if (!p.hostIp.isEmpty())
            value = (p.hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.hostIp) : p.hostIp) + QLatin1Char(':');
        if (p.hostPort > 0 || !value.isEmpty())
            value += (p.hostPort > 0 ? portRangeText(p.hostPort, p.hostPortEnd) : QString()) + QLatin1Char(':');
        value += portRangeText(p.containerPort, p.containerPortEnd);
        if (!p.protocol.isEmpty() && p.protocol != QLatin1String("tcp"))
            value += QLatin1Char('/') + p.protocol;
        add(QStringLiteral("-p"), value);
    }
    for (const RunMount &m : mounts) {
        if (m.kind != RunMount::Kind::Tmpfs)
            add(QStringLiteral("-v"), bindText(m));
    }
    for (const RunMount &m : mounts) {
        if (m.kind == RunMount::Kind::Tmpfs) {
            const QString options = tmpfsOptions(m);
            add(QStringLiteral("--tmpfs"), options.isEmpty() ? m.target : m.target + QLatin1Char(':') + options);
        }
    }
    if (!workingDir.isEmpty())
        add(QStringLiteral("-w"), workingDir);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        add(QStringLiteral("--label"), it.key() + QLatin1Char('=') + it.value());
    if (!entrypoint.isEmpty())
        add(QStringLiteral("--entrypoint"), entrypoint);
    args << shellQuote(image.isEmpty() ? QStringLiteral("IMAGE") : image);
    for (const QString &word : splitCommand(command))
        args << shellQuote(word);
    return args.join(QLatin1Char(' '));
}

QStringList RunSpec::namedVolumes() const
{
    QStringList names;
    for (const RunMount &m : mounts) {
        if (m.kind == RunMount::Kind::Volume && !m.source.isEmpty() && !names.contains(m.source))
            names.append(m.source);
    }
    return names;
}

QStringList RunSpec::splitCommand(const QString &text, bool *ok)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < text.size()
                     && QStringLiteral("\"\\$`").contains(text.at(i + 1)))
                current += text.at(++i);
            else
                current += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words << current;
    if (ok)
        *ok = quote.isNull();
    return words;
}

QString RunSpec::shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace dx
