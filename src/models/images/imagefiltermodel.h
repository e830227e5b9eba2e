#pragma once

#include <QSortFilterProxyModel>

namespace dx {

// The Images view's rows: every image but the app's own helper image (VolumeHelper), which is
// shown only when the user asks for internal objects. Sorted case-insensitively.
class ImageFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFilterModel)

public:
    explicit ImageFilterModel(QObject *parent = nullptr);

    void setShowInternal(bool show);
    bool showsInternal() const { return m_showInternal; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Size and Containers by number, Created by time, not by their text ("10" after "9").
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showInternal = false;
};

} // namespace dx
