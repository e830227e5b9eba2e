// The Status column of `docker ps`, counted locally: the engine words it once per list, but a
// list is not asked again just because time passed.

#include "containertypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace dx {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QString healthSuffix(const QString &health)
{
    if (health == QLatin1String("starting"))
        return QCoreApplication::translate("dx::ContainerStatus", "health: starting");
    if (health == QLatin1String("healthy"))
        return QCoreApplication::translate("dx::ContainerStatus", "healthy");
    if (health == QLatin1String("unhealthy"))
        return QCoreApplication::translate("dx::ContainerStatus", "unhealthy");
    return health;
}

qint64 secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return std::max<qint64>(0, from.secsTo(to));
}

} // namespace

QString humanDuration(qint64 seconds)
{
    // The same thresholds as github.com/docker/go-units HumanDuration. The counts are plain
    // variables: lupdate 6.4 hangs on a cast or an expression as the plural argument.
    const auto plural = [](const char *text, qint64 count) {
        const int n = int(count);
        return QCoreApplication::translate("dx::ContainerStatus", text, nullptr, n);
    };
    if (seconds < 1)
        return QCoreApplication::translate("dx::ContainerStatus", "Less than a second");
    if (seconds == 1)
        return QCoreApplication::translate("dx::ContainerStatus", "1 second");
    if (seconds < Minute)
        return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n seconds"), seconds);
    const qint64 minutes = seconds / Minute;
    if (minutes == 1)
        return QCoreApplication::translate("dx::ContainerStatus", "About a minute");
    if (minutes < 60)
        return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n minutes"), minutes);
    const qint64 hours = (seconds + Hour / 2) / Hour; // Go's Duration.Round: halves away from zero
    if (hours == 1)
        return QCoreApplication::translate("dx::ContainerStatus", "About an hour");
    if (hours < 48)
        return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n hours"), hours);
    if (hours < 24 * 7 * 2)
        return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n days"), hours / 24);
    if (hours < 24 * 30 * 2)
        return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n weeks"), hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n months"), hours / 24 / 30);
    return plural(QT_TRANSLATE_N_NOOP("dx::ContainerStatus", "%n years"), seconds / Hour / 24 / 365);
}

qint64 parseHumanDuration(const QString &text, qint64 *halfSpanSecs)
{
    // The middle of the span each wording covers, so the estimate is off by half a step at most.
    const auto result = [halfSpanSecs](qint64 middle, qint64 halfSpan) {
        if (halfSpanSecs)
            *halfSpanSecs = halfSpan;
        return middle;
    };
    if (text == QLatin1String("Less than a second"))
        return result(0, 1);
    if (text == QLatin1String("1 second"))
        return result(1, 1);
    if (text == QLatin1String("About a minute"))
        return result(90, 30);
    if (text == QLatin1String("About an hour"))
        return result(75 * Minute, 15 * Minute);
    static const QRegularExpression number(QStringLiteral("^(\\d+) (second|minute|hour|day|week|month|year)s$"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("second"))
        return result(n, 1);
    if (unit == QLatin1String("minute"))
        return result(n * Minute + 30, 30);
    if (unit == QLatin1String("hour"))
        return result(n * Hour, 30 * Minute);
    // Days, weeks and months end where the next unit takes over (14 days, 60 days, 730 days).
    const auto span = [&result](qint64 from, qint64 to, qint64 limit) {
        to = std::min(to, limit);
        return result((from + to) / 2, (to - from) / 2);
    };
    if (unit == QLatin1String("day"))
        return span(n * Day, (n + 1) * Day, 14 * Day);
    if (unit == QLatin1String("week"))
        return span(n * 7 * Day, (n + 1) * 7 * Day, 60 * Day);
    if (unit == QLatin1String("month"))
        return span(n * 30 * Day, (n + 1) * 30 * Day, 730 * Day);
    return span(n * 365 * Day, (n + 1) * 365 * Day, (n + 1) * 365 * Day);
}

QString ContainerSummary::statusText(const QDateTime &now) const
{
    // The order of moby's container.State.String().
    if (state == QLatin1String("running") || state == QLatin1String("paused")) {
        if (!startedAt.isValid())
            return status;
        const QString up = QCoreApplication::translate("dx::ContainerStatus", "Up %1").arg(humanDuration(secondsBetween(startedAt, now)));
        if (state == QLatin1String("paused"))
            return QCoreApplication::translate("dx::ContainerStatus", "%1 (Paused)").arg(up);
        return health.isEmpty() ? up : QCoreApplication::translate("dx::ContainerStatus", "%1 (%2)").arg(up, healthSuffix(health));
    }
    if (state == QLatin1String("restarting")) {
        if (!finishedAt.isValid())
            return status;
        return QCoreApplication::translate("dx::ContainerStatus", "Restarting (%1) %2 ago").arg(exitCode).arg(humanDuration(secondsBetween(finishedAt, now)));
    }
    if (state == QLatin1String("removing"))
        return QCoreApplication::translate("dx::ContainerStatus", "Removal In Progress");
    if (state == QLatin1String("dead"))
        return QCoreApplication::translate("dx::ContainerStatus", "Dead");
    if (state == QLatin1String("created"))
        return QCoreApplication::translate("dx::ContainerStatus", "Created");
    if (state == QLatin1String("exited") && finishedAt.isValid())
        return QCoreApplication::translate("dx::ContainerStatus", "Exited (%1) %2 ago").arg(exitCode).arg(humanDuration(secondsBetween(finishedAt, now)));
    return status;
}

bool ContainerSummary::deriveTimes(const QDateTime &now, qint64 *uncertaintySecs)
{
    static const QRegularExpression up(
        QStringLiteral("^Up (.+?)(?: \\((Paused|healthy|unhealthy|health: starting)\\))?$"));
    static const QRegularExpression ended(QStringLiteral("^(?:Exited|Restarting) \\((-?\\d+)\\) (.+) ago$"));
    if (const QRegularExpressionMatch m = up.match(status); m.hasMatch()) {
        const qint64 seconds = parseHumanDuration(m.captured(1), uncertaintySecs);
        if (seconds < 0)
            return false;
        startedAt = now.addSecs(-seconds);
        const QString suffix = m.captured(2);
        if (suffix == QLatin1String("health: starting"))
            health = QStringLiteral("starting");
        else if (!suffix.isEmpty() && suffix != QLatin1String("Paused"))
            health = suffix;
        return true;
    }
    if (const QRegularExpressionMatch m = ended.match(status); m.hasMatch()) {
        const qint64 seconds = parseHumanDuration(m.captured(2), uncertaintySecs);
        if (seconds < 0)
            return false;
        exitCode = m.captured(1).toInt();
        finishedAt = now.addSecs(-seconds);
        return true;
    }
    return false;
}

bool ContainerSummary::hasClock() const
{
    if (state == QLatin1String("running") || state == QLatin1String("paused"))
        return startedAt.isValid();
    if (state == QLatin1String("restarting") || state == QLatin1String("exited"))
        return finishedAt.isValid();
    return false;
}

QString exitCodeMeaning(int exitCode, bool oomKilled)
{
    switch (exitCode) {
    case 0: return QCoreApplication::translate("dx::ContainerStatus", "0: the main process ended successfully.");
    case 1: return QCoreApplication::translate("dx::ContainerStatus", "1: the program itself reported an error (see its logs).");
    case 2: return QCoreApplication::translate("dx::ContainerStatus", "2: the program or shell was used wrongly (a bad option or syntax).");
    case 125: return QCoreApplication::translate("dx::ContainerStatus", "125: docker could not run the container at all (see the engine's message).");
    case 126: return QCoreApplication::translate("dx::ContainerStatus", "126: the command was found but cannot be invoked (not executable, or a directory).");
    case 127: return QCoreApplication::translate("dx::ContainerStatus", "127: the command was not found in the container (a typo, or not in the image's PATH).");
    case 137:
        return oomKilled ? QCoreApplication::translate("dx::ContainerStatus", "137: killed with SIGKILL because the container ran out of memory (OOMKilled).")
                         : QCoreApplication::translate("dx::ContainerStatus", "137: killed with SIGKILL: by a stop whose timeout ran out (the process ignored SIGTERM), "
                              "by docker kill, or for lack of memory.");
    case 139: return QCoreApplication::translate("dx::ContainerStatus", "139: the process crashed with a segmentation fault (SIGSEGV).");
    case 143: return QCoreApplication::translate("dx::ContainerStatus", "143: stopped by SIGTERM, the polite stop signal of docker stop.");
    default: break;
    }
    if (exitCode > 128 && exitCode < 128 + 65) {
        const int signal = exitCode - 128;
        static const QHash<int, const char *> names{{1, "SIGHUP"},  {2, "SIGINT"},   {3, "SIGQUIT"}, {4, "SIGILL"},
                                                    {6, "SIGABRT"}, {8, "SIGFPE"},   {10, "SIGUSR1"}, {12, "SIGUSR2"},
                                                    {13, "SIGPIPE"}, {14, "SIGALRM"}};
        const QString name = QLatin1String(names.value(signal, ""));
        return name.isEmpty() ? QCoreApplication::translate("dx::ContainerStatus", "%1: ended by signal %2 (128 + %2).").arg(exitCode).arg(signal)
                              : QCoreApplication::translate("dx::ContainerStatus", "%1: ended by signal %2, %3 (128 + %2).")
                                    .arg(exitCode).arg(signal).arg(name);
    }
    return QCoreApplication::translate("dx::ContainerStatus", "%1: the program's own error code (see its logs).").arg(exitCode);
}

} // namespace dx
