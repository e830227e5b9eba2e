#include "volumecommand.h"

#include "volumebackupjob.h"
#include "volumecommandline.h"
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
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

namespace dx {

namespace {

constexpr int ConnectTimeoutMs = 15000;

int engineError(QTextStream &err, QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "docker-explorer volume: " << terminalLine(message.trimmed()) << Qt::endl;
    return VolumeExit::Error;
}

class Runner final
{
    Q_DISABLE_COPY_MOVE(Runner)
public:
    Runner(const VolumeCommandLine &line, QTextStream &err)
        : m_line(line)
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
        helper.setExtraLabels(m_line.labels);
        const QString tag = qEnvironmentVariable("DX_VOLUME_HELPER_TAG"); // tests keep apart from the app
        if (!tag.isEmpty())
            helper.setImage(QStringLiteral("docker-explorer-helper"), tag);

        int code = VolumeExit::Error;
        if (m_line.action == VolumeCommandLine::Action::Download)
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
        const QString &volume = m_line.volume;
        const QString &path = m_line.pathInVolume;
        const QString &dir = m_line.local;
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
        int code = VolumeExit::Ok;
        if (job->state() == Job::State::Cancelled) {
            code = VolumeExit::Interrupted;
        } else if (job->state() == Job::State::Failed && job->refusedOnly()) {
            m_err << QCoreApplication::translate("dx::VolumeCommand", "Refused for safety:") << '\n';
            for (const QString &r : job->refusals())
                m_err << "  " << terminalLine(r) << '\n'; // names from the volume
            m_err << Qt::flush;
            code = VolumeExit::Refused;
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
        const bool isExport = m_line.action == VolumeCommandLine::Action::Export;
        const QString &volume = m_line.volume;
        const QString &file = m_line.local;
        std::unique_ptr<VolumeBackupJob> job(isExport ? VolumeBackupJob::exportVolume(api, helper, volume, file)
                                                      : VolumeBackupJob::importVolume(api, helper, file, volume,
                                                                                      m_line.force));
        job->setReported(false);
        runJob(job.get());
        switch (job->state()) {
        case Job::State::Finished: return VolumeExit::Ok;
        case Job::State::Cancelled: return VolumeExit::Interrupted;
        default: break;
        }
        if (job->refusedNotEmpty()) {
            m_err << "docker-explorer volume: " << terminalLine(job->errorString()) << ' '
                  << QCoreApplication::translate("dx::VolumeCommand", "Use --force to import anyway.") << Qt::endl;
            return VolumeExit::Refused;
        }
        return engineError(m_err, job->errorString());
    }

    const VolumeCommandLine &m_line;
    QTextStream &m_err;
    const bool m_progress;
    bool m_lineOpen = false;
};

} // namespace

int runVolumeCommand(const QStringList &args, const QString &engineChoice, QTextStream &out, QTextStream &err)
{
    const VolumeCommandLine line = VolumeCommandLine::parse(args);
    const int answer = line.answerWithoutEngine(out, err);
    if (answer >= 0)
        return answer;
    Runner runner(line, err);
    return runner.run(engineChoice);
}

} // namespace dx
