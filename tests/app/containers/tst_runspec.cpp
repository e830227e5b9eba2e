// RunSpec: the create body and the `docker run` line come from the same data and agree.

#include "containers/containerrunner.h"
#include "containers/runspec.h"

#include <QJsonArray>
#include <QTest>

using namespace dx;

class TestRunSpec final : public QObject
{
    Q_OBJECT

private slots:
    void splitCommand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("sleep 300") << QStringList{QStringLiteral("sleep"), QStringLiteral("300")} << true;
        QTest::newRow("single quotes") << QStringLiteral("sh -c 'echo hi; exit 3'")
                                       << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi; exit 3")} << true;
        QTest::newRow("double quotes") << QStringLiteral("echo \"a \\\"b\\\" c\"")
                                       << QStringList{QStringLiteral("echo"), QStringLiteral("a \"b\" c")} << true;
        QTest::newRow("backslash") << QStringLiteral("echo a\\ b") << QStringList{QStringLiteral("echo"), QStringLiteral("a b")} << true;
        QTest::newRow("empty quotes") << QStringLiteral("echo ''") << QStringList{QStringLiteral("echo"), QString()} << true;
        QTest::newRow("unclosed") << QStringLiteral("echo 'a") << QStringList{QStringLiteral("echo"), QStringLiteral("a")} << false;
    }

    void splitCommand()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(bool, ok);
        bool parsed = false;
        QCOMPARE(RunSpec::splitCommand(text, &parsed), words);
        QCOMPARE(parsed, ok);
        // Quoting each word and splitting again gives the same words back.
        QStringList quoted;
        for (const QString &w : words)
            quoted << RunSpec::shellQuote(w);
        QCOMPARE(RunSpec::splitCommand(quoted.join(QLatin1Char(' '))), words);
    }

    void bodyAndCommandAgree()
    {
        RunSpec spec;
        spec.image = QStringLiteral("docker-explorer-test-base:1");
        spec.name = QStringLiteral("web");
        spec.command = QStringLiteral("sh -c 'echo hi'");
        spec.env = {{QStringLiteral("GREETING"), QStringLiteral("hello world")}, {QStringLiteral("A"), QStringLiteral("1")}};
        spec.ports = {{QStringLiteral("127.0.0.1"), 8080, 80, QStringLiteral("tcp")}, {QString(), 0, 53, QStringLiteral("udp")}};
        spec.mounts = {{RunMount::Kind::Volume, QStringLiteral("data"), QStringLiteral("/data"), false},
                       {RunMount::Kind::Bind, QStringLiteral("/home/me/src"), QStringLiteral("/src"), true}};
        spec.workingDir = QStringLiteral("/data");
        spec.restartPolicy = QStringLiteral("on-failure");
        spec.maxRetries = 3;
        spec.labels.insert(QStringLiteral("dx.test.run"), QStringLiteral("abc"));
        QVERIFY(spec.validate().isEmpty());
        QCOMPARE(spec.dockerCommand(),
                 QStringLiteral("docker run -d --name web --restart on-failure:3 -e 'GREETING=hello world' -e A=1 "
                                "-p 127.0.0.1:8080:80 -p 53/udp -v data:/data -v /home/me/src:/src:ro -w /data "
                                "--label dx.test.run=abc docker-explorer-test-base:1 sh -c 'echo hi'"));
        const QJsonObject body = spec.createBody();
        QCOMPARE(body[QLatin1String("Image")].toString(), spec.image);
        QCOMPARE(body[QLatin1String("Cmd")].toArray(), (QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi")}));
        QCOMPARE(body[QLatin1String("Env")].toArray(), (QJsonArray{QStringLiteral("GREETING=hello world"), QStringLiteral("A=1")}));
        QCOMPARE(body[QLatin1String("WorkingDir")].toString(), QStringLiteral("/data"));
        QCOMPARE(body[QLatin1String("Labels")][QLatin1String("dx.test.run")].toString(), QStringLiteral("abc"));
        QVERIFY(body[QLatin1String("ExposedPorts")].toObject().contains(QLatin1String("80/tcp")));
        QVERIFY(body[QLatin1String("ExposedPorts")].toObject().contains(QLatin1String("53/udp")));
        const QJsonObject host = body[QLatin1String("HostConfig")].toObject();
        const QJsonObject binding = host[QLatin1String("PortBindings")][QLatin1String("80/tcp")].toArray().at(0).toObject();
        QCOMPARE(binding[QLatin1String("HostIp")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(binding[QLatin1String("HostPort")].toString(), QStringLiteral("8080"));
        QCOMPARE(host[QLatin1String("Binds")].toArray(), (QJsonArray{QStringLiteral("data:/data"), QStringLiteral("/home/me/src:/src:ro")}));
        QCOMPARE(host[QLatin1String("RestartPolicy")][QLatin1String("Name")].toString(), QStringLiteral("on-failure"));
        QCOMPARE(host[QLatin1String("RestartPolicy")][QLatin1String("MaximumRetryCount")].toInt(), 3);
        QCOMPARE(host[QLatin1String("AutoRemove")].toBool(), false);
        QCOMPARE(spec.namedVolumes(), QStringList{QStringLiteral("data")});
    }

    void minimal()
    {
        RunSpec spec;
        spec.image = QStringLiteral("busybox");
        spec.autoRemove = true;
        QCOMPARE(spec.dockerCommand(), QStringLiteral("docker run -d --rm busybox"));
        const QJsonObject body = spec.createBody();
        QVERIFY(!body.contains(QLatin1String("Cmd"))); // the image's CMD
        QCOMPARE(body[QLatin1String("HostConfig")][QLatin1String("AutoRemove")].toBool(), true);
    }

    void validation()
    {
        RunSpec spec;
        QVERIFY(!spec.validate().isEmpty()); // no image
        spec.image = QStringLiteral("busybox");
        spec.autoRemove = true;
        spec.restartPolicy = QStringLiteral("always");
        QCOMPARE(spec.validate().size(), 1);
        spec.restartPolicy = QStringLiteral("no");
        spec.name = QStringLiteral("-bad");
        QCOMPARE(spec.validate().size(), 1);
        spec.name.clear();
        spec.mounts = {{RunMount::Kind::Bind, QStringLiteral("relative"), QStringLiteral("/x"), false}};
        QCOMPARE(spec.validate().size(), 1);
    }

    void errorFields()
    {
        using F = ContainerRunner::Field;
        QCOMPARE(ContainerRunner::fieldForError(404, QStringLiteral("No such image: nope:latest"), false), F::Image);
        QCOMPARE(ContainerRunner::fieldForError(409, QStringLiteral("Conflict. The container name \"/web\" is already in use by container \"abc\"."), false), F::Name);
        QCOMPARE(ContainerRunner::fieldForError(500, QStringLiteral("driver failed programming external connectivity on endpoint x: Bind for 0.0.0.0:80 failed: port is already allocated"), true), F::Ports);
        QCOMPARE(ContainerRunner::fieldForError(500, QStringLiteral("something else"), true), F::None);
    }
};

QTEST_GUILESS_MAIN(TestRunSpec)
#include "tst_runspec.moc"
