#include "KpiTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ad {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent), m_name(new QLabel(this)), m_value(new QLabel(this)), m_previous(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_name->setWordWrap(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_previous->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_previous);
}

void KpiTile::setLine(const KpiLine &line)
{
    m_line = line;
    m_name->setText(line.name);
    m_value->setText(line.current);
    QString trend;
    if (line.currentValue && line.previousValue && *line.currentValue != *line.previousValue) {
        const bool up = *line.currentValue > *line.previousValue;
        const bool better = up == line.higherIsBetter;
        trend = QStringLiteral(" <span style=\"color:%1\">%2</span>")
                    .arg(better ? QStringLiteral("#2e9e5b") : QStringLiteral("#d64545"),
                         up ? QStringLiteral("▲") : QStringLiteral("▼"));
    }
    m_previous->setText(tr("Previous period: %1").arg(line.previous.toHtmlEscaped()) + trend);
    setCursor(line.cell ? Qt::PointingHandCursor : Qt::ArrowCursor);
    // A rounded amount ("$3.3M") keeps every digit one hover away.
    QStringList tip;
    if (line.currentFull != line.current || line.previousFull != line.previous)
        tip << tr("%1 (previous period: %2)").arg(line.currentFull, line.previousFull);
    if (line.cell)
        tip << tr("Click to list what this counts");
    setToolTip(tip.join(QLatin1Char('\n')));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace ad
