// Compares our idea of the build context with what the docker CLI really sends: for
// each .dockerignore below, build `FROM scratch` + `COPY . /ctx/` with the classic
// builder, export a container of the image and list /ctx. Everything created carries
// the label dx.test.run=<run id> and is removed again, also when a check fails.
#include "buildctx/buildcontext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

using namespace dx;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result docker(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker"), args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timeout";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Non-directory entries below ctx/ in an exported container filesystem.
QStringList listExport(const QByteArray &tar)
{
    QStringList out;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, tar.constData(), size_t(tar.size()));
    archive_entry *e;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        const char *utf8 = archive_entry_pathname_utf8(e);
        QString name = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(e));
        if (name.startsWith(QLatin1String("./")))
            name.remove(0, 2);
        if (!name.startsWith(QLatin1String("ctx/")) || archive_entry_filetype(e) == AE_IFDIR)
            continue;
        out.append(name.mid(4));
    }
    archive_read_free(a);
    std::sort(out.begin(), out.end(), [](const QString &x, const QString &y) { return x.toUtf8() < y.toUtf8(); });
    return out;
}

void writeFile(const QString &root, const QString &rel, const QByteArray &content = "x\n")
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

void createTree(const QString &root)
{
    const char *files[] = {
        "Dockerfile", ".env", "a.log", "important.log", "README.md", "x.md", "ab.md", "#literal",
        "b1.txt", "d2.txt", "build/keep/a.txt", "build/keep/b.bin", "build/drop/a.txt",
        "other/deep/keep", "node_modules/pkg/index.js", "app/node_modules/lib.js", "src/main.c",
        "src/main.o", "src/util/x.o", "src/util/y.c", "dir/sub/f", "dir/other/g", "dir/top",
        "a/b/c/d", "a/b/c/e", "a/b/x", "docs/README.md", "docs/guide.md", "tmp/t1", "lib/tmp/t2",
        "lib/cache/z", "cache/top", "keep.txt", "xkeep", "space name.txt", "ünï.txt",
        ".git/HEAD", "sub/.dockerignore", "weird[1].txt", "a.b+c(d)",
    };
    for (const char *f : files)
        writeFile(root, QString::fromUtf8(f));
    writeFile(root, QStringLiteral("Dockerfile"), "FROM scratch\nCOPY . /ctx/\n");
    QDir(root).mkpath(QStringLiteral("emptydir"));
    QFile::link(QStringLiteral("src/main.c"), root + QStringLiteral("/link"));
    QFile::link(QStringLiteral("nowhere"), root + QStringLiteral("/dangling"));
    ::link(QFile::encodeName(root + QStringLiteral("/b1.txt")).constData(),
           QFile::encodeName(root + QStringLiteral("/hard.txt")).constData());
}

} // namespace

class TestContextCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void compareWithCli_data();
    void compareWithCli();

private:
    void removeEverything();

    QString m_runId;
    bool m_engine = false;
    int m_counter = 0;
};

void TestContextCli::initTestCase()
{
    // The run's id first, so the test command's sweep finds anything left behind.
    const QString run = qEnvironmentVariable("DX_TEST_RUN");
    m_runId = (run.isEmpty() ? QString() : run + u'-')
              + QStringLiteral("ctxcli-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const Result r = docker({QStringLiteral("version"), QStringLiteral("--format"),
                             QStringLiteral("{{.Server.Version}}")}, 20000);
    m_engine = r.exitCode == 0;
    if (!m_engine) {
        const QByteArray why = "no Docker engine reachable through the docker CLI: " + r.err.trimmed();
        if (qEnvironmentVariableIsSet("DX_REQUIRE_ENGINE"))
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
}

void TestContextCli::cleanupTestCase()
{
    if (m_engine)
        removeEverything();
}

void TestContextCli::removeEverything()
{
    const QString filter = QStringLiteral("label=dx.test.run=") + m_runId;
    const Result containers = docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), filter});
    for (const QByteArray &id : containers.out.split('\n')) {
        if (!id.trimmed().isEmpty())
            docker({QStringLiteral("rm"), QStringLiteral("-f"), QString::fromLatin1(id.trimmed())});
    }
    const Result images = docker({QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--filter"), filter});
    for (const QByteArray &id : images.out.split('\n')) {
        if (!id.trimmed().isEmpty())
            docker({QStringLiteral("rmi"), QStringLiteral("-f"), QString::fromLatin1(id.trimmed())});
    }
}

void TestContextCli::compareWithCli_data()
{
    QTest::addColumn<QByteArray>("ignore");
    QTest::addColumn<bool>("outsideDockerfile");
    auto row = [](const char *name, const char *ignore, bool outside = false) {
        QTest::newRow(name) << (ignore ? QByteArray(ignore) : QByteArray()) << outside;
    };
    row("no-dockerignore", nullptr);
    row("log-exception", "*.log\n!important.log\n");
    row("exception-in-excluded-dir", "build\n!build/keep/*.txt\nother\n!**/keep\n");
    row("double-star", "**/node_modules\n**/*.o\n");
    row("only-src", "*\n!src\n!Dockerfile\n");
    row("cleaning", "/a/b/x\n./dot/x\n# comment\n  docs/guide.md  \n../tmp\n");
    row("dir-star-star", "dir/**\n!dir/sub\n");
    row("classes", "[a-c]*.txt\n?.md\n\\#literal\nweird\\[1\\].txt\n");
    row("build-files-excluded", ".dockerignore\nDockerfile\n");
    row("everything-but", "**\n!keep.txt\n");
    row("deep-exception", "a/b\n!a/b/c/d\n");
    row("tmp-cache", "*/tmp\n**/cache/**\n");
    row("last-wins", "docs\n!docs/README.md\ndocs/README.md\n");
    row("suffix-quirk", "**keep\n");
    row("src-star", "src/*\n!src/*.c\n");
    row("git-and-env", ".git\n.env\n*.md\n!README.md\n");
    row("regex-chars", "a.b+c(d)\n");
    row("crlf-bom", "\xEF\xBB\xBF*.md\r\n!x.md\r\n");
    row("dockerfile-outside", "*.txt\n", true);
    row("dockerfile-outside-no-ignore", nullptr, true);
}

void TestContextCli::compareWithCli()
{
    QFETCH(QByteArray, ignore);
    QFETCH(bool, outsideDockerfile);
    QTemporaryDir tmp;
    const QString root = tmp.path() + QStringLiteral("/ctx");
    createTree(root);
    if (!ignore.isNull())
        writeFile(root, QStringLiteral(".dockerignore"), ignore);
    QString dockerfile = root + QStringLiteral("/Dockerfile");
    if (outsideDockerfile) {
        dockerfile = tmp.path() + QStringLiteral("/elsewhere/Build.dockerfile");
        writeFile(tmp.path(), QStringLiteral("elsewhere/Build.dockerfile"), "FROM scratch\nCOPY . /ctx/\n");
    }

    // Removes what this row created even when a QCOMPARE below returns early.
    struct Cleanup
    {
        TestContextCli *self;
        ~Cleanup() { self->removeEverything(); }
    } cleanup{this};

    const QString tag = QStringLiteral("dx-ctxtest-%1:%2").arg(m_runId).arg(++m_counter);
    const QString label = QStringLiteral("dx.test.run=") + m_runId;
    const Result build = docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"), label,
                                 QStringLiteral("-t"), tag, QStringLiteral("-f"), dockerfile, root}, 300000);
    QVERIFY2(build.exitCode == 0, build.err.constData());
    const Result create = docker({QStringLiteral("create"), QStringLiteral("--label"), label, tag,
                                  QStringLiteral("/none")});
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const Result exported = docker({QStringLiteral("export"), QString::fromLatin1(create.out.trimmed())});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QStringList cli = listExport(exported.out);

    const ContextScan scan = BuildContext::scan(root, dockerfile);
    QVERIFY2(scan.ok(), qPrintable(scan.errorString));
    // The daemon drops .dockerignore and the Dockerfile again when the (possibly
    // rewritten) .dockerignore excludes them, using the legacy matcher.
    QByteArray sentIgnore;
    for (const ContextEntry &e : scan.entries) {
        if (e.path == QLatin1String(".dockerignore"))
            sentIgnore = e.isInline ? e.inlineData : ignore;
    }
    const DockerIgnore daemonSide = DockerIgnore::parse(sentIgnore);
    QStringList ours = scan.sortedFilePaths();
    for (const QString &buildFile : {QStringLiteral(".dockerignore"), scan.dockerfile}) {
        if (!sentIgnore.isNull() && daemonSide.isValid() && daemonSide.matchesLegacy(buildFile))
            ours.removeAll(buildFile);
    }
    if (cli != ours) {
        qWarning().noquote() << "CLI :" << cli.join(QLatin1Char(' '));
        qWarning().noquote() << "ours:" << ours.join(QLatin1Char(' '));
    }
    QCOMPARE(ours, cli);
}

QTEST_GUILESS_MAIN(TestContextCli)
#include "tst_contextcli.moc"
