// Settings: every key keeps reading what earlier releases stored, defaults apply when nothing
// is stored, and values round-trip through the settings file.

#include "shell/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace dx;

class TestSettings final : public QObject
{
    Q_OBJECT

    QString m_file;

    void writeFile(const QByteArray &ini)
    {
        QSettings().clear();
        QSettings().sync();
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A file of this process only: parallel runs must not see each other's values.
        QCoreApplication::setOrganizationName(QStringLiteral("DockerExplorer"));
        QCoreApplication::setApplicationName(
            QStringLiteral("tst_settings-%1").arg(QCoreApplication::applicationPid()));
        m_file = QSettings().fileName();
        QVERIFY(m_file.contains(QLatin1String(".qttest")));
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase() { QFile::remove(m_file); }

    void keysAreThoseOfEarlierReleases_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("language") << Settings::language.key() << QStringLiteral("ui/language");
        QTest::newRow("theme") << Settings::theme.key() << QStringLiteral("ui/theme");
        QTest::newRow("engineChoice") << Settings::engineChoice.key() << QStringLiteral("engine/choice");
        QTest::newRow("windowGeometry") << Settings::windowGeometry.key() << QStringLiteral("window/geometry");
        QTest::newRow("windowState") << Settings::windowState.key() << QStringLiteral("window/state");
        QTest::newRow("currentView") << Settings::currentView.key() << QStringLiteral("window/view");
        QTest::newRow("lessonOpen") << Settings::lessonOpen.key() << QStringLiteral("lesson/open");
        QTest::newRow("recentFiles") << Settings::recentFiles.key() << QStringLiteral("editor/recentFiles");
        QTest::newRow("showInternalObjects") << Settings::showInternalObjects.key() << QStringLiteral("view/showInternal");
    }

    void keysAreThoseOfEarlierReleases()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(key, expected);
    }

    void defaultsWhenNothingIsStored()
    {
        QCOMPARE(Settings::language.get(), QString());
        QCOMPARE(Settings::theme.get(), QStringLiteral("system"));
        QCOMPARE(Settings::engineChoice.get(), QString());
        QCOMPARE(Settings::windowGeometry.get(), QByteArray());
        QCOMPARE(Settings::windowState.get(), QByteArray());
        QCOMPARE(Settings::currentView.get(), QStringLiteral("editor"));
        QCOMPARE(Settings::lessonOpen.get(), false);
        QCOMPARE(Settings::recentFiles.get(), QStringList());
        QCOMPARE(Settings::showInternalObjects.get(), false); // the app's helpers stay out of the lists
    }

    void valuesRoundTrip()
    {
        Settings::language.set(QStringLiteral("de"));
        Settings::lessonOpen.set(true);
        Settings::windowState.set(QByteArray("\x00\x01\xff", 3));
        Settings::recentFiles.set({QStringLiteral("/a/Dockerfile"), QStringLiteral("/b/Dockerfile")});
        QSettings().sync(); // through the file, not just the in-memory cache
        QCOMPARE(Settings::language.get(), QStringLiteral("de"));
        QCOMPARE(Settings::lessonOpen.get(), true);
        QCOMPARE(Settings::windowState.get(), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(Settings::recentFiles.get(), QStringList({QStringLiteral("/a/Dockerfile"), QStringLiteral("/b/Dockerfile")}));

        Settings::lessonOpen.reset();
        QCOMPARE(Settings::lessonOpen.get(), false);
        QVERIFY(!QSettings().contains(QStringLiteral("lesson/open")));
    }

    void readsAFileWrittenBeforeTheSettingsClass()
    {
        // What a user's docker-explorer.conf looked like when every call site used QSettings:
        // one recent file is stored as a plain string, a bool as text.
        writeFile("[editor]\nrecentFiles=/home/u/demo/Dockerfile\n"
                  "[engine]\nchoice=context:remote\n"
                  "[lesson]\nopen=true\n"
                  "[ui]\nlanguage=de\ntheme=dark\n"
                  "[window]\nview=volumes\nstate=@ByteArray(\\0\\x1)\n");
        QCOMPARE(Settings::recentFiles.get(), QStringList{QStringLiteral("/home/u/demo/Dockerfile")});
        QCOMPARE(Settings::engineChoice.get(), QStringLiteral("context:remote"));
        QCOMPARE(Settings::lessonOpen.get(), true);
        QCOMPARE(Settings::language.get(), QStringLiteral("de"));
        QCOMPARE(Settings::theme.get(), QStringLiteral("dark"));
        QCOMPARE(Settings::currentView.get(), QStringLiteral("volumes"));
        QCOMPARE(Settings::windowState.get(), QByteArray("\x00\x01", 2));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
