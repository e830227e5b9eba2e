#include "layermapper.h"

#include <QVector>

namespace dx {

namespace {

struct StageInfo
{
    QString name;
    QString from; // FROM's image argument
    QVector<int> body; // instruction indexes after FROM
};

QVector<StageInfo> stagesOf(const ParseResult &p)
{
    QVector<StageInfo> out;
    for (int i = 0; i < p.instructions.size(); ++i) {
        const Instruction &in = p.instructions.at(i);
        if (in.name == QLatin1String("from")) {
            StageInfo s;
            s.from = in.args.value(0);
            if (in.args.size() >= 3 && in.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0)
                s.name = in.args.at(2).toLower();
            out.append(s);
        } else if (!out.isEmpty()) {
            out.last().body.append(i);
        }
    }
    return out;
}

int stageIndex(const QVector<StageInfo> &stages, const QString &ref, int before)
{
    const QString r = ref.toLower();
    for (int k = 0; k < before && k < stages.size(); ++k) {
        if (stages.at(k).name == r || QString::number(k) == r)
            return k;
    }
    return -1;
}

int targetStage(const QVector<StageInfo> &stages, const QString &target)
{
    if (!target.isEmpty()) {
        const int k = stageIndex(stages, target, stages.size());
        if (k >= 0)
            return k;
    }
    return stages.size() - 1;
}

// Instructions that end up in the image, oldest first, following FROM <stage> chains.
QVector<int> chainOf(const QVector<StageInfo> &stages, int stage, QString *base)
{
    QVector<int> chain;
    int guard = 0;
    while (stage >= 0 && guard++ < stages.size()) {
        chain = stages.at(stage).body + chain;
        const int parent = stageIndex(stages, stages.at(stage).from, stage);
        if (parent < 0) {
            *base = stages.at(stage).from;
            break;
        }
        stage = parent;
    }
    return chain;
}

bool mayAddLayer(const QString &keyword)
{
    return keyword == QLatin1String("RUN") || keyword == QLatin1String("COPY")
        || keyword == QLatin1String("ADD") || keyword == QLatin1String("WORKDIR");
}

} // namespace

QString LayerMapper::keywordOfCreatedBy(const QString &createdBy)
{
    static const QStringList known = {
        QStringLiteral("RUN"), QStringLiteral("COPY"), QStringLiteral("ADD"), QStringLiteral("ENV"),
        QStringLiteral("WORKDIR"), QStringLiteral("LABEL"), QStringLiteral("CMD"),
        QStringLiteral("ENTRYPOINT"), QStringLiteral("EXPOSE"), QStringLiteral("USER"),
        QStringLiteral("ARG"), QStringLiteral("VOLUME"), QStringLiteral("STOPSIGNAL"),
        QStringLiteral("HEALTHCHECK"), QStringLiteral("SHELL"), QStringLiteral("ONBUILD"),
        QStringLiteral("MAINTAINER")};
    const QString t = createdBy.trimmed();
    const qsizetype nop = t.indexOf(QLatin1String("#(nop)"));
    if (nop >= 0) // classic metadata and COPY/ADD: "/bin/sh -c #(nop)  ENV A=b"
        return t.mid(nop + 6).trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    const QString first = t.section(QLatin1Char(' '), 0, 0).toUpper();
    if (known.contains(first)) // BuildKit: "RUN /bin/sh -c ... # buildkit", "ENV A=b"
        return first;
    return QStringLiteral("RUN"); // classic RUN: "/bin/sh -c echo hi" or "|1 A=b /bin/sh -c ..."
}

QString LayerMapper::baseImage(const ParseResult &dockerfile, const QString &target)
{
    const QVector<StageInfo> stages = stagesOf(dockerfile);
    if (stages.isEmpty())
        return {};
    QString base;
    chainOf(stages, targetStage(stages, target), &base);
    if (base.contains(QLatin1Char('$')) || base.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0)
        return {};
    return base;
}

QList<LayerMapEntry> LayerMapper::map(const Input &input)
{
    QList<LayerMapEntry> out;
    const QVector<StageInfo> stages = stagesOf(input.dockerfile);
    if (stages.isEmpty())
        return out;
    QString base;
    const QVector<int> chain = chainOf(stages, targetStage(stages, input.target), &base);

    const int historyCount = int(input.history.size());
    const int ours = input.baseHistoryCount >= 0 && input.baseHistoryCount <= historyCount
        ? historyCount - input.baseHistoryCount : historyCount;

    for (int idx : chain) {
        const Instruction &in = input.dockerfile.instructions.at(idx);
        LayerMapEntry e;
        e.startLine = in.startLine;
        e.endLine = in.endLine;
        e.instruction = in.original;
        e.cached = input.cachedLines.contains(in.startLine);
        out.append(e);
    }

    // Walk newest to oldest: h over history, j over the chain.
    QVector<int> historyOf(out.size(), -1);
    int h = 0;
    for (int j = out.size() - 1; j >= 0 && h < ours; --j) {
        const QString want = input.dockerfile.instructions.at(chain.at(j)).keyword.toUpper();
        // Entries the builder added after the last instruction (classic LABEL for --label).
        while (j == out.size() - 1 && h < ours - 1 && want != QLatin1String("LABEL")
               && keywordOfCreatedBy(input.history.at(h).createdBy) == QLatin1String("LABEL"))
            ++h;
        const QString got = keywordOfCreatedBy(input.history.at(h).createdBy);
        if (got != want) {
            if (want == QLatin1String("ARG") || want == QLatin1String("ONBUILD"))
                continue; // BuildKit records no history for ARG
            break;
        }
        historyOf[j] = h++;
    }

    // Which matched entries carry a layer.
    QVector<bool> hasLayer(out.size(), false);
    QVector<bool> exact(out.size(), false);
    int candidates = 0;
    for (int j = 0; j < out.size(); ++j) {
        if (historyOf.at(j) < 0)
            continue;
        const ImageHistoryEntry &entry = input.history.at(historyOf.at(j));
        hasLayer[j] = entry.size > 0 || mayAddLayer(keywordOfCreatedBy(entry.createdBy));
        const int h = historyOf.at(j);
        const QString &id = entry.id;
        const QString olderId = h + 1 < historyCount ? input.history.at(h + 1).id : QString();
        if (input.layerCountById.contains(id) && input.layerCountById.contains(olderId)) {
            hasLayer[j] = input.layerCountById.value(id) > input.layerCountById.value(olderId);
            exact[j] = true;
        }
        candidates += hasLayer[j] ? 1 : 0;
    }
    const int layerCount = int(input.layers.size());
    if (input.baseLayerCount >= 0) {
        // The classic builder marks a step without file changes as an empty layer (a
        // RUN that only prints; WORKDIR usually creates its folder): drop zero-size
        // candidates, RUN first, until the counts agree.
        int excess = candidates - (layerCount - input.baseLayerCount);
        for (int pass = 0; pass < 2 && excess > 0; ++pass) {
            for (int j = 0; j < out.size() && excess > 0; ++j) {
                if (!hasLayer.at(j) || exact.at(j))
                    continue;
                const ImageHistoryEntry &entry = input.history.at(historyOf.at(j));
                const bool zero = entry.size <= 0;
                const bool run = keywordOfCreatedBy(entry.createdBy) == QLatin1String("RUN");
                if (zero && (pass == 1 || run)) {
                    hasLayer[j] = false;
                    --excess;
                }
            }
        }
    }

    const QStringList &layers = input.layers;
    int layer = int(layers.size()) - 1;
    for (int j = out.size() - 1; j >= 0; --j) {
        LayerMapEntry &e = out[j];
        if (historyOf.at(j) < 0)
            continue;
        const ImageHistoryEntry &entry = input.history.at(historyOf.at(j));
        e.matched = true;
        e.historyId = entry.id;
        e.createdBy = entry.createdBy;
        e.size = entry.size;
        if (hasLayer.at(j) && layer >= 0) {
            e.layerDigest = layers.at(layer--);
            e.emptyLayer = false;
        }
    }
    return out;
}

} // namespace dx
