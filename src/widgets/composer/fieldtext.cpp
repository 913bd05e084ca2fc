// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/fieldtext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Wac::FieldText {

namespace {

constexpr auto shownProperty = "wacShown";
constexpr auto originalProperty = "wacOriginal";

constexpr auto touchedProperty = "wacTouched";

void remember(QWidget *editor, const QVariant &original, const QString &shown)
{
    editor->setProperty(originalProperty, original);
    editor->setProperty(shownProperty, shown);
    editor->setProperty(touchedProperty, false);
}

template <typename Editor, typename Signal>
void watch(Editor *editor, Signal signal, QObject *context, const std::function<void()> &onEdit)
{
    QObject::connect(editor, signal, context, [editor, onEdit] {
        editor->setProperty(touchedProperty, true);
        onEdit();
    });
}

std::optional<QString> readBack(const QWidget *editor, const QString &current)
{
    const QVariant shown = editor->property(shownProperty);
    if (shown.isValid() && shown.toString() == current) {
        const QVariant original = editor->property(originalProperty);
        return original.isValid() ? std::optional<QString>(original.toString()) : std::nullopt;
    }
    return current.isEmpty() ? std::nullopt : std::optional<QString>(current);
}

QVariant variantOf(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

void show(QLineEdit *edit, const std::optional<QString> &value)
{
    edit->setText(value.value_or(QString()));
    edit->setCursorPosition(0); // a long value shows its beginning, not its end
    remember(edit, variantOf(value), edit->text());
}

std::optional<QString> read(const QLineEdit *edit)
{
    return readBack(edit, edit->text());
}

void show(QPlainTextEdit *edit, const std::optional<QString> &value)
{
    edit->setPlainText(value.value_or(QString()));
    remember(edit, variantOf(value), plainText(edit));
}

std::optional<QString> read(const QPlainTextEdit *edit)
{
    return readBack(edit, plainText(edit));
}

void show(QComboBox *combo, const std::optional<QString> &value)
{
    combo->setCurrentText(value.value_or(QString()));
    remember(combo, variantOf(value), combo->currentText());
}

std::optional<QString> read(const QComboBox *combo)
{
    return readBack(combo, combo->currentText());
}

void showChoice(QComboBox *combo, const QString &value)
{
    // Marks the items added here, beside their data: one payload's unknown value is taken out
    // again when the next one is shown, so it is never offered for that one.
    constexpr int addedRole = Qt::UserRole + 1;
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (combo->itemData(i, addedRole).toBool() && combo->itemData(i).toString() != value)
            combo->removeItem(i);
    }
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(
            value.isEmpty() ? QCoreApplication::translate("FieldText", "(none)") : value, value);
        index = combo->count() - 1;
        combo->setItemData(index, true, addedRole);
    }
    combo->setCurrentIndex(index);
}

QString readChoice(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void show(QCheckBox *box, const std::optional<bool> &value)
{
    box->setChecked(value.value_or(false));
    box->setProperty(originalProperty, value ? QVariant(*value) : QVariant());
    box->setProperty(shownProperty, box->isChecked());
    box->setProperty(touchedProperty, false);
}

std::optional<bool> read(const QCheckBox *box)
{
    if (box->property(shownProperty).toBool() == box->isChecked()) {
        const QVariant original = box->property(originalProperty);
        return original.isValid() ? std::optional<bool>(original.toBool()) : std::nullopt;
    }
    return box->isChecked();
}

QString plainText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

QString currentText(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return plainText(text);
    if (const auto *combo = qobject_cast<const QComboBox *>(editor); combo && combo->isEditable())
        return combo->currentText();
    return {};
}

void watchEdits(QWidget *root, QObject *context, const std::function<void()> &onEdit)
{
    for (auto *edit : root->findChildren<QLineEdit *>()) {
        // An editable combo box's own line edit is watched through the combo box.
        if (!qobject_cast<QComboBox *>(edit->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            watch(edit, &QLineEdit::textChanged, context, onEdit);
    }
    for (auto *edit : root->findChildren<QPlainTextEdit *>())
        watch(edit, &QPlainTextEdit::textChanged, context, onEdit);
    for (auto *combo : root->findChildren<QComboBox *>()) {
        watch(combo, &QComboBox::currentIndexChanged, context, onEdit);
        if (combo->isEditable())
            watch(combo, &QComboBox::editTextChanged, context, onEdit);
    }
    for (auto *button : root->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            watch(button, &QAbstractButton::toggled, context, onEdit);
    }
    for (auto *spin : root->findChildren<QSpinBox *>())
        watch(spin, &QSpinBox::valueChanged, context, onEdit);
    for (auto *date : root->findChildren<QDateEdit *>())
        watch(date, &QDateEdit::dateChanged, context, onEdit);
}

bool isTouched(const QWidget *editor)
{
    return editor->property(touchedProperty).toBool();
}

void touch(QWidget *editor)
{
    editor->setProperty(touchedProperty, true);
}

} // namespace Wac::FieldText
