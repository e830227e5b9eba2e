#include "instructionforms_p.h"
#include "ui_copyform.h"
#include "ui_fromform.h"
#include "ui_runform.h"
#include "shell/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace dx {

namespace {

QWidget *listButtons(QWidget *parent, const std::function<void()> &add, const std::function<void()> &remove)
{
    auto *box = new QWidget(parent);
    auto *l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    auto *plus = new QPushButton(QObject::tr("Add"), box);
    auto *minus = new QPushButton(QObject::tr("Remove"), box);
    l->addWidget(plus);
    l->addWidget(minus);
    l->addStretch(1);
    QObject::connect(plus, &QPushButton::clicked, box, add);
    QObject::connect(minus, &QPushButton::clicked, box, remove);
    return box;
}

} // namespace

// ----- FROM

FromForm::FromForm(QWidget *parent)
    : InstructionForm(parent)
    , m_ui(std::make_unique<Ui::FromForm>())
{
    m_ui->setupUi(this);
    connect(Language::instance(), &Language::changed, this, [this] { m_ui->retranslateUi(this); });
    for (QObject *o : {m_ui->primary, m_ui->tag, m_ui->stage, m_ui->platform})
        watch(o);
}

FromForm::~FromForm() = default;

void FromForm::fill(const Instruction &inst, const QString &)
{
    QString image = inst.args.value(0);
    QString tag;
    const int slash = int(image.lastIndexOf(u'/'));
    const int colon = int(image.lastIndexOf(u':'));
    if (!image.contains(u'@') && colon > slash) {
        tag = image.mid(colon + 1);
        image = image.left(colon);
    }
    m_ui->primary->setText(image);
    m_ui->tag->setText(tag);
    m_ui->stage->setText(inst.args.size() >= 3 ? inst.args.at(2) : QString());
    m_ui->platform->setText(flagValue(inst, QStringLiteral("platform")));
}

QString FromForm::generatedText() const
{
    QStringList flags;
    if (!m_ui->platform->text().trimmed().isEmpty())
        flags << QStringLiteral("--platform=") + m_ui->platform->text().trimmed();
    flags << otherFlags({QStringLiteral("platform")});
    QString image = m_ui->primary->text().trimmed();
    if (!m_ui->tag->text().trimmed().isEmpty())
        image += u':' + m_ui->tag->text().trimmed();
    return InstructionWriter(m_escape).from(flags, image, m_ui->stage->text().trimmed());
}

// ----- COPY / ADD

CopyForm::CopyForm(QWidget *parent)
    : InstructionForm(parent)
    , m_ui(std::make_unique<Ui::CopyForm>())
{
    m_ui->setupUi(this);
    connect(Language::instance(), &Language::changed, this, [this] { m_ui->retranslateUi(this); });
    for (QObject *o : std::initializer_list<QObject *>{m_ui->sources, m_ui->primary, m_ui->chown, m_ui->chmod, m_ui->from, m_ui->link})
        watch(o);
}

CopyForm::~CopyForm() = default;

void CopyForm::fill(const Instruction &inst, const QString &)
{
    QStringList args = inst.args;
    m_ui->primary->setText(args.isEmpty() ? QString() : args.takeLast());
    m_ui->sources->setPlainText(args.join(u'\n'));
    m_ui->from->clear();
    m_ui->from->addItem(QString());
    m_ui->from->addItems(m_stageNames);
    m_ui->from->setCurrentText(flagValue(inst, QStringLiteral("from")));
    m_ui->chown->setText(flagValue(inst, QStringLiteral("chown")));
    m_ui->chmod->setText(flagValue(inst, QStringLiteral("chmod")));
    m_ui->link->setChecked(inst.flags.contains(QStringLiteral("--link")) || inst.flags.contains(QStringLiteral("--link=true")));
}

QString CopyForm::generatedText() const
{
    QStringList flags;
    auto add = [&flags](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            flags << QStringLiteral("--%1=%2").arg(QLatin1String(name), value.trimmed());
    };
    add("from", m_ui->from->currentText());
    add("chown", m_ui->chown->text());
    add("chmod", m_ui->chmod->text());
    if (m_ui->link->isChecked())
        flags << QStringLiteral("--link");
    flags << otherFlags({QStringLiteral("from"), QStringLiteral("chown"), QStringLiteral("chmod"), QStringLiteral("link")});
    const QStringList sources = m_ui->sources->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    return InstructionWriter(m_escape).copy(m_instruction.keyword, flags, sources, m_ui->primary->text().trimmed(),
                                            m_instruction.jsonForm);
}

// ----- RUN

RunForm::RunForm(QWidget *parent)
    : InstructionForm(parent)
    , m_ui(std::make_unique<Ui::RunForm>())
{
    m_ui->setupUi(this);
    connect(Language::instance(), &Language::changed, this, [this] { m_ui->retranslateUi(this); });
    watch(m_ui->flags);
    watch(m_ui->primary);
}

RunForm::~RunForm() = default;

void RunForm::fill(const Instruction &inst, const QString &source)
{
    m_ui->flags->setText(inst.flags.join(u' '));
    // Keep the author's line breaks: show the source lines without keyword, flags and escapes.
    QStringList lines = source.split(u'\n');
    QString first = lines.value(0).trimmed();
    first = first.mid(inst.keyword.size()).trimmed();
    bool flagsOnFirstLine = true;
    for (const QString &flag : inst.flags) {
        if (first.startsWith(flag)) {
            first = first.mid(flag.size()).trimmed();
        } else {
            flagsOnFirstLine = false;
            break;
        }
    }
    if (!flagsOnFirstLine) {
        m_ui->primary->setPlainText(inst.args.join(u' '));
        return;
    }
    lines[0] = first;
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
        if (i + 1 < lines.size() && l.endsWith(m_escape)) {
            l.chop(1);
            while (!l.isEmpty() && l.back().isSpace())
                l.chop(1);
        }
        lines[i] = l;
    }
    if (lines.size() > 1 && lines.constFirst().isEmpty())
        lines.removeFirst();
    m_ui->primary->setPlainText(lines.join(u'\n'));
}

QString RunForm::generatedText() const
{
    return InstructionWriter(m_escape).run(m_ui->flags->text().split(u' ', Qt::SkipEmptyParts), m_ui->primary->toPlainText());
}

// ----- ENV / LABEL / ARG

KeyValueForm::KeyValueForm(QWidget *parent)
    : InstructionForm(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("primary"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(140);
    formLayout()->addRow(m_table);
    formLayout()->addRow(listButtons(this, [this] { addRow(QString(), QString()); markModified(); },
                                     [this] {
                                         if (m_table->currentRow() >= 0) {
                                             m_table->removeRow(m_table->currentRow());
                                             markModified();
                                         }
                                     }));
    watch(m_table);
}

void KeyValueForm::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(InstructionWriter::unquoted(value)));
}

void KeyValueForm::fill(const Instruction &inst, const QString &)
{
    m_table->setRowCount(0);
    if (inst.name == QLatin1String("arg")) {
        for (const QString &a : inst.args)
            addRow(a.section(u'=', 0, 0), a.contains(u'=') ? a.section(u'=', 1) : QString());
        return;
    }
    for (int i = 0; i + 1 < inst.args.size(); i += 3)
        addRow(inst.args.at(i), inst.args.at(i + 1));
}

QString KeyValueForm::generatedText() const
{
    QList<InstructionWriter::KeyValue> pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *k = m_table->item(row, 0);
        const QTableWidgetItem *v = m_table->item(row, 1);
        pairs.append({k ? k->text() : QString(), v ? v->text() : QString()});
    }
    const InstructionWriter writer(m_escape);
    return m_instruction.name == QLatin1String("arg") ? writer.arg(pairs) : writer.keyValues(m_instruction.keyword, pairs);
}

// ----- CMD / ENTRYPOINT / SHELL

ExecForm::ExecForm(QWidget *parent)
    : InstructionForm(parent)
    , m_list(new QListWidget(this))
    , m_json(new QCheckBox(tr("Exec form (JSON list): no shell, signals reach the program"), this))
{
    m_list->setObjectName(QStringLiteral("primary"));
    m_list->setMinimumHeight(120);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    formLayout()->addRow(m_json);
    formLayout()->addRow(m_list);
    formLayout()->addRow(listButtons(this, [this] { addItem(QString()); m_list->editItem(m_list->item(m_list->count() - 1)); markModified(); },
                                     [this] { delete m_list->currentItem(); markModified(); }));
    watch(m_list);
    watch(m_json);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { markModified(); });
}

void ExecForm::addItem(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
}

void ExecForm::fill(const Instruction &inst, const QString &)
{
    m_list->clear();
    m_json->setChecked(inst.jsonForm || inst.name == QLatin1String("shell"));
    for (const QString &a : inst.args)
        addItem(a);
}

QString ExecForm::generatedText() const
{
    QStringList items;
    for (int i = 0; i < m_list->count(); ++i)
        items << m_list->item(i)->text();
    return InstructionWriter(m_escape).execList(m_instruction.keyword, items, m_json->isChecked());
}

} // namespace dx
