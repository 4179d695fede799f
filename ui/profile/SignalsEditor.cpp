#include "SignalsEditor.h"

#include "rules/Readiness.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>

namespace ad {

SignalsEditor::SignalsEditor(QWidget *parent) : QWidget(parent), m_score(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    QFont scoreFont = m_score->font();
    scoreFont.setBold(true);
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.2);
    m_score->setFont(scoreFont);
    m_score->setObjectName(QStringLiteral("readinessScore"));
    grid->addWidget(m_score, 0, 0, 1, 3);
    for (int i = 0; i < kSignalCount; ++i) {
        const QString name = signalName(static_cast<Signal>(i));
        auto *label = new QLabel(name, this);
        auto *spin = new QSpinBox(this);
        spin->setRange(0, kSignalMax);
        spin->setAccessibleName(tr("%1 (0 to 5)").arg(name));
        spin->setObjectName(QStringLiteral("signal%1").arg(i));
        label->setBuddy(spin);
        auto *bar = new QProgressBar(this);
        bar->setTextVisible(true);
        bar->setMaximumHeight(label->sizeHint().height());
        m_spins[i] = spin;
        m_bars[i] = bar;
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(spin, i + 1, 1);
        grid->addWidget(bar, i + 1, 2);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            updateReadiness();
            if (!m_loading)
                emit signalsEdited(currentSignals());
        });
    }
    grid->setColumnStretch(2, 1);
    updateReadiness();
}

void SignalsEditor::setSignals(const Signals &values)
{
    m_loading = true;
    for (int i = 0; i < kSignalCount; ++i)
        m_spins[i]->setValue(values.values[i]);
    m_loading = false;
    updateReadiness();
}

Signals SignalsEditor::currentSignals() const
{
    Signals values;
    for (int i = 0; i < kSignalCount; ++i)
        values.values[i] = m_spins[i]->value();
    return values;
}

int SignalsEditor::readiness() const
{
    return readinessScore(currentSignals());
}

void SignalsEditor::updateReadiness()
{
    const Signals values = currentSignals();
    m_score->setText(tr("Readiness %1 / 100").arg(readinessScore(values)));
    const auto parts = readinessBreakdown(values);
    for (int i = 0; i < kSignalCount; ++i) {
        // Each bar: the points this signal adds out of the most it could add.
        m_bars[i]->setRange(0, qRound(parts[i].maxPoints * 10));
        m_bars[i]->setValue(qRound(parts[i].points * 10));
        m_bars[i]->setFormat(
            tr("%1 of %2 points").arg(parts[i].points, 0, 'f', 1).arg(parts[i].maxPoints, 0, 'f', 0));
    }
}

} // namespace ad
