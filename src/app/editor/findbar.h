#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;
class QToolButton;

namespace dx {

class IconProvider;

// Find (Ctrl+F) and replace (Ctrl+H) under the editor; F3 / Shift+F3 find again.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QsciScintilla *editor, IconProvider *icons, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool forward = true);
    void replaceOne();
    int replaceAll();
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QLabel *m_status;
    QList<QWidget *> m_replaceWidgets;
};

} // namespace dx
