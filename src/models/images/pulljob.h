#pragma once

#include "api/apiresult.h"
#include "api/imageprogress.h"
#include "api/job.h"

#include <QPointer>

namespace dx {

class DockerApi;
class EngineReply;
class PullLayersModel;
struct RegistryAuth;

// `docker pull [--platform P] REFERENCE` as one Job, its layers in a PullLayersModel. The
// reference is checked before anything is sent; the registry's credentials are the docker
// CLI's (RegistryCredentials::forImage, read off the GUI thread). progress(done, total) counts
// the layers' download and extraction (PullLayer::units); cancel() aborts the request, which
// the Docker Commands panel shows as cancelled. A failure says what it was (failure()) and
// what to do, followed by the engine's own message.
//
// The same job pushes (`docker push REFERENCE`, operation() Push): the layers go up instead of
// down, through the same model, with the same credentials and the same contract.
class PullJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullJob)

public:
    enum class Failure { None, InvalidReference, NotFound, Unauthorized, NoNetwork, Other };
    Q_ENUM(Failure)

    enum class Operation { Pull, Push };
    Q_ENUM(Operation)

    PullJob(DockerApi *api, const QString &reference, const QString &platform = {}, QObject *parent = nullptr);
    // `docker push REFERENCE`.
    static PullJob *push(DockerApi *api, const QString &reference, QObject *parent = nullptr);
    ~PullJob() override;

    Operation operation() const { return m_operation; }
    QString reference() const { return m_reference; }
    QString platform() const { return m_platform; }
    PullLayersModel *layers() const { return m_layers; }
    Failure failure() const { return m_failure; }
    // The image's digest ("Digest: sha256:..." of a pull's stream, "TAG: digest: sha256:... size:
    // N" of a push's), once the registry named it.
    QString digest() const { return m_digest; }

    // Why `reference` cannot be pulled as typed; empty when it can.
    static QString referenceProblem(const QString &reference);
    // "linux/amd64", "linux/arm/v7": os/arch[/variant]; empty when it is one (or empty).
    static QString platformProblem(const QString &platform);
    // Which kind of failure the engine's message is (an HTTP error or the stream's error line).
    static Failure classify(const ApiError &error);
    // The message for the user: what went wrong and what to do, then the engine's words.
    static QString describe(Failure failure, const QString &reference, const QString &engineMessage);
    static QString describePush(Failure failure, const QString &reference, const QString &engineMessage);

    // Feeds a chunk of a recorded stream to the layers as if the engine sent it (the screenshot
    // mode shows a pull recorded from a real engine); a line cut at the chunk's end waits for the
    // next chunk. The job itself stays pending.
    void replay(const QByteArray &chunk);

protected:
    void run() override;
    void abortWork() override;

private:
    PullJob(Operation operation, DockerApi *api, const QString &reference, const QString &platform, QObject *parent);

    void send(const RegistryAuth &auth);
    void feed(const QList<ImageProgress> &lines);
    void onFinished(const EngineResponse &response);
    void failWith(Failure failure, const QString &message);

    Operation m_operation;
    QPointer<DockerApi> m_api;
    QString m_reference;
    QString m_platform;
    PullLayersModel *m_layers;
    QPointer<EngineReply> m_reply;
    ImageProgressDecoder m_decoder;
    Failure m_failure = Failure::None;
    QString m_digest;
    bool m_aborted = false;
};

} // namespace dx
