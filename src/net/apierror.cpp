// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/apierror.h"

#include "core/coretr.h"

using namespace Qt::StringLiterals;

namespace Wac {

ApiError::Category ApiError::categoryForCode(int code, int httpStatus)
{
    using C = Category;
    switch (code) {
    case 0:
    case 10:
    case 190:
        return C::Unauthorized;
    case 4:
    case 80007:
    case 130429:
    case 131048:
    case 131056:
        return C::RateLimited;
    case 100:
    case 131008:
    case 131009:
    case 131021:
    case 135000:
        return C::InvalidParameter;
    case 131047:
        return C::WindowClosed;
    case 131052:
    case 131053:
        return C::Media;
    case 130472:
    case 131026:
    case 131030:
    case 131049:
    case 131050:
        return C::Undeliverable;
    case 368:
    case 130497:
    case 131031:
    case 131042:
        return C::AccountRestricted;
    case 1:
    case 2:
    case 131000:
    case 131016:
    case 131057:
        return C::Server;
    default:
        break;
    }
    if (code >= 200 && code <= 299)
        return C::Unauthorized;
    if (code >= 132000 && code <= 132999)
        return C::Template;
    if (httpStatus == 401 || httpStatus == 403)
        return C::Unauthorized;
    if (httpStatus == 429)
        return C::RateLimited;
    if (httpStatus >= 500)
        return C::Server;
    return C::Other;
}

ApiError ApiError::fromGraph(int httpStatus, const QJsonObject &body)
{
    const QJsonObject error = body.value(u"error").toObject();
    ApiError e;
    e.httpStatus = httpStatus;
    e.code = error.value(u"code").toInt();
    e.subcode = error.value(u"error_subcode").toInt();
    e.type = error.value(u"type").toString();
    e.message = error.value(u"message").toString();
    e.details = error.value(u"error_data").toObject().value(u"details").toString();
    e.fbtraceId = error.value(u"fbtrace_id").toString();
    e.category = categoryForCode(e.code, httpStatus);
    return e;
}

ApiError ApiError::notGraph(int httpStatus, const QString &location)
{
    ApiError e;
    e.httpStatus = httpStatus;
    // Graph's code 0 means "the token"; an answer with no code at all means nothing of the
    // kind, so the category follows the status alone.
    e.category = httpStatus >= 500 ? Category::Server : Category::NotGraph;
    e.message = httpStatus >= 500
        ? Tr::tr("HTTP %1, and the answer is not a Graph API error: a proxy or gateway on the "
                 "way may have failed.")
              .arg(httpStatus)
        : Tr::tr("HTTP %1, and the answer is not a Graph API error.").arg(httpStatus);
    if (!location.isEmpty())
        e.details = Tr::tr("Redirected to %1").arg(location);
    return e;
}

bool ApiError::needsNewToken() const
{
    // Code 0 is Graph's AuthException only inside a Graph error, not "no code at all".
    return category == Category::Unauthorized && (code == 190 || code == 0 || httpStatus == 401);
}

QString ApiError::headline() const
{
    using C = Category;
    // A 5xx does not say the message was refused: the API may have taken it before failing.
    if (httpStatus >= 500)
        return Tr::tr("The server failed (HTTP %1): the message may have gone out.")
            .arg(httpStatus);
    switch (category) {
    case C::None:
        return Tr::tr("Accepted.");
    case C::NotSent:
        return Tr::tr("Not sent: the request did not reach the server.");
    case C::Refused:
        return Tr::tr("Not sent: waconsole kept it back, nothing left.");
    case C::OutcomeUnknown:
        return Tr::tr("Outcome unknown: the request left, but no complete answer came back.");
    case C::Cancelled:
        return Tr::tr("Cancelled before it was sent.");
    case C::NoCredentials:
        return Tr::tr("Not sent: the profile's access token could not be read.");
    case C::Unauthorized:
        return Tr::tr("Not authorised: the access token was refused.");
    case C::RateLimited:
        return Tr::tr("Rate limited: too many messages.");
    case C::InvalidParameter:
        return Tr::tr("Rejected: a parameter is missing or not valid.");
    case C::WindowClosed:
        return Tr::tr("Not delivered: the customer's 24-hour window is closed.");
    case C::Template:
        return Tr::tr("Rejected: the template does not match.");
    case C::Media:
        return Tr::tr("The media could not be fetched or sent.");
    case C::Undeliverable:
        return Tr::tr("Not deliverable to this recipient.");
    case C::AccountRestricted:
        return Tr::tr("The business account is restricted.");
    case C::Server:
        return Tr::tr("The server failed.");
    case C::NotGraph:
        if (httpStatus >= 300 && httpStatus < 400)
            return Tr::tr("Redirected (HTTP %1): not the Graph API's answer, and not followed.")
                .arg(httpStatus);
        return Tr::tr("Refused (HTTP %1) by something other than the Graph API.").arg(httpStatus);
    case C::Other:
        break;
    }
    return Tr::tr("The request failed.");
}

QString ApiError::hint() const
{
    if (needsNewToken())
        return Tr::tr("Update the profile's access token (a system-user token does not expire).");
    if (code == 0 && category != Category::Server) // no Graph error: the transport decides
        return transportHint();
    switch (code) {
    case 131047:
        return Tr::tr("More than 24 hours have passed since the customer last wrote: send an "
                      "approved template instead.");
    case 131056:
        return Tr::tr("Wait before writing to this user again: the pair limit allows about one "
                      "message every 6 seconds.");
    case 130429:
    case 80007:
    case 4:
        return Tr::tr("Slow down and retry later; the limit resets on its own.");
    case 131026:
        return Tr::tr("The number may not use WhatsApp, or has not accepted the terms, or runs an "
                      "old version. Check the number.");
    case 131030:
        return Tr::tr("A test number can only message the numbers on its allowed list; add this "
                      "one in the App Dashboard.");
    case 131021:
        return Tr::tr("The recipient is this business number itself; choose another recipient.");
    case 131053:
    case 131052:
        return Tr::tr("Check the media's MIME type and size, and that its link is public.");
    case 132000:
        return Tr::tr("Give exactly one parameter per template variable.");
    case 132001:
        return Tr::tr("Check the template's name and language, and that it is approved.");
    case 132012:
        return Tr::tr(
            "Match each parameter's format (text, image, …) to the template's definition.");
    case 132015:
        return Tr::tr("The template is paused for low quality; edit it or use another.");
    case 131008:
    case 131009:
    case 100:
        return Tr::tr("Correct the field named in the details and send again.");
    default:
        break;
    }
    return transportHint();
}

QString ApiError::transportHint() const
{
    switch (category) {
    case Category::Refused:
        return message;
    case Category::NotSent:
        return Tr::tr("Check the network and the profile's address; nothing went out, so sending "
                      "again is safe.");
    case Category::OutcomeUnknown:
        return Tr::tr("Check the recipient's chat or the status webhooks before sending again: "
                      "the message may have gone out.");
    case Category::Server:
        return Tr::tr("Check the recipient's chat or the status webhooks before sending again: "
                      "the message may have gone out.");
    case Category::NotGraph:
        return notGraphHint();
    case Category::Template:
        return Tr::tr("Compare the parameters with the template's definition.");
    default:
        return {};
    }
}

QString ApiError::notGraphHint() const
{
    // The likely cause by status; Graph itself answers every error with its JSON envelope.
    if (httpStatus >= 300 && httpStatus < 400)
        return Tr::tr("The base URL points elsewhere: check the profile's address. A redirect "
                      "is never followed, so the token went nowhere else.");
    switch (httpStatus) {
    case 404:
    case 405:
    case 410:
        return Tr::tr("Nothing at this address answers as the Graph API: check the profile's "
                      "base URL and API version.");
    case 407:
        return Tr::tr("A proxy asks for its own credentials: check the proxy settings.");
    case 408:
        return Tr::tr("A proxy or gateway gave up waiting for the request: check the network "
                      "and the proxy, then send again.");
    case 429:
        return Tr::tr("A proxy or gateway limits the rate: wait before sending again, and check "
                      "the profile's base URL.");
    default:
        break;
    }
    return Tr::tr("A proxy, a firewall or a wrong base URL answered instead of the Graph API: "
                  "check the profile's address and the network's proxy before changing the "
                  "token.");
}

} // namespace Wac
