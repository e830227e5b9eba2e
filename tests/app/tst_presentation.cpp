// Presentation: the app-wide zoom at runtime (steps, fonts, metrics, icon sizes, remembered),
// its shortcuts in any view, presentation mode on and off again, the high-contrast palettes and
// the overlay that names shortcuts to the room.

#include "diagram/diagramcanvas.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "shell/presenteroverlay.h"
#include "shell/settings.h"
#include "shell/theme.h"
#include "shell/toolbarfitter.h"
#include "shell/zoom.h"
#include "shell/viewfactory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUrlQuery>

#include <cmath>

using namespace dx;
using namespace dx::test;

class TestPresentation final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    qreal m_basePoint = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
        Zoom::instance()->setPercent(100, false);
        m_basePoint = QApplication::font().pointSizeF();
        QVERIFY(m_basePoint > 0);
    }

    void cleanup() { Zoom::instance()->setPercent(100, false); }

    void stepsAndClamping()
    {
        Zoom *zoom = Zoom::instance();
        zoom->zoomIn();
        QCOMPARE(zoom->percent(), 110);
        zoom->zoomIn();
        QCOMPARE(zoom->percent(), 125);
        zoom->zoomOut();
        zoom->zoomOut();
        zoom->zoomOut();
        QCOMPARE(zoom->percent(), 90);
        zoom->setPercent(130); // between steps: Zoom In goes to the next one up
        zoom->zoomIn();
        QCOMPARE(zoom->percent(), 150);
        zoom->setPercent(1000);
        QCOMPARE(zoom->percent(), 300);
        zoom->zoomIn();
        QCOMPARE(zoom->percent(), 300);
        zoom->setPercent(1);
        QCOMPARE(zoom->percent(), 50);
        zoom->zoomOut();
        QCOMPARE(zoom->percent(), 50);
        QCOMPARE(Settings::zoom.get(), 50); // remembered
        zoom->reset();
        QCOMPARE(zoom->percent(), 100);
        QCOMPARE(Settings::zoom.get(), 100);
    }

    void fontsMetricsAndIconsScale()
    {
        QWidget top;
        auto *plain = new QPlainTextEdit(&top);
        auto *fixed = new QPlainTextEdit(&top);
        fixed->setFont(Zoom::fixedFont());
        const qreal fixedAt100 = fixed->font().pointSizeF();
        auto *bar = new QToolBar(&top);
        Zoom::setIconSize(bar, QSize(18, 18));
        QCOMPARE(bar->iconSize(), QSize(18, 18));
        const int iconMetric = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
        const int marginMetric = QApplication::style()->pixelMetric(QStyle::PM_LayoutLeftMargin);

        Zoom::instance()->setPercent(200, false);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePoint * 2);
        QTRY_COMPARE(plain->font().pointSizeF(), m_basePoint * 2); // the change reaches widgets as an event
        QCOMPARE(fixed->font().pointSizeF(), fixedAt100 * 2);
        QCOMPARE(bar->iconSize(), QSize(36, 36));
        QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize), iconMetric * 2);
        QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_LayoutLeftMargin), marginMetric * 2);
        // Made while zoomed: fixed fonts and icon sizes start at the zoom.
        QCOMPARE(Zoom::fixedFont().pointSizeF(), fixedAt100 * 2);

        Zoom::instance()->setPercent(100, false);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePoint);
        QTRY_COMPARE(plain->font().pointSizeF(), m_basePoint);
        QCOMPARE(fixed->font().pointSizeF(), fixedAt100);
        QCOMPARE(bar->iconSize(), QSize(18, 18));
        QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize), iconMetric);
        // The palette survives the style being made again.
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::lightPalette().color(QPalette::Window));
    }

    void shortcutsWorkInEveryViewAndPresentationModeRestores()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        const int navWidth = nav->width();
        for (ViewId id : {ViewId::Editor, ViewId::Images, ViewId::Volumes}) {
            window.showView(id);
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            QTest::keyClick(focus, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(Zoom::instance()->percent(), 110);
            QTest::keyClick(focus, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(Zoom::instance()->percent(), 100);
        }
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(Zoom::instance()->percent(), 125);
        // The navigation's text grows (whether it shows names or, short of room, icons only).
        QTRY_COMPARE(nav->font().pointSizeF(), m_basePoint * 1.25);
        auto *commands = window.findChild<QDockWidget *>(QStringLiteral("commandDock"));
        QVERIFY(commands);
        // The dock's title too (Qt's own keeps the font the dock was made with).
        QVERIFY(commands->titleBarWidget());
        QTRY_COMPARE(commands->titleBarWidget()->font().pointSizeF(), m_basePoint * 1.25);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(Zoom::instance()->percent(), 100);
        QCOMPARE(nav->width(), navWidth);

        const int commandsHeight = commands->height();
        QTest::keyClick(&window, Qt::Key_F11, Qt::ControlModifier);
        QVERIFY(window.isPresentationMode());
        QCOMPARE(Zoom::instance()->percent(), 150);
        QVERIFY(window.isFullScreen());
        QVERIFY(window.presenterOverlay()->isShowing());
        QTRY_VERIFY(commands->height() > commandsHeight);
        QCOMPARE(Settings::zoom.get(), 100); // the mode's zoom is not the user's choice

        // The room sees the shortcut that was pressed.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.presenterOverlay()->lastKeys(), QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
        QTest::keyClick(&window, Qt::Key_F11, Qt::ControlModifier);
        QVERIFY(!window.isPresentationMode());
        QCOMPARE(Zoom::instance()->percent(), 100);
        QVERIFY(!window.isFullScreen());
        QVERIFY(!window.presenterOverlay()->isShowing());
        QTRY_COMPARE(commands->height(), commandsHeight);
    }

    // A projector's 1024x768 at 200 %: every view fits the window's width (no sideways
    // scrolling), the navigation keeps to its icons, and the primary actions of each view
    // stay on their tool bar (never in the overflow menu).
    void everyViewFitsSmallScreenAtTwoHundredPercent()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        engine.connectToDefault(); // the views themselves, not the page shown while no engine answers
        DX_REQUIRE_ENGINE_OR_SKIP(engine);
        // A container of our own with a long name, listed and selected: its details pane is shown.
        const QString name = QStringLiteral("dx-%1-presentation-a-container-with-a-long-name").arg(runId());
        QUrlQuery createQuery;
        createQuery.addQueryItem(QStringLiteral("name"), name);
        const QJsonObject createBody{{QStringLiteral("Image"), baseImage()},
                                     {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                                     {QStringLiteral("Labels"), runLabels()}};
        const EngineResponse created = call(engine, EngineRequest::post(QStringLiteral("/containers/create"), createQuery,
                                                                       QJsonDocument(createBody).toJson()));
        QVERIFY2(created.ok(), qPrintable(created.message));
        const auto cleanup = qScopeGuard([&engine] { removeLabelled(engine); });
        Zoom::instance()->setPercent(200, false);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Never past the screen's edges, whatever size it was given.
        QTRY_VERIFY2(window.screen()->availableGeometry().contains(window.frameGeometry()),
                     qPrintable(QStringLiteral("window %1x%2 on a %3x%4 screen").arg(window.frameGeometry().width())
                                    .arg(window.frameGeometry().height()).arg(window.screen()->availableGeometry().width())
                                    .arg(window.screen()->availableGeometry().height())));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QTRY_VERIFY(nav->item(0)->text().isEmpty()); // icons only
        QVERIFY(!nav->item(0)->toolTip().isEmpty());   // the name as tool tip
        QVERIFY2(nav->width() < 200, qPrintable(QString::number(nav->width())));
        for (ViewId id : ViewFactory::all()) {
            window.showView(id);
            if (id == ViewId::Containers) {
                auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("containerList"));
                QVERIFY(list);
                QModelIndex ours;
                QTRY_VERIFY([&] {
                    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                                       Qt::MatchContains | Qt::MatchRecursive);
                    ours = found.value(0);
                    return ours.isValid();
                }());
                list->setCurrentIndex(ours);
                auto *details = window.findChild<QWidget *>(QStringLiteral("containerTabs"));
                QTRY_VERIFY(details && details->isVisible());
            }
            QTest::qWait(100); // the layouts settle (posted requests)
            auto *scroll = window.findChild<QScrollArea *>(ViewFactory::key(id) + QStringLiteral("Scroll"));
            QVERIFY(scroll);
            const int room = scroll->viewport()->width();
            QStringList tooWide;
            for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
                // Hidden pages of a stack count too: a stack is as wide as its widest page.
                auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
                if (!w->isVisibleTo(scroll->widget()) && !(stack && stack->isVisibleTo(scroll->widget())))
                    continue;
                const int wants = qMax(w->minimumSizeHint().width(), w->minimumWidth());
                if (wants > room)
                    tooWide << QStringLiteral("%1 %2 wants %3").arg(QString::fromLatin1(w->metaObject()->className()),
                                                                    w->objectName()).arg(wants);
            }
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1 scrolls sideways in %2 px: %3")
                                    .arg(ViewFactory::key(id)).arg(room).arg(tooWide.join(QStringLiteral(", ")))));
        }
        // The Diagram fits the window at first, also a shorter one: its page does not scroll
        // (the hidden "no engine answers" page behind the view made it taller than a 500 px
        // window, and Fit to Window fitted the diagram into a viewport partly out of sight) and
        // the whole diagram shows.
        window.showView(ViewId::Diagram);
        window.resize(1024, 500);
        auto *diagramPage = window.findChild<QScrollArea *>(ViewFactory::key(ViewId::Diagram) + QStringLiteral("Scroll"));
        QVERIFY(diagramPage);
        auto *canvas = diagramPage->widget()->findChild<DiagramCanvas *>();
        QVERIFY(canvas);
        QTRY_VERIFY(canvas->width() > 1 && canvas->isVisible());
        QTRY_VERIFY2(!diagramPage->verticalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("the diagram's page is %1 px high in a %2 px viewport")
                                    .arg(diagramPage->widget()->height()).arg(diagramPage->viewport()->height())));
        const QRect shown(canvas->mapTo(diagramPage->viewport(), QPoint(0, 0)), canvas->size());
        QVERIFY2(diagramPage->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("the diagram at %1,%2 %3x%4 in a %5x%6 viewport").arg(shown.x()).arg(shown.y())
                                .arg(shown.width()).arg(shown.height()).arg(diagramPage->viewport()->width())
                                .arg(diagramPage->viewport()->height())));
        window.resize(1024, 768);

        window.showView(ViewId::Containers);
        QCoreApplication::processEvents();
        QStringList primaries{QStringLiteral("Run…"), QStringLiteral("Start"), QStringLiteral("Stop"), QStringLiteral("Remove…")};
        for (QToolButton *button : window.findChildren<QToolButton *>()) {
            if (button->defaultAction() && primaries.contains(button->defaultAction()->text()) && button->isVisible())
                primaries.removeAll(button->defaultAction()->text());
        }
        QVERIFY2(primaries.isEmpty(), qPrintable(QStringLiteral("not on the tool bar of a %1x%2 window: %3")
                                                            .arg(window.width()).arg(window.height())
                                                            .arg(primaries.join(QStringLiteral(", ")))));

        // The page scrolls at this size: a tab chosen in the details comes into sight.
        auto *scroll = window.findChild<QScrollArea *>(ViewFactory::key(ViewId::Containers) + QStringLiteral("Scroll"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("containerTabs"));
        QVERIFY(scroll && tabs);
        scroll->verticalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        const auto inSight = [&] {
            const int top = tabs->mapTo(scroll->viewport(), QPoint(0, 0)).y();
            // Its tab bar, and below it as much of its page as the page can scroll to.
            const bool barShows = top >= 0 && top + tabs->tabBar()->height() <= scroll->viewport()->height();
            QScrollBar *bar = scroll->verticalScrollBar();
            return barShows && (top <= tabs->tabBar()->height() || bar->value() == bar->maximum());
        };
        QVERIFY2(!inSight(), "the details already show: nothing to scroll to at this size");
        // A tab the bar shows whole (at 200 % the later ones sit behind its scroll buttons).
        const int chosen = tabs->currentIndex() == 1 ? 2 : 1;
        const QRect tabRect = tabs->tabBar()->tabRect(chosen);
        QVERIFY(tabs->tabBar()->rect().contains(tabRect));
        scroll->verticalScrollBar()->setValue(tabs->mapTo(scroll->widget(), QPoint(0, 0)).y()
                                              - scroll->viewport()->height() + tabs->tabBar()->height());
        QCoreApplication::processEvents();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabRect.center());
        QTRY_VERIFY2(inSight(), qPrintable(QStringLiteral("tab bar at %1 in a %2 px viewport; pane %3 px high; page %4 px, "
                                                          "scrolled %5 of %6")
                                               .arg(tabs->mapTo(scroll->viewport(), QPoint(0, 0)).y())
                                               .arg(scroll->viewport()->height()).arg(tabs->height())
                                               .arg(scroll->widget()->height()).arg(scroll->verticalScrollBar()->value())
                                               .arg(scroll->verticalScrollBar()->maximum())));
        QCOMPARE(tabs->currentIndex(), chosen);
    }

    void toolBarsDropTextBeforeOverflowing()
    {
        QWidget top;
        auto *bar = new QToolBar(&top);
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QPixmap dot(16, 16);
        dot.fill(Qt::blue);
        for (const char *name : {"Run", "Start", "Stop", "Remove"})
            bar->addAction(QIcon(dot), QString::fromLatin1(name));
        auto *fitter = new ToolBarFitter(bar);
        top.show();
        const int full = bar->sizeHint().width();
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(bar->actions().constFirst()));
        QVERIFY(button);
        bar->resize(full - 10, bar->sizeHint().height());
        QTRY_VERIFY(fitter->isCompact());
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY2(bar->sizeHint().width() <= bar->width(), "icon only, every action fits: none in the overflow menu");
        bar->resize(full + 10, bar->sizeHint().height());
        QTRY_VERIFY(!fitter->isCompact());
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    // Light to dark and back while the window is open: every tool button's icon is drawn in a
    // colour that stands out from the new background (none turns invisible), and the
    // navigation takes the new background instead of staying white.
    void paletteSwitchRecoloursTheWholeWindow()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        window.showView(ViewId::Editor); // its tool bar: New, Open, Save, Build, Lint
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto luminance = [](const QColor &c) {
            const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const qreal x = luminance(a) + 0.05;
            const qreal y = luminance(b) + 0.05;
            return qMax(x, y) / qMin(x, y);
        };
        const auto themeAction = [&window](const QString &text) -> QAction * {
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        for (const QString &theme : {QStringLiteral("Dark"), QStringLiteral("Light")}) {
            QAction *action = themeAction(theme); // View > Theme, as the user switches
            QVERIFY(action);
            action->trigger();
            QCoreApplication::processEvents();
            const QColor background = window.palette().color(QPalette::Window);
            QStringList invisible;
            int checked = 0;
            for (QToolButton *button : window.findChildren<QToolButton *>()) {
                if (!button->isVisible() || button->icon().isNull())
                    continue;
                const QImage image = button->icon().pixmap(QSize(24, 24), QIcon::Normal).toImage();
                qreal best = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor c = image.pixelColor(x, y);
                        if (c.alpha() > 200)
                            best = qMax(best, contrast(c, background));
                    }
                }
                ++checked;
                if (best < 3)
                    invisible << QStringLiteral("%1 %2 (%3:1)").arg(button->objectName(), button->toolTip()).arg(best, 0, 'f', 1);
            }
            QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
            QVERIFY2(invisible.isEmpty(), qPrintable(invisible.join(QStringLiteral("; "))));
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            const QColor navBackground = nav->grab().toImage().pixelColor(2, nav->height() - 3);
            QVERIFY2(contrast(navBackground, window.palette().color(QPalette::Text)) >= 4.5,
                     qPrintable(navBackground.name()));
        }
    }

    void highContrastPalettes()
    {
        Theme::apply(Theme::modeFromKey(QStringLiteral("contrast-dark")));
        QVERIFY(Theme::isHighContrast());
        QVERIFY(Theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(Theme::modeKey(Theme::current()), QStringLiteral("contrast-dark"));
        // An empty check box shows its outline in the text colour (Fusion's own is black on black).
        const auto whitePixels = [] {
            QCheckBox box;
            box.resize(box.sizeHint());
            const QImage image = box.grab().toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == QColor(Qt::white);
            return count;
        };
        QVERIFY2(whitePixels() >= 12, "the box is outlined");
        {
            QComboBox combo; // a complex control: outlined as well
            combo.addItem(QString());
            combo.resize(combo.sizeHint());
            const QImage image = combo.grab().toImage();
            int white = 0;
            for (int x = 0; x < image.width(); ++x)
                white += image.pixelColor(x, 0) == QColor(Qt::white);
            QVERIFY2(white >= image.width() / 2, "the combo box's top edge is drawn in the text colour");
        }
        Theme::apply(Theme::Mode::Dark);
        QCOMPARE(whitePixels(), 0); // the usual dark palette is drawn by Fusion alone
        Theme::apply(Theme::modeFromKey(QStringLiteral("contrast-light")));
        QVERIFY(Theme::isHighContrast());
        QVERIFY(!Theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::black));
        // Every text role is at least 7:1 against its background, disabled ones at least 4.5:1.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const qreal x = luminance(a) + 0.05;
            const qreal y = luminance(b) + 0.05;
            return qMax(x, y) / qMin(x, y);
        };
        for (const QPalette &p : {Theme::highContrastLightPalette(), Theme::highContrastDarkPalette()}) {
            QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
            QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
            QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7);
            QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 7);
            QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        }
        Theme::apply(Theme::Mode::Light);
        QVERIFY(!Theme::isHighContrast());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
