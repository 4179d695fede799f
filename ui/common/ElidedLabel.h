#pragma once

#include <QLabel>

namespace ad {

// One line of plain text that never asks for more width than a few letters:
// what does not fit ends in "…", and the whole text is the tooltip. For texts
// with no place to wrap (an email address) in a narrow column.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    bool isElided() const { return text() != m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace ad
