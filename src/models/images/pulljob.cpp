#include "pulljob.h"

#include "pulllayersmodel.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "registry/imagereference.h"
#include "registry/registrycredentials.h"

#include <QDebug>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dx {

namespace {

struct Lookup
{
    RegistryAuth auth;
    QString problem; // a credential helper that failed
};

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return text.contains(QLatin1String(w)); });
}

} // namespace

PullJob::PullJob(DockerApi *api, const QString &reference, const QString &platform, QObject *parent)
    : PullJob(Operation::Pull, api, reference, platform, parent)
{
}

PullJob *PullJob::push(DockerApi *api, const QString &reference, QObject *parent)
{
    return new PullJob(Operation::Push, api, reference, {}, parent);
}

PullJob::PullJob(Operation operation, DockerApi *api, const QString &reference, const QString &platform, QObject *parent)
    : Job(operation == Operation::Push ? tr("Push %1").arg(reference.trimmed()) : tr("Pull %1").arg(reference.trimmed()),
          parent)
    , m_operation(operation)
    , m_api(api)
    , m_reference(reference.trimmed())
    , m_platform(platform.trimmed())
    , m_layers(new PullLayersModel(this))
{
    if (api)
        api->trackJob(this);
}

PullJob::~PullJob()
{
    if (m_reply)
        m_reply->abort();
}

QString PullJob::referenceProblem(const QString &reference)
{
    using Problem = ImageReference::Problem;
    switch (ImageReference::check(reference.trimmed())) {
    case Problem::None: return {};
    case Problem::Empty: return tr("Enter the image to pull, e.g. alpine:3.19 or nginx.");
    case Problem::Whitespace: return tr("\"%1\" contains a space: an image reference has none.").arg(reference.trimmed());
    case Problem::UpperCase:
        return tr("\"%1\": a repository name is lower case (only a tag or a registry's host name may hold capitals).")
            .arg(reference.trimmed());
    case Problem::TooLong: return tr("The repository name is longer than the 255 characters a registry accepts.");
    case Problem::Malformed: break;
    }
    return tr("\"%1\" is not an image reference. The form is [REGISTRY/]NAME[:TAG][@DIGEST], e.g. alpine:3.19, nginx or "
              "ghcr.io/owner/app:1. A name holds lower-case letters, digits and . _ - /; a tag at most 128 letters, "
              "digits and _ . -")
        .arg(reference.trimmed());
}

QString PullJob::platformProblem(const QString &platform)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9_]+(/[a-z0-9_]+(/[a-z0-9_.]+)?)?$"));
    if (platform.trimmed().isEmpty() || form.match(platform.trimmed()).hasMatch())
        return {};
    return tr("\"%1\" is not a platform. The form is OS/ARCHITECTURE[/VARIANT] in lower case, e.g. linux/amd64, "
              "linux/arm64 or linux/arm/v7.")
        .arg(platform.trimmed());
}

PullJob::Failure PullJob::classify(const ApiError &error)
{
    if (error.isNone())
        return Failure::None;
    if (error.kind != ApiError::Kind::Http)
        return Failure::Other; // the engine itself did not answer: its own message says so
    const QString m = error.message;
    // As moby and Go's resolver say it: "dial tcp: lookup registry-1.docker.io on 10.0.2.3:53:
    // no such host", "... server misbehaving", "i/o timeout", "network is unreachable",
    // "net/http: request canceled while waiting for connection", "TLS handshake timeout".
    if (containsAny(m, {"dial tcp", "lookup ", "no such host", "server misbehaving", "i/o timeout", "network is unreachable",
                        "connection refused", "Temporary failure in name resolution", "TLS handshake timeout",
                        "request canceled while waiting for connection", "no route to host"}))
        return Failure::NoNetwork;
    // Docker Hub answers an unknown repository with "pull access denied for x, repository does
    // not exist or may require 'docker login'": first of all a name that does not exist.
    if (containsAny(m, {"repository does not exist", "manifest unknown", "name unknown"}) || error.status == 404
        || m.contains(QLatin1String("not found")))
        return Failure::NotFound;
    if (!ApiError::registryHint(m).isEmpty())
        return Failure::Unauthorized;
    return Failure::Other;
}

QString PullJob::describe(Failure failure, const QString &reference, const QString &engineMessage)
{
    QString headline;
    switch (failure) {
    case Failure::None: return {};
    case Failure::InvalidReference: return engineMessage;
    case Failure::NotFound:
        headline = tr("%1 was not found: the registry has no image of that name, or not that tag. Check the spelling "
                      "and the tag (the part after the colon).")
                       .arg(reference);
        break;
    case Failure::Unauthorized:
        headline = tr("The registry refused to hand out %1: it wants credentials it accepts.").arg(reference);
        break;
    case Failure::NoNetwork:
        headline = tr("No internet: the engine cannot reach the registry of %1 (no connection, or its name cannot be "
                      "resolved). Load the image from a file instead (Images → Load…), e.g. one written by docker save "
                      "on a computer that has it.")
                       .arg(reference);
        break;
    case Failure::Other: headline = tr("Pulling %1 failed.").arg(reference); break;
    }
    return engineMessage.isEmpty() ? headline : headline + QStringLiteral("\n\n") + engineMessage;
}

QString PullJob::describePush(Failure failure, const QString &reference, const QString &engineMessage)
{
    QString headline;
    switch (failure) {
    case Failure::None: return {};
    case Failure::InvalidReference: return engineMessage;
    case Failure::NotFound:
        headline = tr("%1 cannot be pushed: the engine has no image of that name, or the registry has no repository "
                      "of that name. Give the image this name first (Tag…).")
                       .arg(reference);
        break;
    case Failure::Unauthorized:
        headline = tr("The registry refused to take %1: log in (Images → Registries…) with an account that may write "
                      "to this repository.")
                       .arg(reference);
        break;
    case Failure::NoNetwork:
        headline = tr("The engine cannot reach the registry of %1 (no connection, or its name cannot be resolved).")
                       .arg(reference);
        break;
    case Failure::Other: headline = tr("Pushing %1 failed.").arg(reference); break;
    }
    return engineMessage.isEmpty() ? headline : headline + QStringLiteral("\n\n") + engineMessage;
}

void PullJob::replay(const QByteArray &chunk)
{
    feed(m_decoder.feed(chunk));
}

void PullJob::run()
{
    const QString problem = referenceProblem(m_reference);
    if (!problem.isEmpty()) {
        failWith(Failure::InvalidReference, problem);
        return;
    }
    if (m_operation == Operation::Push && !ImageReference::parse(m_reference).digest.isEmpty()) {
        failWith(Failure::InvalidReference, tr("A digest names what a registry already has: push a name with a tag."));
        return;
    }
    const QString platform = platformProblem(m_platform);
    if (!platform.isEmpty()) {
        failWith(Failure::InvalidReference, platform);
        return;
    }
    if (!m_api) {
        failWith(Failure::Other, tr("Not connected to an engine."));
        return;
    }
    // The CLI's credentials: reading them may run a credential helper, so not on this thread.
    auto *watcher = new QFutureWatcher<Lookup>(this);
    connect(watcher, &QFutureWatcher<Lookup>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_aborted)
            return; // cancelled before anything was sent
        const Lookup lookup = watcher->result();
        if (!lookup.problem.isEmpty())
            qInfo().noquote() << "pull:" << lookup.problem; // the helper's failure, never a secret
        send(lookup.auth);
    });
    watcher->setFuture(QtConcurrent::run([reference = m_reference] {
        Lookup lookup;
        lookup.auth = RegistryCredentials::load().forImage(reference, &lookup.problem);
        return lookup;
    }));
}

void PullJob::send(const RegistryAuth &auth)
{
    if (!m_api) {
        failWith(Failure::Other, tr("Not connected to an engine."));
        return;
    }
    m_reply = m_operation == Operation::Push ? m_api->images().push(m_reference, auth, CallContext::user())
                                             : m_api->images().pull(m_reference, m_platform, auth, CallContext::user());
    connect(m_reply, &EngineReply::dataReceived, this, [this](const QByteArray &chunk) { feed(m_decoder.feed(chunk)); });
    connect(m_reply, &EngineReply::finished, this, &PullJob::onFinished);
}

void PullJob::feed(const QList<ImageProgress> &lines)
{
    for (const ImageProgress &line : lines) {
        m_layers->apply(line);
        static const QLatin1String digestPrefix("Digest: ");
        if (line.id.isEmpty() && line.status.startsWith(digestPrefix))
            m_digest = line.status.mid(digestPrefix.size());
        // A push ends with "latest: digest: sha256:... size: 528".
        static const QRegularExpression pushed(QStringLiteral("^\\S+: digest: (sha256:[0-9a-f]+) size: \\d+$"));
        if (const QRegularExpressionMatch m = pushed.match(line.status); line.id.isEmpty() && m.hasMatch())
            m_digest = m.captured(1);
    }
    if (!lines.isEmpty() && m_layers->totalUnits() > 0)
        reportProgress(m_layers->doneUnits(), m_layers->totalUnits());
}

void PullJob::onFinished(const EngineResponse &response)
{
    feed(m_decoder.finish());
    m_reply = nullptr;
    const ApiError error = m_decoder.outcome(response);
    if (m_aborted || error.kind == ApiError::Kind::Cancelled) {
        confirmCancelled();
        return;
    }
    if (!error.isNone()) {
        const Failure failure = classify(error);
        failWith(failure, m_operation == Operation::Push ? describePush(failure, m_reference, error.message)
                                                         : describe(failure, m_reference, error.message));
        return;
    }
    reportProgress(m_layers->totalUnits(), m_layers->totalUnits());
    succeed(m_reference);
}

void PullJob::abortWork()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finished follows, with the request cancelled: onFinished ends the job
    else
        confirmCancelled(); // nothing sent yet (the credentials were being read)
}

void PullJob::failWith(Failure failure, const QString &message)
{
    m_failure = failure;
    fail(message);
}

} // namespace dx
