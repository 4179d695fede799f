#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace ad {

// What a page shows when there is nothing to list: a sentence about why, and
// the buttons that get the user started.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // Adds a call to action; the first one added is the default button.
    QPushButton *addAction(const QString &text);

    QString title() const;
    QString text() const;
    QList<QPushButton *> actions() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace ad
