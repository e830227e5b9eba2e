#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dx {

// The nine steps of the classroom lesson (Dockerfile -> image -> containers -> volumes), as
// data: what each step explains, the docker command it corresponds to and what its buttons do.
// The panel shows them; LessonProgress decides which ones are visibly done in the engine.
struct LessonStep
{
    enum class Id { Recipe, Build, Layers, Instance, RunAgain, StopStart, Volume, ShareVolume, LookInside };

    Id id = Id::Recipe;
    QString title;
    QString explanation;
    QString command;        // one command per line, copied as it is shown
    QString actionText;     // the big button
    QString actionIcon;
    QString secondActionText; // empty: no second button
    QString doneText;       // shown when LessonProgress says the step's effect is visible
    QString todoText;       // what to do to get there
};

class LessonSteps final
{
    Q_DECLARE_TR_FUNCTIONS(dx::LessonSteps)

public:
    // Names the lesson uses, as in the teaching notes.
    static QString imageName() { return QStringLiteral("demo_image"); }
    static QString volumeName() { return QStringLiteral("new_volume"); }
    static QString volumeTarget() { return QStringLiteral("/demo"); }

    // Translated at call time, so a language switch only needs a new call.
    static QVector<LessonStep> all();
    // The stop/start commands with a real container name when one is known.
    static QString stopStartCommand(const QString &containerName);

    // The demo project folder (Dockerfile + append_line.py): $DX_EXAMPLES_DIR/demo, next to
    // the installed binary (../share/docker-explorer/examples/demo), or the source tree.
    // Empty when none of them exists.
    static QString demoDir();
};

} // namespace dx
