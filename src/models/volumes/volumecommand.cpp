#include "volumecommand.h"

#include "volumebackupjob.h"
#include "volumehelper.h"
#include "volumetransfer.h"

#include "api/dockerapi.h"
#include "api/volumesapi.h"
#include "engine/engine.h"
#include "engine/engineinfo.h"
#include "engine/unixsignals.h"
#include "session/enginesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

namespace dx {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitRefused = 1;
constexpr int ExitError = 2;
constexpr int ExitInterrupted = 130; // 128 + SIGINT, what a shell reports
constexpr int ConnectTimeoutMs = 15000;

QString usage()
{
    return QCoreApplication::translate("dx::VolumeCommand", "Usage: docker-explorer volume COMMAND\n"
              "\n"
              "Commands:\n"
              "  download NAME[:PATH] DIR   copy the volume's files (or PATH in it) into DIR; what is unsafe\n"
              "                             (links leaving DIR, special files, existing files) is refused\n"
              "  export NAME FILE           write the whole volume to FILE, a tar (gzip-compressed when FILE\n"
              "                             ends in .gz or .tgz) keeping paths, modes, owners, links and times\n"
              "  import FILE NAME [--force] unpack FILE (tar or tar.gz) into volume NAME, creating it when\n"
              "                             missing; a volume that holds files is refused unless --force\n"
              "\n"
              "Options:\n"
              "  --label KEY=VALUE          label the helper containers and a volume that import creates\n"
              "  -h, --help                 show this help\n"
              "\n"
              "Exit status: 0 all done, 1 done with refusals (listed), 2 usage or engine error,\n"
              "130 interrupted (nothing is left behind on the engine).\n");
}

int usageError(QTextStream &err, const QString &message)
{
    err << "docker-explorer volume: " << message << '\n' << QCoreApplication::translate("dx::VolumeCommand", "Try 'docker-explorer volume --help'.") << Qt::endl;
    return ExitError;
}

int engineError(QTextStream &err, QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "docker-explorer volume: " << message.trimmed() << Qt::endl;
    return ExitError;
}

bool validVolumeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

struct Parsed
{
    QString command;
    QStringList positional;
    bool force = false;
    QMap<QString, QString> labels;
};

// Empty string: parsed; otherwise the usage error.
QString parse(const QStringList &args, Parsed *p)
{
    p->command = args.value(0);
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--force") && p->command == QLatin1String("import")) {
            p->force = true;
        } else if (a == QLatin1String("--label") || a.startsWith(QLatin1String("--label="))) {
            const QString value = a.startsWith(QLatin1String("--label=")) ? a.mid(8) : args.value(++i);
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return QCoreApplication::translate("dx::VolumeCommand", "--label takes KEY=VALUE");
            p->labels.insert(value.left(eq), value.mid(eq + 1));
        } else if (a == QLatin1String("--")) {
            p->positional += args.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return QCoreApplication::translate("dx::VolumeCommand", "unknown option %1").arg(a);
        } else {
            p->positional.append(a);
        }
    }
    const QStringList known{QStringLiteral("download"), QStringLiteral("export"), QStringLiteral("import")};
    if (!known.contains(p->command))
        return p->command.isEmpty() ? QCoreApplication::translate("dx::VolumeCommand", "a command is missing") : QCoreApplication::translate("dx::VolumeCommand", "unknown command %1").arg(p->command);
    if (p->positional.size() != 2)
        return QCoreApplication::translate("dx::VolumeCommand", "%1 takes two arguments").arg(p->command);
    return {};
}

class Runner final
{
    Q_DISABLE_COPY_MOVE(Runner)
public:
    Runner(const Parsed &parsed, QTextStream &err)
        : m_parsed(parsed)
        , m_err(err)
        , m_progress(::isatty(STDERR_FILENO) == 1)
    {
    }

    int run(const QString &engineChoice)
    {
        Engine engine;
        EngineSession session(&engine);
        engine.connectToChoice(engineChoice);
        if (!waitConnected(engine))
            return engineError(m_err, QCoreApplication::translate("dx::VolumeCommand", "cannot reach the engine: %1").arg(engine.info().message));

        VolumeHelper helper(session.api());
        helper.setExtraLabels(m_parsed.labels);
        const QString tag = qEnvironmentVariable("DX_VOLUME_HELPER_TAG"); // tests keep apart from the app
        if (!tag.isEmpty())
            helper.setImage(QStringLiteral("docker-explorer-helper"), tag);

        int code = ExitError;
        if (m_parsed.command == QLatin1String("download"))
            code = download(session.api(), &helper);
        else
            code = backup(session.api(), &helper);
        // Helper removals are essential requests: they reach the engine before it stops.
        session.shutdown(10000);
        return code;
    }

private:
    bool waitConnected(Engine &engine)
    {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&engine, &Engine::infoChanged, &loop, [&loop](const EngineInfo &info) {
            if (info.state != EngineInfo::State::Connecting)
                loop.quit();
        });
        timeout.start(ConnectTimeoutMs);
        if (engine.info().state == EngineInfo::State::Connecting)
            loop.exec();
        return engine.isConnected();
    }

    // Runs `job` to its end; Ctrl+C cancels it.
    void runJob(Job *job)
    {
        QEventLoop loop;
        QObject::connect(job, &Job::ended, &loop, &QEventLoop::quit);
        // Ctrl+C cancels the job (its helpers are removed); a second one ends at once.
        auto interrupt = std::make_unique<UnixSignals>(QList<int>{SIGINT}, UnixSignals::Repeat::EndsAtOnce);
        QObject::connect(interrupt.get(), &UnixSignals::raised, job, [this, job] {
            endProgressLine();
            m_err << QCoreApplication::translate("dx::VolumeCommand", "Interrupted: stopping and removing the helper containers…") << Qt::endl;
            job->cancel();
        });
        QObject::connect(job, &Job::progress, job, [this, job](qint64 done, qint64 total) {
            if (!m_progress)
                return;
            const QLocale locale;
            m_err << '\r' << job->title() << ": " << locale.formattedDataSize(done);
            if (total > 0)
                m_err << " / " << locale.formattedDataSize(total) << QStringLiteral(" (%1%)").arg(done * 100 / total);
            m_err << "    " << Qt::flush;
            m_lineOpen = true;
        });
        job->start();
        if (!job->hasEnded())
            loop.exec();
        interrupt.reset();
        endProgressLine();
    }

    void endProgressLine()
    {
        if (m_lineOpen)
            m_err << Qt::endl;
        m_lineOpen = false;
    }

    int download(DockerApi *api, VolumeHelper *helper)
    {
        const QString spec = m_parsed.positional.at(0);
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const QString volume = colon < 0 ? spec : spec.left(colon);
        QString path = colon < 0 ? QString() : spec.mid(colon + 1);
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!validVolumeName(volume))
            return usageError(m_err, QCoreApplication::translate("dx::VolumeCommand", "invalid volume name %1").arg(volume));
        if (path.split(QLatin1Char('/')).contains(QLatin1String("..")))
            return usageError(m_err, QCoreApplication::translate("dx::VolumeCommand", "a path in the volume cannot contain \"..\""));
        const QString dir = m_parsed.positional.at(1);
        if (!QDir().mkpath(dir))
            return engineError(m_err, QCoreApplication::translate("dx::VolumeCommand", "cannot create %1").arg(dir));

        // A helper for a missing volume would create it: ask first.
        QString error;
        bool missing = false;
        {
            QEventLoop loop;
            api->volumes().inspect(volume, CallContext::internal()).then(&loop, [&](const ApiResult<VolumeSummary> &r) {
                missing = r.error.isNotFound();
                if (!r.ok() && !missing)
                    error = r.message();
                loop.quit();
            });
            loop.exec();
        }
        if (missing)
            return engineError(m_err, QCoreApplication::translate("dx::VolumeCommand", "No such volume: %1").arg(volume));
        if (!error.isEmpty())
            return engineError(m_err, error);

        QString helperId;
        {
            QEventLoop loop;
            helper->acquire(volume, [&](const QString &id, const QString &e) {
                helperId = id;
                error = e;
                loop.quit();
            });
            loop.exec();
        }
        if (!error.isEmpty())
            return engineError(m_err, QCoreApplication::translate("dx::VolumeCommand", "Cannot make a helper container: %1").arg(error));

        // The whole volume lands in DIR (its content, as `docker cp HELPER:/v/. DIR`); a
        // PATH lands as DIR/basename(PATH).
        auto *job = VolumeTransfer::download(api, helperId, path.isEmpty() ? QStringLiteral(".") : path, dir, false);
        runJob(job);
        int code = ExitOk;
        if (job->state() == Job::State::Cancelled) {
            code = ExitInterrupted;
        } else if (job->state() == Job::State::Failed && job->refusedOnly()) {
            m_err << QCoreApplication::translate("dx::VolumeCommand", "Refused for safety:") << '\n';
            for (const QString &r : job->refusals())
                m_err << "  " << r << '\n';
            m_err << Qt::flush;
            code = ExitRefused;
        } else if (job->state() == Job::State::Failed) {
            code = engineError(m_err, job->errorString());
        }
        delete job;
        std::signal(SIGINT, SIG_IGN); // the helper goes in any case
        {
            QEventLoop loop;
            helper->release(helperId, [&loop] { loop.quit(); });
            loop.exec();
        }
        return code;
    }

    int backup(DockerApi *api, VolumeHelper *helper)
    {
        const bool isExport = m_parsed.command == QLatin1String("export");
        const QString volume = m_parsed.positional.at(isExport ? 0 : 1);
        const QString file = m_parsed.positional.at(isExport ? 1 : 0);
        if (!validVolumeName(volume))
            return usageError(m_err, QCoreApplication::translate("dx::VolumeCommand", "invalid volume name %1").arg(volume));
        std::unique_ptr<VolumeBackupJob> job(isExport ? VolumeBackupJob::exportVolume(api, helper, volume, file)
                                                      : VolumeBackupJob::importVolume(api, helper, file, volume,
                                                                                      m_parsed.force));
        job->setReported(false);
        runJob(job.get());
        switch (job->state()) {
        case Job::State::Finished: return ExitOk;
        case Job::State::Cancelled: return ExitInterrupted;
        default: break;
        }
        if (job->refusedNotEmpty()) {
            m_err << "docker-explorer volume: " << job->errorString() << ' '
                  << QCoreApplication::translate("dx::VolumeCommand", "Use --force to import anyway.") << Qt::endl;
            return ExitRefused;
        }
        return engineError(m_err, job->errorString());
    }

    const Parsed &m_parsed;
    QTextStream &m_err;
    const bool m_progress;
    bool m_lineOpen = false;
};

} // namespace

int runVolumeCommand(const QStringList &args, const QString &engineChoice, QTextStream &out, QTextStream &err)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << usage() << Qt::flush;
        return ExitOk;
    }
    Parsed parsed;
    const QString problem = parse(args, &parsed);
    if (!problem.isEmpty())
        return usageError(err, problem);
    Runner runner(parsed, err);
    return runner.run(engineChoice);
}

} // namespace dx
