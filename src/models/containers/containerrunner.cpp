#include "containerrunner.h"

#include "engine/engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace dx {

ContainerRunner::ContainerRunner(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
}

ContainerRunner::Field ContainerRunner::fieldForError(int status, const QString &message, bool duringStart)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("no such image")) || m.contains(QLatin1String("invalid reference format"))
        || m.contains(QLatin1String("pull access denied")))
        return Field::Image;
    if (status == 409 || m.contains(QLatin1String("is already in use by container")))
        return Field::Name;
    if (m.contains(QLatin1String("port is already allocated")) || m.contains(QLatin1String("address already in use"))
        || m.contains(QLatin1String("invalid port")) || m.contains(QLatin1String("hostport")))
        return Field::Ports;
    if (m.contains(QLatin1String("mount")) || m.contains(QLatin1String("bind source path"))
        || m.contains(QLatin1String("volume")))
        return Field::Mounts;
    if (duringStart && (m.contains(QLatin1String("executable file not found")) || m.contains(QLatin1String("exec:"))
                        || m.contains(QLatin1String("no such file or directory"))))
        return Field::Command;
    return Field::None;
}

void ContainerRunner::run(const RunSpec &spec)
{
    if (m_busy)
        return;
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        emit failed(Field::None, problems.join(QLatin1Char('\n')));
        return;
    }
    m_spec = spec;
    m_busy = true;
    m_id.clear();
    m_volumesLeft = spec.namedVolumes();
    nextVolume();
}

void ContainerRunner::cancel()
{
    if (m_reply)
        m_reply->abort();
    m_busy = false;
}

void ContainerRunner::nextVolume()
{
    if (m_volumesLeft.isEmpty()) {
        create();
        return;
    }
    const QString name = m_volumesLeft.takeFirst();
    m_reply = m_engine->get(QStringLiteral("/volumes/") + name);
    connect(m_reply, &EngineReply::finished, this, [this, name](const EngineResponse &r) {
        if (r.ok()) {
            nextVolume(); // exists: `docker run -v` would reuse it as it is
            return;
        }
        if (r.status != 404) {
            fail(Field::Mounts, r.message);
            return;
        }
        QJsonObject labels{{createdByLabel(), QStringLiteral("run-dialog")}};
        QStringList labelArgs;
        for (auto it = m_spec.labels.cbegin(); it != m_spec.labels.cend(); ++it) {
            labels.insert(it.key(), it.value());
            labelArgs << QStringLiteral("--label %1").arg(RunSpec::shellQuote(it.key() + QLatin1Char('=') + it.value()));
        }
        labelArgs << QStringLiteral("--label %1=run-dialog").arg(createdByLabel());
        const QJsonObject body{{QStringLiteral("Name"), name}, {QStringLiteral("Labels"), labels}};
        emit commandIssued(QStringLiteral("docker volume create %1 %2").arg(labelArgs.join(QLatin1Char(' ')), RunSpec::shellQuote(name)),
                           tr("Create the named volume %1 for the new container").arg(name));
        emit progress(tr("Creating volume %1…").arg(name));
        m_reply = m_engine->post(QStringLiteral("/volumes/create"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(m_reply, &EngineReply::finished, this, [this](const EngineResponse &created) {
            if (!created.ok()) {
                fail(Field::Mounts, created.message);
                return;
            }
            nextVolume();
        });
    });
}

void ContainerRunner::create()
{
    QUrlQuery query;
    if (!m_spec.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), m_spec.name);
    emit commandIssued(m_spec.dockerCommand(), tr("Create and start a new container from %1").arg(m_spec.image));
    emit progress(tr("Creating the container…"));
    m_reply = m_engine->post(QStringLiteral("/containers/create"), query,
                             QJsonDocument(m_spec.createBody()).toJson(QJsonDocument::Compact));
    connect(m_reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (!r.ok()) {
            fail(fieldForError(r.status, r.message, false), r.message);
            return;
        }
        m_id = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Id")).toString();
        start();
    });
}

void ContainerRunner::start()
{
    emit progress(tr("Starting the container…"));
    m_reply = m_engine->post(QStringLiteral("/containers/%1/start").arg(m_id));
    connect(m_reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (!r.ok()) {
            // Created but not running: remove it so the same name can be used on the next try.
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            m_engine->del(QStringLiteral("/containers/") + m_id, force);
            fail(fieldForError(r.status, r.message, true), r.message);
            return;
        }
        m_busy = false;
        emit started(m_id, m_spec.name);
    });
}

void ContainerRunner::fail(Field field, const QString &message)
{
    m_busy = false;
    emit failed(field, message);
}

} // namespace dx
