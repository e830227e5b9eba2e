#pragma once

#include "streams/imagelayers.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace dx {

class Engine;
class EngineLauncher;
class EngineSession;
class IconProvider;

// What one Dockerfile line produced in the last build (issue: line to layer map).
struct LineLayerInfo
{
    int startLine = 0;      // 1-based, inclusive
    int endLine = 0;
    QString instruction;    // e.g. "RUN apt-get update"
    QString historyId;      // image id of the history entry ("<missing>" for BuildKit)
    QString layerDigest;    // sha256:... of the layer it added; empty for metadata steps
    qint64 size = 0;
    bool cached = false;
    bool emptyLayer = true;
};

// The services every view gets: the engine, icons, and the few cross-view requests
// (open a line in the editor, show an image, ...). Views never talk to each other directly.
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)
    Q_PROPERTY(QString requestedBuildTag READ requestedBuildTag WRITE setRequestedBuildTag NOTIFY requestedBuildTagChanged)

public:
    AppServices(EngineSession *session, IconProvider *icons, QObject *parent = nullptr);
    // Makes and owns a session of its own for `engine` (tests, benchmarks).
    AppServices(Engine *engine, IconProvider *icons, QObject *parent = nullptr);

    Engine *engine() const { return m_engine; }
    // The typed API, the command log and the live stores every view shares.
    EngineSession *session() const { return m_session; }
    IconProvider *icons() const { return m_icons; }
    // Connects to the user's choice and starts Podman when nothing answers; null in tests that
    // connect the engine themselves.
    EngineLauncher *launcher() const { return m_launcher; }
    void setLauncher(EngineLauncher *launcher) { m_launcher = launcher; }

    // The Dockerfile open in the editor and the build context folder it belongs to.
    QString dockerfilePath() const { return m_dockerfilePath; }
    QString contextDir() const { return m_contextDir; }
    void setDockerfile(const QString &path, const QString &contextDir);
    // The editor's current text (it may be unsaved); the build view saves before building.
    QString dockerfileText() const { return m_dockerfileText; }
    void setDockerfileText(const QString &text) { m_dockerfileText = text; }

    // The Dockerfile lines of the last build mapped to the layers they made, and that build's
    // Dockerfile: they belong to that file only (another file open shows none of them).
    QList<LineLayerInfo> lineLayers() const { return m_lineLayers; }
    QString lineLayersFile() const { return m_lineLayersFile; }
    QList<LineLayerInfo> lineLayersFor(const QString &dockerfilePath) const;
    void setLineLayers(const QString &dockerfilePath, const QList<LineLayerInfo> &layers);

    // The image the last build made, whose layers lineLayers() names (empty: none).
    QString lineLayersImage() const { return m_lineLayersImage; }
    void setLineLayersImage(const QString &imageId) { m_lineLayersImage = imageId; }

    // What the layers of the images read last hold (LayerFilesPanel, a finished build), so
    // a Dockerfile line can show its layer's files. A few images are kept.
    void addLayerFiles(const ImageLayersReport &report);
    // The layer with this diff id (sha256:...), or nullptr when none was read.
    const ImageLayer *layerFiles(const QString &diffId) const;

    // The tag another part of the app (the lesson) wants the next build to use, e.g.
    // "demo_image"; the build view reads it when buildRequested() arrives. Empty: no wish.
    QString requestedBuildTag() const { return m_requestedBuildTag; }
    void setRequestedBuildTag(const QString &tag);


signals:
    void dockerfileChanged(const QString &path, const QString &contextDir);
    void lineLayersChanged();
    // Navigation requests; the main window switches views and forwards them.
    void openInEditorRequested(const QString &path, int line);
    void showImageRequested(const QString &imageId);
    // Show the image's layer with this diff id and its files (Images view).
    void showImageLayerRequested(const QString &imageId, const QString &layerDigest);
    void layerFilesAdded();
    void showContainerRequested(const QString &containerId);
    void showVolumeRequested(const QString &name);
    void buildRequested();
    void requestedBuildTagChanged(const QString &tag);
    void saveRequested();

private:
    EngineSession *m_session;
    Engine *m_engine;
    IconProvider *m_icons;
    EngineLauncher *m_launcher = nullptr;
    QString m_dockerfilePath;
    QString m_contextDir;
    QString m_dockerfileText;
    QList<LineLayerInfo> m_lineLayers;
    QString m_lineLayersFile;
    QString m_lineLayersImage;
    QList<ImageLayersReport> m_layerFiles; // newest first
    QString m_requestedBuildTag;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::LineLayerInfo)
