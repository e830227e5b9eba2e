#pragma once

#include <QAbstractTableModel>
#include <QColor>

namespace dx {

class BuildStepModel;

// BuildKit's compact display (`--progress=tty`, the default in a terminal) of the steps a
// BuildStepModel follows: a "[+] Building 3.2s (5/5) FINISHED" line, then one line per step
// with its state and time ("=> CACHED [2/4] WORKDIR /app   0.0s"). It contrasts with the
// plain display (`--progress=plain`), which the build log shows line by line.
class BuildCompactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildCompactModel)

public:
    enum Column { TextColumn, TimeColumn, ColumnCount };

    explicit BuildCompactModel(BuildStepModel *steps, QObject *parent = nullptr);

    void setColors(const QColor &failed, const QColor &quiet);
    // The display as text, as a terminal would show it once the build has ended.
    QString toPlainText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString headerText() const;
    double elapsedSeconds() const;
    void sourceChanged();

    BuildStepModel *m_steps;
    QColor m_failed;
    QColor m_quiet;
    int m_rows = 0;
};

} // namespace dx
