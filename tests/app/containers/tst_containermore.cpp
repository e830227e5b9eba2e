// The headless parts of the containers' "More" actions: the Commit dialog's checks (as the
// engine would refuse), the create body Recreate derives from an inspect document, the
// process list's in-place refresh and what an exit code means.

#include "api/containertypes.h"
#include "containers/commitspec.h"
#include "containers/containerrecreator.h"
#include "containers/processlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dx;

class TestContainerMore final : public QObject
{
    Q_OBJECT

private slots:
    void changeProblem_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ok");
        QTest::newRow("cmd exec") << QStringLiteral("CMD [\"sh\"]") << true;
        QTest::newRow("cmd shell") << QStringLiteral("CMD echo hi") << true;
        QTest::newRow("lower case") << QStringLiteral("cmd [\"sh\"]") << true;
        QTest::newRow("env") << QStringLiteral("ENV A=b") << true;
        QTest::newRow("env old form") << QStringLiteral("ENV A b") << true;
        QTest::newRow("label") << QStringLiteral("LABEL version=1.2") << true;
        QTest::newRow("expose") << QStringLiteral("EXPOSE 80/tcp 443") << true;
        QTest::newRow("workdir") << QStringLiteral("WORKDIR /app") << true;
        QTest::newRow("run") << QStringLiteral("RUN apt-get update") << false;
        QTest::newRow("copy") << QStringLiteral("COPY . /app") << false;
        QTest::newRow("no argument") << QStringLiteral("CMD") << false;
        QTest::newRow("bad json") << QStringLiteral("CMD [\"sh\"") << false;
        QTest::newRow("single quotes") << QStringLiteral("ENTRYPOINT ['sh']") << false;
        QTest::newRow("env without name") << QStringLiteral("ENV =b") << false;
        QTest::newRow("label without value") << QStringLiteral("LABEL version") << false;
        QTest::newRow("expose word") << QStringLiteral("EXPOSE http") << false;
    }

    void changeProblem()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        const QString problem = CommitSpec::changeProblem(line);
        QCOMPARE(problem.isEmpty(), ok);
    }

    void referenceAndOptions()
    {
        QVERIFY(CommitSpec::referenceProblem(QString()).isEmpty()); // an untagged image
        QVERIFY(CommitSpec::referenceProblem(QStringLiteral("myapp:1.2")).isEmpty());
        QVERIFY(!CommitSpec::referenceProblem(QStringLiteral("MyApp:1.2")).isEmpty());
        QVERIFY(!CommitSpec::referenceProblem(QStringLiteral("my app")).isEmpty());
        QVERIFY(!CommitSpec::referenceProblem(QStringLiteral("myapp@sha256:abc")).isEmpty());

        CommitSpec spec;
        spec.container = QStringLiteral("web");
        spec.reference = QStringLiteral("localhost:5000/team/app:1.2");
        spec.comment = QStringLiteral(" installed curl ");
        spec.changesText = QStringLiteral("CMD [\"sh\"]\n\n# a comment\n  ENV A=b  \n");
        QVERIFY2(spec.problems().isEmpty(), qPrintable(spec.problems().join(u'\n')));
        const CommitOptions o = spec.options();
        QCOMPARE(o.repository, QStringLiteral("localhost:5000/team/app")); // the port's colon is not the tag's
        QCOMPARE(o.tag, QStringLiteral("1.2"));
        QCOMPARE(o.comment, QStringLiteral("installed curl"));
        QCOMPARE(o.changes, (QStringList{QStringLiteral("CMD [\"sh\"]"), QStringLiteral("ENV A=b")}));
        spec.reference = QStringLiteral("localhost:5000/app");
        QCOMPARE(spec.options().repository, QStringLiteral("localhost:5000/app"));
        QVERIFY(spec.options().tag.isEmpty());

        spec.changesText = QStringLiteral("ENV A=b\nRUN true");
        QCOMPARE(spec.problems().size(), 1);
        QVERIFY2(spec.problems().first().contains(QLatin1String("2")), qPrintable(spec.problems().first())); // names the line
    }

    // What `docker run -d --name web -p 8080:80 -e MODE=x -v data:/data --restart always
    // --memory 64m app:1.1` looks like in inspect, with an anonymous volume from the image.
    void createBodyKeepsTheSettings()
    {
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        const QJsonObject imageConfig{
            {QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/bin"), QStringLiteral("VERSION=1.1")}},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("httpd")}},
            {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.1")}}},
            {QStringLiteral("Volumes"), QJsonObject{{QStringLiteral("/cache"), QJsonObject()}}},
            {QStringLiteral("ExposedPorts"), QJsonObject{{QStringLiteral("80/tcp"), QJsonObject()}}},
        };
        const QJsonObject inspect{
            {QStringLiteral("Id"), id},
            {QStringLiteral("Name"), QStringLiteral("/web")},
            {QStringLiteral("Config"),
             QJsonObject{{QStringLiteral("Hostname"), id.left(12)},
                         {QStringLiteral("Image"), QStringLiteral("app:1.1")},
                         {QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/bin"), QStringLiteral("VERSION=1.1"),
                                                            QStringLiteral("MODE=x")}},
                         {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("httpd")}},
                         {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.1")},
                                                                {QStringLiteral("team"), QStringLiteral("a")}}},
                         {QStringLiteral("Volumes"), QJsonObject{{QStringLiteral("/cache"), QJsonObject()}}},
                         {QStringLiteral("ExposedPorts"), QJsonObject{{QStringLiteral("80/tcp"), QJsonObject()}}}}},
            {QStringLiteral("HostConfig"),
             QJsonObject{{QStringLiteral("Binds"), QJsonArray{QStringLiteral("data:/data")}},
                         {QStringLiteral("NetworkMode"), QStringLiteral("appnet")},
                         {QStringLiteral("Memory"), 67108864},
                         {QStringLiteral("RestartPolicy"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("always")}}},
                         {QStringLiteral("PortBindings"),
                          QJsonObject{{QStringLiteral("80/tcp"), QJsonArray{QJsonObject{{QStringLiteral("HostPort"), QStringLiteral("8080")}}}}}}}},
            {QStringLiteral("Mounts"),
             QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Name"), QStringLiteral("data")},
                                    {QStringLiteral("Destination"), QStringLiteral("/data")}, {QStringLiteral("RW"), true}},
                        QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Name"), QStringLiteral("4f9a")},
                                    {QStringLiteral("Destination"), QStringLiteral("/cache")}, {QStringLiteral("RW"), false}}}},
            {QStringLiteral("NetworkSettings"),
             QJsonObject{{QStringLiteral("Networks"),
                          QJsonObject{{QStringLiteral("appnet"),
                                       QJsonObject{{QStringLiteral("Aliases"), QJsonArray{QStringLiteral("web"), id.left(12)}}}}}}}},
        };
        const QJsonObject body = ContainerRecreator::createBody(inspect, imageConfig, QStringLiteral("app:1.2"));
        QCOMPARE(body.value(QLatin1String("Image")).toString(), QStringLiteral("app:1.2"));
        QVERIFY(!body.contains(QLatin1String("Hostname"))); // the old id is not the new one's name
        // The user's own settings stay; the old image's defaults give way to the new image's.
        QCOMPARE(body.value(QLatin1String("Env")).toArray(), QJsonArray{QStringLiteral("MODE=x")});
        QVERIFY(!body.contains(QLatin1String("Cmd")));
        QCOMPARE(body.value(QLatin1String("Labels")).toObject(), (QJsonObject{{QStringLiteral("team"), QStringLiteral("a")}}));
        const QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(host.value(QLatin1String("Memory")).toInteger(), 67108864);
        QCOMPARE(host.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")).toString(), QStringLiteral("always"));
        QVERIFY(host.value(QLatin1String("PortBindings")).toObject().contains(QLatin1String("80/tcp")));
        // The named volume once, the anonymous one by its name (read-only as it was).
        QCOMPARE(host.value(QLatin1String("Binds")).toArray(),
                 (QJsonArray{QStringLiteral("data:/data"), QStringLiteral("4f9a:/cache:ro")}));
        const QJsonObject endpoint = body.value(QLatin1String("NetworkingConfig")).toObject().value(QLatin1String("EndpointsConfig"))
                                         .toObject().value(QLatin1String("appnet")).toObject();
        QCOMPARE(endpoint.value(QLatin1String("Aliases")).toArray(), QJsonArray{QStringLiteral("web")});

        // Without the old image (removed since), nothing is dropped.
        const QJsonObject all = ContainerRecreator::createBody(inspect, {}, QStringLiteral("app:1.2"));
        QCOMPARE(all.value(QLatin1String("Env")).toArray().size(), 3);
        QVERIFY(all.contains(QLatin1String("Cmd")));
    }

    void processListUpdatesInPlace()
    {
        ProcessListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList titles{QStringLiteral("UID"), QStringLiteral("PID"), QStringLiteral("CMD")};
        const auto row = [](const char *pid, const char *cmd) {
            return QStringList{QStringLiteral("root"), QLatin1String(pid), QLatin1String(cmd)};
        };
        model.setList({titles, {row("1", "sh"), row("7", "sleep 5")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("PID"));
        QCOMPARE(model.pidColumn(), 1);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex first = model.index(0, 1);
        model.setList({titles, {row("1", "sh"), row("9", "sleep 6"), row("10", "top")}});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QVERIFY(first.isValid());
        QCOMPARE(first.data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("top"));

        model.setList({titles, {row("10", "top"), row("1", "sh")}}); // reordered
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("10"));
        QCOMPARE(first.row(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("oom");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("0") << 0 << false << QStringLiteral("successfully");
        QTest::newRow("1") << 1 << false << QStringLiteral("error");
        QTest::newRow("125") << 125 << false << QStringLiteral("docker");
        QTest::newRow("126") << 126 << false << QStringLiteral("cannot be invoked");
        QTest::newRow("127") << 127 << false << QStringLiteral("not found");
        QTest::newRow("137") << 137 << false << QStringLiteral("stop");
        QTest::newRow("137 oom") << 137 << true << QStringLiteral("OOMKilled");
        QTest::newRow("139") << 139 << false << QStringLiteral("SIGSEGV");
        QTest::newRow("143") << 143 << false << QStringLiteral("SIGTERM");
        QTest::newRow("130") << 130 << false << QStringLiteral("SIGINT");
        QTest::newRow("158") << 158 << false << QStringLiteral("signal 30");
        QTest::newRow("3") << 3 << false << QStringLiteral("own error");
    }

    void exitCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, oom);
        QFETCH(QString, mentions);
        const QString text = exitCodeMeaning(code, oom);
        QVERIFY2(text.startsWith(QString::number(code) + u':'), qPrintable(text));
        QVERIFY2(text.contains(mentions), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestContainerMore)
#include "tst_containermore.moc"
