// The Run dialog's Resources and Advanced options against the real engine: a container made
// through the dialog with a network of the engine's, limits, entrypoint, user, hostname,
// labels, a read-only root with a tmpfs, a UDP port range and --rm, then inspected; each field
// checked as it is typed, with its message beside it and Run off; and a second Run offered a
// free name. Everything created carries dx.test.run and is removed afterwards.

#include "containers/containerstore.h"
#include "containers/rundialog.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "networks/networkstore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace dx;
using Field = RunSpec::Field;

namespace {

// The first of `count` consecutive UDP ports on 127.0.0.1 that nobody holds right now.
int freeUdpRange(int count)
{
    for (int base = 20000 + (QCoreApplication::applicationPid() % 20000); base < 60000; base += count) {
        bool free = true;
        for (int port = base; free && port < base + count; ++port) {
            const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
            sockaddr_in addr{};
            addr.sin_family = AF_INET;
            addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            addr.sin_port = htons(quint16(port));
            free = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
            ::close(fd);
        }
        if (free)
            return base;
    }
    return 0;
}

} // namespace

class TestRunOptions final : public QObject
{
    Q_OBJECT

    Engine *m_engine = nullptr;
    IconProvider *m_icons = nullptr;
    AppServices *m_services = nullptr;
    QString m_networkId;

    QString uniqueName(const char *what) const
    {
        return QStringLiteral("dxtest-%1-%2").arg(QLatin1String(what), test::runId());
    }

    QJsonObject inspect(const QString &id) const
    {
        return test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(id)))).toObject();
    }

    // A spec every check below starts from: valid, with the run's labels.
    RunSpec baseSpec() const
    {
        RunSpec spec;
        spec.image = test::baseImage();
        return spec;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
        m_engine = new Engine(this);
        m_icons = new IconProvider(this);
        m_services = new AppServices(m_engine, m_icons, this);
        m_engine->connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->containers()->isLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->networks()->isLoaded(), 10000);
    }

    void cleanupTestCase()
    {
        if (!m_engine || !m_engine->isConnected())
            return;
        test::removeLabelled(*m_engine);
        // Networks are not swept by removeLabelled(): ours, by the run's label.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("filters"),
                       QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(test::runLabelKey(), test::runId()));
        const QJsonArray networks = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/networks"), q))).toArray();
        for (const QJsonValue &n : networks)
            test::call(*m_engine, EngineRequest::del(QStringLiteral("/networks/") + n[QLatin1String("Id")].toString()));
    }

    void everyOptionReachesTheEngine()
    {
        // A network of our own, chosen from the list the engine gives the dialog.
        const QString network = uniqueName("net");
        const QJsonObject netBody{{QStringLiteral("Name"), network}, {QStringLiteral("Labels"), test::runLabels()}};
        const EngineResponse created = test::call(*m_engine, EngineRequest::post(QStringLiteral("/networks/create"), {},
                                                                                 QJsonDocument(netBody).toJson()));
        QVERIFY2(created.ok(), qPrintable(created.message));
        m_networkId = test::json(created).toObject().value(QLatin1String("Id")).toString();

        RunDialog dialog(m_services);
        dialog.show();
        dialog.setLabels({{test::runLabelKey(), test::runId()}});
        auto *networkBox = dialog.findChild<QComboBox *>(QStringLiteral("network"));
        QVERIFY(networkBox);
        QTRY_VERIFY_WITH_TIMEOUT(networkBox->findData(network) > 0, 10000);
        QVERIFY(networkBox->findData(QStringLiteral("bridge")) > 0);

        const int port = freeUdpRange(3);
        QVERIFY(port > 0);
        RunSpec spec = baseSpec();
        spec.name = uniqueName("opts") + QStringLiteral("-web");
        spec.command = QStringLiteral("-c 'sleep 300'");
        spec.entrypoint = QStringLiteral("/bin/sh");
        spec.user = QStringLiteral("1000:1000");
        spec.hostname = QStringLiteral("dx-options");
        spec.memory = 64LL * 1024 * 1024;
        spec.nanoCpus = 500000000;
        spec.pidsLimit = 100;
        spec.readOnlyRootfs = true;
        spec.autoRemove = true;
        spec.labels = {{QStringLiteral("dx.test.app"), QStringLiteral("shop")}};
        spec.mounts = {{RunMount::Kind::Tmpfs, QStringLiteral("size=16m"), QStringLiteral("/scratch"), false}};
        RunPort range{QStringLiteral("127.0.0.1"), port, 7000, QStringLiteral("udp")};
        range.hostPortEnd = port + 2;
        range.containerPortEnd = 7002;
        spec.ports = {range};
        dialog.setSpec(spec);
        // The user's label is in the form's table; the run's label is not, both are sent.
        auto *labels = dialog.findChild<QTableWidget *>(QStringLiteral("labelsTable"));
        QVERIFY(labels);
        QCOMPARE(labels->rowCount(), 1);
        networkBox->setCurrentIndex(networkBox->findData(network)); // chosen as a user does
        auto *runButton = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(runButton);
        QVERIFY2(runButton->isEnabled(), qPrintable(dialog.errorText(Field::None)));

        const RunSpec shown = dialog.spec();
        QCOMPARE(shown.network, network);
        QCOMPARE(dialog.commandText(), shown.dockerCommand());
        for (const QString &part : {QStringLiteral("--network %1").arg(network), QStringLiteral("--memory 64m"),
                                    QStringLiteral("--cpus 0.5"), QStringLiteral("--pids-limit 100"),
                                    QStringLiteral("--read-only"), QStringLiteral("--rm"),
                                    QStringLiteral("--entrypoint /bin/sh"), QStringLiteral("--user 1000:1000"),
                                    QStringLiteral("--hostname dx-options"), QStringLiteral("--tmpfs /scratch:size=16m"),
                                    QStringLiteral("-p 127.0.0.1:%1-%2:7000-7002/udp").arg(port).arg(port + 2),
                                    QStringLiteral("--label dx.test.app=shop")})
            QVERIFY2(dialog.commandText().contains(part), qPrintable(part + QStringLiteral(" in ") + dialog.commandText()));

        QSignalSpy started(&dialog, &RunDialog::containerStarted);
        dialog.run();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        const QString id = started.at(0).at(0).toString();

        const QJsonObject c = inspect(id);
        const QJsonObject config = c[QLatin1String("Config")].toObject();
        const QJsonObject host = c[QLatin1String("HostConfig")].toObject();
        QCOMPARE(c[QLatin1String("Name")].toString(), QLatin1Char('/') + spec.name);
        QCOMPARE(config[QLatin1String("Entrypoint")].toArray(), QJsonArray{QStringLiteral("/bin/sh")});
        QCOMPARE(config[QLatin1String("Cmd")].toArray(), (QJsonArray{QStringLiteral("-c"), QStringLiteral("sleep 300")}));
        QCOMPARE(config[QLatin1String("User")].toString(), QStringLiteral("1000:1000"));
        QCOMPARE(config[QLatin1String("Hostname")].toString(), QStringLiteral("dx-options"));
        QCOMPARE(config[QLatin1String("Labels")][QLatin1String("dx.test.app")].toString(), QStringLiteral("shop"));
        QCOMPARE(config[QLatin1String("Labels")][test::runLabelKey()].toString(), test::runId());
        QCOMPARE(host[QLatin1String("NetworkMode")].toString(), network);
        QVERIFY(c[QLatin1String("NetworkSettings")][QLatin1String("Networks")].toObject().contains(network));
        QCOMPARE(host[QLatin1String("Memory")].toInteger(), 64LL * 1024 * 1024);
        QCOMPARE(host[QLatin1String("NanoCpus")].toInteger(), 500000000LL);
        QCOMPARE(host[QLatin1String("PidsLimit")].toInteger(), 100LL);
        QCOMPARE(host[QLatin1String("ReadonlyRootfs")].toBool(), true);
        QCOMPARE(host[QLatin1String("AutoRemove")].toBool(), true);
        QCOMPARE(host[QLatin1String("Tmpfs")][QLatin1String("/scratch")].toString(), QStringLiteral("size=16m"));
        const QJsonObject bindings = host[QLatin1String("PortBindings")].toObject();
        QCOMPARE(bindings.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject b = bindings[QStringLiteral("%1/udp").arg(7000 + i)].toArray().at(0).toObject();
            QCOMPARE(b[QLatin1String("HostIp")].toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(b[QLatin1String("HostPort")].toString(), QString::number(port + i));
        }
        QCOMPARE(c[QLatin1String("State")][QLatin1String("Running")].toBool(), true);

        // The second Run does not trip over the name: the form offers the next free one.
        const QString next = dialog.spec().name;
        QCOMPARE(next, spec.name + QStringLiteral("-2"));
        QVERIFY(dialog.errorText(Field::Name).isEmpty());
        QVERIFY(runButton->isEnabled());
        dialog.show(); // opened again, as the Run action does
        // The host ports are the first container's now: the engine picks others this time.
        dialog.findChild<QTableWidget *>(QStringLiteral("ports"))->item(0, 1)->setText(QString());
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() == 2 || !dialog.isRunning(), 30000);
        QVERIFY2(started.size() == 2, qPrintable(dialog.errorText(Field::None) + dialog.errorText(Field::Ports)));
        QCOMPARE(inspect(started.at(1).at(0).toString())[QLatin1String("Name")].toString(), QLatin1Char('/') + next);
        QCOMPARE(dialog.spec().name, spec.name + QStringLiteral("-3"));

        // --rm: stopping removes them; nothing is left to clean up by hand.
        QUrlQuery now(QStringLiteral("t=0"));
        for (const QList<QVariant> &args : std::as_const(started))
            test::call(*m_engine, EngineRequest::post(QStringLiteral("/containers/%1/stop").arg(args.at(0).toString()), now));
        QTRY_COMPARE_WITH_TIMEOUT(test::call(*m_engine, EngineRequest::get(QStringLiteral("/containers/%1/json").arg(id))).status, 404, 20000);
    }

    void eachFieldIsCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field");
        QTest::newRow("memory unit") << QStringLiteral("memory") << QStringLiteral("512x") << int(Field::Memory);
        QTest::newRow("memory too small") << QStringLiteral("memory") << QStringLiteral("1m") << int(Field::Memory);
        QTest::newRow("cpus word") << QStringLiteral("cpus") << QStringLiteral("two") << int(Field::Cpus);
        QTest::newRow("cpus zero") << QStringLiteral("cpus") << QStringLiteral("0") << int(Field::Cpus);
        QTest::newRow("cpus beyond the engine") << QStringLiteral("cpus") << QStringLiteral("4096") << int(Field::Cpus);
        QTest::newRow("pids zero") << QStringLiteral("pidsLimit") << QStringLiteral("0") << int(Field::PidsLimit);
        QTest::newRow("entrypoint with arguments") << QStringLiteral("entrypoint") << QStringLiteral("sh -c") << int(Field::Entrypoint);
        QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("a:b:c") << int(Field::User);
        QTest::newRow("hostname") << QStringLiteral("hostname") << QStringLiteral("my host") << int(Field::Hostname);
    }

    void eachFieldIsCheckedAsTyped()
    {
        QFETCH(QString, widget);
        QFETCH(QString, text);
        QFETCH(int, field);
        RunDialog dialog(m_services);
        dialog.show();
        dialog.setSpec(baseSpec());
        auto *runButton = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(runButton->isEnabled());
        auto *edit = dialog.findChild<QLineEdit *>(widget);
        QVERIFY(edit);
        // The CPU count comes from the engine; the check against it waits for the answer.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.findChild<QLineEdit *>(QStringLiteral("cpus"))->placeholderText().contains(QLatin1String("or 2")), 10000);
        QTest::keyClicks(edit, text);
        const QString message = dialog.errorText(Field(field));
        QVERIFY2(!message.isEmpty(), qPrintable(text));
        QVERIFY(!runButton->isEnabled());
        // The tab holding the field says so.
        auto *sections = dialog.findChild<QTabWidget *>(QStringLiteral("sections"));
        int page = 0;
        while (!sections->widget(page)->isAncestorOf(edit))
            ++page;
        QVERIFY(!sections->tabIcon(page).isNull());
        edit->clear();
        QVERIFY(dialog.errorText(Field(field)).isEmpty());
        QVERIFY(runButton->isEnabled());
        QVERIFY(sections->tabIcon(page).isNull());
    }

    void tablesAreChecked()
    {
        RunDialog dialog(m_services);
        dialog.show();
        RunSpec spec = baseSpec();
        RunPort mismatch{QString(), 8000, 8000, QStringLiteral("udp")};
        mismatch.hostPortEnd = 8010;
        mismatch.containerPortEnd = 8005;
        spec.ports = {mismatch};
        dialog.setSpec(spec);
        auto *runButton = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(dialog.errorText(Field::Ports).contains(QLatin1String("11")));
        QVERIFY(!runButton->isEnabled());
        auto *ports = dialog.findChild<QTableWidget *>(QStringLiteral("ports"));
        ports->item(0, 1)->setText(QStringLiteral("9000-9005"));
        QVERIFY(dialog.errorText(Field::Ports).isEmpty());
        QVERIFY(runButton->isEnabled());
        ports->item(0, 2)->setText(QStringLiteral("80-"));
        QVERIFY(!dialog.errorText(Field::Ports).isEmpty());
        ports->item(0, 2)->setText(QStringLiteral("8000-8005"));
        QVERIFY(runButton->isEnabled());

        auto *labels = dialog.findChild<QTableWidget *>(QStringLiteral("labelsTable"));
        labels->insertRow(0);
        labels->setItem(0, 0, new QTableWidgetItem);
        labels->setItem(0, 1, new QTableWidgetItem(QStringLiteral("value without key")));
        QVERIFY(!dialog.errorText(Field::Labels).isEmpty());
        QVERIFY(!runButton->isEnabled());
        labels->item(0, 0)->setText(QStringLiteral("key"));
        QVERIFY(dialog.errorText(Field::Labels).isEmpty());
        QVERIFY(runButton->isEnabled());
        QVERIFY(dialog.commandText().contains(QLatin1String("--label 'key=value without key'")));

        // Hostname and the host's network exclude each other.
        spec = baseSpec();
        spec.hostname = QStringLiteral("web");
        spec.network = QStringLiteral("host");
        dialog.setSpec(spec);
        QVERIFY(!dialog.errorText(Field::Hostname).isEmpty());
        QVERIFY(!runButton->isEnabled());
    }
};

QTEST_MAIN(TestRunOptions)
#include "tst_RunOptions.moc"
