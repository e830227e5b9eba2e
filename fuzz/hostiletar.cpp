#include "hostiletar.h"

#include <QByteArrayList>

#include <algorithm>
#include <cstring>
#include <zlib.h>

namespace dx::fuzz {

namespace {

constexpr qsizetype Block = 512;
constexpr quint64 MaxOctalSize = 077777777777ULL; // 11 octal digits; beyond: base-256

void put(QByteArray &h, int offset, int width, const QByteArray &value)
{
    std::memcpy(h.data() + offset, value.constData(), size_t(std::min<qsizetype>(width, value.size())));
}

// `width` - 1 octal digits and a NUL; callers keep values in range.
void octal(QByteArray &h, int offset, int width, quint64 value)
{
    put(h, offset, width - 1, QByteArray::number(value, 8).rightJustified(width - 1, '0'));
}

QByteArray header(const QByteArray &name, char type, quint64 size, quint32 mode, const QByteArray &link)
{
    QByteArray h(Block, '\0');
    put(h, 0, 100, name);
    octal(h, 100, 8, mode & 07777);
    octal(h, 108, 8, 1000);
    octal(h, 116, 8, 100);
    if (size <= MaxOctalSize) {
        octal(h, 124, 12, size);
    } else {
        h[124] = char(0x80);
        for (int i = 0; i < 8; ++i)
            h[135 - i] = char((size >> (8 * i)) & 0xff);
    }
    octal(h, 136, 12, 1700000000);
    h[156] = type;
    put(h, 157, 100, link);
    put(h, 257, 5, "ustar");
    put(h, 263, 2, "00");
    put(h, 265, 32, "root");
    put(h, 297, 32, "root");
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : qAsConst(h))
        sum += quint8(c);
    put(h, 148, 6, QByteArray::number(sum, 8).rightJustified(6, '0'));
    h[154] = '\0';
    return h;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        length = QByteArray::number(length).size() + body.size();
    return QByteArray::number(length) + body;
}

class Writer final
{
public:
    explicit Writer(bool gnuNames)
        : m_gnuNames(gnuNames)
    {
    }

    void entry(const QByteArray &name, char type, quint64 size, quint32 mode, const QByteArray &link = {},
               const QByteArray &data = {})
    {
        if (name.size() > 100 || link.size() > 100) {
            if (m_gnuNames) {
                if (name.size() > 100)
                    longName('L', name);
                if (link.size() > 100)
                    longName('K', link);
            } else {
                QByteArray records;
                if (name.size() > 100)
                    records += paxRecord("path", name);
                if (link.size() > 100)
                    records += paxRecord("linkpath", link);
                out += header("PaxHeader/long", 'x', quint64(records.size()), 0644, {});
                out += records;
                pad();
            }
        }
        out += header(name.left(100), type, size, mode, link.left(100));
        out += data;
        pad();
    }

    void pad() { out.append((Block - out.size() % Block) % Block, '\0'); }

    QByteArray out;

private:
    void longName(char type, const QByteArray &value)
    {
        out += header("././@LongLink", type, quint64(value.size() + 1), 0644, {});
        out += value + '\0';
        pad();
    }

    bool m_gnuNames;
};

int number(const QByteArray &text, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? std::clamp(n, 0, max) : 0;
}

// The @...@ expansions of the header comment, and the sandbox in front of absolute paths.
QByteArray expand(QByteArray field, const QByteArray &sandbox, const QByteArray &canary)
{
    field.replace('\0', '_');
    QByteArray result;
    for (qsizetype i = 0; i < field.size();) {
        const qsizetype close = field.at(i) == '@' ? field.indexOf('@', i + 1) : -1;
        const QByteArray token = close > 0 ? field.mid(i + 1, close - i - 1) : QByteArray();
        if (token == "canary") {
            result += canary;
        } else if (token.startsWith("deep")) {
            const int n = number(token.mid(4), 400);
            for (int k = 0; k < n; ++k)
                result += k == 0 ? "d" : "/d";
        } else if (token.startsWith("long")) {
            result += QByteArray(number(token.mid(4), 400), 'x');
        } else {
            result += field.at(i++);
            continue;
        }
        i = close + 1;
    }
    if (result.startsWith('/') && result != sandbox && !result.startsWith(QByteArray(sandbox + '/')))
        result.prepend(sandbox);
    return result;
}

bool isEmptyName(const QByteArray &name)
{
    if (name.startsWith('/'))
        return false;
    const QByteArrayList parts = name.split('/');
    return std::all_of(parts.cbegin(), parts.cend(), [](const QByteArray &p) { return p.isEmpty() || p == "."; });
}

void parseOptions(const QByteArray &flags, HostileTarOptions *o)
{
    for (qsizetype i = 0; i < flags.size(); ++i) {
        qsizetype end = i + 1;
        while (end < flags.size() && flags.at(end) >= '0' && flags.at(end) <= '9')
            ++end;
        const int n = number(flags.mid(i + 1, end - i - 1), 1 << 20);
        switch (flags.at(i)) {
        case 'o': o->overwrite = true; break;
        case 's': o->stopOnRefusal = true; break;
        case 'p': o->restorePermissions = false; break;
        case 'm': o->restoreMtime = false; break;
        case 'z': o->gzip = true; break;
        case 'e': o->preexisting = true; break;
        case 'g': o->gnuNames = true; break;
        case 'q': o->queueChunk = std::max(n, 1); i = end - 1; break;
        case 'c': o->cancelAt = std::max(n, 1); i = end - 1; break;
        default: break;
        }
    }
}

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return data;
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

} // namespace

HostileTar HostileTar::fromScript(const QByteArray &script, const QByteArray &sandbox, const QByteArray &canary)
{
    HostileTar tar;
    // Options first, wherever the line is: they decide how names are written.
    for (const QByteArray &line : script.split('\n')) {
        if (line.startsWith("O "))
            parseOptions(line.mid(2), &tar.options);
    }
    Writer w(tar.options.gnuNames);
    qsizetype cut = -1;
    bool ended = false;
    for (const QByteArray &line : script.split('\n')) {
        if (line.isEmpty() || ended)
            continue;
        const char op = line.at(0);
        const QByteArray rest = line.mid(2);
        const qsizetype space = rest.indexOf(' ');
        const QByteArray first = expand(space < 0 ? rest : rest.left(space), sandbox, canary);
        const QByteArray remainder = space < 0 ? QByteArray() : rest.mid(space + 1);
        const qsizetype space2 = remainder.indexOf(' ');
        const QByteArray second = expand(space2 < 0 ? remainder : remainder.left(space2), sandbox, canary);
        const bool counted = !first.isEmpty() && !isEmptyName(first);
        switch (op) {
        case 'F': w.entry(first, '0', quint64(remainder.size()), 0644, {}, remainder); break;
        case 'D': w.entry(first, '5', 0, second.isEmpty() ? 0755 : second.toUInt(nullptr, 8)); break;
        case 'L': w.entry(first, '2', 0, 0777, second); break;
        case 'H': w.entry(first, '1', 0, 0644, second); break;
        case 'C': w.entry(first, '3', 0, 0666); break;
        case 'P': w.entry(first, '6', 0, 0644); break;
        case 'W': {
            const qsizetype slash = first.lastIndexOf('/');
            const QByteArray whiteout = first.left(slash + 1) + ".wh." + first.mid(slash + 1);
            w.entry(whiteout, '0', 0, 0644);
            tar.entries += isEmptyName(whiteout) ? 0 : 1;
            continue;
        }
        case 'B': {
            const quint64 size = second.isEmpty() ? (quint64(1) << 40) : second.toULongLong();
            w.out += header(first.left(100), '0', size, 0644, {});
            w.out += QByteArray(qsizetype(std::min<quint64>(size, 600)), 'b');
            ended = true;
            tar.accountable = false;
            continue;
        }
        case 'X': {
            w.entry(first, '0', second.toULongLong(), 0644, {}, space2 < 0 ? QByteArray() : remainder.mid(space2 + 1));
            tar.accountable = false;
            continue;
        }
        case 'T': {
            const qsizetype at = w.out.size() + number(first, 1 << 20);
            cut = cut < 0 ? at : std::min(cut, at);
            tar.accountable = false;
            continue;
        }
        default:
            continue;
        }
        if (counted)
            ++tar.entries;
    }
    if (!ended)
        w.out.append(2 * Block, '\0');
    if (cut >= 0 && cut < w.out.size())
        w.out.truncate(cut);
    tar.bytes = tar.options.gzip ? gzip(w.out) : w.out;
    return tar;
}

} // namespace dx::fuzz
