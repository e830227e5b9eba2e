#include "layermapfetcher.h"

#include "engine/engine.h"

#include <QJsonDocument>

namespace dx {

LayerMapFetcher::LayerMapFetcher(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
}

void LayerMapFetcher::fetch(const QString &imageId, const ParseResult &dockerfile, const QString &target,
                            const QSet<int> &cachedLines)
{
    if (!m_engine)
        return;
    const quint64 generation = ++m_generation;
    m_input = LayerMapper::Input();
    m_input.dockerfile = dockerfile;
    m_input.target = target;
    m_input.cachedLines = cachedLines;
    m_error.clear();
    m_pending = 0;

    // A failed optional request (the base image, pulled under another name) only makes the
    // mapping less certain; a failed required one fails it.
    auto request = [this, generation](const QString &path, auto apply, bool required = true) {
        ++m_pending;
        EngineReply *reply = m_engine->get(path);
        connect(reply, &EngineReply::finished, this, [this, generation, apply, required](const EngineResponse &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                apply(QJsonDocument::fromJson(r.body));
            else if (required && m_error.isEmpty())
                m_error = r.message;
            if (--m_pending == 0)
                done();
        });
    };
    const QString image = QStringLiteral("/images/") + imageId;
    request(image + QStringLiteral("/history"), [this, generation](const QJsonDocument &d) {
        m_input.history = d.array();
        // The classic builder's intermediate images tell exactly which step added a layer.
        int asked = 0;
        for (const QJsonValue &v : std::as_const(m_input.history)) {
            const QString id = v.toObject().value(QLatin1String("Id")).toString();
            if (!id.startsWith(QLatin1String("sha256:")) || ++asked > 200)
                continue;
            ++m_pending;
            EngineReply *reply = m_engine->get(QStringLiteral("/images/") + id + QStringLiteral("/json"));
            connect(reply, &EngineReply::finished, this, [this, generation, id](const EngineResponse &r) {
                if (generation != m_generation)
                    return;
                if (r.ok())
                    m_input.layerCountById.insert(id, QJsonDocument::fromJson(r.body).object()
                                                          .value(QLatin1String("RootFS")).toObject()
                                                          .value(QLatin1String("Layers")).toArray().size());
                if (--m_pending == 0)
                    done();
            });
        }
    });
    request(image + QStringLiteral("/json"), [this](const QJsonDocument &d) { m_input.inspect = d.object(); });
    const QString base = LayerMapper::baseImage(dockerfile, target);
    if (!base.isEmpty()) {
        const QString basePath = QStringLiteral("/images/") + base;
        request(basePath + QStringLiteral("/history"),
                [this](const QJsonDocument &d) { m_input.baseHistoryCount = d.array().size(); }, false);
        request(basePath + QStringLiteral("/json"), [this](const QJsonDocument &d) {
            m_input.baseLayerCount = d.object().value(QLatin1String("RootFS")).toObject()
                                         .value(QLatin1String("Layers")).toArray().size();
        }, false);
    }
}

void LayerMapFetcher::done()
{
    if (!m_error.isEmpty()) {
        emit failed(m_error);
        return;
    }
    emit mapped(LayerMapper::map(m_input));
}

} // namespace dx
