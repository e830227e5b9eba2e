// EngineEvent::fromJson on lines captured from Docker 20.10 (data/capture-events.sh) and on
// malformed or wrong-typed input, which must give a clear error and never crash.

#include "engine/engineevent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dx;

namespace {

QList<QByteArray> capturedLines()
{
    QFile file(QStringLiteral(DX_ENGINE_DATA_DIR "/events-docker.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

// The first captured event of this action (full text or base).
std::optional<EngineEvent> capturedEvent(const QString &type, const QString &baseAction)
{
    for (const QByteArray &line : capturedLines()) {
        const std::optional<EngineEvent> e = EngineEvent::fromJson(line);
        if (e && e->type == type && e->baseAction() == baseAction)
            return e;
    }
    return std::nullopt;
}

} // namespace

class TestEngineEvent final : public QObject
{
    Q_OBJECT

private slots:
    void capturedLinesDecode()
    {
        const QList<QByteArray> lines = capturedLines();
        if (lines.isEmpty())
            QSKIP("data/events-docker.jsonl is missing; run data/capture-events.sh");
        QSet<QString> types;
        for (const QByteArray &line : lines) {
            QString error;
            const std::optional<EngineEvent> e = EngineEvent::fromJson(line, &error);
            QVERIFY2(e, qPrintable(error + QLatin1String(": ") + QString::fromUtf8(line)));
            QVERIFY(error.isEmpty());
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(e->type, o[QLatin1String("Type")].toString());
            QCOMPARE(e->action, o[QLatin1String("Action")].toString());
            QCOMPARE(e->actorId, o[QLatin1String("Actor")][QLatin1String("ID")].toString());
            QCOMPARE(e->attributes.size(), o[QLatin1String("Actor")][QLatin1String("Attributes")].toObject().size());
            QCOMPARE(e->scope, QStringLiteral("local"));
            QCOMPARE(e->time, o[QLatin1String("time")].toInteger());
            QCOMPARE(e->timeNano, o[QLatin1String("timeNano")].toInteger());
            QCOMPARE(e->timeNano / 1000000000, e->time); // exact: no rounding through double
            QVERIFY(e->timeNano % 1000000000 != 0);
            types << e->type;
            // The same through the object overload.
            QVERIFY(EngineEvent::fromJson(o) == e);
        }
        QCOMPARE(types, (QSet<QString>{QStringLiteral("container"), QStringLiteral("image"),
                                       QStringLiteral("volume"), QStringLiteral("network")}));
    }

    void actionsWithDetail()
    {
        const std::optional<EngineEvent> exec = capturedEvent(QStringLiteral("container"), QStringLiteral("exec_start"));
        const std::optional<EngineEvent> health = capturedEvent(QStringLiteral("container"), QStringLiteral("health_status"));
        const std::optional<EngineEvent> start = capturedEvent(QStringLiteral("container"), QStringLiteral("start"));
        if (!exec || !health || !start)
            QSKIP("the captured events lack exec_start, health_status or start; run data/capture-events.sh");
        QVERIFY(exec->action.startsWith(QLatin1String("exec_start: ")));
        QVERIFY(!exec->actionDetail().isEmpty());
        QCOMPARE(health->action, QStringLiteral("health_status: healthy"));
        QCOMPARE(health->actionDetail(), QStringLiteral("healthy"));
        QCOMPARE(start->baseAction(), QStringLiteral("start"));
        QCOMPARE(start->actionDetail(), QString());
    }

    void attributesAsSent()
    {
        const std::optional<EngineEvent> create = capturedEvent(QStringLiteral("container"), QStringLiteral("create"));
        const std::optional<EngineEvent> rename = capturedEvent(QStringLiteral("container"), QStringLiteral("rename"));
        if (!create || !rename)
            QSKIP("the captured events lack create or rename; run data/capture-events.sh");
        QCOMPARE(create->attribute(QStringLiteral("dx.test.awkward")), QStringLiteral("x+y;z=1 &#?%ä"));
        QVERIFY(create->actorName().startsWith(QLatin1String("events-capture-")));
        QVERIFY(create->attributes.contains(QStringLiteral("dx.test.run")));
        QVERIFY(rename->attribute(QStringLiteral("oldName")).startsWith(QLatin1String("/events-capture-")));
        QVERIFY(rename->actorName().endsWith(QLatin1String("-renamed")));
    }

    void minimalAndDerivedTimes()
    {
        std::optional<EngineEvent> e = EngineEvent::fromJson(QByteArray(R"({"Type":"daemon","Action":"reload","time":12})"));
        QVERIFY(e);
        QCOMPARE(e->actorId, QString());
        QVERIFY(e->attributes.isEmpty());
        QCOMPARE(e->scope, QString());
        QCOMPARE(e->timeNano, qint64(12000000000));

        e = EngineEvent::fromJson(QByteArray(R"({"Type":"x","Action":"y","timeNano":1796193114306828486})"));
        QVERIFY(e);
        QCOMPARE(e->time, qint64(1796193114));
        QCOMPARE(e->timeNano, qint64(1796193114306828486));

        // A number among the attributes (a re-encoding proxy) is kept as text.
        e = EngineEvent::fromJson(QByteArray(R"({"Type":"c","Action":"die","Actor":{"Attributes":{"exitCode":137}},"time":1})"));
        QVERIFY(e);
        QCOMPARE(e->attribute(QStringLiteral("exitCode")), QStringLiteral("137"));

        // Only the pre-1.22 members: a container event.
        e = EngineEvent::fromJson(QByteArray(R"({"status":"die","id":"abc","from":"busybox","time":3})"));
        QVERIFY(e);
        QCOMPARE(e->type, QStringLiteral("container"));
        QCOMPARE(e->action, QStringLiteral("die"));
        QCOMPARE(e->actorId, QStringLiteral("abc"));

        // null counts as absent, like Go's omitted members.
        e = EngineEvent::fromJson(QByteArray(R"({"Type":"x","Action":"y","time":1,"Actor":null,"scope":null})"));
        QVERIFY(e);
    }

    void podmanVolumeEventsNameTheVolume()
    {
        // Captured from Podman 4.3's Docker-compatible /events: the volume's name is an
        // attribute, Actor.ID is empty, and a removal is "remove" (Docker: "destroy").
        QFile file(QStringLiteral(DX_ENGINE_DATA_DIR "/events-podman-volume.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QStringList actions;
        for (const QByteArray &line : lines) {
            QString error;
            const std::optional<EngineEvent> e = EngineEvent::fromJson(line, &error);
            QVERIFY2(e, qPrintable(error));
            QCOMPARE(e->type, QStringLiteral("volume"));
            QCOMPARE(e->actorId, QStringLiteral("dxcapture"));
            actions << e->baseAction();
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("remove")}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorMentions");
        const auto row = [](const char *name, const char *json, const char *mentions) {
            QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(mentions);
        };
        row("empty", "", "JSON");
        row("not json", "hello", "JSON");
        // (escaped, not raw: moc counts the braces of raw strings)
        row("truncated", "{\"Type\":\"container\",\"Action\":\"st", "JSON");
        row("binary", "\xff\xfe{", "JSON");
        row("array", R"([{"Type":"container"}])", "object");
        row("string", R"("event")", "JSON");
        row("empty object", "{}", "Type");
        row("type number", R"({"Type":1,"Action":"start","time":1})", "Type");
        row("type empty", R"({"Type":"","Action":"start","time":1})", "Type");
        row("action missing", R"({"Type":"container","time":1})", "Action");
        row("action object", R"({"Type":"container","Action":{},"time":1})", "Action");
        row("scope number", R"({"Type":"container","Action":"start","scope":2,"time":1})", "scope");
        row("actor array", R"({"Type":"container","Action":"start","Actor":[],"time":1})", "Actor");
        row("actor id number", R"({"Type":"container","Action":"start","Actor":{"ID":7},"time":1})", "Actor.ID");
        row("attributes array", R"({"Type":"container","Action":"start","Actor":{"Attributes":["a"]},"time":1})", "Attributes");
        row("attribute bool", R"({"Type":"c","Action":"s","Actor":{"Attributes":{"tty":true}},"time":1})", "tty");
        row("attribute null", R"({"Type":"c","Action":"s","Actor":{"Attributes":{"name":null}},"time":1})", "name");
        row("no time", R"({"Type":"container","Action":"start"})", "time");
        row("legacy status number", R"({"status":1,"id":"abc","time":1})", "status");
        row("legacy without id", R"({"status":"die","time":1})", "Type");
        row("time string", R"({"Type":"container","Action":"start","time":"1"})", "time");
        row("time negative", R"({"Type":"container","Action":"start","time":-1})", "time");
        row("time fraction", R"({"Type":"container","Action":"start","time":1.5})", "time");
        row("time bool", R"({"Type":"container","Action":"start","time":true})", "time");
        row("timeNano beyond 64 bits", R"({"Type":"c","Action":"s","timeNano":1e30})", "timeNano");
        row("timeNano string", R"({"Type":"c","Action":"s","time":1,"timeNano":"1"})", "timeNano");
        row("time overflows nanoseconds", R"({"Type":"c","Action":"s","time":9000000000000000000})", "range");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorMentions);
        QString error;
        QVERIFY(!EngineEvent::fromJson(json, &error));
        QVERIFY2(error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(error));
        // Without an error pointer it fails the same way, quietly.
        QVERIFY(!EngineEvent::fromJson(json));
    }

    void sinceValue()
    {
        QCOMPARE(EngineEvent::sinceValue(qint64(1796193114306828486)), QStringLiteral("1796193114.306828486"));
        QCOMPARE(EngineEvent::sinceValue(qint64(123000000005)), QStringLiteral("123.000000005"));
        QCOMPARE(EngineEvent::sinceValue(0), QStringLiteral("0.000000000"));
        QCOMPARE(EngineEvent::sinceValue(-5), QStringLiteral("0.000000000"));
    }
};

QTEST_GUILESS_MAIN(TestEngineEvent)
#include "tst_engineevent.moc"
