// RunSpec: the create body and the `docker run` line come from the same data and agree.

#include "containers/containerrunner.h"
#include "containers/runspec.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace dx;

Q_DECLARE_METATYPE(std::function<void(dx::RunSpec &)>)

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

    void interactive()
    {
        RunSpec spec;
        spec.image = QStringLiteral("busybox");
        spec.command = QStringLiteral("sh");
        spec.interactive = true;
        QCOMPARE(spec.dockerCommand(), QStringLiteral("docker run -it busybox sh"));
        const QJsonObject body = spec.createBody();
        QCOMPARE(body[QLatin1String("Tty")].toBool(), true);
        QCOMPARE(body[QLatin1String("OpenStdin")].toBool(), true);
        QVERIFY(!RunSpec{}.createBody().contains(QLatin1String("Tty")));
    }

    void newOptions()
    {
        // Every option of the dialog's Resources and Advanced tabs, in the body and on the line.
        RunSpec spec;
        spec.image = QStringLiteral("busybox");
        spec.command = QStringLiteral("-c 'sleep 1'");
        spec.autoRemove = true;
        spec.network = QStringLiteral("backend");
        spec.hostname = QStringLiteral("web-1");
        spec.user = QStringLiteral("1000:1000");
        spec.memory = 512LL * 1024 * 1024;
        spec.nanoCpus = 1500000000;
        spec.pidsLimit = 100;
        spec.readOnlyRootfs = true;
        spec.entrypoint = QStringLiteral("/bin/sh");
        spec.labels = {{QStringLiteral("app"), QStringLiteral("shop")}, {QStringLiteral("tier"), QStringLiteral("front end")}};
        RunPort range{QStringLiteral("127.0.0.1"), 8000, 8000, QStringLiteral("udp")};
        range.hostPortEnd = 8002;
        range.containerPortEnd = 8002;
        RunPort pool{QString(), 9000, 80, QStringLiteral("tcp")};
        pool.hostPortEnd = 9005; // one container port, a host range: the engine picks from it
        spec.ports = {range, pool};
        spec.mounts = {{RunMount::Kind::Tmpfs, QStringLiteral("size=64m"), QStringLiteral("/run"), false},
                       {RunMount::Kind::Tmpfs, QString(), QStringLiteral("/tmp"), true}};
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate().join(QLatin1Char('\n'))));
        QCOMPARE(spec.dockerCommand(),
                 QStringLiteral("docker run -d --rm --network backend --hostname web-1 --user 1000:1000 --memory 512m "
                                "--cpus 1.5 --pids-limit 100 --read-only -p 127.0.0.1:8000-8002:8000-8002/udp "
                                "-p 9000-9005:80 --tmpfs /run:size=64m --tmpfs /tmp:ro --label app=shop "
                                "--label 'tier=front end' --entrypoint /bin/sh busybox -c 'sleep 1'"));
        const QJsonObject body = spec.createBody();
        QCOMPARE(body[QLatin1String("Entrypoint")].toArray(), QJsonArray{QStringLiteral("/bin/sh")});
        QCOMPARE(body[QLatin1String("Cmd")].toArray(), (QJsonArray{QStringLiteral("-c"), QStringLiteral("sleep 1")}));
        QCOMPARE(body[QLatin1String("User")].toString(), QStringLiteral("1000:1000"));
        QCOMPARE(body[QLatin1String("Hostname")].toString(), QStringLiteral("web-1"));
        QCOMPARE(body[QLatin1String("Labels")][QLatin1String("tier")].toString(), QStringLiteral("front end"));
        const QJsonObject host = body[QLatin1String("HostConfig")].toObject();
        QCOMPARE(host[QLatin1String("NetworkMode")].toString(), QStringLiteral("backend"));
        QCOMPARE(host[QLatin1String("Memory")].toInteger(), 512LL * 1024 * 1024);
        QCOMPARE(host[QLatin1String("NanoCpus")].toInteger(), 1500000000LL);
        QCOMPARE(host[QLatin1String("PidsLimit")].toInteger(), 100LL);
        QCOMPARE(host[QLatin1String("ReadonlyRootfs")].toBool(), true);
        QCOMPARE(host[QLatin1String("AutoRemove")].toBool(), true);
        QCOMPARE(host[QLatin1String("Tmpfs")].toObject(),
                 (QJsonObject{{QStringLiteral("/run"), QStringLiteral("size=64m")}, {QStringLiteral("/tmp"), QStringLiteral("ro")}}));
        QVERIFY(!host.contains(QLatin1String("Binds")));
        const QJsonObject exposed = body[QLatin1String("ExposedPorts")].toObject();
        QCOMPARE(exposed.keys(), (QStringList{QStringLiteral("80/tcp"), QStringLiteral("8000/udp"), QStringLiteral("8001/udp"),
                                              QStringLiteral("8002/udp")}));
        const QJsonObject bindings = host[QLatin1String("PortBindings")].toObject();
        for (int i = 0; i < 3; ++i) {
            const QJsonObject b = bindings[QStringLiteral("%1/udp").arg(8000 + i)].toArray().at(0).toObject();
            QCOMPARE(b[QLatin1String("HostIp")].toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(b[QLatin1String("HostPort")].toString(), QString::number(8000 + i));
        }
        QCOMPARE(bindings[QLatin1String("80/tcp")].toArray().at(0)[QLatin1String("HostPort")].toString(), QStringLiteral("9000-9005"));
        QVERIFY(spec.namedVolumes().isEmpty()); // tmpfs is no volume

        // Unset options send nothing of their own.
        RunSpec plain;
        plain.image = QStringLiteral("busybox");
        const QJsonObject plainHost = plain.createBody()[QLatin1String("HostConfig")].toObject();
        for (const char *key : {"NetworkMode", "Memory", "NanoCpus", "PidsLimit", "ReadonlyRootfs", "Tmpfs"})
            QVERIFY2(!plainHost.contains(QLatin1String(key)), key);
        plain.pidsLimit = -1;
        QCOMPARE(plain.dockerCommand(), QStringLiteral("docker run -d --pids-limit -1 busybox"));
        QCOMPARE(plain.createBody()[QLatin1String("HostConfig")][QLatin1String("PidsLimit")].toInteger(), -1LL);
    }

    void parseMemory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("shown");
        const qint64 m = 1024 * 1024;
        QTest::newRow("empty") << QString() << qint64(0) << true << QString();
        QTest::newRow("512m") << QStringLiteral("512m") << 512 * m << true << QStringLiteral("512m");
        QTest::newRow("1g") << QStringLiteral("1g") << 1024 * m << true << QStringLiteral("1g");
        QTest::newRow("1G") << QStringLiteral("1G") << 1024 * m << true << QStringLiteral("1g");
        QTest::newRow("1.5g") << QStringLiteral("1.5g") << 1536 * m << true << QStringLiteral("1536m");
        QTest::newRow("256MiB") << QStringLiteral("256MiB") << 256 * m << true << QStringLiteral("256m");
        QTest::newRow("100mb") << QStringLiteral("100 mb") << 100 * m << true << QStringLiteral("100m");
        QTest::newRow("bytes") << QStringLiteral("10000000") << qint64(10000000) << true << QStringLiteral("10000000");
        QTest::newRow("kilobytes") << QStringLiteral("8192k") << 8 * m << true << QStringLiteral("8m");
        QTest::newRow("unit only") << QStringLiteral("m") << qint64(0) << false << QString();
        QTest::newRow("negative") << QStringLiteral("-5m") << qint64(0) << false << QString();
        QTest::newRow("unknown unit") << QStringLiteral("512x") << qint64(0) << false << QString();
        QTest::newRow("two numbers") << QStringLiteral("1 2g") << qint64(0) << false << QString();
    }

    void parseMemory()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QFETCH(bool, ok);
        QFETCH(QString, shown);
        qint64 parsed = -1;
        const QString problem = RunSpec::parseMemory(text, &parsed);
        QCOMPARE(problem.isEmpty(), ok);
        QCOMPARE(parsed, bytes);
        if (ok && bytes > 0) {
            QCOMPARE(RunSpec::memoryText(bytes), shown);
            qint64 again = 0;
            QVERIFY(RunSpec::parseMemory(RunSpec::memoryText(bytes), &again).isEmpty());
            QCOMPARE(again, bytes);
        }
    }

    void parseCpus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << qint64(0) << true;
        QTest::newRow("1.5") << QStringLiteral("1.5") << qint64(1500000000) << true;
        QTest::newRow("2") << QStringLiteral("2") << qint64(2000000000) << true;
        QTest::newRow(".25") << QStringLiteral(".25") << qint64(250000000) << true;
        QTest::newRow("nano") << QStringLiteral("0.000000001") << qint64(1) << true;
        QTest::newRow("too precise") << QStringLiteral("0.0000000001") << qint64(0) << false;
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0) << false;
        QTest::newRow("negative") << QStringLiteral("-1") << qint64(0) << false;
        QTest::newRow("word") << QStringLiteral("two") << qint64(0) << false;
        QTest::newRow("dot") << QStringLiteral(".") << qint64(0) << false;
        QTest::newRow("comma") << QStringLiteral("1,5") << qint64(0) << false;
    }

    void parseCpus()
    {
        QFETCH(QString, text);
        QFETCH(qint64, nano);
        QFETCH(bool, ok);
        qint64 parsed = -1;
        const QString problem = RunSpec::parseCpus(text, &parsed);
        QCOMPARE(problem.isEmpty(), ok);
        if (ok) {
            QCOMPARE(parsed, nano);
            if (nano > 0) {
                qint64 again = 0;
                QVERIFY(RunSpec::parseCpus(RunSpec::cpusText(nano), &again).isEmpty());
                QCOMPARE(again, nano);
            }
        }
    }

    void parseSmallFields()
    {
        qint64 limit = 0;
        QVERIFY(RunSpec::parsePidsLimit(QStringLiteral("200"), &limit).isEmpty());
        QCOMPARE(limit, 200);
        QVERIFY(RunSpec::parsePidsLimit(QStringLiteral("-1"), &limit).isEmpty());
        QCOMPARE(limit, -1);
        for (const char *bad : {"0", "-2", "ten", "1.5"})
            QVERIFY2(!RunSpec::parsePidsLimit(QLatin1String(bad), &limit).isEmpty(), bad);

        int first = 0;
        int last = 0;
        QVERIFY(RunSpec::parsePortRange(QStringLiteral("8000-8010"), &first, &last).isEmpty());
        QCOMPARE(first, 8000);
        QCOMPARE(last, 8010);
        QVERIFY(RunSpec::parsePortRange(QStringLiteral("80"), &first, &last).isEmpty());
        QCOMPARE(first, 80);
        QCOMPARE(last, 0);
        for (const char *bad : {"0", "70000", "8010-8000", "80-", "http", "1-2-3"})
            QVERIFY2(!RunSpec::parsePortRange(QLatin1String(bad), &first, &last).isEmpty(), bad);
    }

    void problemsAtTheirFields_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<std::function<void(RunSpec &)>>("change");
        using F = RunSpec::Field;
        QTest::newRow("ranges of different lengths") << int(F::Ports) << std::function<void(RunSpec &)>([](RunSpec &s) {
            RunPort p{QString(), 8000, 8000, QStringLiteral("udp")};
            p.hostPortEnd = 8010;
            p.containerPortEnd = 8005;
            s.ports = {p};
        });
        QTest::newRow("too little memory") << int(F::Memory) << std::function<void(RunSpec &)>([](RunSpec &s) { s.memory = 1024 * 1024; });
        QTest::newRow("more CPUs than the engine") << int(F::Cpus) << std::function<void(RunSpec &)>([](RunSpec &s) { s.nanoCpus = 3000000000; });
        QTest::newRow("pids below -1") << int(F::PidsLimit) << std::function<void(RunSpec &)>([](RunSpec &s) { s.pidsLimit = -5; });
        QTest::newRow("entrypoint with arguments") << int(F::Entrypoint) << std::function<void(RunSpec &)>([](RunSpec &s) { s.entrypoint = QStringLiteral("sh -c"); });
        QTest::newRow("user with two colons") << int(F::User) << std::function<void(RunSpec &)>([](RunSpec &s) { s.user = QStringLiteral("a:b:c"); });
        QTest::newRow("hostname with a space") << int(F::Hostname) << std::function<void(RunSpec &)>([](RunSpec &s) { s.hostname = QStringLiteral("my host"); });
        QTest::newRow("hostname on the host network") << int(F::Hostname) << std::function<void(RunSpec &)>([](RunSpec &s) {
            s.hostname = QStringLiteral("web");
            s.network = QStringLiteral("host");
        });
        QTest::newRow("empty label key") << int(F::Labels) << std::function<void(RunSpec &)>([](RunSpec &s) { s.labels.insert(QString(), QStringLiteral("x")); });
        QTest::newRow("label key with =") << int(F::Labels) << std::function<void(RunSpec &)>([](RunSpec &s) { s.labels.insert(QStringLiteral("a=b"), QStringLiteral("x")); });
        QTest::newRow("tmpfs path not absolute") << int(F::Mounts) << std::function<void(RunSpec &)>([](RunSpec &s) {
            s.mounts = {{RunMount::Kind::Tmpfs, QString(), QStringLiteral("run"), false}};
        });
    }

    void problemsAtTheirFields()
    {
        QFETCH(int, field);
        QFETCH(std::function<void(RunSpec &)>, change);
        RunSpec spec;
        spec.image = QStringLiteral("busybox");
        QVERIFY(spec.problems(2).isEmpty());
        change(spec);
        const QList<RunSpec::Problem> problems = spec.problems(2);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.at(0).field), field);
        QVERIFY(!problems.at(0).message.isEmpty());
        // Without the engine's CPU count the CPU limit is left to the engine.
        QCOMPARE(spec.validate().size(), field == int(RunSpec::Field::Cpus) ? 0 : 1);
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
        QCOMPARE(ContainerRunner::fieldForError(500, QStringLiteral("Minimum memory limit allowed is 6MB"), false), F::Memory);
        QCOMPARE(ContainerRunner::fieldForError(400, QStringLiteral("Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available"), false), F::Cpus);
        QCOMPARE(ContainerRunner::fieldForError(404, QStringLiteral("network nope not found"), false), F::Network);
        QCOMPARE(ContainerRunner::fieldForError(400, QStringLiteral("conflicting options: hostname and the network mode"), false), F::Hostname);
        QCOMPARE(ContainerRunner::fieldForError(500, QStringLiteral("unable to find user ghost: no matching entries in passwd file"), true), F::User);
        QCOMPARE(ContainerRunner::fieldForError(500, QStringLiteral("something else"), true), F::None);
    }
};

QTEST_GUILESS_MAIN(TestRunSpec)
#include "tst_runspec.moc"
