#include "execoutput.h"

#include <QCoreApplication>

#include <cstring>

namespace dx {

bool ExecOutputDemuxer::feed(const char *data, qsizetype size, QByteArray *out, QByteArray *err)
{
    if (hasError())
        return false;
    while (size > 0) {
        if (m_frameLeft == 0) {
            const int n = int(qMin<qsizetype>(8 - m_headerFill, size));
            memcpy(m_header + m_headerFill, data, size_t(n));
            m_headerFill += n;
            data += n;
            size -= n;
            m_offset += n;
            if (m_headerFill < 8)
                return true;
            m_headerFill = 0;
            const auto stream = quint8(m_header[0]);
            if (stream > 2 || m_header[1] != 0 || m_header[2] != 0 || m_header[3] != 0) {
                m_error = QCoreApplication::translate("dx::ExecOutputDemuxer", "Not a stream frame header at byte %1.")
                              .arg(m_offset - 8);
                return false;
            }
            m_stream = stream;
            m_frameLeft = (quint32(quint8(m_header[4])) << 24) | (quint32(quint8(m_header[5])) << 16)
                | (quint32(quint8(m_header[6])) << 8) | quint32(quint8(m_header[7]));
            continue;
        }
        const qsizetype n = qMin<qsizetype>(m_frameLeft, size);
        QByteArray *target = m_stream == 2 ? err : out;
        if (target)
            target->append(data, n);
        m_frameLeft -= quint32(n);
        data += n;
        size -= n;
        m_offset += n;
    }
    return true;
}

} // namespace dx
