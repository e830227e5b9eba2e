#pragma once

#include <QWidget>

namespace dx {

class DiskUsageModel;

// `docker system df` as a bar chart: a bar per kind of object, as long as its size compared
// with the largest, its reclaimable part in a second colour, with the counts and sizes in
// words above and below (a bar alone says nothing to someone at the back of the room).
// Painted with the palette, so it follows the light, dark and high-contrast themes.
class DiskUsageChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskUsageChart)

public:
    explicit DiskUsageChart(DiskUsageModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The words of one row, as painted (tests and the tool tip read them).
    QString rowTitle(int row) const;
    QString rowDetail(int row) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;

    DiskUsageModel *m_model;
};

} // namespace dx
