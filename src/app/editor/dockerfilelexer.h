#pragma once

#include <Qsci/qscilexercustom.h>

#include <QStringList>

namespace dx {

// Syntax colouring for Dockerfiles. Works on the UTF-8 bytes Scintilla stores and keeps a small
// per-line state (continuation, heredoc body, directive zone) so it restyles only what changed.
class DockerfileLexer final : public QsciLexerCustom
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerfileLexer)

public:
    enum Style {
        Default = 0,
        Comment,
        Directive,
        Instruction,
        Flag,
        String,
        Variable,
        Heredoc,
        Json,
        Keyword, // AS in FROM
        StyleCount
    };

    explicit DockerfileLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    // Colours for a light or dark background, with the given editor font.
    void applyPalette(bool dark, const QFont &font);
    void setEscape(char escape) { m_escape = escape; }

    static QStringList instructionNames();

private:
    int styleLine(const QByteArray &line, int state);
    int heredocIndex(const QByteArray &names);

    char m_escape = '\\';
    QList<QByteArray> m_heredocNames; // names a line state refers to by index
};

} // namespace dx
