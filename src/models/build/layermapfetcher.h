#pragma once

#include "layermapper.h"

#include <QObject>
#include <QPointer>

namespace dx {

class Engine;

// Asks the engine for what LayerMapper needs after a build (the image's history and
// layers, the base image's history length and layer count) and maps it.
class LayerMapFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerMapFetcher)

public:
    explicit LayerMapFetcher(Engine *engine, QObject *parent = nullptr);

    void fetch(const QString &imageId, const ParseResult &dockerfile, const QString &target,
               const QSet<int> &cachedLines);

signals:
    void mapped(const QList<dx::LayerMapEntry> &entries);
    void failed(const QString &message);

private:
    void done();

    QPointer<Engine> m_engine;
    LayerMapper::Input m_input;
    int m_pending = 0;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace dx
