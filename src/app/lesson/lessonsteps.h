#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dx {

// The ten steps of the classroom lesson (Dockerfile -> image -> containers -> volumes), as
// data: what each step explains, the docker command it corresponds to and what its buttons do.
// The panel shows them; LessonProgress decides from the engine's state which ones are done.
struct LessonStep
{
    enum class Id {
        Recipe,
        Build,
        Layers,
        Instance,
        WritableLayer,
        RunAgain,
        StopStart,
        Volume,
        ShareVolume,
        LookInside
    };

    Id id = Id::Recipe;
    QString title;
    QString explanation;
    QString command;          // one command per line, copied as it is shown
    QString actionText;       // the big button: does what it says, nothing more
    QString actionIcon;
    QString secondActionText; // empty: no second button
    QString secondActionIcon;
    QString doneText;         // shown when LessonProgress says the step's effect is visible
    QString todoText;         // what to do to get there
};

class LessonSteps final
{
    Q_DECLARE_TR_FUNCTIONS(dx::LessonSteps)

public:
    // Names the lesson uses, as in the teaching notes: demo_image, new_volume, /demo.
    static QString imageName();
    static QString volumeName();
    static QString volumeTarget() { return QStringLiteral("/demo"); }
    // The file the demo writes, and the build argument that picks its base image (the demo
    // Dockerfile's ARG and its default).
    static QString outputFile() { return QStringLiteral("/demo/lines.txt"); }
    static QString baseImageArg() { return QStringLiteral("BASE_IMAGE"); }
    static QString defaultBaseImage() { return QStringLiteral("alpine:3.20"); }
    // Tests use names of their own, so that a run never touches a user's demo_image or
    // new_volume; empty restores the lesson's names.
    static void setNames(const QString &image, const QString &volume);

    // Translated at call time, so a language switch only needs a new call.
    static QVector<LessonStep> all();
    // The build commands; `baseImage` other than the default adds --build-arg.
    static QString buildCommand(const QString &baseImage);
    // The stop/start commands with a real container name when one is known.
    static QString stopStartCommand(const QString &containerName);
    // The changes command with a real container name when one is known.
    static QString changesCommand(const QString &containerName);

    // The demo project folder (Dockerfile + append_line.sh): $DX_EXAMPLES_DIR/demo, next to
    // the installed binary (../share/docker-explorer/examples/demo), or the source tree.
    // Empty when none of them exists.
    static QString demoDir();
};

} // namespace dx
