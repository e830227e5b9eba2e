#pragma once

// Builds tar archives in memory with libarchive, including the malformed and malicious ones
// that TarBuilder would never produce.

#include <QByteArray>

#include <archive.h>
#include <archive_entry.h>

namespace dx::test {

class TestTar final
{
public:
    TestTar()
        : m_archive(archive_write_new())
    {
        archive_write_set_format_pax_restricted(m_archive);
        archive_write_set_bytes_in_last_block(m_archive, 1);
        archive_write_open(m_archive, this, nullptr, &TestTar::write, nullptr);
    }
    ~TestTar() { archive_write_free(m_archive); }
    TestTar(const TestTar &) = delete;
    TestTar &operator=(const TestTar &) = delete;

    TestTar &file(const char *path, const QByteArray &data, int mode = 0644)
    {
        archive_entry *e = entry(path, AE_IFREG, mode);
        archive_entry_set_size(e, data.size());
        archive_write_header(m_archive, e);
        archive_write_data(m_archive, data.constData(), size_t(data.size()));
        archive_entry_free(e);
        return *this;
    }
    TestTar &dir(const char *path, int mode = 0755) { return simple(path, AE_IFDIR, mode); }
    TestTar &symlink(const char *path, const char *target)
    {
        archive_entry *e = entry(path, AE_IFLNK, 0777);
        archive_entry_set_symlink(e, target);
        archive_write_header(m_archive, e);
        archive_entry_free(e);
        return *this;
    }
    TestTar &hardlink(const char *path, const char *target)
    {
        archive_entry *e = entry(path, AE_IFREG, 0644);
        archive_entry_set_hardlink(e, target);
        archive_entry_set_size(e, 0);
        archive_write_header(m_archive, e);
        archive_entry_free(e);
        return *this;
    }
    TestTar &charDevice(const char *path) { return simple(path, AE_IFCHR, 0666); }
    TestTar &fifo(const char *path) { return simple(path, AE_IFIFO, 0644); }

    QByteArray bytes()
    {
        archive_write_close(m_archive);
        return m_bytes;
    }

private:
    static la_ssize_t write(archive *, void *self, const void *buffer, size_t size)
    {
        static_cast<TestTar *>(self)->m_bytes.append(static_cast<const char *>(buffer), qsizetype(size));
        return la_ssize_t(size);
    }
    archive_entry *entry(const char *path, unsigned type, int mode)
    {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, path);
        archive_entry_set_filetype(e, type);
        archive_entry_set_perm(e, mode);
        archive_entry_set_mtime(e, 1700000000, 0);
        archive_entry_set_uid(e, 1000);
        archive_entry_set_gid(e, 100);
        return e;
    }
    TestTar &simple(const char *path, unsigned type, int mode)
    {
        archive_entry *e = entry(path, type, mode);
        archive_write_header(m_archive, e);
        archive_entry_free(e);
        return *this;
    }

    archive *m_archive;
    QByteArray m_bytes;
};

} // namespace dx::test
