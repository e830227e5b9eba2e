#pragma once

#include "dockerfile/dockerfileparser.h"

#include <QWidget>

class QFormLayout;

namespace dx {

// A small form that edits one instruction of the recipe. It is filled from the parsed
// instruction and its source lines; text() gives the instruction's new source lines: the
// original text while nothing was changed (so an untouched card never reformats anything),
// otherwise the writer's canonical text.
class InstructionForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstructionForm)

public:
    // The form that fits the instruction (raw text for ONBUILD, heredocs, unknown ones).
    static InstructionForm *create(const Instruction &instruction, QWidget *parent = nullptr);

    // `source`: the instruction's lines startLine..endLine, joined with \n.
    void load(const Instruction &instruction, const QString &source, QChar escape, const QStringList &stageNames);
    QString text() const { return m_modified ? generatedText() : m_source; }
    virtual QString generatedText() const = 0;
    bool isModified() const { return m_modified; }
    QString keyword() const { return m_instruction.keyword.toUpper(); }

signals:
    void modified();

protected:
    explicit InstructionForm(QWidget *parent);
    virtual void fill(const Instruction &instruction, const QString &source) = 0;
    // The layout of forms built in code; forms from a .ui file bring their own.
    QFormLayout *formLayout();
    void watch(QObject *editor); // any edit marks the form modified
    void markModified();
    // Flags other than the ones the form has fields for, kept as they were.
    QStringList otherFlags(const QStringList &handled) const;
    static QString flagValue(const Instruction &instruction, const QString &name);

    Instruction m_instruction;
    QString m_source;
    QChar m_escape = u'\\';
    QStringList m_stageNames;

private:
    QFormLayout *m_layout = nullptr;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace dx
