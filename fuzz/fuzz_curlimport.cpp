// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// Text pasted into the console: a JSON body or a whole curl command, read with POSIX shell
// quoting. A body that was read must come back the same from the curl command the console
// itself prints for it, since that command is what a user copies out and pastes back in.

#include "core/payloadimport.h"
#include "net/curlcommand.h"

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString wordError;
    (void)shellWords(text, &wordError);

    const PayloadImport imported = PayloadImport::fromText(text);
    if (!imported.ok())
        return 0;
    WAC_FUZZ_CHECK(imported.source == PayloadImport::Source::Json || wordError.isEmpty(),
        "a curl command that read has no shell error");

    ApiConfig config;
    config.phoneNumberId = QStringLiteral("106540352242922");
    for (const auto &token :
        {std::optional<QByteArray>(), std::optional<QByteArray>("t'o\"k$en")}) {
        const QString command = CurlCommand::build(config, imported.body, token);
        const PayloadImport again = PayloadImport::fromText(command);
        WAC_FUZZ_CHECK(again.ok(), "the console's own curl command reads back");
        WAC_FUZZ_CHECK(again.source == PayloadImport::Source::Curl, "it reads as curl");
        WAC_FUZZ_CHECK(again.body == imported.body, "and gives the same body");
    }
    return 0;
}
