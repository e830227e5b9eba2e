<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ApiVersion</name>
        <message>
            <source>The engine needs API %1 or newer, but Docker Explorer speaks at most %2. Update Docker Explorer.</source>
            <translation>Die Engine benötigt API %1 oder neuer, Docker Explorer unterstützt höchstens %2. Docker Explorer aktualisieren.</translation>
        </message>
        <message>
            <source>The engine speaks API %1, older than the %2 Docker Explorer needs. Update the engine.</source>
            <translation>Die Engine spricht API %1, älter als die von Docker Explorer benötigte %2. Engine aktualisieren.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Render a view to the PNG file FILE and exit.</source>
            <translation>Eine Ansicht in die PNG-Datei FILE rendern und beenden.</translation>
        </message>
        <message>
            <source>The language: en or de.</source>
            <translation>Die Sprache: en oder de.</translation>
        </message>
        <message>
            <source>Scale the window, in percent (200 for a projector).</source>
            <translation>Fenster skalieren, in Prozent (200 für einen Beamer).</translation>
        </message>
        <message>
            <source>Open a Dockerfile or a folder.</source>
            <translation>Dockerfile oder Ordner öffnen.</translation>
        </message>
        <message>
            <source>A Dockerfile or folder to open.</source>
            <translation>Zu öffnendes Dockerfile oder Ordner.</translation>
        </message>
        <message>
            <source>Open the lesson panel at start.</source>
            <translation>Beim Start die Lektion öffnen.</translation>
        </message>
        <message>
            <source>docker-explorer: started Podman %1 (pid %2) on %3; it ends when Docker Explorer quits</source>
            <translation>docker-explorer: Podman %1 gestartet (PID %2) auf %3; es endet, wenn Docker Explorer beendet wird</translation>
        </message>
        <message>
            <source>docker-explorer: using Podman %1 on %2, started by another Docker Explorer</source>
            <translation>docker-explorer: nutze Podman %1 auf %2, gestartet von einem anderen Docker Explorer</translation>
        </message>
        <message>
            <source>The screen's size in device pixels, e.g. 1024x768 for a projector: a screenshot is rendered at that size (with --zoom, the window holds fewer logical pixels), a window opens at it.</source>
            <translation>Die Größe des Bildschirms in Gerätepixeln, z. B. 1024x768 für einen Beamer: ein Screenshot wird in dieser Größe erstellt (mit --zoom fasst das Fenster weniger logische Pixel), ein Fenster öffnet sich in ihr.</translation>
        </message>
        <message>
            <source>The palette: light, dark, contrast-light, contrast-dark or system.</source>
            <translation>Das Farbschema: light, dark, contrast-light, contrast-dark oder system.</translation>
        </message>
        <message>
            <source>Docker Explorer: edit a Dockerfile, build it, and explore images, containers and volumes.

Commands without a window:
  docker-explorer lint [--format text|json] FILE...
  docker-explorer context [-f DOCKERFILE] DIR
  docker-explorer volume download NAME[:PATH] DIR
  docker-explorer volume export NAME FILE
  docker-explorer volume import FILE NAME [--force]
  docker-explorer volume --help
  docker-explorer layers IMAGE [--format text|json]</source>
            <translation>Docker Explorer: Dockerfile bearbeiten, bauen und Images, Container und Volumes erkunden.

Befehle ohne Fenster:
  docker-explorer lint [--format text|json] DATEI...
  docker-explorer context [-f DOCKERFILE] ORDNER
  docker-explorer volume download NAME[:PFAD] ORDNER
  docker-explorer volume export NAME DATEI
  docker-explorer volume import DATEI NAME [--force]
  docker-explorer volume --help
  docker-explorer layers IMAGE [--format text|json]</translation>
        </message>
        <message>
            <source>Print the milliseconds from the process's start to the first painted window and to a filled container list, and the memory then, and quit (for benchmarks).</source>
            <translation>Die Millisekunden vom Start des Prozesses bis zum ersten gezeichneten Fenster und bis zur gefüllten Containerliste sowie den Speicher dann ausgeben und beenden (für Benchmarks).</translation>
        </message>
        <message>
            <source>With --screenshot: what to show. rundialog (rundialog:resources, rundialog:advanced: that tab in front), logs, stats, changes, files[:PATH], inspect, browse:VOLUME, file:VOLUME:PATH, select:VOLUME, export:VOLUME, lesson-step-N (lesson-step-N-end: scrolled to its end), layers:IMAGE[#N], terminal:CONTAINER:COMMAND (the Terminal tab of a running container, COMMAND typed into its shell), build-options or build-history (that tab in front when the build view is narrow) or pull:FILE[#N] (the Pull dialog showing the first N lines of a recorded docker pull stream).</source>
            <translation>Mit --screenshot: was gezeigt wird. rundialog (rundialog:resources, rundialog:advanced: dieser Reiter vorne), logs, stats, changes, files[:PFAD], inspect, browse:VOLUME, file:VOLUME:PFAD, select:VOLUME, export:VOLUME, lesson-step-N (lesson-step-N-end: bis zu seinem Ende gescrollt), layers:IMAGE[#N], terminal:CONTAINER:BEFEHL (der Terminal-Reiter eines laufenden Containers, BEFEHL in seine Shell getippt), build-options oder build-history (dieser Reiter vorne, wenn die Build-Ansicht schmal ist) oder pull:DATEI[#N] (der Pull-Dialog mit den ersten N Zeilen eines aufgezeichneten docker-pull-Datenstroms).</translation>
        </message>
        <message>
            <source>The view to show: editor, recipe, build, images, containers, volumes, diagram, system, run-dialog (the containers with the run dialog open) or lesson (the editor with the lesson beside it).</source>
            <translation>Die anzuzeigende Ansicht: editor, recipe, build, images, containers, volumes, diagram, system, run-dialog (die Container mit geöffnetem Ausführen-Dialog) oder lesson (der Editor mit der Lektion daneben).</translation>
        </message>
        <message>
            <source>docker-explorer: unknown view "%1"; use editor, recipe, build, images, containers, volumes, diagram, system, run-dialog or lesson</source>
            <translation>docker-explorer: unbekannte Ansicht „%1“; verwenden Sie editor, recipe, build, images, containers, volumes, diagram, system, run-dialog oder lesson</translation>
        </message>
    </context>
    <context>
        <name>DiagramLayout</name>
        <message>
            <source>&lt;none&gt; (dangling)</source>
            <translation>&lt;keiner&gt; (verwaist)</translation>
        </message>
        <message>
            <source>ID %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <source>Size %1</source>
            <translation>Größe %1</translation>
        </message>
        <message numerus="yes">
            <source>%n container(s)</source>
            <translation>
                <numerusform>%n Container</numerusform>
                <numerusform>%n Container</numerusform>
            </translation>
        </message>
        <message>
            <source>Image %1 (a class: containers are made from it)
%2
Double-click to show it in the Images view.</source>
            <translation>Image %1 (eine Klasse: aus ihm werden Container erzeugt)
%2
Doppelklick zeigt es in der Ansicht Images.</translation>
        </message>
        <message>
            <source>not listed (removed?)</source>
            <translation>nicht aufgeführt (entfernt?)</translation>
        </message>
        <message>
            <source>The image %1 is not in the list of images.</source>
            <translation>Das Image %1 steht nicht in der Liste der Images.</translation>
        </message>
        <message>
            <source>writable layer %1</source>
            <translation>beschreibbarer Layer %1</translation>
        </message>
        <message>
            <source>writable layer …</source>
            <translation>beschreibbarer Layer …</translation>
        </message>
        <message>
            <source>Container %1 (an instance of %2), %3
Double-click to show it in the Containers view.</source>
            <translation>Container %1 (eine Instanz von %2), %3
Doppelklick zeigt ihn in der Ansicht Container.</translation>
        </message>
        <message>
            <source>Volume %1
Double-click to show it in the Volumes view.</source>
            <translation>Volume %1
Doppelklick zeigt es in der Ansicht Volumes.</translation>
        </message>
    </context>
    <context>
        <name>DiagramPainter</name>
        <message>
            <source>The image could not be encoded.</source>
            <translation>Das Bild konnte nicht kodiert werden.</translation>
        </message>
        <message>
            <source>Images and their containers</source>
            <translation>Images und ihre Container</translation>
        </message>
        <message>
            <source>Docker Explorer: each image drawn as a class, its containers as instances of it, and the volumes they mount.</source>
            <translation>Docker Explorer: jedes Image als Klasse gezeichnet, seine Container als Instanzen davon und die Volumes, die sie einhängen.</translation>
        </message>
        <message>
            <source>The SVG could not be started.</source>
            <translation>Die SVG-Datei konnte nicht begonnen werden.</translation>
        </message>
    </context>
    <context>
        <name>DockerfileParser</name>
        <message>
            <source>internal lexing of heredoc produced inconsistent results: %1</source>
            <translation>internes Lexing des Heredocs lieferte widersprüchliche Ergebnisse: %1</translation>
        </message>
        <message>
            <source>only one %1 parser directive can be used</source>
            <translation>nur eine %1-Parser-Direktive ist erlaubt</translation>
        </message>
        <message>
            <source>invalid escape token '%1' does not match ` or \</source>
            <translation>ungültiges Escape-Zeichen '%1' ist weder ` noch \</translation>
        </message>
        <message>
            <source>unterminated heredoc</source>
            <translation>nicht abgeschlossenes Heredoc</translation>
        </message>
        <message>
            <source>file with no instructions</source>
            <translation>Datei ohne Anweisungen</translation>
        </message>
        <message>
            <source>dockerfile line greater than max allowed size of %1</source>
            <translation>Dockerfile-Zeile größer als die maximal erlaubte Größe von %1</translation>
        </message>
        <message>
            <source>%1 must have two arguments</source>
            <translation>%1 muss zwei Argumente haben</translation>
        </message>
        <message>
            <source>Syntax error - can't find = in "%1". Must be of the form: name=value</source>
            <translation>Syntaxfehler – kein = in "%1" gefunden. Erwartete Form: name=value</translation>
        </message>
        <message>
            <source>when using JSON array syntax, arrays must be comprised of strings only</source>
            <translation>bei JSON-Array-Syntax dürfen Arrays nur Strings enthalten</translation>
        </message>
        <message>
            <source>ONBUILD is nested too deeply</source>
            <translation>ONBUILD ist zu tief verschachtelt</translation>
        </message>
    </context>
    <context>
        <name>Endpoint</name>
        <message>
            <source> (TLS)</source>
            <translation> (TLS)</translation>
        </message>
        <message>
            <source>The unix socket address has no path: %1</source>
            <translation>Die Unix-Socket-Adresse hat keinen Pfad: %1</translation>
        </message>
        <message>
            <source>Cannot understand the engine address %1</source>
            <translation>Die Engine-Adresse %1 kann nicht interpretiert werden</translation>
        </message>
        <message>
            <source>Cannot understand the ssh address %1</source>
            <translation>Die SSH-Adresse %1 kann nicht interpretiert werden</translation>
        </message>
        <message>
            <source>Windows named pipes (%1) are not available on this system</source>
            <translation>Windows Named Pipes (%1) sind auf diesem System nicht verfügbar</translation>
        </message>
        <message>
            <source>Unsupported engine address %1: use unix://, tcp:// or ssh://</source>
            <translation>Nicht unterstützte Engine-Adresse %1: unix://, tcp:// oder ssh:// verwenden</translation>
        </message>
        <message>
            <source>context %1 (%2)</source>
            <translation>Kontext %1 (%2)</translation>
        </message>
        <message>
            <source>DOCKER_TLS_VERIFY is set but %1/ca.pem does not exist</source>
            <translation>DOCKER_TLS_VERIFY ist gesetzt, aber %1/ca.pem existiert nicht</translation>
        </message>
        <message>
            <source>Docker context "%1" was not found (%2): %3</source>
            <translation>Docker-Kontext „%1“ wurde nicht gefunden (%2): %3</translation>
        </message>
        <message>
            <source>Docker context "%1" has no docker endpoint</source>
            <translation>Docker-Kontext „%1“ hat keinen docker-Endpunkt</translation>
        </message>
        <message>
            <source>chosen by hand</source>
            <translation>manuell gewählt</translation>
        </message>
        <message>
            <source>Podman socket</source>
            <translation>Podman-Socket</translation>
        </message>
        <message>
            <source>default socket</source>
            <translation>Standard-Socket</translation>
        </message>
        <message>
            <source> (TLS, unverified)</source>
            <translation> (TLS, nicht geprüft)</translation>
        </message>
        <message>
            <source>Unencrypted connection to %1: anyone on the network can control this engine</source>
            <translation>Unverschlüsselte Verbindung zu %1: Jeder im Netzwerk kann diese Engine steuern</translation>
        </message>
        <message>
            <source>started by Docker Explorer</source>
            <translation>von Docker Explorer gestartet</translation>
        </message>
    </context>
    <context>
        <name>EngineClient</name>
        <message>
            <source>The engine answered with HTTP status %1</source>
            <translation>Die Engine antwortete mit HTTP-Status %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>The transfer with the engine at %1 stalled: nothing moved for %2 seconds.</source>
            <translation>Die Übertragung mit der Engine unter %1 ist stehen geblieben: %2 Sekunden lang kam nichts an.</translation>
        </message>
        <message>
            <source>There is no engine socket at %1. Is Docker (or Podman) running?</source>
            <translation>Unter %1 gibt es keinen Engine-Socket. Läuft Docker (oder Podman)?</translation>
        </message>
        <message>
            <source>Permission denied on %1. Add your user to the "docker" group (sudo usermod -aG docker $USER) and log in again.</source>
            <translation>Zugriff auf %1 verweigert. Den eigenen Benutzer zur Gruppe „docker“ hinzufügen (sudo usermod -aG docker $USER) und neu anmelden.</translation>
        </message>
        <message>
            <source>The engine at %1 refused the connection: %2</source>
            <translation>Die Engine unter %1 hat die Verbindung abgelehnt: %2</translation>
        </message>
        <message>
            <source>The engine at %1 did not answer in time.</source>
            <translation>Die Engine unter %1 hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>The connection to the engine was lost: %1</source>
            <translation>Die Verbindung zur Engine wurde unterbrochen: %1</translation>
        </message>
        <message>
            <source>TLS with %1 failed: %2</source>
            <translation>TLS mit %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Sending the request failed: %1</source>
            <translation>Senden der Anfrage fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Talking to the engine failed: %1</source>
            <translation>Kommunikation mit der Engine fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>EngineEvent</name>
        <message>
            <source>%1 is not a string</source>
            <translation>%1 ist kein Text</translation>
        </message>
        <message>
            <source>%1 is not a non-negative integer</source>
            <translation>%1 ist keine nicht-negative ganze Zahl</translation>
        </message>
        <message>
            <source>the event has no Type</source>
            <translation>dem Ereignis fehlt Type</translation>
        </message>
        <message>
            <source>the event has no Action</source>
            <translation>dem Ereignis fehlt Action</translation>
        </message>
        <message>
            <source>Actor is not an object</source>
            <translation>Actor ist kein Objekt</translation>
        </message>
        <message>
            <source>Actor.Attributes is not an object</source>
            <translation>Actor.Attributes ist kein Objekt</translation>
        </message>
        <message>
            <source>Actor.Attributes.%1 is not a string</source>
            <translation>Actor.Attributes.%1 ist kein Text</translation>
        </message>
        <message>
            <source>the event has no time</source>
            <translation>dem Ereignis fehlt die Zeit</translation>
        </message>
        <message>
            <source>time is out of range</source>
            <translation>die Zeit liegt außerhalb des gültigen Bereichs</translation>
        </message>
        <message>
            <source>not JSON at offset %1: %2</source>
            <translation>kein JSON an Position %1: %2</translation>
        </message>
        <message>
            <source>the event is not a JSON object</source>
            <translation>das Ereignis ist kein JSON-Objekt</translation>
        </message>
    </context>
    <context>
        <name>EngineInfo</name>
        <message>
            <source>Connecting…</source>
            <translation>Verbindungsaufbau…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Incompatible engine</source>
            <translation>Inkompatible Engine</translation>
        </message>
        <message>
            <source>%1 %2 · API %3 · %4</source>
            <translation>%1 %2 · API %3 · %4</translation>
        </message>
        <message>
            <source>%1 %2 (started by Docker Explorer) · API %3 · %4</source>
            <translation>%1 %2 (von Docker Explorer gestartet) · API %3 · %4</translation>
        </message>
        <message>
            <source>Docker Engine</source>
            <translation>Docker Engine</translation>
        </message>
    </context>
    <context>
        <name>EngineProbe</name>
        <message>
            <source>Podman (rootless)</source>
            <translation>Podman (ohne root)</translation>
        </message>
        <message>
            <source>Podman (rootful)</source>
            <translation>Podman (als root)</translation>
        </message>
        <message>
            <source>Docker (rootless)</source>
            <translation>Docker (ohne root)</translation>
        </message>
        <message>
            <source>Docker (default socket)</source>
            <translation>Docker (Standard-Socket)</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>ssh connections are opened only when chosen</source>
            <translation>ssh-Verbindungen werden erst geöffnet, wenn sie gewählt werden</translation>
        </message>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 existiert nicht</translation>
        </message>
        <message>
            <source>Cannot set up a connection</source>
            <translation>Verbindung kann nicht eingerichtet werden</translation>
        </message>
        <message>
            <source>/_ping answered HTTP %1</source>
            <translation>/_ping antwortete mit HTTP %1</translation>
        </message>
        <message>
            <source>Docker context %1</source>
            <translation>Docker-Kontext %1</translation>
        </message>
        <message>
            <source>Podman started by Docker Explorer</source>
            <translation>Podman, von Docker Explorer gestartet</translation>
        </message>
    </context>
    <context>
        <name>LintCommand</name>
        <message>
            <source>Usage: docker-explorer lint [--format text|json] FILE...
Checks Dockerfiles with BuildKit's parser rules and lint checks.
FILE may be - for standard input.
Exit status: 0 no errors, 1 errors found, 2 unreadable file or bad usage.
</source>
            <translation>Aufruf: docker-explorer lint [--format text|json] FILE...
Prüft Dockerfiles mit den Parser-Regeln und Lint-Checks von BuildKit.
FILE darf - für die Standardeingabe sein.
Exit-Status: 0 keine Fehler, 1 Fehler gefunden, 2 unlesbare Datei oder falscher Aufruf.
</translation>
        </message>
        <message>
            <source>docker-explorer lint: --format needs a value (text or json)</source>
            <translation>docker-explorer lint: --format benötigt einen Wert (text oder json)</translation>
        </message>
        <message>
            <source>docker-explorer lint: unknown format '%1' (use text or json)</source>
            <translation>docker-explorer lint: unbekanntes Format '%1' (text oder json verwenden)</translation>
        </message>
        <message>
            <source>docker-explorer lint: unknown option '%1'</source>
            <translation>docker-explorer lint: unbekannte Option '%1'</translation>
        </message>
        <message>
            <source>docker-explorer lint: no Dockerfile given</source>
            <translation>docker-explorer lint: kein Dockerfile angegeben</translation>
        </message>
        <message>
            <source>docker-explorer lint: cannot read %1: %2</source>
            <translation>docker-explorer lint: %1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>Cannot write the screenshot to %1</source>
            <translation>Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>ViewFactory</name>
        <message>
            <source>Dockerfile</source>
            <translation>Dockerfile</translation>
        </message>
        <message>
            <source>Recipe</source>
            <translation>Rezept</translation>
        </message>
        <message>
            <source>Build</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>Volumes</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagramm</translation>
        </message>
    </context>
    <context>
        <name>dx</name>
        <message>
            <source>%1 at offset %2</source>
            <translation>%1 an Position %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>kein JSON-Objekt</translation>
        </message>
    </context>
    <context>
        <name>dx::ArchiveInput</name>
        <message>
            <source>Unknown archive error</source>
            <translation>Unbekannter Archivfehler</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>The transfer was aborted</source>
            <translation>Die Übertragung wurde abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildApi</name>
        <message>
            <source>Remove the build cache</source>
            <translation>Build-Cache entfernen</translation>
        </message>
        <message>
            <source>Build an image</source>
            <translation>Image bauen</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildContext</name>
        <message>
            <source>unable to prepare context: cannot read directory "%1"</source>
            <translation>Kontext kann nicht vorbereitet werden: Verzeichnis „%1“ nicht lesbar</translation>
        </message>
        <message>
            <source>.dockerignore line %1: %2</source>
            <translation>.dockerignore Zeile %1: %2</translation>
        </message>
        <message>
            <source>.dockerignore: %1</source>
            <translation>.dockerignore: %1</translation>
        </message>
        <message>
            <source>can't stat '%1'</source>
            <translation>stat für '%1' nicht möglich</translation>
        </message>
        <message>
            <source>error matching %1: syntax error in pattern</source>
            <translation>Fehler beim Abgleich von %1: Syntaxfehler im Muster</translation>
        </message>
        <message>
            <source>no permission to read from '%1'</source>
            <translation>keine Leseberechtigung für '%1'</translation>
        </message>
        <message>
            <source>%1 is a socket and cannot be sent</source>
            <translation>%1 ist ein Socket und kann nicht gesendet werden</translation>
        </message>
        <message>
            <source>Cannot locate Dockerfile: "%1"</source>
            <translation>Dockerfile nicht gefunden: „%1“</translation>
        </message>
        <message>
            <source>unable to open Dockerfile: %1</source>
            <translation>Dockerfile kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>cannot read .dockerignore: %1</source>
            <translation>.dockerignore kann nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildHistoryModel</name>
        <message>
            <source>succeeded</source>
            <translation>erfolgreich</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>(untagged)</source>
            <translation>(ohne Tag)</translation>
        </message>
        <message>
            <source>%1
%2 · %3 s · %4</source>
            <translation>%1
%2 · %3 s · %4</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildLogModel</name>
        <message numerus="yes">
            <source> … (%n more characters not shown)</source>
            <translation>
                <numerusform> … (%n weiteres Zeichen nicht angezeigt)</numerusform>
                <numerusform> … (%n weitere Zeichen nicht angezeigt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n earlier line(s) dropped: the log keeps the last %1 lines</source>
            <extracomment>%n: lines dropped from the start of a long build log; %1: how many lines it keeps</extracomment>
            <translation>
                <numerusform>… %n frühere Zeile verworfen: das Protokoll behält die letzten %1 Zeilen</numerusform>
                <numerusform>… %n frühere Zeilen verworfen: das Protokoll behält die letzten %1 Zeilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::BuildOptionsPanel</name>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>&amp;Context:</source>
            <translation>&amp;Kontext:</translation>
        </message>
        <message>
            <source>The folder sent to the engine as build context</source>
            <translation>Der Ordner, der als Build-Kontext an die Engine gesendet wird</translation>
        </message>
        <message>
            <source>&amp;Dockerfile:</source>
            <translation>&amp;Dockerfile:</translation>
        </message>
        <message>
            <source>Empty means Dockerfile in the context folder</source>
            <translation>Leer bedeutet: Dockerfile im Kontextordner</translation>
        </message>
        <message>
            <source>Build the editor's text</source>
            <translation>Text aus dem Editor bauen</translation>
        </message>
        <message>
            <source>Sends the Dockerfile as it is in the editor, saved or not; the file on disk is not touched</source>
            <translation>Sendet das Dockerfile so, wie es im Editor steht, gespeichert oder nicht; die Datei auf der Festplatte bleibt unverändert</translation>
        </message>
        <message>
            <source>name:tag, other:tag</source>
            <translation>name:tag, andere:tag</translation>
        </message>
        <message>
            <source>One or more tags, separated by commas or spaces</source>
            <translation>Ein oder mehrere Tags, getrennt durch Kommas oder Leerzeichen</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>&amp;Tags:</translation>
        </message>
        <message>
            <source>Build up to this stage; empty builds the last stage</source>
            <translation>Bis zu dieser Stage bauen; leer baut die letzte Stage</translation>
        </message>
        <message>
            <source>Target &amp;stage:</source>
            <translation>Ziel-&amp;Stage:</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Classic</source>
            <translation>Klassisch</translation>
        </message>
        <message>
            <source>BuildKit</source>
            <translation>BuildKit</translation>
        </message>
        <message>
            <source>Auto uses BuildKit when the engine offers it</source>
            <translation>Automatisch verwendet BuildKit, wenn die Engine es anbietet</translation>
        </message>
        <message>
            <source>&amp;Builder:</source>
            <translation>B&amp;uilder:</translation>
        </message>
        <message>
            <source>&amp;No cache</source>
            <translation>&amp;Ohne Cache</translation>
        </message>
        <message>
            <source>Do not use cached layers (--no-cache)</source>
            <translation>Keine Layer aus dem Cache verwenden (--no-cache)</translation>
        </message>
        <message>
            <source>&amp;Pull base images</source>
            <translation>Basis-Images &amp;pullen</translation>
        </message>
        <message>
            <source>Always try to pull newer base images (--pull)</source>
            <translation>Immer versuchen, neuere Basis-Images zu laden (--pull)</translation>
        </message>
        <message>
            <source>Build argument</source>
            <translation>Build-Argument</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Build &amp;args:</source>
            <translation>Build-Ar&amp;gumente:</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>&amp;Labels:</source>
            <translation>&amp;Labels:</translation>
        </message>
        <message>
            <source>Command:</source>
            <translation>Befehl:</translation>
        </message>
        <message>
            <source>Context not scanned yet</source>
            <translation>Kontext noch nicht durchsucht</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Sendet:</translation>
        </message>
        <message>
            <source>Type in the last row to add an entry; clear the name to remove one</source>
            <translation>In die letzte Zeile tippen, um einen Eintrag hinzuzufügen; Namen leeren, um ihn zu entfernen</translation>
        </message>
        <message>
            <source>Not ignored, possibly secret:</source>
            <translation>Nicht ignoriert, möglicherweise geheim:</translation>
        </message>
        <message>
            <source>Build context</source>
            <translation>Build-Kontext</translation>
        </message>
        <message>
            <source>Dockerfile</source>
            <translation>Dockerfile</translation>
        </message>
        <message>
            <source>The docker CLI command that makes the same image; unsaved editor text is given to it on stdin</source>
            <translation>Der docker-Befehl, der dasselbe Image baut; ungespeicherter Editortext wird ihm über stdin übergeben</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildRunner</name>
        <message>
            <source>Build cancelled</source>
            <translation>Build abgebrochen</translation>
        </message>
        <message>
            <source>Cannot locate a Dockerfile in %1</source>
            <translation>Kein Dockerfile in %1 gefunden</translation>
        </message>
        <message>
            <source>No engine</source>
            <translation>Keine Engine</translation>
        </message>
        <message>
            <source>BuildKit needs a session on this engine; using the classic builder</source>
            <translation>BuildKit benötigt auf dieser Engine eine Sitzung; der klassische Builder wird verwendet</translation>
        </message>
        <message>
            <source>Build an image</source>
            <translation>Image bauen</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildStepModel</name>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>cached</source>
            <translation>aus Cache</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>Step %1/%2</source>
            <translation>Schritt %1/%2</translation>
        </message>
        <message>
            <source>Double-click to open line %1 in the editor</source>
            <translation>Doppelklicken, um Zeile %1 im Editor zu öffnen</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Anweisung</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildStreamDecoder</name>
        <message>
            <source>(skipped an oversized message)</source>
            <translation>(übergroße Nachricht übersprungen)</translation>
        </message>
    </context>
    <context>
        <name>dx::BuildView</name>
        <message numerus="yes">
            <source>%n file(s), %1</source>
            <translation>
                <numerusform>%n Datei, %1</numerusform>
                <numerusform>%n Dateien, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot map lines to layers: %1</source>
            <translation>Zeilen können nicht Layern zugeordnet werden: %1</translation>
        </message>
        <message>
            <source>Open failed line %1</source>
            <translation>Fehlgeschlagene Zeile %1 öffnen</translation>
        </message>
        <message>
            <source>Choose a context folder</source>
            <translation>Kontextordner wählen</translation>
        </message>
        <message>
            <source>Choose a build context folder first</source>
            <translation>Zuerst einen Build-Kontext-Ordner wählen</translation>
        </message>
        <message>
            <source>Podman builds through the classic endpoint</source>
            <translation>Podman baut über den klassischen Endpunkt</translation>
        </message>
        <message>
            <source>Scanning the context…</source>
            <translation>Kontext wird durchsucht…</translation>
        </message>
        <message>
            <source>%v/%m steps</source>
            <translation>%v/%m Schritte</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Building… %1 s · context sent: %2</source>
            <translation>Build läuft… %1 s · Kontext gesendet: %2</translation>
        </message>
        <message>
            <source>Built %1 in %2 s</source>
            <translation>%1 in %2 s gebaut</translation>
        </message>
        <message>
            <source>Cancelled after %1 s</source>
            <translation>Abgebrochen nach %1 s</translation>
        </message>
        <message>
            <source>Build cancelled</source>
            <translation>Build abgebrochen</translation>
        </message>
        <message>
            <source>Failed after %1 s</source>
            <translation>Fehlgeschlagen nach %1 s</translation>
        </message>
        <message>
            <source>no layer</source>
            <translation>kein Layer</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>%1 · %2 s · %3</source>
            <translation>%1 · %2 s · %3</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s), %1 cached</source>
            <translation>
                <numerusform>%n Schritt, %1 aus Cache</numerusform>
                <numerusform>%n Schritte, %1 aus Cache</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Build</source>
            <translation>&amp;Build</translation>
        </message>
        <message>
            <source>Build the image (Ctrl+B)</source>
            <translation>Image bauen (Strg+B)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Stop the build on the engine (Esc)</source>
            <translation>Build auf der Engine stoppen (Esc)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>L&amp;eeren</translation>
        </message>
        <message>
            <source>Clear the output</source>
            <translation>Ausgabe leeren</translation>
        </message>
        <message>
            <source>Auto (BuildKit when available)</source>
            <translation>Automatisch (BuildKit, falls verfügbar)</translation>
        </message>
        <message>
            <source>Classic builder</source>
            <translation>Klassischer Builder</translation>
        </message>
        <message>
            <source>BuildKit</source>
            <translation>BuildKit</translation>
        </message>
        <message>
            <source>Builder</source>
            <translation>Builder</translation>
        </message>
        <message>
            <source>Choose the builder: classic or BuildKit</source>
            <translation>Builder wählen: klassisch oder BuildKit</translation>
        </message>
        <message>
            <source>Earlier builds</source>
            <translation>Frühere Builds</translation>
        </message>
        <message>
            <source>Click a build to see its log</source>
            <translation>Build anklicken, um sein Log zu sehen</translation>
        </message>
        <message>
            <source>Finished steps of the build</source>
            <translation>Abgeschlossene Schritte des Builds</translation>
        </message>
        <message>
            <source>Show the failed instruction in the editor</source>
            <translation>Fehlgeschlagene Anweisung im Editor zeigen</translation>
        </message>
        <message>
            <source>No build yet — press Build (Ctrl+B) to start one</source>
            <translation>Noch kein Build – Build (Strg+B) drücken, um einen zu starten</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Double-click a step to open its Dockerfile line</source>
            <translation>Schritt doppelklicken, um seine Dockerfile-Zeile zu öffnen</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Anweisung</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Cached</source>
            <translation>Cache</translation>
        </message>
        <message>
            <source>Which layer each line produced in the last successful build</source>
            <translation>Welchen Layer jede Zeile im letzten erfolgreichen Build erzeugt hat</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Name the image</source>
            <translation>Image benennen</translation>
        </message>
        <message>
            <source>The image this Dockerfile builds gets a name (a tag), so that you find it under Images and can run it, e.g. demo_image or myapp:1.0.
It is asked once: the next builds of this Dockerfile use it (change it under Tags in the Build view).</source>
            <translation>Das Image, das dieses Dockerfile baut, bekommt einen Namen (ein Tag), damit Sie es unter Images finden und ausführen können, z. B. demo_image oder myapp:1.0.
Die Frage kommt nur einmal: Die nächsten Builds dieses Dockerfiles verwenden den Namen (ändern unter Tags in der Build-Ansicht).</translation>
        </message>
        <message>
            <source>Build</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>"%1" is not a valid image name: use lower-case letters, digits, ".", "_" and "-", optionally followed by ":" and a tag, e.g. demo_image:1.0</source>
            <translation>„%1“ ist kein gültiger Image-Name: Kleinbuchstaben, Ziffern, „.“, „_“ und „-“ verwenden, optional gefolgt von „:“ und einem Tag, z. B. demo_image:1.0</translation>
        </message>
        <message>
            <source>Display:</source>
            <translation>Anzeige:</translation>
        </message>
        <message>
            <source>Compact</source>
            <translation>Kompakt</translation>
        </message>
        <message>
            <source>One line per step with its state and time, as BuildKit shows a build in a terminal</source>
            <translation>Eine Zeile pro Schritt mit Zustand und Zeit, wie BuildKit einen Build im Terminal zeigt</translation>
        </message>
        <message>
            <source>Plain</source>
            <translation>Ausführlich</translation>
        </message>
        <message>
            <source>Every line of every step with its hashes, as docker build --progress=plain prints it</source>
            <translation>Jede Zeile jedes Schritts mit ihren Hashes, wie docker build --progress=plain sie ausgibt</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
    </context>
    <context>
        <name>dx::CommandLogModel</name>
        <message>
            <source> · %1 ms</source>
            <translation> · %1 ms</translation>
        </message>
        <message>
            <source> (and one more request)</source>
            <translation> (und eine weitere Anfrage)</translation>
        </message>
        <message>
            <source> (and %1 more requests)</source>
            <translation> (und %1 weitere Anfragen)</translation>
        </message>
    </context>
    <context>
        <name>dx::CommandPanel</name>
        <message>
            <source>Copy the selected commands</source>
            <translation>Ausgewählte Befehle kopieren</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>(internal)</source>
            <translation>(intern)</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Show internal requests</source>
            <translation>Interne Anfragen anzeigen</translation>
        </message>
        <message>
            <source>Also list what the app asks the engine by itself: refreshes, helper containers</source>
            <translation>Auch auflisten, was die App von sich aus bei der Engine anfragt: Aktualisierungen, Hilfscontainer</translation>
        </message>
        <message>
            <source>logged</source>
            <translation>protokolliert</translation>
        </message>
        <message>
            <source>Show internal requests: also list what the app asks the engine by itself (refreshes, helper containers)</source>
            <translation>Interne Anfragen anzeigen: auch auflisten, was die App selbst bei der Engine anfragt (Aktualisierungen, Hilfscontainer)</translation>
        </message>
    </context>
    <context>
        <name>dx::CommitDialog</name>
        <message>
            <source>Pause the container while its layer is copied</source>
            <translation>Container pausieren, während sein Layer kopiert wird</translation>
        </message>
        <message>
            <source>Commit Container to an Image</source>
            <translation>Container als Image committen</translation>
        </message>
        <message>
            <source>e.g. %1-snapshot:1 (empty: an image without a name)</source>
            <translation>z. B. %1-snapshot:1 (leer: ein Image ohne Namen)</translation>
        </message>
        <message>
            <source>What changed, e.g. "installed curl"</source>
            <translation>Was sich geändert hat, z. B. „curl installiert“</translation>
        </message>
        <message>
            <source>e.g. Jane Doe &lt;jane@example.com&gt;</source>
            <translation>z. B. Erika Mustermann &lt;erika@example.com&gt;</translation>
        </message>
        <message>
            <source>One Dockerfile instruction a line, e.g.
CMD ["sh"]
ENV MODE=production</source>
            <translation>Eine Dockerfile-Anweisung pro Zeile, z. B.
CMD ["sh"]
ENV MODE=production</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Committen</translation>
        </message>
        <message>
            <source>Image name:</source>
            <translation>Image-Name:</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Nachricht:</translation>
        </message>
        <message>
            <source>Author:</source>
            <translation>Autor:</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Änderungen:</translation>
        </message>
        <message>
            <source>The files the container wrote (its writable layer) become a new read-only layer on top of the image %1. Volumes are not part of it. A Dockerfile is the better record of how an image is made; a commit is a snapshot.</source>
            <translation>Die Dateien, die der Container geschrieben hat (sein beschreibbarer Layer), werden zu einem neuen schreibgeschützten Layer über dem Image %1. Volumes gehören nicht dazu. Ein Dockerfile hält besser fest, wie ein Image entsteht; ein Commit ist ein Schnappschuss.</translation>
        </message>
        <message>
            <source>Runs: %1</source>
            <translation>Führt aus: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::CommitSpec</name>
        <message>
            <source>%1 cannot be applied by a commit; these can: %2.</source>
            <translation>%1 lässt sich nicht per Commit anwenden; möglich sind: %2.</translation>
        </message>
        <message>
            <source>%1 needs an argument, e.g. %2.</source>
            <translation>%1 braucht ein Argument, z. B. %2.</translation>
        </message>
        <message>
            <source>%1 %2: the exec form is a JSON array of strings in double quotes, e.g. ["sh", "-c", "echo hi"].</source>
            <translation>%1 %2: Die Exec-Form ist ein JSON-Array aus Strings in doppelten Anführungszeichen, z. B. ["sh", "-c", "echo hi"].</translation>
        </message>
        <message>
            <source>%1 needs a name: %1 NAME=value.</source>
            <translation>%1 braucht einen Namen: %1 NAME=value.</translation>
        </message>
        <message>
            <source>LABEL needs NAME=value.</source>
            <translation>LABEL braucht NAME=value.</translation>
        </message>
        <message>
            <source>EXPOSE %1: a port is a number, optionally /tcp, /udp or /sctp, e.g. EXPOSE 80/tcp.</source>
            <translation>EXPOSE %1: Ein Port ist eine Zahl, optional mit /tcp, /udp oder /sctp, z. B. EXPOSE 80/tcp.</translation>
        </message>
        <message>
            <source>"%1": a commit makes a new image, so it has no digest yet; give a name and a tag only.</source>
            <translation>„%1“: Ein Commit erzeugt ein neues Image, das noch keinen Digest hat; geben Sie nur einen Namen und ein Tag an.</translation>
        </message>
        <message>
            <source>"%1" contains a space: an image name has none.</source>
            <translation>„%1“ enthält ein Leerzeichen: Ein Image-Name hat keines.</translation>
        </message>
        <message>
            <source>"%1": a repository name is lower case.</source>
            <translation>„%1“: Ein Repository-Name ist kleingeschrieben.</translation>
        </message>
        <message>
            <source>The repository name is longer than the 255 characters a registry accepts.</source>
            <translation>Der Repository-Name ist länger als die 255 Zeichen, die eine Registry annimmt.</translation>
        </message>
        <message>
            <source>"%1" is not an image name. The form is [REGISTRY/]NAME[:TAG], e.g. myapp:1.1: lower-case letters, digits and . _ - / in the name; at most 128 letters, digits and _ . - in the tag.</source>
            <translation>„%1“ ist kein Image-Name. Die Form ist [REGISTRY/]NAME[:TAG], z. B. myapp:1.1: Kleinbuchstaben, Ziffern und . _ - / im Namen; höchstens 128 Buchstaben, Ziffern und _ . - im Tag.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::ConnectDialog</name>
        <message>
            <source>Connect to an Engine</source>
            <translation>Mit einer Engine verbinden</translation>
        </message>
        <message>
            <source>Automatic (DOCKER_HOST, docker context, local sockets)</source>
            <translation>Automatisch (DOCKER_HOST, docker context, lokale Sockets)</translation>
        </message>
        <message>
            <source>Docker context</source>
            <translation>Docker-Kontext</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Resolves to:</source>
            <translation>Aufgelöst zu:</translation>
        </message>
        <message>
            <source>&amp;Engine:</source>
            <translation>&amp;Engine:</translation>
        </message>
        <message>
            <source>&amp;Context:</source>
            <translation>&amp;Kontext:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>Do not verify the engine's certificate (unsafe)</source>
            <translation>Zertifikat der Engine nicht prüfen (unsicher)</translation>
        </message>
        <message>
            <source>Encrypt the connection with TLS but accept any certificate, like docker --tls without --tlsverify. Anyone between you and the engine can impersonate it.</source>
            <translation>Die Verbindung mit TLS verschlüsseln, aber jedes Zertifikat annehmen, wie docker --tls ohne --tlsverify. Jeder zwischen Ihnen und der Engine kann sich als die Engine ausgeben.</translation>
        </message>
        <message>
            <source>Engines &amp;found on this machine (double-click to connect):</source>
            <translation>&amp;Gefundene Engines auf diesem Rechner (Doppelklick verbindet):</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Found through</source>
            <translation>Gefunden über</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Start Podman</source>
            <translation>Podman &amp;starten</translation>
        </message>
        <message>
            <source>Run Podman's Docker-compatible API service for as long as Docker Explorer runs, and connect to it</source>
            <translation>Den Docker-kompatiblen API-Dienst von Podman starten, solange Docker Explorer läuft, und sich damit verbinden</translation>
        </message>
        <message>
            <source>Podman started by Docker Explorer</source>
            <translation>Podman, von Docker Explorer gestartet</translation>
        </message>
        <message>
            <source>Looking for engines…</source>
            <translation>Suche nach Engines…</translation>
        </message>
        <message>
            <source>Podman is not installed (sudo apt-get install podman)</source>
            <translation>Podman ist nicht installiert (sudo apt-get install podman)</translation>
        </message>
        <message>
            <source>API %1</source>
            <translation>API %1</translation>
        </message>
        <message>
            <source>No engine answers.</source>
            <translation>Keine Engine antwortet.</translation>
        </message>
        <message>
            <source>%1 (in use)</source>
            <translation>%1 (in Benutzung)</translation>
        </message>
        <message>
            <source>Answering: %1 of %2.</source>
            <translation>Antworten: %1 von %2.</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerActions</name>
        <message>
            <source>starting…</source>
            <translation>wird gestartet…</translation>
        </message>
        <message>
            <source>stopping…</source>
            <translation>wird gestoppt…</translation>
        </message>
        <message>
            <source>restarting…</source>
            <translation>wird neu gestartet…</translation>
        </message>
        <message>
            <source>pausing…</source>
            <translation>wird pausiert…</translation>
        </message>
        <message>
            <source>resuming…</source>
            <translation>wird fortgesetzt…</translation>
        </message>
        <message>
            <source>killing…</source>
            <translation>wird abgewürgt…</translation>
        </message>
        <message>
            <source>removing…</source>
            <translation>wird entfernt…</translation>
        </message>
        <message>
            <source>Start existing containers again (their writable layer is kept)</source>
            <translation>Vorhandene Container wieder starten (ihr beschreibbarer Layer bleibt erhalten)</translation>
        </message>
        <message>
            <source>Stop: SIGTERM, then SIGKILL after the grace period</source>
            <translation>Stoppen: SIGTERM, nach der Wartezeit SIGKILL</translation>
        </message>
        <message>
            <source>Stop and start again</source>
            <translation>Stoppen und wieder starten</translation>
        </message>
        <message>
            <source>Freeze every process (cgroup freezer)</source>
            <translation>Alle Prozesse einfrieren (cgroup freezer)</translation>
        </message>
        <message>
            <source>Let frozen processes go on</source>
            <translation>Eingefrorene Prozesse weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Send SIGKILL at once</source>
            <translation>Sofort SIGKILL senden</translation>
        </message>
        <message>
            <source>Remove containers and their anonymous volumes</source>
            <translation>Container und ihre anonymen Volumes entfernen</translation>
        </message>
        <message>
            <source>Remove containers (their writable layer is lost)</source>
            <translation>Container entfernen (ihr beschreibbarer Layer geht verloren)</translation>
        </message>
        <message>
            <source>Could not %1 %2: %3</source>
            <translation>Fehler bei docker %1 %2: %3</translation>
        </message>
        <message>
            <source>Could not rename %1 to %2: %3</source>
            <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
        </message>
        <message>
            <source>Could not run %1: %2</source>
            <translation>%1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>Enter the new name.</source>
            <translation>Geben Sie den neuen Namen ein.</translation>
        </message>
        <message>
            <source>A name has at least two characters: letters, digits, "_", "." and "-", starting with a letter or digit.</source>
            <translation>Ein Name hat mindestens zwei Zeichen: Buchstaben, Ziffern, „_“, „.“ und „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
        </message>
        <message>
            <source>The name "%1" is already used by container %2: rename or remove that one first.</source>
            <translation>Der Name „%1“ wird bereits von Container %2 verwendet: Benennen Sie diesen zuerst um oder entfernen Sie ihn.</translation>
        </message>
        <message>
            <source>Could not commit %1: %2</source>
            <translation>%1 konnte nicht committet werden: %2</translation>
        </message>
        <message>
            <source>recreating…</source>
            <translation>wird neu erstellt…</translation>
        </message>
        <message>
            <source>Could not recreate %1: %2</source>
            <translation>%1 konnte nicht neu erstellt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerChangesModel</name>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerChangesWidget</name>
        <message>
            <source>Read the changes again</source>
            <translation>Änderungen neu lesen</translation>
        </message>
        <message>
            <source>Could not read the changes: %1</source>
            <translation>Änderungen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Select a container to see what it changed.</source>
            <translation>Einen Container auswählen, um seine Änderungen zu sehen.</translation>
        </message>
        <message>
            <source>No changes: the container has not written anything outside its volumes yet.</source>
            <translation>Keine Änderungen: Der Container hat außerhalb seiner Volumes noch nichts geschrieben.</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 deleted (compared with the image).</source>
            <translation>%1 hinzugefügt, %2 geändert, %3 gelöscht (im Vergleich zum Image).</translation>
        </message>
        <message>
            <source>Reading sizes…</source>
            <translation>Größen werden gelesen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Writable layer: %1&lt;/b&gt; on top of the image's read-only layers (%2). Every container gets its own thin writable layer over the shared image: it survives stop and start, and is deleted only with the container.</source>
            <translation>&lt;b&gt;Beschreibbarer Layer: %1&lt;/b&gt; über den schreibgeschützten Layern des Images (%2). Jeder Container erhält seinen eigenen dünnen beschreibbaren Layer über dem gemeinsamen Image: Er übersteht Stoppen und Starten und wird erst mit dem Container gelöscht.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Show the file in the Files tab</source>
            <translation>Die Datei im Reiter „Dateien“ anzeigen</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>Herunterladen…</translation>
        </message>
        <message>
            <source>Copy the file or folder to this computer</source>
            <translation>Die Datei oder den Ordner auf diesen Computer kopieren</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerDetailsPane</name>
        <message>
            <source>Logs</source>
            <translation>Logs</translation>
        </message>
        <message>
            <source>Stats</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Inspect</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>&lt;i&gt;No container selected&lt;/i&gt;</source>
            <translation>&lt;i&gt;Kein Container ausgewählt&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <source>The processes running in the container (docker top)</source>
            <translation>Die Prozesse, die im Container laufen (docker top)</translation>
        </message>
        <message>
            <source> (%1)&lt;br&gt;&lt;small&gt;Exit code %2&lt;/small&gt;</source>
            <translation> (%1)&lt;br&gt;&lt;small&gt;Exit-Code %2&lt;/small&gt;</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerFilesWidget</name>
        <message>
            <source>Double-click a file to view it</source>
            <translation>Doppelklicken Sie auf eine Datei, um sie anzuzeigen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>List the container's files again (F5)</source>
            <translation>Die Dateien des Containers erneut auflisten (F5)</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>Herunterladen…</translation>
        </message>
        <message>
            <source>Copy the selected file or folder to this computer (Ctrl+D)</source>
            <translation>Die ausgewählte Datei oder den Ordner auf diesen Computer kopieren (Strg+D)</translation>
        </message>
        <message>
            <source>Upload Files…</source>
            <translation>Dateien hochladen…</translation>
        </message>
        <message>
            <source>Copy files from this computer into the selected folder (Ctrl+U)</source>
            <translation>Dateien von diesem Computer in den ausgewählten Ordner kopieren (Strg+U)</translation>
        </message>
        <message>
            <source>Upload Folder…</source>
            <translation>Ordner hochladen…</translation>
        </message>
        <message>
            <source>Copy a folder from this computer into the selected folder</source>
            <translation>Einen Ordner von diesem Computer in den ausgewählten Ordner kopieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the running transfer</source>
            <translation>Die laufende Übertragung abbrechen</translation>
        </message>
        <message>
            <source>List the files of container %1</source>
            <translation>Die Dateien von Container %1 auflisten</translation>
        </message>
        <message>
            <source>Listing the files…</source>
            <translation>Dateien werden aufgelistet…</translation>
        </message>
        <message>
            <source>Cannot list the files: %1</source>
            <translation>Die Dateien können nicht aufgelistet werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Show a file of container %1</source>
            <translation>Eine Datei von Container %1 anzeigen</translation>
        </message>
        <message>
            <source>Cannot show %1: %2</source>
            <translation>%1 kann nicht angezeigt werden: %2</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Download %1 to</source>
            <translation>%1 herunterladen nach</translation>
        </message>
        <message>
            <source>Nothing downloaded</source>
            <translation>Nichts heruntergeladen</translation>
        </message>
        <message>
            <source>Downloading %1…</source>
            <translation>%1 wird heruntergeladen…</translation>
        </message>
        <message>
            <source>Copy from container %1 to this computer</source>
            <translation>Aus Container %1 auf diesen Computer kopieren</translation>
        </message>
        <message>
            <source>Upload Folder</source>
            <translation>Ordner hochladen</translation>
        </message>
        <message>
            <source>Upload Files</source>
            <translation>Dateien hochladen</translation>
        </message>
        <message>
            <source>Nothing uploaded</source>
            <translation>Nichts hochgeladen</translation>
        </message>
        <message numerus="yes">
            <source>Uploading %n item(s)…</source>
            <translation>
                <numerusform>%n Eintrag wird hochgeladen…</numerusform>
                <numerusform>%n Einträge werden hochgeladen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy into container %1</source>
            <translation>In Container %1 kopieren</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerInspectWidget</name>
        <message>
            <source>Search the JSON</source>
            <translation>JSON durchsuchen</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Nächster Treffer (Enter)</translation>
        </message>
        <message>
            <source>Could not inspect the container: %1</source>
            <translation>Container konnte nicht untersucht werden: %1</translation>
        </message>
        <message>
            <source>Select a container to see its full configuration (docker inspect).</source>
            <translation>Einen Container auswählen, um seine vollständige Konfiguration zu sehen (docker inspect).</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>Kein Treffer</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n Treffer</numerusform>
                <numerusform>%n Treffer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerListModel</name>
        <message>
            <source>%1
ID %2
Command: %3</source>
            <translation>%1
ID %2
Befehl: %3</translation>
        </message>
        <message>
            <source>Writable layer: %1 (the image underneath: %2)</source>
            <translation>Beschreibbarer Layer: %1 (Image darunter: %2)</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>exited</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>created</source>
            <translation>erstellt</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>restarting</source>
            <translation>startet neu</translation>
        </message>
        <message>
            <source>removing</source>
            <translation>wird entfernt</translation>
        </message>
        <message>
            <source>dead</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Mounts</source>
            <translation>Mounts</translation>
        </message>
        <message>
            <source>%1
Exit code %2</source>
            <translation>%1
Exit-Code %2</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerLogsWidget</name>
        <message>
            <source>Timestamps</source>
            <translation>Zeitstempel</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Mitverfolgen</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Log durchsuchen</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Vorheriger Treffer (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Nächster Treffer (F3)</translation>
        </message>
        <message>
            <source>Save the log to a file</source>
            <translation>Log in eine Datei speichern</translation>
        </message>
        <message>
            <source>Clear the view (the container's log stays on the engine)</source>
            <translation>Ansicht leeren (das Log des Containers bleibt auf der Engine)</translation>
        </message>
        <message>
            <source>Show the engine's timestamp of each line (docker logs -t)</source>
            <translation>Zeitstempel der Engine für jede Zeile anzeigen (docker logs -t)</translation>
        </message>
        <message>
            <source>Keep scrolling to the newest line</source>
            <translation>Immer zur neuesten Zeile scrollen</translation>
        </message>
        <message>
            <source>Log stream ended: %1</source>
            <translation>Log-Stream beendet: %1</translation>
        </message>
        <message>
            <source>“%1” not found</source>
            <translation>„%1“ nicht gefunden</translation>
        </message>
        <message>
            <source>Save Log</source>
            <translation>Log speichern</translation>
        </message>
        <message>
            <source>Log files (*.log *.txt)</source>
            <translation>Log-Dateien (*.log *.txt)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Gespeichert unter %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Select a container to see its output.</source>
            <translation>Einen Container auswählen, um seine Ausgabe zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>Following %n line(s) live</source>
            <translation>
                <numerusform>%n Zeile, live mitverfolgt</numerusform>
                <numerusform>%n Zeilen, live mitverfolgt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) · the container is not running</source>
            <translation>
                <numerusform>%n Zeile · der Container läuft nicht</numerusform>
                <numerusform>%n Zeilen · der Container läuft nicht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 older lines dropped (limit %2)</source>
            <translation>%1 ältere Zeilen verworfen (Limit %2)</translation>
        </message>
        <message>
            <source>Log stream ended: %1 · following again when the engine answers</source>
            <translation>Log-Stream beendet: %1 · wird wieder verfolgt, sobald die Engine antwortet</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerProcessesWidget</name>
        <message>
            <source>No container selected.</source>
            <translation>Kein Container ausgewählt.</translation>
        </message>
        <message>
            <source>%1 is not running, so it has no processes. Start it to see them (docker top).</source>
            <translation>%1 läuft nicht und hat daher keine Prozesse. Starten Sie ihn, um sie zu sehen (docker top).</translation>
        </message>
        <message>
            <source>Could not list the processes: %1</source>
            <translation>Die Prozesse konnten nicht aufgelistet werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) in %1, as the host's ps sees them (docker top), read every %2 s.</source>
            <translation>
                <numerusform>%n Prozess in %1, wie ps auf dem Host ihn sieht (docker top), alle %2 s neu gelesen.</numerusform>
                <numerusform>%n Prozesse in %1, wie ps auf dem Host sie sieht (docker top), alle %2 s neu gelesen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerRecreator</name>
        <message>
            <source>Reading the settings of %1…</source>
            <translation>Die Einstellungen von %1 werden gelesen…</translation>
        </message>
        <message>
            <source>Could not read the settings of %1: %2</source>
            <translation>Die Einstellungen von %1 konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Creating the new container from %1…</source>
            <translation>Der neue Container wird aus %1 erstellt…</translation>
        </message>
        <message>
            <source>Recreate %1: the new container from %2, with its settings, under a temporary name</source>
            <translation>%1 neu erstellen: der neue Container aus %2, mit denselben Einstellungen, unter einem vorläufigen Namen</translation>
        </message>
        <message>
            <source>Could not create the new container from %1: %2. %3 is unchanged.</source>
            <translation>Der neue Container aus %1 konnte nicht erstellt werden: %2. %3 bleibt unverändert.</translation>
        </message>
        <message>
            <source>Stopping %1…</source>
            <translation>%1 wird gestoppt…</translation>
        </message>
        <message>
            <source>Could not stop %1: %2</source>
            <translation>%1 konnte nicht gestoppt werden: %2</translation>
        </message>
        <message>
            <source>Starting the new container…</source>
            <translation>Der neue Container wird gestartet…</translation>
        </message>
        <message>
            <source>The new container from %1 did not start: %2</source>
            <translation>Der neue Container aus %1 ist nicht gestartet: %2</translation>
        </message>
        <message>
            <source>Removing %1 (its volumes are kept)…</source>
            <translation>%1 wird entfernt (seine Volumes bleiben erhalten)…</translation>
        </message>
        <message>
            <source>The new container runs as %1, but %2 could not be removed: %3</source>
            <translation>Der neue Container läuft als %1, aber %2 konnte nicht entfernt werden: %3</translation>
        </message>
        <message>
            <source>The new container is called %1: it could not be renamed to %2: %3</source>
            <translation>Der neue Container heißt %1: Er konnte nicht in %2 umbenannt werden: %3</translation>
        </message>
        <message>
            <source>%1. %2 is unchanged.</source>
            <translation>%1. %2 bleibt unverändert.</translation>
        </message>
        <message>
            <source>%1. %2 was started again.</source>
            <translation>%1. %2 wurde wieder gestartet.</translation>
        </message>
        <message>
            <source>%1. %2 is kept, but could not be started again: %3</source>
            <translation>%1. %2 bleibt erhalten, konnte aber nicht wieder gestartet werden: %3</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerRunner</name>
        <message>
            <source>Creating volume %1…</source>
            <translation>Volume %1 wird erstellt…</translation>
        </message>
        <message>
            <source>Create and start a new container from %1</source>
            <translation>Neuen Container aus %1 erstellen und starten</translation>
        </message>
        <message>
            <source>Creating the container…</source>
            <translation>Container wird erstellt…</translation>
        </message>
        <message>
            <source>Starting the container…</source>
            <translation>Container wird gestartet…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerStatsWidget</name>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>CPU:</source>
            <translation>CPU:</translation>
        </message>
        <message>
            <source>Memory:</source>
            <translation>Speicher:</translation>
        </message>
        <message>
            <source>Network received / sent:</source>
            <translation>Netzwerk empfangen / gesendet:</translation>
        </message>
        <message>
            <source>Block I/O read / written:</source>
            <translation>Block-I/O gelesen / geschrieben:</translation>
        </message>
        <message>
            <source>Processes (PIDs):</source>
            <translation>Prozesse (PIDs):</translation>
        </message>
        <message>
            <source>Select a container to see its resource use.</source>
            <translation>Einen Container auswählen, um seinen Ressourcenverbrauch zu sehen.</translation>
        </message>
        <message>
            <source>%1 is not running: it uses no CPU or memory. Start it to see live figures.</source>
            <translation>%1 läuft nicht: Er verbraucht weder CPU noch Speicher. Container starten, um Live-Werte zu sehen.</translation>
        </message>
        <message>
            <source>Live figures of %1, computed like `docker stats`.</source>
            <translation>Live-Werte von %1, berechnet wie bei `docker stats`.</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerStatus</name>
        <message>
            <source>health: starting</source>
            <translation>Health: startet</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>gesund</translation>
        </message>
        <message>
            <source>unhealthy</source>
            <translation>nicht gesund</translation>
        </message>
        <message>
            <source>Less than a second</source>
            <translation>weniger als einer Sekunde</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>About a minute</source>
            <translation>etwa einer Minute</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>About an hour</source>
            <translation>etwa einer Stunde</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>Up %1</source>
            <translation>Läuft seit %1</translation>
        </message>
        <message>
            <source>%1 (Paused)</source>
            <translation>%1 (pausiert)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Restarting (%1) %2 ago</source>
            <translation>Startet neu (%1) vor %2</translation>
        </message>
        <message>
            <source>Removal In Progress</source>
            <translation>Wird entfernt</translation>
        </message>
        <message>
            <source>Dead</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Exited (%1) %2 ago</source>
            <translation>Beendet (%1) vor %2</translation>
        </message>
        <message>
            <source>0: the main process ended successfully.</source>
            <translation>0: Der Hauptprozess wurde erfolgreich beendet.</translation>
        </message>
        <message>
            <source>1: the program itself reported an error (see its logs).</source>
            <translation>1: Das Programm selbst hat einen Fehler gemeldet (siehe seine Logs).</translation>
        </message>
        <message>
            <source>2: the program or shell was used wrongly (a bad option or syntax).</source>
            <translation>2: Das Programm oder die Shell wurde falsch aufgerufen (ungültige Option oder Syntax).</translation>
        </message>
        <message>
            <source>125: docker could not run the container at all (see the engine's message).</source>
            <translation>125: docker konnte den Container gar nicht ausführen (siehe die Meldung der Engine).</translation>
        </message>
        <message>
            <source>126: the command was found but cannot be invoked (not executable, or a directory).</source>
            <translation>126: Der Befehl wurde gefunden, kann aber nicht aufgerufen werden (nicht ausführbar oder ein Verzeichnis).</translation>
        </message>
        <message>
            <source>127: the command was not found in the container (a typo, or not in the image's PATH).</source>
            <translation>127: Der Befehl wurde im Container nicht gefunden (ein Tippfehler oder nicht im PATH des Images).</translation>
        </message>
        <message>
            <source>137: killed with SIGKILL because the container ran out of memory (OOMKilled).</source>
            <translation>137: mit SIGKILL abgewürgt, weil dem Container der Speicher ausging (OOMKilled).</translation>
        </message>
        <message>
            <source>137: killed with SIGKILL: by a stop whose timeout ran out (the process ignored SIGTERM), by docker kill, or for lack of memory.</source>
            <translation>137: mit SIGKILL abgewürgt: durch ein Stoppen, dessen Wartezeit abgelaufen ist (der Prozess hat SIGTERM ignoriert), durch docker kill oder wegen Speichermangels.</translation>
        </message>
        <message>
            <source>139: the process crashed with a segmentation fault (SIGSEGV).</source>
            <translation>139: Der Prozess ist mit einem Speicherzugriffsfehler abgestürzt (SIGSEGV).</translation>
        </message>
        <message>
            <source>143: stopped by SIGTERM, the polite stop signal of docker stop.</source>
            <translation>143: durch SIGTERM gestoppt, das höfliche Stoppsignal von docker stop.</translation>
        </message>
        <message>
            <source>%1: ended by signal %2 (128 + %2).</source>
            <translation>%1: durch Signal %2 beendet (128 + %2).</translation>
        </message>
        <message>
            <source>%1: ended by signal %2, %3 (128 + %2).</source>
            <translation>%1: durch Signal %2, %3 beendet (128 + %2).</translation>
        </message>
        <message>
            <source>%1: the program's own error code (see its logs).</source>
            <translation>%1: ein eigener Fehlercode des Programms (siehe seine Logs).</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerStore</name>
        <message>
            <source>Could not list the containers</source>
            <translation>Die Container konnten nicht aufgelistet werden</translation>
        </message>
        <message>
            <source>Could not read the container sizes</source>
            <translation>Die Größen der Container konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Could not read the container %1</source>
            <translation>Der Container %1 konnte nicht gelesen werden</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainerTerminalsWidget</name>
        <message>
            <source>bash, or sh without bash</source>
            <translation>bash, oder sh ohne bash</translation>
        </message>
        <message>
            <source>The program the next terminal runs: a shell found by itself, one of the list, or any command line of the image</source>
            <translation>Das Programm, das das nächste Terminal ausführt: eine selbst gefundene Shell, eine aus der Liste oder eine beliebige Befehlszeile des Images</translation>
        </message>
        <message>
            <source>New Terminal</source>
            <translation>Neues Terminal</translation>
        </message>
        <message>
            <source>Run the command with a terminal in the container (docker exec -it)</source>
            <translation>Den Befehl mit einem Terminal im Container ausführen (docker exec -it)</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Connect to the container's main process (docker attach); Ctrl+P Ctrl+Q detaches and leaves it running</source>
            <translation>Mit dem Hauptprozess des Containers verbinden (docker attach); Strg+P Strg+Q trennt und lässt ihn weiterlaufen</translation>
        </message>
        <message>
            <source>Command:</source>
            <translation>Befehl:</translation>
        </message>
        <message>
            <source>Select a running container to open a terminal in it.</source>
            <translation>Wählen Sie einen laufenden Container, um darin ein Terminal zu öffnen.</translation>
        </message>
        <message>
            <source>The container is not running. Start it to open a terminal in it.</source>
            <translation>Der Container läuft nicht. Starten Sie ihn, um darin ein Terminal zu öffnen.</translation>
        </message>
        <message>
            <source>No terminal is open. New Terminal opens one.</source>
            <translation>Kein Terminal ist offen. „Neues Terminal“ öffnet eines.</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainersApi</name>
        <message>
            <source>List containers</source>
            <translation>Container auflisten</translation>
        </message>
        <message>
            <source>Show everything the engine knows about a container</source>
            <translation>Alles anzeigen, was die Engine über einen Container weiß</translation>
        </message>
        <message>
            <source>Create a container from an image</source>
            <translation>Einen Container aus einem Image erstellen</translation>
        </message>
        <message>
            <source>Start a container</source>
            <translation>Einen Container starten</translation>
        </message>
        <message>
            <source>Stop a container (SIGTERM, then SIGKILL after the timeout)</source>
            <translation>Einen Container stoppen (SIGTERM, nach der Wartezeit SIGKILL)</translation>
        </message>
        <message>
            <source>Restart a container</source>
            <translation>Einen Container neu starten</translation>
        </message>
        <message>
            <source>Kill a container's main process</source>
            <translation>Den Hauptprozess eines Containers abwürgen</translation>
        </message>
        <message>
            <source>Freeze every process of a container</source>
            <translation>Alle Prozesse eines Containers einfrieren</translation>
        </message>
        <message>
            <source>Let a paused container run again</source>
            <translation>Einen pausierten Container weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Remove a container and its writable layer</source>
            <translation>Einen Container und seinen beschreibbaren Layer entfernen</translation>
        </message>
        <message>
            <source>Rename a container</source>
            <translation>Einen Container umbenennen</translation>
        </message>
        <message>
            <source>What the container changed in its writable layer</source>
            <translation>Was der Container in seinem beschreibbaren Layer geändert hat</translation>
        </message>
        <message>
            <source>The processes running in a container</source>
            <translation>Die Prozesse, die in einem Container laufen</translation>
        </message>
        <message>
            <source>Wait until a container stops</source>
            <translation>Warten, bis sich ein Container beendet</translation>
        </message>
        <message>
            <source>Remove all stopped containers</source>
            <translation>Alle gestoppten Container entfernen</translation>
        </message>
        <message>
            <source>Show what a container printed</source>
            <translation>Anzeigen, was ein Container ausgegeben hat</translation>
        </message>
        <message>
            <source>Live resource use of a container</source>
            <translation>Aktueller Ressourcenverbrauch eines Containers</translation>
        </message>
        <message>
            <source>Copy files out of a container</source>
            <translation>Dateien aus einem Container kopieren</translation>
        </message>
        <message>
            <source>What is at a path in a container</source>
            <translation>Was sich unter einem Pfad in einem Container befindet</translation>
        </message>
        <message>
            <source>Copy files into a container</source>
            <translation>Dateien in einen Container kopieren</translation>
        </message>
        <message>
            <source>Show everything the engine knows about a container, with its sizes</source>
            <translation>Alles zeigen, was die Engine über einen Container weiß, mit seinen Größen</translation>
        </message>
        <message>
            <source>Connect to the main process of a container</source>
            <translation>Mit dem Hauptprozess eines Containers verbinden</translation>
        </message>
        <message>
            <source>Resize a container's terminal</source>
            <translation>Die Terminalgröße eines Containers ändern</translation>
        </message>
        <message>
            <source>Make the container's writable layer an image layer</source>
            <translation>Den beschreibbaren Layer des Containers zu einem Image-Layer machen</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainersToolBar</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Run…</source>
            <translation>Ausführen…</translation>
        </message>
        <message>
            <source>Create and start a NEW container from an image (docker run)</source>
            <translation>NEUEN Container aus einem Image erstellen und starten (docker run)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>List the containers again</source>
            <translation>Container neu auflisten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Start the selected containers again, with their files (docker start)</source>
            <translation>Ausgewählte Container mit ihren Dateien wieder starten (docker start)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Stop the selected containers: SIGTERM, then SIGKILL after 10 s</source>
            <translation>Ausgewählte Container stoppen: SIGTERM, nach 10 s SIGKILL</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>Stop and start the selected containers</source>
            <translation>Ausgewählte Container stoppen und wieder starten</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Freeze every process of the selected containers</source>
            <translation>Alle Prozesse der ausgewählten Container einfrieren</translation>
        </message>
        <message>
            <source>Unpause</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Let the frozen processes go on</source>
            <translation>Eingefrorene Prozesse weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Kill</source>
            <translation>Abwürgen</translation>
        </message>
        <message>
            <source>Send SIGKILL to the selected containers at once</source>
            <translation>Sofort SIGKILL an die ausgewählten Container senden</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Remove the selected containers and their writable layers</source>
            <translation>Ausgewählte Container und ihre beschreibbaren Layer entfernen</translation>
        </message>
        <message>
            <source>Filter by name, image, ID, port (Ctrl+F)</source>
            <translation>Nach Name, Image, ID, Port filtern (Strg+F)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestoppt</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Show only containers in this state</source>
            <translation>Nur Container in diesem Zustand anzeigen</translation>
        </message>
        <message>
            <source>Stop After…</source>
            <translation>Stoppen nach…</translation>
        </message>
        <message>
            <source>Stop with a grace period you choose: SIGTERM, then SIGKILL after it (docker stop -t)</source>
            <translation>Mit selbst gewählter Wartezeit stoppen: SIGTERM, nach der Wartezeit SIGKILL (docker stop -t)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Give the selected container another name (docker rename)</source>
            <translation>Dem ausgewählten Container einen anderen Namen geben (docker rename)</translation>
        </message>
        <message>
            <source>Commit to Image…</source>
            <translation>Als Image committen…</translation>
        </message>
        <message>
            <source>Make the container's writable layer the top layer of a new image (docker commit)</source>
            <translation>Den beschreibbaren Layer des Containers zum obersten Layer eines neuen Images machen (docker commit)</translation>
        </message>
        <message>
            <source>Recreate…</source>
            <translation>Neu erstellen…</translation>
        </message>
        <message>
            <source>Replace the container by a new one from a (newer) image, with the same settings and volumes</source>
            <translation>Den Container durch einen neuen aus einem (neueren) Image ersetzen, mit denselben Einstellungen und Volumes</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>More actions: stop after a chosen time, rename, commit to an image, recreate</source>
            <translation>Weitere Aktionen: nach gewählter Wartezeit stoppen, umbenennen, als Image committen, neu erstellen</translation>
        </message>
    </context>
    <context>
        <name>dx::ContainersView</name>
        <message>
            <source>Hide the message</source>
            <translation>Meldung ausblenden</translation>
        </message>
        <message>
            <source>&lt;h2&gt;No containers yet — press Run to create one&lt;/h2&gt;&lt;p&gt;An &lt;b&gt;image&lt;/b&gt; is like a class: a read-only template. A &lt;b&gt;container&lt;/b&gt; is an instance of it: the image's layers plus its own thin writable layer, and a process running in it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (&lt;code&gt;docker run&lt;/code&gt;) makes a &lt;i&gt;new&lt;/i&gt; container every time. &lt;b&gt;Start&lt;/b&gt; (&lt;code&gt;docker start&lt;/code&gt;) continues an existing container with the files it already wrote.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Noch keine Container – Ausführen drücken, um einen zu erstellen&lt;/h2&gt;&lt;p&gt;Ein &lt;b&gt;Image&lt;/b&gt; ist wie eine Klasse: eine schreibgeschützte Vorlage. Ein &lt;b&gt;Container&lt;/b&gt; ist eine Instanz davon: die Layer des Images plus ein eigener dünner beschreibbarer Layer und ein Prozess, der darin läuft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausführen&lt;/b&gt; (&lt;code&gt;docker run&lt;/code&gt;) erstellt jedes Mal einen &lt;i&gt;neuen&lt;/i&gt; Container. &lt;b&gt;Starten&lt;/b&gt; (&lt;code&gt;docker start&lt;/code&gt;) setzt einen vorhandenen Container mit den Dateien fort, die er bereits geschrieben hat.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Remove Containers</source>
            <translation>Container entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n container(s)? %1</source>
            <translation>
                <numerusform>%n Container entfernen? %1</numerusform>
                <numerusform>%n Container entfernen? %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Their writable layers are deleted; named volumes are kept.</source>
            <translation>Ihre beschreibbaren Layer werden gelöscht; benannte Volumes bleiben erhalten.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Also remove their anonymous volumes (-v)</source>
            <translation>Auch ihre anonymen Volumes entfernen (-v)</translation>
        </message>
        <message numerus="yes">
            <source>No container matches the filter (%n hidden)</source>
            <translation>
                <numerusform>Kein Container passt zum Filter (%n ausgeblendet)</numerusform>
                <numerusform>Kein Container passt zum Filter (%n ausgeblendet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n container(s), %1 running</source>
            <translation>
                <numerusform>%n Container, davon %1 laufend</numerusform>
                <numerusform>%n Container, davon %1 laufend</numerusform>
            </translation>
        </message>
        <message>
            <source>Live updates interrupted: the list may be out of date. It is read again when the engine is back (or press F5).</source>
            <translation>Live-Aktualisierung unterbrochen: Die Liste ist vielleicht nicht aktuell. Sie wird neu gelesen, sobald die Engine wieder da ist (oder F5 drücken).</translation>
        </message>
        <message>
            <source>Running containers are killed at once, without a graceful stop (docker rm -f). Their writable layers are deleted; named volumes are kept.</source>
            <translation>Laufende Container werden sofort beendet, ohne geordnetes Stoppen (docker rm -f). Ihre beschreibbaren Schichten werden gelöscht; benannte Volumes bleiben erhalten.</translation>
        </message>
        <message>
            <source>Image Committed</source>
            <translation>Image committet</translation>
        </message>
        <message>
            <source>The container's writable layer is now the top layer of the image %1.</source>
            <translation>Der beschreibbare Layer des Containers ist jetzt der oberste Layer des Images %1.</translation>
        </message>
        <message>
            <source>It is listed in the Images view, where its history shows the new layer.</source>
            <translation>Es steht in der Ansicht Images; sein Verlauf zeigt dort den neuen Layer.</translation>
        </message>
        <message>
            <source>Show in Images</source>
            <translation>Unter Images anzeigen</translation>
        </message>
    </context>
    <context>
        <name>dx::ContextCommand</name>
        <message>
            <source>usage: docker-explorer context [-f DOCKERFILE] DIR</source>
            <translation>Aufruf: docker-explorer context [-f DOCKERFILE] DIR</translation>
        </message>
        <message>
            <source>option %1 needs a value</source>
            <translation>Option %1 benötigt einen Wert</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>unbekannte Option %1</translation>
        </message>
        <message>
            <source>only one context directory can be given</source>
            <translation>nur ein Kontextverzeichnis kann angegeben werden</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::ContextTarWriter</name>
        <message>
            <source>cannot write the archive: %1</source>
            <translation>Archiv kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot start the archive</source>
            <translation>Archiv kann nicht begonnen werden</translation>
        </message>
        <message>
            <source>cannot write the header of %1</source>
            <translation>Header von %1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot finish %1</source>
            <translation>%1 kann nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>cannot finish the archive</source>
            <translation>Archiv kann nicht abgeschlossen werden</translation>
        </message>
    </context>
    <context>
        <name>dx::CopyForm</name>
        <message>
            <source>--link (independent layer)</source>
            <translation>--link (unabhängiger Layer)</translation>
        </message>
        <message>
            <source>One source per line, relative to the build context</source>
            <translation>Eine Quelle pro Zeile, relativ zum Build-Kontext</translation>
        </message>
        <message>
            <source>e.g. /app/</source>
            <translation>z. B. /app/</translation>
        </message>
        <message>
            <source>Copy from an earlier stage or an image instead of the build context</source>
            <translation>Aus einer früheren Stage oder einem Image statt aus dem Build-Kontext kopieren</translation>
        </message>
        <message>
            <source>optional, e.g. 1000:1000</source>
            <translation>optional, z. B. 1000:1000</translation>
        </message>
        <message>
            <source>optional, e.g. 755</source>
            <translation>optional, z. B. 755</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>From stage</source>
            <translation>Aus Stage</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigentümer</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Rechte</translation>
        </message>
    </context>
    <context>
        <name>dx::CredentialHelper</name>
        <message>
            <source>%1 answered something that is not credentials (%2)</source>
            <translation>%1 hat etwas geantwortet, das keine Zugangsdaten sind (%2)</translation>
        </message>
        <message>
            <source>%1 list answered something that is not a list of servers (%2)</source>
            <translation>%1 list hat etwas geantwortet, das keine Liste von Servern ist (%2)</translation>
        </message>
        <message>
            <source>"Username" and "Secret" must be strings</source>
            <translation>"Username" und "Secret" müssen Zeichenketten sein</translation>
        </message>
        <message>
            <source>"%1" is not the name of a credential helper</source>
            <translation>"%1" ist nicht der Name eines Credential-Helpers</translation>
        </message>
        <message>
            <source>The credential helper %1 is not installed (it is not in PATH)</source>
            <translation>Der Credential-Helper %1 ist nicht installiert (er ist nicht im PATH)</translation>
        </message>
        <message>
            <source>%1 could not be started: %2</source>
            <translation>%1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>%1 %2 did not answer within %3 s</source>
            <translation>%1 %2 hat nicht innerhalb von %3 s geantwortet</translation>
        </message>
        <message>
            <source>%1 %2 crashed</source>
            <translation>%1 %2 ist abgestürzt</translation>
        </message>
        <message>
            <source>%1 %2 failed with exit code %3</source>
            <translation>%1 %2 ist mit Exit-Code %3 gescheitert</translation>
        </message>
        <message>
            <source>%1 %2 failed with exit code %3: %4</source>
            <translation>%1 %2 ist mit Exit-Code %3 gescheitert: %4</translation>
        </message>
    </context>
    <context>
        <name>dx::DiagramView</name>
        <message>
            <source>An image is like a class, a container an instance of it: made from the image, with a writable layer of its own. Double-click a box to open it.</source>
            <translation>Ein Image ist wie eine Klasse, ein Container eine Instanz davon: aus dem Image erzeugt, mit einem eigenen beschreibbaren Layer. Doppelklicken Sie auf einen Kasten, um ihn zu öffnen.</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Als PNG exportieren…</translation>
        </message>
        <message>
            <source>Save the diagram as a PNG picture</source>
            <translation>Das Diagramm als PNG-Bild speichern</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Als SVG exportieren…</translation>
        </message>
        <message>
            <source>Save the diagram as an SVG drawing, sharp at any size</source>
            <translation>Das Diagramm als SVG-Zeichnung speichern, scharf in jeder Größe</translation>
        </message>
        <message>
            <source>Fit to Window</source>
            <translation>An Fenster anpassen</translation>
        </message>
        <message>
            <source>Shrink the diagram so that all of it shows at once</source>
            <translation>Das Diagramm verkleinern, sodass alles auf einmal zu sehen ist</translation>
        </message>
        <message>
            <source>Only Images in Use</source>
            <translation>Nur benutzte Images</translation>
        </message>
        <message>
            <source>Hide the images no container was made from</source>
            <translation>Images ausblenden, aus denen kein Container erzeugt wurde</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>List everything again and measure the containers' writable layers (F5)</source>
            <translation>Alles neu auflisten und die beschreibbaren Layer der Container messen (F5)</translation>
        </message>
        <message>
            <source>No container yet: run an image to see its instances here.</source>
            <translation>Noch kein Container: Führen Sie ein Image aus, um hier seine Instanzen zu sehen.</translation>
        </message>
        <message>
            <source>No images yet — build a Dockerfile or pull one.</source>
            <translation>Noch keine Images – bauen Sie ein Dockerfile oder laden Sie eines herunter.</translation>
        </message>
        <message>
            <source>Export Diagram as SVG</source>
            <translation>Diagramm als SVG exportieren</translation>
        </message>
        <message>
            <source>Export Diagram as PNG</source>
            <translation>Diagramm als PNG exportieren</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-Zeichnungen (*.svg)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>The diagram could not be written to %1:
%2
Nothing was changed there.</source>
            <translation>Das Diagramm konnte nicht nach %1 geschrieben werden:
%2
Dort wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>dx::DiskUsageChart</name>
        <message>
            <source>%1: %2, %3 in use</source>
            <translation>%1: %2, davon %3 in Benutzung</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>Not reported by this engine</source>
            <translation>Von dieser Engine nicht gemeldet</translation>
        </message>
        <message>
            <source>%1 on disk, %2 reclaimable</source>
            <translation>%1 auf der Festplatte, %2 freigebbar</translation>
        </message>
    </context>
    <context>
        <name>dx::DiskUsageModel</name>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Local volumes</source>
            <translation>Lokale Volumes</translation>
        </message>
        <message>
            <source>Build cache</source>
            <translation>Build-Cache</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Reclaimable</source>
            <translation>Freigebbar</translation>
        </message>
    </context>
    <context>
        <name>dx::DockTitleBar</name>
        <message>
            <source>Detach (or dock again)</source>
            <translation>Lösen (oder wieder andocken)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>dx::DockerApi</name>
        <message>
            <source>The engine's answer to %1 was not understood: %2</source>
            <translation>Die Antwort der Engine auf %1 wurde nicht verstanden: %2</translation>
        </message>
        <message>
            <source>The engine's container runtime could not start the process. Podman's crun refuses machines with hybrid or version 1 cgroups: install runc and set runtime = "runc" under [engine] in ~/.config/containers/containers.conf (or /etc/containers/containers.conf), then restart the Podman service.</source>
            <translation>Die Container-Laufzeit der Engine konnte den Prozess nicht starten. Podmans crun verweigert Rechner mit hybriden cgroups oder cgroups Version 1: installieren Sie runc und setzen Sie runtime = "runc" unter [engine] in ~/.config/containers/containers.conf (oder /etc/containers/containers.conf), dann starten Sie den Podman-Dienst neu.</translation>
        </message>
        <message>
            <source>The engine could not apply its default process limits here. For Podman, set default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"] under [containers] in containers.conf, then restart the Podman service.</source>
            <translation>Die Engine konnte ihre voreingestellten Prozessgrenzen hier nicht setzen. Für Podman: setzen Sie default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"] unter [containers] in containers.conf, dann starten Sie den Podman-Dienst neu.</translation>
        </message>
        <message>
            <source>The registry wants credentials it accepts. Docker Explorer sends the ones the docker command line stored: run docker login with the registry's address in a terminal (it writes config.json in DOCKER_CONFIG or ~/.docker, or hands them to the credential helper named there), then try again.</source>
            <translation>Die Registry verlangt Zugangsdaten, die sie akzeptiert. Docker Explorer sendet die, die die docker-Kommandozeile gespeichert hat: Führen Sie in einem Terminal docker login mit der Adresse der Registry aus (es schreibt config.json in DOCKER_CONFIG oder ~/.docker oder übergibt sie dem dort genannten Credential-Helper) und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>dx::DockerConfigFile</name>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>kein gültiges JSON an Stelle %1: %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>kein JSON-Objekt</translation>
        </message>
        <message>
            <source>"auths" is not an object</source>
            <translation>"auths" ist kein Objekt</translation>
        </message>
        <message>
            <source>The entry for %1 in "auths" is not an object</source>
            <translation>Der Eintrag für %1 in "auths" ist kein Objekt</translation>
        </message>
        <message>
            <source>The "auth" of %1 in "auths" is not base64 of user:password</source>
            <translation>Das "auth" von %1 in "auths" ist kein Base64 von Benutzer:Passwort</translation>
        </message>
        <message>
            <source>"credsStore" is not a string</source>
            <translation>"credsStore" ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>"credHelpers" is not an object</source>
            <translation>"credHelpers" ist kein Objekt</translation>
        </message>
        <message>
            <source>The helper for %1 in "credHelpers" is not a name</source>
            <translation>Der Helfer für %1 in "credHelpers" ist kein Name</translation>
        </message>
    </context>
    <context>
        <name>dx::DockerIgnore</name>
        <message>
            <source>line %1 is longer than %2 bytes</source>
            <translation>Zeile %1 ist länger als %2 Bytes</translation>
        </message>
        <message>
            <source>illegal exclusion pattern: "!"</source>
            <translation>ungültiges Ausschlussmuster: "!"</translation>
        </message>
        <message>
            <source>syntax error in pattern "%1"</source>
            <translation>Syntaxfehler im Muster "%1"</translation>
        </message>
    </context>
    <context>
        <name>dx::DockerfileLexer</name>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Parser directive</source>
            <translation>Parser-Direktive</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Anweisung</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <source>String</source>
            <translation>Zeichenkette</translation>
        </message>
        <message>
            <source>Variable</source>
            <translation>Variable</translation>
        </message>
        <message>
            <source>Heredoc body</source>
            <translation>Heredoc-Inhalt</translation>
        </message>
        <message>
            <source>JSON punctuation</source>
            <translation>JSON-Satzzeichen</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Schlüsselwort</translation>
        </message>
    </context>
    <context>
        <name>dx::EditorDecorator</name>
        <message>
            <source>no layer · cached</source>
            <translation>kein Layer · aus Cache</translation>
        </message>
        <message>
            <source>no layer</source>
            <translation>kein Layer</translation>
        </message>
        <message>
            <source>%1 · %2 · cached</source>
            <translation>%1 · %2 · aus Cache</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Click the layer note to see the files of this layer in Images.</source>
            <translation>Klicken Sie auf die Layer-Notiz, um die Dateien dieses Layers unter „Images“ zu sehen.</translation>
        </message>
        <message>
            <source>%1 added, %2 modified, %3 removed</source>
            <translation>%1 hinzugefügt, %2 geändert, %3 entfernt</translation>
        </message>
        <message>
            <source> · hides %1 of earlier layers</source>
            <translation> · verdeckt %1 früherer Layer</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Click the layer note to see all of them in Images.</source>
            <translation>Klicken Sie auf die Layer-Notiz, um alle unter „Images“ zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>dx::EditorView</name>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Start a new Dockerfile</source>
            <translation>Neues Dockerfile beginnen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open a Dockerfile or a folder (Ctrl+O)</source>
            <translation>Dockerfile oder Ordner öffnen (Strg+O)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the Dockerfile</source>
            <translation>Dockerfile speichern</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Save under another name</source>
            <translation>Unter anderem Namen speichern</translation>
        </message>
        <message>
            <source>Build</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>Build an image from this Dockerfile</source>
            <translation>Image aus diesem Dockerfile bauen</translation>
        </message>
        <message>
            <source>Lint Now</source>
            <translation>Jetzt prüfen</translation>
        </message>
        <message>
            <source>Check the Dockerfile now</source>
            <translation>Dockerfile jetzt prüfen</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Find Next</source>
            <translation>Weitersuchen</translation>
        </message>
        <message>
            <source>Find Previous</source>
            <translation>Rückwärts suchen</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Vervollständigen</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Comment&lt;/h3&gt;&lt;p&gt;Lines starting with # are comments: the builder ignores them. A comment right above an instruction belongs to it and moves with it in the recipe view.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kommentar&lt;/h3&gt;&lt;p&gt;Zeilen, die mit # beginnen, sind Kommentare: Der Builder ignoriert sie. Ein Kommentar direkt über einer Anweisung gehört zu ihr und wandert in der Rezeptansicht mit ihr.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Help&lt;/h3&gt;&lt;p&gt;Put the cursor on an instruction to see what it does, its forms and an example.&lt;/p&gt;&lt;p&gt;Press Ctrl+Space to complete instructions, flags and stage names.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Hilfe&lt;/h3&gt;&lt;p&gt;Den Cursor auf eine Anweisung setzen, um zu sehen, was sie tut, welche Formen sie hat, und ein Beispiel.&lt;/p&gt;&lt;p&gt;Strg+Leertaste vervollständigt Anweisungen, Flags und Stage-Namen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Findings on this line</source>
            <translation>Befunde in dieser Zeile</translation>
        </message>
        <message>
            <source>Save the changes before opening another file?</source>
            <translation>Änderungen speichern, bevor eine andere Datei geöffnet wird?</translation>
        </message>
        <message>
            <source>Open Dockerfile</source>
            <translation>Dockerfile öffnen</translation>
        </message>
        <message>
            <source>Dockerfiles (Dockerfile* Containerfile* *.dockerfile);;All files (*)</source>
            <translation>Dockerfiles (Dockerfile* Containerfile* *.dockerfile);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The folder %1 has no Dockerfile. Save a new one there to build it.</source>
            <translation>Der Ordner %1 enthält kein Dockerfile. Dort ein neues speichern, um es zu bauen.</translation>
        </message>
        <message>
            <source>Save the changes before starting a new Dockerfile?</source>
            <translation>Änderungen speichern, bevor ein neues Dockerfile begonnen wird?</translation>
        </message>
        <message>
            <source>Save Dockerfile</source>
            <translation>Dockerfile speichern</translation>
        </message>
        <message>
            <source>The new Dockerfile</source>
            <translation>Das neue Dockerfile</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>%1 has unsaved changes.</source>
            <translation>%1 hat ungespeicherte Änderungen.</translation>
        </message>
        <message>
            <source>Save the changes before closing?</source>
            <translation>Änderungen vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Save %1 (%2)</source>
            <translation>%1 speichern (%2)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>a new Dockerfile</source>
            <translation>einem neuen Dockerfile</translation>
        </message>
        <message>
            <source>Docker Explorer did not close properly last time. Unsaved changes to %1 were kept.</source>
            <translation>Docker Explorer wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden aufbewahrt.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Parser directive&lt;/h3&gt;&lt;p&gt;A comment of the form &lt;code&gt;#&amp;nbsp;name=value&lt;/code&gt; at the very top of the file tells the builder how to read it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;syntax&lt;/code&gt;: the Dockerfile frontend to use&lt;/li&gt;&lt;li&gt;&lt;code&gt;escape&lt;/code&gt;: the line continuation character (\ or `)&lt;/li&gt;&lt;li&gt;&lt;code&gt;check&lt;/code&gt;: which build checks to skip or turn into errors&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h3&gt;Parser-Direktive&lt;/h3&gt;&lt;p&gt;Ein Kommentar der Form &lt;code&gt;#&amp;nbsp;name=value&lt;/code&gt; ganz oben in der Datei teilt dem Builder mit, wie er sie lesen soll:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;syntax&lt;/code&gt;: das zu verwendende Dockerfile-Frontend&lt;/li&gt;&lt;li&gt;&lt;code&gt;escape&lt;/code&gt;: das Zeichen für Zeilenfortsetzungen (\ oder `)&lt;/li&gt;&lt;li&gt;&lt;code&gt;check&lt;/code&gt;: welche Build-Checks übersprungen oder zu Fehlern gemacht werden&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>%1 is not valid UTF-8 text: it is shown read-only (bytes above 127 as Latin-1), because saving it would change bytes you did not edit. Save it as UTF-8 under a name you choose to edit it.</source>
            <translation>%1 ist kein gültiger UTF-8-Text: Die Datei wird nur lesend gezeigt (Bytes über 127 als Latin-1), weil Speichern Bytes ändern würde, die Sie nicht bearbeitet haben. Speichern Sie sie als UTF-8 unter einem Namen Ihrer Wahl, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>Save As UTF-8…</source>
            <translation>Als UTF-8 speichern…</translation>
        </message>
    </context>
    <context>
        <name>dx::EngineClient</name>
        <message>
            <source>Docker Engine</source>
            <translation>Docker Engine</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>dx::EngineLauncher</name>
        <message>
            <source>Starting Podman…</source>
            <translation>Podman wird gestartet…</translation>
        </message>
        <message>
            <source>The Podman service was stopped.</source>
            <translation>Der Podman-Dienst wurde beendet.</translation>
        </message>
        <message>
            <source>The Podman service of the other Docker Explorer has ended; starting one of our own…</source>
            <translation>Der Podman-Dienst des anderen Docker Explorer ist beendet; ein eigener wird gestartet…</translation>
        </message>
        <message>
            <source>No engine answers, and Podman is not installed.</source>
            <translation>Keine Engine antwortet, und Podman ist nicht installiert.</translation>
        </message>
        <message>
            <source>No engine answers. Podman is installed: Engine → Start Podman.</source>
            <translation>Keine Engine antwortet. Podman ist installiert: Engine → Podman starten.</translation>
        </message>
        <message>
            <source>Using Podman %1, started by another Docker Explorer.</source>
            <translation>Nutze Podman %1, gestartet von einem anderen Docker Explorer.</translation>
        </message>
        <message>
            <source>Podman %1 started.</source>
            <translation>Podman %1 gestartet.</translation>
        </message>
    </context>
    <context>
        <name>dx::EngineMenu</name>
        <message>
            <source>&amp;Engine</source>
            <translation>&amp;Engine</translation>
        </message>
        <message>
            <source>&amp;Connect to…</source>
            <translation>&amp;Verbinden mit…</translation>
        </message>
        <message>
            <source>&amp;Start Podman</source>
            <translation>Podman &amp;starten</translation>
        </message>
        <message>
            <source>Run Podman's Docker-compatible API service and connect to it</source>
            <translation>Den Docker-kompatiblen API-Dienst von Podman starten und sich damit verbinden</translation>
        </message>
        <message>
            <source>S&amp;top Podman</source>
            <translation>Podman &amp;beenden</translation>
        </message>
        <message>
            <source>End the Podman service Docker Explorer started (its containers keep running)</source>
            <translation>Den von Docker Explorer gestarteten Podman-Dienst beenden (seine Container laufen weiter)</translation>
        </message>
        <message>
            <source>Start Podman When No Engine &amp;Answers</source>
            <translation>Podman starten, wenn keine Engine &amp;antwortet</translation>
        </message>
        <message>
            <source>Podman is not installed (sudo apt-get install podman)</source>
            <translation>Podman ist nicht installiert (sudo apt-get install podman)</translation>
        </message>
        <message>
            <source>Podman runs already, started by another Docker Explorer</source>
            <translation>Podman läuft bereits, gestartet von einem anderen Docker Explorer</translation>
        </message>
    </context>
    <context>
        <name>dx::EnginePage</name>
        <message>
            <source>Connect to an engine…</source>
            <translation>Mit einer Engine verbinden…</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Connecting to the engine…&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Verbindung zur Engine wird hergestellt…&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;This engine cannot be used&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Diese Engine kann nicht verwendet werden&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;No Docker engine answers&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Keine Docker-Engine antwortet&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Start Podman</source>
            <translation>Podman starten</translation>
        </message>
        <message>
            <source>Run Podman's Docker-compatible API service (podman system service) and connect to it</source>
            <translation>Den Docker-kompatiblen API-Dienst von Podman starten (podman system service) und sich damit verbinden</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Starting Podman…&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Podman wird gestartet…&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Start Docker (for example &lt;code&gt;sudo dockerd &amp;amp;&lt;/code&gt; or &lt;code&gt;sudo service docker start&lt;/code&gt;), or Podman (the button starts its API service for as long as Docker Explorer runs), or choose another engine. Docker Explorer notices by itself when the engine comes back. The Dockerfile editor keeps working meanwhile.</source>
            <translation>Starten Sie Docker (zum Beispiel &lt;code&gt;sudo dockerd &amp;amp;&lt;/code&gt; oder &lt;code&gt;sudo service docker start&lt;/code&gt;) oder Podman (der Knopf startet seinen API-Dienst, solange Docker Explorer läuft), oder wählen Sie eine andere Engine. Docker Explorer bemerkt selbst, wenn die Engine wieder da ist. Der Dockerfile-Editor funktioniert währenddessen weiter.</translation>
        </message>
    </context>
    <context>
        <name>dx::EngineStatusWidget</name>
        <message>
            <source> (from %1)</source>
            <translation> (Quelle: %1)</translation>
        </message>
        <message>
            <source>Engine API %1, client uses %2</source>
            <translation>Engine-API %1, Client verwendet %2</translation>
        </message>
        <message>
            <source>BuildKit available</source>
            <translation>BuildKit verfügbar</translation>
        </message>
        <message>
            <source>Classic builder only</source>
            <translation>Nur klassischer Builder</translation>
        </message>
        <message>
            <source>Unencrypted: %1</source>
            <translation>Unverschlüsselt: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::EntryBrowser</name>
        <message>
            <source>Overwrite?</source>
            <translation>Überschreiben?</translation>
        </message>
        <message>
            <source>These already exist and would be overwritten:
%1

Overwrite them?</source>
            <translation>Diese gibt es bereits, sie würden überschrieben:
%1

Möchten Sie sie überschreiben?</translation>
        </message>
    </context>
    <context>
        <name>dx::ExecApi</name>
        <message>
            <source>Run a command inside a running container</source>
            <translation>Einen Befehl in einem laufenden Container ausführen</translation>
        </message>
        <message>
            <source>State of an exec session</source>
            <translation>Zustand einer Exec-Sitzung</translation>
        </message>
        <message>
            <source>Resize a terminal</source>
            <translation>Größe eines Terminals ändern</translation>
        </message>
        <message>
            <source>Run a prepared command and read its output</source>
            <translation>Einen vorbereiteten Befehl ausführen und seine Ausgabe lesen</translation>
        </message>
        <message>
            <source>Connect to a prepared command's terminal</source>
            <translation>Mit dem Terminal eines vorbereiteten Befehls verbinden</translation>
        </message>
    </context>
    <context>
        <name>dx::ExecForm</name>
        <message>
            <source>Exec form (JSON list): no shell, signals reach the program</source>
            <translation>Exec-Form (JSON-Liste): keine Shell, Signale erreichen das Programm</translation>
        </message>
    </context>
    <context>
        <name>dx::ExecOutputDemuxer</name>
        <message>
            <source>Not a stream frame header at byte %1.</source>
            <translation>Kein Kopf eines Stream-Rahmens bei Byte %1.</translation>
        </message>
    </context>
    <context>
        <name>dx::FileIo</name>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>Die Datei %1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is %2 MB large. The editor opens Dockerfiles of up to 5 MB.</source>
            <translation>%1 ist %2 MB groß. Der Editor öffnet Dockerfiles bis 5 MB.</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than 5 MB. The editor opens Dockerfiles of up to 5 MB.</source>
            <translation>%1 ist größer als 5 MB. Der Editor öffnet Dockerfiles bis 5 MB.</translation>
        </message>
        <message>
            <source>%1 looks like a binary file (it contains NUL bytes), not a Dockerfile.</source>
            <translation>%1 scheint eine Binärdatei zu sein (enthält NUL-Bytes), kein Dockerfile.</translation>
        </message>
        <message>
            <source>%1 is not UTF-8 text; it does not look like a Dockerfile.</source>
            <translation>%1 ist kein UTF-8-Text und sieht nicht nach einem Dockerfile aus.</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 konnte nicht gespeichert werden: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::FileViewer</name>
        <message>
            <source>Double-click a file to see its contents.</source>
            <translation>Datei doppelklicken, um ihren Inhalt zu sehen.</translation>
        </message>
        <message>
            <source>Text, %1</source>
            <translation>Text, %1</translation>
        </message>
        <message>
            <source>Image, %1 × %2 pixels</source>
            <translation>Bild, %1 × %2 Pixel</translation>
        </message>
        <message>
            <source>Binary data (hex dump)</source>
            <translation>Binärdaten (Hexdump)</translation>
        </message>
        <message>
            <source>Empty file</source>
            <translation>Leere Datei</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
        </message>
        <message>
            <source>showing the first %1 of %2</source>
            <translation>die ersten %1 von %2 werden angezeigt</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
    </context>
    <context>
        <name>dx::FindBar</name>
        <message>
            <source>Match case</source>
            <translation>Groß-/Kleinschreibung beachten</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Ersetzen durch</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nächster</translation>
        </message>
        <message>
            <source>Find the next match (F3)</source>
            <translation>Nächsten Treffer suchen (F3)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorheriger</translation>
        </message>
        <message>
            <source>Find the previous match (Shift+F3)</source>
            <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Replace All</source>
            <translation>Alle ersetzen</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message numerus="yes">
            <source>%n replacement(s)</source>
            <translation>
                <numerusform>%n Ersetzung</numerusform>
                <numerusform>%n Ersetzungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::FromForm</name>
        <message>
            <source>e.g. python or ghcr.io/org/app</source>
            <translation>z. B. python oder ghcr.io/org/app</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>latest</translation>
        </message>
        <message>
            <source>optional, e.g. build</source>
            <translation>optional, z. B. build</translation>
        </message>
        <message>
            <source>optional, e.g. linux/amd64</source>
            <translation>optional, z. B. linux/amd64</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Stage name</source>
            <translation>Stage-Name</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
    </context>
    <context>
        <name>dx::GzipStream</name>
        <message>
            <source>gzip: %1</source>
            <translation>gzip: %1</translation>
        </message>
        <message>
            <source>gzip: the file ends too early</source>
            <translation>gzip: Die Datei endet zu früh</translation>
        </message>
    </context>
    <context>
        <name>dx::ImageArchiveJob</name>
        <message>
            <source>Save %1 to %2</source>
            <translation>%1 in %2 speichern</translation>
        </message>
        <message>
            <source>Load images from %1</source>
            <translation>Images aus %1 laden</translation>
        </message>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot load %1: %2</source>
            <translation>%1 kann nicht geladen werden: %2</translation>
        </message>
        <message>
            <source>The engine loaded nothing from %1.</source>
            <translation>Die Engine hat aus %1 nichts geladen.</translation>
        </message>
        <message>
            <source>The transfer was cut.</source>
            <translation>Die Übertragung wurde unterbrochen.</translation>
        </message>
        <message>
            <source>Saved %1 to %2</source>
            <translation>%1 in %2 gespeichert</translation>
        </message>
        <message>
            <source>Loaded %1</source>
            <translation>Geladen: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::ImageHistoryModel</name>
        <message>
            <source>no layer</source>
            <translation>kein Layer</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>Click to open line %1 of the Dockerfile: %2</source>
            <translation>Klicken, um Zeile %1 des Dockerfiles zu öffnen: %2</translation>
        </message>
        <message>
            <source>%1
(metadata only: this step added no files)</source>
            <translation>%1
(nur Metadaten: Dieser Schritt hat keine Dateien hinzugefügt)</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Dockerfile</source>
            <translation>Dockerfile</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>The instruction that made this step: docker history's CREATED BY column</source>
            <translation>Die Anweisung, die diesen Schritt erzeugt hat: die Spalte CREATED BY von docker history</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
    </context>
    <context>
        <name>dx::ImageLayerAnalyser</name>
        <message>
            <source>The saved image is damaged or cut short: %1</source>
            <translation>Das gespeicherte Image ist beschädigt oder unvollständig: %1</translation>
        </message>
        <message>
            <source>layer %1: %2</source>
            <translation>Layer %1: %2</translation>
        </message>
        <message>
            <source>it has no manifest.json</source>
            <translation>es enthält keine manifest.json</translation>
        </message>
        <message>
            <source>its manifest.json lists no image</source>
            <translation>seine manifest.json nennt kein Image</translation>
        </message>
        <message>
            <source>its image configuration %1 is missing</source>
            <translation>seine Image-Konfiguration %1 fehlt</translation>
        </message>
        <message>
            <source>its layer %1 is missing</source>
            <translation>sein Layer %1 fehlt</translation>
        </message>
    </context>
    <context>
        <name>dx::ImageLayersJob</name>
        <message>
            <source>Read the layers of %1</source>
            <translation>Layer von %1 lesen</translation>
        </message>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>No such image: %1</source>
            <translation>Kein solches Image: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::ImageLayersReport</name>
        <message>
            <source>Image %1%2</source>
            <translation>Image %1%2</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s), %1 of files</source>
            <translation>
                <numerusform>%n Layer, %1 an Dateien</numerusform>
                <numerusform>%n Layer, %1 an Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Layer %1  %2  %3</source>
            <translation>Layer %1  %2  %3</translation>
        </message>
        <message>
            <source>(no history step)</source>
            <translation>(kein Verlaufsschritt)</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n hinzugefügt</numerusform>
                <numerusform>%n hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n modified</source>
            <translation>
                <numerusform>%n geändert</numerusform>
                <numerusform>%n geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n entfernt</numerusform>
                <numerusform>%n entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>; hides %1 of earlier layers</source>
            <translation>; verdeckt %1 früherer Layer</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that waste space (hidden by a later layer):</source>
            <translation>Dateien, die Platz verschwenden (von einem späteren Layer verdeckt):</translation>
        </message>
        <message>
            <source>Wasted: %1 (%2 bytes)</source>
            <translation>Verschwendet: %1 (%2 Bytes)</translation>
        </message>
        <message>
            <source>Wasted: %1</source>
            <translation>Verschwendet: %1</translation>
        </message>
        <message>
            <source>Efficiency: %1 %</source>
            <translation>Effizienz: %1 %</translation>
        </message>
    </context>
    <context>
        <name>dx::ImageListModel</name>
        <message>
            <source>&lt;none&gt; (dangling)</source>
            <translation>&lt;none&gt; (verwaist)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (+%n more tag(s))</source>
            <translation>
                <numerusform>%1 (+%n weiterer Tag)</numerusform>
                <numerusform>%1 (+%n weitere Tags)</numerusform>
            </translation>
        </message>
        <message>
            <source>A dangling image has no name any more: a newer build took its tag. Prune removes it unless a container still uses it.
%1</source>
            <translation>Ein verwaistes Image hat keinen Namen mehr: Ein neuerer Build hat seinen Tag übernommen. Aufräumen entfernt es, sofern kein Container es noch verwendet.
%1</translation>
        </message>
        <message>
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <source>Repository:Tag</source>
            <translation>Repository:Tag</translation>
        </message>
        <message>
            <source>Image ID</source>
            <translation>Image-ID</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>%1 (%2 running)</source>
            <translation>%1 (%2 laufend)</translation>
        </message>
        <message>
            <source>No container was made from this image: it can be removed without removing a container.</source>
            <translation>Aus diesem Image wurde kein Container erstellt: Es lässt sich entfernen, ohne einen Container zu entfernen.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Containers made from this image (its instances):
%1</source>
            <translation>Container aus diesem Image (seine Instanzen):
%1</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
    </context>
    <context>
        <name>dx::ImagesApi</name>
        <message>
            <source>List images</source>
            <translation>Images auflisten</translation>
        </message>
        <message>
            <source>Show everything the engine knows about an image</source>
            <translation>Alles anzeigen, was die Engine über ein Image weiß</translation>
        </message>
        <message>
            <source>Show the layers of an image</source>
            <translation>Layer eines Images anzeigen</translation>
        </message>
        <message>
            <source>Remove an image</source>
            <translation>Ein Image entfernen</translation>
        </message>
        <message>
            <source>Give an image another name</source>
            <translation>Einem Image einen weiteren Namen geben</translation>
        </message>
        <message>
            <source>Remove every image no container uses</source>
            <translation>Alle Images entfernen, die kein Container verwendet</translation>
        </message>
        <message>
            <source>Remove dangling images</source>
            <translation>Verwaiste Images entfernen</translation>
        </message>
        <message>
            <source>Make an image from a tar of files</source>
            <translation>Ein Image aus einem Tar-Archiv von Dateien erzeugen</translation>
        </message>
        <message>
            <source>Download an image from its registry</source>
            <translation>Ein Image aus seiner Registry herunterladen</translation>
        </message>
        <message>
            <source>Upload an image to its registry</source>
            <translation>Ein Image in seine Registry hochladen</translation>
        </message>
        <message>
            <source>Write images with all their layers into one tar</source>
            <translation>Images mit allen ihren Layern in ein Tar schreiben</translation>
        </message>
        <message>
            <source>Read images from a tar written by docker save</source>
            <translation>Images aus einem Tar lesen, das docker save geschrieben hat</translation>
        </message>
    </context>
    <context>
        <name>dx::ImagesView</name>
        <message>
            <source>No images yet — build a Dockerfile or pull one. An image is a stack of read-only layers, one per Dockerfile instruction that changes files; containers run on top of them.</source>
            <translation>Noch keine Images – ein Dockerfile bauen oder ein Image herunterladen (pull). Ein Image ist ein Stapel schreibgeschützter Layer, einer pro Dockerfile-Anweisung, die Dateien ändert; Container laufen darauf.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected image (Del); you are asked first</source>
            <translation>Ausgewähltes Image entfernen (Entf); mit Rückfrage</translation>
        </message>
        <message>
            <source>Tag…</source>
            <translation>Taggen…</translation>
        </message>
        <message>
            <source>Give the image another name (Ctrl+T)</source>
            <translation>Dem Image einen weiteren Namen geben (Strg+T)</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>Start a container from the image (Ctrl+R)</source>
            <translation>Container aus dem Image starten (Strg+R)</translation>
        </message>
        <message>
            <source>Prune Dangling…</source>
            <translation>Verwaiste aufräumen…</translation>
        </message>
        <message>
            <source>Remove images that lost their name to a newer build</source>
            <translation>Images entfernen, deren Name an einen neueren Build übergegangen ist</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>List the images again (F5)</source>
            <translation>Images neu auflisten (F5)</translation>
        </message>
        <message>
            <source>Select an image to see its layers.</source>
            <translation>Ein Image auswählen, um seine Layer zu sehen.</translation>
        </message>
        <message>
            <source>Remove image %1?</source>
            <translation>Image %1 entfernen?</translation>
        </message>
        <message>
            <source>Image %1 is used by %2. The engine refuses to remove it until those containers are removed. Try anyway?</source>
            <translation>Image %1 wird von %2 verwendet. Die Engine verweigert das Entfernen, bis diese Container entfernt sind. Trotzdem versuchen?</translation>
        </message>
        <message>
            <source>Remove Image</source>
            <translation>Image entfernen</translation>
        </message>
        <message>
            <source>Removed %1.</source>
            <translation>%1 entfernt.</translation>
        </message>
        <message>
            <source>Tag Image</source>
            <translation>Image taggen</translation>
        </message>
        <message>
            <source>New name (repository:tag) for %1:</source>
            <translation>Neuer Name (repository:tag) für %1:</translation>
        </message>
        <message>
            <source>Tagged as %1.</source>
            <translation>Getaggt als %1.</translation>
        </message>
        <message>
            <source>No dangling images: every image has a name.</source>
            <translation>Keine verwaisten Images: Jedes Image hat einen Namen.</translation>
        </message>
        <message>
            <source>Prune Dangling Images</source>
            <translation>Verwaiste Images aufräumen</translation>
        </message>
        <message numerus="yes">
            <source>Remove these %n dangling image(s) (those still used by a container stay)?

%1</source>
            <translation>
                <numerusform>Dieses %n verwaiste Image entfernen (sofern kein Container es noch verwendet)?

%1</numerusform>
                <numerusform>Diese %n verwaisten Images entfernen (die noch von einem Container verwendeten bleiben erhalten)?

%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Pruned; %1 freed.</source>
            <translation>Aufgeräumt; %1 freigegeben.</translation>
        </message>
        <message>
            <source>The engine is not reachable: these are the images it had when it was last seen.</source>
            <translation>Die Engine ist nicht erreichbar: Das sind die Images, die sie zuletzt hatte.</translation>
        </message>
        <message>
            <source>Untagged %1; the image keeps its other names.</source>
            <translation>Tag %1 entfernt; das Image behält seine anderen Namen.</translation>
        </message>
        <message>
            <source>The image whose layer files were shown was removed.</source>
            <translation>Das Image, dessen Layer-Dateien angezeigt wurden, wurde entfernt.</translation>
        </message>
        <message>
            <source>Image archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
            <translation>Image-Archive (*.tar *.tar.gz *.tgz);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Write the selected images, with all their layers and names, into a .tar or .tar.gz file (docker save) — for a computer without internet</source>
            <translation>Die ausgewählten Images mit allen Layern und Namen in eine .tar- oder .tar.gz-Datei schreiben (docker save) – für einen Rechner ohne Internet</translation>
        </message>
        <message>
            <source>Load…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>Read images from a file written by docker save (docker load)</source>
            <translation>Images aus einer Datei lesen, die docker save geschrieben hat (docker load)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the transfer; a file being saved is not left behind</source>
            <translation>Die Übertragung beenden; eine Datei, die gerade gespeichert wird, bleibt nicht zurück</translation>
        </message>
        <message>
            <source>Save Images</source>
            <translation>Images speichern</translation>
        </message>
        <message>
            <source>Load Images</source>
            <translation>Images laden</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Saving was cancelled; no file was written.</source>
            <translation>Das Speichern wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Das Laden wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Layers of %1, oldest first</source>
            <translation>Layer von %1, der älteste zuerst</translation>
        </message>
        <message>
            <source>Grey steps changed only settings, not files. Click a step to see what its layer added, modified and removed.</source>
            <translation>Graue Schritte haben nur Einstellungen geändert, keine Dateien. Klicken Sie auf einen Schritt, um zu sehen, was sein Layer hinzugefügt, geändert und entfernt hat.</translation>
        </message>
        <message>
            <source>Pull…</source>
            <translation>Pullen…</translation>
        </message>
        <message>
            <source>Download an image from a registry such as Docker Hub, layer by layer (docker pull, Ctrl+P)</source>
            <translation>Ein Image Layer für Layer aus einer Registry wie Docker Hub herunterladen (docker pull, Strg+P)</translation>
        </message>
        <message>
            <source>Push…</source>
            <translation>Pushen…</translation>
        </message>
        <message>
            <source>Upload the image to a registry, layer by layer (docker push, Ctrl+Shift+P)</source>
            <translation>Das Image Layer für Layer in eine Registry hochladen (docker push, Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Registries…</source>
            <translation>Registries…</translation>
        </message>
        <message>
            <source>Log in to a registry to push or pull private images, or log out (docker login, docker logout)</source>
            <translation>Bei einer Registry anmelden, um private Images zu pushen oder zu pullen, oder abmelden (docker login, docker logout)</translation>
        </message>
        <message>
            <source>Pushed %1.</source>
            <translation>%1 gepusht.</translation>
        </message>
        <message>
            <source>Pushed %1 (%2).</source>
            <translation>%1 gepusht (%2).</translation>
        </message>
        <message>
            <source>A tag cannot hold a digest (@sha256:…): the engine makes the digest.</source>
            <translation>Ein Tag kann keinen Digest enthalten (@sha256:…): Den Digest erzeugt die Engine.</translation>
        </message>
        <message>
            <source>No container was made from this image.</source>
            <translation>Aus diesem Image wurde kein Container erstellt.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Containers made from this image (%1): %2</source>
            <translation>Container aus diesem Image (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>dx::InstructionHelp</name>
        <message>
            <source>Start a build stage from a base image.</source>
            <translation>Eine Build-Stage mit einem Basis-Image beginnen.</translation>
        </message>
        <message>
            <source>Every Dockerfile starts with FROM. The image it names is the first layers of yours. Name a stage with AS to copy files out of it later (multi-stage builds).</source>
            <translation>Jedes Dockerfile beginnt mit FROM. Das genannte Image liefert die ersten Layer des eigenen Images. Eine mit AS benannte Stage dient später als Quelle zum Kopieren (Multi-Stage-Builds).</translation>
        </message>
        <message>
            <source>Run a command while building and keep its file changes as a new layer.</source>
            <translation>Beim Bauen einen Befehl ausführen und seine Dateiänderungen als neuen Layer behalten.</translation>
        </message>
        <message>
            <source>The shell form runs the command with /bin/sh -c. Chain related commands with &amp;&amp; so they share one layer. --mount gives the command caches, secrets or files from other stages.</source>
            <translation>Die Shell-Form führt den Befehl mit /bin/sh -c aus. Zusammengehörige Befehle mit &amp;&amp; verketten, damit sie sich einen Layer teilen. --mount stellt dem Befehl Caches, Secrets oder Dateien aus anderen Stages bereit.</translation>
        </message>
        <message>
            <source>The default command a container of the image runs.</source>
            <translation>Der Standardbefehl, den ein Container des Images ausführt.</translation>
        </message>
        <message>
            <source>Only the last CMD counts. Arguments given to docker run replace it. With an ENTRYPOINT, CMD gives that entrypoint its default arguments. Prefer the exec (JSON) form.</source>
            <translation>Nur das letzte CMD zählt. Argumente von docker run ersetzen es. Mit ENTRYPOINT liefert CMD die Standardargumente für diesen Entrypoint. Die Exec-Form (JSON) bevorzugen.</translation>
        </message>
        <message>
            <source>Add metadata (key=value pairs) to the image.</source>
            <translation>Metadaten (key=value-Paare) zum Image hinzufügen.</translation>
        </message>
        <message>
            <source>Labels cost no layer. docker inspect shows them; tools use them for the author, the source repository or the version.</source>
            <translation>Labels kosten keinen Layer. docker inspect zeigt sie an; Werkzeuge nutzen sie für Autor, Quell-Repository oder Version.</translation>
        </message>
        <message>
            <source>Deprecated: the author of the image.</source>
            <translation>Veraltet: der Autor des Images.</translation>
        </message>
        <message>
            <source>Use LABEL org.opencontainers.image.authors=... instead.</source>
            <translation>Stattdessen LABEL org.opencontainers.image.authors=... verwenden.</translation>
        </message>
        <message>
            <source>Document the ports the application listens on.</source>
            <translation>Die Ports dokumentieren, auf denen die Anwendung lauscht.</translation>
        </message>
        <message>
            <source>EXPOSE publishes nothing by itself: use docker run -p to map a port to the host.</source>
            <translation>EXPOSE veröffentlicht selbst nichts: Mit docker run -p wird ein Port auf den Host abgebildet.</translation>
        </message>
        <message>
            <source>Set environment variables for the following instructions and the container.</source>
            <translation>Umgebungsvariablen für die folgenden Anweisungen und den Container setzen.</translation>
        </message>
        <message>
            <source>The values stay in the image and in every container of it. Do not put secrets here.</source>
            <translation>Die Werte bleiben im Image und in jedem Container daraus. Keine Secrets hier ablegen.</translation>
        </message>
        <message>
            <source>Copy files, URLs or archives into the image.</source>
            <translation>Dateien, URLs oder Archive ins Image kopieren.</translation>
        </message>
        <message>
            <source>Like COPY, but also downloads URLs and unpacks local tar archives. Use COPY unless you need one of those.</source>
            <translation>Wie COPY, lädt aber zusätzlich URLs herunter und entpackt lokale tar-Archive. COPY verwenden, sofern keines davon gebraucht wird.</translation>
        </message>
        <message>
            <source>Copy files from the build context or another stage into the image.</source>
            <translation>Dateien aus dem Build-Kontext oder einer anderen Stage ins Image kopieren.</translation>
        </message>
        <message>
            <source>Sources are relative to the build context (minus what .dockerignore excludes). --from copies out of an earlier stage or an image.</source>
            <translation>Quellen sind relativ zum Build-Kontext (ohne das, was .dockerignore ausschließt). --from kopiert aus einer früheren Stage oder einem Image.</translation>
        </message>
        <message>
            <source>The executable a container always runs.</source>
            <translation>Das Programm, das ein Container immer ausführt.</translation>
        </message>
        <message>
            <source>Arguments of docker run and CMD are appended to it. Use the exec (JSON) form so signals reach your program.</source>
            <translation>Argumente von docker run und CMD werden daran angehängt. Die Exec-Form (JSON) verwenden, damit Signale das Programm erreichen.</translation>
        </message>
        <message>
            <source>Mark a folder as a volume: its data lives outside the container's writable layer.</source>
            <translation>Einen Ordner als Volume markieren: Seine Daten liegen außerhalb des beschreibbaren Layers des Containers.</translation>
        </message>
        <message>
            <source>Changes made to that folder by later build steps are discarded.</source>
            <translation>Änderungen späterer Build-Schritte an diesem Ordner werden verworfen.</translation>
        </message>
        <message>
            <source>The user (and group) the following instructions and the container run as.</source>
            <translation>Benutzer (und Gruppe), unter dem die folgenden Anweisungen und der Container laufen.</translation>
        </message>
        <message>
            <source>Run as a user without root rights whenever the application allows it.</source>
            <translation>Wann immer die Anwendung es erlaubt, als Benutzer ohne Root-Rechte ausführen.</translation>
        </message>
        <message>
            <source>Change the working folder for the following instructions and the container.</source>
            <translation>Arbeitsordner für die folgenden Anweisungen und den Container wechseln.</translation>
        </message>
        <message>
            <source>The folder is created if it does not exist. Use absolute paths.</source>
            <translation>Der Ordner wird angelegt, falls er nicht existiert. Absolute Pfade verwenden.</translation>
        </message>
        <message>
            <source>Declare a build argument (docker build --build-arg).</source>
            <translation>Ein Build-Argument deklarieren (docker build --build-arg).</translation>
        </message>
        <message>
            <source>Build arguments exist only while building. An ARG before FROM can be used in FROM lines.</source>
            <translation>Build-Argumente existieren nur während des Builds. Ein ARG vor FROM kann in FROM-Zeilen verwendet werden.</translation>
        </message>
        <message>
            <source>An instruction that runs later, when another image builds FROM this one.</source>
            <translation>Eine Anweisung, die später ausgeführt wird, wenn ein anderes Image auf diesem aufbaut (FROM).</translation>
        </message>
        <message>
            <source>Useful for base images of a team; surprising for everybody else.</source>
            <translation>Nützlich für Basis-Images eines Teams; überraschend für alle anderen.</translation>
        </message>
        <message>
            <source>The signal docker stop sends to end the container.</source>
            <translation>Das Signal, das docker stop zum Beenden des Containers sendet.</translation>
        </message>
        <message>
            <source>The default is SIGTERM; after a timeout, SIGKILL follows.</source>
            <translation>Standard ist SIGTERM; nach einer Wartezeit folgt SIGKILL.</translation>
        </message>
        <message>
            <source>A command that tells whether the container still works.</source>
            <translation>Ein Befehl, der prüft, ob der Container noch funktioniert.</translation>
        </message>
        <message>
            <source>The container's status shows healthy or unhealthy. NONE switches off a check inherited from the base image.</source>
            <translation>Der Status des Containers zeigt healthy oder unhealthy. NONE schaltet einen vom Basis-Image geerbten Check ab.</translation>
        </message>
        <message>
            <source>The shell that runs the shell form of RUN, CMD and ENTRYPOINT.</source>
            <translation>Die Shell, die die Shell-Form von RUN, CMD und ENTRYPOINT ausführt.</translation>
        </message>
        <message>
            <source>Written in JSON form. Mostly used for PowerShell on Windows or bash options.</source>
            <translation>In JSON-Form geschrieben. Meist für PowerShell unter Windows oder für bash-Optionen verwendet.</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formen</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
    </context>
    <context>
        <name>dx::JsonLinesSplitter</name>
        <message>
            <source>A JSON message is longer than %1 MiB; the stream was abandoned.</source>
            <translation>Eine JSON-Nachricht ist länger als %1 MiB; der Stream wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The stream ended inside a JSON message.</source>
            <translation>Der Stream endete mitten in einer JSON-Nachricht.</translation>
        </message>
        <message>
            <source>Invalid JSON at offset %1: %2</source>
            <translation>Ungültiges JSON an Offset %1: %2</translation>
        </message>
        <message>
            <source>Expected a JSON object at offset %1.</source>
            <translation>JSON-Objekt an Offset %1 erwartet.</translation>
        </message>
    </context>
    <context>
        <name>dx::KeyValueForm</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>dx::LayerFilesModel</name>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>symbolic link</source>
            <translation>symbolischer Link</translation>
        </message>
        <message>
            <source>hard link</source>
            <translation>harter Link</translation>
        </message>
        <message>
            <source>hides %1 of an earlier layer</source>
            <translation>verdeckt %1 eines früheren Layers</translation>
        </message>
    </context>
    <context>
        <name>dx::LayerFilesPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Read Layer Files</source>
            <translation>Layer-Dateien lesen</translation>
        </message>
        <message>
            <source>Wasted: the bytes of file versions that a later layer overwrites or removes. They stay in the image's lower layers, downloaded and stored, though no container ever sees them.</source>
            <translation>Verschwendet: die Bytes von Dateiversionen, die ein späterer Layer überschreibt oder entfernt. Sie bleiben in den unteren Layern des Images, werden heruntergeladen und gespeichert, obwohl kein Container sie je sieht.</translation>
        </message>
        <message>
            <source>Read the image as `docker save` writes it and list what each layer changed</source>
            <translation>Das Image so lesen, wie `docker save` es schreibt, und auflisten, was jeder Layer geändert hat</translation>
        </message>
        <message>
            <source>Stop reading the image's layers</source>
            <translation>Das Lesen der Layer des Images beenden</translation>
        </message>
        <message>
            <source>Select an image to see the files of its layers.</source>
            <translation>Wählen Sie ein Image aus, um die Dateien seiner Layer zu sehen.</translation>
        </message>
        <message>
            <source>Layer files of %1</source>
            <translation>Layer-Dateien von %1</translation>
        </message>
        <message>
            <source>Read Layer Files (%1)</source>
            <translation>Layer-Dateien lesen (%1)</translation>
        </message>
        <message>
            <source>%1 is %2: its layers are read when you ask, as `docker save` would write them.</source>
            <translation>%1 ist %2 groß: Seine Layer werden erst auf Ihren Wunsch gelesen, so wie `docker save` sie schreiben würde.</translation>
        </message>
        <message>
            <source>The image %1 was removed: its layers and files are gone from the engine.</source>
            <translation>Das Image %1 wurde entfernt: Seine Layer und Dateien gibt es in der Engine nicht mehr.</translation>
        </message>
        <message>
            <source>Reading layers…</source>
            <translation>Layer werden gelesen…</translation>
        </message>
        <message>
            <source>Reading layers… %1 of %2</source>
            <translation>Layer werden gelesen… %1 von %2</translation>
        </message>
        <message>
            <source>Reading layers… %1</source>
            <translation>Layer werden gelesen… %1</translation>
        </message>
        <message>
            <source>%1 now names another image: select it again.</source>
            <translation>%1 bezeichnet jetzt ein anderes Image: Wählen Sie es erneut aus.</translation>
        </message>
        <message>
            <source>Reading the layers was cancelled.</source>
            <translation>Das Lesen der Layer wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Cannot read the layers of %1: %2</source>
            <translation>Die Layer von %1 können nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Layer %1 of %2</source>
            <translation>Layer %1 von %2</translation>
        </message>
        <message>
            <source>No layer: this step changed only the image's settings, not its files.</source>
            <translation>Kein Layer: Dieser Schritt hat nur die Einstellungen des Images geändert, nicht seine Dateien.</translation>
        </message>
        <message>
            <source>Layer %1 of %2 · %3 · %4 added, %5 modified, %6 removed</source>
            <translation>Layer %1 von %2 · %3 · %4 hinzugefügt, %5 geändert, %6 entfernt</translation>
        </message>
        <message>
            <source> · hides %1 of earlier layers</source>
            <translation> · verdeckt %1 früherer Layer</translation>
        </message>
        <message numerus="yes">
            <source>Image: %1 in %n layer(s) · wasted %2 · efficiency %3 %</source>
            <translation>
                <numerusform>Image: %1 in %n Layern · verschwendet %2 · Effizienz %3 %</numerusform>
                <numerusform>Image: %1 in %n Layern · verschwendet %2 · Effizienz %3 %</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::LayerMapFetcher</name>
        <message>
            <source>Map Dockerfile lines to layers</source>
            <translation>Dockerfile-Zeilen den Layern zuordnen</translation>
        </message>
        <message>
            <source>No engine</source>
            <translation>Keine Engine</translation>
        </message>
    </context>
    <context>
        <name>dx::LayersCommand</name>
        <message>
            <source>Usage: docker-explorer layers IMAGE [--format text|json]

What each filesystem layer of IMAGE added, modified and removed (files, symlinks,
hardlinks; whiteouts count as removals), its size, and the space the image wastes
on file versions that later layers overwrite or remove. Read from the engine's
`docker save` stream, which is never held whole.

  --format text   for people: per Dockerfile step its files (default)
  --format json   {"image", "layers": [{"index", "diffId", "createdBy", "size",
                  "added", "modified", "removed"}], "wastedBytes", "efficiency"}

Exit status: 0 done, 1 no engine, no such image or a damaged stream, 2 bad usage,
130 interrupted.
</source>
            <translation>Aufruf: docker-explorer layers IMAGE [--format text|json]

Was jeder Dateisystem-Layer von IMAGE hinzugefügt, geändert und entfernt hat (Dateien,
symbolische und harte Links; Whiteouts zählen als Entfernen), seine Größe und den Platz,
den das Image für Dateiversionen verschwendet, die spätere Layer überschreiben oder
entfernen. Gelesen aus dem `docker save`-Strom der Engine, der nie ganz gehalten wird.

  --format text   für Menschen: je Dockerfile-Schritt seine Dateien (Standard)
  --format json   {"image", "layers": [{"index", "diffId", "createdBy", "size",
                  "added", "modified", "removed"}], "wastedBytes", "efficiency"}

Rückgabewert: 0 fertig, 1 keine Engine, kein solches Image oder ein beschädigter Strom,
2 falscher Aufruf, 130 unterbrochen.
</translation>
        </message>
        <message>
            <source>No such image: %1</source>
            <translation>Kein solches Image: %1</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Unterbrochen</translation>
        </message>
        <message>
            <source>docker-explorer layers: --format needs a value (text or json)</source>
            <translation>docker-explorer layers: --format braucht einen Wert (text oder json)</translation>
        </message>
        <message>
            <source>unknown format '%1' (use text or json)</source>
            <translation>unbekanntes Format „%1“ (text oder json verwenden)</translation>
        </message>
        <message>
            <source>docker-explorer layers: unknown option '%1'</source>
            <translation>docker-explorer layers: unbekannte Option „%1“</translation>
        </message>
        <message>
            <source>docker-explorer layers: name one image</source>
            <translation>docker-explorer layers: nennen Sie genau ein Image</translation>
        </message>
        <message>
            <source>cannot reach the engine: %1</source>
            <translation>die Engine ist nicht erreichbar: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::LessonAdvice</name>
        <message>
            <source>The build failed: the base image %1 is not on this computer, and the registry that has it cannot be reached (no internet connection or no name resolution). Load the base image from a file, or pick an image that is already present as the base image, then build again.</source>
            <translation>Der Build ist fehlgeschlagen: Das Basis-Image %1 ist nicht auf diesem Computer, und die Registry, die es hat, ist nicht erreichbar (keine Internetverbindung oder keine Namensauflösung). Laden Sie das Basis-Image aus einer Datei oder wählen Sie ein schon vorhandenes Image als Basis-Image und bauen Sie dann erneut.</translation>
        </message>
        <message>
            <source>The build failed: the base image %1 was not found, neither on this computer nor in the registry. Pick an image that is present as the base image, or load one from a file, then build again.</source>
            <translation>Der Build ist fehlgeschlagen: Das Basis-Image %1 wurde weder auf diesem Computer noch in der Registry gefunden. Wählen Sie ein vorhandenes Image als Basis-Image oder laden Sie eines aus einer Datei und bauen Sie dann erneut.</translation>
        </message>
        <message>
            <source>The build failed. The Build view shows the whole output; the engine said: %1</source>
            <translation>Der Build ist fehlgeschlagen. Die Build-Ansicht zeigt die ganze Ausgabe; die Engine meldete: %1</translation>
        </message>
    </context>
    <context>
        <name>dx::LessonPanel</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>The steps of the lesson; a check mark means its result is visible in Docker</source>
            <translation>Die Schritte der Lektion; ein Häkchen bedeutet, dass das Ergebnis in Docker sichtbar ist</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>In the terminal:</source>
            <translation>Im Terminal:</translation>
        </message>
        <message>
            <source>Copy the command to the clipboard</source>
            <translation>Befehl in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Do this step in Docker Explorer (Ctrl+Return)</source>
            <translation>Diesen Schritt in Docker Explorer ausführen (Strg+Enter)</translation>
        </message>
        <message>
            <source>The previous step (Alt+Up)</source>
            <translation>Vorheriger Schritt (Alt+↑)</translation>
        </message>
        <message>
            <source>The next step (Alt+Down)</source>
            <translation>Nächster Schritt (Alt+↓)</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <source>✔ %1</source>
            <translation>✔ %1</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Als Nächstes: %1</translation>
        </message>
        <message>
            <source>Copied. Paste it into a terminal to do the same by hand.</source>
            <translation>Kopiert. In ein Terminal einfügen, um dasselbe von Hand zu tun.</translation>
        </message>
        <message>
            <source>There is no image %1 yet: build it in step 2, then it is selected here.</source>
            <translation>Es gibt noch kein Image %1: In Schritt 2 bauen, dann wird es hier ausgewählt.</translation>
        </message>
        <message>
            <source>There is no container of %1 yet: run one in step 4.</source>
            <translation>Es gibt noch keinen Container von %1: In Schritt 4 einen ausführen.</translation>
        </message>
        <message>
            <source>The demo project was not found. Point DX_EXAMPLES_DIR at the examples folder of Docker Explorer and start it again.</source>
            <translation>Das Demoprojekt wurde nicht gefunden. DX_EXAMPLES_DIR auf den Beispielordner (examples) von Docker Explorer setzen und neu starten.</translation>
        </message>
        <message>
            <source>The Containers view is not part of this build.</source>
            <translation>Die Container-Ansicht ist in diesem Build nicht enthalten.</translation>
        </message>
        <message>
            <source>Base image:</source>
            <translation>Basis-Image:</translation>
        </message>
        <message>
            <source>The image the demo is built on (FROM): the Dockerfile's default, or an image that is already on this computer, for a classroom without internet</source>
            <translation>Das Image, auf dem die Demo gebaut wird (FROM): die Vorgabe des Dockerfiles oder ein Image, das schon auf diesem Computer ist, für einen Klassenraum ohne Internet</translation>
        </message>
        <message>
            <source>Load from a File…</source>
            <translation>Aus Datei laden …</translation>
        </message>
        <message>
            <source>Use an image saved to a file (docker save), e.g. brought on a USB stick</source>
            <translation>Ein in eine Datei gespeichertes Image verwenden (docker save), z. B. von einem USB-Stick</translation>
        </message>
        <message>
            <source>✘ The last build of %1 failed: see below.</source>
            <translation>✘ Der letzte Build von %1 ist fehlgeschlagen: siehe unten.</translation>
        </message>
        <message>
            <source>%1 holds %2 in its writable layer.</source>
            <translation>%1 enthält %2 in seinem beschreibbaren Layer.</translation>
        </message>
        <message>
            <source>%1 holds %2 in its writable layer, which is now %3.</source>
            <translation>%1 enthält %2 in seinem beschreibbaren Layer, der jetzt %3 groß ist.</translation>
        </message>
        <message>
            <source>%1 wrote into %2: its own writable layer is %3.</source>
            <translation>%1 hat in %2 geschrieben: Sein eigener beschreibbarer Layer ist %3 groß.</translation>
        </message>
        <message>
            <source>%1 holds %2 on disk.</source>
            <translation>%1 belegt %2 auf der Festplatte.</translation>
        </message>
        <message>
            <source>%1 (Dockerfile)</source>
            <translation>%1 (Dockerfile)</translation>
        </message>
        <message>
            <source>Any image with a shell (sh) can be the base.</source>
            <translation>Jedes Image mit einer Shell (sh) kann die Basis sein.</translation>
        </message>
        <message>
            <source>%1 is not on this computer: building downloads it, which needs internet. Without, load an image from a file.</source>
            <translation>%1 ist nicht auf diesem Computer: Der Build lädt es herunter, dafür braucht es Internet. Ohne Internet laden Sie ein Image aus einer Datei.</translation>
        </message>
        <message>
            <source>%1 is not on this computer: building downloads it, which needs internet. Without, pick one of the images present.</source>
            <translation>%1 ist nicht auf diesem Computer: Der Build lädt es herunter, dafür braucht es Internet. Ohne Internet wählen Sie eines der vorhandenen Images.</translation>
        </message>
        <message>
            <source>There is no volume %1 yet: create it in step 8.</source>
            <translation>Es gibt noch kein Volume %1: Erstellen Sie es in Schritt 8.</translation>
        </message>
        <message>
            <source>The Build view is not part of this build.</source>
            <translation>Die Build-Ansicht ist in dieser Version nicht enthalten.</translation>
        </message>
        <message>
            <source>A build is running: wait for it to end, or cancel it in the Build view.</source>
            <translation>Ein Build läuft: Warten Sie, bis er endet, oder brechen Sie ihn in der Build-Ansicht ab.</translation>
        </message>
        <message>
            <source>Building %1 on %2: the Build view shows its progress.</source>
            <translation>%1 wird auf %2 gebaut: Die Build-Ansicht zeigt den Fortschritt.</translation>
        </message>
        <message>
            <source>Built %1 on %2.</source>
            <translation>%1 wurde auf %2 gebaut.</translation>
        </message>
        <message>
            <source>Load an Image from a File</source>
            <translation>Image aus einer Datei laden</translation>
        </message>
        <message>
            <source>Image archives (*.tar *.tar.gz *.tgz)</source>
            <translation>Image-Archive (*.tar *.tar.gz *.tgz)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Docker Explorer cannot load image files itself yet. Run the first command above in a terminal (copy it with the button): the image it loads then appears under Base image.</source>
            <translation>Docker Explorer kann Image-Dateien noch nicht selbst laden. Führen Sie den ersten Befehl oben in einem Terminal aus (kopieren Sie ihn mit der Schaltfläche): Das geladene Image erscheint dann unter Basis-Image.</translation>
        </message>
    </context>
    <context>
        <name>dx::LessonSteps</name>
        <message>
            <source>The Dockerfile is a recipe</source>
            <translation>Das Dockerfile ist ein Rezept</translation>
        </message>
        <message>
            <source>Open the Demo Dockerfile</source>
            <translation>Demo-Dockerfile öffnen</translation>
        </message>
        <message>
            <source>Show as Cards</source>
            <translation>Als Karten anzeigen</translation>
        </message>
        <message>
            <source>The demo Dockerfile is open in the editor.</source>
            <translation>Das Demo-Dockerfile ist im Editor geöffnet.</translation>
        </message>
        <message>
            <source>Build the image</source>
            <translation>Das Image bauen</translation>
        </message>
        <message>
            <source>Go to the Build View</source>
            <translation>Zur Build-Ansicht</translation>
        </message>
        <message>
            <source>The image %1 exists.</source>
            <translation>Das Image %1 existiert.</translation>
        </message>
        <message>
            <source>Build the demo project with the tag %1.</source>
            <translation>Das Demoprojekt mit dem Tag %1 bauen.</translation>
        </message>
        <message>
            <source>An image is made of read-only layers</source>
            <translation>Ein Image besteht aus schreibgeschützten Layern</translation>
        </message>
        <message>
            <source>An image is the template for containers. It consists of read-only layers: each instruction that changes files adds one. The image's history lists them, together with the instruction that made each layer and its size.</source>
            <translation>Ein Image ist die Vorlage für Container. Es besteht aus schreibgeschützten Layern: Jede Anweisung, die Dateien ändert, fügt einen hinzu. Der Verlauf (history) des Images listet sie auf, jeweils mit der Anweisung, die den Layer erzeugt hat, und seiner Größe.</translation>
        </message>
        <message>
            <source>Show the Layers of %1</source>
            <translation>Layer von %1 anzeigen</translation>
        </message>
        <message>
            <source>Build %1 first (step 2).</source>
            <translation>Zuerst %1 bauen (Schritt 2).</translation>
        </message>
        <message>
            <source>Image = class, container = instance</source>
            <translation>Image = Klasse, Container = Instanz</translation>
        </message>
        <message>
            <source>If the image is a class, a container is an instance of it. Creating a container puts a thin writable layer on top of the image's layers and gives it a name, an ID, network ports and resource limits. The image itself stays unchanged.</source>
            <translation>Wenn das Image eine Klasse ist, ist ein Container eine Instanz davon. Beim Erstellen eines Containers kommt ein dünner beschreibbarer Layer über die Layer des Images, und der Container erhält einen Namen, eine ID, Netzwerkports und Ressourcenlimits. Das Image selbst bleibt unverändert.</translation>
        </message>
        <message>
            <source>Run a Container…</source>
            <translation>Container ausführen…</translation>
        </message>
        <message>
            <source>A container made from %1 exists.</source>
            <translation>Ein Container aus %1 existiert.</translation>
        </message>
        <message>
            <source>Run %1 once.</source>
            <translation>%1 einmal ausführen.</translation>
        </message>
        <message>
            <source>Run it again: a new container every time</source>
            <translation>Noch einmal ausführen: jedes Mal ein neuer Container</translation>
        </message>
        <message>
            <source>docker run does not restart the container from before: every call creates a brand-new container with its own name, ID and writable layer. Run the image a second time, and the Containers view lists two containers made from %1.</source>
            <translation>docker run startet nicht den vorherigen Container neu: Jeder Aufruf erstellt einen brandneuen Container mit eigenem Namen, eigener ID und eigenem beschreibbarem Layer. Wird das Image ein zweites Mal ausgeführt, listet die Container-Ansicht zwei Container aus %1 auf.</translation>
        </message>
        <message>
            <source>Run Another Container…</source>
            <translation>Weiteren Container ausführen…</translation>
        </message>
        <message>
            <source>Two or more containers made from %1 exist.</source>
            <translation>Zwei oder mehr Container aus %1 existieren.</translation>
        </message>
        <message>
            <source>Run %1 a second time.</source>
            <translation>%1 ein zweites Mal ausführen.</translation>
        </message>
        <message>
            <source>Stop and start keep the writable layer</source>
            <translation>Stoppen und Starten behalten den beschreibbaren Layer</translation>
        </message>
        <message>
            <source>Show the Containers</source>
            <translation>Container anzeigen</translation>
        </message>
        <message>
            <source>A container of %1 was stopped and started again.</source>
            <translation>Ein Container von %1 wurde gestoppt und wieder gestartet.</translation>
        </message>
        <message>
            <source>A volume keeps data</source>
            <translation>Ein Volume bewahrt Daten</translation>
        </message>
        <message>
            <source>A volume is storage that Docker manages outside of any container. Its files stay when containers are removed, it does not make containers bigger, and it is easy to back up. A container of a newer version of the application can use the same data right away.</source>
            <translation>Ein Volume ist Speicher, den Docker außerhalb jedes Containers verwaltet. Seine Dateien bleiben erhalten, wenn Container entfernt werden, es macht Container nicht größer und lässt sich leicht sichern. Ein Container mit einer neueren Version der Anwendung kann sofort dieselben Daten verwenden.</translation>
        </message>
        <message>
            <source>Create %1…</source>
            <translation>%1 erstellen…</translation>
        </message>
        <message>
            <source>The volume %1 exists.</source>
            <translation>Das Volume %1 existiert.</translation>
        </message>
        <message>
            <source>Create the volume %1.</source>
            <translation>Das Volume %1 erstellen.</translation>
        </message>
        <message>
            <source>Share a volume between containers</source>
            <translation>Ein Volume zwischen Containern teilen</translation>
        </message>
        <message>
            <source>Run with %1…</source>
            <translation>Mit %1 ausführen…</translation>
        </message>
        <message>
            <source>Look inside the volume</source>
            <translation>Ins Volume hineinschauen</translation>
        </message>
        <message>
            <source>Open the files of the volume and read lines.txt: there is one line from every container that ran with it. The file outlives the containers that wrote it.</source>
            <translation>Die Dateien des Volumes öffnen und lines.txt lesen: Es enthält eine Zeile von jedem Container, der damit lief. Die Datei überdauert die Container, die sie geschrieben haben.</translation>
        </message>
        <message>
            <source>Browse %1</source>
            <translation>%1 durchsuchen</translation>
        </message>
        <message>
            <source>An image is built from a Dockerfile, just as a dish is cooked from a recipe. Each line is one instruction: start from a base image, copy files in, say which program to run. The demo project holds a small shell script that appends a line to a text file, and the Dockerfile that packs it into an image.</source>
            <translation>Ein Image wird aus einem Dockerfile gebaut, so wie ein Gericht nach einem Rezept gekocht wird. Jede Zeile ist eine Anweisung: von einem Basis-Image ausgehen, Dateien hineinkopieren, festlegen, welches Programm läuft. Das Demoprojekt enthält ein kleines Shell-Skript, das eine Zeile an eine Textdatei anhängt, und das Dockerfile, das es in ein Image packt.</translation>
        </message>
        <message>
            <source>Open the demo project's Dockerfile (with this button or File &gt; Open).</source>
            <translation>Öffnen Sie das Dockerfile des Demoprojekts (mit dieser Schaltfläche oder Datei &gt; Öffnen).</translation>
        </message>
        <message>
            <source>docker build follows the recipe line by line and stores the result as an image named %1. BuildKit shows a compact live display, one line per step; with --progress=plain it prints every step with its output and hashes. The Build view shows both: switch between Compact and Plain above its output. The demo starts from the base image %2, which is downloaded when it is missing. Without internet, pick an image that is already present, or load one from a file.</source>
            <translation>docker build arbeitet das Rezept Zeile für Zeile ab und speichert das Ergebnis als Image namens %1. BuildKit zeigt eine kompakte Live-Anzeige mit einer Zeile pro Schritt; mit --progress=plain gibt es jeden Schritt mit seiner Ausgabe und seinen Hashes aus. Die Build-Ansicht zeigt beides: Wechseln Sie über ihrer Ausgabe zwischen Kompakt und Ausführlich. Die Demo baut auf dem Basis-Image %2 auf, das heruntergeladen wird, wenn es fehlt. Ohne Internet wählen Sie ein Image, das schon vorhanden ist, oder laden eines aus einer Datei.</translation>
        </message>
        <message>
            <source>Build %1 Now</source>
            <translation>%1 jetzt bauen</translation>
        </message>
        <message>
            <source>The image %1 exists: its layers are listed under Images.</source>
            <translation>Das Image %1 existiert: Seine Layer stehen unter Images.</translation>
        </message>
        <message>
            <source>The container's writable layer</source>
            <translation>Der beschreibbare Layer des Containers</translation>
        </message>
        <message>
            <source>The demo script writes %1 inside the container. Without a volume at %2 the file lands in the container's writable layer: the Changes tab lists it as added, and the Size column shows the bytes the container adds to its image. The image does not change.</source>
            <translation>Das Demo-Skript schreibt %1 im Container. Ohne Volume unter %2 landet die Datei im beschreibbaren Layer des Containers: Der Reiter Änderungen führt sie als hinzugefügt auf, und die Spalte Größe zeigt die Bytes, die der Container seinem Image hinzufügt. Das Image selbst ändert sich nicht.</translation>
        </message>
        <message>
            <source>Show the Container's Changes</source>
            <translation>Änderungen des Containers zeigen</translation>
        </message>
        <message>
            <source>%1 is in a container's writable layer.</source>
            <translation>%1 liegt im beschreibbaren Layer eines Containers.</translation>
        </message>
        <message>
            <source>Run %1 without a volume, then look at its Changes.</source>
            <translation>Führen Sie %1 ohne Volume aus und sehen Sie sich dann seine Änderungen an.</translation>
        </message>
        <message>
            <source>A stopped container keeps its writable layer. docker start runs the same container again: the script appends a second line to the same file, and the container's Size grows. Only docker run makes a new container.</source>
            <translation>Ein gestoppter Container behält seinen beschreibbaren Layer. docker start führt denselben Container erneut aus: Das Skript hängt eine zweite Zeile an dieselbe Datei an, und die Größe des Containers wächst. Nur docker run erzeugt einen neuen Container.</translation>
        </message>
        <message>
            <source>Start a stopped container of %1 again (Start in the Containers view).</source>
            <translation>Starten Sie einen gestoppten Container von %1 erneut (Starten in der Container-Ansicht).</translation>
        </message>
        <message>
            <source>Mount the volume at %1 and run the image twice. Both containers append their line to the same file in the volume, not to their writable layers: their Size stays as it was. Removing the containers leaves the file in place.</source>
            <translation>Binden Sie das Volume unter %1 ein und führen Sie das Image zweimal aus. Beide Container hängen ihre Zeile an dieselbe Datei im Volume an, nicht in ihren beschreibbaren Layern: Ihre Größe bleibt, wie sie war. Werden die Container entfernt, bleibt die Datei erhalten.</translation>
        </message>
        <message>
            <source>Two or more containers have mounted %1.</source>
            <translation>Zwei oder mehr Container haben %1 eingebunden.</translation>
        </message>
        <message>
            <source>Run %1 twice with %2 mounted at %3.</source>
            <translation>Führen Sie %1 zweimal mit %2 unter %3 eingebunden aus.</translation>
        </message>
        <message>
            <source>The volume %1 holds the file the containers wrote.</source>
            <translation>Das Volume %1 enthält die Datei, die die Container geschrieben haben.</translation>
        </message>
        <message>
            <source>Run %1 with %2 mounted (step 9), then open its files.</source>
            <translation>Führen Sie %1 mit eingebundenem %2 aus (Schritt 9) und öffnen Sie dann seine Dateien.</translation>
        </message>
    </context>
    <context>
        <name>dx::LogDemuxer</name>
        <message>
            <source>Invalid log frame header at offset %1 (%2); showing the rest as raw output.</source>
            <translation>Ungültiger Log-Frame-Header an Offset %1 (%2); der Rest wird als Rohausgabe angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>dx::MainWindow</name>
        <message>
            <source>View Actions</source>
            <translation>Ansichtsaktionen</translation>
        </message>
        <message>
            <source>Docker Commands</source>
            <translation>Docker-Befehle</translation>
        </message>
        <message>
            <source>Docker Explorer</source>
            <translation>Docker Explorer</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>Systemeinstellung folgen</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Docker Explorer</source>
            <translation>Ü&amp;ber Docker Explorer</translation>
        </message>
        <message>
            <source>About Docker Explorer</source>
            <translation>Über Docker Explorer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Docker Explorer %1&lt;/h3&gt;&lt;p&gt;Edit a Dockerfile, build it and see what it produces: images and their layers, containers and their writable layer, volumes and their files.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Docker Explorer %1&lt;/h3&gt;&lt;p&gt;Ein Dockerfile bearbeiten, bauen und sehen, was dabei entsteht: Images und ihre Layer, Container und ihr beschreibbarer Layer, Volumes und ihre Dateien.&lt;/p&gt;&lt;p&gt;Verbunden mit: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Show the lesson: Docker step by step, with a button for each step (F1 or Ctrl+L)</source>
            <translation>Lektion anzeigen: Docker Schritt für Schritt, mit einer Schaltfläche für jeden Schritt (F1 oder Strg+L)</translation>
        </message>
        <message>
            <source>%1[*] — Docker Explorer</source>
            <translation>%1[*] — Docker Explorer</translation>
        </message>
        <message>
            <source>&amp;Zoom (%1 %)</source>
            <translation>&amp;Zoom (%1 %)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Full screen, larger text, a taller Docker Commands panel and every click and shortcut shown to the room (Ctrl+F11)</source>
            <translation>Vollbild, größere Schrift, ein höherer Bereich „Docker-Befehle“ und jeder Klick und jedes Tastenkürzel für alle im Raum sichtbar (Strg+F11)</translation>
        </message>
        <message>
            <source>Show &amp;Clicks and Shortcuts</source>
            <translation>&amp;Klicks und Tastenkürzel zeigen</translation>
        </message>
        <message>
            <source>High Contrast Light</source>
            <translation>Hoher Kontrast, hell</translation>
        </message>
        <message>
            <source>High Contrast Dark</source>
            <translation>Hoher Kontrast, dunkel</translation>
        </message>
        <message>
            <source>Show &amp;Internal Objects</source>
            <translation>&amp;Interne Objekte anzeigen</translation>
        </message>
        <message>
            <source>List Docker Explorer's own helper image and containers (docker-explorer-helper, used to browse volumes) among the images and containers</source>
            <translation>Das eigene Hilfs-Image und die Hilfs-Container von Docker Explorer (docker-explorer-helper, zum Durchsuchen von Volumes) unter den Images und Containern auflisten</translation>
        </message>
    </context>
    <context>
        <name>dx::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>dx::NetworkListModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Treiber</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Subnet</source>
            <translation>Subnetz</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
    </context>
    <context>
        <name>dx::NetworksApi</name>
        <message>
            <source>List networks</source>
            <translation>Netzwerke auflisten</translation>
        </message>
        <message>
            <source>Show a network</source>
            <translation>Ein Netzwerk anzeigen</translation>
        </message>
        <message>
            <source>Create a network</source>
            <translation>Ein Netzwerk erstellen</translation>
        </message>
        <message>
            <source>Remove a network</source>
            <translation>Ein Netzwerk entfernen</translation>
        </message>
    </context>
    <context>
        <name>dx::PodmanService</name>
        <message>
            <source>Podman is not installed: install it (sudo apt-get install podman) or start Docker.</source>
            <translation>Podman ist nicht installiert: installieren Sie es (sudo apt-get install podman) oder starten Sie Docker.</translation>
        </message>
        <message>
            <source>Cannot create %1 for Podman's socket</source>
            <translation>%1 für den Socket von Podman kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Another Docker Explorer is starting Podman and does not finish (%1)</source>
            <translation>Ein anderer Docker Explorer startet Podman und wird nicht fertig (%1)</translation>
        </message>
        <message>
            <source>Podman could not be started (%1): %2</source>
            <translation>Podman konnte nicht gestartet werden (%1): %2</translation>
        </message>
        <message>
            <source>Podman's service did not answer on %1 within %2 s. %3</source>
            <translation>Der Podman-Dienst hat auf %1 nicht innerhalb von %2 s geantwortet. %3</translation>
        </message>
        <message>
            <source>it crashed</source>
            <translation>er ist abgestürzt</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>Exit-Code %1</translation>
        </message>
        <message>
            <source>Podman's service ended before it answered (%1). %2</source>
            <translation>Der Podman-Dienst endete, bevor er antwortete (%1). %2</translation>
        </message>
        <message>
            <source>The Podman service ended by itself (%1). %2</source>
            <translation>Der Podman-Dienst hat sich selbst beendet (%1). %2</translation>
        </message>
    </context>
    <context>
        <name>dx::ProtoReader</name>
        <message>
            <source>%1 at offset %2</source>
            <translation>%1 an Offset %2</translation>
        </message>
        <message>
            <source>truncated varint</source>
            <translation>abgeschnittener Varint</translation>
        </message>
        <message>
            <source>varint longer than 10 bytes</source>
            <translation>Varint länger als 10 Bytes</translation>
        </message>
        <message>
            <source>invalid field number</source>
            <translation>ungültige Feldnummer</translation>
        </message>
        <message>
            <source>truncated fixed64</source>
            <translation>abgeschnittenes fixed64</translation>
        </message>
        <message>
            <source>truncated fixed32</source>
            <translation>abgeschnittenes fixed32</translation>
        </message>
        <message>
            <source>length beyond the end of the message</source>
            <translation>Länge reicht über das Ende der Nachricht hinaus</translation>
        </message>
        <message>
            <source>unsupported wire type</source>
            <translation>nicht unterstützter Wire-Type</translation>
        </message>
    </context>
    <context>
        <name>dx::PullDialog</name>
        <message>
            <source>Pull Image</source>
            <translation>Image pullen</translation>
        </message>
        <message>
            <source>A pull downloads an image from its registry, layer by layer (docker pull). A name without a registry host comes from Docker Hub; layers the engine already has are not downloaded again.</source>
            <translation>Ein Pull lädt ein Image Layer für Layer aus seiner Registry herunter (docker pull). Ein Name ohne Registry-Host kommt von Docker Hub; Layer, die die Engine schon hat, werden nicht erneut heruntergeladen.</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>&amp;Image:</translation>
        </message>
        <message>
            <source>[REGISTRY/]NAME[:TAG][@DIGEST]; no tag means latest</source>
            <translation>[REGISTRY/]NAME[:TAG][@DIGEST]; ohne Tag gilt latest</translation>
        </message>
        <message>
            <source>e.g. alpine:3.19, nginx or ghcr.io/owner/app:1</source>
            <translation>z. B. alpine:3.19, nginx oder ghcr.io/owner/app:1</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Plattform:</translation>
        </message>
        <message>
            <source>The variant of a multi-platform image (--platform); empty: the engine's own. Another platform's image runs only with emulation.</source>
            <translation>Die Variante eines Multi-Plattform-Images (--platform); leer: die der Engine. Das Image einer anderen Plattform läuft nur mit Emulation.</translation>
        </message>
        <message>
            <source>Command:</source>
            <translation>Befehl:</translation>
        </message>
        <message>
            <source>Pull</source>
            <translation>Pullen</translation>
        </message>
        <message>
            <source>Download the image (docker pull)</source>
            <translation>Das Image herunterladen (docker pull)</translation>
        </message>
        <message>
            <source>Cancel Pull</source>
            <translation>Pull abbrechen</translation>
        </message>
        <message>
            <source>Stop the download; the engine keeps no half image</source>
            <translation>Den Download stoppen; die Engine behält kein halbes Image</translation>
        </message>
        <message>
            <source>the engine's own</source>
            <translation>die der Engine</translation>
        </message>
        <message>
            <source>IMAGE</source>
            <translation>IMAGE</translation>
        </message>
        <message>
            <source>Asking the registry…</source>
            <translation>Die Registry wird gefragt …</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n layers complete</source>
            <translation>
                <numerusform>%1 von %n Layer fertig</numerusform>
                <numerusform>%1 von %n Layern fertig</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 downloaded</source>
            <translation>%1 von %2 heruntergeladen</translation>
        </message>
        <message>
            <source>%1 is on the engine now.</source>
            <translation>%1 ist jetzt auf der Engine.</translation>
        </message>
        <message>
            <source>%1 is on the engine now (%2).</source>
            <translation>%1 ist jetzt auf der Engine (%2).</translation>
        </message>
        <message>
            <source>The pull was cancelled.</source>
            <translation>Der Pull wurde abgebrochen.</translation>
        </message>
        <message>
            <source>%1 downloaded so far</source>
            <translation>%1 bisher heruntergeladen</translation>
        </message>
        <message>
            <source>Push Image</source>
            <translation>Image pushen</translation>
        </message>
        <message>
            <source>A push uploads an image to a registry, layer by layer (docker push). The registry is the first part of the name (127.0.0.1:5000/team/app:1); a name without one goes to Docker Hub. Layers the registry already has are not sent again. Log in first when the registry asks for it (Registries…).</source>
            <translation>Ein Push lädt ein Image Layer für Layer in eine Registry hoch (docker push). Die Registry ist der erste Teil des Namens (127.0.0.1:5000/team/app:1); ein Name ohne Registry geht an Docker Hub. Layer, die die Registry schon hat, werden nicht erneut gesendet. Melden Sie sich zuerst an, wenn die Registry das verlangt (Registries…).</translation>
        </message>
        <message>
            <source>[REGISTRY/]NAME[:TAG]: the image's name on the engine; no tag means latest</source>
            <translation>[REGISTRY/]NAME[:TAG]: der Name des Images auf der Engine; ohne Tag gilt latest</translation>
        </message>
        <message>
            <source>e.g. 127.0.0.1:5000/team/app:1</source>
            <translation>z. B. 127.0.0.1:5000/team/app:1</translation>
        </message>
        <message>
            <source>Push</source>
            <translation>Pushen</translation>
        </message>
        <message>
            <source>Upload the image (docker push)</source>
            <translation>Das Image hochladen (docker push)</translation>
        </message>
        <message>
            <source>Cancel Push</source>
            <translation>Push abbrechen</translation>
        </message>
        <message>
            <source>Stop the upload; layers the registry has completed stay there</source>
            <translation>Den Upload stoppen; Layer, die die Registry schon vollständig hat, bleiben dort</translation>
        </message>
        <message>
            <source>%1 of %2 uploaded</source>
            <translation>%1 von %2 hochgeladen</translation>
        </message>
        <message>
            <source>%1 uploaded so far</source>
            <translation>%1 bisher hochgeladen</translation>
        </message>
        <message>
            <source>The registry has %1 now.</source>
            <translation>Die Registry hat jetzt %1.</translation>
        </message>
        <message>
            <source>The registry has %1 now (%2).</source>
            <translation>Die Registry hat jetzt %1 (%2).</translation>
        </message>
        <message>
            <source>The push was cancelled.</source>
            <translation>Der Push wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>dx::PullJob</name>
        <message>
            <source>Pull %1</source>
            <translation>Pull %1</translation>
        </message>
        <message>
            <source>Enter the image to pull, e.g. alpine:3.19 or nginx.</source>
            <translation>Geben Sie das Image ein, das heruntergeladen werden soll, z. B. alpine:3.19 oder nginx.</translation>
        </message>
        <message>
            <source>"%1" contains a space: an image reference has none.</source>
            <translation>„%1“ enthält ein Leerzeichen: Eine Image-Referenz hat keines.</translation>
        </message>
        <message>
            <source>"%1": a repository name is lower case (only a tag or a registry's host name may hold capitals).</source>
            <translation>„%1“: Ein Repository-Name ist kleingeschrieben (Großbuchstaben dürfen nur im Tag oder im Host-Namen einer Registry stehen).</translation>
        </message>
        <message>
            <source>The repository name is longer than the 255 characters a registry accepts.</source>
            <translation>Der Repository-Name ist länger als die 255 Zeichen, die eine Registry annimmt.</translation>
        </message>
        <message>
            <source>"%1" is not an image reference. The form is [REGISTRY/]NAME[:TAG][@DIGEST], e.g. alpine:3.19, nginx or ghcr.io/owner/app:1. A name holds lower-case letters, digits and . _ - /; a tag at most 128 letters, digits and _ . -</source>
            <translation>„%1“ ist keine Image-Referenz. Die Form ist [REGISTRY/]NAME[:TAG][@DIGEST], z. B. alpine:3.19, nginx oder ghcr.io/owner/app:1. Ein Name enthält Kleinbuchstaben, Ziffern und . _ - /; ein Tag höchstens 128 Buchstaben, Ziffern und _ . -</translation>
        </message>
        <message>
            <source>"%1" is not a platform. The form is OS/ARCHITECTURE[/VARIANT] in lower case, e.g. linux/amd64, linux/arm64 or linux/arm/v7.</source>
            <translation>„%1“ ist keine Plattform. Die Form ist BETRIEBSSYSTEM/ARCHITEKTUR[/VARIANTE] in Kleinbuchstaben, z. B. linux/amd64, linux/arm64 oder linux/arm/v7.</translation>
        </message>
        <message>
            <source>%1 was not found: the registry has no image of that name, or not that tag. Check the spelling and the tag (the part after the colon).</source>
            <translation>%1 wurde nicht gefunden: Die Registry hat kein Image dieses Namens oder nicht dieses Tag. Prüfen Sie die Schreibweise und das Tag (den Teil nach dem Doppelpunkt).</translation>
        </message>
        <message>
            <source>The registry refused to hand out %1: it wants credentials it accepts.</source>
            <translation>Die Registry hat %1 nicht herausgegeben: Sie verlangt Zugangsdaten, die sie akzeptiert.</translation>
        </message>
        <message>
            <source>No internet: the engine cannot reach the registry of %1 (no connection, or its name cannot be resolved). Load the image from a file instead (Images → Load…), e.g. one written by docker save on a computer that has it.</source>
            <translation>Kein Internet: Die Engine erreicht die Registry von %1 nicht (keine Verbindung, oder ihr Name lässt sich nicht auflösen). Laden Sie das Image stattdessen aus einer Datei (Images → Laden…), z. B. einer, die docker save auf einem Rechner geschrieben hat, der es hat.</translation>
        </message>
        <message>
            <source>Pulling %1 failed.</source>
            <translation>Das Herunterladen von %1 ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>Push %1</source>
            <translation>Push %1</translation>
        </message>
        <message>
            <source>%1 cannot be pushed: the engine has no image of that name, or the registry has no repository of that name. Give the image this name first (Tag…).</source>
            <translation>%1 kann nicht gepusht werden: Die Engine hat kein Image dieses Namens, oder die Registry hat kein Repository dieses Namens. Geben Sie dem Image zuerst diesen Namen (Taggen…).</translation>
        </message>
        <message>
            <source>The registry refused to take %1: log in (Images → Registries…) with an account that may write to this repository.</source>
            <translation>Die Registry hat %1 nicht angenommen: Melden Sie sich (Images → Registries…) mit einem Konto an, das in dieses Repository schreiben darf.</translation>
        </message>
        <message>
            <source>The engine cannot reach the registry of %1 (no connection, or its name cannot be resolved).</source>
            <translation>Die Engine erreicht die Registry von %1 nicht (keine Verbindung, oder ihr Name lässt sich nicht auflösen).</translation>
        </message>
        <message>
            <source>Pushing %1 failed.</source>
            <translation>Das Hochladen von %1 ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>A digest names what a registry already has: push a name with a tag.</source>
            <translation>Ein Digest bezeichnet, was eine Registry schon hat: Pushen Sie einen Namen mit Tag.</translation>
        </message>
    </context>
    <context>
        <name>dx::PullLayersModel</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>The layer is queued: the engine downloads at most three layers at a time.</source>
            <translation>Der Layer wartet: Die Engine lädt höchstens drei Layer gleichzeitig herunter.</translation>
        </message>
        <message>
            <source>The compressed layer is coming from the registry.</source>
            <translation>Der komprimierte Layer kommt aus der Registry.</translation>
        </message>
        <message>
            <source>The layer is here and its checksum matches the digest in the image's manifest.</source>
            <translation>Der Layer ist da, und seine Prüfsumme passt zum Digest im Manifest des Images.</translation>
        </message>
        <message>
            <source>The engine unpacks the layer's files into its storage.</source>
            <translation>Die Engine entpackt die Dateien des Layers in ihren Speicher.</translation>
        </message>
        <message>
            <source>The layer is unpacked and ready; other images can share it.</source>
            <translation>Der Layer ist entpackt und bereit; andere Images können ihn mitbenutzen.</translation>
        </message>
        <message>
            <source>The engine already has this layer (another image uses it): nothing to download.</source>
            <translation>Die Engine hat diesen Layer schon (ein anderes Image nutzt ihn): Es gibt nichts herunterzuladen.</translation>
        </message>
        <message>
            <source>The engine reads the layer and asks the registry whether it has it already.</source>
            <translation>Die Engine liest den Layer und fragt die Registry, ob sie ihn schon hat.</translation>
        </message>
        <message>
            <source>The registry has the layer now; an image that uses it can be pulled from there.</source>
            <translation>Die Registry hat den Layer jetzt; ein Image, das ihn nutzt, kann von dort gepullt werden.</translation>
        </message>
        <message>
            <source>The registry has this layer already (an earlier push sent it): nothing to upload.</source>
            <translation>Die Registry hat diesen Layer schon (ein früherer Push hat ihn gesendet): Es gibt nichts hochzuladen.</translation>
        </message>
        <message>
            <source>The registry had this layer in another repository and links it here: nothing to upload.</source>
            <translation>Die Registry hatte diesen Layer in einem anderen Repository und verknüpft ihn hierher: Es gibt nichts hochzuladen.</translation>
        </message>
        <message>
            <source>The compressed layer is going to the registry.</source>
            <translation>Der komprimierte Layer wird an die Registry gesendet.</translation>
        </message>
    </context>
    <context>
        <name>dx::RawForm</name>
        <message>
            <source>Instruction text</source>
            <translation>Anweisungstext</translation>
        </message>
    </context>
    <context>
        <name>dx::RecipeModel</name>
        <message numerus="yes">
            <source>%n here-document(s)</source>
            <translation>
                <numerusform>%n Here-Document</numerusform>
                <numerusform>%n Here-Documents</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Stage %1</translation>
        </message>
        <message>
            <source>Stage %1 · %2</source>
            <translation>Stage %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>dx::RecipeView</name>
        <message>
            <source>Apply</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>&lt;h3&gt;No instructions yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Add&lt;/b&gt; and start with FROM: the image your image builds on.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Noch keine Anweisungen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Hinzufügen&lt;/b&gt; drücken und mit FROM beginnen: dem Image, auf dem das eigene Image aufbaut.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Write the card into the Dockerfile (Ctrl+Return)</source>
            <translation>Karte ins Dockerfile schreiben (Strg+Enter)</translation>
        </message>
        <message>
            <source>Forget the changes in this form</source>
            <translation>Änderungen in diesem Formular verwerfen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add an instruction after the selected card</source>
            <translation>Anweisung nach der ausgewählten Karte hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected instruction</source>
            <translation>Ausgewählte Anweisung entfernen</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move the instruction up</source>
            <translation>Anweisung nach oben verschieben</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move the instruction down</source>
            <translation>Anweisung nach unten verschieben</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change (also the editor's)</source>
            <translation>Letzte Änderung rückgängig machen (auch die des Editors)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Build</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>Build an image from this Dockerfile</source>
            <translation>Image aus diesem Dockerfile bauen</translation>
        </message>
        <message>
            <source>Recipe</source>
            <translation>Rezept</translation>
        </message>
        <message>
            <source>Select a card to edit it, drag cards (or press Alt+Up/Down) to change the order, and press Add for a new instruction. Every change is also in the Dockerfile editor.</source>
            <translation>Eine Karte auswählen, um sie zu bearbeiten, Karten ziehen (oder Alt+↑/↓ drücken), um die Reihenfolge zu ändern, und für eine neue Anweisung Hinzufügen drücken. Jede Änderung erscheint auch im Dockerfile-Editor.</translation>
        </message>
    </context>
    <context>
        <name>dx::RecreateDialog</name>
        <message>
            <source>Start the new container</source>
            <translation>Den neuen Container starten</translation>
        </message>
        <message>
            <source>Recreate %1</source>
            <translation>%1 neu erstellen</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Recreate</source>
            <translation>Neu erstellen</translation>
        </message>
        <message>
            <source>Image:</source>
            <translation>Image:</translation>
        </message>
        <message>
            <source>Stop timeout:</source>
            <translation>Wartezeit beim Stoppen:</translation>
        </message>
        <message>
            <source>A new container from this image (e.g. a newer tag: myapp:1.2 instead of myapp:1.1) takes the place of %1, with its name, ports, environment, volumes, labels, restart policy and limits. The new container's writable layer starts empty: only the volumes carry data over.&lt;br&gt;It is first created as &lt;code&gt;%2&lt;/code&gt;; %1 is removed only once it runs. If it cannot be created or started, %1 stays as it is.</source>
            <translation>Ein neuer Container aus diesem Image (z. B. mit einem neueren Tag: myapp:1.2 statt myapp:1.1) tritt an die Stelle von %1, mit dessen Namen, Ports, Umgebung, Volumes, Labels, Neustart-Richtlinie und Grenzen. Der beschreibbare Layer des neuen Containers ist anfangs leer: Daten bleiben nur in den Volumes erhalten.&lt;br&gt;Er wird zuerst als &lt;code&gt;%2&lt;/code&gt; erstellt; %1 wird erst entfernt, wenn der neue Container läuft. Lässt er sich nicht erstellen oder starten, bleibt %1 unverändert.</translation>
        </message>
        <message>
            <source>Enter the image of the new container.</source>
            <translation>Geben Sie das Image des neuen Containers ein.</translation>
        </message>
        <message>
            <source>An image reference has no spaces.</source>
            <translation>Eine Image-Referenz enthält keine Leerzeichen.</translation>
        </message>
    </context>
    <context>
        <name>dx::RegistryCredentials</name>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No credentials for %1: %2</source>
            <translation>Keine Zugangsdaten für %1: %2</translation>
        </message>
        <message>
            <source>The credentials for %1 could not be stored: %2</source>
            <translation>Die Zugangsdaten für %1 konnten nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>The credentials for %1 could not be removed: %2</source>
            <translation>Die Zugangsdaten für %1 konnten nicht entfernt werden: %2</translation>
        </message>
        <message>
            <source>%1 is left as it is: %2</source>
            <translation>%1 bleibt unverändert: %2</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created</source>
            <translation>Der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::RegistryDialog</name>
        <message>
            <source>Registries</source>
            <translation>Registries</translation>
        </message>
        <message>
            <source>A registry stores images for others to pull. Log in once to push to it, or to pull images that are not public; the docker command line and this app share the login (~/.docker/config.json, or its credential helper).</source>
            <translation>Eine Registry speichert Images, damit andere sie pullen können. Melden Sie sich einmal an, um Images dorthin zu pushen oder um nicht öffentliche Images zu pullen; die docker-Kommandozeile und diese App teilen sich die Anmeldung (~/.docker/config.json oder der dort eingetragene Credential-Helper).</translation>
        </message>
        <message>
            <source>&amp;Registry:</source>
            <translation>&amp;Registry:</translation>
        </message>
        <message>
            <source>The registry's host name and port, as in the image names that live there; empty: Docker Hub</source>
            <translation>Host-Name und Port der Registry, wie in den Namen der Images, die dort liegen; leer: Docker Hub</translation>
        </message>
        <message>
            <source>Docker Hub, or e.g. 127.0.0.1:5000</source>
            <translation>Docker Hub oder z. B. 127.0.0.1:5000</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>The password or an access token; it goes to the engine, which asks the registry, and is stored as the docker command line stores it</source>
            <translation>Das Passwort oder ein Zugriffstoken; es geht an die Engine, die bei der Registry nachfragt, und wird so gespeichert, wie die docker-Kommandozeile es speichert</translation>
        </message>
        <message>
            <source>Command:</source>
            <translation>Befehl:</translation>
        </message>
        <message>
            <source>Logged in to:</source>
            <translation>Angemeldet bei:</translation>
        </message>
        <message>
            <source>The registries the docker configuration holds a login for</source>
            <translation>Die Registries, für die die docker-Konfiguration eine Anmeldung enthält</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Ask the registry whether it takes the user name and password, then store them (docker login)</source>
            <translation>Die Registry fragen, ob sie Benutzername und Passwort annimmt, und beides dann speichern (docker login)</translation>
        </message>
        <message>
            <source>Log Out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Forget the stored login of the selected registry (docker logout)</source>
            <translation>Die gespeicherte Anmeldung der ausgewählten Registry vergessen (docker logout)</translation>
        </message>
        <message>
            <source>Logged in to: none yet</source>
            <translation>Angemeldet bei: noch keiner</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>BENUTZER</translation>
        </message>
        <message>
            <source>Asking the registry…</source>
            <translation>Die Registry wird gefragt …</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2: pushes and pulls there use this login.</source>
            <translation>Bei %1 als %2 angemeldet: Pushes und Pulls dort verwenden diese Anmeldung.</translation>
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation>Die Anmeldung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Logged out of %1: its stored login is gone.</source>
            <translation>Von %1 abgemeldet: Die gespeicherte Anmeldung ist gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>dx::RegistryLoginJob</name>
        <message>
            <source>Log in to %1</source>
            <translation>Bei %1 anmelden</translation>
        </message>
        <message>
            <source>"%1" is not a registry. Type its host name and port, e.g. registry.example.org or 127.0.0.1:5000; leave it empty for Docker Hub.</source>
            <translation>„%1“ ist keine Registry. Geben Sie Host-Name und Port ein, z. B. registry.example.org oder 127.0.0.1:5000; für Docker Hub lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <source>Enter your user name for this registry.</source>
            <translation>Geben Sie Ihren Benutzernamen für diese Registry ein.</translation>
        </message>
        <message>
            <source>A user name cannot contain a colon.</source>
            <translation>Ein Benutzername darf keinen Doppelpunkt enthalten.</translation>
        </message>
        <message>
            <source>Enter the password (or an access token) for this registry.</source>
            <translation>Geben Sie das Passwort (oder ein Zugriffstoken) für diese Registry ein.</translation>
        </message>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>%1 refused the user name or the password: check both (a password is case-sensitive; some registries want an access token instead).

%2</source>
            <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt: Prüfen Sie beides (beim Passwort zählt Groß- und Kleinschreibung; manche Registries verlangen stattdessen ein Zugriffstoken).

%2</translation>
        </message>
        <message>
            <source>The engine cannot reach %1 (no connection, or its name cannot be resolved).

%2</source>
            <translation>Die Engine erreicht %1 nicht (keine Verbindung, oder der Name lässt sich nicht auflösen).

%2</translation>
        </message>
        <message>
            <source>Logging in to %1 failed.

%2</source>
            <translation>Die Anmeldung bei %1 ist fehlgeschlagen.

%2</translation>
        </message>
        <message>
            <source>The registry took the password, but it could not be stored: %1</source>
            <translation>Die Registry hat das Passwort angenommen, aber es konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Login Succeeded</source>
            <translation>Login Succeeded</translation>
        </message>
    </context>
    <context>
        <name>dx::RenameDialog</name>
        <message>
            <source>Rename Container</source>
            <translation>Container umbenennen</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Renaming keeps everything else: the container, its files and its settings. Other containers on a user network reach it by the new name.</source>
            <translation>Beim Umbenennen bleibt alles andere erhalten: der Container, seine Dateien und seine Einstellungen. Andere Container in einem benutzerdefinierten Netzwerk erreichen ihn unter dem neuen Namen.</translation>
        </message>
    </context>
    <context>
        <name>dx::RunDialog</name>
        <message>
            <source>Remove the container when it exits (--rm)</source>
            <translation>Container entfernen, wenn er sich beendet (--rm)</translation>
        </message>
        <message>
            <source>Follow its output (open its logs after start)</source>
            <translation>Ausgabe mitverfolgen (nach dem Start seine Logs öffnen)</translation>
        </message>
        <message>
            <source>Run a New Container</source>
            <translation>Neuen Container ausführen</translation>
        </message>
        <message>
            <source>Every Run creates a &lt;b&gt;new&lt;/b&gt; container from the image, with its own fresh writable layer. To continue an existing container with its files, select it and press &lt;b&gt;Start&lt;/b&gt; instead.</source>
            <translation>Jedes Ausführen erstellt einen &lt;b&gt;neuen&lt;/b&gt; Container aus dem Image, mit eigenem, frischem beschreibbarem Layer. Um einen vorhandenen Container mit seinen Dateien fortzusetzen, ihn auswählen und stattdessen &lt;b&gt;Starten&lt;/b&gt; drücken.</translation>
        </message>
        <message>
            <source>e.g. nginx:alpine</source>
            <translation>z. B. nginx:alpine</translation>
        </message>
        <message>
            <source>optional; the engine picks a name like "eager_turing"</source>
            <translation>optional; die Engine wählt einen Namen wie „eager_turing“</translation>
        </message>
        <message>
            <source>optional; overrides the image's CMD, e.g. sh -c 'echo hi'</source>
            <translation>optional; ersetzt das CMD des Images, z. B. sh -c 'echo hi'</translation>
        </message>
        <message>
            <source>optional; the image's WORKDIR</source>
            <translation>optional; das WORKDIR des Images</translation>
        </message>
        <message>
            <source>Never (no)</source>
            <translation>Nie (no)</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Immer</translation>
        </message>
        <message>
            <source>Unless stopped</source>
            <translation>Außer wenn gestoppt</translation>
        </message>
        <message>
            <source>On failure</source>
            <translation>Bei Fehler</translation>
        </message>
        <message>
            <source>max. retries: </source>
            <translation>max. Versuche: </translation>
        </message>
        <message>
            <source>Variable</source>
            <translation>Variable</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Host address</source>
            <translation>Host-Adresse</translation>
        </message>
        <message>
            <source>Host port</source>
            <translation>Host-Port</translation>
        </message>
        <message>
            <source>Container port</source>
            <translation>Container-Port</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Path in container</source>
            <translation>Pfad im Container</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Nur lesen</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>&amp;Image:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Command:</source>
            <translation>&amp;Befehl:</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Umgebung:</translation>
        </message>
        <message>
            <source>Add a variable (-e)</source>
            <translation>Variable hinzufügen (-e)</translation>
        </message>
        <message>
            <source>&amp;Ports:</source>
            <translation>&amp;Ports:</translation>
        </message>
        <message>
            <source>Publish a port (-p)</source>
            <translation>Port veröffentlichen (-p)</translation>
        </message>
        <message>
            <source>&amp;Volumes:</source>
            <translation>&amp;Volumes:</translation>
        </message>
        <message>
            <source>&amp;Working directory:</source>
            <translation>&amp;Arbeitsverzeichnis:</translation>
        </message>
        <message>
            <source>&amp;Restart policy:</source>
            <translation>Neustart-&amp;Richtlinie:</translation>
        </message>
        <message>
            <source>Copy the command</source>
            <translation>Befehl kopieren</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>The same with the docker CLI:</source>
            <translation>Dasselbe mit der docker-CLI:</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>Ausgewählte Zeile entfernen</translation>
        </message>
        <message>
            <source>Empty: every address of the host; 127.0.0.1: only this computer</source>
            <translation>Leer: alle Adressen des Hosts; 127.0.0.1: nur dieser Computer</translation>
        </message>
        <message>
            <source>Named volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Host folder</source>
            <translation>Host-Ordner</translation>
        </message>
        <message>
            <source>A named volume is created (with a label) when it does not exist yet</source>
            <translation>Ein benanntes Volume wird (mit einem Label) erstellt, wenn es noch nicht existiert</translation>
        </message>
        <message>
            <source>Use only letters, digits, "_", "." and "-", starting with a letter or digit (no spaces or umlauts).</source>
            <translation>Nur Buchstaben, Ziffern, „_“, „.“ und „-“ verwenden, beginnend mit einem Buchstaben oder einer Ziffer (keine Leerzeichen oder Umlaute).</translation>
        </message>
        <message>
            <source>A container named "%1" already exists. Choose another name, or leave the field empty and the engine picks one.</source>
            <translation>Ein Container namens „%1“ existiert bereits. Wählen Sie einen anderen Namen oder lassen Sie das Feld leer, dann wählt die Engine einen.</translation>
        </message>
        <message>
            <source>The command gets a terminal and reads what you type: for shells and other interactive programs</source>
            <translation>Der Befehl bekommt ein Terminal und liest, was Sie tippen: für Shells und andere interaktive Programme</translation>
        </message>
        <message>
            <source>Interactive, with a terminal (-it): open the Terminal tab at start</source>
            <translation>Interaktiv, mit Terminal (-it): beim Start den Reiter Terminal öffnen</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>Allge&amp;mein</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Mount a volume, a host folder or a tmpfs (-v, --tmpfs)</source>
            <translation>Ein Volume, einen Host-Ordner oder ein tmpfs einhängen (-v, --tmpfs)</translation>
        </message>
        <message>
            <source>Re&amp;sources</source>
            <translation>Ress&amp;ourcen</translation>
        </message>
        <message>
            <source>Limits the engine enforces on the container. Leave a field empty for no limit.</source>
            <translation>Grenzen, die die Engine für den Container durchsetzt. Lassen Sie ein Feld leer, wenn es keine Grenze geben soll.</translation>
        </message>
        <message>
            <source>&amp;Memory:</source>
            <translation>&amp;Speicher:</translation>
        </message>
        <message>
            <source>no limit; e.g. 512m or 1g</source>
            <translation>keine Grenze; z. B. 512m oder 1g</translation>
        </message>
        <message>
            <source>CP&amp;Us:</source>
            <translation>&amp;CPUs:</translation>
        </message>
        <message>
            <source>Pr&amp;ocesses:</source>
            <translation>Pro&amp;zesse:</translation>
        </message>
        <message>
            <source>engine default; e.g. 200, or -1 for no limit</source>
            <translation>Vorgabe der Engine; z. B. 200, oder -1 für keine Grenze</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <translation>Er&amp;weitert</translation>
        </message>
        <message>
            <source>Ne&amp;twork:</source>
            <translation>Ne&amp;tzwerk:</translation>
        </message>
        <message>
            <source>&amp;Hostname:</source>
            <translation>&amp;Hostname:</translation>
        </message>
        <message>
            <source>optional; the container's short id</source>
            <translation>optional; die kurze ID des Containers</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>optional; the image's USER, e.g. 1000:1000 or nobody</source>
            <translation>optional; USER des Images, z. B. 1000:1000 oder nobody</translation>
        </message>
        <message>
            <source>Entr&amp;ypoint:</source>
            <translation>&amp;Einstiegspunkt:</translation>
        </message>
        <message>
            <source>optional; replaces the image's ENTRYPOINT</source>
            <translation>optional; ersetzt den ENTRYPOINT des Images</translation>
        </message>
        <message>
            <source>&amp;Labels:</source>
            <translation>&amp;Labels:</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Add a label (--label)</source>
            <translation>Ein Label hinzufügen (--label)</translation>
        </message>
        <message>
            <source>Writing fails everywhere except in volumes and tmpfs mounts</source>
            <translation>Schreiben schlägt überall fehl außer in Volumes und tmpfs-Einhängungen</translation>
        </message>
        <message>
            <source>Read-only root filesystem (--read-only)</source>
            <translation>Schreibgeschütztes Root-Dateisystem (--read-only)</translation>
        </message>
        <message>
            <source>Default (bridge)</source>
            <translation>Standard (bridge)</translation>
        </message>
        <message numerus="yes">
            <source>no limit; e.g. 0.5, at most %n on this engine</source>
            <translation>
                <numerusform>keine Grenze; z. B. 0.5, höchstens %n auf dieser Engine</numerusform>
                <numerusform>keine Grenze; z. B. 0.5, höchstens %n auf dieser Engine</numerusform>
            </translation>
        </message>
        <message>
            <source>no limit; e.g. 0.5 or 2</source>
            <translation>keine Grenze; z. B. 0.5 oder 2</translation>
        </message>
        <message>
            <source>Empty: a free port chosen by the engine. A range like 8000-8010 publishes each port of the container range.</source>
            <translation>Leer: ein freier Port, den die Engine wählt. Ein Bereich wie 8000-8010 veröffentlicht jeden Port des Container-Bereichs.</translation>
        </message>
        <message>
            <source>A port, or a range like 8000-8010</source>
            <translation>Ein Port oder ein Bereich wie 8000-8010</translation>
        </message>
        <message>
            <source>tmpfs (in memory)</source>
            <translation>tmpfs (im Arbeitsspeicher)</translation>
        </message>
        <message>
            <source>An absolute folder on the engine's host</source>
            <translation>Ein absoluter Ordner auf dem Host der Engine</translation>
        </message>
        <message>
            <source>Optional tmpfs options, e.g. size=64m,mode=1777</source>
            <translation>Optionale tmpfs-Optionen, z. B. size=64m,mode=1777</translation>
        </message>
        <message>
            <source>Every published port needs its port in the container.</source>
            <translation>Jeder veröffentlichte Port braucht seinen Port im Container.</translation>
        </message>
        <message>
            <source>Pull and Run</source>
            <translation>Pullen und ausführen</translation>
        </message>
        <message>
            <source>Download the image from its registry (docker pull), then run it</source>
            <translation>Das Image aus seiner Registry herunterladen (docker pull) und dann ausführen</translation>
        </message>
        <message>
            <source>%1
The image is not on this engine: Pull and Run downloads it first, as docker run does (or build it).</source>
            <translation>%1
Das Image ist nicht auf dieser Engine: „Pullen und ausführen“ lädt es zuerst herunter, wie docker run es tut (oder bauen Sie es).</translation>
        </message>
    </context>
    <context>
        <name>dx::RunForm</name>
        <message>
            <source>optional, e.g. --mount=type=cache,target=/root/.cache</source>
            <translation>optional, z. B. --mount=type=cache,target=/root/.cache</translation>
        </message>
        <message>
            <source>Shell command; each new line becomes a continued line</source>
            <translation>Shell-Befehl; jede neue Zeile wird zu einer Fortsetzungszeile</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
    </context>
    <context>
        <name>dx::RunSpec</name>
        <message>
            <source>Choose the image to run.</source>
            <translation>Das auszuführende Image wählen.</translation>
        </message>
        <message>
            <source>A name may contain letters, digits, "_", "." and "-", and must start with a letter or digit.</source>
            <translation>Ein Name darf Buchstaben, Ziffern, "_", "." und "-" enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
        </message>
        <message>
            <source>"Remove when it exits" and a restart policy exclude each other.</source>
            <translation>„Container entfernen, wenn er sich beendet“ und eine Neustart-Richtlinie schließen sich gegenseitig aus.</translation>
        </message>
        <message>
            <source>The command has an unclosed quote.</source>
            <translation>Der Befehl enthält ein nicht geschlossenes Anführungszeichen.</translation>
        </message>
        <message>
            <source>Ports are numbers from 1 to 65535.</source>
            <translation>Ports sind Zahlen von 1 bis 65535.</translation>
        </message>
        <message>
            <source>Every mount needs a source and an absolute path inside the container.</source>
            <translation>Jede Einhängung braucht eine Quelle und einen absoluten Pfad im Container.</translation>
        </message>
        <message>
            <source>A host folder must be an absolute path.</source>
            <translation>Ein Host-Ordner muss ein absoluter Pfad sein.</translation>
        </message>
        <message>
            <source>Environment variable names must not be empty or contain "=".</source>
            <translation>Namen von Umgebungsvariablen dürfen nicht leer sein und kein "=" enthalten.</translation>
        </message>
        <message>
            <source>Write a size like 512m or 1g (k, m, g: KiB, MiB, GiB).</source>
            <translation>Geben Sie eine Größe wie 512m oder 1g ein (k, m, g: KiB, MiB, GiB).</translation>
        </message>
        <message>
            <source>That is more memory than any engine has.</source>
            <translation>So viel Speicher hat keine Engine.</translation>
        </message>
        <message>
            <source>Write a number of CPUs like 0.5 or 2.</source>
            <translation>Geben Sie eine Anzahl CPUs wie 0.5 oder 2 ein.</translation>
        </message>
        <message>
            <source>At most 9 decimal places.</source>
            <translation>Höchstens 9 Nachkommastellen.</translation>
        </message>
        <message>
            <source>That is more CPUs than any engine has.</source>
            <translation>So viele CPUs hat keine Engine.</translation>
        </message>
        <message>
            <source>The number of CPUs must be more than 0.</source>
            <translation>Die Anzahl der CPUs muss größer als 0 sein.</translation>
        </message>
        <message>
            <source>A whole number of processes from 1, or -1 for no limit.</source>
            <translation>Eine ganze Zahl von Prozessen ab 1, oder -1 für keine Grenze.</translation>
        </message>
        <message>
            <source>Write a port like 8080 or a range like 8000-8010.</source>
            <translation>Geben Sie einen Port wie 8080 oder einen Bereich wie 8000-8010 ein.</translation>
        </message>
        <message>
            <source>A range goes from the lower port to the higher one (8000-8010).</source>
            <translation>Ein Bereich geht vom niedrigeren zum höheren Port (8000-8010).</translation>
        </message>
        <message>
            <source>The host range has %1 ports and the container range %2: they must be the same length.</source>
            <translation>Der Host-Bereich hat %1 Ports und der Container-Bereich %2: Beide müssen gleich lang sein.</translation>
        </message>
        <message>
            <source>A tmpfs needs an absolute path inside the container.</source>
            <translation>Ein tmpfs braucht einen absoluten Pfad im Container.</translation>
        </message>
        <message>
            <source>The engine needs at least 6m (6 MiB) for a container.</source>
            <translation>Die Engine braucht mindestens 6m (6 MiB) für einen Container.</translation>
        </message>
        <message numerus="yes">
            <source>This engine has %n CPU(s): the limit can be at most that.</source>
            <translation>
                <numerusform>Diese Engine hat %n CPU: Die Grenze kann höchstens so hoch sein.</numerusform>
                <numerusform>Diese Engine hat %n CPUs: Die Grenze kann höchstens so hoch sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entrypoint is one program (e.g. /bin/sh); write its arguments in Command.</source>
            <translation>Der Einstiegspunkt ist ein einzelnes Programm (z. B. /bin/sh); schreiben Sie seine Argumente unter Befehl.</translation>
        </message>
        <message>
            <source>A user name or number, optionally with a group: nobody, 1000 or 1000:1000.</source>
            <translation>Ein Benutzername oder eine Nummer, optional mit Gruppe: nobody, 1000 oder 1000:1000.</translation>
        </message>
        <message>
            <source>A hostname has letters, digits and "-", in parts separated by dots, e.g. web-1.</source>
            <translation>Ein Hostname besteht aus Buchstaben, Ziffern und „-“, in Teilen durch Punkte getrennt, z. B. web-1.</translation>
        </message>
        <message>
            <source>On this network the container has the host's name: leave the hostname empty.</source>
            <translation>In diesem Netzwerk hat der Container den Namen des Hosts: Lassen Sie den Hostnamen leer.</translation>
        </message>
        <message>
            <source>Every label needs a key.</source>
            <translation>Jedes Label braucht einen Schlüssel.</translation>
        </message>
        <message>
            <source>A label key must not contain "=" or spaces.</source>
            <translation>Ein Label-Schlüssel darf weder „=“ noch Leerzeichen enthalten.</translation>
        </message>
    </context>
    <context>
        <name>dx::SafeExtractor</name>
        <message>
            <source>absolute path</source>
            <translation>absoluter Pfad</translation>
        </message>
        <message>
            <source>path contains ".."</source>
            <translation>Pfad enthält ".."</translation>
        </message>
        <message>
            <source>link points outside the destination folder</source>
            <translation>Link zeigt aus dem Zielordner hinaus</translation>
        </message>
        <message>
            <source>path goes through a symbolic link</source>
            <translation>Pfad führt über einen symbolischen Link</translation>
        </message>
        <message>
            <source>device, pipe or socket</source>
            <translation>Gerät, Pipe oder Socket</translation>
        </message>
        <message>
            <source>already exists</source>
            <translation>existiert bereits</translation>
        </message>
        <message>
            <source>a parent is not a folder</source>
            <translation>ein übergeordnetes Element ist kein Ordner</translation>
        </message>
        <message>
            <source>Cannot open the destination folder %1: %2</source>
            <translation>Zielordner %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot create folder %1: %2</source>
            <translation>Ordner %1 kann nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>Cannot inspect %1: %2</source>
            <translation>%1 kann nicht untersucht werden: %2</translation>
        </message>
        <message>
            <source>Cannot replace %1: %2</source>
            <translation>%1 kann nicht ersetzt werden: %2</translation>
        </message>
        <message>
            <source>Cannot create %1: %2</source>
            <translation>%1 kann nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot create link %1: %2</source>
            <translation>Link %1 kann nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>Skipped %1: %2</source>
            <translation>%1 übersprungen: %2</translation>
        </message>
        <message>
            <source>Cannot remove the unsafe link %1: %2</source>
            <translation>Der unsichere Link %1 kann nicht entfernt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::SecretDetector</name>
        <message>
            <source>%1/ is sent to the engine and may contain credentials; add it to .dockerignore</source>
            <translation>%1/ wird an die Engine gesendet und kann Zugangsdaten enthalten; zu .dockerignore hinzufügen</translation>
        </message>
        <message>
            <source>%1 is sent to the engine and looks like a secret; add it to .dockerignore</source>
            <translation>%1 wird an die Engine gesendet und sieht nach einem Secret aus; zu .dockerignore hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>dx::SshTunnel</name>
        <message>
            <source>Cannot create a temporary folder for the ssh connection: %1</source>
            <translation>Temporärer Ordner für die SSH-Verbindung kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2</source>
            <translation>Lauschen auf %1 nicht möglich: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::StopAfterDialog</name>
        <message>
            <source>Stop After…</source>
            <translation>Stoppen nach…</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Grace period:</source>
            <translation>Wartezeit:</translation>
        </message>
        <message>
            <source>Stop %1: the main process gets SIGTERM and this long to end by itself; then it is killed with SIGKILL. Exit code 143 means it ended on SIGTERM, 137 that it was killed.</source>
            <translation>%1 stoppen: Der Hauptprozess erhält SIGTERM und so lange Zeit, sich selbst zu beenden; danach wird er mit SIGKILL abgewürgt. Exit-Code 143 bedeutet, dass er sich auf SIGTERM hin beendet hat, 137, dass er abgewürgt wurde.</translation>
        </message>
    </context>
    <context>
        <name>dx::SystemApi</name>
        <message>
            <source>Engine version</source>
            <translation>Engine-Version</translation>
        </message>
        <message>
            <source>Engine facts</source>
            <translation>Angaben zur Engine</translation>
        </message>
        <message>
            <source>Disk space used by images, containers and volumes</source>
            <translation>Speicherplatz, den Images, Container und Volumes belegen</translation>
        </message>
        <message>
            <source>Log in to a registry</source>
            <translation>Bei einer Registry anmelden</translation>
        </message>
    </context>
    <context>
        <name>dx::SystemOverview</name>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>This engine cannot clean up only part of its build cache.</source>
            <translation>Diese Engine kann ihren Build-Cache nicht nur teilweise aufräumen.</translation>
        </message>
    </context>
    <context>
        <name>dx::SystemView</name>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>API version</source>
            <translation>API-Version</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>Storage driver</source>
            <translation>Speichertreiber</translation>
        </message>
        <message>
            <source>Cgroups</source>
            <translation>Cgroups</translation>
        </message>
        <message>
            <source>Rootless</source>
            <translation>Ohne root</translation>
        </message>
        <message>
            <source>CPUs</source>
            <translation>CPUs</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Disk Usage</source>
            <translation>Speicherplatz</translation>
        </message>
        <message>
            <source>Clean Up</source>
            <translation>Aufräumen</translation>
        </message>
        <message>
            <source>&lt;span style="color:%1"&gt;&amp;#9632;&lt;/span&gt; kept &amp;nbsp; &lt;span style="color:%2"&gt;&amp;#9632;&lt;/span&gt; reclaimable: a clean-up can free it</source>
            <translation>&lt;span style="color:%1"&gt;&amp;#9632;&lt;/span&gt; bleibt belegt &amp;nbsp; &lt;span style="color:%2"&gt;&amp;#9632;&lt;/span&gt; freigebbar: Aufräumen kann den Platz freigeben</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Count the disk usage again and read the engine's facts (F5)</source>
            <translation>Speicherplatz neu zählen und die Angaben zur Engine neu lesen (F5)</translation>
        </message>
        <message>
            <source>Clean Up…</source>
            <translation>Aufräumen…</translation>
        </message>
        <message>
            <source>%1 (the engine speaks up to %2)</source>
            <translation>%1 (die Engine spricht bis zu %2)</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, Version %2</translation>
        </message>
        <message>
            <source>Yes: the engine runs as an ordinary user</source>
            <translation>Ja: Die Engine läuft als gewöhnlicher Benutzer</translation>
        </message>
        <message>
            <source>No: the engine runs as root</source>
            <translation>Nein: Die Engine läuft als root</translation>
        </message>
        <message>
            <source>Dangling images</source>
            <translation>Verwaiste Images</translation>
        </message>
        <message>
            <source>Unused images</source>
            <translation>Unbenutzte Images</translation>
        </message>
        <message>
            <source>Stopped containers</source>
            <translation>Gestoppte Container</translation>
        </message>
        <message>
            <source>Build cache</source>
            <translation>Build-Cache</translation>
        </message>
        <message>
            <source>Images without a name that no container uses: usually left over when a newer build took their name.</source>
            <translation>Images ohne Namen, die kein Container verwendet: meist übrig geblieben, weil ein neuerer Build ihren Namen übernommen hat.</translation>
        </message>
        <message>
            <source>Every image no container uses, named or not (stopped containers count as users). To use one again it must be pulled or built again.</source>
            <translation>Jedes Image, das kein Container verwendet, ob mit oder ohne Namen (auch gestoppte Container zählen als Verwender). Um es wieder zu verwenden, muss es erneut gepullt oder gebaut werden.</translation>
        </message>
        <message>
            <source>Containers that are not running, with the files they changed. Volumes stay.</source>
            <translation>Container, die nicht laufen, samt den Dateien, die sie geändert haben. Volumes bleiben erhalten.</translation>
        </message>
        <message>
            <source>Build steps kept to make later builds faster, when no build uses them now. The next build runs those steps again.</source>
            <translation>Gespeicherte Build-Schritte, die spätere Builds beschleunigen, sofern gerade kein Build sie verwendet. Der nächste Build führt diese Schritte erneut aus.</translation>
        </message>
        <message>
            <source>&lt;no name&gt; %1</source>
            <translation>&lt;ohne Namen&gt; %1</translation>
        </message>
        <message>
            <source>%1: not available on this engine</source>
            <translation>%1: auf dieser Engine nicht verfügbar</translation>
        </message>
        <message>
            <source>%1: nothing to remove</source>
            <translation>%1: nichts zu entfernen</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n to remove, %2</source>
            <translation>
                <numerusform>%1: %n zu entfernen, %2</numerusform>
                <numerusform>%1: %n zu entfernen, %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Would be removed</source>
            <translation>Würde entfernt</translation>
        </message>
        <message>
            <source>Frees</source>
            <translation>Gibt frei</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>This engine reports no build cache, or cannot clean up only part of it.</source>
            <translation>Diese Engine meldet keinen Build-Cache oder kann ihn nicht nur teilweise aufräumen.</translation>
        </message>
        <message>
            <source>Nothing to remove.</source>
            <translation>Nichts zu entfernen.</translation>
        </message>
        <message>
            <source>At least %1 comes back.</source>
            <translation>Mindestens %1 wird wieder frei.</translation>
        </message>
        <message>
            <source>%1 comes back.</source>
            <translation>%1 wird wieder frei.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n image(s) without a name:</source>
            <translation>
                <numerusform>Die Engine entfernt dieses %n Image ohne Namen:</numerusform>
                <numerusform>Die Engine entfernt diese %n Images ohne Namen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n image(s) that no container uses. To run one again it must be pulled or built again:</source>
            <translation>
                <numerusform>Die Engine entfernt dieses %n Image, das kein Container verwendet. Um es wieder auszuführen, muss es erneut gepullt oder gebaut werden:</numerusform>
                <numerusform>Die Engine entfernt diese %n Images, die kein Container verwendet. Um eines davon wieder auszuführen, muss es erneut gepullt oder gebaut werden:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n stopped container(s) and the files they changed; their volumes stay:</source>
            <translation>
                <numerusform>Die Engine entfernt diesen %n gestoppten Container und die Dateien, die er geändert hat; seine Volumes bleiben erhalten:</numerusform>
                <numerusform>Die Engine entfernt diese %n gestoppten Container und die Dateien, die sie geändert haben; ihre Volumes bleiben erhalten:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The engine removes these %n build cache record(s); the next build runs their steps again:</source>
            <translation>
                <numerusform>Die Engine entfernt diesen %n Build-Cache-Eintrag; der nächste Build führt seine Schritte erneut aus:</numerusform>
                <numerusform>Die Engine entfernt diese %n Build-Cache-Einträge; der nächste Build führt ihre Schritte erneut aus:</numerusform>
            </translation>
        </message>
        <message>
            <source>At least %1 of disk space comes back.</source>
            <translation>Mindestens %1 Speicherplatz wird wieder frei.</translation>
        </message>
        <message>
            <source>%1 of disk space comes back.</source>
            <translation>%1 Speicherplatz wird wieder frei.</translation>
        </message>
        <message>
            <source>If something changed since this list was made, the engine removes what matches the rule now.</source>
            <translation>Hat sich seit dem Erstellen dieser Liste etwas geändert, entfernt die Engine, was jetzt auf die Regel passt.</translation>
        </message>
        <message>
            <source>Clean Up: %1</source>
            <translation>Aufräumen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n object(s); the engine reports %1 freed.</source>
            <translation>
                <numerusform>%n Objekt entfernt; die Engine meldet %1 freigegeben.</numerusform>
                <numerusform>%n Objekte entfernt; die Engine meldet %1 freigegeben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dx::TarBuilder</name>
        <message>
            <source>Writing the archive failed</source>
            <translation>Schreiben des Archivs fehlgeschlagen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot read link %1</source>
            <translation>Link %1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Cannot read the folder %1: %2</source>
            <translation>Der Ordner %1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>dx::TerminalPage</name>
        <message>
            <source>Hide this message</source>
            <translation>Diese Meldung ausblenden</translation>
        </message>
        <message>
            <source>The container was not started with an open input (docker run -i): its output is shown, typing does not reach it.</source>
            <translation>Der Container wurde nicht mit offener Eingabe gestartet (docker run -i): Seine Ausgabe wird gezeigt, Eingaben erreichen ihn nicht.</translation>
        </message>
        <message>
            <source>The program printed binary data (control codes no text has), so the screen may look garbled. Reset Terminal in the context menu puts it right.</source>
            <translation>Das Programm hat Binärdaten ausgegeben (Steuerzeichen, die kein Text enthält), daher kann die Anzeige verstümmelt sein. „Terminal zurücksetzen“ im Kontextmenü bringt sie wieder in Ordnung.</translation>
        </message>
        <message>
            <source>attach</source>
            <translation>attach</translation>
        </message>
        <message>
            <source>shell</source>
            <translation>Shell</translation>
        </message>
        <message>
            <source>%1 (exit %2)</source>
            <translation>%1 (Exit-Code %2)</translation>
        </message>
        <message>
            <source>%1 (ended)</source>
            <translation>%1 (beendet)</translation>
        </message>
        <message>
            <source>The engine refused the terminal: %1</source>
            <translation>Die Engine hat das Terminal abgelehnt: %1</translation>
        </message>
        <message>
            <source>The container stopped (exit code %1).</source>
            <translation>Der Container wurde beendet (Exit-Code %1).</translation>
        </message>
    </context>
    <context>
        <name>dx::TerminalSession</name>
        <message>
            <source>The container is not running (exit code %1).</source>
            <translation>Der Container läuft nicht (Exit-Code %1).</translation>
        </message>
        <message>
            <source>This container has no shell: there is no bash and no sh (looked for %1). Type the path of a program the image has in the command box and open a terminal with it.</source>
            <translation>Dieser Container hat keine Shell: Es gibt weder bash noch sh (gesucht: %1). Geben Sie im Befehlsfeld den Pfad eines Programms des Images ein und öffnen Sie damit ein Terminal.</translation>
        </message>
        <message>
            <source>Open a terminal in a container</source>
            <translation>Ein Terminal in einem Container öffnen</translation>
        </message>
        <message>
            <source>Connect to the main process of a container</source>
            <translation>Mit dem Hauptprozess eines Containers verbinden</translation>
        </message>
        <message>
            <source>Closed.</source>
            <translation>Geschlossen.</translation>
        </message>
        <message>
            <source>The connection to the engine was cut: %1</source>
            <translation>Die Verbindung zur Engine wurde unterbrochen: %1</translation>
        </message>
        <message>
            <source>The container was removed.</source>
            <translation>Der Container wurde entfernt.</translation>
        </message>
        <message>
            <source>The container stopped (exit code %1).</source>
            <translation>Der Container wurde beendet (Exit-Code %1).</translation>
        </message>
        <message>
            <source>It ran out of memory.</source>
            <translation>Ihm ging der Speicher aus.</translation>
        </message>
        <message>
            <source>Detached from the container; it goes on running.</source>
            <translation>Vom Container getrennt; er läuft weiter.</translation>
        </message>
        <message>
            <source>The program ended.</source>
            <translation>Das Programm wurde beendet.</translation>
        </message>
        <message>
            <source>The program ended with exit code %1.</source>
            <translation>Das Programm wurde mit Exit-Code %1 beendet.</translation>
        </message>
        <message>
            <source>The connection to the engine was closed while the program still runs in the container.</source>
            <translation>Die Verbindung zur Engine wurde getrennt, während das Programm im Container noch läuft.</translation>
        </message>
    </context>
    <context>
        <name>dx::TerminalView</name>
        <message>
            <source>Not pasted: the clipboard holds %1 KiB, the terminal takes at most %2 KiB at once. Copy files into the container with docker cp instead.</source>
            <translation>Nicht eingefügt: Die Zwischenablage enthält %1 KiB, das Terminal nimmt höchstens %2 KiB auf einmal. Kopieren Sie Dateien stattdessen mit docker cp in den Container.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Alles auswählen</translation>
        </message>
        <message>
            <source>Clear Scrollback</source>
            <translation>Verlauf leeren</translation>
        </message>
        <message>
            <source>Reset Terminal</source>
            <translation>Terminal zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>dx::ValueForm</name>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>User[:group]</source>
            <translation>Benutzer[:Gruppe]</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>e.g. 8080 443/tcp</source>
            <translation>z. B. 8080 443/tcp</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeActions</name>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>Volume %1 is used by %2. Remove those containers first.</source>
            <translation>Volume %1 wird von %2 verwendet. Zuerst diese Container entfernen.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeBackupJob</name>
        <message>
            <source>Export %1</source>
            <translation>%1 exportieren</translation>
        </message>
        <message>
            <source>Import into %1</source>
            <translation>In %1 importieren</translation>
        </message>
        <message>
            <source>Clone %1 to %2</source>
            <translation>%1 nach %2 klonen</translation>
        </message>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>No helper for the volume's files.</source>
            <translation>Kein Hilfscontainer für die Dateien des Volumes.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 ist keine Datei.</translation>
        </message>
        <message>
            <source>No such volume: %1</source>
            <translation>Volume %1 gibt es nicht.</translation>
        </message>
        <message>
            <source>Volume %1 already exists: a clone goes into a new volume.</source>
            <translation>Volume %1 gibt es schon: Ein Klon kommt in ein neues Volume.</translation>
        </message>
        <message>
            <source>Cannot make a helper container: %1</source>
            <translation>Der Hilfscontainer lässt sich nicht anlegen: %1</translation>
        </message>
        <message>
            <source>Volume %1 is not empty: importing would mix the archive with the files it holds.</source>
            <translation>Volume %1 ist nicht leer: Ein Import würde das Archiv mit den vorhandenen Dateien vermischen.</translation>
        </message>
        <message>
            <source>Export volume %1 to a file (through its helper container)</source>
            <translation>Volume %1 in eine Datei exportieren (über seinen Hilfscontainer)</translation>
        </message>
        <message>
            <source>Import an archive into volume %1 (through its helper container)</source>
            <translation>Ein Archiv in Volume %1 importieren (über seinen Hilfscontainer)</translation>
        </message>
        <message>
            <source>Copy everything in volume %1 into volume %2 (through helper containers)</source>
            <translation>Den ganzen Inhalt von Volume %1 in Volume %2 kopieren (über Hilfscontainer)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 lässt sich nicht schreiben: %2</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>%1 nach %2 exportiert</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 lässt sich nicht lesen: %2</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Imported %1 into %2</source>
            <translation>%1 in %2 importiert</translation>
        </message>
        <message>
            <source>Cloned %1 to %2</source>
            <translation>%1 nach %2 geklont</translation>
        </message>
        <message>
            <source>The copy stopped.</source>
            <translation>Das Kopieren wurde angehalten.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeBrowser</name>
        <message>
            <source>Double-click a file to view it; drop files or folders here to upload them.</source>
            <translation>Datei doppelklicken, um sie anzusehen; Dateien oder Ordner hierher ziehen, um sie hochzuladen.</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>Volumes</translation>
        </message>
        <message>
            <source>Back to the list of volumes (Alt+Up)</source>
            <translation>Zurück zur Liste der Volumes (Alt+↑)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>List the volume's files again (F5)</source>
            <translation>Dateien des Volumes neu auflisten (F5)</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>Herunterladen…</translation>
        </message>
        <message>
            <source>Copy the selected file or folder to this computer (Ctrl+D)</source>
            <translation>Ausgewählte Datei oder Ordner auf diesen Computer kopieren (Strg+D)</translation>
        </message>
        <message>
            <source>Upload Files…</source>
            <translation>Dateien hochladen…</translation>
        </message>
        <message>
            <source>Copy files from this computer into the selected folder (Ctrl+U); you can also drop them on the tree</source>
            <translation>Dateien von diesem Computer in den ausgewählten Ordner kopieren (Strg+U); sie lassen sich auch auf den Baum ziehen</translation>
        </message>
        <message>
            <source>Upload Folder…</source>
            <translation>Ordner hochladen…</translation>
        </message>
        <message>
            <source>Copy a folder from this computer into the selected folder</source>
            <translation>Einen Ordner von diesem Computer in den ausgewählten Ordner kopieren</translation>
        </message>
        <message>
            <source>New Folder…</source>
            <translation>Neuer Ordner…</translation>
        </message>
        <message>
            <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
            <translation>Ordner im ausgewählten Ordner erstellen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the running transfer</source>
            <translation>Laufende Übertragung stoppen</translation>
        </message>
        <message>
            <source>Cannot open the volume: %1</source>
            <translation>Volume kann nicht geöffnet werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Download %1 to</source>
            <translation>%1 herunterladen nach</translation>
        </message>
        <message>
            <source>Downloading %1…</source>
            <translation>%1 wird heruntergeladen…</translation>
        </message>
        <message>
            <source>Upload Folder</source>
            <translation>Ordner hochladen</translation>
        </message>
        <message>
            <source>Upload Files</source>
            <translation>Dateien hochladen</translation>
        </message>
        <message>
            <source>Nothing uploaded</source>
            <translation>Nichts hochgeladen</translation>
        </message>
        <message numerus="yes">
            <source>Uploading %n item(s)…</source>
            <translation>
                <numerusform>%n Eintrag wird hochgeladen…</numerusform>
                <numerusform>%n Einträge werden hochgeladen…</numerusform>
            </translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Neuer Ordner</translation>
        </message>
        <message>
            <source>Name of the new folder in %1:</source>
            <translation>Name des neuen Ordners in %1:</translation>
        </message>
        <message>
            <source>A folder name cannot contain "/" or be "." or "..".</source>
            <translation>Ein Ordnername darf kein "/" enthalten und nicht "." oder ".." sein.</translation>
        </message>
        <message>
            <source>%1 already exists.</source>
            <translation>%1 existiert bereits.</translation>
        </message>
        <message>
            <source>List the files of volume %1 (through its helper container)</source>
            <translation>Dateien von Volume %1 auflisten (über seinen Hilfscontainer)</translation>
        </message>
        <message>
            <source>Show a file of volume %1 (through its helper container)</source>
            <translation>Eine Datei von Volume %1 zeigen (über seinen Hilfscontainer)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Copy from volume %1 to this computer (through its helper container)</source>
            <translation>Von Volume %1 auf diesen Computer kopieren (über seinen Hilfscontainer)</translation>
        </message>
        <message>
            <source>Copy into volume %1 (through its helper container)</source>
            <translation>In Volume %1 kopieren (über seinen Hilfscontainer)</translation>
        </message>
        <message>
            <source>Create folder %1 in volume %2 (through its helper container)</source>
            <translation>Ordner %1 in Volume %2 anlegen (über seinen Hilfscontainer)</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeCommand</name>
        <message>
            <source>Usage: docker-explorer volume COMMAND

Commands:
  download NAME[:PATH] DIR   copy the volume's files (or PATH in it) into DIR; what is unsafe
                             (links leaving DIR, special files, existing files) is refused
  export NAME FILE           write the whole volume to FILE, a tar (gzip-compressed when FILE
                             ends in .gz or .tgz) keeping paths, modes, owners, links and times
  import FILE NAME [--force] unpack FILE (tar or tar.gz) into volume NAME, creating it when
                             missing; a volume that holds files is refused unless --force

Options:
  --label KEY=VALUE          label the helper containers and a volume that import creates
  -h, --help                 show this help

Exit status: 0 all done, 1 done with refusals (listed), 2 usage or engine error,
130 interrupted (nothing is left behind on the engine).
</source>
            <translation>Aufruf: docker-explorer volume BEFEHL

Befehle:
  download NAME[:PFAD] ORDNER  die Dateien des Volumes (oder PFAD darin) nach ORDNER kopieren; Unsicheres
                               (Links aus ORDNER hinaus, Spezialdateien, vorhandene Dateien) wird abgelehnt
  export NAME DATEI            das ganze Volume in DATEI schreiben, ein tar (gzip-komprimiert, wenn DATEI
                               auf .gz oder .tgz endet), mit Pfaden, Rechten, Besitzern, Links und Zeiten
  import DATEI NAME [--force]  DATEI (tar oder tar.gz) in Volume NAME entpacken, das angelegt wird, wenn
                               es fehlt; ein Volume mit Dateien wird ohne --force abgelehnt

Optionen:
  --label SCHLÜSSEL=WERT       die Hilfscontainer und ein beim Import angelegtes Volume markieren
  -h, --help                   diese Hilfe zeigen

Rückgabewert: 0 alles erledigt, 1 erledigt mit Ablehnungen (aufgelistet), 2 Aufruf- oder Engine-Fehler,
130 unterbrochen (auf der Engine bleibt nichts zurück).
</translation>
        </message>
        <message>
            <source>Try 'docker-explorer volume --help'.</source>
            <translation>Hilfe: 'docker-explorer volume --help'.</translation>
        </message>
        <message>
            <source>--label takes KEY=VALUE</source>
            <translation>--label erwartet SCHLÜSSEL=WERT</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>unbekannte Option %1</translation>
        </message>
        <message>
            <source>a command is missing</source>
            <translation>ein Befehl fehlt</translation>
        </message>
        <message>
            <source>unknown command %1</source>
            <translation>unbekannter Befehl %1</translation>
        </message>
        <message>
            <source>%1 takes two arguments</source>
            <translation>%1 erwartet zwei Argumente</translation>
        </message>
        <message>
            <source>cannot reach the engine: %1</source>
            <translation>die Engine ist nicht erreichbar: %1</translation>
        </message>
        <message>
            <source>Interrupted: stopping and removing the helper containers…</source>
            <translation>Unterbrochen: Übertragung wird angehalten, Hilfscontainer werden entfernt…</translation>
        </message>
        <message>
            <source>invalid volume name %1</source>
            <translation>ungültiger Volume-Name %1</translation>
        </message>
        <message>
            <source>a path in the volume cannot contain ".."</source>
            <translation>ein Pfad im Volume darf kein ".." enthalten</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>%1 lässt sich nicht anlegen</translation>
        </message>
        <message>
            <source>No such volume: %1</source>
            <translation>Volume %1 gibt es nicht.</translation>
        </message>
        <message>
            <source>Cannot make a helper container: %1</source>
            <translation>Der Hilfscontainer lässt sich nicht anlegen: %1</translation>
        </message>
        <message>
            <source>Refused for safety:</source>
            <translation>Aus Sicherheitsgründen abgelehnt:</translation>
        </message>
        <message>
            <source>Use --force to import anyway.</source>
            <translation>Mit --force wird trotzdem importiert.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeCreateDialog</name>
        <message>
            <source>Create Volume</source>
            <translation>Volume erstellen</translation>
        </message>
        <message>
            <source>A volume is storage managed by Docker. Containers mount it at a path; its files stay when the containers are removed.</source>
            <translation>Ein Volume ist von Docker verwalteter Speicher. Container hängen es unter einem Pfad ein; seine Dateien bleiben erhalten, wenn die Container entfernt werden.</translation>
        </message>
        <message>
            <source>empty: Docker picks a random name</source>
            <translation>leer: Docker wählt einen zufälligen Namen</translation>
        </message>
        <message>
            <source>Letters, digits, "_", "." and "-"; it must start with a letter or digit</source>
            <translation>Buchstaben, Ziffern, "_", "." und "-"; muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>"local" keeps the files on the engine's disk; plugins store them elsewhere</source>
            <translation>"local" speichert die Dateien auf der Festplatte der Engine; Plugins speichern sie anderswo</translation>
        </message>
        <message>
            <source>&amp;Driver:</source>
            <translation>&amp;Treiber:</translation>
        </message>
        <message>
            <source>one key=value per line</source>
            <translation>ein key=value pro Zeile</translation>
        </message>
        <message>
            <source>&amp;Labels:</source>
            <translation>&amp;Labels:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>"%1" is not a valid volume name: use at least two of letters, digits, "_", ".", "-", starting with a letter or digit.</source>
            <translation>„%1“ ist kein gültiger Volume-Name: mindestens zwei Zeichen aus Buchstaben, Ziffern, "_", ".", "-" verwenden, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeFileReader</name>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is a link and is not followed.</source>
            <translation>%1 ist ein Link und wird nicht verfolgt.</translation>
        </message>
        <message>
            <source>Read %1</source>
            <translation>%1 lesen</translation>
        </message>
        <message>
            <source>it is a link and is not followed.</source>
            <translation>es ist ein Link, dem nicht gefolgt wird.</translation>
        </message>
        <message>
            <source>it is not a regular file.</source>
            <translation>es ist keine gewöhnliche Datei.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeHelper</name>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeListModel</name>
        <message>
            <source>%1 (running)</source>
            <translation>%1 (läuft)</translation>
        </message>
        <message>
            <source>not used</source>
            <translation>unbenutzt</translation>
        </message>
        <message>
            <source>The engine does not report a size for this volume</source>
            <translation>Die Engine meldet keine Größe für dieses Volume</translation>
        </message>
        <message>
            <source>Size is being computed…</source>
            <translation>Größe wird berechnet…</translation>
        </message>
        <message>
            <source>%1
Labels: %2</source>
            <translation>%1
Labels: %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Treiber</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>Verwendet von</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Mountpoint</source>
            <translation>Einhängepunkt</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeListingDecoder</name>
        <message>
            <source>Unreadable listing at byte %1: %2</source>
            <translation>Unlesbare Auflistung bei Byte %1: %2</translation>
        </message>
        <message>
            <source>data after the end</source>
            <translation>Daten nach dem Ende</translation>
        </message>
        <message>
            <source>unknown record</source>
            <translation>unbekannter Eintrag</translation>
        </message>
        <message>
            <source>bad entry</source>
            <translation>fehlerhafter Eintrag</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeTransfer</name>
        <message numerus="yes">
            <source>%n entry(s) refused for safety: %1</source>
            <translation>
                <numerusform>%n Eintrag aus Sicherheitsgründen abgelehnt: %1</numerusform>
                <numerusform>%n Einträge aus Sicherheitsgründen abgelehnt: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Downloaded %n entry(s)</source>
            <translation>
                <numerusform>%n Eintrag heruntergeladen</numerusform>
                <numerusform>%n Einträge heruntergeladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uploaded %n item(s)</source>
            <translation>
                <numerusform>%n Eintrag hochgeladen</numerusform>
                <numerusform>%n Einträge hochgeladen</numerusform>
            </translation>
        </message>
        <message>
            <source>Uploaded; skipped (not regular files): %1</source>
            <translation>Hochgeladen; übersprungen (keine regulären Dateien): %1</translation>
        </message>
        <message>
            <source>Created folder %1</source>
            <translation>Ordner %1 erstellt</translation>
        </message>
        <message>
            <source>Download %1</source>
            <translation>%1 herunterladen</translation>
        </message>
        <message numerus="yes">
            <source>Upload %n item(s)</source>
            <translation>
                <numerusform>%n Element hochladen</numerusform>
                <numerusform>%n Elemente hochladen</numerusform>
            </translation>
        </message>
        <message>
            <source>New folder %1</source>
            <translation>Neuer Ordner %1</translation>
        </message>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeTreeLoader</name>
        <message>
            <source>Not connected to an engine.</source>
            <translation>Nicht mit einer Engine verbunden.</translation>
        </message>
        <message>
            <source>The volume folder %1 cannot be read.</source>
            <translation>Der Volume-Ordner %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>List %1</source>
            <translation>%1 auflisten</translation>
        </message>
        <message>
            <source>The listing of %1 ended early.</source>
            <translation>Die Auflistung von %1 endete vorzeitig.</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumeTreeModel</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Rechte</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Link target</source>
            <translation>Linkziel</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumesApi</name>
        <message>
            <source>List volumes</source>
            <translation>Volumes auflisten</translation>
        </message>
        <message>
            <source>Show a volume</source>
            <translation>Ein Volume anzeigen</translation>
        </message>
        <message>
            <source>Create a volume: storage that outlives containers</source>
            <translation>Volume erstellen: Speicher, der Container überdauert</translation>
        </message>
        <message>
            <source>Remove a volume and all data in it</source>
            <translation>Ein Volume mit allen Daten darin entfernen</translation>
        </message>
        <message>
            <source>Remove volumes no container uses</source>
            <translation>Volumes entfernen, die kein Container verwendet</translation>
        </message>
    </context>
    <context>
        <name>dx::VolumesView</name>
        <message>
            <source>No volumes yet — press Create Volume to make one. A volume keeps files that outlive containers: mount it into several containers and they share its files.</source>
            <translation>Noch keine Volumes – Volume erstellen drücken, um eines anzulegen. Ein Volume bewahrt Dateien über die Lebensdauer von Containern hinaus: In mehrere Container eingehängt, teilen diese sich seine Dateien.</translation>
        </message>
        <message>
            <source>Create Volume…</source>
            <translation>Volume erstellen…</translation>
        </message>
        <message>
            <source>Create a volume (Ctrl+N)</source>
            <translation>Volume erstellen (Strg+N)</translation>
        </message>
        <message>
            <source>Browse Files</source>
            <translation>Dateien durchsuchen</translation>
        </message>
        <message>
            <source>Browse, view, download and upload the volume's files (Enter or double-click)</source>
            <translation>Dateien des Volumes durchsuchen, ansehen, herunterladen und hochladen (Enter oder Doppelklick)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the volume and its data (Del); refused while containers use it</source>
            <translation>Volume und seine Daten entfernen (Entf); nicht möglich, solange Container es verwenden</translation>
        </message>
        <message>
            <source>Prune…</source>
            <translation>Aufräumen…</translation>
        </message>
        <message>
            <source>Remove volumes no container uses (you see the list first)</source>
            <translation>Volumes entfernen, die kein Container verwendet (die Liste wird vorher angezeigt)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>List the volumes again (F5)</source>
            <translation>Volumes neu auflisten (F5)</translation>
        </message>
        <message>
            <source>Volume %1 cannot be removed: it is used by %2. Remove those containers first.</source>
            <translation>Volume %1 kann nicht entfernt werden: Es wird von %2 verwendet. Zuerst diese Container entfernen.</translation>
        </message>
        <message>
            <source>Remove Volume</source>
            <translation>Volume entfernen</translation>
        </message>
        <message>
            <source>Remove volume %1? All data in it is deleted and cannot be recovered.</source>
            <translation>Volume %1 entfernen? Alle Daten darin werden gelöscht und können nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Removed volume %1.</source>
            <translation>Volume %1 entfernt.</translation>
        </message>
        <message>
            <source>Nothing to prune: every volume is used by a container.</source>
            <translation>Nichts aufzuräumen: Jedes Volume wird von einem Container verwendet.</translation>
        </message>
        <message>
            <source>Prune Volumes</source>
            <translation>Volumes aufräumen</translation>
        </message>
        <message numerus="yes">
            <source>These %n volume(s) are used by no container and will be removed with all their data:

%1</source>
            <translation>
                <numerusform>Dieses %n Volume wird von keinem Container verwendet und wird mit allen Daten entfernt:

%1</numerusform>
                <numerusform>Diese %n Volumes werden von keinem Container verwendet und werden mit allen Daten entfernt:

%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n volume(s), %1 freed.</source>
            <translation>
                <numerusform>%n Volume entfernt, %1 freigegeben.</numerusform>
                <numerusform>%n Volumes entfernt, %1 freigegeben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not up to date: the connection to the engine was lost. This is the last known list.</source>
            <translation>Nicht aktuell: Die Verbindung zur Engine ist verloren. Das ist die zuletzt bekannte Liste.</translation>
        </message>
        <message>
            <source>Tar archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
            <translation>Tar-Archive (*.tar *.tar.gz *.tgz);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Save everything in the volume to a .tar or .tar.gz file, with owners, modes and times</source>
            <translation>Den ganzen Inhalt des Volumes in eine .tar- oder .tar.gz-Datei sichern, mit Besitzern, Rechten und Zeiten</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Unpack a .tar or .tar.gz file into a new or empty volume</source>
            <translation>Eine .tar- oder .tar.gz-Datei in ein neues oder leeres Volume entpacken</translation>
        </message>
        <message>
            <source>Clone…</source>
            <translation>Klonen…</translation>
        </message>
        <message>
            <source>Copy everything in the volume into a new volume</source>
            <translation>Den ganzen Inhalt des Volumes in ein neues Volume kopieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the running export, import or clone</source>
            <translation>Den laufenden Export, Import oder Klon anhalten</translation>
        </message>
        <message>
            <source>Export Volume %1</source>
            <translation>Volume %1 exportieren</translation>
        </message>
        <message>
            <source>Import Archive into a Volume</source>
            <translation>Archiv in ein Volume importieren</translation>
        </message>
        <message>
            <source>Import into Volume</source>
            <translation>In Volume importieren</translation>
        </message>
        <message>
            <source>Volume to unpack %1 into (created when it does not exist):</source>
            <translation>Volume, in das %1 entpackt wird (wird angelegt, wenn es fehlt):</translation>
        </message>
        <message>
            <source>Clone Volume</source>
            <translation>Volume klonen</translation>
        </message>
        <message>
            <source>Name of the new volume that gets a copy of everything in %1:</source>
            <translation>Name des neuen Volumes, das eine Kopie des ganzen Inhalts von %1 bekommt:</translation>
        </message>
        <message>
            <source>Exporting %1 to %2…</source>
            <translation>%1 wird nach %2 exportiert…</translation>
        </message>
        <message>
            <source>Volume Not Empty</source>
            <translation>Volume nicht leer</translation>
        </message>
        <message>
            <source>Volume %1 already holds files. Import %2 anyway?

Files of the archive replace files of the same name; the other files stay.</source>
            <translation>Volume %1 enthält schon Dateien. %2 trotzdem importieren?

Dateien aus dem Archiv ersetzen gleichnamige Dateien; die anderen Dateien bleiben.</translation>
        </message>
        <message>
            <source>Importing %1 into %2…</source>
            <translation>%1 wird in %2 importiert…</translation>
        </message>
        <message>
            <source>Cloning %1 to %2…</source>
            <translation>%1 wird nach %2 geklont…</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Nichts importiert: %1</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>Import cancelled: what was unpacked so far stays in the volume.</source>
            <translation>Import abgebrochen: Was schon entpackt war, bleibt im Volume.</translation>
        </message>
        <message>
            <source>Clone cancelled: the new volume holds what was copied so far.</source>
            <translation>Klonen abgebrochen: Das neue Volume enthält, was bis dahin kopiert war.</translation>
        </message>
    </context>
</TS>
