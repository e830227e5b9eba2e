<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>DiagramLayout</name>
        <message numerus="yes">
            <source>%n container(s)</source>
            <translation>
                <numerusform>%n container</numerusform>
                <numerusform>%n containers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::BuildLogModel</name>
        <message numerus="yes">
            <source> … (%n more characters not shown)</source>
            <translation>
                <numerusform> … (%n more character not shown)</numerusform>
                <numerusform> … (%n more characters not shown)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n earlier line(s) dropped: the log keeps the last %1 lines</source>
            <translation>
                <numerusform>… %n earlier line dropped: the log keeps the last %1 lines</numerusform>
                <numerusform>… %n earlier lines dropped: the log keeps the last %1 lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::BuildView</name>
        <message numerus="yes">
            <source>%n file(s), %1</source>
            <translation>
                <numerusform>%n file, %1</numerusform>
                <numerusform>%n files, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s), %1 cached</source>
            <translation>
                <numerusform>%n step, %1 cached</numerusform>
                <numerusform>%n steps, %1 cached</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerFilesWidget</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uploading %n item(s)…</source>
            <translation>
                <numerusform>Uploading %n item…</numerusform>
                <numerusform>Uploading %n items…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerInspectWidget</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerLogsWidget</name>
        <message numerus="yes">
            <source>Following %n line(s) live</source>
            <translation>
                <numerusform>Following %n line live</numerusform>
                <numerusform>Following %n lines live</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) · the container is not running</source>
            <translation>
                <numerusform>%n line · the container is not running</numerusform>
                <numerusform>%n lines · the container is not running</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerProcessesWidget</name>
        <message numerus="yes">
            <source>%n process(es) in %1, as the host's ps sees them (docker top), read every %2 s.</source>
            <translation>
                <numerusform>%n process in %1, as the host's ps sees it (docker top), read every %2 s.</numerusform>
                <numerusform>%n processes in %1, as the host's ps sees them (docker top), read every %2 s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerStatus</name>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainersView</name>
        <message numerus="yes">
            <source>Remove %n container(s)? %1</source>
            <translation>
                <numerusform>Remove %n container? %1</numerusform>
                <numerusform>Remove %n containers? %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No container matches the filter (%n hidden)</source>
            <translation>
                <numerusform>No container matches the filter (%n hidden)</numerusform>
                <numerusform>No container matches the filter (%n hidden)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n container(s), %1 running</source>
            <translation>
                <numerusform>%n container, %1 running</numerusform>
                <numerusform>%n containers, %1 running</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::EditorDecorator</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::FindBar</name>
        <message numerus="yes">
            <source>%n replacement(s)</source>
            <translation>
                <numerusform>%n replacement</numerusform>
                <numerusform>%n replacements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ImageLayersReport</name>
        <message numerus="yes">
            <source>%n layer(s), %1 of files</source>
            <translation>
                <numerusform>%n layer, %1 of files</numerusform>
                <numerusform>%n layers, %1 of files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n modified</source>
            <translation>
                <numerusform>%n modified</numerusform>
                <numerusform>%n modified</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ImageListModel</name>
        <message numerus="yes">
            <source>%1 (+%n more tag(s))</source>
            <translation>
                <numerusform>%1 (+%n more tag)</numerusform>
                <numerusform>%1 (+%n more tags)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ImagesView</name>
        <message numerus="yes">
            <source>Remove these %n dangling image(s) (those still used by a container stay)?

%1</source>
            <translation>
                <numerusform>Remove this %n dangling image (unless a container still uses it)?

%1</numerusform>
                <numerusform>Remove these %n dangling images (those still used by a container stay)?

%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::LayerFilesPanel</name>
        <message numerus="yes">
            <source>Image: %1 in %n layer(s) · wasted %2 · efficiency %3 %</source>
            <translation>
                <numerusform>Image: %1 in %n layer · wasted %2 · efficiency %3 %</numerusform>
                <numerusform>Image: %1 in %n layers · wasted %2 · efficiency %3 %</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::PullDialog</name>
        <message numerus="yes">
            <source>%1 of %n layers complete</source>
            <translation>
                <numerusform>%1 of %n layer complete</numerusform>
                <numerusform>%1 of %n layers complete</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::RecipeModel</name>
        <message numerus="yes">
            <source>%n here-document(s)</source>
            <translation>
                <numerusform>%n here-document</numerusform>
                <numerusform>%n here-documents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::RunDialog</name>
        <message numerus="yes">
            <source>no limit; e.g. 0.5, at most %n on this engine</source>
            <translation>
                <numerusform>no limit; e.g. 0.5, at most %n on this engine</numerusform>
                <numerusform>no limit; e.g. 0.5, at most %n on this engine</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::RunSpec</name>
        <message numerus="yes">
            <source>This engine has %n CPU(s): the limit can be at most that.</source>
            <translation>
                <numerusform>This engine has %n CPU: the limit can be at most that.</numerusform>
                <numerusform>This engine has %n CPUs: the limit can be at most that.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::SystemView</name>
        <message numerus="yes">
            <source>%1: %n to remove, %2</source>
            <translation>
                <numerusform>%1: %n to remove, %2</numerusform>
                <numerusform>%1: %n to remove, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n image(s) without a name:</source>
            <translation>
                <numerusform>The engine removes this %n image without a name:</numerusform>
                <numerusform>The engine removes these %n images without a name:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n image(s) that no container uses. To run one again it must be pulled or built again:</source>
            <translation>
                <numerusform>The engine removes this %n image that no container uses. To run it again it must be pulled or built again:</numerusform>
                <numerusform>The engine removes these %n images that no container uses. To run one again it must be pulled or built again:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n stopped container(s) and the files they changed; their volumes stay:</source>
            <translation>
                <numerusform>The engine removes this %n stopped container and the files it changed; its volumes stay:</numerusform>
                <numerusform>The engine removes these %n stopped containers and the files they changed; their volumes stay:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n build cache record(s); the next build runs their steps again:</source>
            <translation>
                <numerusform>The engine removes this %n build cache record; the next build runs its steps again:</numerusform>
                <numerusform>The engine removes these %n build cache records; the next build runs their steps again:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n object(s); the engine reports %1 freed.</source>
            <translation>
                <numerusform>Removed %n object; the engine reports %1 freed.</numerusform>
                <numerusform>Removed %n objects; the engine reports %1 freed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeBrowser</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uploading %n item(s)…</source>
            <translation>
                <numerusform>Uploading %n item…</numerusform>
                <numerusform>Uploading %n items…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeTransfer</name>
        <message numerus="yes">
            <source>%n entry(s) refused for safety: %1</source>
            <translation>
                <numerusform>%n entry refused for safety: %1</numerusform>
                <numerusform>%n entries refused for safety: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Downloaded %n entry(s)</source>
            <translation>
                <numerusform>Downloaded %n entry</numerusform>
                <numerusform>Downloaded %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uploaded %n item(s)</source>
            <translation>
                <numerusform>Uploaded %n item</numerusform>
                <numerusform>Uploaded %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Upload %n item(s)</source>
            <translation>
                <numerusform>Upload %n item</numerusform>
                <numerusform>Upload %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeTreeModel</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::VolumesView</name>
        <message numerus="yes">
            <source>These %n volume(s) are used by no container and will be removed with all their data:

%1</source>
            <translation>
                <numerusform>This %n volume is used by no container and will be removed with all its data:

%1</numerusform>
                <numerusform>These %n volumes are used by no container and will be removed with all their data:

%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n volume(s), %1 freed.</source>
            <translation>
                <numerusform>Removed %n volume, %1 freed.</numerusform>
                <numerusform>Removed %n volumes, %1 freed.</numerusform>
            </translation>
        </message>
    </context>
</TS>
