#pragma once

#include <QListWidget>

namespace ad {

// The navigation column on the left: one entry per page. Pages appear here
// only once they exist — no placeholders.
class Sidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void addEntry(const QIcon &icon, const QString &text, const QString &toolTip);
    QSize sizeHint() const override;
};

} // namespace ad
