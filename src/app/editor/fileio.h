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
    // Not valid UTF-8: `text` is the bytes read as Latin-1 (one character per byte, so nothing
    // is lost), and saving it back as UTF-8 would change bytes the user never edited.
    bool notUtf8 = false;
    bool bom = false; // the file starts with a UTF-8 byte order mark (kept on save)
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
    static FileWriteResult write(const QString &path, const QString &text, bool bom = false);
    // The Dockerfile inside a folder ("Dockerfile", "dockerfile", "Containerfile"); empty if none.
    static QString dockerfileInFolder(const QString &folder);
};

} // namespace dx
