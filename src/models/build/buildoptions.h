#pragma once

#include "api/buildapi.h"
#include "buildctx/buildcontext.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace dx {

struct EngineInfo;

// What the user chose in the build form. The wire (query, command line) is the API's
// BuildParameters; this adds what only the app knows: the builder choice and whether the
// editor's text stands in for the file on disk.
struct BuildOptions
{
    enum class Builder { Auto, Classic, BuildKit };

    QString contextDir;
    QString dockerfilePath;       // absolute or relative to contextDir; empty = DIR/Dockerfile
    // When set, dockerfileText is built instead of the file on disk, the way
    // `docker build -f- DIR <<'EOF'` builds its stdin (the file on disk stays an ordinary
    // context file). Only worth it when the text differs from the file.
    QByteArray dockerfileText;
    bool useDockerfileText = false;
    QStringList tags;
    QList<QPair<QString, QString>> buildArgs;
    QList<QPair<QString, QString>> labels;
    QString target;
    QString platform;
    bool noCache = false;
    bool pull = false;
    Builder builder = Builder::Auto;

    QString absoluteDockerfile() const;
    // The API's parameters; `dockerfile` (the path inside the context) is the scan's.
    BuildParameters parameters(bool buildKit, const QString &dockerfileInContext = {}) const;
    // Whether a build would use BuildKit on this engine.
    bool usesBuildKit(const EngineInfo &engine) const;
    // Scans the context as the CLI would send it (call it off the GUI thread).
    ContextScan scanContext() const;
};

} // namespace dx
