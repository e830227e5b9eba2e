#include "runspec.h"

#include <QCoreApplication>
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

} // namespace

QJsonObject RunSpec::createBody() const
{
    QJsonObject body;
    body.insert(QStringLiteral("Image"), image);
    const QStringList words = splitCommand(command);
    if (!words.isEmpty())
        body.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(words));
    if (!env.isEmpty()) {
        QJsonArray list;
        for (const auto &kv : env)
            list.append(QString(kv.first + QLatin1Char('=') + kv.second));
        body.insert(QStringLiteral("Env"), list);
    }
    if (!workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), workingDir);
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            l.insert(it.key(), it.value());
        body.insert(QStringLiteral("Labels"), l);
    }
    QJsonObject host;
    if (!ports.isEmpty()) {
        QJsonObject exposed;
        QJsonObject bindings;
        for (const RunPort &p : ports) {
            const QString key = portKey(p);
            exposed.insert(key, QJsonObject());
            QJsonArray list = bindings.value(key).toArray();
            list.append(QJsonObject{{QStringLiteral("HostIp"), p.hostIp},
                                    {QStringLiteral("HostPort"), p.hostPort > 0 ? QString::number(p.hostPort) : QString()}});
            bindings.insert(key, list);
        }
        body.insert(QStringLiteral("ExposedPorts"), exposed);
        host.insert(QStringLiteral("PortBindings"), bindings);
    }
    if (!mounts.isEmpty()) {
        // Binds, as `docker run -v` sends them: a missing host folder is created, a missing
        // named volume too.
        QJsonArray binds;
        for (const RunMount &m : mounts)
            binds.append(bindText(m));
        host.insert(QStringLiteral("Binds"), binds);
    }
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
    QStringList args{QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-d")};
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
    for (const auto &kv : env)
        add(QStringLiteral("-e"), kv.first + QLatin1Char('=') + kv.second);
    for (const RunPort &p : ports) {
        QString value;
        if (!p.hostIp.isEmpty())
            value = (p.hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.hostIp) : p.hostIp) + QLatin1Char(':');
        if (p.hostPort > 0 || !value.isEmpty())
            value += (p.hostPort > 0 ? QString::number(p.hostPort) : QString()) + QLatin1Char(':');
        value += QString::number(p.containerPort);
        if (!p.protocol.isEmpty() && p.protocol != QLatin1String("tcp"))
            value += QLatin1Char('/') + p.protocol;
        add(QStringLiteral("-p"), value);
    }
    for (const RunMount &m : mounts)
        add(QStringLiteral("-v"), bindText(m));
    if (!workingDir.isEmpty())
        add(QStringLiteral("-w"), workingDir);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        add(QStringLiteral("--label"), it.key() + QLatin1Char('=') + it.value());
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

QStringList RunSpec::validate() const
{
    QStringList problems;
    if (image.trimmed().isEmpty())
        problems << QCoreApplication::translate("dx::RunSpec", "Choose the image to run.");
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!name.isEmpty() && !nameRe.match(name).hasMatch())
        problems << QCoreApplication::translate("dx::RunSpec", "A name may contain letters, digits, \"_\", \".\" and \"-\", and must start with a letter or digit.");
    if (autoRemove && restartPolicy != QLatin1String("no"))
        problems << QCoreApplication::translate("dx::RunSpec", "\"Remove when it exits\" and a restart policy exclude each other.");
    bool ok = true;
    splitCommand(command, &ok);
    if (!ok)
        problems << QCoreApplication::translate("dx::RunSpec", "The command has an unclosed quote.");
    for (const RunPort &p : ports) {
        if (p.containerPort <= 0 || p.containerPort > 65535 || p.hostPort < 0 || p.hostPort > 65535)
            problems << QCoreApplication::translate("dx::RunSpec", "Ports are numbers from 1 to 65535.");
    }
    for (const RunMount &m : mounts) {
        if (m.source.isEmpty() || !m.target.startsWith(QLatin1Char('/')))
            problems << QCoreApplication::translate("dx::RunSpec", "Every mount needs a source and an absolute path inside the container.");
        else if (m.kind == RunMount::Kind::Bind && !m.source.startsWith(QLatin1Char('/')))
            problems << QCoreApplication::translate("dx::RunSpec", "A host folder must be an absolute path.");
    }
    for (const auto &kv : env) {
        if (kv.first.isEmpty() || kv.first.contains(QLatin1Char('=')))
            problems << QCoreApplication::translate("dx::RunSpec", "Environment variable names must not be empty or contain \"=\".");
    }
    problems.removeDuplicates();
    return problems;
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
