#pragma once

// The concrete instruction forms; only InstructionForm::create() and tests use them directly.

#include "instructionform.h"
#include "instructionwriter.h"

#include <memory>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace dx {

namespace Ui {
class CopyForm;
class FromForm;
class RunForm;
}

class RawForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit RawForm(QWidget *parent);
    QString generatedText() const override;
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    QPlainTextEdit *m_edit;
};

// WORKDIR, USER, EXPOSE, STOPSIGNAL, VOLUME (shell form), MAINTAINER: one line of text.
class ValueForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit ValueForm(QWidget *parent);
    QString generatedText() const override;
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    QLineEdit *m_edit;
};

class FromForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit FromForm(QWidget *parent);
    ~FromForm() override;
    QString generatedText() const override;
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    const std::unique_ptr<Ui::FromForm> m_ui; // the layout: forms/fromform.ui
};

class CopyForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit CopyForm(QWidget *parent);
    ~CopyForm() override;
    QString generatedText() const override;
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    const std::unique_ptr<Ui::CopyForm> m_ui; // the layout: forms/copyform.ui
};

class RunForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit RunForm(QWidget *parent);
    ~RunForm() override;
    QString generatedText() const override;
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    const std::unique_ptr<Ui::RunForm> m_ui; // the layout: forms/runform.ui
};

// ENV, LABEL, ARG: a key/value table.
class KeyValueForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit KeyValueForm(QWidget *parent);
    QString generatedText() const override;
    QTableWidget *table() const { return m_table; }
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    void addRow(const QString &key, const QString &value);
    QTableWidget *m_table;
};

// CMD, ENTRYPOINT, SHELL: an exec-form list, or one shell command.
class ExecForm final : public InstructionForm
{
    Q_OBJECT
public:
    explicit ExecForm(QWidget *parent);
    QString generatedText() const override;
    QListWidget *list() const { return m_list; }
protected:
    void fill(const Instruction &instruction, const QString &source) override;
private:
    void addItem(const QString &text);
    QListWidget *m_list;
    QCheckBox *m_json;
};

} // namespace dx
