// RunSpec's checks: the form's texts parsed as the docker CLI parses its flags, and the
// problems that stop a run before the engine is asked, each placed at its field.

#include "runspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dx {

namespace {

constexpr qint64 Kibi = 1024;
constexpr qint64 NanoPerCpu = 1000000000;
// The engine refuses less than this (Linux: "Minimum memory limit allowed is 6MB").
constexpr qint64 MinMemory = 6 * Kibi * Kibi;

} // namespace

QString RunSpec::parseMemory(const QString &text, qint64 *bytes)
{
    // go-units RAMInBytes, as `docker run --memory` reads it: binary units, "b"/"ib" optional.
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    *bytes = 0;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return QCoreApplication::translate("dx::RunSpec", "Write a size like 512m or 1g (k, m, g: KiB, MiB, GiB).");
    static const QString units = QStringLiteral("kmgtp");
    const qsizetype unit = m.captured(2).isEmpty() ? -1 : units.indexOf(m.captured(2).toLower());
    double value = m.captured(1).toDouble();
    for (qsizetype i = 0; i <= unit; ++i)
        value *= Kibi;
    if (value >= 9.2e18)
        return QCoreApplication::translate("dx::RunSpec", "That is more memory than any engine has.");
    *bytes = qint64(value);
    return {};
}

QString RunSpec::parseCpus(const QString &text, qint64 *nanoCpus)
{
    // `docker run --cpus` takes a decimal and sends it in billionths of a CPU.
    static const QRegularExpression re(QStringLiteral("^(\\d*)(?:\\.(\\d*))?$"));
    *nanoCpus = 0;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return QCoreApplication::translate("dx::RunSpec", "Write a number of CPUs like 0.5 or 2.");
    if (m.captured(2).size() > 9)
        return QCoreApplication::translate("dx::RunSpec", "At most 9 decimal places.");
    if (m.captured(1).size() > 6)
        return QCoreApplication::translate("dx::RunSpec", "That is more CPUs than any engine has.");
    const qint64 whole = m.captured(1).toLongLong();
    const qint64 fraction = m.captured(2).leftJustified(9, QLatin1Char('0')).toLongLong();
    *nanoCpus = whole * NanoPerCpu + fraction;
    if (*nanoCpus <= 0)
        return QCoreApplication::translate("dx::RunSpec", "The number of CPUs must be more than 0.");
    return {};
}

QString RunSpec::parsePidsLimit(const QString &text, qint64 *limit)
{
    static const QRegularExpression re(QStringLiteral("^-?\\d{1,15}$"));
    *limit = 0;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const qint64 value = re.match(t).hasMatch() ? t.toLongLong() : 0;
    if (value < -1 || value == 0)
        return QCoreApplication::translate("dx::RunSpec", "A whole number of processes from 1, or -1 for no limit.");
    *limit = value;
    return {};
}

QString RunSpec::parsePortRange(const QString &text, int *first, int *last)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?$"));
    *first = 0;
    *last = 0;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return QCoreApplication::translate("dx::RunSpec", "Write a port like 8080 or a range like 8000-8010.");
    const int from = m.captured(1).toInt();
    const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
    if (from < 1 || to > 65535)
        return QCoreApplication::translate("dx::RunSpec", "Ports are numbers from 1 to 65535.");
    if (to < from)
        return QCoreApplication::translate("dx::RunSpec", "A range goes from the lower port to the higher one (8000-8010).");
    *first = from;
    *last = to > from ? to : 0;
    return {};
}

QString RunSpec::memoryText(qint64 bytes)
{
    static const char units[] = {'g', 'm', 'k'};
    qint64 size = Kibi * Kibi * Kibi;
    for (const char unit : units) {
        if (bytes >= size && bytes % size == 0)
            return QString::number(bytes / size) + QLatin1Char(unit);
        size /= Kibi;
    }
    return QString::number(bytes);
}

QString RunSpec::cpusText(qint64 nanoCpus)
{
    QString text = QString::number(nanoCpus / NanoPerCpu);
    QString fraction = QStringLiteral("%1").arg(nanoCpus % NanoPerCpu, 9, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? text : text + QLatin1Char('.') + fraction;
}

QString RunSpec::portRangeText(int first, int last)
{
    return last > first ? QStringLiteral("%1-%2").arg(first).arg(last) : QString::number(first);
}

QList<RunSpec::Problem> RunSpec::problems(int engineCpus) const
{
    QList<Problem> found;
    const auto add = [&found](Field field, const QString &message) {
        for (const Problem &p : std::as_const(found)) {
            if (p.field == field && p.message == message)
                return;
        }
        found.append({field, message});
    };
    if (image.trimmed().isEmpty())
        add(Field::Image, QCoreApplication::translate("dx::RunSpec", "Choose the image to run."));
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!name.isEmpty() && !nameRe.match(name).hasMatch())
        add(Field::Name, QCoreApplication::translate("dx::RunSpec", "A name may contain letters, digits, \"_\", \".\" and \"-\", and must start with a letter or digit."));
    if (autoRemove && restartPolicy != QLatin1String("no"))
        add(Field::None, QCoreApplication::translate("dx::RunSpec", "\"Remove when it exits\" and a restart policy exclude each other."));
    bool ok = true;
    splitCommand(command, &ok);
    if (!ok)
        add(Field::Command, QCoreApplication::translate("dx::RunSpec", "The command has an unclosed quote."));
    for (const RunPort &p : ports) {
        const int containerLast = qMax(p.containerPort, p.containerPortEnd);
        const int hostLast = qMax(p.hostPort, p.hostPortEnd);
        if (p.containerPort <= 0 || containerLast > 65535 || p.hostPort < 0 || hostLast > 65535) {
            add(Field::Ports, QCoreApplication::translate("dx::RunSpec", "Ports are numbers from 1 to 65535."));
        } else if (p.hostCount() > 1 && p.containerCount() > 1 && p.hostCount() != p.containerCount()) {
            add(Field::Ports, QCoreApplication::translate("dx::RunSpec", "The host range has %1 ports and the container range %2: they must be "
                                 "the same length.").arg(p.hostCount()).arg(p.containerCount()));
        }
    }
    for (const RunMount &m : mounts) {
        if (m.kind == RunMount::Kind::Tmpfs) {
            if (!m.target.startsWith(QLatin1Char('/')))
                add(Field::Mounts, QCoreApplication::translate("dx::RunSpec", "A tmpfs needs an absolute path inside the container."));
        } else if (m.source.isEmpty() || !m.target.startsWith(QLatin1Char('/'))) {
            add(Field::Mounts, QCoreApplication::translate("dx::RunSpec", "Every mount needs a source and an absolute path inside the container."));
        } else if (m.kind == RunMount::Kind::Bind && !m.source.startsWith(QLatin1Char('/'))) {
            add(Field::Mounts, QCoreApplication::translate("dx::RunSpec", "A host folder must be an absolute path."));
        }
    }
    for (const auto &kv : env) {
        if (kv.first.isEmpty() || kv.first.contains(QLatin1Char('=')))
            add(Field::None, QCoreApplication::translate("dx::RunSpec", "Environment variable names must not be empty or contain \"=\"."));
    }
    if (memory < 0 || (memory > 0 && memory < MinMemory))
        add(Field::Memory, QCoreApplication::translate("dx::RunSpec", "The engine needs at least 6m (6 MiB) for a container."));
    if (nanoCpus < 0)
        add(Field::Cpus, QCoreApplication::translate("dx::RunSpec", "The number of CPUs must be more than 0."));
    else if (engineCpus > 0 && nanoCpus > engineCpus * NanoPerCpu)
        add(Field::Cpus, QCoreApplication::translate("dx::RunSpec", "This engine has %n CPU(s): the limit can be at most that.", nullptr, engineCpus));
    if (pidsLimit < -1)
        add(Field::PidsLimit, QCoreApplication::translate("dx::RunSpec", "A whole number of processes from 1, or -1 for no limit."));
    if (entrypoint.contains(QRegularExpression(QStringLiteral("\\s"))))
        add(Field::Entrypoint, QCoreApplication::translate("dx::RunSpec", "The entrypoint is one program (e.g. /bin/sh); write its arguments in Command."));
    static const QRegularExpression userRe(QStringLiteral("^[^:\\s]+(:[^:\\s]+)?$"));
    if (!user.isEmpty() && !userRe.match(user).hasMatch())
        add(Field::User, QCoreApplication::translate("dx::RunSpec", "A user name or number, optionally with a group: nobody, 1000 or 1000:1000."));
    static const QRegularExpression hostRe(
        QStringLiteral("^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"));
    if (!hostname.isEmpty() && (hostname.size() > 253 || !hostRe.match(hostname).hasMatch()))
        add(Field::Hostname, QCoreApplication::translate("dx::RunSpec", "A hostname has letters, digits and \"-\", in parts separated by dots, e.g. web-1."));
    else if (!hostname.isEmpty() && (network == QLatin1String("host") || network.startsWith(QLatin1String("container:"))))
        add(Field::Hostname, QCoreApplication::translate("dx::RunSpec", "On this network the container has the host's name: leave the hostname empty."));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            add(Field::Labels, QCoreApplication::translate("dx::RunSpec", "Every label needs a key."));
        else if (it.key().contains(QLatin1Char('=')) || it.key().contains(QRegularExpression(QStringLiteral("\\s"))))
            add(Field::Labels, QCoreApplication::translate("dx::RunSpec", "A label key must not contain \"=\" or spaces."));
    }
    return found;
}

QStringList RunSpec::validate() const
{
    QStringList messages;
    for (const Problem &p : problems())
        messages << p.message;
    return messages;
}

} // namespace dx
