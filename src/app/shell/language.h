#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace dx {

// The application's language while it runs: Docker Explorer's own translations and Qt's
// (qtbase: the standard buttons, the line edits' context menus, file dialogs), switched
// without a restart. Texts that widgets set in code follow through retranslate(); Qt's own
// widgets (button boxes, header views) follow the LanguageChange event Qt sends.
class Language final : public QObject
{
    Q_OBJECT

public:
    static Language *instance();

    // "en", "de", or empty for the system's language. Installs the translations (replacing
    // the ones before), sets the default locale and emits changed() when something changed.
    void apply(const QString &code);
    QString code() const { return m_code; } // what apply() was given
    QString effectiveCode() const;          // "en" or "de", the system's resolved

signals:
    void changed();

private:
    Language() = default;

    QString m_code;
    QString m_effective;
    QTranslator *m_ours = nullptr;
    QTranslator *m_qt = nullptr;
};

// Calls `apply` now and again whenever the language changes, for as long as `context`
// lives: wrap the lines that set translated texts in it.
template<typename Apply>
void retranslate(QObject *context, Apply apply)
{
    apply();
    QObject::connect(Language::instance(), &Language::changed, context, apply);
}

} // namespace dx
