#pragma once

#include "volumeentry.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace dx {

// Decodes what the helper's dx-volume-lister prints (src/helper/volumelister.c), as it
// streams in: records of NUL-terminated fields, so a name may hold any byte but NUL and '/'.
//   E type mode size mtime path target   an entry
//   L dir                                every entry of dir came
//   X dir message                        dir could not be read
//   Z                                    the end
// Names are decoded as the local walk decodes them (QFile::decodeName), so both agree.
class VolumeListingDecoder final
{
public:
    struct Handler
    {
        std::function<void(VolumeEntry &&entry)> entry;
        std::function<void(const QString &dir)> listed;
        std::function<void(const QString &dir, const QString &message)> failed;
    };

    explicit VolumeListingDecoder(Handler handler);

    // Returns false at malformed input; errorString() says what and at which byte.
    bool feed(const QByteArray &bytes);
    // The closing record came: the listing is complete.
    bool isComplete() const { return m_complete; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool record();
    bool fail(const QString &what);

    Handler m_handler;
    QByteArray m_partial;         // an unfinished field
    QList<QByteArray> m_fields;   // the fields of the unfinished record
    qint64 m_offset = 0;          // of the first byte not yet decoded
    bool m_complete = false;
    QString m_error;
};

} // namespace dx
