#pragma once

#include "view.h"

namespace dx {

// Stands in for a view that is not part of this build yet.
class PlaceholderView final : public View
{
    Q_OBJECT

public:
    PlaceholderView(AppServices *services, const QString &title, const QString &iconName, QWidget *parent = nullptr);
};

} // namespace dx
