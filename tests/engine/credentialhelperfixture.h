#pragma once

// Fake docker-credential-NAME programs for tests: shell scripts in a folder of the test's own,
// which the test puts first on PATH (in the environment it hands over, or its own).

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace dx::test {

struct FakeCredential
{
    QString server;
    QString username; // "<token>" makes the secret an identity token
    QString secret;
};

// Writes DIR/docker-credential-NAME with `body` as its shell script (after the #! line).
inline bool writeCredentialHelperScript(const QString &dir, const QString &name, const QByteArray &body)
{
    QFile file(QDir(dir).filePath(QStringLiteral("docker-credential-") + name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A helper that speaks the protocol: `get` answers the entry for the server address it reads
// on stdin, else "credentials not found in native keychain" with exit code 1; `list` lists the
// servers. Each run leaves its stdin in DIR/NAME.ACTION.stdin, so a test can see what it was asked.
inline bool writeCredentialHelper(const QString &dir, const QString &name, const QList<FakeCredential> &entries)
{
    const QByteArray stdinFile = QDir(dir).filePath(name).toUtf8() + ".$1.stdin"; // a temporary folder: no quotes in it
    QByteArray body = "input=$(cat)\nprintf '%s' \"$input\" > \"" + stdinFile + "\"\n"
                      "case \"$1\" in\nget)\n  case \"$input\" in\n";
    QByteArray list;
    for (const FakeCredential &c : entries) {
        body += "  '" + c.server.toUtf8() + "') printf '%s' '{\"ServerURL\":\"" + c.server.toUtf8() + "\",\"Username\":\""
                + c.username.toUtf8() + "\",\"Secret\":\"" + c.secret.toUtf8() + "\"}' ;;\n";
        list += QByteArray(list.isEmpty() ? "" : ",") + "\"" + c.server.toUtf8() + "\":\"" + c.username.toUtf8() + "\"";
    }
    body += "  *) echo 'credentials not found in native keychain'; exit 1 ;;\n  esac ;;\n"
            "list) printf '%s' '{" + list + "}' ;;\n"
            "*) echo \"unknown action $1\"; exit 2 ;;\nesac\n";
    return writeCredentialHelperScript(dir, name, body);
}

inline QByteArray credentialHelperStdin(const QString &dir, const QString &name, const QString &action)
{
    QFile file(QDir(dir).filePath(name + QLatin1Char('.') + action + QStringLiteral(".stdin")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace dx::test
