// Context scanning (what the CLI would send) and the streaming tar writer.
#include "buildctx/buildcontext.h"
#include "buildctx/contextcommand.h"
#include "buildctx/contexttarwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QProcess>
#include <QTextStream>

#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <unistd.h>

using namespace dx;

namespace {

void writeFile(const QString &root, const QString &rel, const QByteArray &content = "x")
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

struct TarItem
{
    QString name;
    int type;
    qint64 size;
    QString link;
    QByteArray data;
    int uid, gid, mode;
    QString uname;
};

QList<TarItem> readTar(const QByteArray &tar)
{
    QList<TarItem> items;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) != ARCHIVE_OK)
        return items;
    archive_entry *e;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        TarItem t;
        t.name = QString::fromUtf8(archive_entry_pathname(e));
        t.type = int(archive_entry_filetype(e));
        t.size = archive_entry_size(e);
        const char *link = archive_entry_symlink(e) ? archive_entry_symlink(e) : archive_entry_hardlink(e);
        t.link = QString::fromUtf8(link);
        t.uid = int(archive_entry_uid(e));
        t.gid = int(archive_entry_gid(e));
        t.mode = int(archive_entry_perm(e));
        t.uname = QString::fromUtf8(archive_entry_uname(e));
        QByteArray data(t.size, Qt::Uninitialized);
        if (t.size > 0)
            archive_read_data(a, data.data(), size_t(t.size));
        t.data = data;
        items.append(t);
    }
    archive_read_free(a);
    return items;
}

QStringList names(const QList<TarItem> &items)
{
    QStringList out;
    for (const TarItem &t : items)
        out.append(t.name);
    return out;
}

} // namespace

class TestBuildContext : public QObject
{
    Q_OBJECT

private slots:
    void scanBasics();
    void exceptionsBelowExcludedDir();
    void dockerfileAlwaysSent();
    void dockerfileOutsideContext();
    void secretsWarned();
    void unreadableAndBadIgnore();
    void tarLayout();
    void tarCancelAndErrors();
    void contextCommand();
};

void TestBuildContext::scanBasics()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root, QStringLiteral("Dockerfile"), "FROM scratch\n");
    writeFile(root, QStringLiteral("a-b"), "12345");
    writeFile(root, QStringLiteral("a/b"), "1");
    writeFile(root, QStringLiteral("node_modules/x/y.js"));
    writeFile(root, QStringLiteral("src/main.o"));
    writeFile(root, QStringLiteral("src/main.c"), "int");
    QVERIFY(QFile::link(QStringLiteral("a/b"), root + QStringLiteral("/link")));
    QDir(root).mkpath(QStringLiteral("empty"));
    writeFile(root, QStringLiteral(".dockerignore"), "node_modules\n**/*.o\n");

    const ContextScan scan = BuildContext::scan(root);
    QVERIFY2(scan.ok(), qPrintable(scan.errorString));
    QCOMPARE(scan.dockerfile, QStringLiteral("Dockerfile"));
    QStringList walk;
    for (const ContextEntry &e : scan.entries)
        walk.append(e.path);
    // Tar order is the CLI's walk order: per directory, names byte-sorted, parents first.
    QCOMPARE(walk, QStringList({QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
                                QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a-b"),
                                QStringLiteral("empty"), QStringLiteral("link"),
                                QStringLiteral("src"), QStringLiteral("src/main.c")}));
    QCOMPARE(scan.sortedFilePaths(), QStringList({QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
                                                 QStringLiteral("a-b"), QStringLiteral("a/b"),
                                                 QStringLiteral("link"), QStringLiteral("src/main.c")}));
    QCOMPARE(scan.fileCount, 6);
    QCOMPARE(scan.totalBytes, 13 + 5 + 1 + 3 + 20);
    const ContextEntry &link = scan.entries.at(6);
    QCOMPARE(link.type, ContextEntry::Type::Symlink);
    QCOMPARE(link.linkTarget, QStringLiteral("a/b"));
}

void TestBuildContext::exceptionsBelowExcludedDir()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root, QStringLiteral("Dockerfile"));
    writeFile(root, QStringLiteral("build/keep/a.txt"));
    writeFile(root, QStringLiteral("build/keep/b.bin"));
    writeFile(root, QStringLiteral("build/drop/a.txt"));
    writeFile(root, QStringLiteral("other/deep/keep"));
    writeFile(root, QStringLiteral(".dockerignore"), "build\n!build/keep/*.txt\nother\n!**/keep\n");
    const ContextScan scan = BuildContext::scan(root);
    QVERIFY(scan.ok());
    // build/ is walked for the exception, but build/ itself is not sent. "!**/keep"
    // matches the directory build/keep, and a pattern matching a parent decides for
    // its children too, so b.bin comes back. other/ is not walked at all:
    // "!**/keep" does not start with "other/".
    QCOMPARE(scan.sortedFilePaths(), QStringList({QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
                                                 QStringLiteral("build/keep/a.txt"),
                                                 QStringLiteral("build/keep/b.bin")}));
    QStringList dirs;
    for (const ContextEntry &e : scan.entries) {
        if (e.type == ContextEntry::Type::Directory)
            dirs.append(e.path);
    }
    QCOMPARE(dirs, QStringList{QStringLiteral("build/keep")});
}

void TestBuildContext::dockerfileAlwaysSent()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root, QStringLiteral("docker/App.Dockerfile"));
    writeFile(root, QStringLiteral("x"));
    writeFile(root, QStringLiteral(".dockerignore"), "*\n");
    const ContextScan scan = BuildContext::scan(root, root + QStringLiteral("/docker/App.Dockerfile"));
    QVERIFY(scan.ok());
    QCOMPARE(scan.dockerfile, QStringLiteral("docker/App.Dockerfile"));
    // "*" matches "docker", so the legacy matcher re-includes the Dockerfile by name.
    QCOMPARE(scan.sortedFilePaths(), QStringList({QStringLiteral(".dockerignore"),
                                                 QStringLiteral("docker/App.Dockerfile")}));
}

void TestBuildContext::dockerfileOutsideContext()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("ctx/file"));
    writeFile(dir.path(), QStringLiteral("elsewhere/Dockerfile"), "FROM scratch\nCOPY . /\n");
    const ContextScan scan = BuildContext::scan(dir.path() + QStringLiteral("/ctx"),
                                                dir.path() + QStringLiteral("/elsewhere/Dockerfile"));
    QVERIFY2(scan.ok(), qPrintable(scan.errorString));
    QVERIFY(scan.dockerfile.startsWith(QLatin1String(".dockerfile.")));
    QCOMPARE(scan.dockerfile.size(), 12 + 20);
    const QStringList files = scan.sortedFilePaths();
    QCOMPARE(files, QStringList({scan.dockerfile, QStringLiteral(".dockerignore"), QStringLiteral("file")}));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ContextTarWriter writer(scan);
    QVERIFY(writer.write(&buffer));
    for (const TarItem &t : readTar(buffer.data())) {
        if (t.name == scan.dockerfile)
            QCOMPARE(t.data, QByteArray("FROM scratch\nCOPY . /\n"));
        if (t.name == QLatin1String(".dockerignore"))
            QCOMPARE(t.data, ".dockerignore\n" + scan.dockerfile.toUtf8() + '\n');
    }
}

void TestBuildContext::secretsWarned()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    for (const char *f : {"Dockerfile", ".env", ".env.example", "certs/server.pem", "id_rsa", "id_rsa.pub",
                          ".git/config", ".git/HEAD", "keys/api.key", ".npmrc", "ok.txt", ".aws/credentials"})
        writeFile(root, QString::fromLatin1(f));
    writeFile(root, QStringLiteral(".dockerignore"), ".npmrc\n");
    const ContextScan scan = BuildContext::scan(root);
    QVERIFY(scan.ok());
    const QString all = scan.warnings.join(QLatin1Char('\n'));
    for (const char *hit : {".env ", "certs/server.pem", "id_rsa ", ".git/ ", "keys/api.key", ".aws/ "})
        QVERIFY2(all.contains(QLatin1String(hit)), hit);
    QVERIFY(!all.contains(QLatin1String(".env.example")));
    QVERIFY(!all.contains(QLatin1String(".npmrc")));
    QVERIFY(!all.contains(QLatin1String("id_rsa.pub")));
    QVERIFY(!all.contains(QLatin1String(".git/config")));
    QCOMPARE(scan.warnings.size(), 6);
}

void TestBuildContext::unreadableAndBadIgnore()
{
    const ContextScan missing = BuildContext::scan(QStringLiteral("/nonexistent/dx"));
    QCOMPARE(missing.error, ContextScan::Error::ContextUnreadable);
    QVERIFY(!missing.errorString.isEmpty());

    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral(".dockerignore"), "ok\n[\n");
    const ContextScan bad = BuildContext::scan(dir.path());
    QCOMPARE(bad.error, ContextScan::Error::DockerIgnore);
    QVERIFY(bad.errorString.contains(QLatin1String("line 2")));

    const ContextScan noDf = BuildContext::scan(dir.path(), dir.path() + QStringLiteral("/nope"));
    QCOMPARE(noDf.error, ContextScan::Error::DockerIgnore); // .dockerignore checked first
    QFile::remove(dir.path() + QStringLiteral("/.dockerignore"));
    QCOMPARE(BuildContext::scan(dir.path(), dir.path() + QStringLiteral("/nope")).error,
             ContextScan::Error::Dockerfile);
}

void TestBuildContext::tarLayout()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root, QStringLiteral("Dockerfile"), "FROM scratch\n");
    writeFile(root, QStringLiteral("d/f"), QByteArray(70000, 'z'));
    writeFile(root, QString::fromUtf8("d/ümlaut-") + QString(120, QLatin1Char('n')), "long");
    QFile::setPermissions(root + QStringLiteral("/d/f"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther);
    QVERIFY(QFile::link(QStringLiteral("../Dockerfile"), root + QStringLiteral("/d/l")));
    QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/d/f")).constData(),
                   QFile::encodeName(root + QStringLiteral("/d/g")).constData()) == 0);
    const ContextScan scan = BuildContext::scan(root);
    QVERIFY(scan.ok());

    QByteArray tar;
    qint64 lastBytes = 0, lastFiles = 0;
    ContextTarWriter writer(scan);
    writer.setProgressCallback([&](qint64 b, qint64 f) { lastBytes = b; lastFiles = f; });
    QVERIFY(writer.write([&tar](const char *d, qint64 n) { tar.append(d, n); return true; }));
    QCOMPARE(lastFiles, scan.entries.size());
    QCOMPARE(lastBytes, tar.size());
    QCOMPARE(tar.size() % 512, 0); // no padding to a 10 KiB record, like Go's writer

    const QList<TarItem> items = readTar(tar);
    QCOMPARE(names(items).first(), QStringLiteral("Dockerfile"));
    QVERIFY(names(items).contains(QStringLiteral("d/")));
    for (const TarItem &t : items) {
        QCOMPARE(t.uid, 0);
        QCOMPARE(t.gid, 0);
        QVERIFY(t.uname.isEmpty());
        if (t.name == QLatin1String("d/f")) {
            QCOMPARE(t.size, 70000);
            QCOMPARE(t.mode, 0704);
            QCOMPARE(t.data, QByteArray(70000, 'z'));
        } else if (t.name == QLatin1String("d/g")) {
            QCOMPARE(t.size, 0);
            QCOMPARE(t.link, QStringLiteral("d/f")); // second name of the inode: a hard link
        } else if (t.name == QLatin1String("d/l")) {
            QCOMPARE(t.type, int(AE_IFLNK));
            QCOMPARE(t.link, QStringLiteral("../Dockerfile"));
        }
    }
    QVERIFY(names(items).contains(QString::fromUtf8("d/ümlaut-") + QString(120, QLatin1Char('n'))));
    // GNU tar must agree that the archive is sound.
    QTemporaryDir out;
    QFile file(out.filePath(QStringLiteral("ctx.tar")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tar);
    file.close();
    QCOMPARE(QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-tf"), file.fileName()}), 0);
}

void TestBuildContext::tarCancelAndErrors()
{
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        writeFile(dir.path(), QStringLiteral("f%1").arg(i), QByteArray(300000, 'a'));
    const ContextScan scan = BuildContext::scan(dir.path());
    std::atomic<bool> cancel{false};
    ContextTarWriter writer(scan);
    writer.setCancelFlag(&cancel);
    qint64 seen = 0;
    QVERIFY(!writer.write([&](const char *, qint64 n) {
        seen += n;
        if (seen > 1000000)
            cancel = true;
        return true;
    }));
    QVERIFY(writer.wasCanceled());
    QVERIFY(seen < 3000000);

    ContextTarWriter refusing(scan);
    QVERIFY(!refusing.write([](const char *, qint64) { return false; }));
    QVERIFY(refusing.wasCanceled());

    QBuffer closed; // not open: writes fail, which is an error, not a cancel
    ContextTarWriter toDevice(scan);
    QVERIFY(!toDevice.write(&closed));
    QVERIFY(!toDevice.wasCanceled());
    QVERIFY(!toDevice.errorString().isEmpty());
}

void TestBuildContext::contextCommand()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("Dockerfile"), "FROM scratch\n");
    writeFile(dir.path(), QStringLiteral("b/x"), "12");
    writeFile(dir.path(), QStringLiteral("a.txt"), "1");
    writeFile(dir.path(), QStringLiteral(".dockerignore"), "*.txt\n");
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runContextCommand({dir.path()}, out, err), 0);
    QCOMPARE(outText, QStringLiteral(".dockerignore\nDockerfile\nb/x\n# 3 files, 21 bytes\n"));

    outText.clear();
    QCOMPARE(runContextCommand({QStringLiteral("-f"), dir.path() + QStringLiteral("/b/x"), dir.path()}, out, err), 0);
    QVERIFY(outText.endsWith(QLatin1String("# 3 files, 21 bytes\n")));

    errText.clear();
    QCOMPARE(runContextCommand({QStringLiteral("/nonexistent/dx")}, out, err), 2);
    QVERIFY(!errText.isEmpty());
    QCOMPARE(runContextCommand({}, out, err), 2);
    QCOMPARE(runContextCommand({QStringLiteral("-f")}, out, err), 2);
    QCOMPARE(runContextCommand({QStringLiteral("--bogus"), dir.path()}, out, err), 2);
}

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
