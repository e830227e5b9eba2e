#include "buildkittrace.h"

#include "protoreader.h"

#include <limits>

namespace dx {

namespace {

using Field = ProtoReader::Field;

// The reader reports a field of an unexpected wire type as "skip": proto3 parsers
// ignore such fields rather than failing the whole message.
bool isBytes(const Field &f) { return f.type == ProtoReader::LengthDelimited; }
bool isVarint(const Field &f) { return f.type == ProtoReader::Varint; }

bool finish(const ProtoReader &r, QString *error)
{
    if (r.hasError() && error && error->isEmpty())
        *error = r.errorString();
    return !r.hasError();
}

bool decodeTime(const Field &f, buildkit::Time *out, QString *error)
{
    ProtoReader r(f);
    Field g;
    qint64 seconds = 0;
    qint64 nanos = 0;
    while (r.next(&g)) {
        if (g.number == 1 && isVarint(g))
            seconds = g.int64();
        else if (g.number == 2 && isVarint(g))
            nanos = qint32(g.value);
    }
    // Clamp instead of overflowing on absurd values from a broken or hostile stream.
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000000000 - 1;
    seconds = qBound(-limit, seconds, limit);
    *out = seconds * 1000000000 + nanos;
    return finish(r, error);
}

bool decodeVertex(const Field &f, buildkit::Vertex *v, QString *error)
{
    ProtoReader r(f);
    Field g;
    while (r.next(&g)) {
        if (isVarint(g) && g.number == 4) {
            v->cached = g.boolean();
            continue;
        }
        if (!isBytes(g))
            continue;
        switch (g.number) {
        case 1: v->digest = g.string(); break;
        case 2: v->inputs.append(g.string()); break;
        case 3: v->name = g.string(); break;
        case 5: if (!decodeTime(g, &v->started, error)) return false; break;
        case 6: if (!decodeTime(g, &v->completed, error)) return false; break;
        case 7: v->error = g.string(); break;
        case 8: {
            ProtoReader pg(g);
            Field h;
            while (pg.next(&h)) {
                if (h.number == 1 && isBytes(h))
                    v->progressGroupId = h.string();
                else if (h.number == 2 && isBytes(h))
                    v->progressGroupName = h.string();
                else if (h.number == 3 && isVarint(h))
                    v->progressGroupWeak = h.boolean();
            }
            if (!finish(pg, error))
                return false;
            break;
        }
        default: break;
        }
    }
    return finish(r, error);
}

bool decodeStatus(const Field &f, buildkit::VertexStatus *s, QString *error)
{
    ProtoReader r(f);
    Field g;
    while (r.next(&g)) {
        if (isVarint(g)) {
            if (g.number == 4)
                s->current = g.int64();
            else if (g.number == 5)
                s->total = g.int64();
            continue;
        }
        if (!isBytes(g))
            continue;
        switch (g.number) {
        case 1: s->id = g.string(); break;
        case 2: s->vertex = g.string(); break;
        case 3: s->name = g.string(); break;
        case 6: if (!decodeTime(g, &s->timestamp, error)) return false; break;
        case 7: if (!decodeTime(g, &s->started, error)) return false; break;
        case 8: if (!decodeTime(g, &s->completed, error)) return false; break;
        default: break;
        }
    }
    return finish(r, error);
}

bool decodeLog(const Field &f, buildkit::VertexLog *l, QString *error)
{
    ProtoReader r(f);
    Field g;
    while (r.next(&g)) {
        if (g.number == 3 && isVarint(g))
            l->stream = g.int64();
        else if (g.number == 1 && isBytes(g))
            l->vertex = g.string();
        else if (g.number == 2 && isBytes(g) && !decodeTime(g, &l->timestamp, error))
            return false;
        else if (g.number == 4 && isBytes(g))
            l->msg = g.bytes();
    }
    return finish(r, error);
}

bool decodeWarning(const Field &f, buildkit::VertexWarning *w, QString *error)
{
    ProtoReader r(f);
    Field g;
    while (r.next(&g)) {
        if (g.number == 2 && isVarint(g))
            w->level = g.int64();
        else if (!isBytes(g))
            continue;
        else if (g.number == 1)
            w->vertex = g.string();
        else if (g.number == 3)
            w->shortText = g.bytes();
        else if (g.number == 4)
            w->detail.append(g.bytes());
        else if (g.number == 5)
            w->url = g.string();
    }
    return finish(r, error);
}

} // namespace

bool BuildkitTrace::decode(const QByteArray &message, buildkit::StatusResponse *out,
                           QString *error)
{
    ProtoReader r(message.constData(), message.size());
    Field f;
    while (r.next(&f)) {
        if (!isBytes(f))
            continue;
        switch (f.number) {
        case 1:
            out->vertexes.append(buildkit::Vertex());
            if (!decodeVertex(f, &out->vertexes.last(), error))
                return false;
            break;
        case 2:
            out->statuses.append(buildkit::VertexStatus());
            if (!decodeStatus(f, &out->statuses.last(), error))
                return false;
            break;
        case 3:
            out->logs.append(buildkit::VertexLog());
            if (!decodeLog(f, &out->logs.last(), error))
                return false;
            break;
        case 4:
            out->warnings.append(buildkit::VertexWarning());
            if (!decodeWarning(f, &out->warnings.last(), error))
                return false;
            break;
        default:
            break;
        }
    }
    return finish(r, error);
}

} // namespace dx
