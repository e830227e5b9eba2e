// Cards and text stay in sync both ways through the shared document, with one undo history.
#include "editor/dockerfiledocument.h"
#include "editor/editorview.h"
#include "engine/engine.h"
#include "recipe/instructionform.h"
#include "recipe/instructionforms_p.h"
#include "recipe/recipemodel.h"
#include "recipe/recipeview.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QListView>
#include <QStandardPaths>
#include <QTest>

using namespace dx;

class TestRecipeView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
    }

    void typingInTheEditorUpdatesCards()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        EditorView editor(&services);
        RecipeView recipe(&services);
        QAbstractItemModelTester tester(recipe.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(editor.document(), recipe.document()); // one shared document
        editor.document()->resetText(QStringLiteral("FROM busybox\n"));
        QTRY_COMPARE(recipe.model()->rowCount(), 1);
        editor.editor()->append(QStringLiteral("RUN echo one\nCMD [\"sh\"]\n"));
        QTRY_COMPARE(recipe.model()->rowCount(), 3);
        QCOMPARE(recipe.model()->data(recipe.model()->index(1), RecipeModel::KeywordRole).toString(), QStringLiteral("RUN"));
        QCOMPARE(recipe.model()->data(recipe.model()->index(0), RecipeModel::StageHeaderRole).toString(), QStringLiteral("Stage 1"));
    }

    void editingACardRewritesOnlyItsLines()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        RecipeView recipe(&services);
        DockerfileDocument *doc = recipe.document();
        const QString original = QStringLiteral("# base\nFROM busybox AS base\n\n# say hi\nRUN echo hi \\\n  && echo there\nCMD [\"sh\"]\n");
        doc->resetText(original);
        recipe.model()->refreshNow();
        recipe.selectRow(1);
        auto *form = qobject_cast<RunForm *>(recipe.currentForm());
        QVERIFY(form);
        auto *command = form->findChild<QPlainTextEdit *>(QStringLiteral("primary"));
        QCOMPARE(command->toPlainText(), QStringLiteral("echo hi\n  && echo there"));
        command->setPlainText(QStringLiteral("echo hello\n  && echo there"));
        QVERIFY(recipe.applyForm());
        QCOMPARE(doc->text(), QStringLiteral("# base\nFROM busybox AS base\n\n# say hi\nRUN echo hello \\\n  && echo there\nCMD [\"sh\"]\n"));
        doc->undo();
        QCOMPARE(doc->text(), original);
    }

    void reorderAddRemove()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        RecipeView recipe(&services);
        QAbstractItemModelTester tester(recipe.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DockerfileDocument *doc = recipe.document();
        const QString original = QStringLiteral("FROM busybox\n# first\nRUN echo 1\nRUN echo 2\nCMD [\"sh\"]\n");
        doc->resetText(original);
        recipe.model()->refreshNow();
        QCOMPARE(recipe.model()->rowCount(), 4);

        // Move "RUN echo 2" before "RUN echo 1": the comment travels with its instruction.
        QVERIFY(recipe.model()->moveRows({}, 2, 1, {}, 1));
        QCOMPARE(doc->text(), QStringLiteral("FROM busybox\nRUN echo 2\n# first\nRUN echo 1\nCMD [\"sh\"]\n"));
        doc->undo();
        QCOMPARE(doc->text(), original);
        // Down to the end.
        QVERIFY(recipe.model()->moveRows({}, 0, 1, {}, 4));
        QCOMPARE(doc->text(), QStringLiteral("# first\nRUN echo 1\nRUN echo 2\nCMD [\"sh\"]\nFROM busybox\n"));
        doc->undo();

        recipe.model()->refreshNow();
        recipe.selectRow(1);
        recipe.moveCurrent(1); // Alt+Down
        QCOMPARE(doc->text(), QStringLiteral("FROM busybox\nRUN echo 2\n# first\nRUN echo 1\nCMD [\"sh\"]\n"));
        QCOMPARE(recipe.currentRow(), 2);
        doc->undo();
        recipe.model()->refreshNow();

        recipe.selectRow(0);
        recipe.addInstruction(QStringLiteral("WORKDIR"));
        QCOMPARE(doc->text(), QStringLiteral("FROM busybox\nWORKDIR /app\n# first\nRUN echo 1\nRUN echo 2\nCMD [\"sh\"]\n"));
        QCOMPARE(recipe.currentRow(), 1);
        recipe.selectRow(2);
        recipe.removeCurrent();
        QCOMPARE(doc->text(), QStringLiteral("FROM busybox\nWORKDIR /app\nRUN echo 2\nCMD [\"sh\"]\n"));
        QCOMPARE(recipe.model()->rowCount(), 4);
        doc->undo();
        doc->undo();
        QCOMPARE(doc->text(), original);
    }

    void keyValueAndExecForms()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        RecipeView recipe(&services);
        DockerfileDocument *doc = recipe.document();
        doc->resetText(QStringLiteral("FROM busybox\nENV A=1 B=\"x y\"\nCMD echo hi\n"));
        recipe.model()->refreshNow();
        recipe.selectRow(1);
        auto *kv = qobject_cast<KeyValueForm *>(recipe.currentForm());
        QVERIFY(kv);
        QCOMPARE(kv->table()->item(1, 1)->text(), QStringLiteral("x y"));
        kv->table()->item(1, 1)->setText(QStringLiteral("x y z"));
        QVERIFY(recipe.applyForm());
        QCOMPARE(doc->text(), QStringLiteral("FROM busybox\nENV A=1 B=\"x y z\"\nCMD echo hi\n"));

        recipe.selectRow(2);
        auto *exec = qobject_cast<ExecForm *>(recipe.currentForm());
        QVERIFY(exec);
        exec->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(recipe.applyForm());
        QCOMPARE(doc->text(), QStringLiteral("FROM busybox\nENV A=1 B=\"x y z\"\nCMD [\"echo hi\"]\n"));
    }

    void lintAndLayersOnCards()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        RecipeView recipe(&services);
        recipe.document()->resetText(QStringLiteral("FROM busybox\nBOGUS x\nRUN true\n"));
        LineLayerInfo layer;
        layer.startLine = 3;
        layer.endLine = 3;
        layer.layerDigest = QStringLiteral("sha256:0123456789abcdef0123");
        layer.size = 2048;
        layer.emptyLayer = false;
        recipe.document()->setPath(QStringLiteral("/tmp/dx-recipe/Dockerfile"));
        services.setLineLayers(QStringLiteral("/tmp/dx-recipe/Dockerfile"), {layer});
        QTRY_VERIFY(recipe.document()->isAnalysisCurrent());
        // The parser keeps unknown instructions (BuildKit does too); the linter flags them.
        QTRY_COMPARE(recipe.model()->data(recipe.model()->index(2), RecipeModel::LayerRole).toString().left(12),
                     QStringLiteral("0123456789ab"));
        QVERIFY(!recipe.model()->data(recipe.model()->index(1), RecipeModel::DiagnosticsRole).toString().isEmpty());
        QCOMPARE(recipe.model()->data(recipe.model()->index(1), RecipeModel::SeverityRole).toInt(), 0);
    }
};

QTEST_MAIN(TestRecipeView)
#include "tst_recipeview.moc"
