#include "jsonlinessplitter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dx {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonLinesSplitter::JsonLinesSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : DefaultMaxLineBytes)
{
}

void JsonLinesSplitter::reset()
{
    *this = JsonLinesSplitter(m_maxLineBytes);
}

QVector<JsonLine> JsonLinesSplitter::feed(const QByteArray &chunk)
{
    QVector<JsonLine> out;
    if (hasFatalError() || chunk.isEmpty())
        return out;
    m_buffer.append(chunk);
    scan(out);

    // Drop what is consumed once per chunk, not once per value: keeps feeding linear.
    const qsizetype keepFrom = m_valueStart >= 0 ? m_valueStart : m_scanPos;
    if (keepFrom > 0) {
        m_buffer.remove(0, keepFrom);
        m_consumedBefore += keepFrom;
        m_scanPos -= keepFrom;
        if (m_valueStart >= 0)
            m_valueStart = 0;
    }

    if (m_valueStart >= 0 && m_buffer.size() > m_maxLineBytes) {
        m_fatalErrorOffset = m_consumedBefore;
        m_fatalError = QCoreApplication::translate("dx::JsonLinesSplitter",
                                                   "A JSON message is longer than %1 MiB; "
                                                   "the stream was abandoned.")
                           .arg(m_maxLineBytes / (1024 * 1024));
        m_buffer.clear();
        m_buffer.squeeze();
        m_scanPos = 0;
        m_valueStart = -1;
    }
    return out;
}

QVector<JsonLine> JsonLinesSplitter::finish()
{
    QVector<JsonLine> out;
    if (hasFatalError() || m_valueStart < 0) {
        reset();
        return out;
    }
    if (m_bareValue || m_depth == 0) {
        emitValue(m_buffer.size(), out);
    } else {
        JsonLine line;
        line.raw = m_buffer.mid(m_valueStart);
        line.offset = m_consumedBefore + m_valueStart;
        line.error = QCoreApplication::translate("dx::JsonLinesSplitter",
                                                 "The stream ended inside a JSON message.");
        out.append(line);
    }
    reset();
    return out;
}

void JsonLinesSplitter::scan(QVector<JsonLine> &out)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    for (qsizetype i = m_scanPos; i < size; ++i) {
        const char c = data[i];
        if (m_valueStart < 0) {
            if (isJsonSpace(c))
                continue;
            m_valueStart = i;
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            m_bareValue = c != '{' && c != '[';
        }
        if (m_bareValue) {
            // Not an object or array (a stray error text, a number): it ends with its line.
            if (c == '\n') {
                emitValue(i, out);
            }
            continue;
        }
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        switch (c) {
        case '"':
            m_inString = true;
            break;
        case '{':
        case '[':
            ++m_depth;
            break;
        case '}':
        case ']':
            if (--m_depth == 0)
                emitValue(i + 1, out);
            break;
        default:
            break;
        }
    }
    m_scanPos = size;
}

void JsonLinesSplitter::emitValue(qsizetype end, QVector<JsonLine> &out)
{
    JsonLine line;
    line.raw = m_buffer.mid(m_valueStart, end - m_valueStart);
    while (!line.raw.isEmpty() && isJsonSpace(line.raw.back()))
        line.raw.chop(1);
    line.offset = m_consumedBefore + m_valueStart;
    m_valueStart = -1;
    m_depth = 0;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        line.error = QCoreApplication::translate("dx::JsonLinesSplitter",
                                                 "Invalid JSON at offset %1: %2")
                         .arg(line.offset + parseError.offset)
                         .arg(parseError.errorString());
    } else if (!document.isObject()) {
        line.error = QCoreApplication::translate("dx::JsonLinesSplitter",
                                                 "Expected a JSON object at offset %1.")
                         .arg(line.offset);
    } else {
        line.object = document.object();
    }
    out.append(line);
}

} // namespace dx
