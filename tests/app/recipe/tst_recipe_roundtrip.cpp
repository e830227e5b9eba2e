// Every card of every BuildKit conformance Dockerfile survives an edit through its form:
// unchanged values leave the text byte-for-byte alone, a changed value rewrites only the
// instruction's own lines and parses back to the same instruction, and Undo restores the file.
#include "editor/dockerfiledocument.h"
#include "engine/engine.h"
#include "recipe/instructionform.h"
#include "recipe/instructionforms_p.h"
#include "recipe/recipemodel.h"
#include "recipe/recipeview.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace dx;

namespace {

QString conformanceDir()
{
    return QStringLiteral(DX_SHARED_DIR "/conformance/buildkit-dockerfile-parser/testfiles");
}

// Offset of the start of a 1-based line in `text`; text.size() past the end.
int lineOffset(const QString &text, int line)
{
    int offset = 0;
    for (int l = 1; l < line; ++l) {
        const int nl = int(text.indexOf(u'\n', offset));
        if (nl < 0)
            return int(text.size());
        offset = nl + 1;
    }
    return offset;
}

// Changes one value through the form's own widgets. False when the form has nothing to change.
bool changeSomething(InstructionForm *form)
{
    if (auto *kv = qobject_cast<KeyValueForm *>(form)) {
        if (kv->table()->rowCount() == 0)
            return false;
        kv->table()->item(0, 1)->setText(kv->table()->item(0, 1)->text() + QStringLiteral("x"));
        return true;
    }
    if (auto *exec = qobject_cast<ExecForm *>(form)) {
        if (exec->list()->count() == 0)
            return false;
        exec->list()->item(0)->setText(exec->list()->item(0)->text() + QStringLiteral("x"));
        return true;
    }
    if (auto *raw = qobject_cast<RawForm *>(form)) {
        // Changing the keyword's case is a change every instruction survives (even heredocs).
        QString text = raw->findChild<QPlainTextEdit *>(QStringLiteral("primary"))->toPlainText();
        const int start = int(text.indexOf(QRegularExpression(QStringLiteral("\\S"))));
        if (start < 0)
            return false;
        const QChar c = text.at(start);
        text[start] = c.isUpper() ? c.toLower() : c.toUpper();
        raw->findChild<QPlainTextEdit *>(QStringLiteral("primary"))->setPlainText(text);
        return true;
    }
    if (auto *line = form->findChild<QLineEdit *>(QStringLiteral("primary"))) {
        line->setText(line->text() + QStringLiteral("x"));
        return true;
    }
    if (auto *edit = form->findChild<QPlainTextEdit *>(QStringLiteral("primary"))) {
        edit->setPlainText(edit->toPlainText() + QStringLiteral("x"));
        return true;
    }
    return false;
}

} // namespace

class TestRecipeRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(conformanceDir());
        if (!dir.exists())
            return;
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString file = dir.filePath(name + QStringLiteral("/Dockerfile"));
            if (QFile::exists(file))
                QTest::newRow(qPrintable(name)) << file;
        }
    }

    void roundTrip()
    {
        if (!QDir(conformanceDir()).exists())
            QSKIP("The conformance files are absent (DX_SHARED_DIR/conformance/buildkit-dockerfile-parser/testfiles)");
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString original = DockerfileParser::decode(f.readAll());

        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        RecipeView recipe(&services);
        DockerfileDocument *doc = recipe.document();
        doc->resetText(original);
        QCOMPARE(doc->text(), original);
        recipe.model()->refreshNow();
        const ParseResult before = doc->parseNow();
        QCOMPARE(recipe.model()->rowCount(), int(before.instructions.size()));

        for (int row = 0; row < before.instructions.size(); ++row) {
            const Instruction &inst = before.instructions.at(row);
            const QByteArray where = QStringLiteral("row %1 (%2, lines %3-%4)").arg(row).arg(inst.keyword)
                                         .arg(inst.startLine).arg(inst.endLine).toUtf8();

            // 1. Unchanged values: the text stays byte-for-byte the same.
            recipe.selectRow(row);
            QVERIFY2(recipe.currentForm(), where.constData());
            QVERIFY2(recipe.applyForm(), where.constData());
            QVERIFY2(doc->text() == original, where.constData());

            // 2. A changed value: only this instruction's lines change.
            recipe.selectRow(row);
            InstructionForm *form = recipe.currentForm();
            if (!changeSomething(form))
                continue;
            QVERIFY2(form->isModified(), where.constData());
            QVERIFY2(recipe.applyForm(), where.constData());
            const QString edited = doc->text();
            QVERIFY2(edited != original, where.constData());
            const QString head = original.left(lineOffset(original, inst.startLine));
            const QString tail = original.mid(lineOffset(original, inst.endLine + 1));
            QVERIFY2(edited.startsWith(head), where.constData());
            QVERIFY2(edited.endsWith(tail), where.constData());

            // It parses back to the same kind of instruction, and the others are untouched.
            const ParseResult after = doc->parseNow();
            QVERIFY2(after.instructions.size() == before.instructions.size(), where.constData());
            for (int other = 0; other < after.instructions.size(); ++other) {
                if (other == row)
                    QVERIFY2(after.instructions.at(other).name == inst.name, where.constData());
                else
                    QVERIFY2(after.instructions.at(other).dump() == before.instructions.at(other).dump(), where.constData());
            }

            // 3. Undo gives the exact original back.
            doc->undo();
            QVERIFY2(doc->text() == original, where.constData());
            recipe.model()->refreshNow();
        }
    }
};

QTEST_MAIN(TestRecipeRoundTrip)
#include "tst_recipe_roundtrip.moc"
