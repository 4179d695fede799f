#pragma once

#include "KpiSummary.h"

#include <QFrame>

class QLabel;

namespace ad {

// A headline number with the previous period beside it and whether that is an
// improvement. Clicking it lists what it counted, when it counts rows.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget *parent = nullptr);

    void setLine(const KpiLine &line);
    const KpiLine &line() const { return m_line; }
    QString valueText() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    KpiLine m_line;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_previous;
};

} // namespace ad
