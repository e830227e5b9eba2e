#include "language.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dx {

namespace {

// Qt's base translations (qt6-translations-l10n, which the package recommends).
bool loadQtBase(QTranslator *translator, const QLocale &locale)
{
    return translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QString resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

} // namespace

Language *Language::instance()
{
    static auto *language = new Language; // lives as long as the process: widgets connect to it
    return language;
}

QString Language::effectiveCode() const
{
    return m_effective.isEmpty() ? resolve(m_code) : m_effective;
}

void Language::apply(const QString &code)
{
    const QString effective = resolve(code);
    const bool first = !m_ours;
    m_code = code;
    if (!first && effective == m_effective)
        return;
    m_effective = effective;

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    for (QTranslator *old : {m_ours, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_ours = new QTranslator(this);
    m_qt = new QTranslator(this);
    // English is the source language: its catalogue only spells the plurals out ("1 container",
    // "2 containers"); Qt's own strings are English already.
    if (effective == QLatin1String("en")) {
        if (m_ours->load(QStringLiteral("docker-explorer_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(m_ours);
    } else {
        if (m_ours->load(locale, QStringLiteral("docker-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(m_ours);
        if (loadQtBase(m_qt, locale))
            QCoreApplication::installTranslator(m_qt);
    }
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        app->setLayoutDirection(locale.textDirection());
    if (!first) {
        emit changed();
        // Models translate their headers and cells when asked: ask again.
        for (QWidget *widget : QApplication::allWidgets()) {
            if (auto *header = qobject_cast<QHeaderView *>(widget)) {
                if (header->count() > 0)
                    header->headerDataChanged(header->orientation(), 0, header->count() - 1);
            } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                view->viewport()->update();
            }
        }
    }
}

} // namespace dx
