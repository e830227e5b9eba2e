#pragma once

#include <QString>

namespace dx {

// Reading and writing Dockerfiles; meant to run on a worker thread (QtConcurrent).
// Refuses what an editor should not load: big files and binary data.
struct FileReadResult
{
    QString path;
    QString text;
    QString error; // translated; empty on success
};

struct FileWriteResult
{
    QString path;
    QString error;
};

class FileIo final
{
public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;

    static FileReadResult read(const QString &path);
    static FileWriteResult write(const QString &path, const QString &text);
    // The Dockerfile inside a folder ("Dockerfile", "dockerfile", "Containerfile"); empty if none.
    static QString dockerfileInFolder(const QString &folder);
};

} // namespace dx
