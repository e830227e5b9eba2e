#pragma once

#include <QCoreApplication>
#include <QString>

namespace dx {

// What went wrong in a lesson step, said in the lesson's language with the way out, instead
// of the engine's raw text (which the Build view still shows in full).
class LessonAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(dx::LessonAdvice)

public:
    enum class BuildProblem { None, NoNetwork, BaseImageUnknown, Other };

    // Reads the engine's (BuildKit's or the classic builder's) error of a failed build.
    static BuildProblem classify(const QString &error);
    // The explanation for a failed demo build from `baseImage`; `error` is the engine's text.
    static QString explainBuildFailure(const QString &error, const QString &baseImage);
};

} // namespace dx
