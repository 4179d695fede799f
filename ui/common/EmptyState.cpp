#include "EmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_buttons(new QHBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_icon->setAlignment(Qt::AlignCenter);

    m_buttons->addStretch();
    m_buttons->addStretch();

    // A column of readable width, centred: wrapped text needs a width it can
    // rely on, which an alignment flag in the layout would take away.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 4);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(96, 96)));
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

QList<QPushButton *> EmptyState::actions() const
{
    QList<QPushButton *> buttons;
    for (int i = 0; i < m_buttons->count(); ++i)
        if (auto *button = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget()))
            buttons << button;
    return buttons;
}

QPushButton *EmptyState::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    if (m_buttons->count() == 2)
        button->setDefault(true);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace ad
