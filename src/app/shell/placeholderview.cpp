#include "placeholderview.h"

#include "appservices.h"
#include "iconprovider.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dx {

PlaceholderView::PlaceholderView(AppServices *services, const QString &title, const QString &iconName, QWidget *parent)
    : View(services, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *icon = new QLabel(this);
    icon->setPixmap(services->icons()->icon(iconName).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto *label = new QLabel(tr("<h2>%1</h2><p>This view is not part of this build yet.</p>").arg(title), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    layout->addStretch();
}

} // namespace dx
