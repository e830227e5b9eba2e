#include "buildstream.h"

#include "buildkittrace.h"
#include "plainprogressprinter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace dx {

namespace {

// A JSON line longer than this is not a build message; drop it rather than grow forever.
constexpr qsizetype kMaxLine = 64 * 1024 * 1024;

// The classic builder wraps a RUN's stderr in these (jsonmessage's "bright red").
const QString kStderrOn = QStringLiteral("\x1b[91m");
const QString kStderrOff = QStringLiteral("\x1b[0m");

BuildEvent makeEvent(BuildEvent::Kind kind, const QString &text, const QString &line)
{
    BuildEvent e;
    e.kind = kind;
    e.text = text;
    e.line = line;
    return e;
}

} // namespace

BuildStreamDecoder::BuildStreamDecoder()
    : m_printer(std::make_unique<PlainProgressPrinter>())
{}

BuildStreamDecoder::~BuildStreamDecoder() = default;

QString BuildStreamDecoder::text() const
{
    if (m_droppedLines == 0)
        return m_text;
    return QStringLiteral("[%1 lines dropped]\n").arg(m_droppedLines) + m_text;
}

void BuildStreamDecoder::takePrinterText()
{
    // Interleaves the printer's output with plain stream messages in arrival order.
    appendText(m_printer->takeText());
}

void BuildStreamDecoder::appendText(QStringView text)
{
    m_text += text;
    if (m_text.size() <= kMaximumText)
        return;
    // Keeps the last three quarters of the bound, cut after a newline, so that trimming happens
    // once per quarter of it and not on every append.
    qsizetype cut = m_text.size() - kMaximumText * 3 / 4;
    const qsizetype nl = m_text.indexOf(QLatin1Char('\n'), cut);
    cut = nl < 0 ? cut : nl + 1;
    m_droppedLines += QStringView(m_text).left(cut).count(QLatin1Char('\n'));
    m_text.remove(0, cut);
}

QList<BuildEvent> BuildStreamDecoder::feed(const QByteArray &chunk)
{
    QList<BuildEvent> out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = chunk.indexOf('\n', start);
        if (nl < 0)
            break;
        if (m_overflow) {
            m_overflow = false; // the tail of a dropped line
        } else {
            m_pending.append(chunk.constData() + start, nl - start);
            handleLine(m_pending, &out);
        }
        m_pending.clear();
        start = nl + 1;
    }
    if (!m_overflow)
        m_pending.append(chunk.constData() + start, chunk.size() - start);
    if (m_pending.size() > kMaxLine) {
        m_pending.clear();
        m_overflow = true;
        add(&out, makeEvent(BuildEvent::Kind::Info, QString(),
                            QCoreApplication::translate("dx::BuildStreamDecoder",
                                                        "(skipped an oversized message)")));
    }
    return out;
}

QList<BuildEvent> BuildStreamDecoder::finish()
{
    QList<BuildEvent> out;
    if (!m_pending.isEmpty() && !m_overflow)
        handleLine(m_pending, &out);
    m_pending.clear();
    if (!m_streamPending.isEmpty()) {
        classicLine(m_streamPending, &out);
        m_streamPending.clear();
    }
    if (m_buildKit) {
        out += m_printer->finish();
        takePrinterText();
    }
    return out;
}

void BuildStreamDecoder::add(QList<BuildEvent> *out, BuildEvent e)
{
    appendText(e.line);
    appendText(u"\n");
    out->append(std::move(e));
}

void BuildStreamDecoder::handleLine(const QByteArray &line, QList<BuildEvent> *out)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (!doc.isObject()) {
        // Not JSON (a proxy error page, say): show it rather than lose it.
        add(out, makeEvent(BuildEvent::Kind::Info, QString::fromUtf8(trimmed), QString::fromUtf8(trimmed)));
        return;
    }
    handleObject(doc.object(), out);
}

void BuildStreamDecoder::handleObject(const QJsonObject &o, QList<BuildEvent> *out)
{
    const QString id = o.value(QLatin1String("id")).toString();
    const QJsonValue aux = o.value(QLatin1String("aux"));
    if (id == QLatin1String("moby.buildkit.trace")) {
        m_buildKit = true;
        const QByteArray raw = QByteArray::fromBase64(aux.toString().toLatin1());
        buildkit::StatusResponse status;
        QString error;
        BuildkitTrace::decode(raw, &status, &error); // keep what decoded before a fault
        *out += m_printer->update(status);
        takePrinterText();
        return;
    }
    if (aux.isObject() && aux.toObject().contains(QLatin1String("ID"))) {
        if (id == QLatin1String("moby.image.id"))
            m_buildKit = true;
        m_imageId = aux.toObject().value(QLatin1String("ID")).toString();
        BuildEvent e = makeEvent(BuildEvent::Kind::ImageId, m_imageId, QString());
        out->append(e); // the CLI prints nothing for it
        return;
    }
    if (o.contains(QLatin1String("error")) || o.contains(QLatin1String("errorDetail"))) {
        QString message = o.value(QLatin1String("error")).toString();
        if (message.isEmpty())
            message = o.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
        m_error = message;
        BuildEvent e = makeEvent(BuildEvent::Kind::Error, message, message);
        e.step = m_buildKit ? 0 : m_step;
        e.stepCount = m_buildKit ? 0 : m_stepCount;
        add(out, e);
        return;
    }
    if (o.contains(QLatin1String("stream"))) {
        handleStreamText(o.value(QLatin1String("stream")).toString(), out);
        return;
    }
    if (o.contains(QLatin1String("status"))) {
        // Pull progress while resolving FROM: "<id>: <status> <progress>".
        QString line = o.value(QLatin1String("status")).toString();
        if (!id.isEmpty())
            line = id + QStringLiteral(": ") + line;
        const QString progress = o.value(QLatin1String("progress")).toString();
        if (!progress.isEmpty())
            line += QLatin1Char(' ') + progress;
        add(out, makeEvent(BuildEvent::Kind::Info, line, line));
    }
}

void BuildStreamDecoder::handleStreamText(const QString &text, QList<BuildEvent> *out)
{
    // The usual message is exactly one line: no copy into the pending buffer then.
    if (m_streamPending.isEmpty() && !text.isEmpty() && text.indexOf(QLatin1Char('\n')) == text.size() - 1) {
        classicLine(text.left(text.size() - 1), out);
        return;
    }
    m_streamPending += text;
    qsizetype start = 0;
    qsizetype nl;
    while ((nl = m_streamPending.indexOf(QLatin1Char('\n'), start)) >= 0) {
        classicLine(m_streamPending.mid(start, nl - start), out);
        start = nl + 1;
    }
    m_streamPending.remove(0, start);
}

void BuildStreamDecoder::classicLine(const QString &raw, QList<BuildEvent> *out)
{
    static const QRegularExpression stepRe(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    static const QRegularExpression hashRe(QStringLiteral("^ ---> ([0-9a-f]{12,64})$"));
    static const QRegularExpression runningRe(QStringLiteral("^ ---> Running in ([0-9a-f]+)$"));
    static const QRegularExpression removingRe(QStringLiteral("^Removing intermediate container ([0-9a-f]+)$"));
    // Podman's builder (buildah) speaks a dialect: "[1/2] STEP 2/6: RUN x", "--> 3f2a9c1d0e4",
    // "--> Using cache <id>", "COMMIT name".
    static const QRegularExpression podmanStepRe(QStringLiteral("^(\\[\\d+/\\d+\\] )?STEP (\\d+)/(\\d+): (.*)$"));
    static const QRegularExpression podmanHashRe(QStringLiteral("^--> ([0-9a-f]{11,64})$"));
    static const QRegularExpression podmanCacheRe(QStringLiteral("^--> Using cache ([0-9a-f]{11,64})$"));

    QString line = raw;
    bool isStderr = false;
    if (line.contains(QLatin1Char('\x1b'))) { // colour codes are rare: skip both searches
        if (line.contains(kStderrOn)) {
            isStderr = true;
            line.remove(kStderrOn);
        }
        line.remove(kStderrOff);
    }

    BuildEvent e = makeEvent(BuildEvent::Kind::Log, line, line);
    QRegularExpressionMatch m;
    // Cheap prefix tests first: most lines are RUN output and match none of the patterns,
    // and a regex match per line and pattern dominated the decoding time.
    const bool arrow = line.startsWith(QLatin1String(" ---> "));
    if (line.startsWith(QLatin1String("Step ")) && (m = stepRe.match(line)).hasMatch()) {
        m_step = m.captured(1).toInt();
        m_stepCount = m.captured(2).toInt();
        m_stageLabel = QStringLiteral("[%1/%2]").arg(m_step).arg(m_stepCount);
        e.kind = BuildEvent::Kind::StepStarted;
        e.text = m.captured(3);
    } else if (arrow && line == QLatin1String(" ---> Using cache")) {
        e.kind = BuildEvent::Kind::Cached;
    } else if ((arrow && (m = runningRe.match(line)).hasMatch())
               || (line.startsWith(QLatin1String("Removing ")) && (m = removingRe.match(line)).hasMatch())) {
        e.kind = BuildEvent::Kind::Info;
        e.vertex = m.captured(1);
    } else if (arrow && (m = hashRe.match(line)).hasMatch()) {
        e.kind = BuildEvent::Kind::Done;
        e.vertex = m.captured(1);
        e.text = m.captured(1);
    } else if (line.startsWith(QLatin1String("Successfully built "))
               || line.startsWith(QLatin1String("Successfully tagged "))) {
        e.kind = BuildEvent::Kind::Info;
    } else if ((line.startsWith(QLatin1String("STEP ")) || line.startsWith(QLatin1Char('[')))
               && (m = podmanStepRe.match(line)).hasMatch()) {
        m_step = m.captured(2).toInt();
        m_stepCount = m.captured(3).toInt();
        m_stageLabel = QStringLiteral("[%1/%2]").arg(m_step).arg(m_stepCount);
        e.kind = BuildEvent::Kind::StepStarted;
        e.text = m.captured(4);
    } else if (line.startsWith(QLatin1String("--> "))) {
        if ((m = podmanCacheRe.match(line)).hasMatch()) {
            e.kind = BuildEvent::Kind::Cached;
            e.vertex = m.captured(1);
        } else if ((m = podmanHashRe.match(line)).hasMatch()) {
            e.kind = BuildEvent::Kind::Done;
            e.vertex = m.captured(1);
            e.text = m.captured(1);
        }
    } else if (line.startsWith(QLatin1String("COMMIT "))) {
        e.kind = BuildEvent::Kind::Info;
    }
    e.isStderr = isStderr;
    e.step = m_step;
    e.stepCount = m_stepCount;
    e.stageLabel = m_stageLabel;
    add(out, e);
}

} // namespace dx
