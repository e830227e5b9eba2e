/* dx-volume-lister: the one program in the volume helper's image (see VolumeHelper).
 *
 *   dx-volume-lister wait                       sleeps until it is killed (the helper's main
 *                                               process, so that `docker exec` can run in it)
 *   dx-volume-lister list [-r] ROOT [DIR...]    prints the metadata of every entry of ROOT/DIR
 *                                               (all of ROOT without DIR; -r: every folder below
 *                                               too, breadth first), never file contents
 *
 * Output: records of NUL-terminated fields, so names are carried byte for byte whatever they
 * hold (newlines, spaces, any byte but NUL and '/'):
 *
 *   "E" type mode size mtime path target   an entry: type f(ile) d(irectory) l(ink) o(ther),
 *                                          mode = permission bits in octal, size in bytes
 *                                          (files only, else 0), mtime in seconds, path relative
 *                                          to ROOT, target = a link's target (else empty)
 *   "L" dir                                every entry of dir was printed
 *   "X" dir message                        dir could not be read
 *   "Z"                                    the end: a stream without it was cut short
 *
 * The same fields a tar header carries and VolumeTreeLoader's own walk of a local folder
 * reports, so every way of listing gives the same tree. Statically linked, no libc needed in
 * the image. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char out[64 * 1024];
static size_t outFill;

static void flushOut(void)
{
    size_t done = 0;
    while (done < outFill) {
        const ssize_t n = write(1, out + done, outFill - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3); /* the reader is gone */
        done += (size_t)n;
    }
    outFill = 0;
}

static void put(const char *data, size_t size)
{
    while (size > 0) {
        if (outFill == sizeof out)
            flushOut();
        size_t n = sizeof out - outFill;
        if (n > size)
            n = size;
        memcpy(out + outFill, data, n);
        outFill += n;
        data += n;
        size -= n;
    }
}

static void field(const char *text)
{
    put(text, strlen(text) + 1);
}

static void numberField(const char *format, long long value)
{
    char text[32];
    snprintf(text, sizeof text, format, value);
    field(text);
}

/* A growing list of relative folder paths still to list (breadth first). */
struct Queue {
    char **items;
    size_t head, size, capacity;
};

static void push(struct Queue *q, const char *path)
{
    if (q->size == q->capacity) {
        q->capacity = q->capacity ? q->capacity * 2 : 64;
        q->items = realloc(q->items, q->capacity * sizeof *q->items);
        if (!q->items)
            _exit(4);
    }
    q->items[q->size] = strdup(path);
    if (!q->items[q->size])
        _exit(4);
    ++q->size;
}

static char *join(const char *dir, const char *name)
{
    const size_t a = strlen(dir), b = strlen(name);
    char *path = malloc(a + b + 2);
    if (!path)
        _exit(4);
    if (a == 0) {
        memcpy(path, name, b + 1);
    } else {
        memcpy(path, dir, a);
        path[a] = '/';
        memcpy(path + a + 1, name, b + 1);
    }
    return path;
}

static void listDir(int rootFd, const char *dir, struct Queue *deeper)
{
    const int fd = openat(rootFd, dir[0] ? dir : ".", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *d = fd < 0 ? NULL : fdopendir(fd);
    if (!d) {
        const int error = errno;
        if (fd >= 0)
            close(fd);
        field("X");
        field(dir);
        field(strerror(error));
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        struct stat st;
        if (fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; /* vanished while we read the folder */
        char type = 'o';
        if (S_ISREG(st.st_mode))
            type = 'f';
        else if (S_ISDIR(st.st_mode))
            type = 'd';
        else if (S_ISLNK(st.st_mode))
            type = 'l';
        char *path = join(dir, e->d_name);
        const char typeText[2] = {type, 0};
        field("E");
        field(typeText);
        numberField("%llo", (long long)(st.st_mode & 07777));
        numberField("%lld", type == 'f' ? (long long)st.st_size : 0);
        numberField("%lld", (long long)st.st_mtime);
        field(path);
        if (type == 'l') {
            char target[4096];
            const ssize_t n = readlinkat(fd, e->d_name, target, sizeof target - 1);
            target[n > 0 ? n : 0] = 0;
            field(target);
        } else {
            field("");
        }
        if (type == 'd' && deeper)
            push(deeper, path);
        free(path);
    }
    closedir(d);
    field("L");
    field(dir);
}

static void quit(int signal)
{
    (void)signal;
    _exit(0);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "wait") == 0) {
        /* PID 1 of a container ignores signals it does not handle: handle them, so a stop is quick. */
        signal(SIGTERM, quit);
        signal(SIGINT, quit);
        for (;;)
            pause();
    }
    if (argc < 3 || strcmp(argv[1], "list") != 0) {
        static const char usage[] = "usage: dx-volume-lister wait | list [-r] ROOT [DIR...]\n";
        if (write(2, usage, sizeof usage - 1) < 0)
            return 2;
        return 2;
    }
    int arg = 2;
    const int recursive = strcmp(argv[arg], "-r") == 0;
    if (recursive)
        ++arg;
    if (arg >= argc)
        return 2;
    const int rootFd = open(argv[arg], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        field("X");
        field("");
        field(strerror(errno));
        field("Z");
        flushOut();
        return 1;
    }
    ++arg;
    struct Queue queue = {0};
    if (arg >= argc)
        push(&queue, "");
    for (; arg < argc; ++arg)
        push(&queue, argv[arg]);
    for (; queue.head < queue.size; ++queue.head) {
        listDir(rootFd, queue.items[queue.head], recursive ? &queue : NULL);
        free(queue.items[queue.head]);
        if (queue.head == 0)
            flushOut(); /* the first folder at once: the view shows it while the rest is read */
    }
    field("Z");
    flushOut();
    return 0;
}
