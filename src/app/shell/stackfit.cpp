#include "stackfit.h"

#include <QSizePolicy>
#include <QStackedWidget>
#include <QVariant>

namespace dx {

namespace {

constexpr char PolicyProperty[] = "dxPageSizePolicy";

void apply(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *page = stack->widget(i);
        QVariant own = page->property(PolicyProperty);
        if (!own.isValid()) {
            own = QVariant::fromValue(page->sizePolicy());
            page->setProperty(PolicyProperty, own);
        }
        // Ignored: the layout takes no minimum size and no size hint from the page.
        page->setSizePolicy(page == stack->currentWidget() ? own.value<QSizePolicy>()
                                                            : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    stack->updateGeometry();
}

} // namespace

void sizeToCurrentPage(QStackedWidget *stack)
{
    apply(stack);
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack] { apply(stack); });
    QObject::connect(stack, &QStackedWidget::widgetRemoved, stack, [stack] { apply(stack); });
}

} // namespace dx
