#include "layerscommand.h"

#include "imagelayersjob.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "engine/engine.h"
#include "engine/engineinfo.h"
#include "engine/unixsignals.h"
#include "session/enginesession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

#include <unistd.h>

namespace dx {

namespace {

constexpr int ConnectTimeoutMs = 15000;

QString usage()
{
    return QCoreApplication::translate("dx::LayersCommand", "Usage: docker-explorer layers IMAGE [--format text|json]\n"
              "\n"
              "What each filesystem layer of IMAGE added, modified and removed (files, symlinks,\n"
              "hardlinks; whiteouts count as removals), its size, and the space the image wastes\n"
              "on file versions that later layers overwrite or remove. Read from the engine's\n"
              "`docker save` stream, which is never held whole.\n"
              "\n"
              "  --format text   for people: per Dockerfile step its files (default)\n"
              "  --format json   {\"image\", \"layers\": [{\"index\", \"diffId\", \"createdBy\", \"size\",\n"
              "                  \"added\", \"modified\", \"removed\"}], \"wastedBytes\", \"efficiency\"}\n"
              "\n"
              "Exit status: 0 done, 1 no engine, no such image or a damaged stream, 2 bad usage,\n"
              "130 interrupted.\n");
}

// One line on stderr; control characters (from an image name or the engine) become '?'.
int failure(QTextStream &err, QString message, int code = LayersExit::Failed)
{
    message = message.trimmed();
    for (QChar &c : message) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QLatin1Char(' ');
    }
    err << "docker-explorer layers: " << message << Qt::endl;
    return code;
}

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

int analyse(DockerApi *api, const QString &image, bool json, QTextStream &out, QTextStream &err)
{
    // The image first: an unknown name is said as such, and its size paces the progress.
    ApiResult<ImageDetails> details;
    {
        QEventLoop loop;
        api->images().inspect(image, CallContext::internal()).then(&loop, [&](const ApiResult<ImageDetails> &r) {
            details = r;
            loop.quit();
        });
        loop.exec();
    }
    if (details.error.isNotFound())
        return failure(err, QCoreApplication::translate("dx::LayersCommand", "No such image: %1").arg(image));
    if (!details.ok())
        return failure(err, details.message());

    ImageLayersJob job(api, image, details.value.size);
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    bool lineOpen = false;
    QObject::connect(&job, &Job::progress, &job, [&](qint64 done, qint64 total) {
        if (!showProgress)
            return;
        const QLocale locale;
        err << '\r' << job.title() << ": " << locale.formattedDataSize(done);
        if (total > 0)
            err << " / " << locale.formattedDataSize(total) << QStringLiteral(" (%1%)").arg(done * 100 / total);
        err << "    " << Qt::flush;
        lineOpen = true;
    });
    QEventLoop loop;
    QObject::connect(&job, &Job::ended, &loop, &QEventLoop::quit);
    auto interrupt = std::make_unique<UnixSignals>(QList<int>{SIGINT}, UnixSignals::Repeat::EndsAtOnce);
    QObject::connect(interrupt.get(), &UnixSignals::raised, &job, &Job::cancel);
    job.start();
    if (!job.hasEnded())
        loop.exec();
    interrupt.reset();
    if (lineOpen)
        err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;

    switch (job.state()) {
    case Job::State::Finished: break;
    case Job::State::Cancelled: return failure(err, QCoreApplication::translate("dx::LayersCommand", "Interrupted"), LayersExit::Interrupted);
    default: return failure(err, job.errorString());
    }
    const ImageLayersReport report = job.report();
    if (json)
        out << QString::fromUtf8(report.toJsonText());
    else
        out << report.toText();
    out.flush();
    return LayersExit::Ok;
}

} // namespace

int runLayersCommand(const QStringList &args, const QString &engineChoice, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList images;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return LayersExit::Ok;
        }
        if (arg == QLatin1String("--format") || arg.startsWith(QLatin1String("--format="))) {
            QString format = arg.section(QLatin1Char('='), 1);
            if (!arg.contains(QLatin1Char('='))) {
                if (++i >= args.size()) {
                    err << QCoreApplication::translate("dx::LayersCommand", "docker-explorer layers: --format needs a value (text or json)") << '\n' << usage() << Qt::flush;
                    return LayersExit::Usage;
                }
                format = args.at(i);
            }
            if (format != QLatin1String("text") && format != QLatin1String("json"))
                return failure(err, QCoreApplication::translate("dx::LayersCommand", "unknown format '%1' (use text or json)").arg(format), LayersExit::Usage);
            json = format == QLatin1String("json");
        } else if (arg.startsWith(QLatin1Char('-'))) {
            err << QCoreApplication::translate("dx::LayersCommand", "docker-explorer layers: unknown option '%1'").arg(arg) << '\n' << usage() << Qt::flush;
            return LayersExit::Usage;
        } else {
            images.append(arg);
        }
    }
    if (images.size() != 1) {
        err << QCoreApplication::translate("dx::LayersCommand", "docker-explorer layers: name one image") << '\n' << usage() << Qt::flush;
        return LayersExit::Usage;
    }

    Engine engine;
    EngineSession session(&engine);
    engine.connectToChoice(engineChoice);
    if (!waitConnected(engine))
        return failure(err, QCoreApplication::translate("dx::LayersCommand", "cannot reach the engine: %1").arg(engine.info().message));
    const int code = analyse(session.api(), images.constFirst(), json, out, err);
    session.shutdown(3000);
    return code;
}

} // namespace dx
