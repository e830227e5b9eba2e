// BuildParameters (the API's POST /build query and the `docker build` line shown for it),
// BuildOptions → parameters, and the context of `docker build -f- DIR` (unsaved editor text).
#include "api/buildapi.h"
#include "build/buildoptions.h"
#include "buildctx/buildcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

const ContextEntry *entry(const ContextScan &scan, const QString &path)
{
    for (const ContextEntry &e : scan.entries) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestBuildParameters final : public QObject
{
    Q_OBJECT

private slots:
    void query()
    {
        BuildParameters p;
        p.tags = {QStringLiteral("demo:1"), QStringLiteral("demo:latest")};
        p.dockerfile = QStringLiteral("sub/Dockerfile");
        p.buildArgs = {{QStringLiteral("A"), QStringLiteral("x+y;z=1")},
                       {QStringLiteral("B"), QStringLiteral("two words %41")}};
        p.labels = {{QStringLiteral("dx.test.run"), QStringLiteral("r1")}};
        p.target = QStringLiteral("build");
        p.platform = QStringLiteral("linux/amd64");
        p.noCache = true;
        p.pull = true;
        p.buildKit = true;
        const QUrlQuery q = p.query();
        QCOMPARE(q.allQueryItemValues(QStringLiteral("t"), QUrl::FullyDecoded), p.tags);
        QCOMPARE(q.queryItemValue(QStringLiteral("dockerfile"), QUrl::FullyDecoded), QStringLiteral("sub/Dockerfile"));
        // Decoded as the engine will read it: the values exactly as typed.
        const QJsonObject args = QJsonDocument::fromJson(
            q.queryItemValue(QStringLiteral("buildargs"), QUrl::FullyDecoded).toUtf8()).object();
        QCOMPARE(args.value(QLatin1String("A")).toString(), QStringLiteral("x+y;z=1"));
        QCOMPARE(args.value(QLatin1String("B")).toString(), QStringLiteral("two words %41")); // not "two words A"
        const QJsonObject labels = QJsonDocument::fromJson(
            q.queryItemValue(QStringLiteral("labels"), QUrl::FullyDecoded).toUtf8()).object();
        QCOMPARE(labels.value(QLatin1String("dx.test.run")).toString(), QStringLiteral("r1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded), QStringLiteral("build"));
        QCOMPARE(q.queryItemValue(QStringLiteral("platform"), QUrl::FullyDecoded), QStringLiteral("linux/amd64"));
        QCOMPARE(q.queryItemValue(QStringLiteral("nocache")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("pull")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("rm")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("forcerm")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("version")), QStringLiteral("2"));

        BuildParameters plain;
        const QUrlQuery pq = plain.query();
        QCOMPARE(pq.queryItemValue(QStringLiteral("version")), QStringLiteral("1"));
        QVERIFY(!pq.hasQueryItem(QStringLiteral("buildargs")));
        QVERIFY(!pq.hasQueryItem(QStringLiteral("nocache")));
    }

    void commandLine()
    {
        BuildParameters p;
        p.contextDir = QStringLiteral("/home/u/my app");
        p.dockerfileArgument = QStringLiteral("/home/u/my app/docker/Dockerfile.dev");
        p.tags = {QStringLiteral("demo:1")};
        p.buildArgs = {{QStringLiteral("A"), QStringLiteral("x+y;z=1")}};
        p.labels = {{QStringLiteral("dx.test.run"), QStringLiteral("r1")}};
        QCOMPARE(p.commandLine(),
                 QStringLiteral("DOCKER_BUILDKIT=0 docker build -f '/home/u/my app/docker/Dockerfile.dev' -t demo:1 "
                                "--build-arg 'A=x+y;z=1' --force-rm --label dx.test.run=r1 '/home/u/my app'"));
        p.buildKit = true;
        p.noCache = true;
        p.dockerfileArgument.clear();
        p.contextDir.clear();
        QCOMPARE(p.commandLine(), QStringLiteral("DOCKER_BUILDKIT=1 docker build -t demo:1 --build-arg 'A=x+y;z=1' "
                                                 "--no-cache --force-rm --label dx.test.run=r1 --progress=plain ."));
    }

    void heredoc()
    {
        BuildParameters p;
        p.contextDir = QStringLiteral("/ctx");
        p.tags = {QStringLiteral("demo:1")};
        p.dockerfileFromStdin = true;
        p.dockerfileArgument = QStringLiteral("ignored/Dockerfile"); // stdin wins
        p.stdinDockerfile = "FROM busybox\nRUN echo \"$HOME\" \\\n  > /h\n";
        QCOMPARE(p.commandLine(), QStringLiteral("DOCKER_BUILDKIT=0 docker build -f- -t demo:1 --force-rm /ctx <<'EOF'\n"
                                                 "FROM busybox\nRUN echo \"$HOME\" \\\n  > /h\nEOF"));
        // No final newline in the editor: the delimiter still gets a line of its own.
        p.stdinDockerfile = "FROM busybox";
        QVERIFY(p.commandLine().endsWith(QLatin1String("<<'EOF'\nFROM busybox\nEOF")));
        // A line reading EOF would end the heredoc early: another delimiter is chosen.
        p.stdinDockerfile = "FROM busybox\nRUN cat <<EOF > /x\nhello\nEOF\n";
        QCOMPARE(BuildParameters::heredocDelimiter(p.stdinDockerfile), QStringLiteral("EOF_1"));
        QVERIFY(p.commandLine().endsWith(QLatin1String("<<'EOF_1'\nFROM busybox\nRUN cat <<EOF > /x\nhello\nEOF\nEOF_1")));
        QCOMPARE(BuildParameters::heredocDelimiter("EOF\r\nEOF_1\n"), QStringLiteral("EOF_2"));
    }

    void optionsToParameters()
    {
        BuildOptions o;
        o.contextDir = QStringLiteral("/ctx");
        QVERIFY(o.parameters(false).dockerfileArgument.isEmpty()); // CONTEXT/Dockerfile: no -f
        o.dockerfilePath = QStringLiteral("/ctx/sub/Dockerfile");
        QCOMPARE(o.parameters(false).dockerfileArgument, QStringLiteral("/ctx/sub/Dockerfile"));
        o.dockerfilePath = QStringLiteral("sub/Dockerfile");
        QCOMPARE(o.parameters(false).dockerfileArgument, QStringLiteral("/ctx/sub/Dockerfile"));
        o.dockerfilePath = QStringLiteral("/elsewhere/Dockerfile");
        QCOMPARE(o.parameters(false).dockerfileArgument, QStringLiteral("/elsewhere/Dockerfile"));
        o.useDockerfileText = true;
        o.dockerfileText = "FROM busybox\n";
        const BuildParameters p = o.parameters(true, QStringLiteral(".dockerfile.abc"));
        QVERIFY(p.dockerfileFromStdin);
        QCOMPARE(p.stdinDockerfile, o.dockerfileText);
        QCOMPARE(p.dockerfile, QStringLiteral(".dockerfile.abc"));
        QVERIFY(p.buildKit);
        QVERIFY(p.commandLine().startsWith(QLatin1String("DOCKER_BUILDKIT=1 docker build -f- ")));
    }

    void stdinContext()
    {
        // As `docker build -f- DIR` sends it: the saved Dockerfile is an ordinary file, the
        // text travels under .dockerfile.<id>, and .dockerignore names it so COPY skips it.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM saved\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "a\n"));
        const QByteArray text = "FROM unsaved\nCOPY . /ctx\n";
        const ContextScan scan = BuildContext::scanWithStdinDockerfile(dir.path(), text);
        QVERIFY2(scan.ok(), qPrintable(scan.errorString));
        QVERIFY(scan.dockerfile.startsWith(QLatin1String(".dockerfile.")));
        const ContextEntry *df = entry(scan, scan.dockerfile);
        QVERIFY(df && df->isInline);
        QCOMPARE(df->inlineData, text);
        const ContextEntry *saved = entry(scan, QStringLiteral("Dockerfile"));
        QVERIFY(saved && !saved->isInline);
        const ContextEntry *ignore = entry(scan, QStringLiteral(".dockerignore"));
        QVERIFY(ignore && ignore->isInline);
        QVERIFY(ignore->inlineData.split('\n').contains(scan.dockerfile.toUtf8()));
        QVERIFY(entry(scan, QStringLiteral("a.txt")));

        // An ignored saved Dockerfile stays out (the CLI re-includes only the -f file), and
        // the user's own .dockerignore is kept with the name added.
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".dockerignore")), "Dockerfile\n"));
        const ContextScan ignored = BuildContext::scanWithStdinDockerfile(dir.path(), text);
        QVERIFY(ignored.ok());
        QVERIFY(!entry(ignored, QStringLiteral("Dockerfile")));
        QCOMPARE(entry(ignored, QStringLiteral(".dockerignore"))->inlineData,
                 QByteArray("Dockerfile\n\n") + ignored.dockerfile.toUtf8() + '\n');
        // The same text gives the same name: the builder's cache sees the same context.
        QCOMPARE(ignored.dockerfile, scan.dockerfile);

        BuildOptions o;
        o.contextDir = dir.path();
        o.useDockerfileText = true;
        o.dockerfileText = text;
        QCOMPARE(o.scanContext().dockerfile, scan.dockerfile);
    }
};

QTEST_GUILESS_MAIN(TestBuildParameters)
#include "tst_buildparameters.moc"
