#include "autosave.h"

#include "dockerfiledocument.h"
#include "dockerfile/editorsnapshot.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace dx {

namespace {

bool writeSnapshot(const QString &file, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
}

} // namespace

Autosave::Autosave(DockerfileDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer->start();
    connect(document, &DockerfileDocument::textChanged, this, [this] { m_dirty = true; });
    connect(document, &DockerfileDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            discardOwn();
    });
}

QString Autosave::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/autosave/dockerfile.json");
}

Autosave::Snapshot Autosave::load()
{
    Snapshot snapshot;
    QFile file(filePath());
    if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return snapshot;
    const std::optional<EditorSnapshot> decoded = EditorSnapshot::decode(file.readAll());
    if (!decoded)
        return snapshot;
    snapshot.path = decoded->path;
    snapshot.text = decoded->text;
    snapshot.valid = true;
    return snapshot;
}

void Autosave::saveNow()
{
    if (!m_dirty || !m_document->isModified())
        return;
    m_dirty = false;
    m_written = true;
    const QByteArray data = EditorSnapshot{m_document->path(), m_document->text()}.encode();
    // The disk write runs off the UI thread; `written` tells tests and nothing else.
    auto *watcher = new QFutureWatcher<bool>(this);
    const quint64 epoch = m_epoch;
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, epoch] {
        watcher->deleteLater();
        if (epoch != m_epoch) {
            QFile::remove(filePath()); // discarded while it was being written
            return;
        }
        if (watcher->result())
            emit written();
    });
    watcher->setFuture(QtConcurrent::run(writeSnapshot, filePath(), data));
}

void Autosave::discard()
{
    m_dirty = false;
    m_written = false;
    ++m_epoch;
    QFile::remove(filePath());
}

void Autosave::discardOwn()
{
    if (m_written)
        discard();
}

void Autosave::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

} // namespace dx
