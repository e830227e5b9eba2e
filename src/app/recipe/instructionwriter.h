#pragma once

#include <QChar>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dx {

// Turns the values of a recipe card back into Dockerfile text in the canonical style: JSON
// form for exec lists, KEY=value with quotes only when needed, continuations in RUN only where
// the command has line breaks. Knows the file's escape character (# escape=`).
class InstructionWriter final
{
public:
    using KeyValue = QPair<QString, QString>;

    explicit InstructionWriter(QChar escape = u'\\') : m_escape(escape) {}

    QString from(const QStringList &flags, const QString &image, const QString &stage) const;
    QString copy(const QString &keyword, const QStringList &flags, const QStringList &sources,
                 const QString &destination, bool jsonForm) const;
    // `command` may span lines: each line break becomes a continuation.
    QString run(const QStringList &flags, const QString &command) const;
    QString keyValues(const QString &keyword, const QList<KeyValue> &pairs) const;
    QString arg(const QList<KeyValue> &pairs) const;
    QString execList(const QString &keyword, const QStringList &items, bool jsonForm) const;
    QString simple(const QString &keyword, const QString &value) const;

    // A shell word or ENV value, quoted when it has blanks or quotes; verbatim when already quoted.
    QString quoted(const QString &value) const;
    static QString jsonArray(const QStringList &items);
    // `"a b"` -> `a b` when the inner text needs no escapes; otherwise unchanged.
    static QString unquoted(const QString &value);

private:
    QString continuation() const { return QStringLiteral(" %1\n").arg(m_escape); }
    QChar m_escape;
};

} // namespace dx
