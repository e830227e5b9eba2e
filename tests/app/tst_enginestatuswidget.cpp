// The status bar's engine indicator: "unverified" in the text when TLS does not check the
// certificate, and a persistent warning (icon, text, tooltip) for plain tcp to another machine.
#include "engine/endpoint.h"
#include "engine/engineinfo.h"
#include "shell/enginestatuswidget.h"

#include <QLabel>
#include <QTest>

using namespace dx;

class TestEngineStatusWidget final : public QObject
{
    Q_OBJECT

private:
    static EngineInfo info(const Endpoint &endpoint, EngineInfo::State state = EngineInfo::State::Connected)
    {
        EngineInfo i;
        i.state = state;
        i.endpoint = endpoint;
        i.product = QStringLiteral("Docker Engine");
        i.version = QStringLiteral("20.10.24");
        i.apiVersion = QStringLiteral("1.41");
        i.serverApiVersion = QStringLiteral("1.41");
        return i;
    }

    static QLabel *label(EngineStatusWidget &w, const char *name)
    {
        return w.findChild<QLabel *>(QLatin1String(name));
    }

private slots:
    void unverifiedTlsSaysSo()
    {
        EngineStatusWidget w;
        w.show();
        const Endpoint ep = EndpointResolver(QProcessEnvironment())
                                .fromChoice(Endpoint::noVerifyPrefix() + QStringLiteral("https://engine.example:2376"));
        w.setInfo(info(ep));
        QLabel *text = label(w, "engineStatusText");
        QVERIFY(text);
        QVERIFY2(text->text().contains(QLatin1String("(TLS, unverified)")), qPrintable(text->text()));
        QVERIFY(!label(w, "engineSecurityWarning")->isVisible());

        // Verified TLS: plain "(TLS)".
        w.setInfo(info(Endpoint::fromHost(QStringLiteral("https://engine.example:2376"))));
        QVERIFY2(text->text().contains(QLatin1String("(TLS)")), qPrintable(text->text()));
        QVERIFY(!text->text().contains(QLatin1String("unverified")));
    }

    void plainRemoteTcpWarns()
    {
        EngineStatusWidget w;
        w.show();
        w.setInfo(info(Endpoint::fromHost(QStringLiteral("tcp://10.0.0.5:2375"))));
        QLabel *warning = label(w, "engineSecurityWarning");
        QLabel *icon = label(w, "engineSecurityIcon");
        QVERIFY(warning && icon);
        QVERIFY(warning->isVisible());
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY2(warning->text().contains(QLatin1String("10.0.0.5")), qPrintable(warning->text()));
        const QString expected =
            QStringLiteral("Unencrypted connection to 10.0.0.5: anyone on the network can control this engine");
        QCOMPARE(warning->toolTip(), expected);
        QCOMPARE(icon->toolTip(), expected);
        QVERIFY(w.toolTip().contains(expected));

        // Persistent: still there while the engine is gone and being reconnected.
        w.setInfo(info(Endpoint::fromHost(QStringLiteral("tcp://10.0.0.5:2375")), EngineInfo::State::Disconnected));
        QVERIFY(warning->isVisible());

        // Loopback, TLS and sockets: no warning.
        for (const char *host : {"tcp://127.0.0.1:2375", "tcp://localhost:2375", "tcp://[::1]:2375",
                                 "https://10.0.0.5:2376", "unix:///var/run/docker.sock"}) {
            w.setInfo(info(Endpoint::fromHost(QLatin1String(host))));
            QVERIFY2(!warning->isVisible(), host);
            QVERIFY2(!icon->isVisible(), host);
        }
    }
};

QTEST_MAIN(TestEngineStatusWidget)
#include "tst_enginestatuswidget.moc"
