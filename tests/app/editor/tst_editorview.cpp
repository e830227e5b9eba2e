// The Dockerfile editor offscreen: live lint, completion, autosave and recovery, refusing big
// and binary files without blocking, the unsaved-changes prompt, folders and the shared text.
#include "dockerfile/editorsnapshot.h"
#include "editor/autosave.h"
#include "editor/dockerfiledocument.h"
#include "editor/editordecorator.h"
#include "editor/editorview.h"
#include "editor/findbar.h"
#include "editor/messagebar.h"
#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/settings.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QLineEdit>

#include <memory>

using namespace dx;

namespace {

struct Fixture
{
    IconProvider icons;
    Engine engine;
    std::unique_ptr<AppServices> services = std::make_unique<AppServices>(&engine, &icons);
    std::unique_ptr<EditorView> view = std::make_unique<EditorView>(services.get());
    ~Fixture()
    {
        view.reset();
        services.reset();
    }
};

// Answers the next modal message box with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            timer->deleteLater();
        }
    });
    timer->start();
}

void typeAtEnd(QsciScintilla *editor, const QString &text)
{
    editor->setFocus();
    editor->setCursorPosition(editor->lines() - 1, editor->text(editor->lines() - 1).size());
    // keyClicks() takes no line breaks: press Return for them.
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString readSnapshot(const QString &path)
{
    const std::optional<EditorSnapshot> snapshot = EditorSnapshot::decode(readBytes(path));
    return snapshot ? snapshot->text : QStringLiteral("<no snapshot>");
}

// A snapshot and its lock in QLockFile's own format (taken from a real lock), with the first two
// lines, the owner's PID and process name, replaced by those given.
QString writeSnapshotLockedBy(const QString &text, qint64 pid, const QByteArray &processName)
{
    const QDir dir(Autosave::directory());
    dir.mkpath(QStringLiteral("."));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray contents;
    {
        QLockFile probe(dir.filePath(QStringLiteral("probe.lock")));
        if (!probe.tryLock(0))
            return {};
        contents = readBytes(probe.fileName());
    }
    const qsizetype afterName = contents.indexOf('\n', contents.indexOf('\n') + 1);
    contents = QByteArray::number(pid) + '\n' + processName + contents.mid(afterName);
    const QString snapshotFile = dir.filePath(id + QStringLiteral(".json"));
    if (!writeBytes(dir.filePath(id + QStringLiteral(".lock")), contents)
        || !writeBytes(snapshotFile, EditorSnapshot{QString(), text}.encode()))
        return {};
    return snapshotFile;
}

// What a crashed instance leaves: its snapshot and a lock naming a process that has exited.
QString writeCrashedSnapshot(const QString &text)
{
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    if (!gone.waitForStarted(5000))
        return {};
    const qint64 pid = gone.processId();
    gone.waitForFinished(5000);
    return writeSnapshotLockedBy(text, pid, QByteArrayLiteral("true"));
}

} // namespace

class TestEditorView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
        QDir(Autosave::directory()).removeRecursively();
    }

    void init() { QDir(Autosave::directory()).removeRecursively(); }

    void startsWithExample()
    {
        Fixture f;
        QVERIFY(f.view->editor()->text().contains(QLatin1String("/demo")));
        QVERIFY(!f.view->document()->isModified());
        QVERIFY(f.view->maybeClose()); // nothing to lose: no prompt
        QVERIFY(!f.view->editor()->text().contains(QLatin1String("docker-explorer-test-base")));
    }

    void lintMarkersAfterTyping()
    {
        Fixture f;
        f.view->show();
        f.view->document()->resetText(QStringLiteral("FROM alpine:3.20\n"));
        QTRY_COMPARE(f.view->markedLineCount(), 0);
        typeAtEnd(f.view->editor(), QStringLiteral("RUN cd /tmp && make\nBOGUS thing\n"));
        QTRY_VERIFY(f.view->markedLineCount() > 0);
        // The shell sees the unsaved text too.
        QTRY_VERIFY(f.services->dockerfileText().contains(QLatin1String("BOGUS")));
    }

    void completionOffersStageNames()
    {
        Fixture f;
        f.view->show();
        f.view->document()->resetText(QStringLiteral("FROM alpine AS build\nRUN true\nFROM alpine AS tools\nFROM alpine\n"));
        QTRY_VERIFY(f.view->document()->isAnalysisCurrent());
        typeAtEnd(f.view->editor(), QStringLiteral("COPY --from="));
        QCOMPARE(f.view->lastCompletion(), (QStringList{QStringLiteral("build"), QStringLiteral("tools")}));
        // Choosing an item inserts it.
        QVERIFY(f.view->editor()->isListActive());
        QTest::keyClick(f.view->editor(), Qt::Key_Return);
        QTRY_VERIFY(f.view->editor()->text().contains(QLatin1String("COPY --from=build")));

        typeAtEnd(f.view->editor(), QStringLiteral("\nCOPY --c"));
        QVERIFY(f.view->lastCompletion().contains(QStringLiteral("--chown=")));
        QVERIFY(f.view->lastCompletion().contains(QStringLiteral("--chmod=")));
    }

    void autosaveAndRecovery()
    {
        const QString text = QStringLiteral("FROM busybox\nRUN echo unsaved work\n");
        QString crashed;
        {
            Fixture f;
            f.view->document()->resetText(QStringLiteral("FROM busybox\n"));
            f.view->editor()->setText(text);
            QVERIFY(f.view->document()->isModified());
            QSignalSpy written(f.view->autosave(), &Autosave::written);
            f.view->autosave()->saveNow();
            QVERIFY(written.wait(5000));
            crashed = f.view->autosave()->filePath();
            QVERIFY(QFile::exists(crashed));
            // "Crash": the view goes away without maybeClose(); the autosave stays.
        }
        QVERIFY(QFile::exists(crashed));
        Fixture f;
        QVERIFY(f.view->hasRecovery());
        QVERIFY(!f.view->messageBar()->text().isEmpty());
        QVERIFY(f.view->autosave()->filePath() != crashed);
        QSignalSpy written(f.view->autosave(), &Autosave::written);
        f.view->restoreAutosave();
        QCOMPARE(f.view->document()->text(), text);
        QVERIFY(f.view->document()->isModified());
        QTRY_VERIFY(!QFile::exists(crashed)); // once our own snapshot holds the text
        // The restored text is this instance's unsaved text now, in its own snapshot.
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 5000);
        QCOMPARE(readSnapshot(f.view->autosave()->filePath()), text);
    }

    void instancesWriteSeparateSnapshots()
    {
        Fixture a;
        Fixture b;
        QVERIFY(a.view->autosave()->filePath() != b.view->autosave()->filePath());
        a.view->editor()->setText(QStringLiteral("FROM busybox\n# a\n"));
        b.view->editor()->setText(QStringLiteral("FROM busybox\n# b\n"));
        QSignalSpy writtenA(a.view->autosave(), &Autosave::written);
        QSignalSpy writtenB(b.view->autosave(), &Autosave::written);
        a.view->autosave()->saveNow();
        b.view->autosave()->saveNow();
        QTRY_VERIFY_WITH_TIMEOUT(writtenA.count() == 1 && writtenB.count() == 1, 5000);
        QCOMPARE(readSnapshot(a.view->autosave()->filePath()), QStringLiteral("FROM busybox\n# a\n"));
        QCOMPARE(readSnapshot(b.view->autosave()->filePath()), QStringLiteral("FROM busybox\n# b\n"));
        // A third instance starting now sees two live snapshots and offers neither.
        Fixture c;
        QVERIFY(!c.view->hasRecovery());
        QVERIFY(!c.view->autosave()->claimRecovery().valid);
        QVERIFY(QFile::exists(a.view->autosave()->filePath()));
        QVERIFY(QFile::exists(b.view->autosave()->filePath()));
    }

    // Another running process holds the lock (as another Docker Explorer would): not offered.
    void liveProcessSnapshotIsNotOffered()
    {
        QProcess live;
        live.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(live.waitForStarted(5000));
        const QString snapshotFile = writeSnapshotLockedBy(QStringLiteral("FROM busybox\n"), live.processId(),
                                                           QByteArrayLiteral("sleep"));
        QVERIFY(!snapshotFile.isEmpty());
        {
            Fixture f;
            QVERIFY(!f.view->hasRecovery());
        }
        QVERIFY(QFile::exists(snapshotFile));
        live.kill();
        live.waitForFinished(5000);
        // Its owner is gone now: the next start offers it.
        Fixture f;
        QVERIFY(f.view->hasRecovery());
        QCOMPARE(f.view->autosave()->recovery().text, QStringLiteral("FROM busybox\n"));
    }

    void crashedSnapshotSurvivesEditsBeforeRestore()
    {
        const QString text = QStringLiteral("FROM busybox\nRUN echo \u00fcber crashed\n");
        const QString snapshotFile = writeCrashedSnapshot(text);
        QVERIFY(!snapshotFile.isEmpty());
        const QByteArray before = readBytes(snapshotFile);

        Fixture f;
        QVERIFY(f.view->hasRecovery());
        // The user types before deciding; the periodic write goes to this instance's file only.
        f.view->editor()->setText(QStringLiteral("FROM alpine\n# typed before Restore\n"));
        QSignalSpy written(f.view->autosave(), &Autosave::written);
        f.view->autosave()->saveNow();
        QVERIFY(written.wait(5000));
        QCOMPARE(readBytes(snapshotFile), before);
        // Another instance does not take the claimed recovery either.
        {
            Fixture other;
            QVERIFY(!other.view->hasRecovery());
        }
        QVERIFY(f.view->hasRecovery());
        written.clear();
        f.view->restoreAutosave();
        QCOMPARE(f.view->document()->text(), text);
        QVERIFY(f.view->document()->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 5000);
        QTRY_VERIFY(!QFile::exists(snapshotFile)); // once our own snapshot holds the text
    }

    void discardRemovesRecovery()
    {
        const QString snapshotFile = writeCrashedSnapshot(QStringLiteral("FROM busybox\n"));
        {
            Fixture f;
            QVERIFY(f.view->hasRecovery());
            const QString before = f.view->document()->text();
            f.view->discardRecovery();
            QVERIFY(!f.view->hasRecovery());
            QVERIFY(f.view->messageBar()->text().isEmpty());
            QCOMPARE(f.view->document()->text(), before);
            QVERIFY(!QFile::exists(snapshotFile));
        }
        Fixture g;
        QVERIFY(!g.view->hasRecovery());
        // Only g's own lock is left: no stale lock files pile up.
        QCOMPARE(QDir(Autosave::directory()).entryList({QStringLiteral("*.lock")}, QDir::Files),
                 QStringList{g.view->autosave()->id() + QStringLiteral(".lock")});
    }

    void saveRemovesAutosave()
    {
        QTemporaryDir dir;
        Fixture f;
        f.view->editor()->setText(QStringLiteral("FROM busybox\n"));
        QSignalSpy written(f.view->autosave(), &Autosave::written);
        f.view->autosave()->saveNow();
        QVERIFY(written.wait(5000));
        QVERIFY(QFile::exists(f.view->autosave()->filePath()));
        QVERIFY(f.view->saveAs(dir.filePath(QStringLiteral("Dockerfile"))));
        QVERIFY(!f.view->document()->isModified());
        QVERIFY(!QFile::exists(f.view->autosave()->filePath()));
        QCOMPARE(f.services->dockerfilePath(), dir.filePath(QStringLiteral("Dockerfile")));
    }

    void latin1FileIsNotRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        const QByteArray latin1("FROM busybox\n# caf\xe9 cr\xe8me\nRUN true\n");
        QVERIFY(writeBytes(path, latin1));
        Fixture f;
        QVERIFY(f.view->openPath(path));
        QTRY_VERIFY(!f.view->isLoading());
        QVERIFY(f.view->isNotUtf8());
        QVERIFY(f.view->editor()->isReadOnly());
        QVERIFY2(f.view->messageBar()->text().contains(QLatin1String("UTF-8")), qPrintable(f.view->messageBar()->text()));
        QVERIFY(f.view->document()->text().contains(QStringLiteral("caf\u00e9")));
        QVERIFY(!f.view->document()->text().contains(QChar::ReplacementCharacter));
        // Save (and a build's save-before) refuses: the bytes stay as they were.
        QVERIFY(!f.view->save());
        QCOMPARE(readBytes(path), latin1);
        QVERIFY(f.view->messageBar()->text().contains(QLatin1String("UTF-8")));
        // Converting is an explicit Save As; the original is untouched.
        const QString converted = dir.filePath(QStringLiteral("Dockerfile.utf8"));
        QVERIFY(f.view->saveAs(converted));
        QCOMPARE(readBytes(converted), QByteArray("FROM busybox\n# caf\xc3\xa9 cr\xc3\xa8me\nRUN true\n"));
        QCOMPARE(readBytes(path), latin1);
        QVERIFY(!f.view->isNotUtf8());
        QVERIFY(!f.view->editor()->isReadOnly());
    }

    void bomIsKeptOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QVERIFY(writeBytes(path, QByteArray("\xef\xbb\xbf" "FROM busybox\n")));
        Fixture f;
        QVERIFY(f.view->openPath(path));
        QTRY_VERIFY(!f.view->isLoading());
        QVERIFY(!f.view->isNotUtf8());
        QCOMPARE(f.view->document()->text(), QStringLiteral("FROM busybox\n"));
        f.view->editor()->setText(QStringLiteral("FROM busybox\nRUN true\n"));
        QVERIFY(f.view->save());
        QCOMPARE(readBytes(path), QByteArray("\xef\xbb\xbf" "FROM busybox\nRUN true\n"));
        // A file without one does not get one.
        const QString plain = dir.filePath(QStringLiteral("plain.dockerfile"));
        QVERIFY(writeBytes(plain, QByteArray("FROM busybox\n")));
        QVERIFY(f.view->openPath(plain));
        QTRY_VERIFY(!f.view->isLoading());
        f.view->editor()->setText(QStringLiteral("FROM alpine\n"));
        QVERIFY(f.view->save());
        QCOMPARE(readBytes(plain), QByteArray("FROM alpine\n"));
    }

    void refusesHugeAndBinaryFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("6 MB") << QByteArray(6 * 1024 * 1024, 'a') << QStringLiteral("5 MB");
        QByteArray binary("FROM x\n");
        binary.append(QByteArray(4096, '\0'));
        QTest::newRow("binary") << binary << QStringLiteral("binary");
    }

    void refusesHugeAndBinaryFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Fixture f;
        const QString before = f.view->document()->text();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(f.view->openPath(path));
        QVERIFY2(timer.elapsed() < 200, "openPath must not read on the UI thread");
        QTRY_VERIFY(!f.view->isLoading());
        QVERIFY2(f.view->messageBar()->text().contains(expected), qPrintable(f.view->messageBar()->text()));
        QCOMPARE(f.view->document()->text(), before);
    }

    void openFolderSetsContext()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM busybox\nCOPY . /app\n");
        file.close();
        Fixture f;
        QVERIFY(f.view->openPath(dir.path()));
        QTRY_VERIFY(!f.view->isLoading());
        QCOMPARE(f.view->document()->text(), QStringLiteral("FROM busybox\nCOPY . /app\n"));
        QCOMPARE(f.services->dockerfilePath(), dir.filePath(QStringLiteral("Dockerfile")));
        QCOMPARE(f.services->contextDir(), dir.path());
        QVERIFY(!f.view->document()->isModified());
    }

    void maybeClosePrompts()
    {
        Fixture f;
        f.view->show();
        f.view->editor()->setText(QStringLiteral("FROM busybox\n"));
        QVERIFY(f.view->document()->isModified());
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!f.view->maybeClose());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(f.view->maybeClose());
    }

    void openInEditorGoesToLine()
    {
        Fixture f;
        f.view->show();
        emit f.services->openInEditorRequested(QString(), 5);
        int line = 0, index = 0;
        f.view->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 4);
    }

    void reopensTheLastFileAtStart()
    {
        // The start opens the Dockerfile edited last (the newest of the recent files).
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("Dockerfile"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("FROM busybox\nRUN echo last\n");
        }
        Settings::recentFiles.set({file, dir.filePath(QStringLiteral("older/Dockerfile"))});
        {
            Fixture f;
            f.view->reopenLastFile();
            QTRY_COMPARE(f.view->document()->path(), file);
            QCOMPARE(f.view->document()->text(), QStringLiteral("FROM busybox\nRUN echo last\n"));
            QVERIFY(!f.view->document()->isModified());
        }
        // Gone since: the example stays and the message names the file.
        Settings::recentFiles.set({dir.filePath(QStringLiteral("gone/Dockerfile"))});
        {
            Fixture f;
            const QString example = f.view->document()->text();
            f.view->reopenLastFile();
            QTRY_VERIFY(f.view->messageBar()->text().contains(QLatin1String("gone")));
            QCOMPARE(f.view->document()->text(), example);
        }
        Settings::recentFiles.reset();
    }

    void layersBesideInstructions()
    {
        Fixture f;
        f.view->show();
        f.view->document()->resetText(QStringLiteral("FROM busybox\nRUN echo hi > /x\nCMD [\"sh\"]\n"));
        QCOMPARE(f.view->editor()->marginWidth(2), 0); // no build yet: no layer margin
        LineLayerInfo run;
        run.startLine = run.endLine = 2;
        run.layerDigest = QStringLiteral("sha256:abcdef0123456789");
        run.size = 4096;
        run.emptyLayer = false;
        LineLayerInfo cmd;
        cmd.startLine = cmd.endLine = 3;
        f.view->document()->setPath(QStringLiteral("/tmp/dx-layers/Dockerfile"));
        // A build of another Dockerfile: its layers are not this file's.
        f.services->setLineLayers(QStringLiteral("/tmp/dx-other/Dockerfile"), {run, cmd});
        QCOMPARE(f.view->editor()->marginWidth(2), 0);
        f.services->setLineLayers(QStringLiteral("/tmp/dx-layers/./Dockerfile"), {run, cmd});
        QVERIFY(f.view->editor()->marginWidth(2) > 0);
        QVERIFY(EditorDecorator::layerText(run).startsWith(QLatin1String("abcdef012345")));
        QCOMPARE(EditorDecorator::layerText(cmd), QStringLiteral("no layer"));
        // Another file opened in the editor: the notes go; back to the built file: they return.
        f.view->document()->setPath(QStringLiteral("/tmp/dx-other/Dockerfile"));
        QCOMPARE(f.view->editor()->marginWidth(2), 0);
        f.view->document()->setPath(QStringLiteral("/tmp/dx-layers/Dockerfile"));
        QVERIFY(f.view->editor()->marginWidth(2) > 0);
    }

    void findAndReplace()
    {
        Fixture f;
        f.view->show();
        QVERIFY(QTest::qWaitForWindowActive(f.view.get()));
        f.view->document()->resetText(QStringLiteral("FROM a\nRUN a\nRUN a\n"));
        f.view->editor()->setFocus();
        QTest::keyClick(f.view->editor(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(f.view->findBar()->isVisible());
        f.view->findBar()->findEdit()->setText(QStringLiteral("RUN a"));
        f.view->findBar()->replaceEdit()->setText(QStringLiteral("RUN b"));
        QCOMPARE(f.view->findBar()->replaceAll(), 2);
        QCOMPARE(f.view->document()->text(), QStringLiteral("FROM a\nRUN b\nRUN b\n"));
        f.view->document()->undo(); // one undo step for Replace All
        QCOMPARE(f.view->document()->text(), QStringLiteral("FROM a\nRUN a\nRUN a\n"));
    }

    void typingStaysFastInBigFiles()
    {
        Fixture f;
        f.view->show();
        QString big;
        for (int i = 0; i < 5000; ++i)
            big += QStringLiteral("RUN echo line %1 && apk add --no-cache curl\n").arg(i);
        f.view->document()->resetText(big);
        qint64 worst = 0;
        f.view->editor()->setCursorPosition(2500, 0);
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(f.view->editor(), Qt::Key_X);
            worst = qMax(worst, t.elapsed());
        }
        qInfo("worst keystroke in a 5,000-line file: %lld ms", worst);
        QVERIFY(worst < 100);
    }
};

QTEST_MAIN(TestEditorView)
#include "tst_editorview.moc"
