#pragma once

#include "buildctx/buildcontext.h"
#include "buildctx/buildevent.h"
#include "buildstreamworker.h"
#include "engine/enginerequest.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <atomic>
#include <memory>

namespace dx {

class BuildStreamThread;
class Engine;
class EngineReply;
class TarBodySource;

struct BuildOptions
{
    enum class Builder { Auto, Classic, BuildKit };

    QString contextDir;
    QString dockerfilePath;       // absolute or relative to contextDir; empty = DIR/Dockerfile
    QByteArray dockerfileText;    // when set, sent as the Dockerfile instead of the file on disk
    bool useDockerfileText = false;
    QStringList tags;
    QList<QPair<QString, QString>> buildArgs;
    QList<QPair<QString, QString>> labels;
    QString target;
    bool noCache = false;
    bool pull = false;
    Builder builder = Builder::Auto;

    // The equivalent docker CLI command line.
    QString commandLine(bool buildKit) const;
    // Query of POST /build; dockerfile is the path inside the context.
    QUrlQuery query(const QString &dockerfile, bool buildKit) const;
    QString absoluteDockerfile() const;
};

struct BuildResult
{
    bool ok = false;
    bool canceled = false;
    bool buildKit = false;
    QString imageId;       // sha256:...
    QString error;         // the daemon's or our message, verbatim
    QString note;          // e.g. the BuildKit -> classic fallback
    qint64 elapsedMs = 0;
};

// Runs one build: scans the context off the GUI thread, streams it as the body of
// POST /build from a producer thread (bounded buffer), decodes the answer on a decoder
// thread as it arrives and reports the decoded events in batches. Lives on the GUI thread; Widgets-free so tests and the
// benchmarks drive it without a view.
class BuildRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildRunner)

public:
    explicit BuildRunner(Engine *engine, QObject *parent = nullptr);
    ~BuildRunner() override;

    // Whether a build with these options would use BuildKit on the connected engine.
    bool wouldUseBuildKit(const BuildOptions &options) const;
    void start(const BuildOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 uploadedBytes() const { return m_uploaded.load(); }
    const ContextScan &scan() const { return m_scan; }
    QString fullText() const { return m_text; } // everything printed, once finished

    // Scans a context synchronously (call it off the GUI thread), applying the inline
    // Dockerfile text when the options ask for it.
    static ContextScan scanContext(const BuildOptions &options);

signals:
    void scanned(qint64 files, qint64 bytes, const QStringList &warnings);
    void eventsReceived(const QList<dx::BuildEvent> &events);
    void noteAdded(const QString &note);
    void finished(const dx::BuildResult &result);

private:
    void onScanned(const ContextScan &scan);
    void send();
    void onData(const QByteArray &chunk);
    void onFinished(const EngineResponse &response);
    void onEventsReady(quint64 generation);
    void onStreamEnded(quint64 generation, const BuildStreamSummary &summary);
    void finish(BuildResult result);

    QPointer<Engine> m_engine;
    BuildOptions m_options;
    ContextScan m_scan;
    std::shared_ptr<TarBodySource> m_source;
    std::unique_ptr<BuildStreamThread> m_stream;
    quint64 m_streamGeneration = 0;
    EngineResponse m_response; // of the ended POST /build while the decoder drains
    QPointer<EngineReply> m_reply;
    std::atomic<qint64> m_uploaded{0};
    QString m_note;
    QString m_previousText;
    QString m_text;
    qint64 m_startedMs = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_canceled = false;
    bool m_buildKit = false;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::BuildResult)
