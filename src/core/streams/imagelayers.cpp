#include "imagelayers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace dx {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QChar kindMark(LayerChange::Kind kind)
{
    switch (kind) {
    case LayerChange::Kind::Added: return QLatin1Char('+');
    case LayerChange::Kind::Modified: return QLatin1Char('~');
    case LayerChange::Kind::Removed: return QLatin1Char('-');
    }
    return QLatin1Char(' ');
}

// Names come from the image: a newline or an escape sequence in one must not reach the terminal.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return text;
}

} // namespace

QStringList ImageLayer::paths(LayerChange::Kind kind) const
{
    QStringList result;
    for (const LayerChange &c : changes) {
        if (c.kind == kind)
            result.append(c.path);
    }
    return result;
}

int ImageLayer::count(LayerChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [kind](const LayerChange &c) { return c.kind == kind; }));
}

double ImageLayersReport::efficiency() const
{
    if (totalSize <= 0)
        return 1.0;
    return 1.0 - double(wastedBytes) / double(totalSize);
}

const ImageLayer *ImageLayersReport::layerByDiffId(const QString &diffId) const
{
    for (const ImageLayer &layer : layers) {
        if (layer.diffId == diffId)
            return &layer;
    }
    return nullptr;
}

QJsonObject ImageLayersReport::toJson() const
{
    QJsonArray layerArray;
    for (const ImageLayer &layer : layers) {
        layerArray.append(QJsonObject{
                {QStringLiteral("index"), layer.index},
                {QStringLiteral("diffId"), layer.diffId},
                {QStringLiteral("createdBy"), layer.createdBy},
                {QStringLiteral("size"), layer.size},
                {QStringLiteral("added"), QJsonArray::fromStringList(layer.paths(LayerChange::Kind::Added))},
                {QStringLiteral("modified"), QJsonArray::fromStringList(layer.paths(LayerChange::Kind::Modified))},
                {QStringLiteral("removed"), QJsonArray::fromStringList(layer.paths(LayerChange::Kind::Removed))},
        });
    }
    return {{QStringLiteral("image"), imageId},
            {QStringLiteral("layers"), layerArray},
            {QStringLiteral("wastedBytes"), wastedBytes},
            {QStringLiteral("efficiency"), efficiency()}};
}

QByteArray ImageLayersReport::toJsonText() const
{
    // QJsonObject sorts its keys; people read "image" and "layers" first, as documented.
    const auto value = [](const QJsonValue &v) {
        return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    };
    const auto list = [&](const QStringList &paths) {
        if (paths.isEmpty())
            return QByteArray("[]");
        QByteArray out("[\n");
        for (qsizetype i = 0; i < paths.size(); ++i)
            out += "        " + value(paths.at(i)) + (i + 1 < paths.size() ? ",\n" : "\n");
        return QByteArray(out + "      ]");
    };
    QByteArray out = "{\n  \"image\": " + value(imageId) + ",\n  \"layers\": [";
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const ImageLayer &l = layers.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "    {\n      \"index\": " + QByteArray::number(l.index) + ",\n      \"diffId\": " + value(l.diffId)
                + ",\n      \"createdBy\": " + value(l.createdBy) + ",\n      \"size\": " + QByteArray::number(l.size)
                + ",\n      \"added\": " + list(l.paths(LayerChange::Kind::Added))
                + ",\n      \"modified\": " + list(l.paths(LayerChange::Kind::Modified))
                + ",\n      \"removed\": " + list(l.paths(LayerChange::Kind::Removed)) + "\n    }";
    }
    out += layers.isEmpty() ? "]" : "\n  ]";
    out += ",\n  \"wastedBytes\": " + QByteArray::number(wastedBytes) + ",\n  \"efficiency\": " + value(efficiency()) + "\n}\n";
    return out;
}

QString ImageLayersReport::toText(int listLimit) const
{
    QString out;
    const QString name = repoTags.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(repoTags.join(QLatin1String(", ")));
    out += QCoreApplication::translate("dx::ImageLayersReport", "Image %1%2").arg(imageId, printable(name)) + QLatin1Char('\n');
    const int layerCount = int(layers.size());
    out += QCoreApplication::translate("dx::ImageLayersReport", "%n layer(s), %1 of files", nullptr, layerCount).arg(sizeText(totalSize))
            + QLatin1String("\n\n");

    struct Waste
    {
        QString path;
        int versions = 0;
        qint64 bytes = 0;
    };
    QHash<QString, Waste> waste;
    for (const ImageLayer &layer : layers) {
        const QString digest = layer.diffId.startsWith(QLatin1String("sha256:")) ? layer.diffId.mid(7, 12) : layer.diffId.left(12);
        out += QCoreApplication::translate("dx::ImageLayersReport", "Layer %1  %2  %3").arg(layer.index + 1).arg(sizeText(layer.size), digest) + QLatin1Char('\n');
        const QString step = printable(readableHistoryStep(layer.createdBy));
        out += QLatin1String("  ") + (step.isEmpty() ? QCoreApplication::translate("dx::ImageLayersReport", "(no history step)") : step.left(160)) + QLatin1Char('\n');
        // Counted first: lupdate hangs on a scoped name inside translate()'s arguments.
        const int added = layer.count(LayerChange::Kind::Added);
        const int modified = layer.count(LayerChange::Kind::Modified);
        const int removed = layer.count(LayerChange::Kind::Removed);
        QStringList counts;
        counts << QCoreApplication::translate("dx::ImageLayersReport", "%n added", nullptr, added)
               << QCoreApplication::translate("dx::ImageLayersReport", "%n modified", nullptr, modified)
               << QCoreApplication::translate("dx::ImageLayersReport", "%n removed", nullptr, removed);
        QString line = QLatin1String("  ") + counts.join(QLatin1String(", "));
        if (layer.wastedBelow > 0)
            line += QCoreApplication::translate("dx::ImageLayersReport", "; hides %1 of earlier layers").arg(sizeText(layer.wastedBelow));
        out += line + QLatin1Char('\n');
        for (const LayerChange::Kind kind : {LayerChange::Kind::Added, LayerChange::Kind::Modified, LayerChange::Kind::Removed}) {
            int shown = 0;
            int more = 0;
            for (const LayerChange &c : layer.changes) {
                if (c.kind != kind)
                    continue;
                if (listLimit >= 0 && shown >= listLimit) {
                    ++more;
                    continue;
                }
                ++shown;
                const qint64 bytes = kind == LayerChange::Kind::Removed ? c.wasted : c.size;
                out += QStringLiteral("    %1 %2").arg(kindMark(kind)).arg(printable(c.path));
                if (c.type == TarEntryType::File || kind == LayerChange::Kind::Removed)
                    out += QLatin1String("  ") + sizeText(bytes);
                out += QLatin1Char('\n');
            }
            if (more > 0)
                out += QLatin1String("    ") + QCoreApplication::translate("dx::ImageLayersReport", "… and %n more", nullptr, more) + QLatin1Char('\n');
        }
        for (const LayerChange &c : layer.changes) {
            if (c.wasted <= 0 && c.kind == LayerChange::Kind::Added)
                continue;
            Waste &w = waste[c.path];
            w.path = c.path;
            ++w.versions;
            w.bytes += c.wasted;
        }
        out += QLatin1Char('\n');
    }

    QList<Waste> worst;
    for (const Waste &w : std::as_const(waste)) {
        if (w.bytes > 0)
            worst.append(w);
    }
    std::sort(worst.begin(), worst.end(), [](const Waste &a, const Waste &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.path < b.path;
    });
    if (!worst.isEmpty()) {
        out += QCoreApplication::translate("dx::ImageLayersReport", "Files that waste space (hidden by a later layer):") + QLatin1Char('\n');
        for (int i = 0; i < worst.size() && (listLimit < 0 || i < listLimit); ++i)
            out += QStringLiteral("  %1  %2\n").arg(sizeText(worst.at(i).bytes), 10).arg(printable(worst.at(i).path));
        if (listLimit >= 0 && worst.size() > listLimit)
            out += QLatin1String("  ") + QCoreApplication::translate("dx::ImageLayersReport", "… and %n more", nullptr, int(worst.size()) - listLimit) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += (wastedBytes >= 1000 ? QCoreApplication::translate("dx::ImageLayersReport", "Wasted: %1 (%2 bytes)").arg(sizeText(wastedBytes), QLocale().toString(wastedBytes))
                                : QCoreApplication::translate("dx::ImageLayersReport", "Wasted: %1").arg(sizeText(wastedBytes)))
            + QLatin1Char('\n');
    out += QCoreApplication::translate("dx::ImageLayersReport", "Efficiency: %1 %").arg(QLocale().toString(efficiency() * 100.0, 'f', 2)) + QLatin1Char('\n');
    return out;
}

QString readableHistoryStep(const QString &createdBy)
{
    QString s = createdBy.trimmed();
    static const QRegularExpression buildkit(QStringLiteral("\\s*# buildkit$"));
    s.remove(buildkit);
    static const QRegularExpression nop(QStringLiteral("^/bin/sh -c #\\(nop\\)\\s*"));
    static const QRegularExpression shell(QStringLiteral("^/bin/sh -c\\s+"));
    static const QRegularExpression runShell(QStringLiteral("^RUN /bin/sh -c\\s+"));
    if (s.contains(nop))
        return s.remove(nop);
    if (s.contains(shell))
        return QStringLiteral("RUN ") + s.remove(shell);
    if (s.contains(runShell))
        return QStringLiteral("RUN ") + s.remove(runShell);
    return s;
}

} // namespace dx
