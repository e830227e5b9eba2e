#include "lintcommand.h"

#include "dockerfilelinter.h"
#include "dockerfileparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dx {

namespace {

enum ExitCode { Clean = 0, HasErrors = 1, Failure = 2 };

QString usage()
{
    return QCoreApplication::translate("LintCommand", "Usage: docker-explorer lint [--format text|json] FILE...\n"
              "Checks Dockerfiles with BuildKit's parser rules and lint checks.\n"
              "FILE may be - for standard input.\n"
              "Exit status: 0 no errors, 1 errors found, 2 unreadable file or bad usage.\n");
}

QJsonValue instructionJson(const Instruction *instruction)
{
    if (!instruction)
        return QJsonValue::Null;
    return QJsonObject {
        { QStringLiteral("name"), instruction->name },
        { QStringLiteral("flags"), QJsonArray::fromStringList(instruction->flags) },
        { QStringLiteral("args"), QJsonArray::fromStringList(instruction->args) },
        { QStringLiteral("startLine"), instruction->startLine },
        { QStringLiteral("endLine"), instruction->endLine },
        { QStringLiteral("inner"), instructionJson(instruction->inner.get()) },
    };
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    return QJsonObject {
        { QStringLiteral("line"), d.line },           { QStringLiteral("column"), d.column },
        { QStringLiteral("endLine"), d.endLine },     { QStringLiteral("endColumn"), d.endColumn },
        { QStringLiteral("severity"), severityName(d.severity) }, { QStringLiteral("rule"), d.rule },
        { QStringLiteral("message"), d.message },
    };
}

bool readInput(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = file.errorString();
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int runLintCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList files;
    bool optionsDone = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsDone || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            files.append(arg);
        } else if (arg == QLatin1String("--")) {
            optionsDone = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return Clean;
        } else if (arg == QLatin1String("--format") || arg.startsWith(QLatin1String("--format="))) {
            QString format = arg.section(u'=', 1);
            if (!arg.contains(u'=')) {
                if (++i >= args.size()) {
                    err << QCoreApplication::translate("LintCommand", "docker-explorer lint: --format needs a value (text or json)") << '\n' << usage();
                    return Failure;
                }
                format = args.at(i);
            }
            if (format != QLatin1String("text") && format != QLatin1String("json")) {
                err << QCoreApplication::translate("LintCommand", "docker-explorer lint: unknown format '%1' (use text or json)").arg(format) << '\n';
                return Failure;
            }
            json = format == QLatin1String("json");
        } else {
            err << QCoreApplication::translate("LintCommand", "docker-explorer lint: unknown option '%1'").arg(arg) << '\n' << usage();
            return Failure;
        }
    }
    if (files.isEmpty()) {
        err << QCoreApplication::translate("LintCommand", "docker-explorer lint: no Dockerfile given") << '\n' << usage();
        return Failure;
    }

    int status = Clean;
    QJsonArray reports;
    for (const QString &path : files) {
        QByteArray data;
        QString error;
        if (!readInput(path, &data, &error)) {
            err << QCoreApplication::translate("LintCommand", "docker-explorer lint: cannot read %1: %2").arg(path, error) << '\n';
            status = Failure;
            continue;
        }
        const ParseResult result = DockerfileParser::parse(data);
        const QList<Diagnostic> diagnostics = DockerfileLinter::lint(result);
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error && status == Clean)
                status = HasErrors;
        }
        if (json) {
            QJsonArray instructions;
            for (const Instruction &instruction : result.instructions)
                instructions.append(instructionJson(&instruction));
            QJsonArray list;
            for (const Diagnostic &d : diagnostics)
                list.append(diagnosticJson(d));
            reports.append(QJsonObject { { QStringLiteral("file"), path },
                                         { QStringLiteral("instructions"), instructions },
                                         { QStringLiteral("diagnostics"), list } });
        } else {
            for (const Diagnostic &d : diagnostics)
                out << path << ':' << d.line << ':' << d.column << ": " << severityName(d.severity) << ": "
                    << d.message << " [" << d.rule << "]\n";
        }
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    out.flush();
    err.flush();
    return status;
}

} // namespace dx
