// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// The fuzz targets' main() for a build without libFuzzer (g++): each argument is a file, or a
// folder whose files are read, and each file is passed once to the target, so that the targets
// build and run over their seeds in every build and cannot rot where clang is not used.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // A copy of exactly `size` bytes, as libFuzzer gives: a read past the end is caught by
    // AddressSanitizer here too, and no target can lean on a terminating NUL.
    QByteArray exact(bytes.constData(), bytes.size());
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>(exact.constData()), size_t(exact.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (!runFile(it.next()))
                    return 1;
                ++files;
            }
        } else if (!runFile(path)) {
            return 1;
        } else {
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no input files\n");
        return 1;
    }
    std::printf("%d inputs ran\n", files);
    return 0;
}
