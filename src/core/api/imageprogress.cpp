#include "imageprogress.h"

#include "jsonfields.h"

namespace dx {

bool ImageProgress::fromJson(const QJsonObject &object, ImageProgress *progress, QString *error)
{
    JsonFields f(object);
    progress->id = f.string(QLatin1String("id"));
    progress->status = f.string(QLatin1String("status"));
    progress->progress = f.string(QLatin1String("progress"));
    JsonFields detail(f.object(QLatin1String("progressDetail")));
    progress->current = detail.integer(QLatin1String("current"));
    progress->total = detail.integer(QLatin1String("total"));
    JsonFields aux(f.object(QLatin1String("aux")));
    progress->digest = aux.string(QLatin1String("Digest"));
    progress->error = f.string(QLatin1String("error"));
    if (progress->error.isEmpty()) {
        JsonFields errorDetail(f.object(QLatin1String("errorDetail")));
        progress->error = errorDetail.string(QLatin1String("message"));
    }
    for (const JsonFields *fields : {&f, &detail, &aux}) {
        if (!fields->ok()) {
            *error = fields->error();
            return false;
        }
    }
    return true;
}

QList<ImageProgress> ImageProgressDecoder::feed(const QByteArray &chunk)
{
    return decode(m_splitter.feed(chunk));
}

QList<ImageProgress> ImageProgressDecoder::finish()
{
    QList<ImageProgress> tail = decode(m_splitter.finish());
    if (m_error.isEmpty() && m_splitter.hasFatalError())
        m_error = m_splitter.fatalError();
    return tail;
}

ApiError ImageProgressDecoder::outcome(const EngineResponse &response) const
{
    ApiError error = ApiError::fromResponse(response);
    if (error.isNone() && !m_error.isEmpty()) {
        error.kind = ApiError::Kind::Http;
        error.status = response.status;
        error.message = ApiError::withRuntimeHint(m_error);
    }
    return error;
}

QList<ImageProgress> ImageProgressDecoder::decode(const QVector<JsonLine> &lines)
{
    QList<ImageProgress> out;
    for (const JsonLine &line : lines) {
        // A line not understood is only progress not shown; the outcome is in the error line.
        ImageProgress progress;
        QString problem;
        if (!line.isValid() || !ImageProgress::fromJson(line.object, &progress, &problem))
            continue;
        if (!progress.error.isEmpty() && m_error.isEmpty())
            m_error = progress.error;
        if (!progress.digest.isEmpty())
            m_digest = progress.digest;
        out.append(progress);
    }
    return out;
}

} // namespace dx
