#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dx {

class DockerApi;
struct ContainerSummary;
struct EngineEvent;

// Which containers exist and what they mount, for the "Used by" column.
// INTERIM until the shared ContainerStore is on main: lists the containers (plumbing) when
// VolumeStore lists the volumes, and once per burst of container events. VolumeStore only
// needs the listings, so the switch to ContainerStore replaces this class and nothing else.
class VolumeUsageFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeUsageFeed)

public:
    using Listener = std::function<void(const QList<ContainerSummary> &containers)>;

    VolumeUsageFeed(DockerApi *api, Listener listener, QObject *parent = nullptr);
    ~VolumeUsageFeed() override;

    void refresh();

private:
    void handleEvent(const EngineEvent &event);

    QPointer<DockerApi> m_api;
    Listener m_listener;
    QTimer m_burst;
    bool m_listing = false;
    bool m_again = false;
};

} // namespace dx
