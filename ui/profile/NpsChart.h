#pragma once

#include "domain/Engagement.h"

#include <QChartView>

namespace ad {

// An advocate's NPS answers over time, on the 0–10 scale, with the detractor
// and promoter zones shaded so a slide is visible at a glance.
class NpsChart : public QChartView
{
    Q_OBJECT

public:
    explicit NpsChart(QWidget *parent = nullptr);

    void setResponses(const QList<NpsResponse> &responses);
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace ad
