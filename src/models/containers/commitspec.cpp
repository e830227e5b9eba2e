#include "commitspec.h"

#include "registry/imagereference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dx {

const QStringList &CommitSpec::allowedInstructions()
{
    static const QStringList list{QStringLiteral("CMD"),   QStringLiteral("ENTRYPOINT"), QStringLiteral("ENV"),
                                  QStringLiteral("EXPOSE"), QStringLiteral("LABEL"),     QStringLiteral("ONBUILD"),
                                  QStringLiteral("USER"),  QStringLiteral("VOLUME"),     QStringLiteral("WORKDIR")};
    return list;
}

QStringList CommitSpec::changes() const
{
    QStringList out;
    for (const QString &raw : changesText.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.append(line);
    }
    return out;
}

QString CommitSpec::changeProblem(const QString &line)
{
    static const QRegularExpression form(QStringLiteral("^(\\S+)\\s*(.*)$"));
    const QRegularExpressionMatch m = form.match(line.trimmed());
    const QString instruction = m.captured(1).toUpper();
    const QString args = m.captured(2).trimmed();
    if (!allowedInstructions().contains(instruction))
        return tr("%1 cannot be applied by a commit; these can: %2.")
            .arg(m.captured(1), allowedInstructions().join(QLatin1String(", ")));
    if (args.isEmpty())
        return tr("%1 needs an argument, e.g. %2.")
            .arg(instruction, instruction == QLatin1String("ENV") ? QStringLiteral("ENV A=b") : QStringLiteral("CMD [\"sh\"]"));
    // The JSON form must be a JSON array of strings: the engine would else take it as a shell command.
    if (args.startsWith(QLatin1Char('['))
        && (instruction == QLatin1String("CMD") || instruction == QLatin1String("ENTRYPOINT") || instruction == QLatin1String("VOLUME"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(args.toUtf8(), &error);
        bool strings = doc.isArray();
        for (const QJsonValue &v : doc.array())
            strings = strings && v.isString();
        if (error.error != QJsonParseError::NoError || !strings)
            return tr("%1 %2: the exec form is a JSON array of strings in double quotes, e.g. [\"sh\", \"-c\", \"echo hi\"].")
                .arg(instruction, args);
    }
    if ((instruction == QLatin1String("ENV") || instruction == QLatin1String("LABEL"))) {
        const QString key = args.section(QRegularExpression(QStringLiteral("[=\\s]")), 0, 0);
        if (key.isEmpty() || key.startsWith(QLatin1Char('=')))
            return tr("%1 needs a name: %1 NAME=value.").arg(instruction);
        if (instruction == QLatin1String("LABEL") && !args.contains(QLatin1Char('=')))
            return tr("LABEL needs NAME=value.");
    }
    if (instruction == QLatin1String("EXPOSE")) {
        static const QRegularExpression port(QStringLiteral("^\\d{1,5}(-\\d{1,5})?(/(tcp|udp|sctp))?$"), QRegularExpression::CaseInsensitiveOption);
        for (const QString &p : args.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (!port.match(p).hasMatch())
                return tr("EXPOSE %1: a port is a number, optionally /tcp, /udp or /sctp, e.g. EXPOSE 80/tcp.").arg(p);
        }
    }
    return {};
}

QString CommitSpec::referenceProblem(const QString &reference)
{
    using Problem = ImageReference::Problem;
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {}; // an image without a name, listed as <none>
    if (ref.contains(QLatin1Char('@')))
        return tr("\"%1\": a commit makes a new image, so it has no digest yet; give a name and a tag only.").arg(ref);
    switch (ImageReference::check(ref)) {
    case Problem::None:
    case Problem::Empty: return {};
    case Problem::Whitespace: return tr("\"%1\" contains a space: an image name has none.").arg(ref);
    case Problem::UpperCase: return tr("\"%1\": a repository name is lower case.").arg(ref);
    case Problem::TooLong: return tr("The repository name is longer than the 255 characters a registry accepts.");
    case Problem::Malformed: break;
    }
    return tr("\"%1\" is not an image name. The form is [REGISTRY/]NAME[:TAG], e.g. myapp:1.1: lower-case letters, "
              "digits and . _ - / in the name; at most 128 letters, digits and _ . - in the tag.")
        .arg(ref);
}

QStringList CommitSpec::problems() const
{
    QStringList out;
    if (const QString p = referenceProblem(reference); !p.isEmpty())
        out.append(p);
    int number = 0;
    for (const QString &raw : changesText.split(QLatin1Char('\n'))) {
        ++number;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (const QString p = changeProblem(line); !p.isEmpty())
            out.append(tr("Line %1: %2").arg(number).arg(p));
    }
    return out;
}

CommitOptions CommitSpec::options() const
{
    CommitOptions o;
    if (!reference.trimmed().isEmpty()) {
        // Split at the tag's colon only: a registry's port has one too (host:5000/app:1).
        const QString ref = reference.trimmed();
        const int slash = int(ref.lastIndexOf(QLatin1Char('/')));
        const int colon = int(ref.lastIndexOf(QLatin1Char(':')));
        if (colon > slash) {
            o.repository = ref.left(colon);
            o.tag = ref.mid(colon + 1);
        } else {
            o.repository = ref;
        }
    }
    o.comment = comment.trimmed();
    o.author = author.trimmed();
    o.changes = changes();
    o.pause = pause;
    return o;
}

} // namespace dx
