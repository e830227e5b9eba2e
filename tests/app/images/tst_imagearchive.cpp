// Save and load in the Images view against the real engine (the offline classroom path): a
// save → remove → load round trip, plain and gzip-compressed, several images in one file; a
// cancelled save leaves no file (the stream held back by a proxy socket the test owns); a cut
// file, a missing file and an unknown image fail with a clear message.
#include "engine/socketproxy.h"
#include "engine/testengine.h"

#include "engine/engine.h"
#include "images/imagelistmodel.h"
#include "images/imagesview.h"
#include "images/imagestore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

QByteArray tarList(const QString &file)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), file});
    tar.waitForFinished(60000);
    return tar.readAllStandardOutput();
}

QByteArray tarMember(const QString &file, const QString &member)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xOf"), file, member});
    tar.waitForFinished(60000);
    return tar.readAllStandardOutput();
}

} // namespace

class TestImageArchive final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_image;  // built for the test, removed and loaded again
    QString m_second; // a second name of the same image: both travel in the file
    QStringList m_layers;

    QJsonObject inspect(const QString &reference)
    {
        const EngineResponse r = test::call(m_engine, EngineRequest::get(QStringLiteral("/images/%1/json").arg(reference)));
        return r.ok() ? test::json(r).toObject() : QJsonObject();
    }

    void removeImage(const QString &reference)
    {
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        test::call(m_engine, EngineRequest::del(QStringLiteral("/images/") + reference, force));
    }

    // Selects the rows of these images (ids or names) in the view.
    bool selectImages(ImagesView &view, const QStringList &images)
    {
        QItemSelectionModel *selection = view.table()->selectionModel();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view.table()->model());
        selection->clearSelection();
        for (const QString &image : images) {
            const int row = view.model()->rowOfId(image);
            if (row < 0)
                return false;
            selection->select(proxy->mapFromSource(view.model()->index(row, 0)),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return true;
    }

    bool waitTransfer(ImagesView &view, QSignalSpy &ended, QString *message)
    {
        if (!QTest::qWaitFor([&] { return !ended.isEmpty(); }, 120000))
            return false;
        *message = ended.constFirst().at(1).toString();
        const bool ok = ended.constFirst().at(0).toBool();
        ended.clear();
        Q_UNUSED(view);
        return ok;
    }

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_image = QStringLiteral("dxtest-archive:") + test::runId().toLower();
        m_second = QStringLiteral("dxtest-archive:second-") + test::runId().toLower();
        QTemporaryDir context;
        const QByteArray dockerfile = QStringLiteral("FROM %1\nRUN echo %2 > /made-for-the-test && mkdir -p /data && echo x > /data/x\n")
                                              .arg(test::baseImage(), test::runId()).toUtf8();
        QCOMPARE(test::dockerCli({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"),
                                  test::runLabelKey() + QLatin1Char('=') + test::runId(), QStringLiteral("-t"), m_image,
                                  QStringLiteral("-f"), QStringLiteral("-"), context.path()},
                                 dockerfile),
                 0);
        QCOMPARE(test::dockerCli({QStringLiteral("tag"), m_image, m_second}), 0);
        const QJsonObject details = inspect(m_image);
        for (const QJsonValue &v : details.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray())
            m_layers.append(v.toString());
        QVERIFY(m_layers.size() >= 2);
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        removeImage(m_second);
        removeImage(m_image);
        test::removeLabelled(m_engine);
    }

    void saveRemoveLoadRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << QStringLiteral("images.tar");
        QTest::newRow("tar.gz") << QStringLiteral("images.tar.gz");
    }

    void saveRemoveLoadRoundTrip()
    {
        QFETCH(QString, name);
        ImagesView view(m_services);
        QSignalSpy ended(&view, &ImagesView::transferEnded);
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(m_image), 20000);
        QVERIFY(selectImages(view, {m_image}));
        QCOMPARE(view.selectedReferences().size(), 2); // both names of the one image
        QTemporaryDir dir;
        const QString file = dir.filePath(name);
        view.saveSelectedTo(file);
        QVERIFY(view.isTransferring());
        QString message;
        QVERIFY2(waitTransfer(view, ended, &message), qPrintable(message));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name}); // nothing else left
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.read(2) == "\x1f\x8b", name.endsWith(QLatin1String(".gz")));
        saved.close();
        // GNU tar reads it (gzip or not) and the manifest names both tags.
        QVERIFY(tarList(file).contains("manifest.json"));
        const QByteArray manifest = tarMember(file, QStringLiteral("manifest.json"));
        QVERIFY2(manifest.contains(m_image.toUtf8()) && manifest.contains(m_second.toUtf8()), manifest.constData());

        removeImage(m_second);
        removeImage(m_image);
        QVERIFY(inspect(m_image).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOfId(m_image) < 0, 20000);

        view.loadFrom(file);
        QVERIFY2(waitTransfer(view, ended, &message), qPrintable(message));
        QVERIFY2(message.contains(m_image) && message.contains(m_second), qPrintable(message));
        const QJsonObject back = inspect(m_image);
        QVERIFY(!back.isEmpty());
        QStringList layers;
        for (const QJsonValue &v : back.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray())
            layers.append(v.toString());
        QCOMPARE(layers, m_layers);
        QVERIFY(!inspect(m_second).isEmpty());
        // The loaded image is selected once the store has it.
        QTRY_COMPARE_WITH_TIMEOUT(view.selectedImageId(), back.value(QLatin1String("Id")).toString(), 20000);
    }

    void severalImagesInOneFile()
    {
        ImagesView view(m_services);
        QSignalSpy ended(&view, &ImagesView::transferEnded);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOfId(m_image) >= 0 && view.model()->rowOfId(test::baseImage()) >= 0, 20000);
        QVERIFY(selectImages(view, {m_image, test::baseImage()}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("two.tar"));
        view.saveSelectedTo(file);
        QString message;
        QVERIFY2(waitTransfer(view, ended, &message), qPrintable(message));
        const QJsonArray manifest = QJsonDocument::fromJson(tarMember(file, QStringLiteral("manifest.json"))).array();
        QCOMPARE(manifest.size(), 2);
    }

    void cancelledSaveLeavesNoFile()
    {
        const QString socket = m_engine.info().endpoint.socketPath;
        if (socket.isEmpty())
            QSKIP("the proxy sits in front of a unix socket; this engine is reached otherwise");
        test::SocketProxy proxy(socket);
        QVERIFY(proxy.isListening());
        Engine proxied;
        proxied.connectTo(Endpoint::fromHost(proxy.host()));
        QVERIFY(test::waitConnected(proxied));
        AppServices services(&proxied, &m_icons);
        ImagesView view(&services);
        QSignalSpy ended(&view, &ImagesView::transferEnded);
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(m_image), 20000);
        QVERIFY(selectImages(view, {m_image}));
        // The save stream stops after 300 kB: the file is being written when the user cancels.
        const qint64 holdAt = 300000;
        proxy.holdResponses("/get", holdAt);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cancelled.tar"));
        view.saveSelectedTo(file);
        QVERIFY(QTest::qWaitFor([&] { return proxy.forwarded("/get") >= holdAt; }, 30000));
        QTest::qWait(200); // the worker has written what arrived
        view.cancelTransfer();
        QString message;
        QVERIFY(!waitTransfer(view, ended, &message));
        QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
        proxy.releaseResponses();

        // An existing file of that name stays as it was.
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        proxy.holdResponses("/get", holdAt);
        view.saveSelectedTo(file);
        QVERIFY(QTest::qWaitFor([&] { return proxy.forwarded("/get") >= holdAt; }, 30000));
        view.cancelTransfer();
        QVERIFY(!waitTransfer(view, ended, &message));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        proxy.releaseResponses();
    }

    void badInputFailsClearly()
    {
        ImagesView view(m_services);
        QSignalSpy ended(&view, &ImagesView::transferEnded);
        QTRY_VERIFY_WITH_TIMEOUT(view.selectImage(m_image), 20000);
        QVERIFY(selectImages(view, {m_image}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("whole.tar"));
        view.saveSelectedTo(file);
        QString message;
        QVERIFY2(waitTransfer(view, ended, &message), qPrintable(message));

        // A file cut in the middle (a copy that did not finish).
        QFile whole(file);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile cut(dir.filePath(QStringLiteral("cut.tar")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        view.loadFrom(cut.fileName());
        QVERIFY(!waitTransfer(view, ended, &message));
        QVERIFY2(message.startsWith(QLatin1String("Cannot load cut.tar")), qPrintable(message));
        qInfo().noquote() << "cut file:" << message;

        // Not a tar at all, and no file.
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();
        view.loadFrom(text.fileName());
        QVERIFY(!waitTransfer(view, ended, &message));
        QVERIFY2(message.startsWith(QLatin1String("Cannot load notes.txt")), qPrintable(message));
        view.loadFrom(dir.filePath(QStringLiteral("missing.tar")));
        QVERIFY(!waitTransfer(view, ended, &message));
        QVERIFY2(message.contains(QLatin1String("missing.tar")), qPrintable(message));
        QCOMPARE(view.messageText(), message);
    }
};

QTEST_MAIN(TestImageArchive)
#include "tst_imagearchive.moc"
