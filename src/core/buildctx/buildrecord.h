#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dx {

// One row of a finished build's step table, as the build history keeps it.
struct SavedBuildStep
{
    int key = 0;          // BuildKit vertex number or classic step number
    QString label;        // "[2/5]" or "Step 2/5"
    QString instruction;  // "RUN echo hi"
    int line = 0;         // 1-based Dockerfile line, 0 when unknown
    int endLine = 0;
    QString status;       // "running", "done", "cached", "failed"
    bool cached = false;
    double seconds = -1;  // -1: unknown
};

// One earlier build, as the build history keeps it across restarts.
struct BuildRecord
{
    enum class Result { Succeeded, Failed, Canceled };

    QString id;            // also the log file's base name
    QStringList tags;
    QString dockerfile;
    QString contextDir;
    QDateTime started;
    qint64 durationMs = 0;
    Result result = Result::Succeeded;
    QString imageId;
    QString error;
    bool buildKit = false;
    int cachedSteps = 0;
    int steps = 0;
    QList<SavedBuildStep> stepTable; // the Steps tab of this build

    // The history file (a JSON array, newest first) and back. Unreadable files and entries
    // give what could be read; fields missing in older files read as their defaults.
    static QByteArray toFile(const QList<BuildRecord> &records);
    static QList<BuildRecord> fromFile(const QByteArray &data);
};

} // namespace dx
