#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;
class QsciScintilla;

namespace dx {

namespace Ui {
class FindBar;
}

class IconProvider;

// Find (Ctrl+F) and replace (Ctrl+H) under the editor; F3 / Shift+F3 find again.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QsciScintilla *editor, IconProvider *icons, QWidget *parent = nullptr);
    ~FindBar() override;

    void showFind();
    void showReplace();
    bool findNext(bool forward = true);
    void replaceOne();
    int replaceAll();
    QLineEdit *findEdit() const;
    QLineEdit *replaceEdit() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);

    const std::unique_ptr<Ui::FindBar> m_ui; // the layout: forms/findbar.ui
    QsciScintilla *m_editor;
};

} // namespace dx
