#pragma once

#include "domain/Advocate.h"

#include <QWidget>

#include <array>

class QLabel;
class QProgressBar;
class QSpinBox;

namespace ad {

// The six advocacy signals, each rated 0–5, with the readiness score they give
// and what each signal contributes to it.
class SignalsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SignalsEditor(QWidget *parent = nullptr);

    // Shows these values without reporting them as an edit.
    void setSignals(const Signals &values);
    Signals currentSignals() const;
    QSpinBox *spinBox(Signal signal) const { return m_spins[static_cast<int>(signal)]; }
    int readiness() const;

signals:
    void signalsEdited(const ad::Signals &values);

private:
    void updateReadiness();

    std::array<QSpinBox *, kSignalCount> m_spins{};
    std::array<QProgressBar *, kSignalCount> m_bars{};
    QLabel *m_score;
    bool m_loading = false;
};

} // namespace ad
