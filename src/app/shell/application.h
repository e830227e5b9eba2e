#pragma once

namespace dx {

// Entry point: the command line tools (lint, context) run without a display; everything else
// opens the main window, or renders one view to a PNG with --screenshot.
class Application final
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace dx
