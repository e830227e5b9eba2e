#include "shellcommands_p.h"

#include "dockerfileparser.h"

namespace dx::detail {

namespace {

bool isAssignment(const QString &word)
{
    const qsizetype eq = word.indexOf(u'=');
    if (eq <= 0)
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        const QChar c = word.at(i);
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

void finishCommand(ShellScript &script, QStringList &words)
{
    while (!words.isEmpty() && isAssignment(words.first()))
        words.removeFirst();
    ShellCommand command;
    if (!words.isEmpty() && words.first() == QLatin1String("sudo")) {
        command.sudo = true;
        words.removeFirst();
        while (!words.isEmpty() && words.first().startsWith(u'-'))
            words.removeFirst();
    }
    command.words = words;
    words.clear();
    if (!command.words.isEmpty() || command.sudo)
        script.commands.append(command);
}

} // namespace

QString ShellCommand::subcommand() const
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (!words.at(i).startsWith(u'-'))
            return words.at(i);
    }
    return {};
}

bool ShellCommand::hasOption(const QString &option) const
{
    for (const QString &word : words) {
        if (word == option || word.startsWith(option + u'='))
            return true;
    }
    return false;
}

ShellScript analyzeShell(const QString &text)
{
    ShellScript script;
    script.text = text;
    QStringList words;
    QString word;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < n) {
            word += text.at(++i);
            inWord = true;
        } else if (c == u'\'' || c == u'"') {
            const qsizetype close = text.indexOf(c, i + 1);
            const qsizetype end = close < 0 ? n : close;
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u'#' && !inWord) {
            while (i + 1 < n && text.at(i + 1) != u'\n')
                ++i;
        } else if (c == u' ' || c == u'\t' || c == u'\r') {
            endWord();
        } else if (c == u';' || c == u'&' || c == u'|' || c == u'\n' || c == u'(' || c == u')'
                   || c == u'`') {
            endWord();
            if (c == u'|' && !(i + 1 < n && text.at(i + 1) == u'|') && !(i > 0 && text.at(i - 1) == u'|'))
                script.hasPipe = true;
            finishCommand(script, words);
        } else {
            word += c;
            inWord = true;
        }
    }
    endWord();
    finishCommand(script, words);
    return script;
}

ShellScript analyzeRun(const Instruction &run)
{
    if (run.jsonForm) {
        // ["sh", "-c", "script"] runs a script; anything else is one command.
        if (run.args.size() >= 3 && run.args.at(run.args.size() - 2) == QLatin1String("-c"))
            return analyzeShell(run.args.last());
        ShellScript script;
        script.text = run.args.join(u' ');
        QStringList words = run.args;
        finishCommand(script, words);
        return script;
    }
    QString text = run.args.join(u' ');
    for (const Heredoc &heredoc : run.heredocs)
        text += u'\n' + heredoc.content;
    return analyzeShell(text);
}

} // namespace dx::detail
