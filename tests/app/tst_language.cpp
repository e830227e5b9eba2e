// Switching the language while the app runs: the whole main window (every view, menu, tool
// bar, dock, tab, header and Qt's own buttons) speaks the new language, with no English left
// in German and no German left after switching back. The catalogue is read from the .ts file
// itself, so every translated string of the app is checked, not a chosen few.

#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace dx;

namespace {

struct Catalogue
{
    QSet<QString> english; // sources whose German differs
    QSet<QString> german;  // their translations
};

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    QSet<QString> allSources;
    QSet<QString> allTranslations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            allSources.insert(plain(source));
            allTranslations.insert(plain(translation));
            if (!unfinished && !translation.isEmpty() && plain(translation) != plain(source)) {
                catalogue.english.insert(plain(source));
                catalogue.german.insert(plain(translation));
            }
        }
    }
    // A word found on both sides (e.g. "Name", "Image", "Layer") tells nothing.
    catalogue.english -= allTranslations;
    catalogue.german -= allSources;
    return catalogue;
}

// Every text the window shows or can show (menus, tooltips): where it was found, and the text.
QList<QPair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<QPair<QString, QString>> texts;
    auto add = [&texts](const QObject *where, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append({QStringLiteral("%1 %2 (%3)").arg(QString::fromLatin1(where->metaObject()->className()),
                                                             where->objectName(), what),
                          plain(text)});
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.append(window);
    for (QWidget *w : std::as_const(widgets)) {
        add(w, QStringLiteral("tool tip"), w->toolTip());
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w, QStringLiteral("title"), w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(w, QStringLiteral("title"), menu->title());
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, QStringLiteral("tab"), tabs->tabText(i));
                add(w, QStringLiteral("tab tool tip"), tabs->tabToolTip(i));
            }
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, QStringLiteral("item"), combo->itemText(i));
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                add(w, QStringLiteral("header"), header->model()->headerData(i, header->orientation()).toString());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()
            && !qobject_cast<QHeaderView *>(w)) {
            // The first rows are enough: lists the app fills itself (navigation, choices).
            const int rows = qMin(view->model()->rowCount(), 50);
            for (int row = 0; row < rows; ++row)
                add(w, QStringLiteral("row"), view->model()->index(row, 0).data().toString());
        }
        for (QAction *action : w->actions()) {
            add(action, QStringLiteral("action"), action->text());
            add(action, QStringLiteral("action tool tip"), action->toolTip());
            if (action->menu())
                add(action->menu(), QStringLiteral("menu"), action->menu()->title());
        }
    }
    return texts;
}

QStringList leftovers(QWidget *window, const QSet<QString> &wrong)
{
    QStringList found;
    for (const auto &[where, text] : visibleTexts(window)) {
        if (wrong.contains(text))
            found.append(QStringLiteral("%1: \"%2\"").arg(where, text));
    }
    found.removeDuplicates();
    for (const QString &line : std::as_const(found))
        qInfo("%s", qPrintable(line)); // QVERIFY2's message is cut short; the whole list is here
    return found;
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    Catalogue m_catalogue;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
        Language::instance()->apply(QStringLiteral("en"));
        m_catalogue = readCatalogue(QStringLiteral(DX_TS_FILE));
        QVERIFY2(m_catalogue.english.size() > 500, qPrintable(QStringLiteral("%1 translated strings read from %2")
                                                                  .arg(m_catalogue.english.size())
                                                                  .arg(QStringLiteral(DX_TS_FILE))));
    }

    void cleanupTestCase() { Language::instance()->apply(QStringLiteral("en")); }

    void catalogueIsLoaded()
    {
        Language::instance()->apply(QStringLiteral("de"));
        QCOMPARE(Language::instance()->effectiveCode(), QStringLiteral("de"));
        QCOMPARE(MainWindow::tr("Docker Commands"), QStringLiteral("Docker-Befehle"));
        Language::instance()->apply(QStringLiteral("en"));
        QCOMPARE(MainWindow::tr("Docker Commands"), QStringLiteral("Docker Commands"));
    }

    // English spells its plurals out: every %n message of the app, in every context, says
    // "1 container" and "2 containers", never "container(s)".
    void englishPluralsAreSpelledOut()
    {
        QFile file(QStringLiteral(DX_TS_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        int checked = 0;
        QStringList markers;
        Language::instance()->apply(QStringLiteral("en"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")
                       && xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")) {
                while (!(xml.isStartElement() && xml.name() == QLatin1String("source")) && !xml.atEnd())
                    xml.readNext();
                const QByteArray source = xml.readElementText().toUtf8();
                for (int n : {1, 2}) {
                    const QString text = QCoreApplication::translate(context.toUtf8().constData(), source.constData(), nullptr, n);
                    if (text.contains(QLatin1String("(s)")) || text.contains(QLatin1String("(es)")))
                        markers << QStringLiteral("%1: %2").arg(context, text);
                }
                ++checked;
            }
        }
        QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
        QVERIFY2(markers.isEmpty(), qPrintable(QStringLiteral("run scripts/ts_fill.py english: ") + markers.join(u'\n')));
        QCOMPARE(QCoreApplication::translate("dx::ContainersView", "%n container(s), %1 running", nullptr, 1),
                 QStringLiteral("1 container, %1 running"));
        QCOMPARE(QCoreApplication::translate("dx::ContainersView", "%n container(s), %1 running", nullptr, 3),
                 QStringLiteral("3 containers, %1 running"));
        QCOMPARE(QCoreApplication::translate("dx::VolumeTransfer", "Downloaded %n entry(s)", nullptr, 2),
                 QStringLiteral("Downloaded 2 entries"));
        // German keeps its own.
        Language::instance()->apply(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("dx::ContainersView", "%n container(s), %1 running", nullptr, 3),
                 QStringLiteral("3 Container, davon %1 laufend"));
        Language::instance()->apply(QStringLiteral("en"));
    }

    void wholeWindowSwitchesBothWays()
    {
        IconProvider icons;
        Engine engine; // not connected: the views show what they show before an engine answers
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList englishAtStart = leftovers(&window, m_catalogue.german);
        QVERIFY2(englishAtStart.isEmpty(), qPrintable(englishAtStart.join(QLatin1Char('\n'))));

        Language::instance()->apply(QStringLiteral("de"));
        QCoreApplication::processEvents(); // Qt's own widgets follow a posted LanguageChange
        const QStringList english = leftovers(&window, m_catalogue.english);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English left after switching to German:\n")
                                                   + english.join(QLatin1Char('\n'))));
        // Something really changed (not an empty window passing the check).
        auto *commands = window.findChild<QDockWidget *>(QStringLiteral("commandDock"));
        QVERIFY(commands);
        QCOMPARE(commands->windowTitle(), QStringLiteral("Docker-Befehle"));

        Language::instance()->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        const QStringList german = leftovers(&window, m_catalogue.german);
        QVERIFY2(german.isEmpty(), qPrintable(QStringLiteral("German left after switching back to English:\n")
                                                  + german.join(QLatin1Char('\n'))));
        QCOMPARE(commands->windowTitle(), QStringLiteral("Docker Commands"));
    }

    void menuSwitchIsRememberedAndLive()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        QAction *deutsch = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Deutsch"))
                deutsch = a;
        }
        QVERIFY(deutsch);
        deutsch->trigger();
        QCOMPARE(Settings::language.get(), QStringLiteral("de"));
        QCOMPARE(Language::instance()->effectiveCode(), QStringLiteral("de"));
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("commandDock"))->windowTitle(),
                 QStringLiteral("Docker-Befehle"));
        Language::instance()->apply(QStringLiteral("en"));
    }

    void qtButtonsFollow()
    {
        // Qt's own standard buttons come from qtbase's catalogue, switched with ours.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        Language::instance()->apply(QStringLiteral("de"));
        QCoreApplication::sendPostedEvents(&box, QEvent::LanguageChange);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
        Language::instance()->apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(&box, QEvent::LanguageChange);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
