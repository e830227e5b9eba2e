#pragma once

#include "buildevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QJsonObject;
QT_END_NAMESPACE

namespace dx {

class PlainProgressPrinter;

// Decodes the body of POST /build for either builder. Chunks may split lines (and
// UTF-8 sequences) anywhere; events come out as soon as a line is complete. Classic
// builder "stream" text is reassembled into lines first because the daemon splits
// "Step 1/3 : FROM x" and its "\n" into separate messages.
class BuildStreamDecoder final
{
public:
    BuildStreamDecoder();
    ~BuildStreamDecoder();
    Q_DISABLE_COPY_MOVE(BuildStreamDecoder)

    QList<BuildEvent> feed(const QByteArray &chunk);
    // End of the response: flushes a last unterminated line and BuildKit's error summary.
    QList<BuildEvent> finish();

    bool isBuildKit() const { return m_buildKit; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; } // verbatim "error" of the stream
    QString imageId() const { return m_imageId; }    // "sha256:..." once known
    // Everything as `docker build` would print it (plain progress for BuildKit), up to its
    // last kMaximumText characters: a longer text starts with the line "[N lines dropped]".
    QString text() const;
    static constexpr qsizetype kMaximumText = 4 * 1024 * 1024;

private:
    void handleLine(const QByteArray &line, QList<BuildEvent> *out);
    void handleObject(const QJsonObject &o, QList<BuildEvent> *out);
    void handleStreamText(const QString &text, QList<BuildEvent> *out);
    void classicLine(const QString &line, QList<BuildEvent> *out);
    void add(QList<BuildEvent> *out, BuildEvent e);
    void takePrinterText();
    void appendText(QStringView text);

    std::unique_ptr<PlainProgressPrinter> m_printer;
    QByteArray m_pending;     // bytes after the last newline
    QString m_streamPending;  // classic stream text after its last newline
    QString m_text;           // the end of everything printed, in order
    qint64 m_droppedLines = 0;
    QString m_error;
    QString m_imageId;
    int m_step = 0;
    int m_stepCount = 0;
    QString m_stageLabel;
    bool m_buildKit = false;
    bool m_overflow = false;
};

} // namespace dx
