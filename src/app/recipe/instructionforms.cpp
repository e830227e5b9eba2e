#include "instructionforms_p.h"

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

QPlainTextEdit *monoEdit(QWidget *parent, int minHeight)
{
    auto *e = new QPlainTextEdit(parent);
    e->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setMinimumHeight(minHeight);
    return e;
}

} // namespace

// ----- FROM

FromForm::FromForm(QWidget *parent)
    : InstructionForm(parent)
    , m_image(new QLineEdit(this)), m_tag(new QLineEdit(this)), m_stage(new QLineEdit(this)), m_platform(new QLineEdit(this))
{
    m_image->setObjectName(QStringLiteral("primary"));
    m_image->setPlaceholderText(tr("e.g. python or ghcr.io/org/app"));
    m_tag->setPlaceholderText(tr("latest"));
    m_stage->setPlaceholderText(tr("optional, e.g. build"));
    m_platform->setPlaceholderText(tr("optional, e.g. linux/amd64"));
    formLayout()->addRow(tr("Image"), m_image);
    formLayout()->addRow(tr("Tag"), m_tag);
    formLayout()->addRow(tr("Stage name"), m_stage);
    formLayout()->addRow(tr("Platform"), m_platform);
    for (QObject *o : {m_image, m_tag, m_stage, m_platform})
        watch(o);
}

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
    m_image->setText(image);
    m_tag->setText(tag);
    m_stage->setText(inst.args.size() >= 3 ? inst.args.at(2) : QString());
    m_platform->setText(flagValue(inst, QStringLiteral("platform")));
}

QString FromForm::generatedText() const
{
    QStringList flags;
    if (!m_platform->text().trimmed().isEmpty())
        flags << QStringLiteral("--platform=") + m_platform->text().trimmed();
    flags << otherFlags({QStringLiteral("platform")});
    QString image = m_image->text().trimmed();
    if (!m_tag->text().trimmed().isEmpty())
        image += u':' + m_tag->text().trimmed();
    return InstructionWriter(m_escape).from(flags, image, m_stage->text().trimmed());
}

// ----- COPY / ADD

CopyForm::CopyForm(QWidget *parent)
    : InstructionForm(parent)
    , m_sources(monoEdit(this, 80)), m_destination(new QLineEdit(this)), m_chown(new QLineEdit(this))
    , m_chmod(new QLineEdit(this)), m_from(new QComboBox(this)), m_link(new QCheckBox(tr("--link (independent layer)"), this))
{
    m_destination->setObjectName(QStringLiteral("primary"));
    m_sources->setPlaceholderText(tr("One source per line, relative to the build context"));
    m_destination->setPlaceholderText(tr("e.g. /app/"));
    m_from->setEditable(true);
    m_from->setToolTip(tr("Copy from an earlier stage or an image instead of the build context"));
    m_chown->setPlaceholderText(tr("optional, e.g. 1000:1000"));
    m_chmod->setPlaceholderText(tr("optional, e.g. 755"));
    formLayout()->addRow(tr("Sources"), m_sources);
    formLayout()->addRow(tr("Destination"), m_destination);
    formLayout()->addRow(tr("From stage"), m_from);
    formLayout()->addRow(tr("Owner"), m_chown);
    formLayout()->addRow(tr("Mode"), m_chmod);
    formLayout()->addRow(QString(), m_link);
    for (QObject *o : std::initializer_list<QObject *>{m_sources, m_destination, m_chown, m_chmod, m_from, m_link})
        watch(o);
}

void CopyForm::fill(const Instruction &inst, const QString &)
{
    QStringList args = inst.args;
    m_destination->setText(args.isEmpty() ? QString() : args.takeLast());
    m_sources->setPlainText(args.join(u'\n'));
    m_from->clear();
    m_from->addItem(QString());
    m_from->addItems(m_stageNames);
    m_from->setCurrentText(flagValue(inst, QStringLiteral("from")));
    m_chown->setText(flagValue(inst, QStringLiteral("chown")));
    m_chmod->setText(flagValue(inst, QStringLiteral("chmod")));
    m_link->setChecked(inst.flags.contains(QStringLiteral("--link")) || inst.flags.contains(QStringLiteral("--link=true")));
}

QString CopyForm::generatedText() const
{
    QStringList flags;
    auto add = [&flags](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            flags << QStringLiteral("--%1=%2").arg(QLatin1String(name), value.trimmed());
    };
    add("from", m_from->currentText());
    add("chown", m_chown->text());
    add("chmod", m_chmod->text());
    if (m_link->isChecked())
        flags << QStringLiteral("--link");
    flags << otherFlags({QStringLiteral("from"), QStringLiteral("chown"), QStringLiteral("chmod"), QStringLiteral("link")});
    const QStringList sources = m_sources->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    return InstructionWriter(m_escape).copy(m_instruction.keyword, flags, sources, m_destination->text().trimmed(),
                                            m_instruction.jsonForm);
}

// ----- RUN

RunForm::RunForm(QWidget *parent)
    : InstructionForm(parent)
    , m_flags(new QLineEdit(this)), m_command(monoEdit(this, 140))
{
    m_command->setObjectName(QStringLiteral("primary"));
    m_flags->setPlaceholderText(tr("optional, e.g. --mount=type=cache,target=/root/.cache"));
    m_command->setPlaceholderText(tr("Shell command; each new line becomes a continued line"));
    formLayout()->addRow(tr("Command"), m_command);
    formLayout()->addRow(tr("Flags"), m_flags);
    watch(m_flags);
    watch(m_command);
}

void RunForm::fill(const Instruction &inst, const QString &source)
{
    m_flags->setText(inst.flags.join(u' '));
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
        m_command->setPlainText(inst.args.join(u' '));
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
    m_command->setPlainText(lines.join(u'\n'));
}

QString RunForm::generatedText() const
{
    return InstructionWriter(m_escape).run(m_flags->text().split(u' ', Qt::SkipEmptyParts), m_command->toPlainText());
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
