#include "imagelayeranalyser.h"

#include "archiveinput.h"
#include "layerstack.h"
#include "tarentryreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

namespace dx {

namespace {

constexpr qint64 MaxJsonBytes = qint64(32) * 1024 * 1024; // a manifest or config; far more than any has
constexpr qsizetype BlockSize = 64 * 1024;

// What the outer tar held, collected as it streamed by.
struct Collected
{
    QHash<QString, QVector<LayerStack::Entry>> layers; // archive path of a layer tar -> its entries
    QHash<QString, QByteArray> json;                    // archive path -> bytes (manifest, configs)
    QHash<QString, QString> links;                      // "b/layer.tar" -> "a/layer.tar" (same layer saved once)
};

// The data of the outer tar's current entry, as the read callback of the inner reader.
struct InnerSource
{
    archive *outer = nullptr;
    ArchiveInput *input = nullptr;
    const std::function<void(qint64)> *progress = nullptr;
    QByteArray peeked;
    bool peekPending = false;
    QByteArray buffer = QByteArray(BlockSize, Qt::Uninitialized);
    bool outerFailed = false;

    static la_ssize_t read(archive *, void *self, const void **data)
    {
        auto *s = static_cast<InnerSource *>(self);
        if (s->peekPending) {
            s->peekPending = false;
            *data = s->peeked.constData();
            return s->peeked.size();
        }
        const la_ssize_t n = archive_read_data(s->outer, s->buffer.data(), size_t(s->buffer.size()));
        if (n < 0) {
            s->outerFailed = true;
            return -1;
        }
        if (*s->progress)
            (*s->progress)(s->input->bytesRead());
        *data = s->buffer.constData();
        return n;
    }
};

class Reader final
{
public:
    Reader(ArchiveInput &input, const std::atomic<bool> *cancel, const std::function<void(qint64)> &progress)
        : m_input(input)
        , m_cancel(cancel)
        , m_progress(progress)
    {
    }

    ImageLayersResult run()
    {
        m_input.setCancelFlag(m_cancel);
        archive *a = m_input.open();
        if (!a)
            return failure(m_input.errorString());
        archive_entry *entry = nullptr;
        for (;;) {
            if (cancelled())
                return cancelledResult();
            const int status = archive_read_next_header(a, &entry);
            if (status == ARCHIVE_EOF)
                break;
            if (status < ARCHIVE_WARN)
                return failure(m_input.errorString());
            if (m_progress)
                m_progress(m_input.bytesRead());
            if (!readEntry(a, tarEntryFrom(entry)))
                return m_result;
        }
        return finish();
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ImageLayersResult cancelledResult()
    {
        m_result.cancelled = true;
        return m_result;
    }

    ImageLayersResult failure(const QString &message)
    {
        if (cancelled())
            return cancelledResult();
        m_result.error = QCoreApplication::translate("dx::ImageLayerAnalyser", "The saved image is damaged or cut short: %1").arg(message);
        m_result.errorOffset = m_input.bytesRead();
        return m_result;
    }

    // False when reading must stop (m_result says why).
    bool readEntry(archive *a, const TarEntry &entry)
    {
        const QString path = LayerStack::normalizedPath(entry.path);
        if (entry.type == TarEntryType::Symlink) {
            const QString folder = path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : QString();
            m_collected.links.insert(path, LayerStack::normalizedPath(QDir::cleanPath(folder + QLatin1Char('/') + entry.linkTarget)));
            return true;
        }
        if (entry.type != TarEntryType::File)
            return true;
        const QString name = path.section(QLatin1Char('/'), -1);
        const bool maybeLayer = name == QLatin1String("layer.tar") || path.startsWith(QLatin1String("blobs/"));
        const bool maybeJson = name.endsWith(QLatin1String(".json")) || path.startsWith(QLatin1String("blobs/"));
        if (!maybeLayer && !maybeJson)
            return true; // VERSION, the v1 "json", repositories, oci-layout: not needed

        // The first bytes tell a JSON document from a tar.
        QByteArray head(BlockSize, Qt::Uninitialized);
        const la_ssize_t got = archive_read_data(a, head.data(), size_t(head.size()));
        if (got < 0) {
            m_result = failure(m_input.errorString());
            return false;
        }
        head.resize(got);
        const QByteArray start = head.left(64).trimmed();
        if (maybeJson && (start.startsWith('{') || start.startsWith('[')) && entry.size <= MaxJsonBytes) {
            QByteArray bytes = head;
            QByteArray block(BlockSize, Qt::Uninitialized);
            for (;;) {
                const la_ssize_t n = archive_read_data(a, block.data(), size_t(block.size()));
                if (n < 0) {
                    m_result = failure(m_input.errorString());
                    return false;
                }
                if (n == 0)
                    break;
                bytes.append(block.constData(), n);
            }
            m_collected.json.insert(path, bytes);
            return true;
        }
        if (!maybeLayer)
            return true;
        return readLayer(a, path, head);
    }

    bool readLayer(archive *outer, const QString &path, const QByteArray &head)
    {
        InnerSource source;
        source.outer = outer;
        source.input = &m_input;
        source.progress = &m_progress;
        source.peeked = head;
        source.peekPending = !head.isEmpty();
        archive *inner = archive_read_new();
        archive_read_support_format_tar(inner);
        archive_read_support_format_empty(inner); // a layer that changed nothing may be 0 bytes
        archive_read_support_filter_gzip(inner);
        QVector<LayerStack::Entry> entries;
        bool ok = archive_read_open(inner, &source, nullptr, &InnerSource::read, nullptr) == ARCHIVE_OK;
        archive_entry *entry = nullptr;
        while (ok) {
            if (cancelled()) {
                archive_read_free(inner);
                m_result = cancelledResult();
                return false;
            }
            const int status = archive_read_next_header(inner, &entry);
            if (status == ARCHIVE_EOF)
                break;
            if (status < ARCHIVE_WARN) {
                ok = false;
                break;
            }
            const TarEntry e = tarEntryFrom(entry);
            entries.append({e.path, e.type, e.size});
        }
        if (!ok) {
            const QString innerError = QString::fromLocal8Bit(archive_error_string(inner) ? archive_error_string(inner) : "");
            archive_read_free(inner);
            if (source.outerFailed || cancelled())
                m_result = failure(m_input.errorString());
            else
                m_result = failure(QCoreApplication::translate("dx::ImageLayerAnalyser", "layer %1: %2").arg(path, innerError));
            return false;
        }
        archive_read_free(inner);
        m_collected.layers.insert(path, std::move(entries));
        return true;
    }

    QString resolved(QString path) const
    {
        path = LayerStack::normalizedPath(path);
        for (int hops = 0; hops < 8 && m_collected.links.contains(path); ++hops)
            path = m_collected.links.value(path);
        return path;
    }

    ImageLayersResult finish()
    {
        if (cancelled())
            return cancelledResult();
        const QByteArray manifestBytes = m_collected.json.value(QStringLiteral("manifest.json"));
        if (manifestBytes.isEmpty())
            return failure(QCoreApplication::translate("dx::ImageLayerAnalyser", "it has no manifest.json"));
        const QJsonArray manifest = QJsonDocument::fromJson(manifestBytes).array();
        if (manifest.isEmpty() || !manifest.first().isObject())
            return failure(QCoreApplication::translate("dx::ImageLayerAnalyser", "its manifest.json lists no image"));
        const QJsonObject image = manifest.first().toObject();
        const QString configPath = resolved(image.value(QLatin1String("Config")).toString());
        const QByteArray configBytes = m_collected.json.value(configPath);
        const QJsonObject config = QJsonDocument::fromJson(configBytes).object();
        if (config.isEmpty())
            return failure(QCoreApplication::translate("dx::ImageLayerAnalyser", "its image configuration %1 is missing").arg(configPath));

        ImageLayersReport &report = m_result.report;
        report.imageId = QStringLiteral("sha256:")
                + QString::fromLatin1(QCryptographicHash::hash(configBytes, QCryptographicHash::Sha256).toHex());
        for (const QJsonValue &tag : image.value(QLatin1String("RepoTags")).toArray())
            report.repoTags.append(tag.toString());
        const QJsonArray diffIds = config.value(QLatin1String("rootfs")).toObject().value(QLatin1String("diff_ids")).toArray();
        QStringList steps; // the history entries that made a layer, oldest first
        for (const QJsonValue &v : config.value(QLatin1String("history")).toArray()) {
            const QJsonObject h = v.toObject();
            if (h.value(QLatin1String("empty_layer")).toBool())
                continue;
            const QString createdBy = h.value(QLatin1String("created_by")).toString();
            steps.append(createdBy.isEmpty() ? h.value(QLatin1String("comment")).toString() : createdBy);
        }

        const QJsonArray layerPaths = image.value(QLatin1String("Layers")).toArray();
        LayerStack stack;
        for (int i = 0; i < layerPaths.size(); ++i) {
            const QString path = resolved(layerPaths.at(i).toString());
            const auto found = m_collected.layers.constFind(path);
            if (found == m_collected.layers.cend())
                return failure(QCoreApplication::translate("dx::ImageLayerAnalyser", "its layer %1 is missing").arg(path));
            ImageLayer layer;
            layer.index = i;
            layer.diffId = diffIds.at(i).toString();
            layer.createdBy = steps.value(i);
            stack.apply(*found, &layer);
            report.totalSize += layer.size;
            report.layers.append(std::move(layer));
        }
        report.wastedBytes = stack.wastedBytes();
        return m_result;
    }

    ArchiveInput &m_input;
    const std::atomic<bool> *m_cancel;
    const std::function<void(qint64)> &m_progress;
    Collected m_collected;
    ImageLayersResult m_result;
};

} // namespace

ImageLayersResult ImageLayerAnalyser::analyse(QIODevice *device)
{
    ArchiveInput input(device);
    return Reader(input, m_cancel, m_progress).run();
}

ImageLayersResult ImageLayerAnalyser::analyse(ChunkQueue *queue)
{
    ArchiveInput input(queue);
    return Reader(input, m_cancel, m_progress).run();
}

} // namespace dx
