// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/validation/checker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// The pieces of TemplateCreation::check(), one file per kind of component.
namespace Wac::TemplateCreation::Parts {

/// What the identity fields say about the template, which changes the components' rules.
struct Context
{
    QString category; ///< upper case: AUTHENTICATION, MARKETING, UTILITY, or as written
    bool named = false; ///< parameter_format NAMED
    bool offer = false; ///< a LIMITED_TIME_OFFER component is present (§1.7)
    bool inCard = false; ///< checking a carousel card's components (§1.6)

    bool authentication() const { return category == QLatin1String("AUTHENTICATION"); }

    bool marketing() const { return category == QLatin1String("MARKETING"); }
};

/// The variables of `text` as written between {{ and }}, in order ("1", "first_name", ...).
QStringList variablesOf(const QString &text);

void header(Checker &c, const QJsonObject &header, const QString &at, const Context &context);
void body(Checker &c, const QJsonObject &body, const QString &at, const Context &context);
void footer(Checker &c, const QJsonObject &footer, const QString &at, const Context &context);
void buttons(Checker &c, const QJsonObject &buttons, const QString &at, const Context &context);
void carousel(Checker &c, const QJsonObject &carousel, const QString &at, const Context &context);
void offer(Checker &c, const QJsonObject &offer, const QString &at, const Context &context);
/// The rules that tie components, buttons and the category together.
void combinations(
    Checker &c, const QJsonArray &components, const QList<QString> &types, const Context &context);
/// A variable's problems in a template whose parameter_format is `named`; true when it is
/// well formed.
bool variableName(Checker &c, const QString &at, const QString &variable, bool named);
/// Checks that positional `variables` run from 1 without gaps.
void numbering(Checker &c, const QString &at, const QStringList &variables);

} // namespace Wac::TemplateCreation::Parts
