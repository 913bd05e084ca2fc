// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Wac {

/**
 * What went wrong with a Graph request, keeping the evidence: HTTP status, the Graph error's
 * code, subcode, type, its message verbatim (never translated), `error_data.details` and
 * `fbtrace_id`. The category says what it means for the user; headline() and hint() say it in
 * their language.
 */
struct ApiError
{
    enum class Category
    {
        None,
        NotSent, ///< network, TLS, refused: the request never left
        Refused, ///< the console kept it back (no record could be written): `message` says why
        OutcomeUnknown, ///< timeout, reset or a broken answer after the request left
        Cancelled, ///< the user stopped it before it left
        NoCredentials, ///< the token could not be had (none stored, keychain locked or absent)
        Unauthorized, ///< 0, 190, 10, 200-299: the token
        RateLimited, ///< 4, 80007, 130429, 131048, 131056
        InvalidParameter, ///< 100, 131008, 131009, 131021, 135000
        WindowClosed, ///< 131047: outside the 24-hour window
        Template, ///< 132xxx
        Media, ///< 131052, 131053
        Undeliverable, ///< 131026, 131030, 131049, 131050, 130472
        AccountRestricted, ///< 368, 131031, 130497, 131042
        Server, ///< 1, 2, 131000, 131016, 131057, 5xx
        NotGraph, ///< a 3xx or 4xx whose body is no Graph error: a proxy, a portal, a wrong URL
        Other,
    };

    Category category = Category::None;
    int httpStatus = 0;
    int code = 0;
    int subcode = 0;
    QString type;
    QString message; ///< the server's own words, or the transport's
    QString details;
    QString fbtraceId;

    bool isError() const { return category != Category::None; }

    /// True when a new access token is what fixes it (190, 0, …).
    bool needsNewToken() const;

    /// Reads a Graph error envelope `{"error": {...}}`; the category follows the code and,
    /// without one, the HTTP status.
    static ApiError fromGraph(int httpStatus, const QJsonObject &body);
    /// An answer without a Graph error (an HTML page, plain text, a redirect to `location`):
    /// whoever wrote it, it was not the Graph API, so its status is all there is to go on.
    static ApiError notGraph(int httpStatus, const QString &location = {});
    static Category categoryForCode(int code, int httpStatus);

    /// A translated one-line statement of what happened.
    QString headline() const;
    /// A translated sentence on what to do next, specific to the code where one is known.
    QString hint() const;

private:
    QString transportHint() const;
    QString notGraphHint() const;
};

} // namespace Wac
