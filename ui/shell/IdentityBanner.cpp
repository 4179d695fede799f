#include "IdentityBanner.h"

#include "IdentityForm.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad {

IdentityBanner::IdentityBanner(Services &services, QWidget *parent)
    : QFrame(parent), m_form(new IdentityForm(services, Qt::Horizontal, this)),
      m_continue(new QPushButton(tr("Continue"), this)), m_later(new QPushButton(tr("Not Now"), this))
{
    setObjectName(QStringLiteral("identityBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's own tint, so the banner reads in the light and the dark theme.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *title = new QLabel(tr("Who are you in this programme?"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *why = new QLabel(tr("Your name goes with every change you make here, and only a programme "
                              "manager decides tier reviews. You can change this later in Preferences."),
                           this);
    why->setWordWrap(true);

    m_continue->setObjectName(QStringLiteral("identityContinue"));
    m_continue->setEnabled(false);
    m_later->setObjectName(QStringLiteral("identityLater"));
    m_later->setToolTip(tr("Ask again the next time this file opens"));
    connect(m_form, &IdentityForm::edited, this,
            [this] { m_continue->setEnabled(!m_form->name().isEmpty()); });
    connect(m_continue, &QPushButton::clicked, this, &IdentityBanner::chosen);
    connect(m_form->nameBox()->lineEdit(), &QLineEdit::returnPressed, m_continue, [this] {
        if (m_continue->isEnabled())
            m_continue->click();
    });

    auto *line = new QHBoxLayout;
    line->addWidget(m_form, 1);
    line->addSpacing(12);
    line->addWidget(m_continue);
    line->addWidget(m_later);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(why);
    layout->addLayout(line);
}

} // namespace ad
