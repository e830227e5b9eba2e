// The `docker-explorer volume` command line without an engine: what parses, what is a usage
// error (exit 2, two lines on stderr), and that an argument cannot break those two lines
// (found by fuzz/volumecommand_fuzz.cpp's rule, see fuzz/corpus/volumecommand_fuzz).
#include "volumes/volumecommandline.h"

#include <QTest>
#include <QTextStream>

using dx::VolumeCommandLine;
using Action = dx::VolumeCommandLine::Action;

Q_DECLARE_METATYPE(dx::VolumeCommandLine::Action)

class TestVolumeCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("volume");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("local");
        QTest::addColumn<bool>("force");

        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("help") << QStringList{s("--help")} << Action::Help << QString() << QString() << QString() << false;
        QTest::newRow("help wins") << QStringList{s("frob"), s("-h")} << Action::Help << QString() << QString()
                                   << QString() << false;
        QTest::newRow("download") << QStringList{s("download"), s("v1:/a/b/"), s("out")} << Action::Download << s("v1")
                                  << s("a/b") << s("out") << false;
        QTest::newRow("download whole") << QStringList{s("download"), s("v1"), s("out")} << Action::Download << s("v1")
                                        << QString() << s("out") << false;
        QTest::newRow("export") << QStringList{s("export"), s("v.1"), s("f.tar")} << Action::Export << s("v.1")
                                << QString() << s("f.tar") << false;
        QTest::newRow("import --force") << QStringList{s("import"), s("--force"), s("f.tgz"), s("v")} << Action::Import
                                        << s("v") << QString() << s("f.tgz") << true;
        // After "--", "-h" is a file name, not a request for help.
        QTest::newRow("-h after --") << QStringList{s("export"), s("v"), s("--"), s("-h")} << Action::Export << s("v")
                                     << QString() << s("-h") << false;
    }

    void parses()
    {
        QFETCH(QStringList, args);
        QFETCH(Action, action);
        const VolumeCommandLine line = VolumeCommandLine::parse(args);
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        QCOMPARE(line.action, action);
        QTEST(line.volume, "volume");
        QTEST(line.pathInVolume, "path");
        QTEST(line.local, "local");
        QTEST(line.force, "force");
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(line.answerWithoutEngine(outStream, errStream), action == Action::Help ? dx::VolumeExit::Ok : -1);
        QCOMPARE(err, QString());
    }

    void labels()
    {
        const VolumeCommandLine line = VolumeCommandLine::parse(
                {QStringLiteral("export"), QStringLiteral("--label"), QStringLiteral("a=1"),
                 QStringLiteral("--label=b=2=3"), QStringLiteral("v"), QStringLiteral("f")});
        QCOMPARE(line.action, Action::Export);
        QCOMPARE(line.labels, (QMap<QString, QString>{{QStringLiteral("a"), QStringLiteral("1")},
                                                     {QStringLiteral("b"), QStringLiteral("2=3")}}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");

        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("nothing") << QStringList() << s("a command is missing");
        QTest::newRow("unknown command") << QStringList{s("frob")} << s("unknown command frob");
        QTest::newRow("unknown option") << QStringList{s("export"), s("--x"), s("v"), s("f")} << s("unknown option --x");
        QTest::newRow("--force on export") << QStringList{s("export"), s("v"), s("f"), s("--force")}
                                           << s("unknown option --force");
        QTest::newRow("one argument") << QStringList{s("export"), s("v")} << s("export takes two arguments");
        QTest::newRow("label without =") << QStringList{s("export"), s("--label"), s("x"), s("v"), s("f")}
                                         << s("--label takes KEY=VALUE");
        QTest::newRow("label missing") << QStringList{s("export"), s("v"), s("f"), s("--label")}
                                       << s("--label takes KEY=VALUE");
        // Found without an engine now: these used to wait for the connection first.
        QTest::newRow("bad volume name") << QStringList{s("export"), s("a/b"), s("f.tar")} << s("invalid volume name a/b");
        QTest::newRow("dotdot in path") << QStringList{s("download"), s("v:a/../../etc"), s("d")}
                                        << s("a path in the volume cannot contain \"..\"");
        // An argument with a newline or an escape sequence cannot add a line or drive the terminal.
        QTest::newRow("newline in option") << QStringList{s("export"), s("--a\nFAKE: all done"), s("v"), s("f")}
                                           << s("unknown option --a?FAKE: all done");
        QTest::newRow("escape in command") << QStringList{s("\x1b]0;title\x07x")} << s("unknown command ?]0;title?x");
        QTest::newRow("newline in volume") << QStringList{s("import"), s("f"), s("v\nw")} << s("invalid volume name v?w");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const VolumeCommandLine line = VolumeCommandLine::parse(args);
        QCOMPARE(line.action, Action::Invalid);
        QCOMPARE(line.error, message);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(line.answerWithoutEngine(outStream, errStream), dx::VolumeExit::Error);
        errStream.flush();
        QCOMPARE(out, QString());
        QCOMPARE(err, QStringLiteral("docker-explorer volume: ") + message
                         + QStringLiteral("\nTry 'docker-explorer volume --help'.\n"));
    }
};

QTEST_GUILESS_MAIN(TestVolumeCommandLine)
#include "tst_volumecommandline.moc"
