#include "shell/application.h"

int main(int argc, char *argv[])
{
    return dx::Application::run(argc, argv);
}
