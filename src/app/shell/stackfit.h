#pragma once

class QStackedWidget;

namespace dx {

// A stacked widget asks for the room of the page it shows, not of its largest page: a page
// hidden behind it (the list with its details pane behind an empty-state label, the view
// behind "no engine answers") must not make the view taller or wider than the window, and
// scroll, at a large zoom on a small screen.
void sizeToCurrentPage(QStackedWidget *stack);

} // namespace dx
