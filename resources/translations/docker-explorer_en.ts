<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiVersion</name>
    <message>
        <source>The engine needs API %1 or newer, but Docker Explorer speaks at most %2. Update Docker Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine speaks API %1, older than the %2 Docker Explorer needs. Update the engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The %1 command is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Explorer: edit a Dockerfile, build it, and explore images, containers and volumes.

Commands without a window:
  docker-explorer lint [--format text|json] FILE...
  docker-explorer context [-f DOCKERFILE] DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a view to the PNG file FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to show: editor, recipe, build, images, containers, volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language: en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the window, in percent (200 for a projector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Dockerfile or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The palette: light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dockerfile or folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-explorer: unknown view &quot;%1&quot;; use editor, recipe, build, images, containers or volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson panel at start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerfileParser</name>
    <message>
        <source>internal lexing of heredoc produced inconsistent results: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineInfo</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · API %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewFactory</name>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx</name>
    <message>
        <source>Cannot locate Dockerfile: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to open Dockerfile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: docker-explorer context [-f DOCKERFILE] DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one context directory can be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: docker-explorer lint [--format text|json] FILE...
Checks Dockerfiles with BuildKit&apos;s parser rules and lint checks.
FILE may be - for standard input.
Exit status: 0 no errors, 1 errors found, 2 unreadable file or bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-explorer lint: --format needs a value (text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-explorer lint: unknown format &apos;%1&apos; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-explorer lint: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-explorer lint: no Dockerfile given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-explorer lint: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine answered with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ArchiveInput</name>
    <message>
        <source>Unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was aborted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildContext</name>
    <message>
        <source>cannot read .dockerignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to prepare context: cannot read directory &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerignore line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildHistoryModel</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 s · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildOptionsPanel</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder sent to the engine as build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty means Dockerfile in the context folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the editor&apos;s text (the file on disk is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the Dockerfile as it is in the editor, saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:tag, other:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more tags, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build up to this stage; empty builds the last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto uses BuildKit when the engine offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Builder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use cached layers (--no-cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull base images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always try to pull newer base images (--pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;args:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker CLI command that does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the last row to add an entry; clear the name to remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ignored, possibly secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildRunner</name>
    <message>
        <source>Build cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot locate a Dockerfile in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit needs a session on this engine; using the classic builder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildStepModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open line %1 in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildStreamDecoder</name>
    <message>
        <source>(skipped an oversized message)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::BuildView</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot map lines to layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failed line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a context folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a build context folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman builds through the classic endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the context…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v/%m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building… %1 s · context sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 s · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 cached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the image (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the build on the engine (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (BuildKit when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the builder: classic or BuildKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a build to see its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished steps of the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the failed instruction in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No build yet — press Build (Ctrl+B) to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a step to open its Dockerfile line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which layer each line produced in the last successful build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::CommandPanel</name>
    <message>
        <source>Copy the selected commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ConnectDialog</name>
    <message>
        <source>Connect to an Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (DOCKER_HOST, docker context, local sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerActions</name>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start existing containers again (their writable layer is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: SIGTERM, then SIGKILL after the grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze every process (cgroup freezer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let frozen processes go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SIGKILL at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove containers and their anonymous volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove containers (their writable layer is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerChangesModel</name>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerChangesWidget</name>
    <message>
        <source>Read the changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the container changed in its writable layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the container has not written anything outside its volumes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 deleted (compared with the image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sizes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Writable layer: %1&lt;/b&gt; on top of the image&apos;s read-only layers (%2). Every container gets its own thin writable layer over the shared image: it survives stop and start, and is deleted only with the container.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerDetails</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No container selected&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerInspectWidget</name>
    <message>
        <source>Search the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not inspect the container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container to see its full configuration (docker inspect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::ContainerListModel</name>
    <message>
        <source>%1
ID %2
Command: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable layer: %1 (the image underneath: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerLogsWidget</name>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the view (the container&apos;s log stays on the engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the engine&apos;s timestamp of each line (docker logs -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep scrolling to the newest line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the container&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log stream ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container to see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following %n line(s) live</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · the container is not running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older lines dropped (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerRunner</name>
    <message>
        <source>Create the named volume %1 for the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating volume %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start a new container from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the container…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainerStatsWidget</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network received / sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block I/O read / written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes (PIDs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container to see its resource use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running: it uses no CPU or memory. Start it to see live figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live figures of %1, computed like `docker stats`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live resource use of the container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainersToolBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start a NEW container from an image (docker run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the containers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected containers again, with their files (docker start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected containers: SIGTERM, then SIGKILL after 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze every process of the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the frozen processes go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SIGKILL to the selected containers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected containers and their writable layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, image, ID, port (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only containers in this state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ContainersView</name>
    <message>
        <source>Live updates interrupted: the list may be out of date. It is read again when the event stream is back (or press F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No containers yet — press Run to create one&lt;/h2&gt;&lt;p&gt;An &lt;b&gt;image&lt;/b&gt; is like a class: a read-only template. A &lt;b&gt;container&lt;/b&gt; is an instance of it: the image&apos;s layers plus its own thin writable layer, and a process running in it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (&lt;code&gt;docker run&lt;/code&gt;) makes a &lt;i&gt;new&lt;/i&gt; container every time. &lt;b&gt;Start&lt;/b&gt; (&lt;code&gt;docker start&lt;/code&gt;) continues an existing container with the files it already wrote.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the containers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)? %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running containers are stopped first. Their writable layers are deleted; named volumes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their writable layers are deleted; named volumes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove their anonymous volumes (-v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No container matches the filter (%n hidden)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::ContextTarWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::CopyForm</name>
    <message>
        <source>--link (independent layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One source per line, relative to the build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /app/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from an earlier stage or an image instead of the build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 1000:1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 755</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::CurlTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no engine socket at %1. Is Docker (or Podman) running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on %1. Add your user to the &quot;docker&quot; group (sudo usermod -aG docker $USER) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the engine was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Directives</name>
    <message>
        <source>only one %1 parser directive can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape token &apos;%1&apos; does not match ` or \</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::DockerIgnore</name>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal exclusion pattern: &quot;!&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in pattern &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::DockerfileLexer</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parser directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heredoc body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::DockerfileParser</name>
    <message>
        <source>unterminated heredoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file with no instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerfile line greater than max allowed size of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EditorDecorator</name>
    <message>
        <source>no layer · cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EditorView</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Dockerfile or a folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an image from this Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Dockerfile now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comment&lt;/h3&gt;&lt;p&gt;Lines starting with # are comments: the builder ignores them. A comment right above an instruction belongs to it and moves with it in the recipe view.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Help&lt;/h3&gt;&lt;p&gt;Put the cursor on an instruction to see what it does, its forms and an example.&lt;/p&gt;&lt;p&gt;Press Ctrl+Space to complete instructions, flags and stage names.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes before opening another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile* Containerfile* *.dockerfile);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has no Dockerfile. Save a new one there to build it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes before starting a new Dockerfile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Explorer did not close properly last time. Unsaved changes to %1 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parser directive&lt;/h3&gt;&lt;p&gt;A comment of the form &lt;code&gt;#&amp;nbsp;name=value&lt;/code&gt; at the very top of the file tells the builder how to read it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;syntax&lt;/code&gt;: the Dockerfile frontend to use&lt;/li&gt;&lt;li&gt;&lt;code&gt;escape&lt;/code&gt;: the line continuation character (\ or `)&lt;/li&gt;&lt;li&gt;&lt;code&gt;check&lt;/code&gt;: which build checks to skip or turn into errors&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Endpoint</name>
    <message>
        <source> (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unix socket address has no path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot understand the engine address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot understand the ssh address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows named pipes (%1) are not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported engine address %1: use unix://, tcp:// or ssh://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EndpointResolver</name>
    <message>
        <source>context %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_TLS_VERIFY is set but %1/ca.pem does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; was not found (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; has no docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EngineClient</name>
    <message>
        <source>Docker Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EnginePage</name>
    <message>
        <source>Connect to an engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connecting to the engine…&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;This engine cannot be used&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No Docker engine answers&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Docker (for example &lt;code&gt;sudo dockerd &amp;amp;&lt;/code&gt; or &lt;code&gt;sudo service docker start&lt;/code&gt;), or Podman&apos;s API service (&lt;code&gt;podman system service&lt;/code&gt;), or choose another engine. Docker Explorer notices by itself when the engine comes back. The Dockerfile editor keeps working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EngineStatusWidget</name>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine API %1, client uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic builder only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ExecForm</name>
    <message>
        <source>Exec form (JSON list): no shell, signals reach the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::FileIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB large. The editor opens Dockerfiles of up to 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB. The editor opens Dockerfiles of up to 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a binary file (it contains NUL bytes), not a Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it does not look like a Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::FileViewer</name>
    <message>
        <source>Double-click a file to see its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary data (hex dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::FromForm</name>
    <message>
        <source>e.g. python or ghcr.io/org/app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. linux/amd64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ImageHistoryModel</name>
    <message>
        <source>no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open line %1 of the Dockerfile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(metadata only: this step added no files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (created by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ImageListModel</name>
    <message>
        <source>&lt;none&gt; (dangling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more tag(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A dangling image has no name any more: a newer build took its tag. Prune removes it unless a container still uses it.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ImagesView</name>
    <message>
        <source>No images yet — build a Dockerfile or pull one. An image is a stack of read-only layers, one per Dockerfile instruction that changes files; containers run on top of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected image (Del); you are asked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image another name (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a container from the image (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Dangling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images that lost their name to a newer build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the images again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers of %1 — oldest first; grey steps only changed settings, not files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the layers of an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is used by %2. The engine refuses to remove it until those containers are removed. Try anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (repository:tag) for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an image another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a container from the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dangling images: every image has a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Dangling Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n dangling image(s) (those still used by a container stay)?

%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove dangling images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned; %1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::InstructionHelp</name>
    <message>
        <source>Start a build stage from a base image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Dockerfile starts with FROM. The image it names is the first layers of yours. Name a stage with AS to copy files out of it later (multi-stage builds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command while building and keep its file changes as a new layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell form runs the command with /bin/sh -c. Chain related commands with &amp;&amp; so they share one layer. --mount gives the command caches, secrets or files from other stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default command a container of the image runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last CMD counts. Arguments given to docker run replace it. With an ENTRYPOINT, CMD gives that entrypoint its default arguments. Prefer the exec (JSON) form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metadata (key=value pairs) to the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels cost no layer. docker inspect shows them; tools use them for the author, the source repository or the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: the author of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LABEL org.opencontainers.image.authors=... instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document the ports the application listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPOSE publishes nothing by itself: use docker run -p to map a port to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set environment variables for the following instructions and the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values stay in the image and in every container of it. Do not put secrets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy files, URLs or archives into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like COPY, but also downloads URLs and unpacks local tar archives. Use COPY unless you need one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy files from the build context or another stage into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources are relative to the build context (minus what .dockerignore excludes). --from copies out of an earlier stage or an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executable a container always runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of docker run and CMD are appended to it. Use the exec (JSON) form so signals reach your program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a folder as a volume: its data lives outside the container&apos;s writable layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made to that folder by later build steps are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user (and group) the following instructions and the container run as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a user without root rights whenever the application allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the working folder for the following instructions and the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is created if it does not exist. Use absolute paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a build argument (docker build --build-arg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build arguments exist only while building. An ARG before FROM can be used in FROM lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instruction that runs later, when another image builds FROM this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful for base images of a team; surprising for everybody else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal docker stop sends to end the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default is SIGTERM; after a timeout, SIGKILL follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that tells whether the container still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s status shows healthy or unhealthy. NONE switches off a check inherited from the base image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell that runs the shell form of RUN, CMD and ENTRYPOINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in JSON form. Mostly used for PowerShell on Windows or bash options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::JsonLinesSplitter</name>
    <message>
        <source>A JSON message is longer than %1 MiB; the stream was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended inside a JSON message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object at offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::KeyValueForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::LessonPanel</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of the lesson; a check mark means its result is visible in Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this step in Docker Explorer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into a terminal to do the same by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson, step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image %1 yet: build it in step 2, then it is selected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container of %1 yet: run one in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volume %1 yet: create it in step 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project was not found. Point DX_EXAMPLES_DIR at the examples folder of Docker Explorer and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Containers view is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::LessonSteps</name>
    <message>
        <source>The Dockerfile is a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is built from a Dockerfile, just as a dish is cooked from a recipe. Each line is one instruction: start from a base image, copy files in, say which program to run. The demo project holds a small Python script that appends a line to a text file, and the Dockerfile that packs it into an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo Dockerfile is open in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project to read its recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker build follows the recipe line by line and stores the result as an image named %1. With --progress=plain, every step is printed with its hash instead of the compact live display. Building needs the base image python:3.12-slim: it is pulled from a registry, or used as it is when it is already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Build View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo project with the tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is made of read-only layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is the template for containers. It consists of read-only layers: each instruction that changes files adds one. The image&apos;s history lists them, together with the instruction that made each layer and its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Layers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 and its layers can be explored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 first (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image = class, container = instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the image is a class, a container is an instance of it. Creating a container puts a thin writable layer on top of the image&apos;s layers and gives it a name, an ID, network ports and resource limits. The image itself stays unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container made from %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again: a new container every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run does not restart the container from before: every call creates a brand-new container with its own name, ID and writable layer. Run the image a second time, and the Containers view lists two containers made from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Another Container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more containers made from %1 exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start keep the writable layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stopped container keeps its writable layer. docker start runs the same container again, and the files it changed are still there. Select a container and open its Changes tab to see which files it added or modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container of %1 was stopped and started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a container of %1, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume keeps data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume is storage that Docker manages outside of any container. Its files stay when containers are removed, it does not make containers bigger, and it is easy to back up. A container of a newer version of the application can use the same data right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the volume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a volume between containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the volume at %1 and run the image twice. Both containers append their line to the same file, lines.txt, because they share the volume. Removing the containers leaves the file in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more containers have used %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 twice with the volume mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the files of the volume and read lines.txt: there is one line from every container that ran with it. The file outlives the containers that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of %1 were opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 (step 7), then open its files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::LogDemuxer</name>
    <message>
        <source>Invalid log frame header at offset %1 (%2); showing the rest as raw output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::MainWindow</name>
    <message>
        <source>View Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Docker Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Docker Explorer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Docker Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Docker Explorer %1&lt;/h3&gt;&lt;p&gt;Edit a Dockerfile, build it and see what it produces: images and their layers, containers and their writable layer, volumes and their files.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lesson: Docker step by step, with a button for each step (F1 or Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::PlaceholderView</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;This view is not part of this build yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ProtoReader</name>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated varint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varint longer than 10 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid field number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated fixed64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated fixed32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length beyond the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported wire type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::RawForm</name>
    <message>
        <source>Instruction text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::RecipeModel</name>
    <message numerus="yes">
        <source>%n here-document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::RecipeView</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No instructions yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Add&lt;/b&gt; and start with FROM: the image your image builds on.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card into the Dockerfile (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes in this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an instruction after the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the instruction up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the instruction down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (also the editor&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an image from this Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to edit it, drag cards (or press Alt+Up/Down) to change the order, and press Add for a new instruction. Every change is also in the Dockerfile editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::RunDialog</name>
    <message>
        <source>Remove the container when it exits (--rm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow its output (open its logs after start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a New Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Run creates a &lt;b&gt;new&lt;/b&gt; container from the image, with its own fresh writable layer. To continue an existing container with its files, select it and press &lt;b&gt;Start&lt;/b&gt; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nginx:alpine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the engine picks a name like &quot;eager_turing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; overrides the image&apos;s CMD, e.g. sh -c &apos;echo hi&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the image&apos;s WORKDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max. retries: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume or host folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variable (-e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a port (-p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a volume or a host folder (-v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same with the docker CLI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every address of the host; 127.0.0.1: only this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a free port chosen by the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named volume is created (with a label) when it does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The image is not on this engine: pull it first (Images view), or build it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::RunForm</name>
    <message>
        <source>optional, e.g. --mount=type=cache,target=/root/.cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell command; each new line becomes a continued line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::RunSpec</name>
    <message>
        <source>Choose the image to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may contain letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Remove when it exits&quot; and a restart policy exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mount needs a source and an absolute path inside the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host folder must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable names must not be empty or contain &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::SafeExtractor</name>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path contains &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link points outside the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path goes through a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device, pipe or socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the destination folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::SecretDetector</name>
    <message>
        <source>%1/ is sent to the engine and may contain credentials; add it to .dockerignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sent to the engine and looks like a secret; add it to .dockerignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::SshTunnel</name>
    <message>
        <source>Cannot create a temporary folder for the ssh connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::TarBuilder</name>
    <message>
        <source>Writing the archive failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::TarWriterAccess</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the header of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ValueForm</name>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User[:group]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8080 443/tcp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeBrowser</name>
    <message>
        <source>Double-click a file to view it; drop files or folders here to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These already exist and would be overwritten:
%1

Overwrite them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of volumes (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the volume&apos;s files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected file or folder to this computer (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy files from this computer into the selected folder (Ctrl+U); you can also drop them on the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a folder from this computer into the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from the volume to this computer (through the helper container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into the volume (through the helper container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;/&quot; or be &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder (sent as a tar with one folder to the helper container)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeCreateDialog</name>
    <message>
        <source>Create Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume is storage managed by Docker. Containers mount it at a path; its files stay when the containers are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: Docker picks a random name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;; it must start with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;local&quot; keeps the files on the engine&apos;s disk; plugins store them elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one key=value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume name: use at least two of letters, digits, &quot;_&quot;, &quot;.&quot;, &quot;-&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeFileReader</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link and is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeHelper</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the tiny helper image used to read volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper container (never started) that gives access to the volume&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the volume helper container (the volume stays)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeListModel</name>
    <message>
        <source>Create a volume: storage that outlives containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is used by %2. Remove those containers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a volume and all data in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volumes no container uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine does not report a size for this volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size is being computed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Labels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) refused for safety: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded; skipped (not regular files): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeTreeLoader</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumeTreeModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::VolumesView</name>
    <message>
        <source>No volumes yet — press Create Volume to make one. A volume keeps files that outlive containers: mount it into several containers and they share its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a volume (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, view, download and upload the volume&apos;s files (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the volume and its data (Del); refused while containers use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volumes no container uses (you see the list first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the volumes again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 cannot be removed: it is used by %2. Remove those containers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volume %1? All data in it is deleted and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed volume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to prune: every volume is used by a container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n volume(s) are used by no container and will be removed with all their data:

%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n volume(s), %1 freed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::Walker</name>
    <message>
        <source>can&apos;t stat &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error matching %1: syntax error in pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to read from &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket and cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::detail</name>
    <message>
        <source>%1 must have two arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error - can&apos;t find = in &quot;%1&quot;. Must be of the form: name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when using JSON array syntax, arrays must be comprised of strings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONBUILD is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
