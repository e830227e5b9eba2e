#include "buildoptions.h"

#include "engine/engineinfo.h"

#include <QDir>
#include <QFileInfo>

namespace dx {

QString BuildOptions::absoluteDockerfile() const
{
    if (dockerfilePath.isEmpty())
        return QDir(contextDir).filePath(QStringLiteral("Dockerfile"));
    return QFileInfo(dockerfilePath).isAbsolute() ? dockerfilePath : QDir(contextDir).filePath(dockerfilePath);
}

BuildParameters BuildOptions::parameters(bool buildKit, const QString &dockerfileInContext) const
{
    BuildParameters p;
    p.contextDir = contextDir;
    p.dockerfile = dockerfileInContext;
    if (useDockerfileText) {
        p.dockerfileFromStdin = true;
        p.stdinDockerfile = dockerfileText;
    } else {
        const QString df = absoluteDockerfile();
        const QString rel = QDir(contextDir).relativeFilePath(df);
        if (rel != QLatin1String("Dockerfile"))
            p.dockerfileArgument = rel.startsWith(QLatin1String("../")) ? df : QDir(contextDir).filePath(rel);
    }
    p.tags = tags;
    p.buildArgs = buildArgs;
    p.labels = labels;
    p.target = target;
    p.platform = platform;
    p.noCache = noCache;
    p.pull = pull;
    p.buildKit = buildKit;
    return p;
}

bool BuildOptions::usesBuildKit(const EngineInfo &engine) const
{
    if (engine.podman)
        return false; // Podman streams buildah's output through the classic endpoint
    switch (builder) {
    case Builder::Classic: return false;
    case Builder::BuildKit: return true;
    case Builder::Auto: return engine.buildKit;
    }
    return false;
}

ContextScan BuildOptions::scanContext() const
{
    if (useDockerfileText)
        return BuildContext::scanWithStdinDockerfile(contextDir, dockerfileText);
    return BuildContext::scan(contextDir, dockerfilePath.isEmpty() ? QString() : absoluteDockerfile());
}

} // namespace dx
