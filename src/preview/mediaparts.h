// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/contactspayload.h"
#include "core/payloads/simplepayloads.h"
#include "preview/bubble.h"

// The parts of a bubble that are not plain text. Nothing is downloaded: media show as a
// placeholder of their kind with their source named, as the phone shows them while loading,
// unless the options hold the picture of their media ID.
namespace Wac::MediaParts {

/// What a media object is, in a few words: the link's file name, or "Media 1037543…".
QString sourceOf(const MediaPayload &media);

/// The picture the options hold for `media`'s ID, or a null image.
QImage pictureOf(const PreviewContext &ctx, const MediaPayload &media);

/// An image or video box (4:3), with a play button for video; with `picture`, the picture
/// itself at its own shape (within 16:9 and 4:5).
void addMediaBox(Bubble &bubble, const PreviewContext &ctx, PreviewIcon kind, const QString &source,
    const QImage &picture = {});
void addLinkPreview(Bubble &bubble, const PreviewContext &ctx, const QString &url);
void addDocument(Bubble &bubble, const PreviewContext &ctx, const QString &name);
void addVoiceNote(Bubble &bubble, const PreviewContext &ctx, bool voice);
void addMap(Bubble &bubble, const PreviewContext &ctx);
void addContacts(Bubble &bubble, const PreviewContext &ctx, const QList<Contact> &contacts);
/// A product: its picture's place and its retailer id (the catalog holds its name and price).
void addProduct(Bubble &bubble, const PreviewContext &ctx, const QString &retailerId);

} // namespace Wac::MediaParts
