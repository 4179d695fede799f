#pragma once

#include "domain/Engagement.h"

#include <QChartView>

namespace ad {

// An advocate's NPS answers over time, on the 0–10 scale, with the detractor
// and promoter zones shaded so a slide is visible at a glance. Drawn in the
// palette's colours, so it reads on a dark theme too.
class NpsChart : public QChartView
{
    Q_OBJECT

public:
    explicit NpsChart(QWidget *parent = nullptr);

    void setResponses(const QList<NpsResponse> &responses);
    int pointCount() const { return m_points; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Text, axes and background in the widget's palette colours (light or dark).
    void applyPalette();

    int m_points = 0;
};

} // namespace ad
